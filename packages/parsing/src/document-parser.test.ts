import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileBlobStore } from '@sluice/blob-store';
import type { DocumentIngested } from '@sluice/contracts';
import { invoicePdf, rawEmail } from '@sluice/samples';
import { createDocumentParser, PARSED_AS_ATTRIBUTE } from './document-parser';

function ingested(overrides: Partial<DocumentIngested>): DocumentIngested {
  return { id: 'doc-1', tenant: 't1', kind: 'email', source: { platform: 'mail', uri: null }, contentType: 'text/plain', text: '', receivedAt: 1_768_000_000_000, attributes: {}, ...overrides };
}

// PDF generation and PDF.js under a shared machine's load: more than vitest's default 5 s per test.
describe('document parser', { timeout: 60_000 }, () => {
  it('a raw multipart e-mail: encoded words and quoted-printable decoded, HTML alternative dropped, reply and signature marked, the PDF invoice a linked document', async () => {
    const { bytes: pdf } = await invoicePdf();
    const raw = rawEmail({ pdf, quoted: '-----Original Message-----\nFrom: Someone Else <else@example.org>\nSent: Wednesday, January 14, 2026 9:00 AM\nSubject: Rechnung\n\nBitte senden Sie uns die Rechnung.' });
    expect(raw).toContain('=?UTF-8?Q?Ren=C3=A9e_M=C3=BCller?=');
    expect(raw).toContain('K=C3=B6nnen');
    const parsed = await createDocumentParser({ inlineMaxBytes: 256 * 1024 }).parse(ingested({ contentType: 'message/rfc822', content: Buffer.from(raw) }));

    expect(parsed.format).toBe('email');
    expect(parsed.text.split('\n')[0]).toBe('From: Renée Müller <renee.mueller@kessler-handel.de>');
    expect(parsed.text).toContain('Subject: Rechnung INV-2026-0417 – Frage zur Fälligkeit');
    expect(parsed.text).toContain('Können Sie bitte bestätigen');
    expect(parsed.text).not.toMatch(/=C3|<p>|<br>/);
    // Signature after the RFC 3676 separator, the quoted reply prefixed: its From: line is no header.
    expect(parsed.text).toContain('\n-- \nRenée Müller\n');
    expect(parsed.text).toContain('> -----Original Message-----');
    expect(parsed.text).toContain('> From: Someone Else');
    expect(parsed.text.match(/^From:/gm)).toHaveLength(1);
    expect(parsed.document.text).toBe(parsed.text);
    // The original is kept as received.
    expect(Buffer.from(parsed.document.content!).toString()).toBe(raw);

    expect(parsed.attachments).toHaveLength(1);
    const invoice = parsed.attachments[0]!.document;
    expect(parsed.attachments[0]!.details).toMatchObject({ parentId: 'doc-1', kind: 'invoice', format: 'pdf', fileName: 'invoice.pdf' });
    expect(invoice).toMatchObject({ id: 'doc-1~1', parentId: 'doc-1', tenant: 't1', kind: 'invoice', contentType: 'application/pdf', receivedAt: 1_768_000_000_000 });
    expect(invoice.attributes).toMatchObject({ [PARSED_AS_ATTRIBUTE]: 'pdf', 'sluice.fileName': 'invoice.pdf' });
    expect(Buffer.from(invoice.content!).equals(Buffer.from(pdf))).toBe(true);
    expect(invoice.text).toMatch(/^Invoice number:\s+INV-2026-0417$/m);
    expect(parsed.details).toMatchObject({ format: 'email', quoted: 'true', signature: 'true', attachments: 'doc-1~1' });
  });

  it('PDF text in reading order with side-by-side columns kept apart by at least two spaces', async () => {
    const { bytes } = await invoicePdf();
    const parsed = await createDocumentParser({ inlineMaxBytes: 256 * 1024 }).parse(ingested({ kind: 'invoice', contentType: 'application/pdf', content: Buffer.from(bytes) }));
    const lines = parsed.text.split('\n');
    const seller = lines.findIndex((line) => /^Seller\s{2,}Bill to$/.test(line));
    expect(seller).toBeGreaterThan(0);
    expect(lines[seller + 1]).toMatch(/^Acme Industrietechnik GmbH\s{2,}Kessler Handel GmbH$/);
    // The buyer column starts at the same text column on each line.
    expect(lines[seller + 1]!.indexOf('Kessler')).toBe(lines[seller + 2]!.indexOf('Hafenweg'));
    expect(lines.indexOf(lines.find((l) => l.startsWith('Invoice number'))!)).toBeGreaterThan(seller);
    expect(parsed.text).toMatch(/Total due EUR\s{2,}1,785\.00/);
  });

  it('HTML made text: markup gone, table cells apart', async () => {
    const html = '<html><head><style>p{color:red}</style></head><body><h1>Order 4711</h1><p>Dear team,<br>please <a href="https://x.example">ship</a> today.</p><table><tr><td>Item</td><td>Qty</td></tr><tr><td>Pump</td><td>2</td></tr></table></body></html>';
    const parsed = await createDocumentParser({ inlineMaxBytes: 256 * 1024 }).parse(ingested({ kind: 'other', contentType: 'text/html; charset=utf-8', text: html }));
    expect(parsed.format).toBe('html');
    expect(parsed.text).toContain('Order 4711');
    expect(parsed.text).toContain('please ship today.');
    expect(parsed.text).not.toMatch(/<|color:red|https:/);
    expect(parsed.text).toMatch(/Pump\s{2,}2/);
  });

  it('a message given as text without MIME headers or encoded words is already text: passed through as it came', async () => {
    const rendered = 'From: "Müller, Anna" <anna@example.de>\nSubject: Rechnung 42\n\nHallo,\n\nbitte prüfen.\n\nViele Grüße\nAnna';
    const document = ingested({ contentType: 'message/rfc822', text: rendered });
    const parser = createDocumentParser({ inlineMaxBytes: 1024 });
    expect((await parser.parse(document)).document).toBe(document);
    const headerless = ingested({ contentType: 'message/rfc822', text: 'Hello team,\n\nwhere is my order?' });
    expect((await parser.parse(headerless)).text).toBe('Hello team,\n\nwhere is my order?');
    // An encoded word in the header block: decoded.
    const encoded = ingested({ contentType: 'message/rfc822', text: 'From: =?UTF-8?Q?Ren=C3=A9e?= <r@example.de>\nSubject: x\n\nHallo' });
    expect((await parser.parse(encoded)).text).toMatch(/^From: Renée <r@example\.de>$/m);
  });

  it('plain text passes through untouched: the same document object, no attachments', async () => {
    const document = ingested({ text: 'From: a@b.example\n\nhello' });
    const parsed = await createDocumentParser({ inlineMaxBytes: 1024 }).parse(document);
    expect(parsed.document).toBe(document);
    expect(parsed.text).toBe(document.text);
    expect(parsed.attachments).toEqual([]);
  });

  it('a text above the inline limit goes to the blob store: the record keeps a head and a content-addressed reference', async () => {
    const blobs = fileBlobStore(mkdtempSync(join(tmpdir(), 'sluice-blobs-')));
    const big = `<p>${'Zeile mit Umlauten äöü und Text. '.repeat(200)}</p>`;
    const parser = createDocumentParser({ inlineMaxBytes: 1024, blobs });
    const parsed = await parser.parse(ingested({ kind: 'other', contentType: 'text/html', text: big }));
    expect(Buffer.byteLength(parsed.document.text)).toBeLessThanOrEqual(1024);
    expect(parsed.text.startsWith(parsed.document.text)).toBe(true);
    expect(parsed.document.textRef).toMatchObject({ size: Buffer.byteLength(parsed.text), contentType: 'text/plain; charset=utf-8' });
    expect((await blobs.get(parsed.document.textRef!)).toString('utf8')).toBe(parsed.text);
    // Read back through the reference (an already parsed document whose text travels by reference).
    const again = await parser.parse({ ...parsed.document, attributes: { [PARSED_AS_ATTRIBUTE]: 'html' } });
    expect(again.text).toBe(parsed.text);
  });

  it('an original by reference (claim check) is fetched and parsed; without a store it is a CONFIG failure', async () => {
    const blobs = fileBlobStore(mkdtempSync(join(tmpdir(), 'sluice-blobs-')));
    const { bytes } = await invoicePdf();
    const contentRef = await blobs.put(bytes, 'application/pdf');
    const document = ingested({ kind: 'invoice', contentType: 'application/pdf', contentRef });
    const parsed = await createDocumentParser({ inlineMaxBytes: 1024 * 64, blobs }).parse(document);
    expect(parsed.text).toContain('INV-2026-0417');
    await expect(createDocumentParser({ inlineMaxBytes: 1024 }).parse(document)).rejects.toMatchObject({ code: 'CONFIG' });
  });

  it('an unreadable PDF is INVALID_INPUT (dead-lettered, never retried)', async () => {
    const parser = createDocumentParser({ inlineMaxBytes: 1024 });
    await expect(parser.parse(ingested({ contentType: 'application/pdf', content: Buffer.from('%PDF-1.7 not really') }))).rejects.toMatchObject({ code: 'INVALID_INPUT', retryable: false });
  });
});
