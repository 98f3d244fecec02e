import type pg from 'pg';
import { lineageCompleteness, type LineageCompleteness } from './lineage-completeness';

export interface LineageStep {
  seq: string;
  service: string;
  action: string;
  occurredAt: string;
  entry: Record<string, unknown>;
  hash: string;
}

export interface DocumentLineage {
  documentId: string;
  tenant: string | null;
  /** Every tenant whose steps are included: more than one only when no tenant was asked for and the id is shared. */
  tenants: string[];
  steps: LineageStep[];
  costUsd: number;
  /** From the first to the last recorded step. */
  elapsedMs: number | null;
  /** The document's family (issue 9): the document it was attached to, and its attachments. */
  family: { parentId: string | null; children: string[] };
  /**
   * Whether every step expected for the document (and its attachments) is recorded yet
   * (`lineage-completeness.ts`): the auditor consumes each topic on its own, so steps arrive in any
   * order and for a while after the document's final record.
   */
  completeness: LineageCompleteness;
}

/** How deep attachments of attachments are followed for completeness (an e-mail in an e-mail in an e-mail). */
const MAX_FAMILY_DEPTH = 3;

/** Parent and children as the steps recorded them (the extractor's `parsed` event and the records' parentId). */
function familyOf(steps: readonly { action: string; entry: Record<string, unknown> }[]): DocumentLineage['family'] {
  let parentId: string | null = null;
  const children = new Set<string>();
  for (const step of steps) {
    const details = (step.entry.details ?? {}) as Record<string, unknown>;
    const parent = step.entry.parentId ?? details.parentId;
    if (typeof parent === 'string' && parent) parentId = parent;
    if (step.action === 'parsed' && typeof details.attachments === 'string' && details.attachments) {
      for (const child of details.attachments.split(',')) children.add(child);
    }
  }
  return { parentId, children: [...children] };
}

/** Which audit namespace a query reads: production's ('', the default) or a shadow's topic prefix. */
export interface NamespaceOption {
  namespace?: string;
}

/**
 * Every recorded step of one document of one tenant in one namespace, in the order they were
 * appended. Document ids are producer-assigned, so two tenants may use the same one: pass
 * `tenant` to read only that tenant's steps (without it, the steps of every tenant using the id).
 */
export async function documentLineage(
  pool: pg.Pool,
  documentId: string,
  { namespace = '', tenant }: NamespaceOption & { tenant?: string } = {},
  depth = 0,
): Promise<DocumentLineage> {
  const { rows } = await pool.query<{
    seq: string;
    tenant: string;
    service: string;
    action: string;
    occurred_at: Date;
    entry: Record<string, unknown>;
    hash: string;
  }>(
    `SELECT seq, tenant, service, action, occurred_at, entry, hash FROM audit_log WHERE document_id = $1 AND namespace = $2 AND ($3::text IS NULL OR tenant = $3) ORDER BY seq`,
    [documentId, namespace, tenant ?? null],
  );
  const times = rows.map((row) => row.occurred_at.getTime());
  const family = familyOf(rows);
  const owner = tenant ?? rows[0]?.tenant;
  const attachments =
    depth < MAX_FAMILY_DEPTH
      ? await Promise.all(
          family.children.map(async (child) => ({
            documentId: child,
            status: (await documentLineage(pool, child, { namespace, ...(owner ? { tenant: owner } : {}) }, depth + 1)).completeness.status,
          })),
        )
      : [];
  return {
    documentId,
    tenant: rows[0]?.tenant ?? null,
    tenants: [...new Set(rows.map((row) => row.tenant))],
    steps: rows.map((row) => ({
      seq: row.seq,
      service: row.service,
      action: row.action,
      occurredAt: row.occurred_at.toISOString(),
      entry: row.entry,
      hash: row.hash,
    })),
    costUsd: rows.reduce((sum, row) => sum + Number(row.entry.costUsd ?? 0), 0),
    elapsedMs: rows.length ? Math.max(...times) - Math.min(...times) : null,
    family,
    completeness: lineageCompleteness(rows, { hasParent: family.parentId !== null, attachments }),
  };
}

export interface CostRow {
  key: string;
  documents: number;
  actions: number;
  modelCalls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  costPerDocumentUsd: number;
}

/** Cost grouped by tenant, by action, or (for one tenant) by document, in one namespace. */
export async function costReport(
  pool: pg.Pool,
  groupBy: 'tenant' | 'action' | 'document',
  options: { tenant?: string; limit?: number } & NamespaceOption = {},
): Promise<CostRow[]> {
  const column = { tenant: 'tenant', action: 'action', document: 'document_id' }[groupBy];
  const { rows } = await pool.query<{
    key: string;
    documents: string;
    actions: string;
    model_calls: string;
    input_tokens: string | null;
    output_tokens: string | null;
    cost: string | null;
  }>(
    `SELECT ${column} AS key,
            count(DISTINCT document_id) AS documents,
            count(*) AS actions,
            count(*) FILTER (WHERE entry->'model' IS NOT NULL AND entry->'model' <> 'null'::jsonb) AS model_calls,
            sum((entry->>'inputTokens')::numeric) AS input_tokens,
            sum((entry->>'outputTokens')::numeric) AS output_tokens,
            sum((entry->>'costUsd')::numeric) AS cost
     FROM audit_log
     WHERE namespace = $3 AND ($1::text IS NULL OR tenant = $1)
     GROUP BY 1 ORDER BY cost DESC NULLS LAST, 1 LIMIT $2`,
    [options.tenant ?? null, options.limit ?? 1000, options.namespace ?? ''],
  );
  return rows.map((row) => {
    const documents = Number(row.documents);
    const costUsd = Number(row.cost ?? 0);
    return {
      key: row.key,
      documents,
      actions: Number(row.actions),
      modelCalls: Number(row.model_calls),
      inputTokens: Number(row.input_tokens ?? 0),
      outputTokens: Number(row.output_tokens ?? 0),
      costUsd,
      costPerDocumentUsd: documents ? costUsd / documents : 0,
    };
  });
}
