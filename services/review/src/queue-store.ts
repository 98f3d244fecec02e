import type pg from 'pg';
import type { Principal } from '@sluice/accounts';
import type { ReviewRequested } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { AUDIT_TOPIC } from '@sluice/audit-events';
import { bandRange, type ConfidenceBand } from './confidence-band';
import type { Approval, QueueEntry, QueueStatus } from './queue-entry';
import { reviewAuditEvent } from './review-audit-events';
import type { ReviewContext } from './review-context';
import type { Transition } from './review-transitions';

export const REVIEW_COMPLETED_TOPIC = 'reviews.completed.v1';

interface QueueRow {
  document_id: string;
  tenant: string;
  kind: string;
  request: ReviewRequested;
  requested_at: Date;
  due_at: Date;
  escalated_at: Date | null;
  status: QueueStatus;
  lease_holder: string | null;
  lease_expires_at: Date | null;
  first_approval: Approval | null;
  decision: 'ACCEPTED' | 'REJECTED' | null;
  decided_by: string | null;
  decided_at: Date | null;
  completion: QueueEntry['completion'];
  version: number;
}

const columns =
  'document_id, tenant, kind, request, requested_at, due_at, escalated_at, status, lease_holder, lease_expires_at, first_approval, decision, decided_by, decided_at, completion, version';

const ms = (date: Date | null) => (date === null ? null : date.getTime());

function toEntry(row: QueueRow): QueueEntry {
  return {
    documentId: row.document_id,
    tenant: row.tenant,
    kind: row.kind,
    request: row.request,
    requestedAt: row.requested_at.getTime(),
    dueAt: row.due_at.getTime(),
    escalatedAt: ms(row.escalated_at),
    status: row.status,
    lease: row.lease_holder === null || row.lease_expires_at === null ? null : { holder: row.lease_holder, expiresAt: row.lease_expires_at.getTime() },
    firstApproval: row.first_approval,
    decision: row.decision,
    decidedBy: row.decided_by,
    decidedAt: ms(row.decided_at),
    completion: row.completion,
    version: row.version,
  };
}

export interface QueueFilter {
  /** Tenants the caller may read; null: every tenant. */
  tenants: readonly string[] | null;
  tenant?: string;
  kind?: string;
  /** A rule among the reasons the document was sent for. */
  reason?: string;
  /** Lowest field confidence of the request falls in this band. */
  band?: ConfidenceBand;
  /** Only entries waiting at least this long. */
  minAgeMs?: number;
  status?: QueueStatus | 'WAITING';
  limit: number;
  now: number;
}

export interface QueueCounts {
  waiting: number;
  overdue: number;
  leased: number;
  awaitingSecond: number;
  decided: number;
}

/** Outcome of a write: the transition as computed, after it was committed (or refused). */
export type Applied = Transition;

/**
 * The review queue in PostgreSQL (migration 0010), scoped by the topic prefix. Every change runs
 * in one transaction holding the entry's row lock: read, compute the transition (pure,
 * review-transitions.ts), write the entry and its outbox records (audit events, the completion).
 * Two reviewers racing for one document serialise on the lock; the loser sees the winner's lease.
 */
export class QueueStore {
  private committedOutbox: (() => void)[] = [];

  constructor(
    private readonly pool: pg.Pool,
    readonly scope: string,
    /** Called after a transaction that wrote outbox records commits (the publisher's wake-up). */
    private readonly onOutbox: () => void = () => undefined,
  ) {}

  /** Stores what reviewers see beside requests, in one statement; the first extraction of a document wins. */
  async storeContexts(contexts: readonly ReviewContext[]): Promise<void> {
    if (contexts.length === 0) return;
    await this.pool.query(
      `INSERT INTO review_context (scope, document_id, tenant, kind, text, language, model, fields, extracted_at)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::jsonb[], $9::timestamptz[])
       ON CONFLICT (scope, document_id) DO NOTHING`,
      [
        this.scope,
        contexts.map((c) => c.documentId),
        contexts.map((c) => c.tenant),
        contexts.map((c) => c.kind),
        contexts.map((c) => c.text),
        contexts.map((c) => c.language),
        contexts.map((c) => JSON.stringify(c.model)),
        contexts.map((c) => JSON.stringify(c.fields)),
        contexts.map((c) => new Date(c.extractedAt)),
      ],
    );
  }

