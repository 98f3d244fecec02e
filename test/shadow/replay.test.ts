import { describe, expect } from 'vitest';
import { baselinePrefix, shadowPrefix } from '@sluice/config';
import { ensureTopics, physicalTopic, planTopics, type AvroSerde, type DocumentIngested } from '@sluice/contracts';
import { deleteShadow, getShadow, listShadows, parseReplaySelection, registerShadow, replayTopic, seedBaseline } from '@sluice/shadow';
import { prefixGuardedKafka } from '@sluice/stream';
import { integrationStack, kafkaPgTest as test, uniqueName } from '@sluice/testkit';
import type { Kafka } from 'kafkajs';
import { readTopic, runCli, topicSize } from './shadow-test-io';

const TOPIC = 'documents.ingested.v1';
// Record i carries timestamp BASE + i s, goes to partition i % 3, belongs to tenant a (even) or b (odd).
const BASE = Date.parse('2025-03-01T10:00:00Z');
const COUNT = 12;

function document(i: number, tenant: string): DocumentIngested {
  return { id: `doc-${i}`, tenant, kind: 'invoice', source: { platform: 'test', uri: null }, contentType: 'text/plain', text: `invoice ${i}`, receivedAt: BASE + i * 1000, attributes: {} };
}

/** The recorded "production" traffic: keys, values, a header and explicit timestamps and partitions. */
async function record(kafka: Kafka, serde: AvroSerde): Promise<void> {
  await serde.prepare([TOPIC]);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const messages = await Promise.all(
    Array.from({ length: COUNT }, async (_, i) => ({
      key: `doc-${i}`,
      value: await serde.encode(TOPIC, document(i, i % 2 === 0 ? 'a' : 'b')),
      headers: { 'sluice.test.n': String(i) },
      timestamp: String(BASE + i * 1000),
      partition: i % 3,
    })),
  );
  await producer.send({ topic: physicalTopic(TOPIC, serde.prefix), messages, acks: -1 });
  await producer.disconnect();
}

const n = (record: { headers: Record<string, unknown> }) => Number(String(record.headers['sluice.test.n']));

describe('sluice replay', () => {
  test('a time range copies exactly from <= timestamp < to, with keys, headers, timestamps and partitions kept', async ({ kafka, admin, prefix, serde, pool }) => {
    await ensureTopics(admin, planTopics(prefix, [TOPIC]));
    await record(kafka, serde);
    const name = uniqueName('replay');
    try {
      // Through the command, as a person runs it: production is the caller's SLUICE_TOPIC_PREFIX.
      const run = await runCli(
        ['replay', '--topic', TOPIC, '--from', new Date(BASE + 3000).toISOString(), '--to', new Date(BASE + 8000).toISOString(), '--shadow', name, '--json'],
        { SLUICE_TOPIC_PREFIX: prefix },
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ copied: 5, outsideTime: 0, targets: [physicalTopic(TOPIC, shadowPrefix(name))] });

      const copied = await readTopic(kafka, admin, physicalTopic(TOPIC, shadowPrefix(name)));
      // Boundary records: BASE + 3 s is in (from is included), BASE + 8 s is not (to is excluded).
      expect(copied.map(n).sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7]);
      const original = await readTopic(kafka, admin, physicalTopic(TOPIC, prefix));
      for (const copy of copied) {
        const source = original.find((candidate) => n(candidate) === n(copy))!;
        expect(copy.key?.toString()).toBe(source.key?.toString());
        expect(copy.value?.equals(source.value!)).toBe(true);
        expect(copy.timestamp).toBe(source.timestamp);
        expect(copy.partition).toBe(source.partition);
        expect(String(copy.headers['sluice.test.n'])).toBe(String(source.headers['sluice.test.n']));
      }
      expect((await getShadow(pool, name))?.replays).toHaveLength(1);
      // Production gained nothing.
      expect(await topicSize(admin, physicalTopic(TOPIC, prefix))).toBe(COUNT);
    } finally {
      await deleteShadow({ admin, pool, registryUrl: integrationStack().schemaRegistryUrl }, name);
    }
  });

  test('offsets per partition, a tenant filter, a baseline lane kept level, then list and delete', async ({ kafka, admin, prefix, serde, pool }) => {
    await ensureTopics(admin, planTopics(prefix, [TOPIC]));
    await record(kafka, serde);
    const name = uniqueName('replay');
    const registryUrl = integrationStack().schemaRegistryUrl;
    const guarded = prefixGuardedKafka(kafka, shadowPrefix(name));
    const replay = (from: string, to: string, targetPrefixes: string[], tenant?: string) =>
      replayTopic(guarded, admin, { topic: TOPIC, sourcePrefix: prefix, targetPrefixes, selection: parseReplaySelection(from, to), tenant, serde, groupId: `${shadowPrefix(name)}${uniqueName('r')}` });
    try {
      // Partition 0 holds records 0, 3, 6, 9 at offsets 0..3: offsets [1, 3) are records 3 and 6.
      const byOffsets = await replay('0:1', '0:3', [shadowPrefix(name)]);
      expect(byOffsets).toMatchObject({ copied: 2, byPartition: { 0: 2 } });
      // Everything of tenant a (the even records), into both lanes of a shadow with a baseline.
      await registerShadow(pool, name, { baseline: true });
      const tenantA = await replay(`@${BASE}`, `@${BASE + COUNT * 1000}`, [shadowPrefix(name), baselinePrefix(name)], 'a');
      expect(tenantA).toMatchObject({ scanned: COUNT, copied: 6, filteredOut: 6 });

      // The baseline missed the first replay: seeding copies the one document it lacks (doc-6 it has).
      const seeded = await seedBaseline(guarded, admin, name, `${shadowPrefix(name)}${uniqueName('seed')}`);
      expect(seeded.copied).toBe(1);
      const candidate = (await readTopic(kafka, admin, physicalTopic(TOPIC, shadowPrefix(name)))).map(n).sort((a, b) => a - b);
      const baseline = (await readTopic(kafka, admin, physicalTopic(TOPIC, baselinePrefix(name)))).map(n).sort((a, b) => a - b);
      expect(candidate).toEqual([0, 2, 3, 4, 6, 6, 8, 10]);
      expect(baseline).toEqual([...new Set(candidate)]);
      expect((await seedBaseline(guarded, admin, name, `${shadowPrefix(name)}${uniqueName('seed')}`)).copied).toBe(0);

      const [listed] = (await listShadows({ admin, pool, registryUrl })).filter((shadow) => shadow.name === name);
      expect(listed).toMatchObject({ name, baseline: true, lanes: ['baseline', 'candidate'], records: 15 });
      expect(listed!.ageMs).toBeGreaterThanOrEqual(0);
    } finally {
      const deleted = await deleteShadow({ admin, pool, registryUrl }, name);
      expect(deleted.topics).toEqual(expect.arrayContaining([physicalTopic(TOPIC, shadowPrefix(name)), physicalTopic(TOPIC, baselinePrefix(name))]));
      expect(deleted.registryRow).toBe(true);
    }
    expect((await listShadows({ admin, pool, registryUrl })).map((shadow) => shadow.name)).not.toContain(name);
    expect((await admin.listTopics()).filter((topic) => topic.startsWith(shadowPrefix(name)))).toEqual([]);
  });
});
