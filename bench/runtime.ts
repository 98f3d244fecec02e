/**
 * `npm run bench -- runtime`: throughput of the stream runtime against a plain kafkajs loop.
 *
 * - runtime: a pass-through service (Avro decode, field copy DocumentIngested -> DocumentExtracted,
 *   Avro encode, one Kafka transaction per batch with the consumed offsets; read_committed).
 * - runtime-alo: the same service with DELIVERY_GUARANTEE=at-least-once (no transactions: outputs
 *   through one idempotent producer, then the consumer's offset commit): what exactly-once costs;
 * - plain: kafkajs consumer group, eachBatch, `producer.send` of the same bytes, auto-committed
 *   offsets; no transactions, no Avro.
 *
 * Both read the same input topic (RECORDS Avro documents on 6 partitions), in the same process,
 * alternating, ROUNDS rounds each with a fresh consumer group (after BENCH_WARMUP_ROUNDS uncounted ones, 1 by default); the rate of a round is records over
 * the time from its first fetched batch until its group's committed offsets cover the input.
 * Each round also reports the bench process's CPU busy share over that time (user + system CPU ÷
 * wall time; 1.0 is one core saturated): a loop below 1.0 waits on the broker, not on its own work.
 * - librdkafka, librdkafka-eos (only when `scripts/install-bench-client.sh` has built Confluent's
 *   `@confluentinc/kafka-javascript` into .sluice/bench-clients): the plain loop again on librdkafka
 *   through the client's KafkaJS-compatible API, and a transactional consume→produce loop with
 *   KIP-447 offsets (one transactional producer for the instance, `sendOffsets` with the consumer's
 *   group metadata, a transaction per fetched batch, read_committed). What the client alternative
 *   the issue names would give, measured in the same run; Sluice does not use it.
 *
 * `BENCH_SIDES=plain,runtime` runs only those loops (e.g. under a profiler).
 * Prints readable lines, then one JSON line with medians, "ratio" (runtime / plain) and
 * "atLeastOnceRatio" (runtime-alo / plain), and with the client installed "librdkafkaRatio" and
 * "librdkafkaEosRatio" (each / plain kafkajs); `--save` appends it to bench/results/runtime.jsonl.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import pino from 'pino';
import { loadPlatformEnv } from '@sluice/config';
import { AvroSerde, ensureTopics, physicalTopic, planTopics, type DocumentExtracted, type DocumentIngested } from '@sluice/contracts';
import { defaultRuntimeOptions, defineService, kafkajsLogCreator, runService } from '@sluice/stream';
import { emitResult } from './support/bench-context';
import { loadLibrdkafkaClient, type LibrdkafkaKafka, type LibrdkafkaModule } from './support/librdkafka-client';
import { describeMachine } from './support/machine';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 60_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// Rounds run first and not counted: the first pass through each loop pays for JIT compilation and
// connection set-up (measured here: first rounds 15–35 % slower than later ones, the runtime most).
const WARMUP_ROUNDS = Number(process.env.BENCH_WARMUP_ROUNDS ?? 1);
// Partitions processed at once, the same for both loops (BENCH_CONCURRENCY; the topic has 6).
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 3);
// The runtime's fetch size per partition (FETCH_MAX_BYTES_PER_PARTITION; the runtime's default
// 4 MiB): larger fetches make fewer, larger transactions. The plain loop keeps kafkajs's defaults.
const FETCH_BYTES = Number(process.env.BENCH_FETCH_MAX_BYTES_PER_PARTITION ?? defaultRuntimeOptions.fetchMaxBytesPerPartition);
const SIDES = (process.env.BENCH_SIDES ?? 'plain,runtime,runtime-alo,librdkafka,librdkafka-eos').split(',');
const INGESTED = 'documents.ingested.v1';
const EXTRACTED = 'documents.extracted.v1';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function documentOf(i: number): DocumentIngested {
  return {
    id: `doc-${i}`,
    tenant: i % 2 ? 'acme' : 'globex',
    kind: 'invoice',
    source: { platform: 'bench', uri: null },
    contentType: 'text/plain',
    text: `Invoice INV-${i} from ACME GmbH, due 2025-03-01, total ${(i * 1.37).toFixed(2)} EUR, IBAN DE89370400440532013000. `.repeat(2),
    receivedAt: 1_700_000_000_000 + i,
    attributes: { batch: String(i % 7) },
  };
}

async function committedTotal(admin: Admin, groupId: string, topic: string): Promise<number> {
  const [entry] = await admin.fetchOffsets({ groupId, topics: [topic] });
  return (entry?.partitions ?? []).reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
}

/** Resolves with the time at which the group's committed offsets reach `total`. */
async function committedAt(admin: Admin, groupId: string, topic: string, total: number): Promise<number> {
  for (;;) {
    if ((await committedTotal(admin, groupId, topic)) >= total) return performance.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface Round {
  rate: number;
  seconds: number;
  /** CPU time of this process ÷ wall time over the round (1.0 = one core busy). */
  cpuShare: number;
}

/** A round's rate and CPU share from its first fetch (`firstAt`, `firstCpu`) to `endAt`. */
function roundOf(firstAt: number, firstCpu: NodeJS.CpuUsage, endAt: number): Round {
  const seconds = (endAt - firstAt) / 1000;
  const cpu = process.cpuUsage(firstCpu);
  return { rate: RECORDS / seconds, seconds, cpuShare: (cpu.user + cpu.system) / 1e6 / seconds };
}

type Delivery = 'exactly-once' | 'at-least-once';

async function runtimeRound(kafka: Kafka, admin: Admin, serde: AvroSerde, input: string, round: number, delivery: Delivery): Promise<Round & { transactions: number; transactionMs: number; handlerMs: number }> {
  let firstAt: number | undefined;
  let firstCpu: NodeJS.CpuUsage | undefined;
  const service = defineService<DocumentIngested, DocumentExtracted>({
    name: `bench-runtime-${delivery}-${round}`,
    input: INGESTED,
    outputs: [EXTRACTED],
    handler: (records) => {
      firstCpu ??= process.cpuUsage();
      firstAt ??= performance.now();
      return Promise.resolve(records.map((r) => ({
        topic: EXTRACTED,
        key: r.value.id,
        value: {
          documentId: r.value.id,
          tenant: r.value.tenant,
          kind: r.value.kind,
          text: r.value.text,
          language: null,
          receivedAt: r.value.receivedAt,
          fields: [],
          model: { provider: 'bench', model: 'identity', version: '1', promptId: null, promptHash: null },
          degraded: false,
          extractedAt: r.value.receivedAt,
        },
      })));
    },
  });
  const running = await runService(service, {
    kafka,
    serde,
    logger: pino({ level: 'warn' }),
    options: { delivery, partitionsConcurrently: CONCURRENCY, fetchMaxBytesPerPartition: FETCH_BYTES, createDeadLetterTopic: true, batching: { minRecords: 2000, maxRecords: 5000, maxBytes: 8 * 1024 * 1024 }, inFlight: { maxRecords: 20_000, maxBytes: 32 * 1024 * 1024 } },
  });
  const endAt = await committedAt(admin, running.groupId, input, RECORDS);
  const figures = roundOf(firstAt!, firstCpu!, endAt);
  const metrics = await running.metrics.registry.getMetricsAsJSON();
  await running.stop();
  const sumOf = (name: string, suffix: string) =>
    metrics.find((m) => m.name === name)?.values.find((v) => (v as { metricName?: string }).metricName === `${name}_${suffix}`)?.value ?? 0;
  return {
    ...figures,
    transactions: sumOf('sluice_stream_transaction_duration_seconds', 'count'),
    transactionMs: sumOf('sluice_stream_transaction_duration_seconds', 'sum') * 1000,
    handlerMs: sumOf('sluice_stream_handler_duration_seconds', 'sum') * 1000,
  };
}

async function plainRound(kafka: Kafka, admin: Admin, input: string, output: string, round: number): Promise<Round> {
  const groupId = `${input}.bench-plain-${round}`;
  const producer = kafka.producer();
  await producer.connect();
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  await consumer.subscribe({ topic: input, fromBeginning: true });
  let firstAt: number | undefined;
  let firstCpu: NodeJS.CpuUsage | undefined;
  await consumer.run({
    partitionsConsumedConcurrently: CONCURRENCY,
    eachBatch: async ({ batch }) => {
      firstCpu ??= process.cpuUsage();
      firstAt ??= performance.now();
      await producer.send({ topic: output, messages: batch.messages.map((m) => ({ key: m.key, value: m.value, headers: m.headers })) });
    },
  });
  const endAt = await committedAt(admin, groupId, input, RECORDS);
  const figures = roundOf(firstAt!, firstCpu!, endAt);
  await consumer.disconnect();
  await producer.disconnect();
  return figures;
}

/**
 * The plain loop (`eos` false: auto-committed offsets, no transactions) or the KIP-447
 * transactional loop (`eos` true) on librdkafka; the same input bytes and output topic as plain.
 */
async function librdkafkaRound(client: LibrdkafkaKafka, admin: Admin, input: string, output: string, round: number, eos: boolean): Promise<Round & { transactions: number }> {
  const groupId = `${input}.bench-librdkafka${eos ? '-eos' : ''}-${round}`;
  const consumer = client.consumer({
    // Offsets committed after each batch (as kafkajs's eachBatch does), not on librdkafka's 5 s timer.
    kafkaJS: { groupId, fromBeginning: true, autoCommit: false },
    'isolation.level': 'read_committed',
    // A batch is what one fetch brought for a partition (the client's default cuts it at 32 messages).
    'js.consumer.max.batch.size': -1,
  });
  const producer = client.producer(eos ? { kafkaJS: { transactionalId: `${groupId}.tx`, idempotent: true, maxInFlightRequests: 1 } } : {});
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topic: input });
  let firstAt: number | undefined;
  let firstCpu: NodeJS.CpuUsage | undefined;
  let transactions = 0;
  // One transactional producer holds one transaction at a time: batches take turns (KIP-447 lets
  // one producer serve every partition of the instance; kafkajs needs one producer per partition).
  let turn = Promise.resolve();
  await consumer.run({
    partitionsConsumedConcurrently: CONCURRENCY,
    eachBatch: async ({ batch }) => {
      firstCpu ??= process.cpuUsage();
      firstAt ??= performance.now();
      const messages = batch.messages.map((m) => ({ key: m.key, value: m.value }));
      const next = [{ topic: batch.topic, partition: batch.partition, offset: String(Number(batch.lastOffset()) + 1) }];
      if (!eos) {
        await producer.send({ topic: output, messages });
        await consumer.commitOffsets(next);
        return;
      }
      const mine = turn.then(async () => {
        const transaction = await producer.transaction();
        await transaction.send({ topic: output, messages });
        await transaction.sendOffsets({ consumer, topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: next[0]!.offset }] }] });
        await transaction.commit();
        transactions++;
      });
      turn = mine.catch(() => undefined);
      await mine;
    },
  });
  const endAt = await committedAt(admin, groupId, input, RECORDS);
  const figures = roundOf(firstAt!, firstCpu!, endAt);
  await consumer.disconnect();
  await producer.disconnect();
  return { ...figures, transactions };
}

