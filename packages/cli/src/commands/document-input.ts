import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { z } from 'zod';
import { receivedAtInput, wellFormedText, type DocumentIngested } from '@sluice/contracts';
import { fileDocument, FILE_TYPES, type FileDocumentOptions } from './file-documents';

/**
 * What `sluice publish` accepts per document: the ingest contract, a little more leniently than
 * Avro (an ISO date for receivedAt, a missing uri or attributes) so hand-written JSON works.
 * Unknown properties (e.g. a sample's `truth`) are ignored.
 */
// Every string must have a UTF-8 form: ids differing only in a lone surrogate would otherwise
// encode to the same bytes and the second document be dropped as a duplicate (issue 12, input 2).
const text = wellFormedText;

const documentInput = z.object({
  id: text().min(1),
  tenant: text().min(1),
  kind: text().min(1),
  source: z.object({ platform: text().min(1), uri: text().nullable().default(null) }),
  contentType: text().min(1).default('text/plain'),
  text: text(),
  receivedAt: receivedAtInput(),
  attributes: z.record(text(), text()).default({}),
});

export interface ParsedDocument {
  origin: string; // file:line
  document: DocumentIngested;
}

export interface InvalidDocument {
  origin: string;
  reason: string;
}

export function parseDocument(raw: unknown, origin: string): ParsedDocument | InvalidDocument {
  const parsed = documentInput.safeParse(raw);
  if (parsed.success) return { origin, document: parsed.data };
  const reason = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`).join('; ');
  return { origin, reason };
}

const DOCUMENT_LISTS = ['.json', '.jsonl', '.ndjson'];

async function filesOf(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const known = [...DOCUMENT_LISTS, ...Object.keys(FILE_TYPES)];
  const names = (await readdir(path)).filter((name) => known.includes(extname(name).toLowerCase())).sort();
  return names.map((name) => join(path, name));
}

/** For files that are documents themselves (.eml, .pdf, .html, .txt): tenant, kind and the claim-check store. */
export type RawFileOptions = Omit<FileDocumentOptions, 'tenant'> & { tenant?: string };

/**
 * Reads JSON (one document or an array) and JSONL files, whose every line or element is checked
 * on its own, and .eml, .pdf, .html and .txt files, each one document (see file-documents.ts);
 * those need `raw.tenant`. A folder is read one level deep, in name order.
 */
export async function readDocuments(path: string, raw?: RawFileOptions): Promise<(ParsedDocument | InvalidDocument)[]> {
  const results: (ParsedDocument | InvalidDocument)[] = [];
  for (const file of await filesOf(path)) {
    const extension = extname(file).toLowerCase();
    if (FILE_TYPES[extension]) {
      if (!raw?.tenant) {
        results.push({ origin: file, reason: 'a document file needs --tenant' });
        continue;
      }
      results.push({ origin: file, document: await fileDocument(file, await readFile(file), { ...raw, tenant: raw.tenant }) });
      continue;
    }
    const text = await readFile(file, 'utf8');
    if (extension === '.json') {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        results.push({ origin: file, reason: `not JSON: ${(error as Error).message}` });
        continue;
      }
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item, index) => results.push(parseDocument(item, `${file}[${index}]`)));
      continue;
    }
    text.split('\n').forEach((line, index) => {
      if (!line.trim()) return;
      const origin = `${file}:${index + 1}`;
      try {
        results.push(parseDocument(JSON.parse(line), origin));
      } catch (error) {
        results.push({ origin, reason: `not JSON: ${(error as Error).message}` });
      }
    });
  }
  return results;
}
