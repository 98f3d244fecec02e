import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksumFileName, parseChecksums, verifyChecksums } from './corpus-checksums';

const corporaRoot = join(import.meta.dirname, '../../../bench/corpora');

describe('frozen corpora', () => {
  it('every corpus under bench/corpora matches its SHA256SUMS, file for file', async () => {
    const corpora = (await readdir(corporaRoot, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(corpora).toEqual(expect.arrayContaining(['invoices', 'invoices-dev', 'invoices-dev2', 'invoices-dev3', 'invoices-dev4', 'messages', 'messages-dev2', 'messages-heldout', 'privacy', 'privacy-dev2']));
    for (const name of corpora) {
      const dir = join(corporaRoot, name);
      expect(existsSync(join(dir, checksumFileName)), `${name} has no ${checksumFileName}`).toBe(true);
      const report = await verifyChecksums(dir);
      expect({ name, changed: report.changed, missing: report.missing, unlisted: report.unlisted }).toEqual({ name, changed: [], missing: [], unlisted: [] });
      expect(report.checked).toBeGreaterThan(0);
    }
  });
});

describe('verifyChecksums', () => {
  it('reports changed, missing and unlisted files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sluice-sums-'));
    try {
      await mkdir(join(dir, 'docs'));
      await writeFile(join(dir, 'docs/a.txt'), 'alpha');
      await writeFile(join(dir, 'b.txt'), 'beta, edited');
      await writeFile(join(dir, 'extra.txt'), 'never listed');
      const sha = (s: string) => createHash('sha256').update(s).digest('hex');
      await writeFile(join(dir, checksumFileName), `${sha('alpha')}  ./docs/a.txt\n${sha('beta')}  ./b.txt\n${sha('gone')}  ./c.txt\n`);
      expect(await verifyChecksums(dir)).toEqual({ checked: 2, changed: ['b.txt'], missing: ['c.txt'], unlisted: ['extra.txt'] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rejects a malformed line', () => {
    expect(() => parseChecksums('not a checksum line')).toThrow(/SHA256SUMS line 1/);
  });
});
