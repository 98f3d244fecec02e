import type pg from 'pg';
import type { ReviewCompleted, ReviewRequested } from '@sluice/contracts';
import type { ReviewContext } from './review-context';
import { pseudonymKey, reviewerPseudonym } from './reviewer-pseudonym';

/** One line of `sluice reviews export`: a person's decision as a training and prompt-improvement example. */
export interface ReviewExample {
  documentId: string;
  tenant: string;
  kind: string;
  decision: 'ACCEPTED' | 'REJECTED';
  decidedAt: string;
  /** The document text and its language, as the extractor read them (null when the text never reached the review service). */
  input: { text: string; language: string | null } | null;
  /** Which model and prompt produced the output. */
  model: ReviewContext['model'] | null;
  /** Per field: what the model said, what the person settled on, whether they changed it. */
  fields: { name: string; modelValue: string | null; confidence: number | null; span: { start: number; end: number } | null; finalValue: string; corrected: boolean }[];
  /** The validator findings that sent it to a person. */
  reasons: string[];
  rationale: string | null;
  /** Stable per database, not reversible without it (HMAC-SHA256 of the username). */
  reviewer: string;
  approvers: string[];
}

export interface ExportOptions {
  /** The topic prefix the review service ran under ('' for production). */
  scope: string;
  since?: Date;
  tenant?: string;
}

interface Row {
  document_id: string;
  tenant: string;
  kind: string;
  decision: 'ACCEPTED' | 'REJECTED';
  decided_at: Date;
  request: ReviewRequested;
  completion: ReviewCompleted;
  text: string | null;
  language: string | null;
  model: ReviewContext['model'] | null;
  fields: ReviewContext['fields'] | null;
}

/**
 * Decided reviews as examples, oldest decision first, read in pages (keyset on decided_at and
 * document id) so a large export never holds the table in memory.
 */
export async function* reviewExamples(pool: pg.Pool, options: ExportOptions, pageSize = 500): AsyncGenerator<ReviewExample> {
  const key = await pseudonymKey(pool);
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    const result: pg.QueryResult<Row> = await pool.query<Row>(
      `SELECT q.document_id, q.tenant, q.kind, q.decision, q.decided_at, q.request, q.completion, c.text, c.language, c.model, c.fields
       FROM review_queue q LEFT JOIN review_context c ON c.scope = q.scope AND c.document_id = q.document_id
       WHERE q.scope = $1 AND q.status = 'DECIDED'
         AND ($2::timestamptz IS NULL OR q.decided_at >= $2) AND ($3::text IS NULL OR q.tenant = $3)
         AND ($4::timestamptz IS NULL OR (q.decided_at, q.document_id) > ($4, $5))
       ORDER BY q.decided_at, q.document_id LIMIT $6`,
      [options.scope, options.since ?? null, options.tenant ?? null, after?.at ?? null, after?.id ?? '', pageSize],
    );
    const rows: Row[] = result.rows;
    for (const row of rows) yield toExample(row, key);
    if (rows.length < pageSize) return;
    const last: Row = rows[rows.length - 1]!;
    after = { at: last.decided_at, id: last.document_id };
  }
}

function toExample(row: Row, key: Buffer): ReviewExample {
  const extracted = new Map((row.fields ?? []).map((field) => [field.name, field]));
  const corrected = new Map(row.completion.corrections.map((c) => [c.name, c.value]));
  const names = [...new Set([...row.request.fields.map((f) => f.name), ...corrected.keys()])];
  const requested = new Map(row.request.fields.map((field) => [field.name, field]));
  return {
    documentId: row.document_id,
    tenant: row.tenant,
    kind: row.kind,
    decision: row.decision,
    decidedAt: row.decided_at.toISOString(),
    input: row.text === null ? null : { text: row.text, language: row.language },
    model: row.model,
    fields: names.map((name) => {
      const before = extracted.get(name) ?? requested.get(name);
      return {
        name,
        modelValue: before?.value ?? null,
        confidence: before?.confidence ?? null,
        span: extracted.get(name)?.span ?? null,
        finalValue: corrected.get(name) ?? requested.get(name)?.value ?? '',
        corrected: corrected.has(name),
      };
    }),
    reasons: row.request.reasons.map((reason) => reason.rule),
    rationale: row.completion.rationale,
    reviewer: reviewerPseudonym(key, row.completion.reviewer),
    approvers: (row.completion.approvers ?? []).map((name) => reviewerPseudonym(key, name)),
  };
}
