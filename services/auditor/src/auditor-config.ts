import { z } from 'zod';
import { loadConfig, positiveInt, postgresEnv, type Env } from '@sluice/config';
import { streamServiceEnv } from '@sluice/stream';

/** The auditor's one schema: the stream service's pieces (port 9405), PostgreSQL (audit log, sessions: 4 connections) and its own. */
export const auditorEnvSchema = z.object({
  ...streamServiceEnv(9405),
  ...postgresEnv(4),
  /**
   * Sign-in sessions (created by the review console) older than this are refused by the audit API;
   * the same as the review service's REVIEW_SESSION_TTL_MS default.
   */
  AUDITOR_SESSION_TTL_MS: positiveInt.default(12 * 3_600_000),
});

export type AuditorConfig = z.infer<typeof auditorEnvSchema>;

/** Reads and checks the auditor's environment once; every problem is reported at once, by name. */
export function loadAuditorConfig(env: Env = process.env): AuditorConfig {
  return loadConfig(auditorEnvSchema, env);
}
