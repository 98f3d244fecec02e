import { describe, expect, it } from 'vitest';
import { shadowLanes, SHADOW_SERVICES } from './shadow-lanes';

describe('shadowLanes', () => {
  const production = { KAFKA_BROKERS: 'k:1', MODEL_PROFILE: 'local', RULES_DIR: '/etc/rules', HTTP_PORT: '9401' };

  it('runs the candidate under shadow.NAME. with the configuration under test', () => {
    const [candidate, ...rest] = shadowLanes('prompt-v2', { profile: 'simulator', promptsDir: '/p2' }, false, production);
    expect(rest).toEqual([]);
    expect(candidate).toMatchObject({ label: 'prompt-v2', lane: 'candidate', prefix: 'shadow.prompt-v2.' });
    expect(candidate!.env).toEqual({ KAFKA_BROKERS: 'k:1', MODEL_PROFILE: 'simulator', RULES_DIR: '/etc/rules', PROMPTS_DIR: '/p2', HTTP_PORT: '0', SLUICE_TOPIC_PREFIX: 'shadow.prompt-v2.' });
  });

  it("runs the baseline under shadow.NAME.baseline. with production's own configuration", () => {
    const [, baseline] = shadowLanes('prompt-v2', { profile: 'simulator', rulesDir: '/r2' }, true, production);
    expect(baseline).toMatchObject({ label: 'prompt-v2 (baseline)', lane: 'baseline', prefix: 'shadow.prompt-v2.baseline.' });
    expect(baseline!.env).toMatchObject({ MODEL_PROFILE: 'local', RULES_DIR: '/etc/rules', SLUICE_TOPIC_PREFIX: 'shadow.prompt-v2.baseline.', HTTP_PORT: '0' });
  });

  it('never runs the services that reach people or platforms', () => {
    expect(SHADOW_SERVICES).not.toContain('review');
    expect(SHADOW_SERVICES).not.toContain('gateway');
  });
});
