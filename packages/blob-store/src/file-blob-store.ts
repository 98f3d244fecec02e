import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SluiceError } from '@sluice/errors';
import { blobReference, sha256Of, type BlobStore } from './blob-store';

/**
 * Blobs as files under `root/<first two hex>/<sha256>` (git's object layout). The file's mtime is
 * the last put; the sweep deletes by it. Writes go to a temporary name first and are renamed, so
 * a reader never sees half a blob.
 */
export function fileBlobStore(root: string): BlobStore {
  const pathOf = (sha256: string): string => join(root, sha256.slice(0, 2), sha256);
  return {
    async put(bytes, contentType) {
      const reference = blobReference(bytes, contentType);
      const path = pathOf(reference.sha256);
      await mkdir(join(root, reference.sha256.slice(0, 2)), { recursive: true });
      const exists = await stat(path).then(
        () => true,
        () => false,
      );
      if (exists) {
        const now = new Date();
        await utimes(path, now, now);
      } else {
        const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
        await writeFile(temporary, bytes);
        await rename(temporary, path);
      }
      return reference;
    },
    async get(reference) {
      const bytes = await readFile(pathOf(reference.sha256)).catch((error: unknown) => {
        throw new SluiceError('INVALID_INPUT', `blob sha256:${reference.sha256} is not in the blob store at ${root}`, { cause: error });
      });
      if (sha256Of(bytes) !== reference.sha256) {
        throw new SluiceError('INVALID_INPUT', `blob sha256:${reference.sha256} does not match its content address`);
      }
      return bytes;
    },
    async sweep(before) {
      let removed = 0;
      const folders = await readdir(root).catch(() => [] as string[]);
      for (const folder of folders) {
        for (const name of await readdir(join(root, folder)).catch(() => [] as string[])) {
          const path = join(root, folder, name);
          if ((await stat(path)).mtimeMs < before) {
            await rm(path, { force: true });
            removed += 1;
          }
        }
      }
      return removed;
    },
    close: async () => {},
  };
}
