import { mkdtempSync } from 'node:fs';
import { utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectContentAddressed } from '@sluice/testkit/blob-store-contract';
import { fileBlobStore } from './file-blob-store';

describe('folder blob store', () => {
  it('stores bytes once under their SHA-256, reads them back, refuses an unknown reference, sweeps by last put', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sluice-blobs-'));
    const store = fileBlobStore(root);
    const reference = await expectContentAddressed(store);

    const old = new Date(Date.now() - 10 * 24 * 3600 * 1000);
    await utimes(join(root, reference.sha256.slice(0, 2), reference.sha256), old, old);
    expect(await store.sweep(Date.now() - 24 * 3600 * 1000)).toBe(1);
    await expect(store.get(reference)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
