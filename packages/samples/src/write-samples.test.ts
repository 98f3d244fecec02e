import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSamples } from './write-samples';

describe('committed demo samples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-samples-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('regenerate byte for byte from the script', () => {
    writeSamples(dir);
    const committed = resolve(import.meta.dirname, '../../../samples');
    for (const file of ['documents/documents.jsonl', 'documents/truth.jsonl', 'reference/vendors.jsonl', 'reference/customers.jsonl']) {
      expect(readFileSync(join(dir, file), 'utf8'), file).toBe(readFileSync(join(committed, file), 'utf8'));
    }
  });
});
