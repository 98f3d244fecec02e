import { describe, expect } from 'vitest';
import { AuditLog } from '@sluice/audit';
import type { AuditEvent, ReviewCompleted } from '@sluice/contracts';
import { integrationStack, kafkaPgTest as test, publish, readUntil, uniqueName } from '@sluice/testkit';
import { REVIEW_REQUESTED_TOPIC } from './intake-handler';
import { ApiClient, reviewRequest, startReviewHarness } from '@sluice/testkit/review-harness';

const LEASE_MS = 60_000;

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('review API on the real stack', () => {
  test('leases, late decisions, four-eyes, tenants, sessions and CSRF', async ({ kafka, serde, pool }) => {
    const acme = uniqueName('acme');
    const globex = uniqueName('globex');
    const harness = await startReviewHarness({ kafka, serde, databaseUrl: integrationStack().databaseUrl, leaseMs: LEASE_MS });
    try {
      const [ana, ben, eve, olu] = await Promise.all([
        harness.addUser(uniqueName('ana'), 'reviewer', [acme]),
        harness.addUser(uniqueName('ben'), 'reviewer', [acme]),
        harness.addUser(uniqueName('eve'), 'reviewer', [globex]),
        harness.addUser(uniqueName('olu'), 'auditor', []),
      ]);
      const small = `${acme}-small`;
      const large = `${acme}-large`;
      const foreign = `${globex}-doc`;
      await publish(kafka, serde, REVIEW_REQUESTED_TOPIC, [
        { key: small, value: reviewRequest(small, acme, '120.00') },
        { key: large, value: reviewRequest(large, acme, '25000.00') },
        { key: foreign, value: reviewRequest(foreign, globex) },
        // The same request again: still one queue entry.
        { key: small, value: reviewRequest(small, acme, '120.00') },
      ]);
      await until('three queue entries', async () => Promise.all([small, large, foreign].map((id) => harness.store.get(id))), (entries) => entries.every(Boolean));
      const { rows: entries } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM review_queue WHERE scope = $1 AND document_id = $2', [serde.prefix, small]);
      expect(Number(entries[0]!.n)).toBe(1);

      // No session: 401 everywhere.
      const anonymous = new ApiClient(harness.baseUrl);
      for (const [method, path] of [
        ['GET', '/api/reviews'],
        ['GET', `/api/reviews/${small}`],
        ['POST', `/api/reviews/${small}/claim`],
        ['POST', `/api/reviews/${small}/decision`],
        ['GET', `/api/documents/${small}/lineage`],
        ['GET', '/api/costs'],
        ['GET', '/api/pipeline'],
      ] as const) {
        expect((await anonymous.request(method, path, method === 'POST' ? {} : undefined)).status, `${method} ${path}`).toBe(401);
      }
      expect((await anonymous.post('/api/session', { username: ana.username, password: 'wrong' })).status).toBe(401);
      const openapi = await anonymous.get('/openapi.json');
      expect(openapi.status).toBe(200);
      expect(Object.keys(openapi.body.paths as object)).toContain('/api/reviews/{id}/decision');

      const asAna = await new ApiClient(harness.baseUrl).signIn(ana.username, ana.password);
      const asBen = await new ApiClient(harness.baseUrl).signIn(ben.username, ben.password);
      const asEve = await new ApiClient(harness.baseUrl).signIn(eve.username, eve.password);
      const asOlu = await new ApiClient(harness.baseUrl).signIn(olu.username, olu.password);

      // A write without the CSRF token is refused, and changes nothing.
      const forged = await asAna.post(`/api/reviews/${small}/claim`, {}, { csrf: false });
      expect(forged).toMatchObject({ status: 403, body: { code: 'CSRF' } });
      expect((await harness.store.get(small))?.lease).toBeNull();

      // The queue: only the reviewer's tenants; exactly one entry per document.
      const queue = await asAna.get('/api/reviews');
      expect(queue.body.items!.map((item) => item.documentId).sort()).toEqual([large, small]);
      expect(queue.body.counts).toMatchObject({ waiting: 2 });
      const low = await asAna.get(`/api/reviews?band=low&tenant=${acme}`);
      expect(low.body.items!.map((item) => item.documentId).sort()).toEqual([large, small]);
      expect((await asAna.get(`/api/reviews?band=high&tenant=${acme}`)).body.items).toEqual([]);

      // 403 for another tenant's document through every endpoint (its lineage too, once audited).
      await new AuditLog(pool, serde.prefix).append([
        { eventId: `${foreign}:queued`, tenant: globex, documentId: foreign, service: 'review', action: 'queued', occurredAt: Date.now(), entry: {} },
      ]);
      for (const [method, path] of [
        ['GET', `/api/reviews?tenant=${globex}`],
        ['GET', `/api/reviews/${foreign}`],
        ['POST', `/api/reviews/${foreign}/claim`],
        ['POST', `/api/reviews/${foreign}/heartbeat`],
        ['POST', `/api/reviews/${foreign}/release`],
        ['POST', `/api/reviews/${foreign}/decision`],
        ['GET', `/api/documents/${foreign}/lineage`],
        ['GET', `/api/costs?tenant=${globex}`],
      ] as const) {
        const response = await asAna.request(method, path, method === 'POST' ? { action: 'approve', rationale: 'x' } : undefined);
        expect(response.status, `${method} ${path}`).toBe(403);
      }
      expect((await asEve.get(`/api/reviews/${small}`)).status).toBe(403);
      // Auditors read every tenant and decide nothing.
      expect((await asOlu.get(`/api/reviews/${foreign}`)).status).toBe(200);
      expect((await asOlu.get(`/api/documents/${foreign}/lineage`)).body).toMatchObject({ tenant: globex, steps: [{ action: 'queued' }] });
      expect((await asOlu.post(`/api/reviews/${foreign}/claim`)).status).toBe(403);
      // Ids are producer-assigned: once acme uses the same id, each reads its own tenant's lineage.
      await new AuditLog(pool, serde.prefix).append([
        { eventId: `${foreign}:queued:${acme}`, tenant: acme, documentId: foreign, service: 'review', action: 'queued', occurredAt: Date.now(), entry: {} },
      ]);
      expect((await asAna.get(`/api/documents/${foreign}/lineage`)).body).toMatchObject({ tenant: acme, tenants: [acme] });
      expect((await asOlu.get(`/api/documents/${foreign}/lineage`)).body).toMatchObject({ code: 'AMBIGUOUS_TENANT' });
      expect((await asOlu.get(`/api/documents/${foreign}/lineage?tenant=${globex}`)).body).toMatchObject({ tenant: globex, tenants: [globex] });

      // Two reviewers claim one document: one wins, the other is told who holds it until when.
      const [first, second] = await Promise.all([asAna.post(`/api/reviews/${small}/claim`), asBen.post(`/api/reviews/${small}/claim`)]);
      const [winner, loser] = first.status === 200 ? [asAna, asBen] : [asBen, asAna];
      const lost = first.status === 200 ? second : first;
      const winnerName = winner === asAna ? ana.username : ben.username;
      expect([first.status, second.status].sort()).toEqual([200, 409]);
      expect(lost.body).toMatchObject({ code: 'LEASED', holder: winnerName, until: expect.any(String) });
      expect((await winner.post(`/api/reviews/${small}/heartbeat`)).status).toBe(200);

      // The lease expires: the other claims it; the first one's late decision is refused with 409.
      harness.advance(LEASE_MS + 1_000);
      expect((await loser.post(`/api/reviews/${small}/claim`)).status).toBe(200);
      const late = await winner.post(`/api/reviews/${small}/decision`, { action: 'approve', rationale: 'looked fine' });
      expect(late.status).toBe(409);
      const noRationale = await loser.post(`/api/reviews/${small}/decision`, { action: 'approve', rationale: '  ' });
      expect(noRationale.status).toBe(400);
      const decided = await loser.post(`/api/reviews/${small}/decision`, {
        action: 'approve',
        rationale: 'invoice number misread',
        corrections: [{ name: 'invoiceNumber', value: 'AT-5521' }],
      });
      expect(decided).toMatchObject({ status: 200, body: { status: 'DECIDED', decision: 'ACCEPTED' } });
      expect((await winner.post(`/api/reviews/${small}/claim`)).status).toBe(409);

      // Four-eyes: a total over the limit needs two different reviewers.
      expect((await asAna.post(`/api/reviews/${large}/claim`)).status).toBe(200);
      const firstApproval = await asAna.post(`/api/reviews/${large}/decision`, { action: 'approve', rationale: 'matches the contract' });
      expect(firstApproval.body).toMatchObject({ status: 'AWAITING_SECOND', firstApproval: { reviewer: ana.username } });
      expect(await asAna.post(`/api/reviews/${large}/claim`)).toMatchObject({ status: 403, body: { code: 'FOUR_EYES' } });
      expect((await asAna.post(`/api/reviews/${large}/decision`, { action: 'approve', rationale: 'again' })).status).toBe(409);
      expect((await asBen.post(`/api/reviews/${large}/claim`)).status).toBe(200);
      const confirmed = await asBen.post(`/api/reviews/${large}/decision`, { action: 'approve', rationale: 'confirmed with the buyer' });
      expect(confirmed.body).toMatchObject({ status: 'DECIDED', decision: 'ACCEPTED' });

      // What left through the outbox: one completion each, with before/after values and approvers.
      const completions = await readUntil<ReviewCompleted>(kafka, serde, 'reviews.completed.v1', uniqueName('completions'), (records) => records.length >= 2);
      const byId = new Map(completions.map((record) => [record.value.documentId, record.value]));
      expect(completions).toHaveLength(2);
      expect(byId.get(small)).toMatchObject({
        decision: 'ACCEPTED',
        rationale: 'invoice number misread',
        corrections: [{ name: 'invoiceNumber', value: 'AT-5521', previousValue: `INV-${small}` }],
        approvers: [expect.any(String)],
      });
      expect(byId.get(large)).toMatchObject({ reviewer: ben.username, approvers: [ana.username, ben.username], corrections: [] });

      // Every step is in the audit trail with who.
      const events = await readUntil<AuditEvent>(kafka, serde, 'audit.events.v1', uniqueName('audit'), (records) => records.filter((r) => r.value.action === 'approved').length >= 3);
      const steps = events.filter((r) => r.value.documentId === small).map((r) => [r.value.action, r.value.reviewer]);
      expect(steps).toEqual(
        expect.arrayContaining([
          ['queued', null],
          ['claimed', winnerName],
          ['expired', winnerName],
          ['corrected', expect.any(String)],
          ['approved', expect.any(String)],
        ]),
      );
      expect(events.filter((r) => r.value.documentId === small && r.value.action === 'queued')).toHaveLength(1);

      // Signing out ends the session.
      expect((await asEve.request('DELETE', '/api/session')).status).toBe(204);
      expect((await asEve.get('/api/reviews')).status).toBe(401);
    } finally {
      await harness.stop();
    }
  });

  test('SLA: an overdue entry is escalated once, audited, counted, and listed first', async ({ kafka, serde, pool }) => {
    const tenant = uniqueName('sla');
    const harness = await startReviewHarness({ kafka, serde, databaseUrl: integrationStack().databaseUrl, policy: { slaMinutes: 30, fourEyes: [] } });
    try {
      const reviewer = await harness.addUser(uniqueName('sam'), 'reviewer', [tenant]);
      const old = `${tenant}-old`;
      const fresh = `${tenant}-fresh`;
      const start = Date.now();
      await publish(kafka, serde, REVIEW_REQUESTED_TOPIC, [
        { key: fresh, value: reviewRequest(fresh, tenant, '10.00', start - 60_000) },
        { key: old, value: reviewRequest(old, tenant, '10.00', start - 20 * 60_000) },
      ]);
      await until('two entries', async () => Promise.all([old, fresh].map((id) => harness.store.get(id))), (entries) => entries.every(Boolean));
      harness.advance(15 * 60_000);
      expect(await harness.actions.sweep()).toBe(1);
      expect(await harness.actions.sweep()).toBe(0);
      const { rows } = await pool.query<{ document_id: string }>('SELECT document_id FROM review_queue WHERE scope = $1 AND escalated_at IS NOT NULL', [serde.prefix]);
      expect(rows.map((row) => row.document_id)).toEqual([old]);
      const client = await new ApiClient(harness.baseUrl).signIn(reviewer.username, reviewer.password);
      const queue = await client.get(`/api/reviews?tenant=${tenant}`);
      expect(queue.body.items!.map((item) => [item.documentId, item.overdue])).toEqual([
        [old, true],
        [fresh, false],
      ]);
      const metrics = await harness.registry.getSingleMetricAsString('sluice_review_escalations_total');
      expect(metrics).toMatch(new RegExp(`sluice_review_escalations_total\\{[^}]*tenant="${tenant}"[^}]*\\} 1`));
      const events = await readUntil<AuditEvent>(kafka, serde, 'audit.events.v1', uniqueName('audit'), (records) => records.some((r) => r.value.action === 'escalated'));
      expect(events.filter((r) => r.value.action === 'escalated').map((r) => r.value.documentId)).toEqual([old]);
    } finally {
      await harness.stop();
    }
  });
});
