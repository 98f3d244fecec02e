import { describe, expect } from 'vitest';
import type { DocumentIngested } from '@sluice/contracts';
import { ensureTopics, physicalTopic, planTopics, valueSubject } from '@sluice/contracts';
import { integrationStack, kafkaTest as test, uniqueName } from '@sluice/testkit';
import { collectValues, sampleDocument } from './smoke-helpers';

const INGESTED = 'documents.ingested.v1';

describe('Kafka through the schema registry', () => {
  test('1,000 Avro records round-trip through a consumer group, field by field', async ({ kafka, admin, prefix, serde }) => {
    await ensureTopics(admin, planTopics(prefix, [INGESTED]));
    await serde.prepare([INGESTED]);
    const topic = physicalTopic(INGESTED, prefix);
    const sent = Array.from({ length: 1000 }, (_, i) => sampleDocument(i));

    const producer = kafka.producer({ idempotent: true });
    await producer.connect();
    await producer.send({
      topic,
      messages: await Promise.all(sent.map(async (doc) => ({ key: doc.id, value: await serde.encode(INGESTED, doc) }))),
    });
    await producer.disconnect();

    const received = await collectValues<DocumentIngested>(kafka, topic, serde, INGESTED, 1000, {
      groupId: uniqueName('smoke'),
    });
    const byId = new Map(received.map((entry) => [entry.key, entry.value]));
    expect(byId.size).toBe(1000);
    for (const doc of sent) expect(byId.get(doc.id)).toEqual(doc);

    // The subject follows TopicNameStrategy and holds the committed schema.
    const response = await fetch(`${integrationStack().schemaRegistryUrl}/subjects/${valueSubject(topic)}/versions/latest`);
    expect(response.status).toBe(200);
    const latest = (await response.json()) as { id: number; schema: string };
    expect(latest.id).toBe(serde.schemaId(INGESTED));
    expect(JSON.parse(latest.schema)).toMatchObject({ name: 'DocumentIngested' });
  });

  test('admin creates topics idempotently and describes them', async ({ admin, prefix }) => {
    const plans = planTopics(prefix, [INGESTED]);
    const created = await ensureTopics(admin, plans);
    expect(created.sort()).toEqual(plans.map((plan) => plan.topic).sort());
    expect(await ensureTopics(admin, plans)).toEqual([]);

    const topic = physicalTopic(INGESTED, prefix);
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(metadata.topics[0]?.partitions).toHaveLength(6);
    const configs = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: 2, name: topic, configNames: ['cleanup.policy', 'retention.ms'] }],
    });
    const entries = Object.fromEntries(
      configs.resources[0]!.configEntries.map((entry) => [entry.configName, entry.configValue]),
    );
    expect(entries['cleanup.policy']).toBe('delete');
    expect(Number(entries['retention.ms'])).toBe(14 * 24 * 3600 * 1000);
  });
});
