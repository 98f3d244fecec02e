import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, readDocuments } from './document-input';

const good = {
  id: 'd1',
  tenant: 'acme',
  kind: 'invoice',
  source: { platform: 'mail' },
  text: 'Invoice 1',
  receivedAt: '2026-01-02T03:04:05Z',
  truth: { ignored: true },
};

describe('publish input', () => {
  it('fills contract defaults and converts ISO timestamps', () => {
    expect(parseDocument(good, 'x')).toEqual({
      origin: 'x',
      document: {
        id: 'd1',
        tenant: 'acme',
        kind: 'invoice',
        source: { platform: 'mail', uri: null },
        contentType: 'text/plain',
        text: 'Invoice 1',
        receivedAt: Date.parse('2026-01-02T03:04:05Z'),
        attributes: {},
      },
    });
  });

  it('names every problem of a bad document and its line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'publish-'));
    await writeFile(join(dir, 'a.jsonl'), `${JSON.stringify(good)}\n{"id":"","tenant":"t"}\nnot json\n`);
    const results = await readDocuments(dir);
    expect(results).toHaveLength(3);
    expect(results[0]).toHaveProperty('document');
    expect(results[1]).toMatchObject({ origin: `${join(dir, 'a.jsonl')}:2`, reason: expect.stringContaining('id') });
    expect((results[1] as { reason: string }).reason).toContain('text');
    expect(results[2]).toMatchObject({ origin: `${join(dir, 'a.jsonl')}:3`, reason: expect.stringMatching(/not JSON/) });
  });

  it('issue 12: refuses ids that differ only in a lone surrogate, naming the field, so neither is lost as a duplicate', () => {
    for (const id of ['INV-2025-\ud83d', 'INV-2025-\ude00']) {
      expect(parseDocument({ ...good, id }, 'x')).toMatchObject({ reason: expect.stringMatching(/^id: contains a lone UTF-16 surrogate/) as unknown });
    }
    expect(parseDocument({ ...good, attributes: { ['k\ud800']: 'v' } }, 'x')).toMatchObject({ reason: expect.stringContaining('attributes') as unknown });
    expect(parseDocument({ ...good, id: 'INV-2025-\ud83d\ude00' }, 'x')).toHaveProperty('document');
  });

  it('issue 12: refuses receivedAt in seconds or microseconds, naming the field and the unit it looks like', () => {
    expect(parseDocument({ ...good, receivedAt: 1748822400 }, 'x')).toMatchObject({ reason: expect.stringMatching(/^receivedAt: .*looks like seconds/) as unknown });
    expect(parseDocument({ ...good, receivedAt: 1748822400000000 }, 'x')).toMatchObject({ reason: expect.stringMatching(/^receivedAt: .*looks like microseconds/) as unknown });
    expect(parseDocument({ ...good, receivedAt: 1748822400000 }, 'x')).toHaveProperty('document');
  });
});
