import { z } from 'zod';
import { loadConfig, positiveInt, postgresEnv, type Env } from '@sluice/config';
import { erpClientEnvSchema, erpClientOptions, type ErpHttpClientOptions } from '@sluice/connectors';
import { modelProfileEnv } from '@sluice/models';
import { streamServiceEnv } from '@sluice/stream';

const score = z.coerce.number().min(0).max(1);

/**
 * The enricher's one schema: the stream service's pieces (port 9403), PostgreSQL (reference
 * index, duplicates, customer keys: 4 connections), the model profile, the ERP connector's and its own.
 */
export const enricherEnvSchema = z.object({
  ...streamServiceEnv(9403),
  ...postgresEnv(4),
  ...modelProfileEnv(),
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

export type EnricherEnv = z.infer<typeof enricherEnvSchema>;

export interface EnricherConfig {
  /** Every variable as validated (platform, runtime, model profile, ...). */
  env: EnricherEnv;
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
  return {
    env: e,
    matchCandidates: e.ENRICHER_MATCH_CANDIDATES,
    lookupMinScore: e.ENRICHER_LOOKUP_MIN_SCORE,
    duplicateMinScore: e.ENRICHER_DUPLICATE_MIN_SCORE,
    erp: erpClientOptions(e),
    erpPauseMs: e.ENRICHER_ERP_PAUSE_MS ?? e.ERP_BREAKER_OPEN_MS,
  };
}
