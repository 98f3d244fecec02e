import type pg from 'pg';
import { SluiceError } from '@sluice/errors';

/** Namespaces that may be deleted: shadow pipelines' (`shadow.<name>.`), never production's (''). */
export const DISPOSABLE_NAMESPACE_PREFIX = 'shadow.';

export interface NamespaceSummary {
  namespace: string;
  entries: number;
  tenants: number;
  documents: number;
  firstAt: Date | null;
  lastAt: Date | null;
}

/** LIKE pattern for "starts with `prefix`", with LIKE's own wildcards escaped. */
function startsWithPattern(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Size and time span of every namespace starting with `prefix` ('' lists all, production included). */
export async function auditNamespaces(pool: pg.Pool, prefix = ''): Promise<NamespaceSummary[]> {
  const { rows } = await pool.query<{ namespace: string; entries: string; tenants: string; documents: string; first_at: Date | null; last_at: Date | null }>(
    `SELECT namespace, count(*) AS entries, count(DISTINCT tenant) AS tenants, count(DISTINCT document_id) AS documents,
            min(occurred_at) AS first_at, max(occurred_at) AS last_at
     FROM audit_log WHERE namespace LIKE $1 GROUP BY namespace ORDER BY namespace`,
    [startsWithPattern(prefix)],
  );
  return rows.map((row) => ({
    namespace: row.namespace,
    entries: Number(row.entries),
    tenants: Number(row.tenants),
    documents: Number(row.documents),
    firstAt: row.first_at,
    lastAt: row.last_at,
  }));
}

/**
 * Deletes every audit namespace starting with `prefix`, which must be a shadow's (`shadow.<name>.`
 * also takes its baseline, `shadow.<name>.baseline.`). Production's trail cannot be deleted: this
 * refuses any other prefix, and the table's trigger refuses the DELETE too (migration 0011).
 * Returns the number of entries removed.
 */
export async function deleteAuditNamespaces(pool: pg.Pool, prefix: string): Promise<number> {
  if (!prefix.startsWith(DISPOSABLE_NAMESPACE_PREFIX) || prefix.length <= DISPOSABLE_NAMESPACE_PREFIX.length) {
    throw new SluiceError('CONFIG', `audit namespace ${JSON.stringify(prefix)} is not a shadow's (${DISPOSABLE_NAMESPACE_PREFIX}<name>.): only shadow trails can be deleted`);
  }
  const result = await pool.query('DELETE FROM audit_log WHERE namespace LIKE $1', [startsWithPattern(prefix)]);
  return result.rowCount ?? 0;
}
