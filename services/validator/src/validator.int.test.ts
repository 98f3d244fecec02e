import type { Kafka } from 'kafkajs';
import { describe, expect } from 'vitest';
import { ensureTopics, planTopics, type AuditEvent, type AvroSerde, type DocumentProcessed, type ReviewCompleted, type ReviewRequested } from '@sluice/contracts';
import { loadRuleBook } from '@sluice/rules';
import { runService } from '@sluice/stream';
import { kafkaPgTest as test, uniqueName } from '@sluice/testkit';
import { REVIEW_COMPLETED_TOPIC } from './apply-reviews';
import { PgDecisionStore } from './pg-decision-store';
import { ENRICHED_TOPIC, validatorService } from './validator-service';
import { cleanInvoiceFields as clean, enrichedInvoice as enriched } from './enriched-fixture';

async function publish<T extends { documentId: string }>(kafka: Kafka, serde: AvroSerde, topic: string, records: readonly T[]): Promise<void> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const messages = await Promise.all(records.map(async (record) => ({ key: record.documentId, value: await serde.encode(topic, record) })));
  await producer.send({ topic: `${serde.prefix}${topic}`, messages, acks: -1 });
  await producer.disconnect();
}

/** Every committed record of the three output topics, kept up to date while the test runs. */
async function watchOutputs(kafka: Kafka, serde: AvroSerde) {
  const seen = { processed: [] as DocumentProcessed[], requested: [] as ReviewRequested[], audit: [] as AuditEvent[] };
  const consumer = kafka.consumer({ groupId: uniqueName('reader'), readUncommitted: false, maxWaitTimeInMs: 100 });
  await consumer.connect();
  const topics = ['documents.processed.v1', 'reviews.requested.v1', 'audit.events.v1'];
  await consumer.subscribe({ topics: topics.map((topic) => `${serde.prefix}${topic}`), fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      if (message.value === null) return;
      const logical = topic.slice(serde.prefix.length);
      const { value } = await serde.decode<never>(logical, message.value);
      if (logical === 'documents.processed.v1') seen.processed.push(value);
      else if (logical === 'reviews.requested.v1') seen.requested.push(value);
      else seen.audit.push(value);
    },
  });
  const until = async (condition: () => boolean, what: string) => {
    // A generous bound that only turns a hang into a readable failure; nothing is timed.
    const deadline = Date.now() + 90_000;
    while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(condition(), `${what}; seen: ${JSON.stringify({ processed: seen.processed.map((r) => r.documentId), requested: seen.requested.map((r) => r.documentId), audit: seen.audit.map((e) => e.action) })}`).toBe(true);
  };
  return { seen, until, stop: () => consumer.disconnect() };
}

describe('validator on Kafka + PostgreSQL', () => {
  test('decides by policy, applies one review, and never emits a second final record', async ({ kafka, admin, serde, pool }) => {
    const tenant = uniqueName('tenant');
    await ensureTopics(admin, planTopics(serde.prefix));
    // Leaders elected before anyone fetches: a reader subscribing to a topic seconds old can stall.
    await admin.fetchTopicMetadata({ topics: planTopics(serde.prefix).map((plan) => plan.topic) });
    const service = validatorService({
      store: new PgDecisionStore(pool, serde.prefix),
      rules: loadRuleBook(),
      pingDatabase: async () => {
        await pool.query('SELECT 1');
      },
    });
    const options = { batching: { maxWaitMs: 50 } };
    const validator = await runService(service, { kafka, serde, options });
    const outputs = await watchOutputs(kafka, serde);
    const { seen, until } = outputs;
    const finalsOf = (id: string) => seen.processed.filter((record) => record.documentId === id);
    try {
      await publish(kafka, serde, ENRICHED_TOPIC, [
        enriched('clean', tenant, clean),
        enriched('broken', tenant, { ...clean, totalAmount: '150.00' }),
        enriched('stranger', tenant, { ...clean, vendorName: 'Falkenbrg Messtechnik' }, []),
      ]);
      await until(() => seen.processed.length >= 2 && seen.requested.length >= 1, 'two decisions and a review request');
      expect(finalsOf('clean').map((record) => record.decision)).toEqual(['ACCEPTED']);
      expect(finalsOf('broken').map((record) => record.decision)).toEqual(['REJECTED']);
      expect(seen.requested.map((request) => request.documentId)).toEqual(['stranger']);

      const completion: ReviewCompleted = {
        documentId: 'stranger',
        tenant,
        decision: 'ACCEPTED',
        reviewer: 'ana@example.com',
        rationale: 'new vendor, contract on file',
        corrections: [{ name: 'vendorName', value: 'Falkenberg Messtechnik GmbH', previousValue: null }],
        approvers: ['ana@example.com'],
        completedAt: 3,
      };
      await publish(kafka, serde, REVIEW_COMPLETED_TOPIC, [completion]);
      await until(() => finalsOf('stranger').length >= 1, 'the reviewed final record');
      const [human] = finalsOf('stranger');
      expect(human?.decidedBy).toEqual({ actor: 'HUMAN', reviewer: 'ana@example.com', rationale: 'new vendor, contract on file' });
      expect(human?.fields.find((field) => field.name === 'vendorName')?.value).toBe('Falkenberg Messtechnik GmbH');

      // A second completion and the enriched record published again: audited, nothing final.
      await publish(kafka, serde, REVIEW_COMPLETED_TOPIC, [{ ...completion, decision: 'REJECTED' as const, reviewer: 'bob@example.com' }]);
      await publish(kafka, serde, ENRICHED_TOPIC, [enriched('clean', tenant, clean)]);
      const actions = () => seen.audit.map((event) => event.action);
      await until(() => actions().includes('review-ignored') && actions().includes('duplicate-suppressed'), 'the suppressions to be audited');
      // Each suppression was committed in the same transaction as anything its record emitted.
      expect(finalsOf('stranger')).toHaveLength(1);
      expect(finalsOf('clean')).toHaveLength(1);
      expect(seen.processed).toHaveLength(3);
    } finally {
      await outputs.stop();
      await validator.stop();
    }
  });
});
