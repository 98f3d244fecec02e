import { mkdtempSync } from 'node:fs';
import { readdir, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectContentAddressed } from '@sluice/testkit/blob-store-contract';
import { openBlobStore } from './blob-store-config';
import { s3BlobStore } from './s3-blob-store';

// s3rver (npm), an S3 simulator on the local file system whose objects' mtimes are their
// LastModified, in a process of its own: its continuation tokens use DES, which Node 17+ offers only
// with the OpenSSL legacy provider.
const directory = mkdtempSync(join(tmpdir(), 'sluice-s3rver-'));
const serverScript = `
  const S3rver = require('s3rver');
  new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: ${JSON.stringify(directory)}, configureBuckets: [{ name: 'sluice-blobs' }] })
    .run().then((address) => console.log(JSON.stringify(address)));`;
const server = spawn(process.execPath, ['--openssl-legacy-provider', '-e', serverScript], { cwd: import.meta.dirname, stdio: ['ignore', 'pipe', 'inherit'] });
let endpoint = '';
const client = () => ({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });

/** Sets the simulator's file of a blob back in time, as if it had been put `ageMs` ago. */
async function age(sha256: string, ageMs: number): Promise<void> {
  const files = await readdir(directory, { recursive: true });
  const object = files.find((file) => file.endsWith(`${sha256}._S3rver_object`));
  if (!object) throw new Error(`no simulator file for ${sha256}`);
  const then = new Date(Date.now() - ageMs);
  await utimes(join(directory, object), then, then);
}

beforeAll(async () => {
  const [line] = (await once(server.stdout, 'data')) as [Buffer];
  const { port } = JSON.parse(line.toString()) as { port: number };
  endpoint = `http://127.0.0.1:${port}`;
}, 60_000);
afterAll(() => {
  server.kill();
});

const day = 24 * 3600 * 1000;

describe('S3 blob store', () => {
  it('stores bytes once under their SHA-256, reads them back, refuses an unknown reference', async () => {
    const store = s3BlobStore({ bucket: 'sluice-blobs', prefix: 'a/', client: client() });
    await expectContentAddressed(store);
    await store.close();
  });

  it('sweeps blobs by their last put, page by page, and a put again keeps a blob', async () => {
    const store = s3BlobStore({ bucket: 'sluice-blobs', prefix: 'b/', client: client(), listPageSize: 2 });
    const references = await Promise.all(['one', 'two', 'three', 'four', 'five'].map((text) => store.put(Buffer.from(text), 'text/plain')));
    for (const reference of references) await age(reference.sha256, 10 * day);
    // Put again: the blob's retention starts over.
    await store.put(Buffer.from('two'), 'text/plain');
    expect(await store.sweep(Date.now() - day)).toBe(4);
    expect((await store.get(references[1]!)).toString()).toBe('two');
    await expect(store.get(references[0]!)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    // Another prefix's blobs are not this store's.
    const other = s3BlobStore({ bucket: 'sluice-blobs', prefix: 'c/', client: client() });
    const kept = await other.put(Buffer.from('one'), 'text/plain');
    await age(kept.sha256, 10 * day);
    expect(await store.sweep(Date.now() + 60_000)).toBe(1);
    expect((await other.get(kept)).toString()).toBe('one');
    await Promise.all([store.close(), other.close()]);
  });

  it('is what BLOB_STORE=s3://bucket/prefix opens, with the endpoint and path style configured', async () => {
    process.env.AWS_ACCESS_KEY_ID ??= 'S3RVER';
    process.env.AWS_SECRET_ACCESS_KEY ??= 'S3RVER';
    const store = openBlobStore(
      { BLOB_STORE: 's3://sluice-blobs/d', BLOB_S3_ENDPOINT: endpoint, BLOB_S3_REGION: 'us-east-1', BLOB_S3_FORCE_PATH_STYLE: true },
      () => {
        throw new Error('an S3 store opens no PostgreSQL pool');
      },
    );
    const reference = await store.put(Buffer.from('via the configuration'), 'text/plain');
    const files = await readdir(directory, { recursive: true });
    expect(files.some((file) => file.startsWith(join('sluice-blobs', 'd', reference.sha256.slice(0, 2), reference.sha256)))).toBe(true);
    await store.close();
  });

  it('a store it cannot reach fails retryably', async () => {
    const store = s3BlobStore({ bucket: 'sluice-blobs', client: { ...client(), endpoint: 'http://127.0.0.1:9', maxAttempts: 1 } });
    await expect(store.put(Buffer.from('x'), 'text/plain')).rejects.toMatchObject({ code: 'UNAVAILABLE', retryable: true });
    await store.close();
  });
});
