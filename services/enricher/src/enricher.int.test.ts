import type { Kafka } from 'kafkajs';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { ErpHttpClient, defaultErpHttpClientOptions } from '@sluice/connectors';
import { startErpSimulator, type RunningErpSimulator } from '@sluice/connectors/erp-simulator';
import { ensureTopics, planTopics, type AvroSerde, type DocumentEmbedded, type DocumentEnriched } from '@sluice/contracts';
import { cacheModelKey, contentHash, nameForEmbedding, ReferenceEntityIndex } from '@sluice/embedding-cache';
import { countingEmbeddingModel } from '@sluice/testkit/embedding-doubles';
import { createUseLiteEmbeddingModel } from '@sluice/models';
import { buildReferenceData, generateDocuments, type LabelledDocument } from '@sluice/samples';
import { loadInBackground } from '@sluice/model-service';
import { runService } from '@sluice/stream';
import { kafkaPgTest as test, uniqueName } from '@sluice/testkit';
import { PgCustomerKeyLookup } from './customer-key-lookup';
import { PgDuplicateDetector } from './duplicate-detector';
import { enricherService, EMBEDDED_TOPIC } from './enricher-service';
import { sampleErpRecords } from '@sluice/testkit/erp-fixtures';

const model = createUseLiteEmbeddingModel();
let erp: RunningErpSimulator;

beforeAll(async () => {
  erp = await startErpSimulator({ port: 0, records: sampleErpRecords({ blockedVendorIds: ['V-1002'] }) });
});
afterAll(async () => {
  await erp.close();
});

/** Records as the embedder makes them: the vendor name's vector (folded name) and the text. */
async function embedded(samples: readonly LabelledDocument[], tenant: string): Promise<DocumentEmbedded[]> {
  const names = samples.map((sample) => nameForEmbedding(sample.truth.fields.vendorName ?? ''));
  const { value: vectors } = await model.embed(names);
  return samples.map((sample, i) => ({
    documentId: sample.document.id,
    tenant,
    kind: sample.document.kind,
    receivedAt: sample.document.receivedAt,
    // Ground-truth fields stand in for a perfect extractor: this test is about enrichment.
    fields: Object.entries(sample.truth.fields).map(([name, value]) => ({ name, value, confidence: 0.95, span: null })),
    embeddings: [{ target: 'vendorName', model: cacheModelKey(model.ref), contentHash: contentHash(names[i]!), vector: vectors[i] ?? [] }],
    embeddedAt: sample.document.receivedAt,
    text: sample.document.text,
  }));
}

async function publish(kafka: Kafka, serde: AvroSerde, records: readonly DocumentEmbedded[]): Promise<void> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const messages = await Promise.all(records.map(async (record) => ({ key: record.documentId, value: await serde.encode(EMBEDDED_TOPIC, record) })));
  await producer.send({ topic: `${serde.prefix}${EMBEDDED_TOPIC}`, messages, acks: -1 });
  await producer.disconnect();
}

