import { describe, expect } from 'vitest';
import { withoutModelCall } from '@sluice/audit-events';
import { ensureTopics, physicalTopic, planTopics, type AuditEvent, type DocumentExtracted, type DocumentIngested } from '@sluice/contracts';
import { kafkaTest as test, uniqueName } from '@sluice/testkit';
import { defineService, readConsumerLag, type OutputRecord } from '@sluice/stream';
import { EXTRACTED, INGESTED, extracted } from './fixtures/extract-service';
import { runInProcess } from './in-process';
import { committedTotal, document, exactlyOnceReport, produceDocuments, readCommitted, until } from './stream-helpers';

const AUDIT = 'audit.events.v1';

describe('a service with two input topics', () => {
  test('processes records of both topics, one output per input, offsets committed on both', async ({ kafka, admin, prefix, serde }) => {
    await ensureTopics(admin, planTopics(prefix, [INGESTED, EXTRACTED, AUDIT]));
    await serde.prepare([INGESTED, EXTRACTED, AUDIT]);
    await produceDocuments(kafka, serde, 0, 30);
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const extractedIds = Array.from({ length: 20 }, (_, i) => i);
    await producer.send({ topic: physicalTopic(EXTRACTED, prefix), messages: await Promise.all(extractedIds.map(async (i) => ({ key: `doc-${i}`, value: await serde.encode(EXTRACTED, extracted(document(i))) }))) });
    await producer.disconnect();

    const batchTopics: string[] = [];
    const service = defineService<DocumentIngested | DocumentExtracted, AuditEvent>({
      name: 'test-two-inputs',
      input: [INGESTED, EXTRACTED],
      outputs: [AUDIT],
      handler: (records, context) => {
        // One topic-partition per handler call, and the context names it.
        batchTopics.push(records.every((r) => r.topic === context.topic && r.partition === context.partition) ? context.topic : 'mixed');
        return Promise.resolve(records.map((r): OutputRecord<AuditEvent> => {
          const documentId = 'id' in r.value ? r.value.id : r.value.documentId; // the record's topic decided its schema
          return { topic: AUDIT, key: documentId, value: auditEvent(`${r.topic}/${documentId}`, documentId) };
        }));
      },
    });
    const running = await runInProcess(service, kafka, serde);
    const inputs = [physicalTopic(INGESTED, prefix), physicalTopic(EXTRACTED, prefix)];
    try {
      await until(async () => (await committedTotal(admin, running.groupId, inputs[0]!)) === 30 && (await committedTotal(admin, running.groupId, inputs[1]!)) === 20, 60_000, 'both inputs committed');
      for (const topic of inputs) expect((await readConsumerLag(admin, running.groupId, topic)).every((p) => p.lag === 0)).toBe(true);
    } finally {
      await running.stop();
    }
    expect(new Set(batchTopics)).toEqual(new Set([INGESTED, EXTRACTED]));

    const outputs = await readCommitted(kafka, admin, physicalTopic(AUDIT, prefix), uniqueName('reader'));
    const eventIds = await Promise.all(outputs.map(async (r) => ({ key: (await serde.decode<AuditEvent>(AUDIT, r.value)).value.eventId })));
    const expected = [...Array.from({ length: 30 }, (_, i) => `${INGESTED}/doc-${i}`), ...extractedIds.map((i) => `${EXTRACTED}/doc-${i}`)];
    expect(exactlyOnceReport(eventIds, expected)).toEqual({ duplicates: [], missing: [], unexpected: [] });
  });
});

function auditEvent(eventId: string, documentId: string): AuditEvent {
  return {
    eventId,
    documentId,
    tenant: 'acme',
    service: 'test-two-inputs',
    action: 'seen',
    occurredAt: 1_700_000_000_000,
    ...withoutModelCall(),
    reviewer: null,
    rationale: null,
    details: {},
  };
}
