import { z } from 'zod';
import { loadConfig, postgresEnv, type Env } from '@sluice/config';
import { defaultRulesDir } from '@sluice/rules';
import { streamServiceEnv } from '@sluice/stream';

/** The validator's one schema: the stream service's pieces (port 9404), PostgreSQL (decision table: 4 connections) and its rules. */
export const validatorEnvSchema = z.object({
  ...streamServiceEnv(9404),
  ...postgresEnv(4),
  /** Folder with default.json and <tenant>.json rule files (see packages/rules). */
  RULES_DIR: z.string().min(1).default(defaultRulesDir),
});

export type ValidatorConfig = z.infer<typeof validatorEnvSchema>;

/** Reads and checks the validator's environment once; every problem is reported at once, by name. */
export function loadValidatorConfig(env: Env = process.env): ValidatorConfig {
  return loadConfig(validatorEnvSchema, env);
}
