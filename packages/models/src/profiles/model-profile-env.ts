import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { modelProfileNameEnv } from '@sluice/config';
import { defaultProfileDir } from './load-model-profile';

/**
 * The model-profile piece of a model-holding service's schema: MODEL_PROFILE must name a file of
 * `config/model-profiles` (checked with the other variables, not at the first model call), and the
 * folders of the tenants' privacy policies and triage taxonomies (unset: `config/privacy`,
 * `config/triage`). The profile's own `${VAR}` references are read when it is loaded (loadModelProfile).
 */
export function modelProfileEnv(dir: string = defaultProfileDir) {
  return {
    MODEL_PROFILE: modelProfileNameEnv.MODEL_PROFILE.refine((name) => existsSync(path.join(dir, `${name}.json`)), {
      error: `no such profile in ${dir}`,
    }),
    PRIVACY_DIR: z.string().min(1).optional(),
    TRIAGE_DIR: z.string().min(1).optional(),
  };
}
