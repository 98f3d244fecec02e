import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { z } from 'zod';
import type { DocumentIngested } from '@sluice/contracts';

/**
 * What `sluice publish` accepts per document: the ingest contract, a little more leniently than
 * Avro (an ISO date for receivedAt, a missing uri or attributes) so hand-written JSON works.
 * Unknown properties (e.g. a sample's `truth`) are ignored.
 */
const documentInput = z.object({
  id: z.string().min(1),
  tenant: z.string().min(1),
  kind: z.string().min(1),
  source: z.object({ platform: z.string().min(1), uri: z.string().nullable().default(null) }),
  contentType: z.string().min(1).default('text/plain'),
  text: z.string(),
  receivedAt: z.union([z.number().int().nonnegative(), z.iso.datetime({ offset: true }).transform((iso) => Date.parse(iso))]),
  attributes: z.record(z.string(), z.string()).default({}),
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

async function filesOf(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const names = (await readdir(path)).filter((name) => ['.json', '.jsonl', '.ndjson'].includes(extname(name))).sort();
  return names.map((name) => join(path, name));
}

/** Reads JSON (one document or an array) and JSONL files; every line or element is checked on its own. */
export async function readDocuments(path: string): Promise<(ParsedDocument | InvalidDocument)[]> {
  const results: (ParsedDocument | InvalidDocument)[] = [];
  for (const file of await filesOf(path)) {
    const text = await readFile(file, 'utf8');
    if (extname(file) === '.json') {
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
