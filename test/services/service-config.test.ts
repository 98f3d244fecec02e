import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { loadConfig } from '@sluice/config';
import { repoRoot } from '@sluice/local-stack';
import { auditorEnvSchema } from '@sluice/auditor';
import { embedderEnvSchema } from '@sluice/embedder';
import { enricherEnvSchema } from '@sluice/enricher';
import { extractorEnvSchema } from '@sluice/extractor';
import { gatewayEnvSchema } from '@sluice/gateway';
import { reviewEnvSchema } from '@sluice/review';
import { validatorEnvSchema } from '@sluice/validator';
import { driftEnvSchema } from '../../services/drift-monitor/src/drift-config';

/** Each process's one schema (issue 16): composed of the shared pieces, its own defaults inside. */
const schemas: Record<string, z.ZodObject> = {
  gateway: gatewayEnvSchema,
  extractor: extractorEnvSchema,
  embedder: embedderEnvSchema,
  enricher: enricherEnvSchema,
  validator: validatorEnvSchema,
  auditor: auditorEnvSchema,
  review: reviewEnvSchema,
  'drift-monitor': driftEnvSchema,
};

const manifestPort = (service: string): number =>
  (JSON.parse(readFileSync(join(repoRoot, 'services', service, 'package.json'), 'utf8')) as { sluice: { httpPort: number } }).sluice.httpPort;

const problems = (schema: z.ZodObject, env: Record<string, string>): string => {
  try {
    loadConfig(schema, env);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
};

describe('one configuration schema per process', () => {
  it.each(Object.keys(schemas))('%s: its own HTTP port by default (the one its package.json names), a validated LOG_LEVEL, a configurable pool', (service) => {
    const schema = schemas[service]!;
    const config = loadConfig(schema, {}) as { HTTP_PORT: number; LOG_LEVEL: string; DATABASE_POOL_MAX: number };
    expect(config.HTTP_PORT).toBe(manifestPort(service));
    expect(config.LOG_LEVEL).toBe('info');
    expect((loadConfig(schema, { HTTP_PORT: '0', DATABASE_POOL_MAX: '7' }) as typeof config).DATABASE_POOL_MAX).toBe(7);
    const message = problems(schema, { LOG_LEVEL: 'loud', DATABASE_POOL_MAX: 'many' });
    expect(message).toContain('LOG_LEVEL');
    expect(message).toContain('DATABASE_POOL_MAX');
  });

  it('no two processes default to the same port', () => {
    const ports = Object.values(schemas).map((schema) => (loadConfig(schema, {}) as { HTTP_PORT: number }).HTTP_PORT);
    expect(new Set(ports).size).toBe(ports.length);
  });

  it.each(['extractor', 'embedder', 'enricher'])('%s: MODEL_PROFILE must name a profile file, checked with the other variables', (service) => {
    const schema = schemas[service]!;
    expect((loadConfig(schema, { MODEL_PROFILE: 'local' }) as { MODEL_PROFILE: string }).MODEL_PROFILE).toBe('local');
    const message = problems(schema, { MODEL_PROFILE: 'no-such-profile', KAFKA_BROKERS: 'no-port' });
    expect(message).toMatch(/MODEL_PROFILE: no such profile/);
    expect(message).toContain('KAFKA_BROKERS');
  });

  it('stream services take the runtime bounds in the same schema', () => {
    expect(problems(validatorEnvSchema, { BATCH_MAX_RECORDS: 'lots', RULES_DIR: '' })).toMatch(/BATCH_MAX_RECORDS[\s\S]*RULES_DIR|RULES_DIR[\s\S]*BATCH_MAX_RECORDS/);
  });
});
