import { SluiceError } from '@sluice/errors';
/**
 * A dependency that loads in the background (model weights, a model set): the service starts and
 * answers /healthz at once, /readyz stays 503 until the load has finished, and the first batch
 * waits for it. A failed load stays failed: readiness reports it and every batch rethrows it.
 */
export interface LoadingDependency<T> {
  get(): Promise<T>;
  /** Readiness check: resolves once loaded, rejects while loading or after a failure. */
  ready(): Promise<void>;
}

export function loadInBackground<T>(what: string, load: () => Promise<T>): LoadingDependency<T> {
  let state: { status: 'loading' } | { status: 'loaded' } | { status: 'failed'; error: unknown } = { status: 'loading' };
  const loading = load().then(
    (value) => {
      state = { status: 'loaded' };
      return value;
    },
    (error: unknown) => {
      state = { status: 'failed', error };
      throw error;
    },
  );
  // Nobody may be awaiting yet; the failure is reported through ready() and get().
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
