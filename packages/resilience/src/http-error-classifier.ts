import { SluiceError } from '@sluice/errors';
import { parseRetryAfter } from './retry-after';

/**
 * Maps an HTTP failure onto the runtime's closed error codes. 408/429/5xx may succeed later;
 * 400/422 are our request's fault and 401/403/404 a configuration fault: retrying cannot help.
 */
export function classifyHttpFailure(
  status: number,
  body: string,
  retryAfterHeader: string | null,
  nowMs: number,
  endpoint: string,
): SluiceError {
  const retryAfterMs = parseRetryAfter(retryAfterHeader, nowMs);
  const snippet = body.slice(0, 300);
  const details = { endpoint, status, body: snippet };
  const message = `${endpoint} answered ${status}: ${snippet}`;
  if (status === 408) return new SluiceError('TIMEOUT', message, { details, retryAfterMs });
  if (status === 429) return new SluiceError('RATE_LIMITED', message, { details, retryAfterMs });
  if (status === 504) return new SluiceError('TIMEOUT', message, { details, retryAfterMs });
  if (status >= 500) return new SluiceError('UNAVAILABLE', message, { details, retryAfterMs });
  if (status === 401 || status === 403 || status === 404) return new SluiceError('CONFIG', message, { details });
  return new SluiceError('INVALID_INPUT', message, { details });
}

/** A fetch that rejected before any status: connection refused, reset, DNS, TLS. */
export function classifyNetworkFailure(error: unknown, endpoint: string): SluiceError {
  if (error instanceof SluiceError) return error;
  const message = error instanceof Error ? `${error.message}${causeText(error)}` : String(error);
  return new SluiceError('UNAVAILABLE', `${endpoint} unreachable: ${message}`, {
    cause: error,
    details: { endpoint },
  });
}

function causeText(error: Error): string {
  const cause = error.cause;
  return cause instanceof Error ? ` (${cause.message})` : '';
}
