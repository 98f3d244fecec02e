import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect } from 'vitest';
import type { Kafka } from 'kafkajs';
import { AuditLog } from '@sluice/audit';
import { fileBlobStore } from '@sluice/blob-store';
import type pg from 'pg';
import type { AvroSerde, DocumentIngested } from '@sluice/contracts';
import { integrationStack, kafkaPgTest as test, readUntil, uniqueName } from '@sluice/testkit';
import { ApiKeyStore } from './api-key-store';
import { loadGatewayConfig } from './gateway-config';
import { startGateway, type RunningGateway } from './start-gateway';

interface Fixtures {
  kafka: Kafka;
  serde: AvroSerde;
  pool: pg.Pool;
  prefix: string;
}

function documentFor(tenant: string, id = uniqueName('doc')): Record<string, unknown> {
  return { id, tenant, kind: 'invoice', source: { platform: 'test' }, text: `Invoice ${id}\nTotal 12.50 EUR` };
}

async function withGateway(
  { kafka, serde, pool, prefix }: Fixtures,
  env: Record<string, string>,
  body: (gateway: RunningGateway) => Promise<void>,
): Promise<void> {
  const stack = integrationStack();
  const config = loadGatewayConfig({
    KAFKA_BROKERS: stack.kafkaBrokers.join(','),
    SCHEMA_REGISTRY_URL: stack.schemaRegistryUrl,
    DATABASE_URL: stack.databaseUrl,
    SLUICE_TOPIC_PREFIX: prefix,
    HTTP_PORT: '0',
    HTTP_HOST: '127.0.0.1',
    GATEWAY_LAG_SAMPLE_INTERVAL_MS: '100',
    ...env,
  });
  const gateway = await startGateway({ config, kafka, serde, pool, logger: pino({ level: process.env.SERVICE_TEST_VERBOSE ? 'info' : 'silent' }) });
  try {
    await body(gateway);
  } finally {
    await gateway.close();
  }
}

