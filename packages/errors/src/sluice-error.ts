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
  USAGE: { retryable: false, summary: 'a command was called with missing or invalid options or arguments' },
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

/**
 * Codes that say a dependency (model endpoint, ERP, PostgreSQL, schema registry) is down, slow or
 * asking us to slow down, not that the record is bad. The stream runtime pauses on these once the
 * retry budget is spent instead of dead-lettering the records (docs/reliability.md).
 */
const dependencyCodes: ReadonlySet<ErrorCode> = new Set(['TIMEOUT', 'RATE_LIMITED', 'UNAVAILABLE', 'CIRCUIT_OPEN', 'TRANSIENT']);

/** True when `error` is a retryable dependency failure (an outage), as opposed to a bad record or a bug. */
export function isDependencyFailure(error: SluiceError): boolean {
  return error.retryable && dependencyCodes.has(error.code);
}

// Node's system error codes for a peer that cannot be reached or went away (libuv errors).
const unreachableSystemCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);
// PostgreSQL SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html): class 08
// connection exception, 57P01-57P03 shutdown / cannot connect now, 53300 too many connections;
// 40001 / 40P01 serialization failure and deadlock are worth a retry but are not outages.
const unavailableSqlStates = /^(08...|57P0[123]|53300)$/;
const transientSqlStates = new Set(['40001', '40P01']);
// node-postgres raises these two without any code (pg/lib/client.js, pg-pool/index.js).
const codelessPgFailures = /^(Connection terminated|timeout exceeded when trying to connect)/;

/**
 * Any thrown value as a SluiceError. A network or PostgreSQL failure that means the dependency is
 * unreachable becomes UNAVAILABLE (a serialization conflict TRANSIENT), so it pauses instead of
 * dead-lettering; other unknown failures become INTERNAL (retryable, bounded, then dead-lettered).
 */
export function toSluiceError(error: unknown): SluiceError {
  if (error instanceof SluiceError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = systemCode(error);
  if (code !== undefined && (unreachableSystemCodes.has(code) || unavailableSqlStates.test(code))) {
    return new SluiceError('UNAVAILABLE', message, { cause: error, details: { code } });
  }
  if (code !== undefined && transientSqlStates.has(code)) return new SluiceError('TRANSIENT', message, { cause: error, details: { code } });
  if (error instanceof Error && codelessPgFailures.test(error.message)) return new SluiceError('UNAVAILABLE', message, { cause: error });
  return new SluiceError('INTERNAL', message, { cause: error });
}

/** The `code` of a Node system error or a PostgreSQL error, looking through `cause` and AggregateError (a refused dual-stack connect). */
function systemCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 4) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const found = systemCode(inner, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return systemCode((error as { cause?: unknown }).cause, depth + 1);
}
