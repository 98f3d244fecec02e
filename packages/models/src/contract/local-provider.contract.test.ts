import { createModelSet } from '../profiles/model-set';
import { modelProfileSchema } from '../profiles/model-profile-schema';
import { describeModelContract } from '@sluice/testkit/model-contract-suite';

// The `local` provider as the default catalog builds it: the rules + Recognizers-Text extractor
// ('rules-ner') and the lexicon classifier ('keyword-classifier').
describeModelContract('local provider (rules-ner extractor)', async () => {
  const profile = modelProfileSchema.parse({
    tasks: {
      embedding: { chain: [{ provider: 'local', model: 'hashed-512' }] },
      extraction: { chain: [{ provider: 'local', model: 'rules-ner' }] },
      classification: { chain: [{ provider: 'local', model: 'keyword-classifier' }] },
    },
  });
  return createModelSet(profile);
});
