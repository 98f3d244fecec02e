import { z } from 'zod';
import { SluiceError } from '@sluice/errors';
import type { CallOptions, EmbeddingModel, ModelRef, ModelResult } from '../model-contracts';
import { planEmbeddingBatches } from './embedding-batches';
import { instrumentedCall } from './instrumented-call';
import { postJson } from './openai-endpoint';
import { accountedCall } from '../privacy/egress-gate';
import { OPENAI_PROVIDER, remoteModelRef, usageOf, type OpenAiModelContext } from './openai-model-context';
import { estimateTokens } from './token-estimate';

const embeddingsResponseSchema = z.object({
  data: z.array(z.object({ index: z.number().int().min(0), embedding: z.array(z.number()) })),
  usage: z.object({ prompt_tokens: z.number() }).nullish(),
});

/** `/v1/embeddings`, batched to the endpoint's limits; batches go out in parallel under its guard. */
export class OpenAiCompatibleEmbeddingModel implements EmbeddingModel {
  readonly ref: ModelRef;
  readonly dimensions: number;

  constructor(private readonly context: OpenAiModelContext) {
    this.ref = remoteModelRef(context, null);
    this.dimensions = context.link.dimensions ?? 0;
  }

  async embed(texts: string[], options: CallOptions = {}): Promise<ModelResult<number[][]>> {
    const { endpoint, link, metrics } = this.context;
    const startedAt = endpoint.clock.now();
    // Throws WITHHELD when the tenant's policy keeps these texts from the endpoint.
    const permit = this.context.gate.admit({
      tenant: options.tenant,
      endpoint: endpoint.name,
      external: endpoint.config.external,
      task: 'embedding',
      texts,
      personalData: options.personalData,
    });
    const sent = permit.texts;
    const vectors: number[][] = new Array<number[]>(texts.length);
    let inputTokens = 0;
    const labels = { provider: OPENAI_PROVIDER, model: link.model, task: 'embedding' as const };
    const { egress } = await accountedCall(permit, () =>
      Promise.all(
      planEmbeddingBatches(sent, endpoint.config.limits).map(async (batch) => {
        const input = batch.map((index) => sent[index] ?? '');
        const raw = await instrumentedCall(
          endpoint,
          metrics,
          labels,
          (signal) => postJson(endpoint, 'embeddings', link.model, { model: link.model, input, encoding_format: 'float' }, signal),
          options.signal,
        );
        const parsed = embeddingsResponseSchema.safeParse(raw);
        if (!parsed.success || parsed.data.data.length !== batch.length) {
          throw new SluiceError('INVALID_MODEL_OUTPUT', `${endpoint.name}: embeddings answer does not match the ${batch.length} inputs`);
        }
        for (const item of parsed.data.data) {
          if (item.embedding.length !== this.dimensions) {
            throw new SluiceError(
              'INVALID_MODEL_OUTPUT',
              `${endpoint.name}: ${link.model} returned ${item.embedding.length} dimensions, profile says ${this.dimensions}`,
            );
          }
          const target = batch[item.index];
          if (target === undefined) throw new SluiceError('INVALID_MODEL_OUTPUT', `${endpoint.name}: index ${item.index} out of range`);
          vectors[target] = item.embedding;
        }
        inputTokens += parsed.data.usage?.prompt_tokens ?? input.reduce((sum, text) => sum + estimateTokens(text), 0);
      }),
      ),
    );
    const usage = usageOf(this.context, 'embedding', {
      inputTokens,
      outputTokens: 0,
      characters: texts.reduce((sum, text) => sum + text.length, 0),
      latencyMs: endpoint.clock.now() - startedAt,
    });
    return { value: vectors, usage, model: this.ref, degraded: false, redactions: permit.redactions(), egress };
  }
}
