import { randomBytes } from 'node:crypto';
import { describe, expect } from 'vitest';
import { pgTest as test } from '@sluice/testkit';
import { postgresBlobStore } from './postgres-blob-store';

describe('PostgreSQL blob store (table blobs, migration 0014)', () => {
  test('a 20 MB original stored once, read back by its content address; the sweep goes by last put', async ({ pool }) => {
    const store = postgresBlobStore(pool);
    const bytes = randomBytes(20 * 1024 * 1024);
    const reference = await store.put(bytes, 'application/pdf');
    expect(reference.size).toBe(bytes.byteLength);
    await store.put(bytes, 'application/pdf');
    const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM blobs WHERE sha256 = $1', [reference.sha256]);
    expect(rows[0]!.n).toBe(1);
    expect((await store.get(reference)).equals(bytes)).toBe(true);

    await pool.query("UPDATE blobs SET last_put_at = now() - interval '30 days' WHERE sha256 = $1", [reference.sha256]);
    expect(await store.sweep(Date.now() - 14 * 24 * 3600 * 1000)).toBeGreaterThanOrEqual(1);
    await expect(store.get(reference)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
