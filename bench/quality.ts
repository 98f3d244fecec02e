/**
 * `npm run bench -- quality [--distinct N] [--copies N] [--save]`: the output quality that the
 * speed work must keep, measured through the running pipeline (local profile, every service a
 * child process, as `sluice up` runs them) on a labelled near-duplicate set
 * (bench/support/near-duplicate-set.ts):
 *
 * - near-duplicate precision and recall on invoices: a document counts as flagged when the
 *   enricher names a `duplicateOf` with a score at or above the `duplicate-suspected` threshold of
 *   config/rules/default.json (what sends it to a person); a flag is right when it links two
 *   documents of one group (an original and its re-sent copies). Recall is over every copy that
 *   came after another member of its group; per kind of copy as well;
 * - vendor match accuracy on the distinct invoices: the best vendor match at or above the
 *   `vendor-match` threshold is the true vendor, or there is none for an unknown vendor;
 * - decision agreement with the generator's expected decision on the distinct documents, expected →
 *   actual counts with the rules behind each disagreement, and the decisions made the wrong way
 *   without a person (a review instead of a decision is not one). The generator's truth predates
 *   `unsure` rules: an expected rejection whose reading is unsure now goes to review;
 * - originals are published first and their re-sent copies once the originals have outcomes.
 *
 * Extraction accuracy is `npm run eval` (the blind corpora). Prints a table, then one JSON line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { physicalTopic, type DocumentEnriched } from '@sluice/contracts';
import { repoRoot } from '@sluice/local-stack';
import { expectedSampleDecision } from '@sluice/samples';
import { emitResult, openBenchContext } from './support/bench-context';
import { round } from './support/bench-stats';
import { currentLoad, describeMachine } from './support/machine';
import { copyKinds, nearDuplicateSet, type NearDuplicateCase } from './support/near-duplicate-set';
import { withFreshPipeline } from './support/pipeline-round';
import { readTopic } from './support/topic-copy';

const { values: args } = parseArgs({
  args: process.argv.slice(3),
  options: {
    distinct: { type: 'string', default: '400' },
    copies: { type: 'string', default: '100' },
    seed: { type: 'string', default: '9001' },
    save: { type: 'boolean', default: false },
  },
});

interface RuleFile {
  kinds: Record<string, { id: string; params?: { threshold?: number } }[]>;
}

function ruleThreshold(id: string): number {
  const rules = JSON.parse(readFileSync(join(repoRoot, 'config', 'rules', 'default.json'), 'utf8')) as RuleFile;
  const rule = rules.kinds.invoice?.find((r) => r.id === id);
  if (rule?.params?.threshold === undefined) throw new Error(`config/rules/default.json has no invoice rule ${id} with a threshold`);
  return rule.params.threshold;
}

/** Near-duplicate precision/recall over groups (an original and its copies), whatever order they were processed in. */
export function duplicateScores(cases: readonly NearDuplicateCase[], enriched: ReadonlyMap<string, DocumentEnriched>, threshold: number) {
  const groupOf = new Map(cases.map((c) => [c.document.id, c.copyOf ?? c.document.id]));
  const invoices = cases.filter((c) => c.document.kind === 'invoice');
  const flagged = invoices.filter((c) => {
    const e = enriched.get(c.document.id);
    return e?.duplicateOf != null && (e.duplicateScore ?? 0) >= threshold;
  });
  const right = flagged.filter((c) => groupOf.get(enriched.get(c.document.id)!.duplicateOf!) === groupOf.get(c.document.id));
  // Every member of a group but the first one processed should be flagged: size - 1 per group.
  const groupSizes = new Map<string, number>();
  for (const c of invoices) groupSizes.set(groupOf.get(c.document.id)!, (groupSizes.get(groupOf.get(c.document.id)!) ?? 0) + 1);
  const expected = [...groupSizes.values()].reduce((sum, size) => sum + size - 1, 0);
  const byKind = Object.fromEntries(
    copyKinds.map((kind) => {
      const copies = invoices.filter((c) => c.copyKind === kind);
      const caught = copies.filter((c) => {
        const e = enriched.get(c.document.id);
        const original = enriched.get(c.copyOf!);
        // A copy processed before its original leaves the flag on the original: count either side.
        const links = (x: DocumentEnriched | undefined) => x?.duplicateOf != null && (x.duplicateScore ?? 0) >= threshold && groupOf.get(x.duplicateOf) === c.copyOf;
        return links(e) || links(original);
      });
      return [kind, { copies: copies.length, caught: caught.length }];
    }),
  );
  return {
    flagged: flagged.length,
    rightFlags: right.length,
    expectedFlags: expected,
    precision: flagged.length === 0 ? 1 : round(right.length / flagged.length, 3),
    recall: expected === 0 ? 1 : round(right.length / expected, 3),
    byKind,
  };
}

export function vendorAccuracy(cases: readonly NearDuplicateCase[], enriched: ReadonlyMap<string, DocumentEnriched>, threshold: number) {
  const invoices = cases.filter((c) => c.document.kind === 'invoice' && c.copyOf === null);
  const right = invoices.filter((c) => {
    const best = enriched.get(c.document.id)?.matches.filter((m) => m.entityType === 'vendor').sort((a, b) => b.score - a.score)[0];
    const confident = best !== undefined && best.score >= threshold ? best.refId : undefined;
    return c.truth.expected.unknownVendor === true ? confident === undefined : confident === c.truth.expected.vendorId;
  });
  return { invoices: invoices.length, right: right.length, accuracy: round(right.length / Math.max(1, invoices.length), 3) };
}

