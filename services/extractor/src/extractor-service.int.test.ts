import pg from 'pg';
import { Registry } from 'prom-client';
import { describe, expect } from 'vitest';
import type { AuditEvent, DocumentExtracted, DocumentIngested } from '@sluice/contracts';
import { loadInBackground } from '@sluice/model-service';
import type { HandlerContext, InputRecord } from '@sluice/stream';
import { pgTest as it, uniqueName } from '@sluice/testkit';
import { handlerContext, inputRecord } from '@sluice/testkit/handler-fixtures';
import { fakeExtractionChain, fixedLanguage } from '@sluice/testkit/model-doubles';
import { createExtractorService, EXTRACTED_TOPIC, INGESTED_TOPIC } from './extractor-service';

let offset = 0;
function input(id: string, kind = 'invoice', text = `Invoice ${id}`): InputRecord<DocumentIngested> {
  offset += 1;
  const value = {
    id,
    tenant: 'acme',
    kind,
    source: { platform: 'test', uri: null },
    contentType: 'text/plain',
    text,
    receivedAt: 1,
    attributes: {},
  };
  return inputRecord(INGESTED_TOPIC, id, value, offset);
}

function context(registry = new Registry()): HandlerContext {
  return handlerContext(INGESTED_TOPIC, { metrics: registry });
}

/** Invoices: the second word as invoice number; emails: an intent; a text containing "junk": a misfit. */
function answer(text: string) {
  if (text.includes('junk')) return [{ name: 'totalAmount', value: 'twelve', confidence: 0.9 }];
  if (text.startsWith('Mail')) return [{ name: 'intent', value: 'complaint', confidence: 0.8 }];
  return [{ name: 'invoiceNumber', value: text.split(' ')[1] ?? 'x', confidence: 0.9 }];
}

/** A pool whose server refuses connections: the database is down. */
function unreachableDatabase(): pg.Pool {
  return new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/unreachable', connectionTimeoutMillis: 2000 });
}

/** The service on the real claims table, in a claim scope of its own. */
function setup(db: pg.Pool) {
  const chain = fakeExtractionChain(answer, { costUsd: 0.002, redactions: { EMAIL: 1 } });
  const models = loadInBackground('models', () =>
    Promise.resolve({ extraction: chain.model, language: fixedLanguage('en') }),
  );
  const service = createExtractorService({ db, models, claimScope: uniqueName('extractor-test'), now: () => 5 });
  return { db, chain, service };
}

const ofTopic = <T>(outputs: readonly { topic: string; value: unknown }[], topic: string) =>
  outputs.filter((o) => o.topic === topic).map((o) => o.value as T);