  /** One context; see storeContexts. */
  storeContext(context: ReviewContext): Promise<void> {
    return this.storeContexts([context]);
  }

  async context(documentId: string): Promise<ReviewContext | undefined> {
    const { rows } = await this.pool.query<{ document_id: string; tenant: string; kind: string; text: string; language: string | null; model: ReviewContext['model']; fields: ReviewContext['fields']; extracted_at: Date }>(
      'SELECT document_id, tenant, kind, text, language, model, fields, extracted_at FROM review_context WHERE scope = $1 AND document_id = $2',
      [this.scope, documentId],
    );
    const row = rows[0];
    return row && { documentId: row.document_id, tenant: row.tenant, kind: row.kind, text: row.text, language: row.language, model: row.model, fields: row.fields, extractedAt: row.extracted_at.getTime() };
  }

  /**
   * Exactly one entry per document: the first request creates it, later ones change nothing. One
   * statement for the whole batch. Per request: `created` (now), `own` (the entry was created by
   * this very record, now or on an earlier delivery of it).
   */
  async enqueueMany(requests: readonly { request: ReviewRequested; recordKey: string; dueAt: number }[]): Promise<{ created: boolean; own: boolean }[]> {
    if (requests.length === 0) return [];
    const { rows: inserted } = await this.pool.query<{ request_record: string }>(
      `INSERT INTO review_queue (scope, document_id, tenant, kind, request, request_record, reason_rules, min_confidence, requested_at, due_at, status)
       SELECT $1, d, t, k, r, rr, string_to_array(reasons, ','), mc, ra, da, 'OPEN'
       FROM unnest($2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[], $7::text[], $8::float8[], $9::timestamptz[], $10::timestamptz[])
         AS x (d, t, k, r, rr, reasons, mc, ra, da)
       ON CONFLICT (scope, document_id) DO NOTHING RETURNING request_record`,
      [
        this.scope,
        requests.map(({ request }) => request.documentId),
        requests.map(({ request }) => request.tenant),
        requests.map(({ request }) => request.kind),
        requests.map(({ request }) => JSON.stringify(request)),
        requests.map(({ recordKey }) => recordKey),
        requests.map(({ request }) => request.reasons.map((r) => r.rule).join(',')),
        requests.map(({ request }) => (request.fields.length ? Math.min(...request.fields.map((f) => f.confidence)) : 1)),
        requests.map(({ request }) => new Date(request.requestedAt)),
        requests.map(({ dueAt }) => new Date(dueAt)),
      ],
    );
    const created = new Set(inserted.map((row) => row.request_record));
    const { rows } = await this.pool.query<{ document_id: string; request_record: string }>(
      'SELECT document_id, request_record FROM review_queue WHERE scope = $1 AND document_id = ANY($2)',
      [this.scope, requests.map(({ request }) => request.documentId)],
    );
    const owner = new Map(rows.map((row) => [row.document_id, row.request_record]));
    return requests.map(({ request, recordKey }) => ({ created: created.has(recordKey), own: owner.get(request.documentId) === recordKey }));
  }

  /** One request; see enqueueMany. */
  async enqueue(request: ReviewRequested, recordKey: string, dueAt: number): Promise<{ created: boolean; own: boolean }> {
    const [result] = await this.enqueueMany([{ request, recordKey, dueAt }]);
    return result!;
  }

  async get(documentId: string): Promise<QueueEntry | undefined> {
    const { rows } = await this.pool.query<QueueRow>(`SELECT ${columns} FROM review_queue WHERE scope = $1 AND document_id = $2`, [this.scope, documentId]);
    return rows[0] && toEntry(rows[0]);
  }