/** Where a runtime record's time goes outside Kafka: Avro decode and encode, per record. */
async function serdeCost(serde: AvroSerde, bytes: Buffer[]): Promise<{ decodeUs: number; encodeUs: number }> {
  const start = performance.now();
  const values: DocumentIngested[] = [];
  for (const buffer of bytes) values.push((await serde.decode<DocumentIngested>(INGESTED, buffer)).value);
  const decoded = performance.now();
  for (const value of values) await serde.encode(INGESTED, value);
  const encoded = performance.now();
  return { decodeUs: ((decoded - start) * 1000) / bytes.length, encodeUs: ((encoded - decoded) * 1000) / bytes.length };
}

/** The librdkafka client for the optional loops, or why they do not run (said once on stderr). */
function librdkafkaSides(brokers: string[]): { kafka?: LibrdkafkaKafka; version?: string } {
  if (!SIDES.some((side) => side.startsWith('librdkafka'))) return {};
  let loaded: { client: LibrdkafkaModule; version: string } | undefined;
  try {
    loaded = loadLibrdkafkaClient();
  } catch (error) {
    // Built for another Node (its NODE_MODULE_VERSION): rebuild with the Node that runs the bench.
    process.stderr.write(`librdkafka loops skipped: ${(error as Error).message.split('\n')[0]}\n`);
    return {};
  }
  if (!loaded) {
    process.stderr.write('librdkafka loops skipped: run scripts/install-bench-client.sh to build @confluentinc/kafka-javascript\n');
    return {};
  }
  const { KafkaJS } = loaded.client;
  return { kafka: new KafkaJS.Kafka({ kafkaJS: { brokers, logLevel: KafkaJS.logLevel.ERROR } }), version: loaded.version };
}

