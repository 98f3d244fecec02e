import pino from 'pino';
import { z } from 'zod';
import { expect } from 'vitest';
import { loadConfig } from '@sluice/config';
import { ensureTopics, planTopics } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { modelProfileEnv } from '@sluice/models';
import { defineService, streamServiceEnv } from '@sluice/stream';
import { integrationStack, kafkaTest as test, uniqueName } from '@sluice/testkit';
import { startModelService } from './start-model-service';

test('a model that fails to load stops the service and exits 1 after one fatal line; no batch is retried against it', async ({ admin, prefix }) => {
  await ensureTopics(admin, planTopics(prefix));
  const stack = integrationStack();
  const config = loadConfig(z.object({ ...streamServiceEnv(0), ...modelProfileEnv() }), {
    KAFKA_BROKERS: stack.kafkaBrokers.join(','),
    SCHEMA_REGISTRY_URL: stack.schemaRegistryUrl,
    SLUICE_TOPIC_PREFIX: prefix,
    HTTP_PORT: '0',
  });
  const lines: { level: number; msg: string; what?: string }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as (typeof lines)[number]) });
  let fail: () => void = () => undefined;
  let loads = 0;
  let exited: (code: number) => void = () => undefined;
  const exitCode = new Promise<number>((resolve) => (exited = resolve));
  const running = await startModelService({
    config,
    logger,
    what: 'test model',
    load: () => {
      loads += 1;
      return new Promise<never>((_, reject) => (fail = () => reject(new SluiceError('CONFIG', 'weights missing'))));
    },
    service: (model) =>
      defineService({
        name: uniqueName('model-test'),
        input: 'documents.ingested.v1',
        outputs: [],
        handler: async () => {
          await model.get();
          return [];
        },
        readiness: { model: () => model.ready() },
      }),
    exit: (code) => exited(code),
  });
  expect(await running.isReady()).toBe(false);
  fail();
  expect(await exitCode).toBe(1);
  const fatal = lines.filter((line) => line.level === 60);
  expect(fatal).toHaveLength(1);
  expect(fatal[0]).toMatchObject({ what: 'test model', msg: expect.stringContaining('test model failed to load') as unknown });
  // Stopped before the exit: the runtime's last line.
  expect(lines.findIndex((line) => line.msg === 'stopped')).toBeGreaterThan(lines.indexOf(fatal[0]!));
  expect(loads).toBe(1);
});
