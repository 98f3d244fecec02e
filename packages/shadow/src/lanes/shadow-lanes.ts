import { baselinePrefix, shadowPrefix } from '@sluice/config';
import type { ShadowConfig } from '../inventory/shadow-registry';

/**
 * The services a shadow runs: the pipeline, nothing that faces people or platforms. No review
 * service (a shadow asks nobody: its would-be reviews stay on its own reviews.requested topic and
 * `sluice compare` counts them), no gateway (a shadow's input is `sluice replay`).
 */
export const SHADOW_SERVICES = ['extractor', 'embedder', 'enricher', 'validator', 'auditor'] as const;

export interface ShadowLane {
  /** `NAME` or `NAME (baseline)`, for logs and reports. */
  label: string;
  lane: 'candidate' | 'baseline';
  prefix: string;
  /** The lane's environment: the caller's, with the lane's prefix, configuration and any free port. */
  env: Record<string, string | undefined>;
}

/**
 * The lanes of `sluice shadow up NAME`: the candidate with the configuration under test (profile,
 * rules, prompts), and with `baseline` a second lane running the caller's own (production's)
 * configuration over the same records, whose disagreement with production is the noise.
 */
export function shadowLanes(name: string, config: ShadowConfig, baseline: boolean, env: Readonly<Record<string, string | undefined>>): ShadowLane[] {
  // Health ports: any free one, so lanes and production run side by side on one machine.
  const common = { ...env, HTTP_PORT: '0' };
  const candidate: ShadowLane = {
    label: name,
    lane: 'candidate',
    prefix: shadowPrefix(name),
    env: {
      ...common,
      SLUICE_TOPIC_PREFIX: shadowPrefix(name),
      ...(config.profile === undefined ? {} : { MODEL_PROFILE: config.profile }),
      ...(config.rulesDir === undefined ? {} : { RULES_DIR: config.rulesDir }),
      ...(config.promptsDir === undefined ? {} : { PROMPTS_DIR: config.promptsDir }),
    },
  };
  if (!baseline) return [candidate];
  return [candidate, { label: `${name} (baseline)`, lane: 'baseline', prefix: baselinePrefix(name), env: { ...common, SLUICE_TOPIC_PREFIX: baselinePrefix(name) } }];
}
