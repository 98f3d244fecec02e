import { SluiceError } from '@sluice/errors';

/**
 * A dependency that loads in the background (model weights, a model set): the service starts and
 * answers /healthz at once, /readyz stays 503 until the load has finished, and the first batch
 * waits for it. A failed load stays failed and is never retried: readiness reports it (CONFIG),
 * `onFailure` is told once (startModelService stops the process there), and a batch that asks
 * for it gets a retryable UNAVAILABLE, so its records stay uncommitted instead of being
 * dead-lettered for a fault that is not theirs.
 */
export interface LoadingDependency<T> {
  get(): Promise<T>;
  /** Readiness check: resolves once loaded, rejects while loading or after a failure. */
  ready(): Promise<void>;
}

export interface LoadInBackgroundOptions {
  /** Called once when the load fails, with the load's own error. */
  onFailure?: (error: unknown) => void;
}

/** Starts `load()` now; `what` names it in readiness and errors (e.g. `extraction models`). */
export function loadInBackground<T>(what: string, load: () => Promise<T>, options: LoadInBackgroundOptions = {}): LoadingDependency<T> {
  let state: { status: 'loading' } | { status: 'loaded' } | { status: 'failed'; error: unknown } = { status: 'loading' };
  const loading = load().then(
    (value) => {
      state = { status: 'loaded' };
      return value;
    },
    (error: unknown) => {
      state = { status: 'failed', error };
      options.onFailure?.(error);
      throw new SluiceError('UNAVAILABLE', `${what} failed to load`, { cause: error, retryable: true });
    },
  );
  // Nobody may be awaiting yet; the failure is reported through onFailure, ready() and get().
  loading.catch(() => undefined);
  return {
    get: () => loading,
    ready: () => {
      if (state.status === 'loaded') return Promise.resolve();
      if (state.status === 'failed') return Promise.reject(new SluiceError('CONFIG', `${what} failed to load`, { cause: state.error }));
      return Promise.reject(new SluiceError('UNAVAILABLE', `${what} still loading`));
    },
  };
}