  /** Waiting entries, overdue (escalated) first, then oldest first; or decided ones, newest first. */
  async list(filter: QueueFilter): Promise<QueueEntry[]> {
    const where = ['scope = $1'];
    const values: unknown[] = [this.scope];
    const add = (sql: (n: string) => string, value: unknown) => {
      values.push(value);
      where.push(sql(`$${values.length}`));
    };
    if (filter.tenants !== null) add((n) => `tenant = ANY(${n})`, filter.tenants);
    if (filter.tenant) add((n) => `tenant = ${n}`, filter.tenant);
    if (filter.kind) add((n) => `kind = ${n}`, filter.kind);
    if (filter.reason) add((n) => `${n} = ANY(reason_rules)`, filter.reason);
    if (filter.band) {
      const { min, max } = bandRange(filter.band);
      if (Number.isFinite(min)) add((n) => `min_confidence >= ${n}`, min);
      if (Number.isFinite(max)) add((n) => `min_confidence < ${n}`, max);
    }
    if (filter.minAgeMs) add((n) => `requested_at <= ${n}`, new Date(filter.now - filter.minAgeMs));
    const status = filter.status ?? 'WAITING';
    if (status === 'WAITING') where.push(`status <> 'DECIDED'`);
    else add((n) => `status = ${n}`, status);
    values.push(filter.limit);
    const order = status === 'DECIDED' ? 'decided_at DESC' : 'escalated_at IS NULL, requested_at, document_id';
    const { rows } = await this.pool.query<QueueRow>(`SELECT ${columns} FROM review_queue WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $${values.length}`, values);
    return rows.map(toEntry);
  }

  /** Counts per state for the tenants a caller may read. */
  async counts(tenants: readonly string[] | null, now: number): Promise<QueueCounts> {
    const { rows } = await this.pool.query<{ waiting: string; overdue: string; leased: string; awaiting: string; decided: string }>(
      `SELECT count(*) FILTER (WHERE status <> 'DECIDED') AS waiting,
              count(*) FILTER (WHERE status <> 'DECIDED' AND due_at < $3) AS overdue,
              count(*) FILTER (WHERE status <> 'DECIDED' AND lease_expires_at > $3) AS leased,
              count(*) FILTER (WHERE status = 'AWAITING_SECOND') AS awaiting,
              count(*) FILTER (WHERE status = 'DECIDED') AS decided
       FROM review_queue WHERE scope = $1 AND ($2::text[] IS NULL OR tenant = ANY($2))`,
      [this.scope, tenants, new Date(now)],
    );
    const row = rows[0]!;
    return { waiting: Number(row.waiting), overdue: Number(row.overdue), leased: Number(row.leased), awaitingSecond: Number(row.awaiting), decided: Number(row.decided) };
  }

  /** Waiting entries per tenant and whether overdue, for the queue gauge. */
  async waitingByTenant(now: number): Promise<{ tenant: string; overdue: boolean; count: number }[]> {
    const { rows } = await this.pool.query<{ tenant: string; overdue: boolean; n: string }>(
      `SELECT tenant, due_at < $2 AS overdue, count(*) AS n FROM review_queue WHERE scope = $1 AND status <> 'DECIDED' GROUP BY 1, 2`,
      [this.scope, new Date(now)],
    );
    return rows.map((row) => ({ tenant: row.tenant, overdue: row.overdue, count: Number(row.n) }));
  }

  /**
   * Runs `transition` on the locked entry and commits its result with its outbox records.
   * undefined: no such document in this scope.
   */
  async apply(documentId: string, transition: (entry: QueueEntry) => Transition, now: number): Promise<Applied | undefined> {
    return this.inTransaction(async (client) => {
      const { rows } = await client.query<QueueRow>(`SELECT ${columns} FROM review_queue WHERE scope = $1 AND document_id = $2 FOR UPDATE`, [this.scope, documentId]);
      if (!rows[0]) return undefined;
      return this.commit(client, toEntry(rows[0]), transition, now);
    });
  }

