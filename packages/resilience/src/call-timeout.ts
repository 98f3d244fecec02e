import { SluiceError } from '@sluice/errors';

/**
 * Runs `task` with a signal that aborts after `timeoutMs` or when the caller's signal aborts. A
 * timeout surfaces as TIMEOUT (retryable), naming `endpoint` when given; a caller abort keeps the
 * caller's reason.
 */
export async function withTimeout<T>(
  task: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  callerSignal?: AbortSignal,
  endpoint?: string,
): Promise<T> {
  const controller = new AbortController();
  const timeoutError =
    endpoint === undefined
      ? new SluiceError('TIMEOUT', `no answer within ${timeoutMs} ms`, { details: { timeoutMs } })
      : new SluiceError('TIMEOUT', `${endpoint}: no answer within ${timeoutMs} ms`, { details: { endpoint, timeoutMs } });
  const timer = setTimeout(() => controller.abort(timeoutError), timeoutMs);
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) controller.abort(callerSignal.reason);
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  try {
    return await task(controller.signal);
  } catch (error) {
    // fetch rejects with a DOMException AbortError, not with our reason; report the reason instead.
    if (controller.signal.aborted && controller.signal.reason === timeoutError) throw timeoutError;
    throw error;
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}
