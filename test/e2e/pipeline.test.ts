import { join } from 'node:path';
import pg from 'pg';
import { describe, expect } from 'vitest';
import { AuditLog, documentLineage } from '@sluice/audit';
import { discoverServices, loadReferences, OutcomeTally, publishDocuments, watchResults } from '@sluice/cli';
import {
  ensureTopics,
  planTopics,
  type DocumentIngested,
  type DocumentProcessed,
  type ReviewCompleted,
  type ReviewRequested,
} from '@sluice/contracts';
import { repoRoot } from '@sluice/local-stack';
import { expectedSampleDecision, generateDocuments } from '@sluice/samples';
import { integrationStack, kafkaTest as test, uniqueName } from '@sluice/testkit';
import { startPipeline } from '../support/pipeline-run';
import { pipelineLag, readAll, until } from './e2e-helpers';

/**
 * The whole pipeline as `sluice up` runs it: every service a child process, against the real
 * stack, on a topic prefix of its own. Midway, two services are killed with SIGKILL and
 * restarted by the supervisor; exactly one outcome per document must still hold.
 */
describe('pipeline end to end', () => {
  test('500 mixed documents: one outcome each, decisions agree with the truth, audit verifies, lineage is complete', async ({
    kafka,
    admin,
    prefix,
    serde,
  }) => {
    const tenant = uniqueName('e2e');
    const labelled = generateDocuments({ seed: 2026, count: 500, split: 'dev', tenant, errorRate: 0.25, duplicateRate: 0.05 });
    const documents = labelled.map((entry) => entry.document as DocumentIngested);
    const { databaseUrl } = integrationStack();

    await loadReferences(join(repoRoot, 'samples', 'reference'), tenant);
    await ensureTopics(admin, planTopics(prefix));
    const services = discoverServices(join(repoRoot, 'services'));
    const names = services.map((service) => service.name);
    expect(names).toEqual(['gateway', 'extractor', 'embedder', 'enricher', 'validator', 'auditor', 'review', 'drift-monitor']);

    // The HTTP door and the drift monitor are not on the documents' path (their own tests cover
    // them); on two shared cores they would only slow the pipeline this test times.
    const offPath = new Set(['gateway', 'drift-monitor']);
    // E2E_LOGS=1 shows the services' own logs.
    const { supervisor } = startPipeline(prefix, names.filter((name) => !offPath.has(name)));
    try {
      const tally = new OutcomeTally(new Set(documents.map((d) => d.id)));
      // One reader of the result topics for the whole run (the demo's watcher), not a group per poll.
      const stopWatching = await watchResults(kafka, serde, tally);
      let killed = false;
      let lastReport = 0;
      try {
        await publishDocuments(kafka, serde, documents);
        // Ten documents published again under the same id: the pipeline must not process them twice.
        await publishDocuments(kafka, serde, documents.slice(0, 10));

        // Midway: SIGKILL the embedder and the validator; the supervisor restarts them.
        await until(
          'every document to reach an outcome',
          async () => {
            if (Date.now() - lastReport >= 15_000) {
              lastReport = Date.now();
              console.log(`[e2e] ${JSON.stringify(tally.summary())}, stage lag ${await pipelineLag(admin, prefix, names)}`);
            }
            if (!killed && tally.summary().done >= documents.length / 4) {
              for (const name of ['embedder', 'validator']) process.kill(supervisor.pid(name)!, 'SIGKILL');
              killed = true;
            }
            return tally.done;
          },
          600_000,
          1_000,
        );
      } finally {
        await stopWatching();
      }
      console.log(`pipeline: ${JSON.stringify(tally.summary())}`);
      expect(killed).toBe(true);
      expect(supervisor.restarts('embedder')).toBeGreaterThanOrEqual(1);
      expect(supervisor.restarts('validator')).toBeGreaterThanOrEqual(1);
      await until('every stage to catch up', async () => (await pipelineLag(admin, prefix, names)) === 0, 300_000, 2_000);

      // Exactly one record on documents.processed.v1 or reviews.requested.v1 per document.
      const processed = await readAll<DocumentProcessed>(kafka, serde, 'documents.processed.v1', uniqueName('final'));
      const reviews = await readAll<ReviewRequested>(kafka, serde, 'reviews.requested.v1', uniqueName('final'));
      const outcomes = new Map<string, string[]>();
      for (const r of processed) outcomes.set(r.value.documentId, [...(outcomes.get(r.value.documentId) ?? []), r.value.decision]);
      for (const r of reviews) outcomes.set(r.value.documentId, [...(outcomes.get(r.value.documentId) ?? []), 'REVIEW']);
      const counts = documents.map((d) => outcomes.get(d.id)?.length ?? 0);
      expect(counts.filter((n) => n !== 1)).toEqual([]);
      expect(outcomes.size).toBe(documents.length);

      // Decisions against the generator's ground truth.
      let agree = 0;
      const disagreements: string[] = [];
      for (const { document, truth } of labelled) {
        const expected = expectedSampleDecision({ kind: document.kind, fields: truth.fields, expected: truth.expected });
        const actual = outcomes.get(document.id)![0]!;
        if (actual === expected) agree += 1;
        else disagreements.push(`${document.id} (${document.kind}, ${truth.template}): expected ${expected}, got ${actual}`);
      }
      const agreement = agree / labelled.length;
      console.log(`decision agreement with ground truth: ${(agreement * 100).toFixed(1)}% (${agree}/${labelled.length})`);
      console.log(disagreements.slice(0, 15).join('\n'));
      expect(agreement).toBeGreaterThanOrEqual(0.85);

      // People decide the reviews: one accepted with a corrected field, one rejected, and the first
      // decided twice (two reviewers racing): exactly one final HUMAN record each.
      const first = reviews.map((r) => r.value).find((review) => review.kind === 'invoice');
      const second = reviews.map((r) => r.value).find((review) => review.documentId !== first?.documentId);
      expect(first).toBeDefined();
      expect(second).toBeDefined();
      await serde.prepare(['reviews.completed.v1']);
      const completion = (review: ReviewRequested, decision: 'ACCEPTED' | 'REJECTED', reviewer: string): ReviewCompleted => ({
        documentId: review.documentId,
        tenant: review.tenant,
        decision,
        reviewer,
        rationale: `checked by ${reviewer}`,
        corrections: decision === 'ACCEPTED' ? [{ name: 'invoiceNumber', value: 'CORRECTED-1', previousValue: null }] : [],
        approvers: decision === 'ACCEPTED' ? [reviewer] : [],
        completedAt: Date.now(),
      });
      const producer = kafka.producer();
      await producer.connect();
      for (const value of [completion(first!, 'ACCEPTED', 'ana'), completion(second!, 'REJECTED', 'ben'), completion(first!, 'REJECTED', 'eve')]) {
        await producer.send({
          topic: `${prefix}reviews.completed.v1`,
          messages: [{ key: value.documentId, value: await serde.encode('reviews.completed.v1', value) }],
        });
      }
      await producer.disconnect();
      await until('the reviews to be decided', async () => (await pipelineLag(admin, prefix, names)) === 0, 120_000, 2_000);
      const finals = await readAll<DocumentProcessed>(kafka, serde, 'documents.processed.v1', uniqueName('human'));
      const human = finals.filter((r) => r.value.decidedBy.actor === 'HUMAN');
      expect(human.map((r) => [r.value.documentId, r.value.decision, r.value.decidedBy.reviewer])).toEqual(
        expect.arrayContaining([
          [first!.documentId, 'ACCEPTED', 'ana'],
          [second!.documentId, 'REJECTED', 'ben'],
        ]),
      );
      expect(human).toHaveLength(2);
      const corrected = human.find((r) => r.value.documentId === first!.documentId)!.value;
      expect(corrected.fields.find((f) => f.name === 'invoiceNumber')).toMatchObject({ value: 'CORRECTED-1', confidence: 1 });
      expect(finals.length).toBe(processed.length + 2);

      // The audit trail: complete chain for the tenant, and a document's lineage through every stage.
      const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
      try {
        // The auditor writes into the audit namespace of its topic prefix.
        const auditLog = new AuditLog(pool, prefix);
        // Lineage is eventually consistent (the auditor reads each topic on its own): wait until the
        // API says no final document's lineage is still arriving, not for one stage or another.
        // (`awaiting-review` is settled too: an e-mail whose attachment no reviewer has decided.)
        const finalIds = [...new Set(finals.map((r) => r.value.documentId))];
        const statuses = new Map<string, string>();
        await until('every final document’s lineage to be complete', async () => {
          for (const id of finalIds.filter((candidate) => statuses.get(candidate) !== 'complete')) {
            statuses.set(id, (await documentLineage(pool, id, { namespace: prefix, tenant })).completeness.status);
          }
          return [...statuses.values()].every((status) => status !== 'arriving');
        }, 120_000);
        // The two documents people decided went the whole review path.
        expect([first!.documentId, second!.documentId].map((id) => statuses.get(id))).toEqual(['complete', 'complete']);
        const verified = await auditLog.verify({ tenant });
        expect(verified.ok).toBe(true);
        expect(verified.checked).toBeGreaterThan(documents.length * 5);

        const accepted = processed.find((r) => r.value.decision === 'ACCEPTED' && r.value.kind === 'invoice')!;
        const lineage = await documentLineage(pool, accepted.value.documentId, { namespace: prefix, tenant });
        expect(lineage.completeness).toEqual({ status: 'complete', missing: [], incompleteAttachments: [] });
        const services = new Set(lineage.steps.map((step) => step.service));
        for (const name of ['extractor', 'embedder', 'enricher', 'validator']) expect(services).toContain(name);
        const extracted = lineage.steps.find((step) => step.service === 'extractor' && step.action === 'extracted');
        expect(extracted?.entry.model).toMatchObject({ provider: expect.any(String), model: expect.any(String), version: expect.any(String) });
        const embedded = lineage.steps.find((step) => step.service === 'embedder');
        expect(embedded?.entry.model).toMatchObject({ model: expect.any(String) });
      } finally {
        await pool.end();
      }
    } finally {
      await supervisor.stop();
    }
  }, 600_000); // six service processes load their models on two shared cores before the first record moves
});
