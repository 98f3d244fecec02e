import type { ClassificationModel, EmbeddingModel, ExtractionModel } from '../model-contracts';
import type { FaultRates } from './fault-injector';
import type { FieldNoiseOptions } from './field-noise';

/** Bumped when the simulator's observable behaviour changes; reported in `x-simulator-version`. */
export const SIMULATOR_VERSION = '1.1.0';

export interface SimulatorOptions extends FaultRates {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Added to every answered request. */
  latencyMs: number;
  /** Uniform extra latency in [0, latencyJitterMs). */
  latencyJitterMs: number;
  /** Seconds sent in Retry-After with every 429. */
  retryAfterSeconds: number;
  /** Embeddings requests with more inputs are refused with 413, as TEI does. */
  maxInputsPerRequest: number;
  /** Vector length of the built-in hashed embeddings. */
  dimensions: number;
  /** False mimics a server without structured outputs: `json_schema` is refused with 400. */
  supportsJsonSchema: boolean;
  /** Names listed by GET /v1/models; any name is accepted in requests. */
  models: string[];
  seed: number;
  /** Appends every request as a JSON line. */
  requestLogFile: string | null;
  extraction: ExtractionModel | null;
  classification: ClassificationModel | null;
  /** Null: deterministic hashed vectors of `dimensions`. */
  embedding: EmbeddingModel | null;
  /** Null: answers are deterministic. Else one field is read differently in `rate` of the answers (field-noise.ts). */
  noise: FieldNoiseOptions | null;
}

export const defaultSimulatorOptions = {
  host: '127.0.0.1',
  port: 8089,
  latencyMs: 0,
  latencyJitterMs: 0,
  errorRate: 0,
  rateLimitRate: 0,
  hangRate: 0,
  retryAfterSeconds: 1,
  maxInputsPerRequest: 256,
  dimensions: 512,
  supportsJsonSchema: true,
  models: ['sim-small', 'sim-large', 'sim-embed'],
  seed: 42,
  requestLogFile: null,
  extraction: null,
  classification: null,
  embedding: null,
  noise: null,
} satisfies SimulatorOptions;
