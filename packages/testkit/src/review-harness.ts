import type { Kafka } from 'kafkajs';
import pg from 'pg';
import pino from 'pino';
import { Registry } from 'prom-client';
import { AccountStore, SessionStore, type Role } from '@sluice/accounts';
import { AUDIT_TOPIC } from '@sluice/audit-events';
import { ensureTopics, planTopics, type AvroSerde, type ReviewRequested } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import {
  QueueStore,
  REVIEW_COMPLETED_TOPIC,
  ReviewActions,
  reviewMetrics,
  reviewService,
  startOutboxPublisher,
  startPipelineMetrics,
  type OutboxPublisher,
  type ReviewPolicyBook,
  type TenantPolicy,
} from '@sluice/review';
import { runService, type RunningService } from '@sluice/stream';

/**
 * Test plumbing for the review service's tests and the console's browser test: the review service in-process on the real broker,
 * registry and PostgreSQL, with its HTTP server on a free port, a clock the test can move forward
 * (lease expiry, SLA) and HTTP clients that sign in like the console does.
 */
export interface ReviewHarness {
  baseUrl: string;
  store: QueueStore;
  actions: ReviewActions;
  publisher: OutboxPublisher;
  registry: Registry;
  /** Moves the service's clock forward. */
  advance(ms: number): void;
  addUser(username: string, role: Role, tenants: string[]): Promise<{ username: string; password: string }>;
  stop(): Promise<void>;
}

export async function startReviewHarness(options: { kafka: Kafka; serde: AvroSerde; databaseUrl: string; leaseMs?: number; policy?: TenantPolicy; consoleDir?: string }): Promise<ReviewHarness> {
  const { kafka, serde } = options;
  // The service's own pool, sized like main.ts's: the test's pool stays free for its own queries.
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
  const scope = serde.prefix;
  const logger = pino({ level: process.env.SERVICE_TEST_VERBOSE ? 'info' : 'silent' });
  let offset = 0;
  const now = () => Date.now() + offset;
  const policy: TenantPolicy = options.policy ?? { slaMinutes: 60, fourEyes: [{ when: 'field-above', field: 'totalAmount', limit: 10_000 }] };
  const policies: ReviewPolicyBook = { forTenant: () => policy };
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, planTopics(scope)).finally(() => admin.disconnect());
  await serde.prepare([REVIEW_COMPLETED_TOPIC, AUDIT_TOPIC]);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const publisher = startOutboxPublisher({ pool, producer, serde, scope, logger, pollIntervalMs: 200 });
  const registry = new Registry();
  const store = new QueueStore(pool, scope, () => publisher.wake());
  const metrics = reviewMetrics(registry, store);
  const actions = new ReviewActions({ store, policies, metrics, leaseMs: options.leaseMs ?? 600_000, now });
  const accounts = new AccountStore(pool);
  const pipeline = startPipelineMetrics({ targets: [], intervalMs: 60_000, logger });
  const service = reviewService({
    pool,
    store,
    actions,
    policies,
    metrics,
    accounts,
    sessions: new SessionStore(pool, 3_600_000),
    secureCookie: false,
    consoleDir: options.consoleDir,
    pipeline,
    logger,
    now,
  });
  const running: RunningService = await runService(service, {
    kafka,
    serde,
    logger,
    registry,
    options: { httpPort: 0, sessionTimeoutMs: 8000, lagSampleIntervalMs: 500, retry: { baseDelayMs: 20, maxDelayMs: 200 } },
  });
  return {
    baseUrl: `http://127.0.0.1:${running.port}`,
    store,
    actions,
    publisher,
    registry,
    advance: (ms) => {
      offset += ms;
    },
    addUser: async (username, role, tenants) => {
      const password = `pw-${username}`;
      await accounts.add({ username, password, role, tenants }, { replace: true });
      return { username, password };
    },
    stop: async () => {
      pipeline.stop();
      await running.stop();
      await publisher.stop();
      await producer.disconnect();
      await pool.end();
    },
  };
}

/** An HTTP client that signs in like the console: keeps the session cookie and sends the CSRF token on writes. */
export class ApiClient {
  private cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(private readonly baseUrl: string) {}

  async signIn(username: string, password: string): Promise<this> {
    const response = await this.request('POST', '/api/session', { username, password });
    if (response.status !== 200) throw new SluiceError('INTERNAL', `sign-in of ${username} failed: ${response.status}`);
    return this;
  }

  async request(method: string, path: string, body?: unknown, { csrf = true }: { csrf?: boolean } = {}): Promise<{ status: number; body: Record<string, unknown> & { items?: Record<string, unknown>[] } }> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (csrf && this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const text = await response.text();
    const parsed = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
    if (path === '/api/session' && method === 'POST' && response.status === 200) this.csrfToken = parsed.csrfToken as string;
    return { status: response.status, body: parsed };
  }

  get(path: string) {
    return this.request('GET', path);
  }

  post(path: string, body: unknown = {}, options?: { csrf?: boolean }) {
    return this.request('POST', path, body, options);
  }
}

/** A review request as the validator emits it. */
export function reviewRequest(documentId: string, tenant: string, total = '120.00', requestedAt = Date.now()): ReviewRequested {
  return {
    documentId,
    tenant,
    kind: 'invoice',
    proposedDecision: 'ACCEPTED',
    reasons: [{ rule: 'vendor-match', severity: 'review', message: 'no confident vendor match' }],
    fields: [
      { name: 'invoiceNumber', value: `INV-${documentId}`, confidence: 0.55, span: null },
      { name: 'totalAmount', value: total, confidence: 0.93, span: null },
      { name: 'vendorName', value: 'Acme Tooling Ltd', confidence: 0.7, span: null },
    ],
    matches: [{ entityType: 'vendor', refId: 'v-1', name: 'ACME Tooling Limited', score: 0.62 }],
    requestedAt,
  };
}
