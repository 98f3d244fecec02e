import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kafka } from 'kafkajs';
import pg from 'pg';
import { describe, expect } from 'vitest';
import { documentLineage } from '@sluice/audit';
import { openBlobStore } from '@sluice/blob-store';
import { loadReferences, publishDocuments, readDocuments } from '@sluice/cli';
import { ensureTopics, planTopics, type DocumentExtracted, type DocumentIngested, type DocumentProcessed, type ReviewRequested } from '@sluice/contracts';
import { repoRoot } from '@sluice/local-stack';
import { buildReferenceData, invoicePdf, rawEmail } from '@sluice/samples';
import { integrationStack, kafkaTest as test, uniqueName } from '@sluice/testkit';
import { readAll, until } from '../e2e/e2e-helpers';
import { startPipeline } from '../support/pipeline-run';

const MIB = 1024 * 1024;

/**
 * The largest record (key + value) of every topic given, in bytes, read from the beginning until
 * nothing new arrived for three seconds. (Counting offsets would wait forever: the services write
 * transactionally, and commit markers take offsets no consumer sees.)
 */
async function largestRecords(kafka: Kafka, topics: readonly string[]): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  const consumer = kafka.consumer({ groupId: uniqueName('sizes'), maxBytes: 64 * MIB, maxBytesPerPartition: 16 * MIB });
  let lastAt = Date.now();
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [...topics], fromBeginning: true });
    await consumer.run({
      eachMessage: ({ topic, message }) => {
        lastAt = Date.now();
        sizes[topic] = Math.max(sizes[topic] ?? 0, (message.value?.length ?? 0) + (message.key?.length ?? 0));
        return Promise.resolve();
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await until('the topics to be read', () => Date.now() - lastAt >= 3_000, 120_000, 250);
  } finally {
    await consumer.disconnect();
  }
  return sizes;
}

/**
 * Issue 9, must show: documents as platforms send them, through the pipeline as `sluice up` runs
 * it (extractor with its parsing first stage, embedder, enricher, validator, auditor as child
 * processes on a topic prefix of their own).
 */
describe('raw documents through the pipeline', () => {
  test('a raw multipart e-mail gives two linked final records; a 20 MB PDF goes by blob reference with no record over 1 MiB on any topic', async ({
    kafka,
    admin,
    prefix,
    serde,
  }) => {
    const tenant = uniqueName('raw');
    const { databaseUrl } = integrationStack();
    await loadReferences(join(repoRoot, 'samples', 'reference'), tenant);
    await ensureTopics(admin, planTopics(prefix));

    // The e-mail: encoded-word From and Subject, a quoted-printable text part, an HTML part and
    // the invoice PDF attached (written here, with pdf-lib; see packages/samples/src/raw-documents.ts).
    const { bytes: pdf, facts } = await invoicePdf();
    const raw = rawEmail({ pdf, quoted: '-----Original Message-----\nFrom: Accounts Payable <ap@sluice.example>\nSent: Wednesday, January 14, 2026 9:00 AM\nSubject: Rechnung\n\nBitte senden Sie uns die Rechnung.' });
    expect(raw).toContain('From: =?UTF-8?Q?Ren=C3=A9e_M=C3=BCller?= <renee.mueller@kessler-handel.de>');
    expect(raw).toMatch(/Content-Transfer-Encoding: quoted-printable[\s\S]*Content-Type: text\/html[\s\S]*Content-Type: application\/pdf/);

    // The 20 MB PDF: a long invoice of another vendor (120 pages of delivery notes: its text is
    // over the inline limit too) carrying a scan's weight, published the way `sluice publish` does.
    const folder = await mkdtemp(join(tmpdir(), 'sluice-raw-'));
    const big = await invoicePdf({ vendor: buildReferenceData().vendors[2], invoiceNumber: 'NL-2026-88812', extraPages: 120, paddingBytes: 20 * MIB });
    expect(big.bytes.byteLength).toBeGreaterThan(20 * MIB);
    await writeFile(join(folder, 'big-invoice.pdf'), big.bytes);
    const blobs = openBlobStore({ BLOB_STORE: 'postgres' }, () => new pg.Pool({ connectionString: databaseUrl, max: 2 }));
    const read = await readDocuments(folder, { tenant, inlineMaxBytes: 256 * 1024, blobs: () => blobs }).finally(() => blobs.close());
    const bigDocument = (read[0] as { document: DocumentIngested }).document;
    expect(bigDocument.kind).toBe('invoice');
    expect(bigDocument.contentRef).toMatchObject({ size: big.bytes.byteLength, contentType: 'application/pdf' });
    expect(bigDocument.content ?? null).toBeNull();

    const emailId = uniqueName('mail');
    const email: DocumentIngested = {
      id: emailId,
      tenant,
      kind: 'email',
      source: { platform: 'mail-gateway', uri: null },
      contentType: 'message/rfc822',
      text: '',
      receivedAt: Date.now(),
      attributes: {},
      content: Buffer.from(raw),
    };

    const names = ['extractor', 'embedder', 'enricher', 'validator', 'auditor'];
    const { supervisor, logs } = startPipeline(prefix, names, { BLOB_STORE: 'postgres' });
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    try {
      await publishDocuments(kafka, serde, [email, bigDocument]);
      const started = Date.now();
      const invoiceId = `${emailId}~1`;
      const wanted = [emailId, invoiceId, bigDocument.id];
      const outcomes = new Map<string, DocumentProcessed | ReviewRequested>();
      await until(
        'the e-mail, its invoice and the large PDF to reach an outcome',
        async () => {
          for (const r of await readAll<DocumentProcessed>(kafka, serde, 'documents.processed.v1', uniqueName('peek'), 500)) outcomes.set(r.value.documentId, r.value);
          for (const r of await readAll<ReviewRequested>(kafka, serde, 'reviews.requested.v1', uniqueName('peek'), 500)) outcomes.set(r.value.documentId, r.value);
          return wanted.every((id) => outcomes.has(id));
        },
        600_000,
        2_000,
      ).catch((error: unknown) => {
        console.log(logs.join('').slice(-4000));
        throw error;
      });
      console.log(`outcomes after ${Date.now() - started} ms (services starting included)`);

      // Two final records, one per document of the family.
      const processed = await readAll<DocumentProcessed>(kafka, serde, 'documents.processed.v1', uniqueName('final'));
      const final = (id: string) => processed.filter((r) => r.value.documentId === id).map((r) => r.value);
      expect(final(emailId)).toHaveLength(1);
      expect(final(invoiceId)).toHaveLength(1);
      const field = (record: DocumentProcessed, name: string) => record.fields.find((f) => f.name === name)?.value;
      const triage = final(emailId)[0]!;
      expect(triage.kind).toBe('email');
      expect(field(triage, 'senderName')).toBe('Renée Müller');
      expect(field(triage, 'senderEmail')).toBe('renee.mueller@kessler-handel.de');
      expect(field(triage, 'intent')).toBeDefined();
      const invoice = final(invoiceId)[0]!;
      expect(invoice.kind).toBe('invoice');
      expect(field(invoice, 'invoiceNumber')).toBe(facts.invoiceNumber);
      expect(field(invoice, 'totalAmount')).toBe(facts.totalAmount);
      expect(field(invoice, 'iban')).toBe(facts.iban);
      expect(field(invoice, 'vendorName')).toBe(facts.vendorName);
      expect(invoice.parentId).toBe(emailId);
      expect(triage.parentId).toBeNull();

      // Linked: the invoice's records name the e-mail; lineage shows the family both ways.
      const extracted = await readAll<DocumentExtracted>(kafka, serde, 'documents.extracted.v1', uniqueName('linked'));
      const byId = new Map(extracted.map((r) => [r.value.documentId, r.value]));
      expect(byId.get(invoiceId)?.parentId).toBe(emailId);
      expect(byId.get(emailId)?.parentId).toBeNull();
      expect(byId.get(emailId)?.text).toContain('From: Renée Müller <renee.mueller@kessler-handel.de>');
      await until('the auditor to record the family', async () => (await documentLineage(pool, emailId, { namespace: prefix })).family.children.length > 0, 120_000, 1_000);
      expect((await documentLineage(pool, emailId, { namespace: prefix })).family).toEqual({ parentId: null, children: [invoiceId] });
      await until('the auditor to record the invoice', async () => (await documentLineage(pool, invoiceId, { namespace: prefix })).family.parentId !== null, 120_000, 1_000);
      expect((await documentLineage(pool, invoiceId, { namespace: prefix })).family.parentId).toBe(emailId);

      // The large PDF: read through its reference, its text carried as a head plus a reference.
      const bigExtracted = byId.get(bigDocument.id)!;
      expect(bigExtracted.textRef).not.toBeNull();
      expect(bigExtracted.textRef!.size).toBeGreaterThan(256 * 1024);
      expect(Buffer.byteLength(bigExtracted.text)).toBeLessThanOrEqual(256 * 1024);
      expect(bigExtracted.fields.find((f) => f.name === 'invoiceNumber')?.value).toBe('NL-2026-88812');

      // No record over 1 MiB on any topic of the pipeline (dead-letter topics included).
      const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
      const sizes = await largestRecords(kafka, topics);
      console.log('largest record per topic (bytes):', JSON.stringify(sizes));
      expect(Object.keys(sizes)).toEqual(expect.arrayContaining([`${prefix}documents.ingested.v1`, `${prefix}documents.extracted.v1`, `${prefix}audit.events.v1`]));
      expect(Object.entries(sizes).filter(([, size]) => size >= MIB)).toEqual([]);
    } finally {
      await supervisor.stop();
      await pool.end();
    }
  }, 900_000);
});
