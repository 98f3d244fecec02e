import { z } from 'zod';
import { receivedAtInput, wellFormedText, type DocumentIngested } from '@sluice/contracts';
import { TENANT_PATTERN } from './api-key-store';

// Every string must have a UTF-8 form (issue 12, input 2: ids differing only in a lone surrogate
// encode to the same bytes, and the second document would be dropped as a duplicate).
const text = wellFormedText;

/**
 * One document as the gateway accepts it: the ingest contract (schemas/documents.ingested.v1.avsc),
 * with `receivedAt` optional (default: now) and accepted as epoch milliseconds or an ISO date, and
 * `contentType`, `source.uri` and `attributes` optional. Unknown properties are refused by name, so a
 * misspelt field is an error, not silently dropped.
 */
export const documentInputSchema = z
  .object({
    id: text().min(1).max(256),
    tenant: z.string().regex(TENANT_PATTERN, 'a tenant name: letters, digits, ".", "_", "-"'),
    kind: text().min(1).max(64),
    source: z.object({ platform: text().min(1), uri: text().nullable().default(null) }).strict(),
    contentType: text().min(1).default('text/plain'),
    text: text(),
    receivedAt: receivedAtInput().optional(),
    attributes: z.record(text(), text()).default({}),
  })
  .strict();

/**
 * The query of a raw-document post (the body is the document itself): `id` (default: the file
 * name's stem and the first 12 hex of the bytes' SHA-256), `kind` (default: detected), `platform`
 * (default `gateway`) and `uri` of the source.
 */
export const rawDocumentQuerySchema = z
  .object({
    id: text().min(1).max(256).optional(),
    kind: text().min(1).max(64).optional(),
    platform: text().min(1).max(128).default('gateway'),
    uri: text().min(1).optional(),
  })
  .strict();

/** A batch: `{ "documents": [ ... ] }`; a body without `documents` is one document. */
export const batchInputSchema = z.object({ documents: z.array(z.unknown()) }).strict();

export interface RequestProblem {
  /** JSON path of the offending value, e.g. `documents[2].source.platform`. */
  field: string;
  message: string;
}

export type ParsedRequest =
  | { ok: true; documents: DocumentIngested[]; batch: boolean }
  | { ok: false; status: 400 | 413; code: string; problems: RequestProblem[] };

function fieldPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    base,
  );
}

function problemsOf(error: z.ZodError, base: string): RequestProblem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: fieldPath(base, [...issue.path, key]), message: 'unknown property' }));
    }
    return [{ field: fieldPath(base, issue.path) || '(body)', message: issue.message }];
  });
}

/**
 * Turns a parsed JSON body into ingest records, or the problems with it, each naming its field.
 * `now` fills a missing receivedAt. Ids must be unique within one request (one record per id).
 */
export function parseDocumentRequest(body: unknown, options: { maxDocuments: number; now: number }): ParsedRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, status: 400, code: 'invalid-body', problems: [{ field: '(body)', message: 'must be a JSON object: one document or { "documents": [...] }' }] };
  }
  const batch = 'documents' in body;
  let items: unknown[] = [body];
  if (batch) {
    const parsed = batchInputSchema.safeParse(body);
    if (!parsed.success) return { ok: false, status: 400, code: 'invalid-body', problems: problemsOf(parsed.error, '') };
    items = parsed.data.documents;
    if (items.length === 0) {
      return { ok: false, status: 400, code: 'empty-batch', problems: [{ field: 'documents', message: 'must hold at least one document' }] };
    }
    if (items.length > options.maxDocuments) {
      return {
        ok: false,
        status: 413,
        code: 'too-many-documents',
        problems: [{ field: 'documents', message: `${items.length} documents; at most ${options.maxDocuments} per request` }],
      };
    }
  }
  const problems: RequestProblem[] = [];
  const documents: DocumentIngested[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const base = batch ? `documents[${index}]` : '';
    const parsed = documentInputSchema.safeParse(item);
    if (!parsed.success) {
      problems.push(...problemsOf(parsed.error, base));
      return;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      problems.push({ field: fieldPath(base, ['id']), message: `repeats the id of documents[${first}]` });
      return;
    }
    seen.set(parsed.data.id, index);
    documents.push({ ...parsed.data, receivedAt: parsed.data.receivedAt ?? options.now });
  });
  if (problems.length > 0) return { ok: false, status: 400, code: 'invalid-document', problems };
  return { ok: true, documents, batch };
}
