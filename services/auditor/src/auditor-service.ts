import type pg from 'pg';
import type { SessionStore } from '@sluice/accounts';
import { AuditLog } from '@sluice/audit';
import { physicalTopic } from '@sluice/contracts';
import { defineService, type ServiceDefinition } from '@sluice/stream';
import { auditApi } from './audit-api';
import { auditedTopics, toAuditEntry } from './audit-entry-mapping';

export interface AuditorDeps {
  pool: pg.Pool;
  prefix: string;
  /** Sign-ins of the review console's accounts: the lineage/cost API answers only to them. */
  sessions: SessionStore;
}

/**
 * A sink: every record of every pipeline topic becomes an audit entry; the append is idempotent by
 * event id, so a batch re-delivered after a crash appends nothing twice. No Kafka outputs. The
 * entries go to the audit namespace of the topic prefix: production's is '', a shadow pipeline's
 * `shadow.<name>.`, so a shadow never writes into (or chains onto) production's trail.
 */
export function auditorService({ pool, prefix, sessions }: AuditorDeps): ServiceDefinition<unknown, never> {
  const log = new AuditLog(pool, prefix);
  return defineService<unknown, never>({
    name: 'auditor',
    input: auditedTopics,
    outputs: [],
    batching: { maxRecords: 500, maxWaitMs: 200 },
    handler: async (records, context) => {
      const entries = records.map((record) => toAuditEntry(record, physicalTopic(record.topic, prefix)));
      const { appended, duplicates } = await log.append(entries);
      if (duplicates > 0) context.logger.debug({ appended, duplicates }, 'replayed audit entries skipped');
      return [];
    },
    readiness: {
      database: async () => {
        await pool.query('SELECT 1 FROM audit_log LIMIT 1');
      },
    },
    routes: (router) => router.use(auditApi({ pool, sessions, ownNamespace: prefix })),
  });
}
