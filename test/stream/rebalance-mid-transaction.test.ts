import type { Kafka, Producer, RecordMetadata, Transaction } from 'kafkajs';
import { describe, expect } from 'vitest';
import type { DocumentExtracted, DocumentIngested } from '@sluice/contracts';
import { ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { kafkaTest as test, uniqueName } from '@sluice/testkit';
import { defineService, serviceGroupId } from '@sluice/stream';
import { EXTRACTED, INGESTED, extracted } from './fixtures/extract-service';
import { runInProcess } from './in-process';
import { exactlyOnceReport, metricValue, produceDocuments, readCommitted, until, waitForDrain } from './stream-helpers';

const TOTAL = 600;
const SESSION_TIMEOUT_MS = 6000; // the broker's group.min.session.timeout.ms default
const INSTANCE_HEADER = 'test-instance';
const HELD_HEADER = 'test-held';

/** A pass-through extractor whose outputs name the instance that wrote them. */
function taggedService(instance: string) {
  return defineService<DocumentIngested, DocumentExtracted>({
    name: 'test-extractor',
    input: INGESTED,
    outputs: [EXTRACTED],
    batching: { minRecords: 20, maxRecords: 50 },
    handler: (records) =>
      Promise.resolve(records.map((record) => ({ topic: EXTRACTED, key: record.value.id, value: extracted(record.value), headers: { [INSTANCE_HEADER]: instance } }))),
  });
}

/**
 * The instance's first transaction is held open after its records and offsets are sent, as by a
 * process that froze mid-commit (a long GC or a blocked event loop): its records sit in the output
 * log uncommitted, and every read_committed reader of those partitions stops at them. Its records
 * carry `test-held`, so a read_uncommitted reader can tell them apart.
 */
function holdFirstTransaction(kafka: Kafka) {
  let opened: () => void = () => {};
  let release: () => void = () => {};
  const state = {
    opened: new Promise<void>((resolve) => (opened = resolve)),
    released: new Promise<void>((resolve) => (release = resolve)),
    release: () => release(),
    taken: false,
    /** Output partitions the held transaction wrote, with the first offset it wrote in each. */
    written: [] as RecordMetadata[],
    /** The input partition and offset the held transaction would have committed. */
    consumed: undefined as { partition: number; offset: string } | undefined,
    openedAt: 0,
  };
  const hold = (transaction: Transaction): Transaction =>
    Object.assign(Object.create(transaction) as Transaction, {
      sendBatch: async (batch: Parameters<Transaction['sendBatch']>[0]) => {
        for (const entry of batch.topicMessages ?? []) for (const message of entry.messages) message.headers = { ...message.headers, [HELD_HEADER]: '1' };
        const metadata = await transaction.sendBatch(batch);
        state.written.push(...metadata);
        return metadata;
      },
      sendOffsets: async (offsets: Parameters<Transaction['sendOffsets']>[0]) => {
        const partition = offsets.topics[0]!.partitions[0]!;
        state.consumed = { partition: partition.partition, offset: partition.offset };
        await transaction.sendOffsets(offsets);
      },
      commit: async () => {
        state.openedAt = Date.now();
        opened();
        await state.released;
        return transaction.commit();
      },
    });
  const held = Object.assign(Object.create(kafka) as Kafka, {
    producer: (config?: Parameters<Kafka['producer']>[0]) => {
      const producer = kafka.producer(config);
      return Object.assign(Object.create(producer) as Producer, {
        transaction: async () => {
          const transaction = await producer.transaction();
          if (state.taken) return transaction;
          state.taken = true;
          return hold(transaction);
        },
      });
    },
  });
  return { kafka: held, state };
}

describe('rebalance mid-transaction', () => {
  test('the stuck owner’s open transaction is aborted by the new owner: never seen read_committed, the new owner’s records are; the LSO stall is measured', async ({ kafka, admin, prefix, serde }) => {
    await ensureTopics(admin, planTopics(prefix, [INGESTED, EXTRACTED]));
    await serde.prepare([INGESTED, EXTRACTED]);
    const input = physicalTopic(INGESTED, prefix);
    const output = physicalTopic(EXTRACTED, prefix);
    const groupId = serviceGroupId('test-extractor', prefix);
    await produceDocuments(kafka, serde, 0, TOTAL);

    const { kafka: stuckKafka, state } = holdFirstTransaction(kafka);
    // Only fencing may end the held transaction within the test: its own timeout is far away.
    const first = await runInProcess(taggedService('A'), stuckKafka, serde, { sessionTimeoutMs: SESSION_TIMEOUT_MS, transactionTimeoutMs: 600_000 });
    let second: Awaited<ReturnType<typeof runInProcess>> | undefined;
    try {
      await state.opened;
      const lso = async () => new Map((await admin.fetchTopicOffsets(output)).map((p) => [p.partition, BigInt(p.high)]));
      // While the transaction is open, readers of the partitions it wrote stop at its first record.
      const before = await lso();
      expect(state.written.length).toBeGreaterThan(0);
      for (const written of state.written) expect(before.get(written.partition)).toBe(BigInt(written.baseOffset!));

      second = await runInProcess(taggedService('B'), kafka, serde, { sessionTimeoutMs: SESSION_TIMEOUT_MS });
      let assignedAt = 0;
      await until(
        async () => {
          if (!assignedAt && metricValue(await second!.metrics.registry.metrics(), 'sluice_stream_rebalances_total') > 0) assignedAt = Date.now();
          const now = await lso();
          return state.written.every((written) => now.get(written.partition)! > BigInt(written.baseOffset!));
        },
        120_000,
        'the held transaction to end (readers past it)',
        25,
      );
      const stableAt = Date.now();
      assignedAt ||= stableAt;
      // The new owner reprocesses the held records and commits them.
      const consumed = state.consumed!;
      await until(
        async () => {
          const [entry] = await admin.fetchOffsets({ groupId, topics: [input] });
          return Number(entry?.partitions.find((p) => p.partition === consumed.partition)?.offset ?? -1) >= Number(consumed.offset);
        },
        60_000,
        'the new owner to commit past the held records',
        25,
      );
      const recoveredAt = Date.now();
      const figure = {
        lsoStallMs: stableAt - state.openedAt,
        zombieSessionMs: assignedAt - state.openedAt,
        assignmentToStableMs: stableAt - assignedAt,
        heldToCommittedByNewOwnerMs: recoveredAt - state.openedAt,
        sessionTimeoutMs: SESSION_TIMEOUT_MS,
      };
      console.log(`[rebalance mid-transaction] ${JSON.stringify(figure)}`);

      state.release(); // the zombie wakes up: its commit is refused (fenced) and it rejoins
      await waitForDrain(admin, 'test-extractor', prefix);
      expect(metricValue(await first.metrics.registry.metrics(), 'sluice_stream_transaction_aborts_total')).toBeGreaterThanOrEqual(1);
    } finally {
      state.release();
      await first.stop();
      await second?.stop();
    }

    const committed = await readCommitted(kafka, admin, output, uniqueName('reader'));
    expect(exactlyOnceReport(committed, Array.from({ length: TOTAL }, (_, i) => `doc-${i}`))).toEqual({ duplicates: [], missing: [], unexpected: [] });
    expect(committed.filter((record) => record.headers[HELD_HEADER] !== undefined)).toEqual([]);

    const everything = await readCommitted(kafka, admin, output, uniqueName('raw-reader'), true);
    const aborted = everything.filter((record) => record.headers[HELD_HEADER] !== undefined);
    expect(aborted.length).toBeGreaterThan(0); // the held records were in the log, from A
    expect(aborted.every((record) => String(record.headers[INSTANCE_HEADER]) === 'A')).toBe(true);
    // Each held document reached the reader once, written by the new owner.
    const byKey = new Map(committed.map((record) => [record.key, record] as const));
    for (const record of aborted) expect(String(byKey.get(record.key)!.headers[INSTANCE_HEADER])).toBe('B');
  });
});
