import pg from 'pg';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { ensureTopics, planTopics, type AuditEvent, type DocumentEmbedded, type DocumentExtracted } from '@sluice/contracts';
import { cacheModelKey, contentHash, nameForEmbedding, PgEmbeddingCacheStore } from '@sluice/embedding-cache';
import { createUseLiteEmbeddingModel, USE_LITE_DIMENSIONS } from '@sluice/models';
import { loadInBackground } from '@sluice/model-service';
import { AUDIT_TOPIC } from '@sluice/audit-events';
import { generateDocuments } from '@sluice/samples';
import { integrationStack, kafkaTest as test, publish, readUntil, runQuietly, uniqueName } from '@sluice/testkit';
import { embeddedNameFields } from './embed-batch';
import { createEmbedderService, EMBEDDED_TOPIC, EXTRACTED_TOPIC } from './embedder-service';
import { chunkText } from './text-chunks';

describe('embedder (Kafka, registry, PostgreSQL + pgvector, USE-lite)', () => {
  let pool: pg.Pool;
  const run = uniqueName('embedder');
  const sentTexts: string[] = [];
  beforeAll(() => {
    pool = new pg.Pool({ connectionString: integrationStack().databaseUrl, max: 2 });
  });
  afterAll(async () => {
    await pool.query(`DELETE FROM embedding_cache WHERE content_hash IN (SELECT decode(h, 'hex') FROM unnest($1::text[]) AS h)`, [sentTexts.map(contentHash)]);
    await pool.end();
  });

  test('with document texts on (full), embeds text and entity names of sample documents into 512-d vectors, audited with cache outcomes', async ({ kafka, admin, serde }) => {
    const samples = generateDocuments({ seed: 21, count: 6, split: 'dev', errorRate: 0, duplicateRate: 0, mix: { invoice: 0.5, email: 0.5, ticket: 0 } });
    // The run id in every text keeps this test's cache entries its own (misses on first sight).
    const documents: DocumentExtracted[] = samples.map(({ document, truth }) => ({
      documentId: `${run}-${document.id}`,
      tenant: document.tenant,
      kind: document.kind,
      text: `${run}\n${document.text}`,
      language: truth.language,
      receivedAt: document.receivedAt,
      fields: Object.entries(truth.fields).map(([name, value]) => ({ name, value, confidence: 0.9, span: null })),
      model: { provider: 'local', model: 'truth', version: '1', promptId: null, promptHash: null },
      degraded: false,
      extractedAt: document.receivedAt + 1,
    }));
    for (const document of documents) {
      sentTexts.push(...chunkText(document.text));
      for (const name of embeddedNameFields) {
        const value = document.fields.find((field) => field.name === name)?.value;
        if (value) sentTexts.push(nameForEmbedding(value));
      }
    }
    await ensureTopics(admin, planTopics(serde.prefix, [EXTRACTED_TOPIC, EMBEDDED_TOPIC, AUDIT_TOPIC]));
    await serde.prepare([EXTRACTED_TOPIC]);
    await publish(kafka, serde, EXTRACTED_TOPIC, documents.map((value) => ({ key: value.documentId, value })));

    const model = loadInBackground('embedding model', () => Promise.resolve(createUseLiteEmbeddingModel()));
    const service = await runQuietly(createEmbedderService({ db: pool, cacheStore: new PgEmbeddingCacheStore(pool), model, documentText: 'full' }), kafka, serde);
    let audits: { value: AuditEvent }[];
    try {
      audits = await readUntil<AuditEvent>(kafka, serde, AUDIT_TOPIC, uniqueName('audit'), (records) => records.length >= documents.length);
      expect(await service.isReady()).toBe(true);
    } finally {
      await service.stop();
    }
    const embedded = await readUntil<DocumentEmbedded>(kafka, serde, EMBEDDED_TOPIC, uniqueName('embedded'), (records) => records.length >= documents.length);

    expect(embedded.map((r) => r.key).sort()).toEqual(documents.map((d) => d.documentId).sort());
    const modelKey = cacheModelKey((await model.get()).ref);
    for (const { value: record } of embedded) {
      const source = documents.find((d) => d.documentId === record.documentId);
      expect(record.fields).toEqual(source?.fields);
      expect(record.text).toBe(source?.text);
      const targets = record.embeddings.map((e) => e.target);
      expect(targets[0]).toBe('document');
      expect(targets).toContain(record.kind === 'invoice' ? 'vendorName' : 'senderName');
      for (const embedding of record.embeddings) {
        expect(embedding.vector).toHaveLength(USE_LITE_DIMENSIONS);
        expect(embedding.model).toBe(modelKey);
      }
      const documentVector = record.embeddings[0]?.vector ?? [];
      expect(Math.hypot(...documentVector)).toBeCloseTo(1, 3);
      expect(record.embeddings[0]?.contentHash).toBe(contentHash(source?.text ?? ''));
    }

    expect(audits.map((a) => `${a.value.documentId}:${a.value.action}`).sort()).toEqual(documents.map((d) => `${d.documentId}:embedded`).sort());
    const misses = new Set(audits.map((a) => a.value.details.batchCacheMisses));
    expect([...misses].every((count) => Number(count) > 0)).toBe(true);
    expect(audits[0]?.value.model).toMatchObject({ provider: 'local', model: 'use-lite-512' });

    // What was embedded is now cached under the model's key.
    const cached = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM embedding_cache WHERE model = $1 AND content_hash IN (SELECT decode(h, 'hex') FROM unnest($2::text[]) AS h)`,
      [modelKey, sentTexts.map(contentHash)],
    );
    expect(cached.rows[0]?.n).toBe(new Set(sentTexts).size);
  });
});
