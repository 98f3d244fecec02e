import { z } from 'zod';
import { flag, loadConfig, positiveInt, postgresEnv, type Env } from '@sluice/config';
import { streamServiceEnv } from '@sluice/stream';
import { defaultConsoleDir } from './http/console-static';
import type { MetricsTarget } from './http/pipeline-metrics';
import { defaultReviewPolicyDir } from './review-policy';

const HOUR_MS = 3_600_000;

/** `name=url` pairs, comma-separated. */
const metricsTargets = z
  .string()
  .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
  .pipe(
    z.array(
      z
        .string()
        .regex(/^[a-z][a-z0-9-]*=https?:\/\/\S+$/, 'each target must be name=http://host:port/metrics')
        .transform((pair): MetricsTarget => ({ name: pair.slice(0, pair.indexOf('=')), url: pair.slice(pair.indexOf('=') + 1) })),
    ),
  );

const localTargets = ['extractor=9401', 'embedder=9402', 'enricher=9403', 'validator=9404', 'auditor=9405', 'review=9406']
  .map((pair) => pair.replace(/=(\d+)$/, '=http://127.0.0.1:$1/metrics'))
  .join(',');

/**
 * The review service's one schema: the stream service's pieces (port 9406), PostgreSQL (the
 * console's API, the sweeper and the outbox publisher share one pool: 10 connections, more than a
 * stage's) and its own.
 */
export const reviewEnvSchema = z.object({
  ...streamServiceEnv(9406),
  ...postgresEnv(10),
  /** A claim holds a document this long unless the reviewer's heartbeat extends it. */
  REVIEW_LEASE_MS: positiveInt.default(10 * 60_000),
  /** How often expired leases return to the queue and overdue entries are escalated. */
  REVIEW_SWEEP_INTERVAL_MS: positiveInt.default(5_000),
  /** Sign-in sessions last this long. */
  REVIEW_SESSION_TTL_MS: positiveInt.default(12 * HOUR_MS),
  /** Mark the session cookie Secure (set it when the console is served over HTTPS). */
  REVIEW_COOKIE_SECURE: flag.default(false),
  /** Per-tenant SLA and four-eyes rules: default.json and <tenant>.json. */
  REVIEW_POLICY_DIR: z.string().min(1).default(defaultReviewPolicyDir),
  /** The built console (vite). */
  REVIEW_CONSOLE_DIR: z.string().min(1).default(defaultConsoleDir),
  /** Text and extraction of documents never sent to review are dropped after this long. */
  REVIEW_CONTEXT_RETENTION_HOURS: positiveInt.default(7 * 24),
  /** Poll interval of the outbox publisher when nothing woke it. */
  REVIEW_OUTBOX_POLL_MS: positiveInt.default(1_000),
  /** Stages the console's pipeline page charts: name=url of each /metrics. */
  REVIEW_METRICS_TARGETS: metricsTargets.default(metricsTargets.parse(localTargets)),
  REVIEW_METRICS_INTERVAL_MS: positiveInt.default(5_000),
});

export type ReviewEnv = z.infer<typeof reviewEnvSchema>;

export interface ReviewConfig {
  /** Every variable as validated (platform, runtime, ...). */
  env: ReviewEnv;
  leaseMs: number;
  sweepIntervalMs: number;
  sessionTtlMs: number;
  secureCookie: boolean;
  policyDir: string;
  consoleDir: string;
  contextRetentionMs: number;
  outboxPollMs: number;
  metricsTargets: MetricsTarget[];
  metricsIntervalMs: number;
}

/** The review service's configuration; every problem is reported at once, naming its variable. */
export function loadReviewConfig(env: Env = process.env): ReviewConfig {
  const e = loadConfig(reviewEnvSchema, env);
  return {
    env: e,
    leaseMs: e.REVIEW_LEASE_MS,
    sweepIntervalMs: e.REVIEW_SWEEP_INTERVAL_MS,
    sessionTtlMs: e.REVIEW_SESSION_TTL_MS,
    secureCookie: e.REVIEW_COOKIE_SECURE,
    policyDir: e.REVIEW_POLICY_DIR,
    consoleDir: e.REVIEW_CONSOLE_DIR,
    contextRetentionMs: e.REVIEW_CONTEXT_RETENTION_HOURS * HOUR_MS,
    outboxPollMs: e.REVIEW_OUTBOX_POLL_MS,
    metricsTargets: e.REVIEW_METRICS_TARGETS,
    metricsIntervalMs: e.REVIEW_METRICS_INTERVAL_MS,
  };
}
