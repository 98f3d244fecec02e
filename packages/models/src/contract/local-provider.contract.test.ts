import { createModelSet } from '../profiles/model-set';
import { extendLocalModelCatalog, defaultLocalModelCatalog } from '../profiles/local-model-catalog';
import { modelProfileSchema } from '../profiles/model-profile-schema';
import { fakeClassificationModel, fakeExtractionModel } from './fake-local-models';
import { describeModelContract } from './model-contract-suite';

// The `local` provider as a profile builds it. Extraction and classification use rule-based
// stand-ins until the local extractor and classifier are registered in the catalog.
describeModelContract('local provider', async () => {
  const profile = modelProfileSchema.parse({
    tasks: {
      embedding: { chain: [{ provider: 'local', model: 'hashed-512' }] },
      extraction: { chain: [{ provider: 'local', model: 'fake-rules' }] },
      classification: { chain: [{ provider: 'local', model: 'fake-keywords' }] },
    },
  });
  const catalog = extendLocalModelCatalog(defaultLocalModelCatalog, {
    extraction: { 'fake-rules': fakeExtractionModel },
    classification: { 'fake-keywords': fakeClassificationModel },
  });
  return createModelSet(profile, { localModels: catalog });
});
