import { z } from 'zod';
import { loadConfig, loadPlatformEnv, platformEnvSchema, type Env, type PlatformEnv } from '@sluice/config';
import { defaultRulesDir } from '@sluice/rules';

export const validatorEnvSchema = platformEnvSchema.extend({
  /** Folder with default.json and <tenant>.json rule files (see packages/rules). */
  RULES_DIR: z.string().min(1).default(defaultRulesDir),
});

export interface ValidatorConfig {
  platform: PlatformEnv;
  rulesDir: string;
}

export function loadValidatorConfig(env: Env = process.env): ValidatorConfig {
  const e = loadConfig(validatorEnvSchema, env);
  return { platform: loadPlatformEnv(env), rulesDir: e.RULES_DIR };
}
