import type pg from 'pg';
import type { NamespaceOption } from './audit-queries';

/**
 * What left for external model endpoints under one policy, per tenant, endpoint, task, policy,
 * consent reference and outcome (`sent`, `failed`: sent without a usable answer, `withheld`:
 * nothing left). Counts are of distinct calls: a batched call appears on the audit event of every
 * document it carried, once in the report.
 */
export interface EgressRow {
  tenant: string;
  endpoint: string;
  task: string;
  policy: string;
  consentReference: string | null;
  outcome: string;
  calls: number;
  documents: number;
  /** Placeholders sent instead of values, per personal-data type, summed over distinct calls. */
  redactions: Record<string, number>;
  /** Why calls were withheld, with how many calls each (empty for sent and failed calls). */
  reasons: Record<string, number>;
  firstAt: string;
  lastAt: string;
}

export interface EgressReportOptions extends NamespaceOption {
  tenant?: string;
  /** Only audit events that occurred at or after this time. */
  since?: Date;
}

interface EgressElement {
  tenant: string;
  document_id: string;
  occurred_at: Date;
  call_id: string;
  endpoint: string;
  task: string;
  policy: string;
  consent_reference: string | null;
  outcome: string;
  reason: string | null;
  redactions: Record<string, number> | null;
}

/**
 * Summarises the egress records of the audit log (the `egress` array the model-calling services
 * put on their audit events, see schemas/audit.events.v1.avsc) of one namespace, optionally one
 * tenant and a start time. Sorted by tenant, endpoint, task, then outcome.
 */
export async function egressReport(pool: pg.Pool, options: EgressReportOptions = {}): Promise<EgressRow[]> {
  const { rows } = await pool.query<EgressElement>(
    `SELECT a.tenant, a.document_id, a.occurred_at,
            e->>'callId' AS call_id, e->>'endpoint' AS endpoint, e->>'task' AS task, e->>'policy' AS policy,
            e->>'consentReference' AS consent_reference, e->>'outcome' AS outcome, e->>'reason' AS reason,
            e->'redactions' AS redactions
     FROM audit_log a CROSS JOIN LATERAL jsonb_array_elements(a.entry->'egress') AS e
     WHERE a.namespace = $1 AND a.entry ? 'egress'
       AND ($2::text IS NULL OR a.tenant = $2)
       AND ($3::timestamptz IS NULL OR a.occurred_at >= $3)
     ORDER BY a.seq`,
    [options.namespace ?? '', options.tenant ?? null, options.since ?? null],
  );
  const groups = new Map<string, EgressRow & { callIds: Set<string>; documentIds: Set<string> }>();
  for (const row of rows) {
    const key = JSON.stringify([row.tenant, row.endpoint, row.task, row.policy, row.consent_reference, row.outcome]);
    let group = groups.get(key);
    if (!group) {
      group = {
        tenant: row.tenant,
        endpoint: row.endpoint,
        task: row.task,
        policy: row.policy,
        consentReference: row.consent_reference,
        outcome: row.outcome,
        calls: 0,
        documents: 0,
        redactions: {},
        reasons: {},
        firstAt: row.occurred_at.toISOString(),
        lastAt: row.occurred_at.toISOString(),
        callIds: new Set(),
        documentIds: new Set(),
      };
      groups.set(key, group);
    }
    group.documentIds.add(row.document_id);
    const at = row.occurred_at.toISOString();
    if (at < group.firstAt) group.firstAt = at;
    if (at > group.lastAt) group.lastAt = at;
    if (group.callIds.has(row.call_id)) continue;
    group.callIds.add(row.call_id);
    for (const [type, count] of Object.entries(row.redactions ?? {})) group.redactions[type] = (group.redactions[type] ?? 0) + Number(count);
    if (row.reason) group.reasons[row.reason] = (group.reasons[row.reason] ?? 0) + 1;
  }
  return [...groups.values()]
    .map(({ callIds, documentIds, ...row }) => ({ ...row, calls: callIds.size, documents: documentIds.size }))
    .sort((a, b) => a.tenant.localeCompare(b.tenant) || a.endpoint.localeCompare(b.endpoint) || a.task.localeCompare(b.task) || a.outcome.localeCompare(b.outcome));
}
