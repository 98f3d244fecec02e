import { describe, expect, it } from 'vitest';
import { parseDocumentRequest } from './document-request';

const now = 1_700_000_000_000;
const doc = (overrides: Record<string, unknown> = {}) => ({ id: 'd1', tenant: 'acme', kind: 'invoice', source: { platform: 'mail' }, text: 'hi', ...overrides });

describe('parseDocumentRequest', () => {
  it('fills the defaults of the ingest contract and reads an ISO receivedAt', () => {
    const parsed = parseDocumentRequest(doc({ receivedAt: '2026-01-02T03:04:05Z' }), { maxDocuments: 5, now });
    expect(parsed).toEqual({
      ok: true,
      batch: false,
      documents: [{ id: 'd1', tenant: 'acme', kind: 'invoice', source: { platform: 'mail', uri: null }, contentType: 'text/plain', text: 'hi', receivedAt: Date.parse('2026-01-02T03:04:05Z'), attributes: {} }],
    });
    expect(parseDocumentRequest(doc(), { maxDocuments: 5, now })).toMatchObject({ ok: true, documents: [{ receivedAt: now }] });
  });

  it('names every offending field of every document in a batch', () => {
    const parsed = parseDocumentRequest({ documents: [doc(), doc({ id: 'd2', tenant: 'no spaces', extra: 1 }), doc({ id: 'd3', source: { platform: '' } })] }, { maxDocuments: 5, now });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((problem) => problem.field)).toEqual(['documents[1].tenant', 'documents[1].extra', 'documents[2].source.platform']);
  });

  it('refuses a batch over the limit with 413 and an empty one with 400', () => {
    expect(parseDocumentRequest({ documents: [doc(), doc({ id: 'b' })] }, { maxDocuments: 1, now })).toMatchObject({ ok: false, status: 413, code: 'too-many-documents' });
    expect(parseDocumentRequest({ documents: [] }, { maxDocuments: 1, now })).toMatchObject({ ok: false, status: 400, code: 'empty-batch' });
  });

  it('issue 12: refuses a lone surrogate in the id and an implausible receivedAt with the field named', () => {
    const surrogate = parseDocumentRequest({ documents: [doc({ id: 'INV-2025-\ud83d' }), doc({ id: 'INV-2025-\ude00' })] }, { maxDocuments: 5, now });
    expect(surrogate).toMatchObject({ ok: false, status: 400, problems: [{ field: 'documents[0].id' }, { field: 'documents[1].id' }] });
    expect(parseDocumentRequest(doc({ receivedAt: 1748822400 }), { maxDocuments: 5, now })).toMatchObject({
      ok: false,
      problems: [{ field: 'receivedAt', message: expect.stringContaining('looks like seconds') as unknown }],
    });
    expect(parseDocumentRequest(doc({ receivedAt: 1748822400000 }), { maxDocuments: 5, now })).toMatchObject({ ok: true });
  });
});
