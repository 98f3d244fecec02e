import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import type { AuditEvent, DocumentEmbedded, DocumentExtracted } from '@sluice/contracts';
import { MemoryEmbeddingCacheStore } from '@sluice/testkit/embedding-doubles';
import { loadInBackground } from '@sluice/model-service';
import type { HandlerContext, InputRecord } from '@sluice/stream';
import { handlerContext, inputRecord } from '@sluice/testkit/handler-fixtures';
import { createEmbedderService, EMBEDDED_TOPIC, EXTRACTED_TOPIC } from './embedder-service';
import { recordingEmbeddingModel } from '@sluice/testkit/model-doubles';

let offset = 0;
function input(id: string, text: string, vendorName?: string): InputRecord<DocumentExtracted> {
  offset += 1;
  return inputRecord(
    EXTRACTED_TOPIC,
    id,
    {
      documentId: id,
      tenant: 'acme',
      kind: 'invoice',
      text,
      language: 'en',
      receivedAt: 1,
      fields: vendorName ? [{ name: 'vendorName', value: vendorName, confidence: 0.8, span: null }] : [],
      model: { provider: 'local', model: 'rules-ner', version: '1', promptId: null, promptHash: null },
      degraded: false,
      extractedAt: 2,
    },
    offset,
  );
}

function context(registry = new Registry()): HandlerContext {
  return handlerContext(EXTRACTED_TOPIC, { metrics: registry });
}

function setup(db = { query: () => Promise.resolve({}) }, documentText: 'none' | 'full' = 'full') {
  const recording = recordingEmbeddingModel();
  const service = createEmbedderService({
    db,
    documentText,
    cacheStore: new MemoryEmbeddingCacheStore(),
    model: loadInBackground('embedding model', () => Promise.resolve(recording.model)),
    now: () => 7,
  });
  return { service, calls: recording.calls };
}

const ofTopic = <T>(outputs: readonly { topic: string; value: unknown }[], topic: string) =>
  outputs.filter((o) => o.topic === topic).map((o) => o.value as T);

describe('embedder service', () => {
  it('embeds entity names only unless configured to embed texts', async () => {
    const { service, calls } = setup(undefined, 'none');
    const outputs = await service.handler([input('a', 'Some text.', 'ACME GmbH'), input('b', 'Other text.')], context());
    expect(calls.map((call) => call.texts)).toEqual([['acme gmbh']]);
    const embedded = ofTopic<DocumentEmbedded>(outputs, EMBEDDED_TOPIC);
    expect(embedded.map((r) => [r.documentId, r.embeddings.map((e) => e.target), r.text])).toEqual([
      ['a', ['vendorName'], 'Some text.'],
      ['b', [], 'Other text.'],
    ]);
  });

  it('embeds a batch in one model call with each distinct text once, and audits cache hits and misses', async () => {
    const { service, calls } = setup();
    const registry = new Registry();
    const outputs = await service.handler(
      [
        input('a', 'Same text.', 'ACME GmbH'),
        input('b', 'Same text.', 'ACME GmbH'),
        input('c', 'Other text.'),
      ],
      context(registry),
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]?.texts).toEqual(['Same text.', 'acme gmbh', 'Other text.']);

    const embedded = ofTopic<DocumentEmbedded>(outputs, EMBEDDED_TOPIC);
    expect(embedded.map((r) => [r.documentId, r.embeddings.map((e) => e.target)])).toEqual([
      ['a', ['document', 'vendorName']],
      ['b', ['document', 'vendorName']],
      ['c', ['document']],
    ]);
    expect(embedded[0]?.embeddings[0]?.vector).toEqual(embedded[1]?.embeddings[0]?.vector);
    const audits = ofTopic<AuditEvent>(outputs, 'audit.events.v1');
    expect(audits.map((a) => [a.documentId, a.action])).toEqual([
      ['a', 'embedded'],
      ['b', 'embedded'],
      ['c', 'embedded'],
    ]);
    expect(audits[0]).toMatchObject({
      service: 'embedder',
      model: { provider: 'test', model: 'recording', version: '1' },
      details: {
        targets: 'document,vendorName',
        texts: '2',
        batchDocuments: '3',
        batchCacheHits: '0',
        batchCacheMisses: '3',
      },
    });
    expect(await registry.metrics()).toContain(
      'sluice_embedding_cache_misses_total{model="test/recording@1"} 3',
    );

    // The same texts again: all hits, no model call, identical vectors.
    const again = await service.handler(
      [input('d', 'Other text.'), input('e', 'Same text.', 'ACME GmbH')],
      context(registry),
    );
    expect(calls).toHaveLength(1);
    expect(ofTopic<AuditEvent>(again, 'audit.events.v1')[0]?.details).toMatchObject({
      batchCacheHits: '3',
      batchCacheMisses: '0',
    });
    expect(ofTopic<DocumentEmbedded>(again, EMBEDDED_TOPIC)[1]?.embeddings).toEqual(embedded[0]?.embeddings);
    expect(await registry.metrics()).toContain('sluice_embedder_documents_total{kind="invoice"} 5');
  });

  it('is not ready while the database does not answer', async () => {
    const { service } = setup({ query: () => Promise.reject(new Error('refused')) });
    await expect(service.readiness?.database?.()).rejects.toThrow('refused');
    await expect(service.readiness?.model?.()).resolves.toBeUndefined();
  });
});