describe('extractor service', () => {
  it('emits an extracted record and an extracted audit event with model, cost and redactions per document', async ({ pool }) => {
    const { service } = setup(pool);
    const records = [input('a'), input('b', 'email', 'Mail from b'), input('c', 'Memo', 'a note')];
    const outputs = await service.handler(records, context());
    const extracted = ofTopic<DocumentExtracted>(outputs, EXTRACTED_TOPIC);
    expect(extracted.map((r) => [r.documentId, r.kind, r.fields.map((f) => `${f.name}=${f.value}`)])).toEqual(
      [
        ['a', 'invoice', ['invoiceNumber=a']],
        ['b', 'email', ['intent=complaint']],
        ['c', 'other', []],
      ],
    );
    expect(outputs.filter((o) => o.topic === EXTRACTED_TOPIC).map((o) => o.source)).toEqual(records);
    const audits = ofTopic<AuditEvent>(outputs, 'audit.events.v1');
    expect(audits.map((a) => [a.documentId, a.action])).toEqual([
      ['a', 'extracted'],
      ['b', 'extracted'],
      ['c', 'extracted'],
    ]);
    expect(audits[0]).toMatchObject({
      service: 'extractor',
      model: { provider: 'test', model: 'fake-extractor', promptHash: 'abc123' },
      costUsd: 0.002,
      inputTokens: 100,
      outputTokens: 20,
      latencyMs: 7,
      redactions: { EMAIL: 1 },
      details: { kind: 'invoice', language: 'en', fields: '1' },
    });
    expect(audits[2]).toMatchObject({ costUsd: 0, model: { model: 'language-stopwords' } });
  });

  it('ignores a re-published id (later record, same or later batch) with a duplicate-ignored audit event, and processes a retried record again', async ({ pool }) => {
    const { service, chain } = setup(pool);
    const first = input('a');
    const firstOutputs = await service.handler([first, input('a')], context());
    expect(ofTopic<DocumentExtracted>(firstOutputs, EXTRACTED_TOPIC).map((r) => r.documentId)).toEqual(['a']);
    expect(ofTopic<AuditEvent>(firstOutputs, 'audit.events.v1').map((a) => a.action)).toEqual([
      'extracted',
      'duplicate-ignored',
    ]);

    const later = await service.handler([input('a'), input('b')], context());
    expect(ofTopic<DocumentExtracted>(later, EXTRACTED_TOPIC).map((r) => r.documentId)).toEqual(['b']);
    expect(ofTopic<AuditEvent>(later, 'audit.events.v1').map((a) => [a.documentId, a.action])).toEqual([
      ['a', 'duplicate-ignored'],
      ['b', 'extracted'],
    ]);

    // The same record delivered again (its transaction aborted): it still owns its id.
    const retried = await service.handler([first], context());
    expect(ofTopic<DocumentExtracted>(retried, EXTRACTED_TOPIC).map((r) => r.documentId)).toEqual(['a']);
    expect(chain.calls).toEqual(['a', 'b', 'a']);
  });

  it('refuses a different document under a claimed id as INVALID_INPUT naming both hashes, before any model call', async ({ pool }) => {
    const { service, chain } = setup(pool);
    const first = input('a', 'invoice', 'Invoice a');
    await service.handler([first], context());
    // The same content again at a later offset, receivedAt and source aside: a replay, ignored.
    const copy = input('a', 'invoice', 'Invoice a');
    const replay = await service.handler([{ ...copy, value: { ...copy.value, receivedAt: 99, source: { platform: 'again', uri: null } } }], context());
    expect(ofTopic<AuditEvent>(replay, 'audit.events.v1').map((a) => a.action)).toEqual(['duplicate-ignored']);
    // Another text under the id, alone or behind a good record: the batch fails, the runtime bisects and dead-letters it.
    await expect(service.handler([input('c'), input('a', 'invoice', 'Invoice other')], context())).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      retryable: false,
      message: expect.stringMatching(new RegExp(`^document id "a" is reused for different content: the id was claimed by record ${INGESTED_TOPIC}/0/${first.offset} \\(content sha256 [0-9a-f]{12}…\\)`)),
    });
    expect(chain.calls).toEqual(['a']);
  });

  it('fails a batch with a misfit model answer as non-retryable INVALID_MODEL_OUTPUT naming the document', async ({ pool }) => {
    const { service } = setup(pool);
    await expect(
      service.handler([input('ok'), input('bad', 'invoice', 'Invoice junk')], context()),
    ).rejects.toMatchObject({
      code: 'INVALID_MODEL_OUTPUT',
      retryable: false,
      message: expect.stringMatching(/^document bad: .*totalAmount: "twelve" is not a normalised amount/),
    });
  });

  it('fails retryably while the database is down, before any model call', async () => {
    const down = unreachableDatabase();
    try {
      const { service, chain } = setup(down);
      await expect(service.handler([input('a')], context())).rejects.toThrow(/ECONNREFUSED/);
      expect(chain.calls).toEqual([]);
    } finally {
      await down.end();
    }
  });

  it('is not ready until the models are loaded and the database answers', async ({ pool }) => {
    let loaded: (value: never) => void = () => undefined;
    const models = loadInBackground('models', () => new Promise<never>((resolve) => (loaded = resolve)));
    const service = createExtractorService({ db: pool, models, claimScope: uniqueName('s') });
    await expect(service.readiness?.model?.()).rejects.toThrow('still loading');
    loaded({ extraction: fakeExtractionChain(() => []).model, language: fixedLanguage('en') } as never);
    await models.get();
    await expect(service.readiness?.model?.()).resolves.toBeUndefined();
    await expect(service.readiness?.database?.()).resolves.toBeUndefined();
    const down = unreachableDatabase();
    try {
      const offline = createExtractorService({ db: down, models, claimScope: uniqueName('s') });
      await expect(offline.readiness?.database?.()).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      await down.end();
    }
  });

  it('counts documents by kind and action on the runtime registry', async ({ pool }) => {
    const { service } = setup(pool);
    const registry = new Registry();
    await service.handler([input('a'), input('a')], context(registry));
    const text = await registry.metrics();
    expect(text).toContain('sluice_extractor_documents_total{kind="invoice",action="extracted"} 1');
    expect(text).toContain('sluice_extractor_documents_total{kind="invoice",action="duplicate-ignored"} 1');
  });
});
