/**
 * `npm run bench -- shadow [--documents 10000] [--rate N] [--save]`:
 *
 * 1. Replay throughput: `--documents` generated documents recorded on a production
 *    documents.ingested.v1 are replayed into a shadow by time range with
 *    `replayTopic` (what `sluice replay` runs: read, time filter, idempotent acks=all copy, through
 *    the prefix guard); records/s end to end, with `--rate` the throttled figure.
 * 2. Compare time: both lanes get a documents.processed.v1 result for every document (the shadow's
 *    differing on a known 5 % of them: another total, or REJECTED instead of ACCEPTED), written
 *    directly (the services are not what this measures), and `runComparison` (what
 *    `sluice compare` runs: scope, both lanes' results and audit topics read, joined, compared,
 *    gated) is timed; the disagreement count is checked against the known one.
 *
 * Everything it made is deleted at the end. Prints a table, then one JSON line.
 */
import { parseArgs } from 'node:util';
import { shadowPrefix } from '@sluice/config';
import { ensureTopics, physicalTopic, planTopics, type DocumentIngested, type DocumentProcessed } from '@sluice/contracts';
import { generateDocuments } from '@sluice/samples';
import { deleteShadow, noThresholds, parseReplaySelection, replayTopic, runComparison } from '@sluice/shadow';
import { prefixGuardedKafka } from '@sluice/stream';
import pg from 'pg';
import { emitResult, openBenchContext } from './support/bench-context';
import { round } from './support/bench-stats';
import { currentLoad, describeMachine } from './support/machine';

const { values: args } = parseArgs({
  args: process.argv.slice(3),
  options: {
    documents: { type: 'string', default: '10000' },
    rate: { type: 'string' },
    save: { type: 'boolean', default: false },
  },
});

const INGESTED = 'documents.ingested.v1';
const PROCESSED = 'documents.processed.v1';

function processed(document: DocumentIngested, fields: Record<string, string>, differ: boolean): DocumentProcessed {
  const total = fields.totalAmount;
  return {
    documentId: document.id,
    tenant: document.tenant,
    kind: document.kind,
    decision: differ && total === undefined ? 'REJECTED' : 'ACCEPTED',
    decidedBy: { actor: 'POLICY', reviewer: null, rationale: null },
    fields: Object.entries({ ...fields, ...(differ && total !== undefined ? { totalAmount: (Number(total) + 1).toFixed(2) } : {}) }).map(([name, value]) => ({
      name,
      value,
      confidence: 0.95,
      span: null,
    })),
    matches: [],
    violations: [],
    processedAt: Date.now(),
  };
}

async function produce(kafka: import('kafkajs').Kafka, topic: string, messages: { key: string; value: Buffer }[]): Promise<void> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    for (let i = 0; i < messages.length; i += 200) await producer.send({ topic, messages: messages.slice(i, i + 200), acks: -1 });
  } finally {
    await producer.disconnect();
  }
}

export async function run(): Promise<void> {
  const machine = describeMachine();
  const count = Number(args.documents);
  const context = await openBenchContext('bench-shadow');
  const production = context.uniquePrefix('shadow');
  const name = `bench-${Date.now().toString(36)}`;
  const serde = context.serdeFor(production);
  const pool = new pg.Pool({ connectionString: context.databaseUrl, max: 2 });
  process.stdout.write(`machine: ${machine.cpuModel}, ${machine.cores} cores; load average ${machine.loadAverage1m}\n`);
  try {
    const labelled = generateDocuments({ seed: 7, count, split: 'dev', tenant: 'bench-shadow' });
    await ensureTopics(context.admin, planTopics(production, [INGESTED, PROCESSED]));
    await serde.prepare([INGESTED, PROCESSED]);
    const from = Date.now();
    await produce(
      context.kafka,
      physicalTopic(INGESTED, production),
      await Promise.all(labelled.map(async ({ document }) => ({ key: document.id, value: await serde.encode(INGESTED, document) }))),
    );
    const to = Date.now() + 1;

    // 1. Replay, as `sluice replay --from @from --to @to --shadow name` does it.
    const guarded = prefixGuardedKafka(context.kafka, shadowPrefix(name));
    const replayed = await replayTopic(guarded, context.admin, {
      topic: INGESTED,
      sourcePrefix: production,
      targetPrefixes: [shadowPrefix(name)],
      selection: parseReplaySelection(`@${from}`, `@${to}`),
      ratePerSecond: args.rate === undefined ? undefined : Number(args.rate),
      serde,
      groupId: `${shadowPrefix(name)}bench-replay`,
    });
    if (replayed.copied !== count) throw new Error(`replay copied ${replayed.copied} of ${count}`);

    // 2. Both lanes' results; the shadow's differ on every 20th document.
    const differing = new Set(labelled.filter((_, i) => i % 20 === 0).map(({ document }) => document.id));
    await ensureTopics(context.admin, planTopics(shadowPrefix(name), [PROCESSED]));
    const shadowSerde = context.serdeFor(shadowPrefix(name));
    await shadowSerde.prepare([PROCESSED]);
    for (const [prefix, lane, differ] of [[production, serde, false], [shadowPrefix(name), shadowSerde, true]] as const) {
      const messages = await Promise.all(
        labelled.map(async ({ document, truth }) => ({
          key: document.id,
          value: await lane.encode(PROCESSED, processed(document as DocumentIngested, truth.fields, differ && differing.has(document.id))),
        })),
      );
      await produce(context.kafka, physicalTopic(PROCESSED, prefix), messages);
    }
    const started = performance.now();
    const report = await runComparison(context.kafka, context.admin, serde, {
      candidates: [name],
      against: ['production'],
      productionPrefix: production,
      thresholds: noThresholds,
    });
    const compareMs = performance.now() - started;
    const section = report.sections[0]!;
    if (section.comparison.joined !== count || section.disagreements.length !== differing.size) {
      throw new Error(`compare joined ${section.comparison.joined} of ${count}, found ${section.disagreements.length} disagreements of ${differing.size}`);
    }

    const rows = [
      ['figure', 'value'],
      ['documents', String(count)],
      ['replay records/s', String(round(replayed.recordsPerSecond, 0))],
      ['replay seconds', String(round(replayed.tookMs / 1000, 1))],
      ['compare seconds', String(round(compareMs / 1000, 1))],
      ['compare documents/s', String(round((count * 1000) / compareMs, 0))],
      ['disagreements found', `${section.disagreements.length} (known ${differing.size})`],
      ['load average (1 min) at end', String(currentLoad())],
    ];
    const width = Math.max(...rows.map((row) => row[0]!.length));
    process.stdout.write(`${rows.map((row) => `${row[0]!.padEnd(width)}  ${row[1]}`).join('\n')}\n`);
    emitResult(
      {
        bench: 'shadow',
        machine,
        documents: count,
        rateLimit: args.rate === undefined ? null : Number(args.rate),
        replay: { copied: replayed.copied, seconds: round(replayed.tookMs / 1000, 2), recordsPerSecond: round(replayed.recordsPerSecond, 0) },
        compare: { seconds: round(compareMs / 1000, 2), documentsPerSecond: round((count * 1000) / compareMs, 0), disagreements: section.disagreements.length },
        loadAverageEnd: currentLoad(),
      },
      args.save,
    );
  } finally {
    await deleteShadow({ admin: context.admin, pool, registryUrl: context.schemaRegistryUrl }, name).catch(() => undefined);
    await pool.end();
    await context.close();
  }
}