export async function run(): Promise<void> {
  const machine = describeMachine();
  const env = loadPlatformEnv();
  const prefix = `bench.${Date.now().toString(36)}.`;
  const kafka = new Kafka({ clientId: 'bench-runtime', brokers: env.KAFKA_BROKERS, logLevel: logLevel.ERROR, logCreator: kafkajsLogCreator });
  const admin = kafka.admin();
  await admin.connect();
  const serde = AvroSerde.connect(env.SCHEMA_REGISTRY_URL, prefix);
  const input = physicalTopic(INGESTED, prefix);
  const plainOutput = `${prefix}plain.out`;
  try {
    await ensureTopics(admin, [...planTopics(prefix, [INGESTED, EXTRACTED]), { topic: plainOutput, numPartitions: 6, configEntries: [] }]);
    await serde.prepare([INGESTED, EXTRACTED]);
    const bytes = await Promise.all(Array.from({ length: RECORDS }, (_, i) => serde.encode(INGESTED, documentOf(i))));
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    for (let start = 0; start < RECORDS; start += 5000) {
      await producer.send({ topic: input, messages: bytes.slice(start, start + 5000).map((value, k) => ({ key: `doc-${start + k}`, value })) });
    }
    await producer.disconnect();
    const meanBytes = bytes.reduce((sum, b) => sum + b.length, 0) / bytes.length;
    process.stdout.write(`input: ${RECORDS} records, ${meanBytes.toFixed(0)} bytes mean value, 6 partitions; concurrency ${CONCURRENCY}; load ${loadavg()[0]!.toFixed(2)}\n`);

    const librdkafka = librdkafkaSides(env.KAFKA_BROKERS);
    const runtime: Awaited<ReturnType<typeof runtimeRound>>[] = [];
    const atLeastOnce: Awaited<ReturnType<typeof runtimeRound>>[] = [];
    const plain: Round[] = [];
    const rdkPlain: Round[] = [];
    const rdkEos: (Round & { transactions: number })[] = [];
    for (let round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
      // Rotate the order so warm-up and page cache favour no side.
      const sides = (['plain', 'runtime', 'runtime-alo', 'librdkafka', 'librdkafka-eos'] as const).filter(
        (side) => SIDES.includes(side) && (librdkafka.kafka || !side.startsWith('librdkafka')),
      );
      const order = sides.map((_, k) => sides[(((k + round) % sides.length) + sides.length) % sides.length]!);
      for (const side of order) {
        const last =
          side === 'plain'
            ? await plainRound(kafka, admin, input, plainOutput, round)
            : side === 'librdkafka' || side === 'librdkafka-eos'
              ? await librdkafkaRound(librdkafka.kafka!, admin, input, plainOutput, round, side === 'librdkafka-eos')
              : await runtimeRound(kafka, admin, serde, input, round, side === 'runtime' ? 'exactly-once' : 'at-least-once');
        const label = round < 0 ? 'warm-up' : `round ${round}`;
        process.stdout.write(`${label} ${side.padEnd(14)} ${last.rate.toFixed(0).padStart(7)} records/s (${last.seconds.toFixed(2)} s, CPU busy ${last.cpuShare.toFixed(2)})\n`);
        if (round < 0) continue;
        if (side === 'plain') plain.push(last);
        else if (side === 'runtime') runtime.push(last as Awaited<ReturnType<typeof runtimeRound>>);
        else if (side === 'runtime-alo') atLeastOnce.push(last as Awaited<ReturnType<typeof runtimeRound>>);
        else if (side === 'librdkafka') rdkPlain.push(last);
        else rdkEos.push(last as Round & { transactions: number });
      }
    }
    const serdeUs = await serdeCost(serde, bytes.slice(0, 5000));
    const runtimeRate = median(runtime.map((r) => r.rate));
    const plainRate = median(plain.map((r) => r.rate));
    const atLeastOnceRate = median(atLeastOnce.map((r) => r.rate));
    // The exactly-once runtime's median round, when it ran (BENCH_SIDES may leave it out).
    const mid = runtime.find((r) => r.rate === runtimeRate) ?? runtime[0];
    const breakdown = mid && {
      transactions: mid.transactions,
      meanBatchRecords: Math.round(RECORDS / Math.max(1, mid.transactions)),
      meanTransactionMs: Number((mid.transactionMs / Math.max(1, mid.transactions)).toFixed(2)),
      transactionShareOfPartitionTime: Number((mid.transactionMs / (mid.seconds * 1000 * CONCURRENCY)).toFixed(3)),
      cpuShare: Number(mid.cpuShare.toFixed(2)),
      handlerMs: Math.round(mid.handlerMs),
      decodeUsPerRecord: Number(serdeUs.decodeUs.toFixed(1)),
      encodeUsPerRecord: Number(serdeUs.encodeUs.toFixed(1)),
    };
    process.stdout.write(`\nmedians over ${ROUNDS} rounds of ${RECORDS} records\n`);
    process.stdout.write('  loop                          records/s   ratio to plain\n');
    const rdkPlainRate = rdkPlain.length > 0 ? median(rdkPlain.map((r) => r.rate)) : undefined;
    const rdkEosRate = rdkEos.length > 0 ? median(rdkEos.map((r) => r.rate)) : undefined;
    const loops: [string, number | undefined][] = [
      ['plain kafkajs', plainRate],
      ['runtime, exactly-once', runtimeRate],
      ['runtime, at-least-once', atLeastOnceRate],
      ['plain librdkafka', rdkPlainRate],
      ['librdkafka, KIP-447 EOS', rdkEosRate],
    ];
    for (const [label, rate] of loops) {
      if (rate === undefined || Number.isNaN(rate)) continue;
      process.stdout.write(`  ${label.padEnd(28)} ${rate.toFixed(0).padStart(10)} ${(rate / plainRate).toFixed(3).padStart(16)}\n`);
    }
    process.stdout.write(`where the runtime's time goes: ${JSON.stringify(breakdown)}\n`);
    emitResult(
      {
        bench: 'runtime',
        machine,
        records: RECORDS,
        rounds: ROUNDS,
        warmupRounds: WARMUP_ROUNDS,
        concurrency: CONCURRENCY,
        fetchMaxBytesPerPartition: FETCH_BYTES,
        runtimeRecordsPerSecond: Math.round(runtimeRate),
        atLeastOnceRecordsPerSecond: Math.round(atLeastOnceRate),
        plainRecordsPerSecond: Math.round(plainRate),
        ratio: Number((runtimeRate / plainRate).toFixed(3)),
        atLeastOnceRatio: Number((atLeastOnceRate / plainRate).toFixed(3)),
        transactionCost: Number((1 - runtimeRate / atLeastOnceRate).toFixed(3)),
        runtimeRounds: runtime.map((r) => Math.round(r.rate)),
        atLeastOnceRounds: atLeastOnce.map((r) => Math.round(r.rate)),
        plainRounds: plain.map((r) => Math.round(r.rate)),
        plainCpuShare: Number(median(plain.map((r) => r.cpuShare)).toFixed(2)),
        ...(librdkafka.version === undefined
          ? {}
          : {
              librdkafkaClient: librdkafka.version,
              librdkafkaRecordsPerSecond: rdkPlainRate === undefined ? null : Math.round(rdkPlainRate),
              librdkafkaEosRecordsPerSecond: rdkEosRate === undefined ? null : Math.round(rdkEosRate),
              librdkafkaRatio: rdkPlainRate === undefined ? null : Number((rdkPlainRate / plainRate).toFixed(3)),
              librdkafkaEosRatio: rdkEosRate === undefined ? null : Number((rdkEosRate / plainRate).toFixed(3)),
              librdkafkaEosTransactions: rdkEos.length > 0 ? median(rdkEos.map((r) => r.transactions)) : null,
            }),
        breakdown,
        loadAverage: Number(loadavg()[0]!.toFixed(2)),
      },
      process.argv.includes('--save'),
    );
  } finally {
    const mine = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (mine.length > 0) await admin.deleteTopics({ topics: mine }).catch(() => undefined);
    await admin.disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run();
}
