import type pg from 'pg';
import type { DocumentOwnership } from './document-ownership';

export type DocumentStatus = 'accepted' | 'in-flight' | 'waiting-for-review' | 'decided';

export interface DocumentState {
  id: string;
  tenant: string;
  status: DocumentStatus;
  /** The stage that has the document next (in flight), null once decided or waiting for a person. */
  stage: string | null;
  decision: 'ACCEPTED' | 'REJECTED' | null;
  decidedBy: { actor: string; reviewer: string | null; rationale: string | null } | null;
  /** Topics the document has reached, in pipeline order, with when each record was written. */
  reached: { topic: string; at: string }[];
  acceptedAt: string | null;
}

// Pipeline order of the topics a document passes (design note, "Flow"), and who has it next.
const progress: readonly { topic: string; next: string | null }[] = [
  { topic: 'documents.ingested.v1', next: 'extractor' },
  { topic: 'documents.extracted.v1', next: 'embedder' },
  { topic: 'documents.embedded.v1', next: 'enricher' },
  { topic: 'documents.enriched.v1', next: 'validator' },
  { topic: 'reviews.requested.v1', next: null },
  { topic: 'reviews.completed.v1', next: 'validator' },
  { topic: 'documents.processed.v1', next: null },
];

interface AuditRow {
  tenant: string;
  topic: string;
  occurred_at: Date;
  entry: { decision?: string; decidedBy?: { actor: string; reviewer: string | null; rationale: string | null } };
}

/**
 * A document's current state for GET /v1/documents/:id, from what the auditor recorded of each
 * pipeline topic (`audit_log` rows `recorded <topic>` in the namespace of this topic prefix)
 * and the gateway's own acceptance record. The furthest topic reached decides: the result topic
 * means decided, a review request without a completion means waiting for a person, anything else
 * is in flight at the next stage. Null when neither knows the id.
 */
export async function documentState(
  pool: pg.Pool,
  ownership: DocumentOwnership,
  prefix: string,
  id: string,
): Promise<DocumentState | null> {
  const [owner, { rows }] = await Promise.all([
    ownership.owner(id),
    pool.query<AuditRow>(
      `SELECT tenant, substring(action from 10) AS topic, occurred_at, entry FROM audit_log
       WHERE document_id = $1 AND namespace = $2 AND service = 'kafka' AND action LIKE 'recorded %'
       ORDER BY seq`,
      [id, prefix],
    ),
  ]);
  const published = owner?.publishedAt ?? null;
  const tenant = owner?.tenant ?? rows[0]?.tenant;
  if (tenant === undefined || (rows.length === 0 && !published)) return null;
  const reached = progress.flatMap(({ topic }) => {
    const row = rows.find((candidate) => candidate.topic === topic);
    return row ? [{ topic, at: row.occurred_at.toISOString(), row }] : [];
  });
  const furthest = reached.at(-1);
  const base = { id, tenant, reached: reached.map(({ topic, at }) => ({ topic, at })), acceptedAt: published?.toISOString() ?? null };
  if (!furthest) return { ...base, status: 'accepted', stage: 'extractor', decision: null, decidedBy: null };
  if (furthest.topic === 'documents.processed.v1') {
    const decision = furthest.row.entry.decision === 'REJECTED' ? 'REJECTED' : 'ACCEPTED';
    return { ...base, status: 'decided', stage: null, decision, decidedBy: furthest.row.entry.decidedBy ?? null };
  }
  if (furthest.topic === 'reviews.requested.v1') return { ...base, status: 'waiting-for-review', stage: null, decision: null, decidedBy: null };
  const next = progress.find(({ topic }) => topic === furthest.topic)?.next ?? null;
  return { ...base, status: 'in-flight', stage: next, decision: null, decidedBy: null };
}