export async function run(): Promise<void> {
  const machine = describeMachine();
  const ctx = await openBenchContext('bench-quality');
  const env = { MODEL_PROFILE: 'local' };
  const { cases, enriched, outcomes } = await withFreshPipeline(ctx, 'quality', env, async (harness, { prefix, tenant }) => {
    const cases = nearDuplicateSet({ seed: Number(args.seed), distinct: Number(args.distinct), copies: Number(args.copies), tenant });
    const serde = ctx.serdeFor(prefix);
    const enriched = new Map<string, DocumentEnriched>();
    // Originals first, their copies once every original has its outcome: a re-sent invoice comes
    // after the one it repeats (published together, a copy on another partition could overtake
    // its original and make the original the duplicate, which the generator's truth does not expect).
    const originals = cases.filter((c) => c.copyOf === null);
    await harness.publish(originals.map((c) => c.document));
    await harness.waitForOutcomes(originals.map((c) => c.document.id), 3_600_000);
    await harness.publish(cases.filter((c) => c.copyOf !== null).map((c) => c.document));
    await harness.waitForOutcomes(cases.map((c) => c.document.id), 3_600_000);
    for (const record of await readTopic(ctx.kafka, ctx.admin, physicalTopic('documents.enriched.v1', prefix), `${prefix}quality-read`)) {
      const { value } = await serde.decode<DocumentEnriched>('documents.enriched.v1', record.value);
      enriched.set(value.documentId, value);
    }
    return { cases, enriched, outcomes: harness.outcomes };
  }).finally(() => ctx.close());

  const duplicateThreshold = ruleThreshold('duplicate-suspected');
  const duplicates = duplicateScores(cases, enriched, duplicateThreshold);
  const vendors = vendorAccuracy(cases, enriched, ruleThreshold('vendor-match'));
  const distinct = cases.filter((c) => c.copyOf === null);
  // Expected → actual decision for every distinct document ("ACCEPTED→REVIEW": 12, …), and the
  // rules behind each disagreement ("ACCEPTED→REJECTED totals-add-up": 3, …).
  const confusion: Record<string, number> = {};
  const disagreementRules: Record<string, number> = {};
  for (const { document, truth } of distinct) {
    const expected = expectedSampleDecision({ kind: document.kind, fields: truth.fields, expected: truth.expected });
    const outcome = outcomes.get(document.id);
    const pair = `${expected}→${outcome?.outcome ?? 'none'}`;
    confusion[pair] = (confusion[pair] ?? 0) + 1;
    if (outcome && outcome.outcome !== expected) {
      for (const rule of outcome.rules) disagreementRules[`${pair} ${rule}`] = (disagreementRules[`${pair} ${rule}`] ?? 0) + 1;
    }
  }
  const agree = Object.entries(confusion)
    .filter(([pair]) => pair.split('→')[0] === pair.split('→')[1])
    .reduce((sum, [, count]) => sum + count, 0);
  const decisionAgreement = round(agree / distinct.length, 3);
  // Decided the wrong way without a person: accepted where the truth rejects or asks for review,
  // rejected where it accepts or asks for review. A review the truth did not expect costs a person's
  // time but decides nothing wrongly (e.g. an unsure reading that does not add up: `unsure` rules).
  const wrongWay = Object.entries(confusion)
    .filter(([pair]) => {
      const [expected, actual] = pair.split('→');
      return expected !== actual && actual !== 'REVIEW';
    })
    .reduce((sum, [, count]) => sum + count, 0);

  process.stdout.write(`machine: ${machine.cpuModel}, ${machine.cores} cores; load average ${machine.loadAverage1m}\n`);
  process.stdout.write(`documents: ${distinct.length} distinct, ${cases.length - distinct.length} re-sent invoice copies\n`);
  process.stdout.write(
    `near-duplicates (flag at score >= ${duplicateThreshold}): precision ${duplicates.precision} (${duplicates.rightFlags}/${duplicates.flagged}), recall ${duplicates.recall} (${duplicates.rightFlags}/${duplicates.expectedFlags})\n`,
  );
  for (const [kind, { copies, caught }] of Object.entries(duplicates.byKind)) process.stdout.write(`  ${kind.padEnd(10)} ${caught}/${copies} caught\n`);
  process.stdout.write(`vendor match accuracy: ${vendors.accuracy} (${vendors.right}/${vendors.invoices} distinct invoices)\n`);
  process.stdout.write(`decision agreement with the generator's truth: ${decisionAgreement} (${agree}/${distinct.length})\n`);
  for (const [pair, count] of Object.entries(confusion).sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${pair.padEnd(22)} ${count}\n`);
  process.stdout.write(`decided the wrong way without a person: ${wrongWay}/${distinct.length}\n`);
  process.stdout.write('rules behind the disagreements:\n');
  for (const [rule, count] of Object.entries(disagreementRules).sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${rule.padEnd(44)} ${count}\n`);
  emitResult(
    {
      bench: 'quality',
      machine,
      seed: Number(args.seed),
      documents: cases.length,
      copies: cases.length - distinct.length,
      duplicateThreshold,
      nearDuplicates: duplicates,
      vendorMatch: vendors,
      decisionAgreement,
      decisions: confusion,
      wrongWayDecisions: wrongWay,
      disagreementRules,
      loadAverageEnd: currentLoad(),
    },
    args.save,
  );
}
