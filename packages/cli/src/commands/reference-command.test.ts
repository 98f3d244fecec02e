import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReferenceDir } from './reference-command';

describe('reference files', () => {
  it('reads one entity type per file and keeps the rest as attributes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ref-'));
    await writeFile(join(dir, 'vendors.jsonl'), '{"id":"V-1","canonicalName":"Acme GmbH","iban":"DE89"}\n');
    await writeFile(join(dir, 'customers.jsonl'), '{"id":"C-1","name":"Bistro","emailDomain":"bistro.fr"}\n');
    expect(await readReferenceDir(dir, 't')).toEqual([
      { tenant: 't', entityType: 'customer', refId: 'C-1', name: 'Bistro', attributes: { emailDomain: 'bistro.fr' } },
      { tenant: 't', entityType: 'vendor', refId: 'V-1', name: 'Acme GmbH', attributes: { iban: 'DE89' } },
    ]);
  });

  it('names the file and line of an entity without a name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ref-'));
    await writeFile(join(dir, 'vendors.jsonl'), '{"id":"V-1","canonicalName":"A"}\n{"id":"V-2"}\n');
    await expect(readReferenceDir(dir, 't')).rejects.toThrow(`${join(dir, 'vendors.jsonl')}:2`);
  });
});
