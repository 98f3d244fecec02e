import type pg from 'pg';
import { documentLineage, type DocumentLineage } from './audit-queries';

export type ReadableLineage =
  | { lineage: DocumentLineage }
  | { status: 403; code: 'FORBIDDEN'; error: string }
  | { status: 404; code: 'NOT_FOUND'; error: string }
  | { status: 409; code: 'AMBIGUOUS_TENANT'; error: string };

/**
 * A document's lineage as one reader may see it, for the HTTP APIs that serve it (the auditor's
 * `GET /documents/:id`, the review service's `GET /documents/:id/lineage`). Document ids are
 * producer-assigned, so two tenants may use the same one: `tenant` picks one (403 when the reader
 * may not read it); without it, a shared id resolves to the one tenant the reader may read, else
 * 409 AMBIGUOUS_TENANT (name the tenant). 404 when nothing is recorded for the id.
 */
export async function readableLineage(
  pool: pg.Pool,
  documentId: string,
  options: { namespace: string; tenant?: string; reader: string; canRead: (tenant: string) => boolean },
): Promise<ReadableLineage> {
  const forbidden = (tenant: string) => ({ status: 403, code: 'FORBIDDEN', error: `${options.reader} may not read tenant ${tenant}` }) as const;
  if (options.tenant !== undefined && !options.canRead(options.tenant)) return forbidden(options.tenant);
  let lineage = await documentLineage(pool, documentId, { namespace: options.namespace, ...(options.tenant !== undefined ? { tenant: options.tenant } : {}) });
  if (lineage.tenants.length > 1) {
    const mine = lineage.tenants.filter((candidate) => options.canRead(candidate));
    if (mine.length !== 1) return { status: 409, code: 'AMBIGUOUS_TENANT', error: `document id ${documentId} is used by several tenants; pass ?tenant=` };
    lineage = await documentLineage(pool, documentId, { namespace: options.namespace, tenant: mine[0]! });
  }
  if (lineage.steps.length === 0 || lineage.tenant === null) return { status: 404, code: 'NOT_FOUND', error: `no audit entries for document ${documentId}` };
  if (!options.canRead(lineage.tenant)) return forbidden(lineage.tenant);
  return { lineage };
}
