import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SluiceError } from '@sluice/errors';
import type { DocumentKind } from '@sluice/models';
import { parseEmail } from '@sluice/parsing';
import type { CorpusEntry } from './corpus-catalogue';
import type { ExpectedValue, LabelledCase } from './labelled-case';

/**
 * Reads a corpus folder: one JSON object per line of `labels.jsonl` with `id`, optional `file`
 * (default `docs/<id>.txt` when it exists, else `<id>.txt`; a `.eml` file is read through the parser
 * at the door, @sluice/parsing, as the extractor reads a `message/rfc822` document), optional `kind` (default the catalogue's), optional `taxonomy` (the
 * tenant the e-mail is triaged for, default `default`), optional `documentType` (copied into
 * `expected` when `expected` lacks it) and `expected`. Throws INVALID_INPUT on a malformed line.
 */
interface LabelLine {
  id: string;
  file?: string;
  kind?: string;
  taxonomy?: string;
  documentType?: string;
  split?: string;
  expected: Record<string, unknown>;
}

const kinds: readonly DocumentKind[] = ['invoice', 'email', 'ticket', 'other'];

function expectedValue(raw: unknown, where: string): ExpectedValue {
  if (raw === null || typeof raw === 'string') return raw;
  if (typeof raw === 'number') return String(raw);
  if (Array.isArray(raw) && raw.every((v) => typeof v === 'string')) return raw;
  throw new SluiceError('INVALID_INPUT', `${where}: expected values are strings, lists of strings or null`);
}

function parseLabel(line: string, where: string): LabelLine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (cause) {
    throw new SluiceError('INVALID_INPUT', `${where} is not JSON`, { cause });
  }
  const label = parsed as Partial<LabelLine>;
  if (typeof label.id !== 'string' || typeof label.expected !== 'object' || label.expected === null) {
    throw new SluiceError('INVALID_INPUT', `${where} needs an "id" and an "expected" object`);
  }
  return label as LabelLine;
}

/** All labelled cases of a corpus, in label order, with their document texts. */
export async function loadCorpus(root: string, entry: CorpusEntry): Promise<LabelledCase[]> {
  const dir = join(root, entry.dir);
  const lines = (await readFile(join(dir, 'labels.jsonl'), 'utf8')).split('\n');
  const out: LabelledCase[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const where = `${entry.dir}/labels.jsonl line ${i + 1}`;
    const label = parseLabel(line, where);
    const kind = (label.kind ?? entry.defaultKind) as DocumentKind;
    if (!kinds.includes(kind)) throw new SluiceError('INVALID_INPUT', `${where}: unknown kind ${label.kind}`);
    const expected: Record<string, ExpectedValue> = {};
    for (const [name, raw] of Object.entries(label.expected)) expected[name] = expectedValue(raw, `${where} ${name}`);
    if (label.documentType !== undefined && !('documentType' in expected)) expected.documentType = label.documentType;
    const file = label.file ?? (existsSync(join(dir, 'docs', `${label.id}.txt`)) ? `docs/${label.id}.txt` : `${label.id}.txt`);
    // A raw message (.eml) is read as the extractor reads it: the parser's canonical text.
    const text = file.endsWith('.eml') ? (await parseEmail(await readFile(join(dir, file)))).text : await readFile(join(dir, file), 'utf8');
    out.push({ id: label.id, kind, tenant: label.taxonomy ?? 'default', text, expected, ...(label.split === undefined ? {} : { split: label.split }) });
  }
  return out;
}
