import { describe, expect } from 'vitest';
import type { ReviewCompleted } from '@sluice/contracts';
import { integrationStack, kafkaPgTest as test, publish, readUntil, uniqueName } from '@sluice/testkit';
import { REVIEW_REQUESTED_TOPIC } from './intake-handler';
import { ApiClient, reviewRequest, startReviewHarness } from '@sluice/testkit/review-harness';

const DOCUMENTS = 2_000;
const REVIEWERS = 20;

describe('review queue under load', () => {
  test(`${REVIEWERS} concurrent reviewers over ${DOCUMENTS} queued documents: none decided twice, none lost`, async ({ kafka, serde, pool }) => {
    const tenant = uniqueName('load');
    const harness = await startReviewHarness({ kafka, serde, databaseUrl: integrationStack().databaseUrl });
    try {
      const ids = Array.from({ length: DOCUMENTS }, (_, i) => `${tenant}-${String(i).padStart(5, '0')}`);
      const requests = ids.map((id, i) => ({ key: id, value: reviewRequest(id, tenant, '99.00', Date.now() - DOCUMENTS + i) }));
      // Every 40th request published twice: still one entry each.
      await publish(kafka, serde, REVIEW_REQUESTED_TOPIC, [...requests, ...requests.filter((_, i) => i % 40 === 0)]);
      const publishedAt = Date.now();
      const deadline = Date.now() + 120_000;
      for (;;) {
        const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM review_queue WHERE scope = $1', [serde.prefix]);
        if (Number(rows[0]!.n) === DOCUMENTS) break;
        if (Date.now() > deadline) throw new Error(`only ${rows[0]!.n} of ${DOCUMENTS} queued`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }

      const clients = await Promise.all(
        Array.from({ length: REVIEWERS }, async (_, i) => {
          const user = await harness.addUser(uniqueName(`r${i}`), 'reviewer', [tenant]);
          return new ApiClient(harness.baseUrl).signIn(user.username, user.password);
        }),
      );
      const queuedAt = Date.now();
      const decidedBy = new Map<string, string[]>();
      const refusals: number[] = [];
      await Promise.all(
        clients.map(async (client, i) => {
          for (;;) {
            const claimed = await client.post('/api/reviews/claim-next', { tenant });
            if (claimed.status === 204) return;
            if (claimed.status !== 200) throw new Error(`claim-next: ${claimed.status} ${JSON.stringify(claimed.body)}`);
            const id = claimed.body.documentId as string;
            const decided = await client.post(`/api/reviews/${id}/decision`, { action: i % 5 === 0 ? 'reject' : 'approve', rationale: `reviewer ${i} checked it` });
            if (decided.status !== 200) {
              refusals.push(decided.status);
              continue;
            }
            decidedBy.set(id, [...(decidedBy.get(id) ?? []), String(i)]);
          }
        }),
      );
      const decidedAt = Date.now();
      console.log(
        `review load: ${DOCUMENTS} requests queued in ${((queuedAt - publishedAt) / 1000).toFixed(1)} s; ${REVIEWERS} reviewers decided them in ${((decidedAt - queuedAt) / 1000).toFixed(1)} s (${(DOCUMENTS / ((decidedAt - queuedAt) / 1000)).toFixed(0)} decisions/s, claim + decide per document)`,
      );
      expect(refusals).toEqual([]);
      expect([...decidedBy.values()].filter((who) => who.length > 1)).toEqual([]);
      expect(decidedBy.size).toBe(DOCUMENTS);

      const { rows } = await pool.query<{ status: string; n: string }>('SELECT status, count(*) AS n FROM review_queue WHERE scope = $1 GROUP BY status', [serde.prefix]);
      expect(rows.map((row) => [row.status, Number(row.n)])).toEqual([['DECIDED', DOCUMENTS]]);

      const completions = await readUntil<ReviewCompleted>(kafka, serde, 'reviews.completed.v1', uniqueName('completions'), (records) => records.length >= DOCUMENTS, 120_000);
      expect(completions).toHaveLength(DOCUMENTS);
      expect(new Set(completions.map((record) => record.value.documentId)).size).toBe(DOCUMENTS);
    } finally {
      await harness.stop();
    }
  }, 600_000);
});
