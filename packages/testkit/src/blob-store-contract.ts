import { createHash } from 'node:crypto';
import { expect } from 'vitest';

/** A blob reference as every claim-check store returns it (@sluice/blob-store's BlobReference). */
interface Reference {
  sha256: string;
  size: number;
  contentType: string;
}

/**
 * The content-addressing half of the blob-store contract, shared by the folder, PostgreSQL and S3
 * stores' tests: `put` answers the SHA-256 reference of the bytes (the same reference when the same
 * bytes come again), `get` returns the bytes, and an unknown reference is refused as INVALID_INPUT.
 * Returns the reference, for the store's own retention checks.
 */
export async function expectContentAddressed(
  store: { put(bytes: Buffer, contentType: string): Promise<Reference>; get(reference: Reference): Promise<Buffer> },
  bytes: Buffer = Buffer.from('%PDF-1.7 a large original'),
): Promise<Reference> {
  const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
  const reference = await store.put(bytes, 'application/pdf');
  expect(reference).toEqual({ sha256: sha256(bytes), size: bytes.byteLength, contentType: 'application/pdf' });
  expect(await store.put(bytes, 'application/pdf')).toEqual(reference);
  expect((await store.get(reference)).equals(bytes)).toBe(true);
  await expect(store.get({ ...reference, sha256: sha256(Buffer.from('other')) })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  return reference;
}
