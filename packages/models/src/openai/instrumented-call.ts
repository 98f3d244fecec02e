import { toSluiceError } from '@sluice/errors';
import type { ModelCallLabels, ModelMetrics } from '../metrics/model-metrics';
import type { OpenAiEndpoint } from './openai-endpoint';

/** Sends through the endpoint's guard and reports every attempt (not just the last) to metrics. */
export function instrumentedCall<T>(
  endpoint: OpenAiEndpoint,
  metrics: ModelMetrics,
  labels: ModelCallLabels,
  request: (signal: AbortSignal) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  return endpoint.guard.call(async (attemptSignal) => {
    const startedAt = endpoint.clock.now();
    try {
      const result = await request(attemptSignal);
      metrics.observeRequest(labels, 'ok', endpoint.clock.now() - startedAt);
      return result;
    } catch (error) {
      metrics.observeRequest(labels, toSluiceError(error).code, endpoint.clock.now() - startedAt);
      throw error;
    }
  }, signal);
}
