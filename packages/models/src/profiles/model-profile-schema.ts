import { z } from 'zod';
import { httpUrl } from '@sluice/config';
import { defaultCircuitBreakerOptions, defaultRetryOptions } from '@sluice/resilience';

const positive = z.number().int().positive();
const fraction = z.number().min(0).max(1);

const authSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  /** `Authorization: Bearer <key>`: OpenAI, xAI, vLLM/llama.cpp with --api-key, TEI with API_KEY. */
  z.object({ type: z.literal('bearer'), apiKey: z.string().min(1, 'empty key: is the environment variable set?') }),
  /** `api-key: <key>`: Azure OpenAI. */
  z.object({
    type: z.literal('api-key'),
    apiKey: z.string().min(1, 'empty key: is the environment variable set?'),
    header: z.string().default('api-key'),
  }),
]);

export const endpointLimitsSchema = z.object({
  timeoutMs: positive.default(30_000),
  maxConcurrency: positive.default(8),
  /** Client-side token bucket; null = no client-side rate limit. */
  requestsPerSecond: z.number().positive().nullable().default(null),
  burst: positive.default(10),
  /** Embeddings: most inputs one request may carry (OpenAI 2048, TEI --max-client-batch-size 32). */
  maxInputsPerRequest: positive.default(64),
  /** Embeddings: most (estimated) tokens one request may carry (OpenAI 300k, TEI --max-batch-tokens). */
  maxTokensPerRequest: positive.default(100_000),
});

export const endpointSchema = z.object({
  /** Base URL including the API prefix, e.g. `https://api.openai.com/v1`; Azure: the resource URL. */
  baseUrl: httpUrl,
  auth: authSchema.default({ type: 'none' }),
  /** Azure OpenAI: deployment-style URLs (`/openai/deployments/<model>/...?api-version=`). */
  azure: z.object({ apiVersion: z.string().min(1) }).optional(),
  headers: z.record(z.string(), z.string()).default({}),
  /** Data leaves our infrastructure: PII is redacted unless the tenant policy says otherwise. */
  external: z.boolean(),
  /** `auto` tries json_schema and falls back to json_object once the server refuses it. */
  responseFormat: z.enum(['json_schema', 'json_object', 'auto']).default('auto'),
  limits: endpointLimitsSchema.default(endpointLimitsSchema.parse({})),
  retry: z
    .object({
      maxAttempts: positive.default(defaultRetryOptions.maxAttempts),
      baseDelayMs: positive.default(defaultRetryOptions.baseDelayMs),
      maxDelayMs: positive.default(defaultRetryOptions.maxDelayMs),
      maxRetryAfterMs: positive.default(defaultRetryOptions.maxRetryAfterMs),
    })
    .default(defaultRetryOptions),
  breaker: z
    .object({
      windowSize: positive.default(defaultCircuitBreakerOptions.windowSize),
      minimumCalls: positive.default(defaultCircuitBreakerOptions.minimumCalls),
      failureRateThreshold: fraction.default(defaultCircuitBreakerOptions.failureRateThreshold),
      openMs: positive.default(defaultCircuitBreakerOptions.openMs),
    })
    .default(defaultCircuitBreakerOptions),
});

const pricesSchema = z.object({
  inputPerMTokUsd: z.number().min(0).default(0),
  outputPerMTokUsd: z.number().min(0).default(0),
});

const localLinkSchema = z.object({
  provider: z.literal('local'),
  /** A name in the local model catalog (`local-model-catalog.ts`). */
  model: z.string().min(1),
});

const remoteLinkSchema = z.object({
  provider: z.literal('openai-compatible'),
  /** A key of the profile's `endpoints`. */
  endpoint: z.string().min(1),
  /** Model name; for Azure the deployment name. */
  model: z.string().min(1),
  version: z.string().optional(),
  prices: pricesSchema.default({ inputPerMTokUsd: 0, outputPerMTokUsd: 0 }),
  /** Embeddings: vector length the model returns (checked on every answer). */
  dimensions: positive.optional(),
  /** Chat: prompt template id in packages/models/prompts. */
  promptId: z.string().optional(),
  maxOutputTokens: positive.default(1024),
  temperature: z.number().min(0).max(2).default(0),
});

export const chainLinkSchema = z.discriminatedUnion('provider', [localLinkSchema, remoteLinkSchema]);
const chain = z.array(chainLinkSchema).min(1, 'a chain needs at least one provider');

export const modelProfileSchema = z
  .object({
    description: z.string().default(''),
    endpoints: z.record(z.string(), endpointSchema).default({}),
    /** Moved: per-tenant policies for external endpoints live in config/privacy (PRIVACY_DIR). */
    redaction: z
      .never({ error: 'redaction moved to the tenant privacy policies in config/privacy/<tenant>.json (PRIVACY_DIR); see docs/privacy.md' })
      .optional(),
    tasks: z.object({
      embedding: z.object({ chain }),
      extraction: z.object({
        chain,
        /** Escalate to the next link when the answer is below either threshold. */
        escalation: z
          .object({ minMeanConfidence: fraction.default(0), minFieldConfidence: fraction.default(0) })
          .default({ minMeanConfidence: 0, minFieldConfidence: 0 }),
      }),
      classification: z.object({
        chain,
        escalation: z.object({ minConfidence: fraction.default(0) }).default({ minConfidence: 0 }),
      }),
    }),
  })
  .superRefine((profile, ctx) => {
    for (const [task, { chain: links }] of Object.entries(profile.tasks)) {
      links.forEach((link, index) => {
        if (link.provider !== 'openai-compatible') return;
        if (!(link.endpoint in profile.endpoints)) {
          ctx.addIssue({
            code: 'custom',
            path: ['tasks', task, 'chain', index, 'endpoint'],
            message: `no endpoint named "${link.endpoint}" in endpoints`,
          });
        }
        if (task === 'embedding' && link.dimensions === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['tasks', task, 'chain', index, 'dimensions'],
            message: 'embedding models need their vector dimensions',
          });
        }
      });
    }
  });

export type ModelProfile = z.infer<typeof modelProfileSchema>;
export type EndpointConfig = z.infer<typeof endpointSchema>;
export type ChainLink = z.infer<typeof chainLinkSchema>;
export type RemoteChainLink = z.infer<typeof remoteLinkSchema>;
