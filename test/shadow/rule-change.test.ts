import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect } from 'vitest';
import { SessionStore } from '@sluice/accounts';
import { auditorService } from '@sluice/auditor';
import { shadowPrefix } from '@sluice/config';
import { ensureTopics, physicalTopic, planTopics, topicCatalogue, type DocumentEnriched } from '@sluice/contracts';
import { repoRoot } from '@sluice/local-stack';
import { loadRuleBook } from '@sluice/rules';
import { expectedSampleDecision, generateDocuments } from '@sluice/samples';
import { deleteShadow, type ComparisonReport } from '@sluice/shadow';
import { runService, type RunningService } from '@sluice/stream';
import { integrationStack, kafkaPgTest as test, uniqueName } from '@sluice/testkit';
import { PgDecisionStore, validatorService } from '@sluice/validator';
import type { Admin } from 'kafkajs';
import type pg from 'pg';
import { pipelineLag } from '../e2e/e2e-helpers';
import { perfectEnrichment } from './perfect-enrichment';
import { decidedIds, runCli, startCli, topicSize, until, type RunningCli } from './shadow-test-io';

const ENRICHED = 'documents.enriched.v1';
const COUNT = 1_000;
// The change under test: invoices in EUR need approval from 25,000 instead of 100,000.
const NEW_EUR_LIMIT = 25_000;

/** The shipped rule book with the EUR approval limit lowered, in a directory of its own. */
function changedRules(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-rules-'));
  cpSync(join(repoRoot, 'config', 'rules'), dir, { recursive: true });
  const book = JSON.parse(readFileSync(join(dir, 'default.json'), 'utf8')) as { kinds: Record<string, { id: string; params: Record<string, unknown> }[]> };
  const rule = book.kinds.invoice!.find((candidate) => candidate.id === 'amount-limit-eur')!;
  expect(rule.params.max).toBe(100_000);
  rule.params.max = NEW_EUR_LIMIT;
  writeFileSync(join(dir, 'default.json'), JSON.stringify(book, null, 2));
  return dir;
}

/** What production holds under its prefix: records per topic, and its consumer groups with their committed offsets. */
async function productionFootprint(admin: Admin, pool: pg.Pool, prefix: string) {
  const topics: Record<string, number> = {};
  for (const spec of topicCatalogue) topics[spec.name] = await topicSize(admin, physicalTopic(spec.name, prefix));
  const groups: Record<string, string> = {};
  for (const { groupId } of (await admin.listGroups()).groups.filter((group) => group.groupId.startsWith(prefix)).sort((a, b) => (a.groupId < b.groupId ? -1 : 1))) {
    const offsets = await admin.fetchOffsets({ groupId });
    groups[groupId] = JSON.stringify(offsets.map((entry) => [entry.topic, entry.partitions.map((p) => `${p.partition}:${p.offset}`).sort()]).sort());
  }
  const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM audit_log WHERE namespace = $1', [prefix]);
  return { topics, groups, auditEntries: Number(rows[0]!.n) };
}

/**
 * Shadow testing a rule change, as a team does it (docs/shadow.md): production decides 1,000
 * generated documents; their enriched records are replayed into two shadows that run the validator
 * (and an auditor) through `sluice shadow up`: one with the EUR approval limit lowered, one with the
 * configuration unchanged. `sluice compare` must name exactly the documents the change affects —
 * known from the generator's ground truth — and the unchanged shadow must agree everywhere.
 * The stages before the validator are left out on purpose: a rule change does not reach them, and
 * the model path has its own shadow test (noise-baseline.test.ts).
 */