  /**
   * Claims the first waiting entry (overdue first, then oldest) that `who` may claim, skipping rows
   * other transactions hold locked, so concurrent reviewers never wait on each other.
   */
  async claimNext(who: Principal, tenant: string | undefined, transition: (entry: QueueEntry) => Transition, now: number): Promise<Applied | undefined> {
    const tenants = tenant === undefined ? who.tenants : who.tenants.filter((t) => t === tenant);
    return this.inTransaction(async (client) => {
      const { rows } = await client.query<QueueRow>(
        `SELECT ${columns} FROM review_queue
         WHERE scope = $1 AND status <> 'DECIDED' AND tenant = ANY($2)
           AND (lease_holder IS NULL OR lease_expires_at <= $3 OR lease_holder = $4)
           AND NOT (status = 'AWAITING_SECOND' AND first_approval->>'reviewer' = $4)
         ORDER BY escalated_at IS NULL, requested_at, document_id
         LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [this.scope, tenants, new Date(now), who.username],
      );
      if (!rows[0]) return undefined;
      return this.commit(client, toEntry(rows[0]), transition, now);
    });
  }

  /**
   * Entries whose lease ran out or whose due time passed without escalation, locked (skipping rows
   * in use), each given to `transition`; what changes is committed with its outbox records.
   */
  async sweep(now: number, transition: (entry: QueueEntry) => Transition | undefined, limit = 500): Promise<Transition[]> {
    return this.inTransaction(async (client) => {
      const { rows } = await client.query<QueueRow>(
        `SELECT ${columns} FROM review_queue
         WHERE scope = $1 AND status <> 'DECIDED' AND (lease_expires_at <= $2 OR (escalated_at IS NULL AND due_at <= $2))
         ORDER BY requested_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [this.scope, new Date(now), limit],
      );
      const applied: Transition[] = [];
      for (const row of rows) {
        const result = await this.commit(client, toEntry(row), (entry) => transition(entry) ?? { ok: false, status: 409, code: 'UNCHANGED', error: 'nothing to do' }, now);
        if (result.ok) applied.push(result);
      }
      return applied;
    });
  }

  /** Context rows of documents never sent to review, older than `olderThanMs`. */
  async pruneContext(now: number, olderThanMs: number): Promise<number> {
    const { rowCount } = await this.pool.query(
      `DELETE FROM review_context c WHERE c.scope = $1 AND c.stored_at < $2
         AND NOT EXISTS (SELECT 1 FROM review_queue q WHERE q.scope = c.scope AND q.document_id = c.document_id)`,
      [this.scope, new Date(now - olderThanMs)],
    );
    return rowCount ?? 0;
  }

  private async commit(client: pg.PoolClient, entry: QueueEntry, transition: (entry: QueueEntry) => Transition, now: number): Promise<Transition> {
    const result = transition(entry);
    if (!result.ok) return result;
    const next = result.entry;
    await client.query(
      `UPDATE review_queue SET status = $3, lease_holder = $4, lease_expires_at = $5, first_approval = $6, decision = $7, decided_by = $8,
         decided_at = $9, completion = $10, escalated_at = $11, version = $12
       WHERE scope = $1 AND document_id = $2`,
      [
        this.scope,
        next.documentId,
        next.status,
        next.lease?.holder ?? null,
        next.lease ? new Date(next.lease.expiresAt) : null,
        next.firstApproval === null ? null : JSON.stringify(next.firstApproval),
        next.decision,
        next.decidedBy,
        next.decidedAt === null ? null : new Date(next.decidedAt),
        next.completion === null ? null : JSON.stringify(next.completion),
        next.escalatedAt === null ? null : new Date(next.escalatedAt),
        next.version,
      ],
    );
    const outbox: { topic: string; value: unknown }[] = result.steps.map((step, index) => ({ topic: AUDIT_TOPIC, value: reviewAuditEvent(this.scope, next, step, index, now) }));
    if (result.completion) outbox.push({ topic: REVIEW_COMPLETED_TOPIC, value: result.completion });
    if (outbox.length > 0) {
      await client.query(
        'INSERT INTO review_outbox (scope, topic, key, value) SELECT $1, topic, $2, value FROM unnest($3::text[], $4::jsonb[]) AS o (topic, value)',
        [this.scope, next.documentId, outbox.map((record) => record.topic), outbox.map((record) => JSON.stringify(record.value))],
      );
    }
    if (outbox.length > 0) this.committedOutbox.push(() => this.onOutbox());
    return result;
  }

  private async inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw new SluiceError('UNAVAILABLE', `review queue database unreachable: ${(error as Error).message}`, { cause: error });
    }
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      for (const wake of this.committedOutbox.splice(0)) wake();
      return result;
    } catch (error) {
      this.committedOutbox = [];
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
