import { createModelSet } from '../profiles/model-set';
import { extendLocalModelCatalog, defaultLocalModelCatalog } from '../profiles/local-model-catalog';
import { modelProfileSchema } from '../profiles/model-profile-schema';
import { fakeClassificationModel } from './fake-local-models';
import { describeModelContract } from './model-contract-suite';

// The `local` provider with the real rules + Recognizers-Text extractor ('rules-ner'); the
// classifier is a stand-in until the local classifier is in the catalog.
describeModelContract('local provider (rules-ner extractor)', async () => {
  const profile = modelProfileSchema.parse({
    tasks: {
      embedding: { chain: [{ provider: 'local', model: 'hashed-512' }] },
      extraction: { chain: [{ provider: 'local', model: 'rules-ner' }] },
      classification: { chain: [{ provider: 'local', model: 'fake-keywords' }] },
    },
  });
  const catalog = extendLocalModelCatalog(defaultLocalModelCatalog, { classification: { 'fake-keywords': fakeClassificationModel } });
  return createModelSet(profile, { localModels: catalog });
});