describe('shadow testing a rule change', () => {
  test('1,000 documents: the disagreements are exactly the affected documents; unchanged configuration, none; production untouched', async ({
    kafka,
    admin,
    prefix,
    serde,
    pool,
  }) => {
    const tenant = uniqueName('shadow');
    const labelled = generateDocuments({ seed: 2027, count: COUNT, split: 'dev', tenant, errorRate: 0.25, duplicateRate: 0.05 });
    const expected = new Map(labelled.map((entry) => [entry.document.id, expectedSampleDecision({ kind: entry.document.kind, ...entry.truth })] as const));
    // The generator says which documents the change affects: accepted EUR invoices above the new limit go to review.
    const affected = labelled
      .filter(({ document, truth }) => expected.get(document.id) === 'ACCEPTED' && document.kind === 'invoice' && truth.fields.currency === 'EUR' && Number(truth.fields.totalAmount) > NEW_EUR_LIMIT)
      .map(({ document }) => document.id)
      .sort();
    expect(affected.length).toBeGreaterThan(20);

    // Production: the validator and the auditor under this test's prefix.
    await ensureTopics(admin, planTopics(prefix));
    const logger = pino({ level: 'silent' });
    const runtime = { sessionTimeoutMs: 8000, lagSampleIntervalMs: 1000 };
    const production: RunningService[] = [
      await runService(validatorService({ store: new PgDecisionStore(pool, prefix), rules: loadRuleBook(), pingDatabase: async () => void (await pool.query('SELECT 1')) }), {
        kafka,
        serde,
        logger,
        options: runtime,
      }),
      await runService(auditorService({ pool, prefix, sessions: new SessionStore(pool, 3_600_000) }), { kafka, serde, logger, options: runtime }),
    ];
    const rulesDir = changedRules();
    const names = { changed: uniqueName('rule'), unchanged: uniqueName('same') };
    const shadows: RunningCli[] = [];
    const registryUrl = integrationStack().schemaRegistryUrl;
    try {
      await serde.prepare([ENRICHED]);
      const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
      await producer.connect();
      const from = Date.now();
      const messages = await Promise.all(
        labelled.map(async (entry) => ({ key: entry.document.id, value: await serde.encode<DocumentEnriched>(ENRICHED, perfectEnrichment(entry, Date.now())) })),
      );
      await producer.send({ topic: physicalTopic(ENRICHED, prefix), messages, acks: -1 });
      await producer.disconnect();
      const to = Date.now() + 1;
      await until('production to decide every document', async () => (await decidedIds(kafka, admin, prefix)).size === COUNT, 300_000);
      await until('production to catch up (validator and auditor)', async () => (await pipelineLag(admin, prefix, ['validator', 'auditor'])) === 0, 300_000);
      const before = await productionFootprint(admin, pool, prefix);
      expect(before.auditEntries).toBeGreaterThanOrEqual(COUNT);

      // The shadows: validator and auditor only, as for any rule change (SLUICE_TOPIC_PREFIX is
      // production's, as on a production host; the shadows run under their own prefixes).
      const env = { SLUICE_TOPIC_PREFIX: prefix };
      shadows.push(startCli(['shadow', 'up', names.changed, '--profile', 'local', '--rules', rulesDir, '--services', 'validator,auditor'], env));
      shadows.push(startCli(['shadow', 'up', names.unchanged, '--profile', 'local', '--services', 'validator'], env));
      for (const name of Object.values(names)) {
        const replay = await runCli(['replay', '--topic', ENRICHED, '--from', `@${from}`, '--to', `@${to}`, '--shadow', name, '--json'], env);
        expect(replay.code, replay.stderr).toBe(0);
        expect(JSON.parse(replay.stdout)).toMatchObject({ copied: COUNT, outsideTime: 0 });
      }
      for (const [index, name] of Object.values(names).entries()) {
        await until(`shadow ${name} to decide every document`, async () => (await decidedIds(kafka, admin, shadowPrefix(name))).size === COUNT, 300_000, () => shadows[index]!.output());
      }
      await until('the changed shadow to catch up (validator and auditor)', async () => (await pipelineLag(admin, shadowPrefix(names.changed), ['validator', 'auditor'])) === 0, 300_000);
      // The shadow audited, into its own namespace.
      const { rows } = await pool.query<{ n: string }>("SELECT count(DISTINCT document_id) AS n FROM audit_log WHERE namespace = $1 AND action = 'recorded documents.enriched.v1'", [shadowPrefix(names.changed)]);
      expect(Number(rows[0]!.n)).toBe(COUNT);

      // Isolation: production's topics, consumer groups (and their offsets) and audit log gained nothing.
      expect(await productionFootprint(admin, pool, prefix)).toEqual(before);

      // One report, both candidates against production.
      const compared = await runCli(['compare', '--shadow', `${names.changed},${names.unchanged}`, '--json'], env);
      expect(compared.code, compared.stderr).toBe(0);
      const report = JSON.parse(compared.stdout) as ComparisonReport;
      const [changed, unchanged] = report.sections;
      expect(changed!.comparison.candidate.label).toBe(names.changed);
      expect(changed!.comparison).toMatchObject({ scope: COUNT, joined: COUNT, missing: { reference: [], candidate: [] } });
      expect(changed!.disagreements.map((entry) => entry.documentId).sort()).toEqual(affected);
      expect(changed!.disagreements.every((entry) => entry.reference === 'ACCEPTED' && entry.candidate === 'REVIEW' && entry.differences.length === 0)).toBe(true);
      expect(changed!.comparison.decisions).toMatchObject({ compared: COUNT, agreeing: COUNT - affected.length, agreement: (COUNT - affected.length) / COUNT });
      expect(changed!.comparison.decisions.confusion.ACCEPTED.REVIEW).toBe(affected.length);
      // Production decided as the ground truth says; the changed shadow moved exactly the affected ones.
      const count = (decision: string) => [...expected.values()].filter((value) => value === decision).length;
      const confusion = changed!.comparison.decisions.confusion;
      expect([confusion.ACCEPTED.ACCEPTED, confusion.REVIEW.REVIEW, confusion.REJECTED.REJECTED]).toEqual([count('ACCEPTED') - affected.length, count('REVIEW'), count('REJECTED')]);
      expect(changed!.comparison.fields.every((field) => field.disagreeing === 0)).toBe(true);
      expect(changed!.comparison.reviewRate.delta).toBeCloseTo(affected.length / COUNT, 10);

      expect(unchanged!.comparison.candidate.label).toBe(names.unchanged);
      expect(unchanged!.disagreements).toEqual([]);
      expect(unchanged!.comparison.decisions).toMatchObject({ compared: COUNT, agreeing: COUNT, agreement: 1, disagreement: 0 });
      expect(unchanged!.comparison.fields.every((field) => field.disagreeing === 0)).toBe(true);

      // The gates: the changed rules pass 10 % decision disagreement but not 1 %; the unchanged pass 0.
      const share = affected.length / COUNT;
      expect(share).toBeGreaterThan(0.01);
      expect(share).toBeLessThan(0.1);
      const loose = await runCli(['compare', '--shadow', names.changed, '--max-disagreement', 'decision=10%,*=0', '--format', 'junit'], env);
      expect(loose.code, loose.stderr).toBe(0);
      const strict = await runCli(['compare', '--shadow', names.changed, '--max-disagreement', 'decision=1%'], env);
      expect(strict.code).toBe(1);
      expect(strict.stderr).toMatch(new RegExp(`${names.changed} vs production: disagreement decision: raw \\(no baseline\\) ${(share * 100).toFixed(2)}%`));
      expect(strict.stdout).toContain(affected[0]);
      const exact = await runCli(['compare', '--shadow', names.unchanged, '--max-disagreement', 'decision=0,*=0', '--max-cost-increase', '0', '--max-p95-latency-increase', '0'], env);
      expect(exact.code, exact.stderr).toBe(0);
    } finally {
      await Promise.all(shadows.map((shadow) => shadow.stop()));
      await Promise.all(production.map((service) => service.stop()));
      for (const name of Object.values(names)) await deleteShadow({ admin, pool, registryUrl }, name);
      rmSync(rulesDir, { recursive: true, force: true });
    }
  });
});
