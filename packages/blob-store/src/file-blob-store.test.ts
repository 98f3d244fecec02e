import { mkdtempSync } from 'node:fs';
import { utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Of } from './blob-store';
import { fileBlobStore } from './file-blob-store';

describe('folder blob store', () => {
  it('stores bytes once under their SHA-256, reads them back, refuses an unknown reference, sweeps by last put', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sluice-blobs-'));
    const store = fileBlobStore(root);
    const bytes = Buffer.from('%PDF-1.7 a large original');
    const reference = await store.put(bytes, 'application/pdf');
    expect(reference).toEqual({ sha256: sha256Of(bytes), size: bytes.byteLength, contentType: 'application/pdf' });
    expect(await store.put(bytes, 'application/pdf')).toEqual(reference);
    expect((await store.get(reference)).equals(bytes)).toBe(true);
    await expect(store.get({ ...reference, sha256: sha256Of(Buffer.from('other')) })).rejects.toMatchObject({ code: 'INVALID_INPUT' });

    const old = new Date(Date.now() - 10 * 24 * 3600 * 1000);
    await utimes(join(root, reference.sha256.slice(0, 2), reference.sha256), old, old);
    expect(await store.sweep(Date.now() - 24 * 3600 * 1000)).toBe(1);
    await expect(store.get(reference)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
