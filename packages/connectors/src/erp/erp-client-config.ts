import { z } from 'zod';
import { loadConfig, positiveInt, httpUrl, type Env } from '@sluice/config';
import { defaultErpHttpClientOptions, type ErpHttpClientOptions } from './erp-http-client';

const d = defaultErpHttpClientOptions;

/** The ERP connector's variables; a service adds them to its own schema or calls loadErpClientOptions. */
export const erpClientEnvSchema = z.object({
  /** Unset: the service runs without ERP lookups (no `erp.*` facts). */
  ERP_BASE_URL: httpUrl.optional(),
  ERP_TIMEOUT_MS: positiveInt.default(d.timeoutMs),
  ERP_MAX_ATTEMPTS: positiveInt.default(d.retry.maxAttempts),
  ERP_MAX_RETRY_AFTER_MS: positiveInt.default(d.retry.maxRetryAfterMs),
  ERP_BREAKER_OPEN_MS: positiveInt.default(d.breaker.openMs),
});

/** Client options from the environment, or null when no ERP is configured. */
export function loadErpClientOptions(env: Env = process.env): ErpHttpClientOptions | null {
  return erpClientOptions(loadConfig(erpClientEnvSchema, env));
}

/** Client options from validated ERP variables (part of a service's config), or null when ERP_BASE_URL is unset. */
export function erpClientOptions(config: z.infer<typeof erpClientEnvSchema>): ErpHttpClientOptions | null {
  if (config.ERP_BASE_URL === undefined) return null;
  return {
    baseUrl: config.ERP_BASE_URL,
    timeoutMs: config.ERP_TIMEOUT_MS,
    retry: {
      ...d.retry,
      maxAttempts: config.ERP_MAX_ATTEMPTS,
      maxRetryAfterMs: config.ERP_MAX_RETRY_AFTER_MS,
    },
    breaker: { ...d.breaker, openMs: config.ERP_BREAKER_OPEN_MS },
  };
}
