import { SluiceError } from '@sluice/errors';
import { classifyHttpFailure, classifyNetworkFailure, EndpointGuard, type Clock } from '@sluice/resilience';
import type { EndpointConfig } from '../profiles/model-profile-schema';

export type Operation = 'chat/completions' | 'embeddings' | 'models';

/** One configured server: its config, its guard (breaker, limits, retries) and learned quirks. */
export interface OpenAiEndpoint {
  name: string;
  config: EndpointConfig;
  guard: EndpointGuard;
  fetch: typeof globalThis.fetch;
  clock: Clock;
  /** Set once the server refused `json_schema`; later calls go straight to `json_object`. */
  jsonSchemaRefused: boolean;
}

/**
 * OpenAI style: `<base>/<operation>`. Azure OpenAI: the model is a deployment,
 * `<resource>/openai/deployments/<deployment>/<operation>?api-version=<v>`
 * (https://learn.microsoft.com/azure/ai-services/openai/reference).
 */
export function endpointUrl(config: EndpointConfig, operation: Operation, model: string): string {
  const base = config.baseUrl.replace(/\/+$/, '');
  if (!config.azure) return `${base}/${operation}`;
  const query = `api-version=${encodeURIComponent(config.azure.apiVersion)}`;
  if (operation === 'models') return `${base}/openai/models?${query}`;
  return `${base}/openai/deployments/${encodeURIComponent(model)}/${operation}?${query}`;
}

export function authHeaders(config: EndpointConfig): Record<string, string> {
  switch (config.auth.type) {
    case 'bearer':
      return { authorization: `Bearer ${config.auth.apiKey}` };
    case 'api-key':
      return { [config.auth.header]: config.auth.apiKey };
    default:
      return {};
  }
}

/** One HTTP attempt (no retries: the guard owns those); failures come out classified. */
export async function postJson(
  endpoint: OpenAiEndpoint,
  operation: Operation,
  model: string,
  body: unknown,
  signal: AbortSignal,
): Promise<unknown> {
  const url = endpointUrl(endpoint.config, operation, model);
  let response: Response;
  try {
    response = await endpoint.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...endpoint.config.headers, ...authHeaders(endpoint.config) },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw classifyNetworkFailure(error, endpoint.name);
  }
  const text = await response.text().catch((error: unknown) => {
    if (signal.aborted) throw signal.reason;
    throw classifyNetworkFailure(error, endpoint.name);
  });
  if (!response.ok) {
    throw classifyHttpFailure(response.status, text, response.headers.get('retry-after'), endpoint.clock.now(), endpoint.name);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SluiceError('INVALID_MODEL_OUTPUT', `${endpoint.name} answered ${operation} with non-JSON`, {
      cause: error,
      details: { endpoint: endpoint.name, body: text.slice(0, 300) },
    });
  }
}
