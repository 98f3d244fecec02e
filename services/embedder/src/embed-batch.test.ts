import { describe, expect, it } from 'vitest';
import type { DocumentExtracted } from '@sluice/contracts';
import { contentHash, nameForEmbedding } from '@sluice/embedding-cache';
import { hashedVector } from '@sluice/models';
import { embedBatch } from './embed-batch';
import { recordingEmbeddingModel } from '@sluice/testkit/model-doubles';
import { chunkText } from './text-chunks';
import { l2Normalise, meanPool } from './vector-pooling';

function extracted(id: string, text: string, fields: Record<string, string> = {}, tenant = 'acme'): DocumentExtracted {
  return {
    documentId: id,
    tenant,
    kind: 'invoice',
    text,
    language: 'en',
    receivedAt: 10,
    fields: Object.entries(fields).map(([name, value]) => ({ name, value, confidence: 0.9, span: null })),
    model: { provider: 'local', model: 'rules-ner', version: '1', promptId: null, promptHash: null },
    degraded: false,
    extractedAt: 11,
  };
}

const longText = Array.from({ length: 40 }, (_, i) => `Item ${i} is a box of screws at 10.00 EUR.`).join(' ');

describe('embedBatch', () => {
  it('embeds only entity names by default, one call for the batch, and carries the text for near-duplicate shingles', async () => {
    const { model, calls } = recordingEmbeddingModel();
    const docs = [extracted('a', longText, { vendorName: 'ACME GmbH' }), extracted('b', 'Hi.', {}), extracted('c', 'Hello.', { senderName: 'Ann Lee' })];
    const [a, b, c] = await embedBatch(docs, model);
    expect(calls.map((call) => call.texts)).toEqual([[nameForEmbedding('ACME GmbH'), nameForEmbedding('Ann Lee')]]);
    expect(a?.record.embeddings.map((e) => e.target)).toEqual(['vendorName']);
    expect(b?.record.embeddings).toEqual([]);
    expect(c?.record.embeddings.map((e) => e.target)).toEqual(['senderName']);
    expect([a, b, c].map((e) => e?.record.text)).toEqual([longText, 'Hi.', 'Hello.']);
    expect(a?.texts).toBe(1);
  });

  it('makes no model call for a batch with nothing to embed', async () => {
    const { model, calls } = recordingEmbeddingModel();
    const [a] = await embedBatch([extracted('a', 'no names here')], model);
    expect(calls).toHaveLength(0);
    expect(a?.record.embeddings).toEqual([]);
    expect(a?.result.usage.costUsd).toBe(0);
  });

  it('embeds the first chunk of each text with documentText head', async () => {
    const { model, calls } = recordingEmbeddingModel();
    const [a] = await embedBatch([extracted('a', longText)], model, { documentText: 'head', maxChunkChars: 200 });
    expect(calls[0]?.texts).toEqual([chunkText(longText, 200)[0]]);
    expect(a?.record.embeddings[0]).toMatchObject({ target: 'document', contentHash: contentHash(longText) });
  });

  it('with documentText full, sends every chunk and entity name of the batch in one call and pools chunks per document', async () => {
    const { model, calls } = recordingEmbeddingModel();
    const docs = [extracted('a', longText, { vendorName: 'ACME GmbH', invoiceNumber: 'INV-1' }), extracted('b', 'Hi, my address changed.', { senderName: 'Ann Lee' })];
    const [a, b] = await embedBatch(docs, model, { documentText: 'full', maxChunkChars: 200, now: () => 99 });
    const chunks = chunkText(longText, 200);
    expect(chunks.length).toBeGreaterThan(3);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.texts).toEqual([...chunks, nameForEmbedding('ACME GmbH'), 'Hi, my address changed.', nameForEmbedding('Ann Lee')]);
    expect(calls[0]?.options?.tenant).toBe('acme');

    expect(a?.record.embeddings.map((e) => e.target)).toEqual(['document', 'vendorName']);
    const documentEmbedding = a?.record.embeddings[0];
    expect(documentEmbedding?.contentHash).toBe(contentHash(longText));
    expect(documentEmbedding?.model).toBe('test/recording@1');
    const expected = l2Normalise(meanPool(chunks.map((chunk) => hashedVector(chunk, 16))));
    documentEmbedding?.vector.forEach((value, i) => expect(value).toBeCloseTo(expected[i] ?? NaN, 6));
    expect(Math.hypot(...(documentEmbedding?.vector ?? []))).toBeCloseTo(1, 6);
    expect(a?.record.embeddings[1]).toMatchObject({ contentHash: contentHash(nameForEmbedding('ACME GmbH')), vector: hashedVector(nameForEmbedding('ACME GmbH'), 16) });

    expect(b?.record.embeddings.map((e) => e.target)).toEqual(['document', 'senderName']);
    expect(a?.record).toMatchObject({ documentId: 'a', tenant: 'acme', kind: 'invoice', receivedAt: 10, embeddedAt: 99 });
    expect(a?.record.fields).toEqual(docs[0]?.fields);
  });

  it('shares the call cost by characters so per-document costs add up to the call', async () => {
    const { model } = recordingEmbeddingModel(16, { inputTokens: 100, costUsd: 0.01 });
    const embedded = await embedBatch([extracted('a', 'x'.repeat(300)), extracted('b', 'y'.repeat(100))], model, { documentText: 'full' });
    expect(embedded.map((e) => e.result.usage.costUsd)).toEqual([0.0075, 0.0025]);
    expect(embedded.map((e) => e.result.usage.inputTokens)).toEqual([75, 25]);
    expect(embedded.map((e) => e.result.usage.latencyMs)).toEqual([9, 9]);
  });

  it('makes one call per tenant in a mixed batch (redaction is a per-tenant policy) and keeps the order', async () => {
    const { model, calls } = recordingEmbeddingModel();
    const embedded = await embedBatch([extracted('a', 'one', {}, 't1'), extracted('b', 'two', {}, 't2'), extracted('c', 'three', {}, 't1')], model, { documentText: 'full' });
    expect(calls.map((call) => [call.options?.tenant, call.texts])).toEqual([
      ['t1', ['one', 'three']],
      ['t2', ['two']],
    ]);
    expect(embedded.map((e) => e.record.documentId)).toEqual(['a', 'b', 'c']);
  });

  it('refuses a model answer with the wrong number of vectors', async () => {
    const { model } = recordingEmbeddingModel();
    const short = { ...model, embed: async (texts: string[]) => ({ ...(await model.embed(texts)), value: [] }) };
    await expect(embedBatch([extracted('a', 'one')], short, { documentText: 'full' })).rejects.toMatchObject({ code: 'INVALID_MODEL_OUTPUT' });
  });
});
