import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { shadowPrefix } from '@sluice/config';
import { ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { integrationStack, kafkaTest as test, uniqueName } from '@sluice/testkit';
import { topicSize } from './shadow-test-io';

const PROCESSED = 'documents.processed.v1';

describe('shadow isolation', () => {
  test('a shadow process producing to a production topic stops with exit 1 and a clear error; the topic gains nothing', async ({ admin, prefix }) => {
    // "Production" is this test's prefix; the shadow is a real process under shadow.<name>.
    await ensureTopics(admin, planTopics(prefix, [PROCESSED]));
    const production = physicalTopic(PROCESSED, prefix);
    const name = uniqueName('rogue');
    // The shadow's own topics exist, as `sluice shadow up` makes them.
    await ensureTopics(admin, planTopics(shadowPrefix(name), ['documents.ingested.v1', 'documents.extracted.v1']));
    const stack = integrationStack();
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'rogue-service-main.ts')], {
      env: {
        ...process.env,
        KAFKA_BROKERS: stack.kafkaBrokers.join(','),
        SCHEMA_REGISTRY_URL: stack.schemaRegistryUrl,
        DATABASE_URL: stack.databaseUrl,
        SLUICE_TOPIC_PREFIX: shadowPrefix(name),
        HTTP_PORT: '0',
        ROGUE_TOPIC: production,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      expect(output).toContain(`producing to ${production}`);
      expect(code, output).toBe(1);
      // One fatal log line says what was refused and why.
      const fatal = output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { level: number; msg: string; err?: { code: string } })
        .filter((line) => line.level === 60);
      expect(fatal).toHaveLength(1);
      expect(fatal[0]!.msg).toContain(`refused to produce to topic "${production}"`);
      expect(fatal[0]!.msg).toContain(`prefix "${shadowPrefix(name)}"`);
      expect(fatal[0]!.msg).toMatch(/a shadow pipeline must never write to production topics/);
      expect(fatal[0]!.err?.code).toBe('CONFIG');
      expect(await topicSize(admin, production)).toBe(0);
    } finally {
      const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(shadowPrefix(name)));
      if (topics.length > 0) await admin.deleteTopics({ topics });
      const groups = (await admin.listGroups()).groups.map((group) => group.groupId).filter((group) => group.startsWith(shadowPrefix(name)));
      if (groups.length > 0) await admin.deleteGroups(groups).catch(() => undefined);
    }
  });
});
