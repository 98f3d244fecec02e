import { Command } from 'commander';
import { AuditLog, costReport, documentLineage, egressReport, type EgressRow } from '@sluice/audit';
import { SluiceError } from '@sluice/errors';
import { emit } from '../output';
import { databasePool } from '../platform-clients';
import { sinceOption } from '../since-option';

export function auditCommand(): Command {
  const audit = new Command('audit').description('the hash-chained audit log in PostgreSQL');

  audit
    .command('verify')
    .description("recompute every tenant chain of a namespace (production's by default); exit 1 and name the first broken entry if one was changed or removed")
    .option('--tenant <tenant>', 'verify one tenant only')
    .option('--namespace <prefix>', "audit namespace: production's by default, or a shadow's topic prefix (shadow.<name>.)", '')
    .option('--json', 'print the result as JSON')
    .action(async (options: { tenant?: string; namespace: string; json?: boolean }) => {
      const pool = databasePool();
      try {
        const result = await new AuditLog(pool, options.namespace).verify(options.tenant ? { tenant: options.tenant } : {});
        emit(Boolean(options.json), result, () =>
          result.ok
            ? `audit log intact: ${result.checked} entries in ${result.tenants} tenant chain(s)`
            : `audit log BROKEN at tenant ${result.broken!.tenant}, seq ${result.broken!.seq} (event ${result.broken!.eventId}): ${result.broken!.reason}`,
        );
        if (!result.ok) process.exitCode = 1;
      } finally {
        await pool.end();
      }
    });

  audit
    .command('lineage')
    .description('every recorded step of one document, and whether its lineage is complete or still arriving')
    .argument('<documentId>')
    .option('--namespace <prefix>', "audit namespace: production's by default, or a shadow's topic prefix (shadow.<name>.)", '')
    .option('--tenant <tenant>', 'the tenant whose document it is (ids are producer-assigned: two tenants may share one)')
    .option('--json', 'print as JSON')
    .action(async (documentId: string, options: { namespace: string; tenant?: string; json?: boolean }) => {
      const pool = databasePool();
      try {
        const lineage = await documentLineage(pool, documentId, { namespace: options.namespace, ...(options.tenant ? { tenant: options.tenant } : {}) });
        const { completeness } = lineage;
        emit(Boolean(options.json), lineage, () =>
          [
            `document ${documentId} (tenant ${lineage.tenants.join(', ') || '?'}), cost $${lineage.costUsd.toFixed(6)}`,
            `lineage ${completeness.status}` +
              (completeness.missing.length ? `; not recorded yet: ${completeness.missing.join(', ')}` : '') +
              (completeness.incompleteAttachments.length ? `; attachments not complete: ${completeness.incompleteAttachments.join(', ')}` : ''),
            ...lineage.steps.map((step) => `  ${step.occurredAt} ${step.service.padEnd(10)} ${step.action}`),
          ].join('\n'),
        );
        if (lineage.steps.length === 0) process.exitCode = 1;
      } finally {
        await pool.end();
      }
    });

  audit
    .command('cost')
    .description('model cost and usage grouped by tenant, action or document')
    .option('--by <group>', 'tenant | action | document', 'tenant')
    .option('--tenant <tenant>', 'only this tenant')
    .option('--namespace <prefix>', "audit namespace: production's by default, or a shadow's topic prefix (shadow.<name>.)", '')
    .option('--json', 'print as JSON')
    .action(async (options: { by: string; tenant?: string; namespace: string; json?: boolean }) => {
      if (!['tenant', 'action', 'document'].includes(options.by)) throw new SluiceError('USAGE', '--by must be tenant, action or document');
      const pool = databasePool();
      try {
        const rows = await costReport(pool, options.by as 'tenant', { namespace: options.namespace, ...(options.tenant ? { tenant: options.tenant } : {}) });
        emit(Boolean(options.json), rows, () =>
          rows
            .map((r) => `${r.key.padEnd(32)} docs ${String(r.documents).padStart(6)}  calls ${String(r.modelCalls).padStart(6)}  $${r.costUsd.toFixed(6)}  ($${r.costPerDocumentUsd.toFixed(6)}/doc)`)
            .join('\n') || 'no audit entries',
        );
      } finally {
        await pool.end();
      }
    });

  audit
    .command('egress')
    .description('what left for external model endpoints and under which policy: calls per tenant, endpoint, task, policy, consent reference and outcome, with redactions per type')
    .option('--tenant <tenant>', 'only this tenant')
    .option('--since <date>', 'only audit events at or after this date or time (e.g. 2026-01-31 or 2026-01-31T12:00:00Z)', sinceOption)
    .option('--namespace <prefix>', "audit namespace: production's by default, or a shadow's topic prefix (shadow.<name>.)", '')
    .option('--json', 'print as JSON')
    .action(async (options: { tenant?: string; since?: Date; namespace: string; json?: boolean }) => {
      const pool = databasePool();
      try {
        const rows = await egressReport(pool, { namespace: options.namespace, tenant: options.tenant, since: options.since });
        emit(Boolean(options.json), rows, () => rows.map(egressLine).join('\n') || 'no external calls recorded');
      } finally {
        await pool.end();
      }
    });

  return audit;
}


/** One summary line: `tenant endpoint task policy[consent] outcome calls docs TYPE=n ... (reason n)`. */
export function egressLine(row: EgressRow): string {
  const policy = row.consentReference ? `${row.policy} (consent ${row.consentReference})` : row.policy;
  const redactions = Object.entries(row.redactions).sort(([a], [b]) => a.localeCompare(b)).map(([type, n]) => `${type}=${n}`).join(' ') || 'no redactions';
  const reasons = Object.entries(row.reasons).map(([reason, n]) => `${reason}: ${n}`).join('; ');
  return [row.tenant.padEnd(20), row.endpoint.padEnd(12), row.task.padEnd(14), policy.padEnd(24), row.outcome.padEnd(9), `calls ${String(row.calls).padStart(5)}`, `docs ${String(row.documents).padStart(5)}`, reasons ? `${redactions}  (${reasons})` : redactions].join(' ');
}
