import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileBlobStore } from '@sluice/blob-store';
import { readDocuments, type ParsedDocument } from './document-input';

const inbox = fileURLToPath(new URL('../../../../samples/', import.meta.url));

describe('sluice publish on a folder of mixed files', () => {
  it('reads .eml, .pdf, .html, .txt and .jsonl; kinds detected; originals sent as received', async () => {
    const blobs = fileBlobStore(mkdtempSync(join(tmpdir(), 'sluice-cli-blobs-')));
    const results = await readDocuments(inbox, { tenant: 'demo', inlineMaxBytes: 256 * 1024, blobs: () => blobs, now: () => 1 });
    expect(results.filter((r) => 'reason' in r)).toEqual([]);
    const documents = (results as ParsedDocument[]).map((r) => r.document);
    const byFile = Object.fromEntries(documents.map((d) => [d.attributes['sluice.fileName'] ?? d.id, d]));
    expect(Object.keys(byFile).sort()).toEqual(['delivery-question.txt', 'inbox-ticket-1', 'inbox-ticket-2', 'invoice-acme.pdf', 'order-confirmation.html', 'reply-with-invoice.eml']);
    expect(byFile['reply-with-invoice.eml']).toMatchObject({ tenant: 'demo', kind: 'email', contentType: 'message/rfc822', text: '' });
    expect(byFile['invoice-acme.pdf']).toMatchObject({ kind: 'invoice', contentType: 'application/pdf', contentRef: null });
    expect(byFile['invoice-acme.pdf']!.content!.subarray(0, 5).toString()).toBe('%PDF-');
    expect(byFile['order-confirmation.html']).toMatchObject({ contentType: 'text/html; charset=utf-8' });
    expect(byFile['delivery-question.txt']).toMatchObject({ contentType: 'text/plain; charset=utf-8', kind: 'other' });
    expect(byFile['delivery-question.txt']!.text).toContain('Where is my delivery?');
    // Content-addressed ids: the same file published again is the same document.
    expect(byFile['invoice-acme.pdf']!.id).toMatch(/^invoice-acme-[0-9a-f]{12}$/);
  });

  it('an original over the inline limit goes to the blob store and the record carries its reference', async () => {
    const blobs = fileBlobStore(mkdtempSync(join(tmpdir(), 'sluice-cli-blobs-')));
    const [result] = await readDocuments(join(inbox, 'invoice-acme.pdf'), { tenant: 'demo', kind: 'invoice', inlineMaxBytes: 1024, blobs: () => blobs });
    const document = (result as ParsedDocument).document;
    expect(document.content).toBeNull();
    expect(document.contentRef).toMatchObject({ contentType: 'application/pdf' });
    expect((await blobs.get(document.contentRef!)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('document files need a tenant', async () => {
    const results = await readDocuments(join(inbox, 'invoice-acme.pdf'));
    expect(results).toEqual([{ origin: join(inbox, 'invoice-acme.pdf'), reason: 'a document file needs --tenant' }]);
  });
});
