import type pg from 'pg';
import { chainHash, GENESIS_HASH, type ChainedContent } from './chain-hash';

/** An entry as a service records it; the namespace is the log's (`new AuditLog(pool, namespace)`). */
export type AuditEntry = Omit<ChainedContent, 'namespace'>;

export interface AppendResult {
  appended: number;
  /** Events already in the log (a replay): not appended again. */
  duplicates: number;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  tenants: number;
  /** The first entry whose hash does not follow from its content and predecessor. */
  broken: { tenant: string; seq: string; eventId: string; reason: string } | null;
}

interface Row {
  seq: string;
  event_id: string;
  tenant: string;
  document_id: string;
  service: string;
  action: string;
  occurred_at: Date;
  entry: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

// Production's key is the one it had before namespaces: an older auditor still running shares the lock.
const lockKey = (namespace: string, tenant: string) => (namespace ? `sluice.audit:${namespace}:${tenant}` : `sluice.audit:${tenant}`);

/** Entries as PostgreSQL will give them back (jsonb drops undefined, normalises numbers). */
function normalised(entry: AuditEntry): AuditEntry {
  return { ...entry, entry: JSON.parse(JSON.stringify(entry.entry)) as Record<string, unknown> };
}

/**
 * The append-only, hash-chained audit log (migrations 0004, 0011) of one namespace: production's
 * ('') or a shadow pipeline's (its topic prefix, `shadow.<name>.`). One chain per tenant within the
 * namespace, extended under a per-(namespace, tenant) advisory lock so concurrent auditors never
 * fork it; idempotent by event id within the namespace.
 */
export class AuditLog {
  constructor(
    private readonly pool: pg.Pool,
    readonly namespace = '',
  ) {}

  /** Appends a batch in one transaction: one lock, one tail read, one duplicate check, one insert per tenant. */
  async append(entries: readonly AuditEntry[]): Promise<AppendResult> {
    const byTenant = new Map<string, AuditEntry[]>();
    for (const entry of entries) byTenant.set(entry.tenant, [...(byTenant.get(entry.tenant) ?? []), normalised(entry)]);
    const client = await this.pool.connect();
    const result: AppendResult = { appended: 0, duplicates: 0 };
    try {
      await client.query('BEGIN');
      // Tenants in a fixed order: two auditors locking overlapping tenant sets cannot deadlock.
      for (const tenant of [...byTenant.keys()].sort()) {
        const outcome = await this.appendTenant(client, tenant, byTenant.get(tenant)!);
        result.appended += outcome.appended;
        result.duplicates += outcome.duplicates;
      }
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  private async appendTenant(client: pg.PoolClient, tenant: string, entries: AuditEntry[]): Promise<AppendResult> {
    const { namespace } = this;
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [lockKey(namespace, tenant)]);
    const existing = await client.query<{ event_id: string }>('SELECT event_id FROM audit_log WHERE namespace = $1 AND event_id = ANY($2)', [
      namespace,
      entries.map((entry) => entry.eventId),
    ]);
    const seen = new Set(existing.rows.map((row) => row.event_id));
    const fresh: AuditEntry[] = [];
    for (const entry of entries) {
      if (seen.has(entry.eventId)) continue;
      seen.add(entry.eventId); // the same event twice in one batch
      fresh.push(entry);
    }
    if (fresh.length === 0) return { appended: 0, duplicates: entries.length };
    const tail = await client.query<{ hash: string }>(
      'SELECT hash FROM audit_log WHERE namespace = $1 AND tenant = $2 ORDER BY seq DESC LIMIT 1',
      [namespace, tenant],
    );
    let prev = tail.rows[0]?.hash ?? GENESIS_HASH;
    const prevs: string[] = [];
    const hashes: string[] = [];
    for (const entry of fresh) {
      prevs.push(prev);
      prev = chainHash(prev, { ...entry, namespace });
      hashes.push(prev);
    }
    // unnest WITH ORDINALITY keeps the batch's order, so seq follows the chain.
    await client.query(
      `INSERT INTO audit_log (namespace, event_id, tenant, document_id, service, action, occurred_at, entry, prev_hash, hash)
       SELECT $10, e, $2, d, s, a, to_timestamp(o / 1000.0), j, p, h
       FROM unnest($1::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::jsonb[], $8::text[], $9::text[])
         WITH ORDINALITY AS t(e, d, s, a, o, j, p, h, n)
       ORDER BY n`,
      [
        fresh.map((e) => e.eventId),
        tenant,
        fresh.map((e) => e.documentId),
        fresh.map((e) => e.service),
        fresh.map((e) => e.action),
        fresh.map((e) => e.occurredAt),
        fresh.map((e) => JSON.stringify(e.entry)),
        prevs,
        hashes,
        namespace,
      ],
    );
    return { appended: fresh.length, duplicates: entries.length - fresh.length };
  }

  /**
   * Recomputes every chain of the namespace (or one tenant's) from its first entry, in pages, and
   * reports the first entry that does not follow: a changed field, a removed or reordered row.
   */
  async verify(options: { tenant?: string; pageSize?: number } = {}): Promise<VerifyResult> {
    const pageSize = options.pageSize ?? 5_000;
    const tails = new Map<string, string>();
    let checked = 0;
    let after = '0';
    for (;;) {
      const { rows } = await this.pool.query<Row>(
        `SELECT seq, event_id, tenant, document_id, service, action, occurred_at, entry, prev_hash, hash
         FROM audit_log WHERE namespace = $4 AND seq > $1 AND ($2::text IS NULL OR tenant = $2) ORDER BY seq LIMIT $3`,
        [after, options.tenant ?? null, pageSize, this.namespace],
      );
      for (const row of rows) {
        const expectedPrev = tails.get(row.tenant) ?? GENESIS_HASH;
        const content: ChainedContent = {
          namespace: this.namespace,
          eventId: row.event_id,
          tenant: row.tenant,
          documentId: row.document_id,
          service: row.service,
          action: row.action,
          occurredAt: row.occurred_at.getTime(),
          entry: row.entry,
        };
        const broken = (reason: string): VerifyResult => ({
          ok: false,
          checked,
          tenants: tails.size,
          broken: { tenant: row.tenant, seq: row.seq, eventId: row.event_id, reason },
        });
        if (row.prev_hash !== expectedPrev) return broken('prev_hash does not match the previous entry (row removed or reordered)');
        if (chainHash(row.prev_hash, content) !== row.hash) return broken('content does not match its hash (row changed)');
        tails.set(row.tenant, row.hash);
        checked += 1;
      }
      if (rows.length < pageSize) break;
      after = rows[rows.length - 1]!.seq;
    }
    return { ok: true, checked, tenants: tails.size, broken: null };
  }
}