/** Reads committed enriched records until every id in `ids` has one. */
async function readEnriched(kafka: Kafka, serde: AvroSerde, ids: readonly string[], seen: Map<string, DocumentEnriched>): Promise<void> {
  const consumer = kafka.consumer({ groupId: uniqueName('reader'), readUncommitted: false });
  await consumer.connect();
  await consumer.subscribe({ topic: `${serde.prefix}documents.enriched.v1`, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        eachMessage: async ({ message }) => {
          if (message.value === null) return;
          const { value } = await serde.decode<DocumentEnriched>('documents.enriched.v1', message.value);
          seen.set(value.documentId, value);
          if (ids.every((id) => seen.has(id))) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
}

describe('enricher on Kafka + PostgreSQL', () => {
  test('matches name variants to the right vendor with the carried vectors, finds re-sent invoices, adds ERP facts and degrades in an outage', async ({ kafka, admin, serde, pool }) => {
    const tenant = uniqueName('tenant');
    const { vendors } = buildReferenceData();
    await new ReferenceEntityIndex({ db: pool, model }).upsertReferences(
      vendors.map((vendor) => ({ tenant, entityType: 'vendor', refId: vendor.id, name: vendor.canonicalName })),
    );
    const invoices = generateDocuments({ seed: 11, count: 80, split: 'dev', duplicateRate: 0 })
      .filter((sample) => sample.document.kind === 'invoice' && sample.truth.expected.vendorId !== undefined && sample.truth.fields.vendorName !== undefined)
      .slice(0, 16);
    const variants = invoices.filter((sample) => !vendors.some((vendor) => vendor.canonicalName === sample.truth.fields.vendorName));
    expect(variants.length).toBeGreaterThan(0); // the set exercises name variants, not only canonical names
    const original = invoices[0]!;
    const resent = { ...original, document: { ...original.document, id: `${original.document.id}-resent` } };
    // The same invoice again under a reminder: no longer the same text, still the same invoice.
    const other = invoices[1]!;
    // Its invoice number unread (no duplicate key): the text alone must tell.
    const { invoiceNumber: _unread, ...fieldsWithoutNumber } = other.truth.fields;
    const reminded = {
      truth: { ...other.truth, fields: fieldsWithoutNumber },
      document: { ...other.document, id: `${other.document.id}-reminder`, text: `PAYMENT REMINDER\nThe invoice below is overdue.\n\n${other.document.text}` },
    };
    const first = await embedded([...invoices, resent, reminded], tenant);

    await ensureTopics(admin, planTopics(serde.prefix));
    // Leaders elected before anyone fetches: a reader subscribing to a topic seconds old can stall.
    await admin.fetchTopicMetadata({ topics: planTopics(serde.prefix).map((plan) => plan.topic) });
    const erpClient = new ErpHttpClient({
      ...defaultErpHttpClientOptions,
      baseUrl: erp.url,
      timeoutMs: 1_000,
      retry: { ...defaultErpHttpClientOptions.retry, maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20 },
    });
    const matcherModel = countingEmbeddingModel(model);
    const service = enricherService({
      matcher: loadInBackground('embedding model', () =>
        Promise.resolve({ names: new ReferenceEntityIndex({ db: pool, model: matcherModel }), customerKeys: new PgCustomerKeyLookup(pool), candidates: 3, embeddingModel: cacheModelKey(model.ref) }),
      ),
      duplicates: new PgDuplicateDetector(pool, { scope: serde.prefix, minScore: 0.7 }),
      erp: erpClient,
      lookupMinScore: 0.8,
      erpPauseMs: 100,
      pingDatabase: async () => {
        await pool.query('SELECT 1');
      },
    });
    const running = await runService(service, { kafka, serde, options: { batching: { maxWaitMs: 50 } } });
    try {
      // The original first, then its copy: "earlier" is the order the enricher sees them in, and
      // records of different documents sit on different partitions, so the copy is published only
      // once the original has come out.
      const seen = new Map<string, DocumentEnriched>();
      await publish(kafka, serde, first.slice(0, -2));
      await readEnriched(kafka, serde, first.slice(0, -2).map((record) => record.documentId), seen);
      await publish(kafka, serde, first.slice(-2));
      await readEnriched(kafka, serde, first.map((record) => record.documentId), seen);
      // Every vendor name came with its vector: the matcher embedded none itself.
      expect(matcherModel.counts.texts).toBe(0);

      for (const sample of invoices) {
        const result = seen.get(sample.document.id);
        expect(result?.matches[0]?.refId, `${sample.truth.fields.vendorName}`).toBe(sample.truth.expected.vendorId);
        expect(result?.facts['erp.status']).toBe('ok');
        expect(result?.facts['erp.vendor.status']).toBe(sample.truth.expected.vendorId === 'V-1002' ? 'blocked' : 'active');
      }
      expect(seen.get(original.document.id)?.duplicateOf).toBeNull();
      expect(seen.get(resent.document.id)).toMatchObject({ duplicateOf: original.document.id, duplicateScore: 1 });
      expect(seen.get(reminded.document.id)?.duplicateOf).toBe(other.document.id);
      expect(seen.get(reminded.document.id)?.duplicateScore).toBeGreaterThan(0.9);
      // Distinct invoices (many of one layout) are not near-duplicates of each other.
      expect(invoices.filter((sample) => seen.get(sample.document.id)?.duplicateOf !== null)).toEqual([]);

      // Outage: the ERP answers 503 to everything; documents still come out, marked unavailable.
      erp.setFaults({ outage: true });
      const later = generateDocuments({ seed: 12, count: 40, split: 'dev', duplicateRate: 0 })
        .filter((sample) => sample.document.kind === 'invoice' && sample.truth.expected.vendorId !== undefined)
        .slice(0, 2);
      const degraded = await embedded(later, tenant);
      await publish(kafka, serde, degraded);
      await readEnriched(kafka, serde, degraded.map((record) => record.documentId), seen);
      for (const record of degraded) expect(seen.get(record.documentId)?.facts).toEqual({ 'erp.status': 'unavailable' });
    } finally {
      erp.setFaults({ outage: false });
      await running.stop();
    }
  });
});
