import { z } from 'zod';
import { httpEnv, loadConfig, loggingEnv, platformEnv, positiveInt, type Env } from '@sluice/config';

const isoTime = z.iso.datetime({ offset: true }).transform((value) => Date.parse(value));

/** The drift monitor's one schema: the platform contract, its HTTP server (port 9408), logging and its windows. */
export const driftEnvSchema = z
  .object({
    ...platformEnv,
    ...httpEnv(9408),
    ...loggingEnv,
    /** The current window: the trailing span of event time compared with the reference. */
    DRIFT_WINDOW_MS: positiveInt.default(3_600_000),
    /** Without a fixed reference: each probe's first DRIFT_REFERENCE_MS after its first record. */
    DRIFT_REFERENCE_MS: positiveInt.default(86_400_000),
    /** A fixed reference window (both or neither), e.g. the week a model was accepted. */
    DRIFT_REFERENCE_FROM: isoTime.optional(),
    DRIFT_REFERENCE_TO: isoTime.optional(),
    DRIFT_MIN_SAMPLES: positiveInt.default(50),
  })
  .refine((env) => (env.DRIFT_REFERENCE_FROM === undefined) === (env.DRIFT_REFERENCE_TO === undefined), {
    path: ['DRIFT_REFERENCE_TO'],
    message: 'DRIFT_REFERENCE_FROM and DRIFT_REFERENCE_TO go together',
  });

export type DriftConfig = z.infer<typeof driftEnvSchema>;

export function loadDriftConfig(env: Env = process.env): DriftConfig {
  return loadConfig(driftEnvSchema, env);
}
