import { z } from 'zod';
import { loadConfig, loadPlatformEnv, platformEnvSchema, positiveInt, type Env, type PlatformEnv } from '@sluice/config';
import { erpClientEnvSchema, loadErpClientOptions, type ErpHttpClientOptions } from '@sluice/connectors';

const score = z.coerce.number().min(0).max(1);

/** The enricher's own variables; the platform's and the ERP connector's are checked with them. */
export const enricherEnvSchema = platformEnvSchema.extend({
  ...erpClientEnvSchema.shape,
  /** Reference matches kept per extracted name (best first). */
  ENRICHER_MATCH_CANDIDATES: positiveInt.default(3),
  /**
   * A vendor match must score this much before its id is trusted for ERP lookups and the duplicate
   * key: looking up the nearest stranger would put another vendor's status on the invoice.
   * Same value as the shipped `vendor-match` rule threshold.
   */
  ENRICHER_LOOKUP_MIN_SCORE: score.default(0.8),
  /**
   * Text similarity (MinHash containment of character shingles, duplicate-detector.ts) below which
   * no near-duplicate is reported at all. Re-sent copies scored 0.85 or more, distinct invoices of
   * one vendor and layout at most 0.6 (bench/quality.ts).
   */
  ENRICHER_DUPLICATE_MIN_SCORE: score.default(0.7),
  /** How long fetching pauses when every ERP lookup of a batch failed (default: the breaker's open time). */
  ENRICHER_ERP_PAUSE_MS: positiveInt.optional(),
});

export interface EnricherConfig {
  platform: PlatformEnv;
  matchCandidates: number;
  lookupMinScore: number;
  duplicateMinScore: number;
  /** null: no ERP configured (ERP_BASE_URL unset), no `erp.*` facts. */
  erp: ErpHttpClientOptions | null;
  erpPauseMs: number;
}

/** Reads every variable once, reporting all problems together (CONFIG error naming each one). */
export function loadEnricherConfig(env: Env = process.env): EnricherConfig {
  const e = loadConfig(enricherEnvSchema, env);
  const erp = loadErpClientOptions(env);
  return {
    platform: loadPlatformEnv(env),
    matchCandidates: e.ENRICHER_MATCH_CANDIDATES,
    lookupMinScore: e.ENRICHER_LOOKUP_MIN_SCORE,
    duplicateMinScore: e.ENRICHER_DUPLICATE_MIN_SCORE,
    erp,
    erpPauseMs: e.ENRICHER_ERP_PAUSE_MS ?? e.ERP_BREAKER_OPEN_MS,
  };
}
