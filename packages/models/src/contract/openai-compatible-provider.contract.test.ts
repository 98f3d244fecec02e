import { createModelSet } from '../profiles/model-set';
import { modelProfileSchema } from '../profiles/model-profile-schema';
import { startModelSimulator } from '../simulator/model-simulator';
import { createDefaultLocalExtractionModel } from '../local/extraction/local-extraction-model';
import { createLocalClassificationModel } from '../local/classification/local-classification-model';
import { describeModelContract } from '@sluice/testkit/model-contract-suite';

describeModelContract('openai-compatible provider against the simulator', async () => {
  const simulator = await startModelSimulator({
    port: 0,
    // The simulator answers with the real local extractor and classifier, so this is a realistic endpoint.
    extraction: await createDefaultLocalExtractionModel(),
    classification: createLocalClassificationModel(),
    maxInputsPerRequest: 2,
  });
  const remote = (model: string, extra: Record<string, unknown> = {}) => ({
    provider: 'openai-compatible',
    endpoint: 'simulator',
    model,
    prices: { inputPerMTokUsd: 0.1, outputPerMTokUsd: 0.4 },
    ...extra,
  });
  const profile = modelProfileSchema.parse({
    endpoints: {
      simulator: { baseUrl: simulator.url, external: true, limits: { maxInputsPerRequest: 2, timeoutMs: 5000 } },
    },
    tasks: {
      embedding: { chain: [remote('sim-embed', { dimensions: 512 })] },
      extraction: { chain: [remote('sim-small')] },
      classification: { chain: [remote('sim-small')] },
    },
  });
  const models = await createModelSet(profile);
  return { ...models, close: () => simulator.close() };
});
