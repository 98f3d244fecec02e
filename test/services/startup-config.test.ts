import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@sluice/local-stack';

/** Design note: a wrong value stops the process with one clear message naming the variable. */
describe('services refuse a wrong environment with one clear message', () => {
  it.each(['gateway', 'extractor', 'embedder', 'enricher', 'validator', 'auditor', 'review', 'drift-monitor'])('%s', (service) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'services', service, 'src', 'main.ts')], {
      cwd: repoRoot,
      env: { ...process.env, KAFKA_BROKERS: 'no-port', DATABASE_URL: 'mysql://somewhere/db', SLUICE_TOPIC_PREFIX: 'has space' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${service}: invalid configuration`);
    for (const variable of ['KAFKA_BROKERS', 'DATABASE_URL', 'SLUICE_TOPIC_PREFIX']) expect(result.stderr).toContain(variable);
    expect(result.stderr).not.toMatch(/^\s+at /m); // no stack trace
    // One structured fatal line (pino JSON) naming the process, not plain text.
    const fatal = result.stderr.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatchObject({ level: 60, service, code: 'CONFIG', msg: expect.stringContaining('KAFKA_BROKERS') as unknown });
  });
});
