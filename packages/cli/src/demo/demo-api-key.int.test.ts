import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ApiKeyStore } from '@sluice/gateway/api-keys';
import { pgTest as test, uniqueName } from '@sluice/testkit';
import { ensureDemoApiKey } from './demo-api-key';

test('the demo key is created once and replaced only when it no longer verifies', async ({ pool }) => {
  const tenant = uniqueName('demo');
  const file = join(await mkdtemp(join(tmpdir(), 'sluice-demo-key-')), 'run', 'demo-api-key');
  const first = await ensureDemoApiKey(pool, file, tenant);
  expect(first.created).toBe(true);
  expect((await readFile(file, 'utf8')).trim()).toBe(first.key);
  expect((await stat(file)).mode & 0o777).toBe(0o600);
  expect(await ensureDemoApiKey(pool, file, tenant)).toEqual({ key: first.key, created: false });
  const store = new ApiKeyStore(pool);
  expect(await store.list({ tenant })).toHaveLength(1);

  const principal = await store.verify(first.key);
  await store.revoke(principal!.keyId);
  const replaced = await ensureDemoApiKey(pool, file, tenant);
  expect(replaced.created).toBe(true);
  expect(replaced.key).not.toBe(first.key);
  expect(await store.verify(replaced.key)).toMatchObject({ tenant, scopes: ['publish', 'read'] });
});
