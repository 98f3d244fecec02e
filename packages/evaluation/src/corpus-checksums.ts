import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { SluiceError } from '@sluice/errors';

/**
 * A frozen corpus keeps a `SHA256SUMS` file in the format `sha256sum` writes and checks
 * (`<64 hex>  ./relative/path`, one per line) for every file but the README. Verification reports every file whose bytes
 * changed, every listed file that is gone, and every file on disk the list does not name, so
 * a corpus can neither be edited nor quietly extended.
 */
export interface ChecksumReport {
  checked: number;
  changed: string[];
  missing: string[];
  unlisted: string[];
}

export const checksumFileName = 'SHA256SUMS';

/** Parses SHA256SUMS text into relative path → hex digest. Throws INVALID_INPUT on a bad line. */
export function parseChecksums(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const m = /^([0-9a-f]{64}) [ *](?:\.\/)?(.+)$/.exec(line);
    if (!m) throw new SluiceError('INVALID_INPUT', `${checksumFileName} line ${i + 1} is not "<sha256>  <path>"`);
    out.set(m[2]!, m[1]!);
  }
  return out;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** Files a corpus may change after freezing: the list itself and the README describing the corpus. */
const unfrozen = new Set([checksumFileName, 'README.md']);

/** Checks every file of `dir` against its SHA256SUMS (the list and the README excepted). */
export async function verifyChecksums(dir: string): Promise<ChecksumReport> {
  const listed = parseChecksums(await readFile(join(dir, checksumFileName), 'utf8'));
  const onDisk = new Set((await filesUnder(dir)).filter((f) => !unfrozen.has(f)));
  const report: ChecksumReport = { checked: 0, changed: [], missing: [], unlisted: [] };
  for (const [path, digest] of listed) {
    if (!onDisk.has(path)) {
      report.missing.push(path);
      continue;
    }
    report.checked++;
    const actual = createHash('sha256').update(await readFile(join(dir, path))).digest('hex');
    if (actual !== digest) report.changed.push(path);
  }
  report.unlisted = [...onDisk].filter((f) => !listed.has(f)).sort();
  return report;
}
