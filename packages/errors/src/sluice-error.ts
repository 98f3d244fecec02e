/**
 * The closed list of failure codes. The stream runtime decides retry vs dead letter from
 * `retryable`, never from message strings; every component classifies its failures into these.
 */
export const errorCodes = {
  // Input problems: retrying the same bytes cannot help.
  DECODE_FAILED: { retryable: false, summary: 'value is not valid Confluent wire format / Avro' },
  UNKNOWN_SCHEMA: { retryable: false, summary: 'schema id is not known to the registry' },
  INVALID_INPUT: { retryable: false, summary: 'record decoded but violates the contract' },
  INVALID_MODEL_OUTPUT: { retryable: false, summary: 'model answer does not fit the target schema' },
  REJECTED: { retryable: false, summary: 'handler refused the record' },
  CONFIG: { retryable: false, summary: 'configuration is missing or invalid' },
  WITHHELD: { retryable: false, summary: "the tenant's privacy policy keeps this data from the endpoint" },
  // Dependency problems: the same call may succeed later.
  TIMEOUT: { retryable: true, summary: 'a dependency did not answer in time' },
  RATE_LIMITED: { retryable: true, summary: 'a dependency asked us to slow down (429)' },
  UNAVAILABLE: { retryable: true, summary: 'a dependency is down or answered 5xx' },
  CIRCUIT_OPEN: { retryable: true, summary: 'the circuit breaker for a dependency is open' },
  TRANSIENT: { retryable: true, summary: 'a temporary failure worth retrying' },
  // Everything else: unknown failures are retried a bounded number of times, then dead-lettered.
  INTERNAL: { retryable: true, summary: 'unexpected failure' },
} as const satisfies Record<string, { retryable: boolean; summary: string }>;

export type ErrorCode = keyof typeof errorCodes;

export interface SluiceErrorOptions {
  cause?: unknown;
  /** Overrides the code's default, e.g. a 4xx from a dependency that is not worth retrying. */
  retryable?: boolean;
  /** Milliseconds the dependency asked us to wait (Retry-After), when it said so. */
  retryAfterMs?: number;
  details?: Record<string, unknown>;
}

export class SluiceError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: SluiceErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SluiceError';
    this.code = code;
    this.retryable = options.retryable ?? errorCodes[code].retryable;
    this.retryAfterMs = options.retryAfterMs;
    this.details = options.details ?? {};
  }
}

export function isSluiceError(error: unknown): error is SluiceError {
  return error instanceof SluiceError;
}

/** Any thrown value as a SluiceError; unknown failures become INTERNAL (retryable, bounded). */
export function toSluiceError(error: unknown): SluiceError {
  if (error instanceof SluiceError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SluiceError('INTERNAL', message, { cause: error });
}
