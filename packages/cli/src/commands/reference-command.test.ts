import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReferenceDir } from './reference-command';

describe('reference files', () => {
  it('reads one entity type per file: key fields become match keys, the rest attributes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ref-'));
    await writeFile(join(dir, 'vendors.jsonl'), '{"id":"V-1","canonicalName":"Acme GmbH","iban":"DE89","vatId":null,"country":"DE"}\n');
    await writeFile(join(dir, 'customers.jsonl'), '{"id":"C-1","name":"Bistro","emailDomains":["bistro.fr","bistro.com"],"customerNumber":"CL-1"}\n');
    expect(await readReferenceDir(dir, 't')).toEqual([
      {
        tenant: 't',
        entityType: 'customer',
        refId: 'C-1',
        name: 'Bistro',
        keys: [
          { kind: 'email-domain', value: 'bistro.fr' },
          { kind: 'email-domain', value: 'bistro.com' },
          { kind: 'customer-number', value: 'CL-1' },
        ],
        attributes: {},
      },
      { tenant: 't', entityType: 'vendor', refId: 'V-1', name: 'Acme GmbH', keys: [{ kind: 'iban', value: 'DE89' }], attributes: { country: 'DE' } },
    ]);
  });

  it('refuses a key field that is not a string, naming the file and line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ref-'));
    await writeFile(join(dir, 'customers.jsonl'), '{"id":"C-1","name":"Bistro","customerNumber":42}\n');
    await expect(readReferenceDir(dir, 't')).rejects.toThrow(`${join(dir, 'customers.jsonl')}:1: "customerNumber" must be a non-empty string`);
  });

  it('names the file and line of an entity without a name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ref-'));
    await writeFile(join(dir, 'vendors.jsonl'), '{"id":"V-1","canonicalName":"A"}\n{"id":"V-2"}\n');
    await expect(readReferenceDir(dir, 't')).rejects.toThrow(`${join(dir, 'vendors.jsonl')}:2`);
  });
});