function post(gateway: RunningGateway, key: string | null, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${gateway.url}/v1/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

interface ErrorBody {
  error: { status: number; code: string; message: string; problems?: { field: string; message: string }[] };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('gateway', () => {
  test('a key of one tenant can neither publish nor read for another', async ({ kafka, serde, pool, prefix }) => {
    const keys = new ApiKeyStore(pool);
    const [tenantA, tenantB] = [uniqueName('ta'), uniqueName('tb')];
    const a = await keys.create({ tenant: tenantA, name: 'a', scopes: ['publish', 'read'] });
    const b = await keys.create({ tenant: tenantB, name: 'b', scopes: ['publish', 'read'] });
    const publishOnly = await keys.create({ tenant: tenantA, name: 'a-publish', scopes: ['publish'] });
    await withGateway({ kafka, serde, pool, prefix }, {}, async (gateway) => {
      const own = documentFor(tenantA);
      const accepted = await post(gateway, a.key, own);
      expect(accepted.status).toBe(202);
      expect(await accepted.json()).toEqual({ accepted: 1, ids: [own.id] });

      const forB = await post(gateway, a.key, documentFor(tenantB));
      expect(forB.status).toBe(403);
      expect(((await forB.json()) as ErrorBody).error.problems).toEqual([{ field: 'tenant', message: `this key publishes for tenant ${tenantA} only` }]);

      const batchWithB = await post(gateway, a.key, { documents: [documentFor(tenantA), documentFor(tenantB)] });
      expect(batchWithB.status).toBe(403);
      expect(((await batchWithB.json()) as ErrorBody).error.problems?.[0]?.field).toBe('documents[1].tenant');

      // B reusing A's id for its own tenant: the id is A's.
      const hijack = await post(gateway, b.key, { ...own, tenant: tenantB });
      expect(hijack.status).toBe(409);
      expect(((await hijack.json()) as ErrorBody).error.problems?.[0]?.field).toBe('id');

      const read = (key: string, id: string) => fetch(`${gateway.url}/v1/documents/${id}`, { headers: { 'x-api-key': key } });
      const mine = await read(a.key, String(own.id));
      expect(mine.status).toBe(200);
      expect(await mine.json()).toMatchObject({ id: own.id, tenant: tenantA, status: 'accepted', stage: 'extractor' });
      expect((await read(b.key, String(own.id))).status).toBe(403);
      expect((await read(publishOnly.key, String(own.id))).status).toBe(403);
      expect((await read(a.key, 'no-such-document')).status).toBe(404);

      // As the auditor records the document's topics, its state follows the pipeline.
      const audit = new AuditLog(pool, prefix);
      const recorded = (topic: string, entry: Record<string, unknown> = {}) =>
        audit.append([{ eventId: `${prefix}${topic}/0/${String(own.id)}`, tenant: tenantA, documentId: String(own.id), service: 'kafka', action: `recorded ${topic}`, occurredAt: Date.now(), entry }]);
      const state = async () => ((await (await read(a.key, String(own.id))).json()) as { status: string; stage: string | null; decision: string | null });
      await recorded('documents.ingested.v1');
      await recorded('documents.extracted.v1');
      expect(await state()).toMatchObject({ status: 'in-flight', stage: 'embedder' });
      await recorded('reviews.requested.v1');
      expect(await state()).toMatchObject({ status: 'waiting-for-review', stage: null });
      await recorded('documents.processed.v1', { decision: 'REJECTED', decidedBy: { actor: 'HUMAN', reviewer: 'ana', rationale: 'wrong vendor' } });
      expect(await state()).toMatchObject({ status: 'decided', decision: 'REJECTED', decidedBy: { actor: 'HUMAN', reviewer: 'ana' } });
      expect((await read(b.key, String(own.id))).status).toBe(403);

      expect(await keys.revoke(a.keyId)).toBe(true);
      const revoked = await post(gateway, a.key, documentFor(tenantA));
      expect(revoked.status).toBe(401);
      expect(((await revoked.json()) as ErrorBody).error.code).toBe('invalid-api-key');

      // Only the accepted document reached the topic, from tenant A.
      const onTopic = await readUntil<DocumentIngested>(kafka, serde, 'documents.ingested.v1', uniqueName('g'), (records) => records.length >= 1);
      expect(onTopic.map((record) => [record.key, record.value.tenant])).toEqual([[own.id, tenantA]]);
    });
  });

  test('raw documents (a PDF, an RFC 5322 message) are published as sluice publish makes them, the large one by blob reference', async ({ kafka, serde, pool, prefix }) => {
    const tenant = uniqueName('tr');
    const { key } = await new ApiKeyStore(pool).create({ tenant, name: 'raw', scopes: ['publish'] });
    const blobDir = mkdtempSync(join(tmpdir(), 'sluice-gateway-blobs-'));
    const samples = join(import.meta.dirname, '../../../samples');
    const pdf = readFileSync(join(samples, 'invoice-acme.pdf'));
    const eml = Buffer.from(
      'From: =?UTF-8?Q?Ren=C3=A9e_M=C3=BCller?= <renee@example.de>\r\nTo: billing@example.com\r\nSubject: Where is my refund?\r\n' +
        'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nGr=C3=BC=C3=9Fe, my refund for order 4711 has not arrived.\r\n',
    );
    // The PDF is over the inline limit, the message is not (it goes inline, as received).
    const inlineMax = 1024;
    expect([eml.byteLength < inlineMax, pdf.byteLength > inlineMax]).toEqual([true, true]);
    await withGateway({ kafka, serde, pool, prefix }, { BLOB_STORE: `file:${blobDir}`, BLOB_INLINE_MAX_BYTES: String(inlineMax) }, async (gateway) => {
      const send = (body: Buffer, headers: Record<string, string>, query = '') =>
        fetch(`${gateway.url}/v1/documents${query}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, ...headers }, body });
      const pdfResponse = await send(pdf, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="invoice-acme.pdf"' });
      expect(pdfResponse.status).toBe(202);
      const { ids: [pdfId] } = (await pdfResponse.json()) as { ids: string[] };
      expect(pdfId).toMatch(/^invoice-acme-[0-9a-f]{12}$/);
      const emlResponse = await send(eml, { 'content-type': 'message/rfc822' }, '?id=mail-1&platform=mail-gateway');
      expect(emlResponse.status).toBe(202);
      expect(await emlResponse.json()).toEqual({ accepted: 1, ids: ['mail-1'] });

      const records = await readUntil<DocumentIngested>(kafka, serde, 'documents.ingested.v1', uniqueName('g'), (found) => found.length >= 2);
      const byId = new Map(records.map((record) => [record.key, record.value]));
      const pdfRecord = byId.get(pdfId!)!;
      expect(pdfRecord).toMatchObject({ tenant, kind: 'invoice', contentType: 'application/pdf', content: null, source: { platform: 'gateway' }, attributes: { 'sluice.fileName': 'invoice-acme.pdf' } });
      expect(pdfRecord.contentRef).toMatchObject({ size: pdf.byteLength, contentType: 'application/pdf' });
      expect((await fileBlobStore(blobDir).get(pdfRecord.contentRef!)).equals(pdf)).toBe(true);
      const emlRecord = byId.get('mail-1')!;
      expect(emlRecord).toMatchObject({ tenant, kind: 'email', contentType: 'message/rfc822', contentRef: null, source: { platform: 'mail-gateway' } });
      expect(Buffer.from(emlRecord.content!).equals(eml)).toBe(true);
    });
  });

  test('every malformed request class is a 4xx naming the problem', async ({ kafka, serde, pool, prefix }) => {
    const tenant = uniqueName('tm');
    const { key } = await new ApiKeyStore(pool).create({ tenant, name: 'm', scopes: ['publish'] });
    await withGateway({ kafka, serde, pool, prefix }, { GATEWAY_MAX_BATCH_DOCUMENTS: '3', GATEWAY_MAX_BODY_BYTES: '4096' }, async (gateway) => {
      const good = documentFor(tenant);
      const { id: _id, ...withoutId } = good;
      const cases: { name: string; response: Promise<Response>; status: number; code: string; names: string }[] = [
        { name: 'no key', response: post(gateway, null, good), status: 401, code: 'missing-api-key', names: 'API key' },
        { name: 'unknown key', response: post(gateway, `slk_000000000000_${'a'.repeat(43)}`, good), status: 401, code: 'invalid-api-key', names: 'API key' },
        { name: 'malformed key', response: post(gateway, 'hunter2', good), status: 401, code: 'invalid-api-key', names: 'API key' },
        { name: 'not a media type the gateway takes', response: post(gateway, key, JSON.stringify(good), { 'content-type': 'application/xml' }), status: 415, code: 'unsupported-media-type', names: 'Content-Type' },
        { name: 'plain text not in UTF-8', response: post(gateway, key, 'Gr\u00fc\u00dfe', { 'content-type': 'text/plain; charset=iso-8859-1' }), status: 415, code: 'unsupported-media-type', names: 'utf-8' },
        { name: 'broken JSON', response: post(gateway, key, '{"id": "x",'), status: 400, code: 'invalid-json', names: 'JSON' },
        { name: 'not an object', response: post(gateway, key, '[1, 2]'), status: 400, code: 'invalid-body', names: '(body)' },
        { name: 'missing field', response: post(gateway, key, withoutId), status: 400, code: 'invalid-document', names: 'id' },
        { name: 'wrong type', response: post(gateway, key, { ...good, receivedAt: 'yesterday' }), status: 400, code: 'invalid-document', names: 'receivedAt' },
        { name: 'nested field', response: post(gateway, key, { ...good, source: {} }), status: 400, code: 'invalid-document', names: 'source.platform' },
        { name: 'unknown property', response: post(gateway, key, { ...good, colour: 'blue' }), status: 400, code: 'invalid-document', names: 'colour' },
        { name: 'attribute not a string', response: post(gateway, key, { ...good, attributes: { n: 1 } }), status: 400, code: 'invalid-document', names: 'attributes.n' },
        { name: 'empty batch', response: post(gateway, key, { documents: [] }), status: 400, code: 'empty-batch', names: 'documents' },
        { name: 'invalid member of a batch', response: post(gateway, key, { documents: [good, { ...documentFor(tenant), kind: '' }] }), status: 400, code: 'invalid-document', names: 'documents[1].kind' },
        { name: 'repeated id in a batch', response: post(gateway, key, { documents: [good, good] }), status: 400, code: 'invalid-document', names: 'documents[1].id' },
        { name: 'batch too long', response: post(gateway, key, { documents: [1, 2, 3, 4].map(() => documentFor(tenant)) }), status: 413, code: 'too-many-documents', names: 'documents' },
        { name: 'body too large', response: post(gateway, key, { ...good, text: 'x'.repeat(5000) }), status: 413, code: 'body-too-large', names: 'bytes' },
      ];
      for (const entry of cases) {
        const response = await entry.response;
        const body = (await response.json()) as ErrorBody;
        expect({ name: entry.name, status: response.status, code: body.error.code }).toEqual({ name: entry.name, status: entry.status, code: entry.code });
        expect(`${body.error.message} ${JSON.stringify(body.error.problems ?? [])}`, entry.name).toContain(entry.names);
      }
      const spec = (await (await fetch(`${gateway.url}/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
      expect(spec.openapi).toBe('3.1.0');
      expect(Object.keys(spec.paths)).toEqual(['/v1/documents', '/v1/documents/{id}']);
    });
  });

  test('a flood against a stalled pipeline is shed once lag passes the budget, accepted again after it drains, and nothing answered 2xx is lost', async ({ kafka, serde, pool, prefix }) => {
    const tenant = uniqueName('tf');
    const { key } = await new ApiKeyStore(pool).create({ tenant, name: 'flood', scopes: ['publish'] });
    const budget = 40;
    await withGateway({ kafka, serde, pool, prefix }, { GATEWAY_LAG_BUDGET_RECORDS: String(budget), GATEWAY_SHED_STAGES: 'extractor', GATEWAY_RETRY_AFTER_MAX_S: '30' }, async (gateway) => {
      const acknowledged = new Set<string>();
      const shed: Response[] = [];
      // The flood: four clients posting batches of five until the gateway sheds (bounded).
      let stop = false;
      const client = async () => {
        for (let i = 0; i < 100 && !stop; i += 1) {
          const documents = [1, 2, 3, 4, 5].map(() => documentFor(tenant));
          const response = await post(gateway, key, { documents });
          if (response.status === 202) for (const id of ((await response.json()) as { ids: string[] }).ids) acknowledged.add(id);
          else if (response.status === 429) {
            shed.push(response);
            stop = true;
          } else throw new Error(`unexpected ${response.status}: ${await response.text()}`);
        }
      };
      await Promise.all([client(), client(), client(), client()]);
      expect(shed.length).toBeGreaterThan(0);
      expect(acknowledged.size).toBeGreaterThan(budget); // shedding started only past the budget
      const retryAfter = Number(shed[0]?.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(30);
      expect(((await shed[0]?.json()) as ErrorBody).error.code).toBe('overloaded');

      // The stage drains: a consumer in the extractor's group reads and commits everything.
      const drainer = kafka.consumer({ groupId: `${prefix}extractor`, readUncommitted: false, maxWaitTimeInMs: 100 });
      await drainer.connect();
      await drainer.subscribe({ topic: `${prefix}documents.ingested.v1`, fromBeginning: true });
      await drainer.run({ autoCommitInterval: 100, eachMessage: async () => {} });
      try {
        const late = documentFor(tenant);
        const accepted = await until('the gateway to accept again', async () => {
          const response = await post(gateway, key, late);
          if (response.status === 202) return response;
          expect(response.status).toBe(429);
          return undefined;
        });
        expect(accepted.status).toBe(202);
        acknowledged.add(String(late.id));
      } finally {
        await drainer.disconnect();
      }

      // Nothing answered 2xx is lost: every acknowledged id is on the topic, exactly once.
      const onTopic = await readUntil<DocumentIngested>(kafka, serde, 'documents.ingested.v1', uniqueName('count'), (records) => records.length >= acknowledged.size);
      expect(onTopic.length).toBe(acknowledged.size);
      expect(new Set(onTopic.map((record) => record.key))).toEqual(acknowledged);

      const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
      expect(metrics).toMatch(new RegExp(`sluice_gateway_documents_total\\{tenant="${tenant}",outcome="accepted"\\} ${acknowledged.size}\\b`));
      expect(metrics).toMatch(/sluice_gateway_requests_total\{route="post-documents",outcome="shed",status="429"\} [1-9]/);
    });
  });
});
