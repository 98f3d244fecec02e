import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type pg from 'pg';
import { ApiKeyStore } from '@sluice/gateway/api-keys';

/**
 * The demo's gateway key, created once: `file` (under the stack's run/ directory) keeps the secret,
 * since the database keeps only its hash. A key that still verifies is reused; a missing, revoked or
 * foreign one (another database) is replaced by a new key for `tenant` with publish and read.
 */
export async function ensureDemoApiKey(pool: pg.Pool, file: string, tenant: string): Promise<{ key: string; created: boolean }> {
  const store = new ApiKeyStore(pool);
  const existing = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (existing) {
    const principal = await store.verify(existing);
    if (principal?.tenant === tenant) return { key: existing, created: false };
  }
  const { key } = await store.create({ tenant, name: 'demo', scopes: ['publish', 'read'] });
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${key}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return { key, created: true };
}
