import type { EachBatchPayload, Message } from 'kafkajs';
import pino from 'pino';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { InFlightLimiter } from './in-flight-limiter';
import { StreamMetrics } from './metrics';
import { OutageTracker } from './outage-tracker';
import { createPartitionProcessor } from './partition-processor';
import { PauseController } from './pause-controller';
import { RebalanceNotice } from './rebalance-notice';
import { defineService } from './service-definition';

const rebalancing = () => Object.assign(new Error('The group is rebalancing, so a rejoin is needed'), { type: 'REBALANCE_IN_PROGRESS' });

/** The processor over in-memory stand-ins: values are the UTF-8 text of the record, outputs its upper case. */
function harness(options: { committed?: number; fresh?: boolean; failValue?: string; fetchSliceMs?: number; handlerMs?: number } = {}) {
  let clock = 0;
  const handled: string[][] = [];
  const commits: { messages: Map<string, Message[]>; nextOffset: string }[] = [];
  const rebalance = new RebalanceNotice();
  const service = defineService<string, string>({
    name: 'upper',
    input: 'in',
    outputs: ['out'],
    handler: (records) => {
      clock += options.handlerMs ?? 0;
      handled.push(records.map((record) => record.value));
      if (records.some((record) => record.value === options.failValue)) return Promise.reject(new SluiceError('REJECTED', 'refused'));
      return Promise.resolve(records.map((record) => ({ topic: 'out', key: record.key ?? '', value: record.value.toUpperCase() })));
    },
  });
  const eachBatch = createPartitionProcessor<string, string>({
    service,
    prefix: '',
    inputs: new Map([['in', 'in']]),
    decode: (_topic, value) => Promise.resolve({ value: value!.toString(), schemaId: 1 }),
    encode: (_topic, value) => Promise.resolve(Buffer.from(value)),
    output: {
      acquire: () => Promise.resolve({ fresh: options.fresh ?? false }),
      commit: (_topic, _partition, messages, nextOffset) => {
        commits.push({ messages: new Map(messages), nextOffset });
        return Promise.resolve();
      },
    },
    committedOffset: () => Promise.resolve(options.committed),
    limiter: new InFlightLimiter({ maxRecords: 1000, maxBytes: 1_000_000 }),
    pauses: new PauseController({ pause: () => {}, resume: () => {} }, { paused: () => {}, resumed: () => {} }),
    outages: new OutageTracker({ minMs: 1000, maxMs: 30_000 }),
    lagOf: () => 0,
    assignedPartitions: () => new Map([['in', [0]]]),
    batching: { minRecords: 2, maxRecords: 2, maxBytes: 1_000_000, maxWaitMs: 10, highLagRecords: 100 },
    fetchSliceMs: options.fetchSliceMs ?? 60_000,
    now: () => clock,
    retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    metrics: new StreamMetrics(new Registry(), 'upper'),
    logger: pino({ level: 'silent' }),
    signal: new AbortController().signal,
    sleep: () => Promise.resolve(),
    maxOutputBytes: 1_000_000,
    rebalance,
  });
  return { eachBatch, handled, commits, rebalance };
}

function payload(values: string[], firstOffset: number, heartbeat: () => Promise<void> = () => Promise.resolve()) {
  const resolved: string[] = [];
  const messages = values.map((value, i) => ({ offset: String(firstOffset + i), key: Buffer.from(`k${firstOffset + i}`), value: Buffer.from(value), headers: {}, timestamp: '0', attributes: 0 }));
  const batch = { topic: 'in', partition: 0, messages, lastOffset: () => String(firstOffset + values.length - 1) };
  const kafkajs = {
    batch,
    resolveOffset: (offset: string) => resolved.push(offset),
    heartbeat,
    isRunning: () => true,
    isStale: () => false,
  } as unknown as EachBatchPayload;
  return { kafkajs, resolved };
}

describe('createPartitionProcessor', () => {
  it('commits each micro-batch with its outputs, dead letters and next offset, then resolves it', async () => {
    const { eachBatch, handled, commits } = harness({ failValue: 'bad' });
    const { kafkajs, resolved } = payload(['a', 'b', 'bad'], 10);
    await eachBatch(kafkajs);
    expect(handled).toEqual([['a', 'b'], ['bad']]);
    expect(commits.map((c) => c.nextOffset)).toEqual(['12', '13']);
    expect(commits[0]!.messages.get('out')!.map((m) => String(m.value))).toEqual(['A', 'B']);
    expect([...commits[1]!.messages.keys()]).toEqual(['in.upper.dlq']);
    expect(resolved).toEqual(['11', '12']);
  });

  it('hands the rest of a long fetched batch back unresolved after fetchSliceMs, for the next fetch to bring with the other partitions', async () => {
    const { eachBatch, handled, commits } = harness({ fetchSliceMs: 1000, handlerMs: 600 });
    const first = payload(['a', 'b', 'c', 'd', 'e', 'f'], 10);
    await eachBatch(first.kafkajs);
    // 600 ms, then 1,200 ms: the slice is over after the second micro-batch; e and f stay unresolved.
    expect(handled).toEqual([['a', 'b'], ['c', 'd']]);
    expect(first.resolved).toEqual(['11', '13']);
    expect(commits.map((commit) => commit.nextOffset)).toEqual(['12', '14']);
    // kafkajs fetches from the last resolved offset: the rest, in a slice of its own.
    const next = payload(['e', 'f'], 14);
    await eachBatch(next.kafkajs);
    expect(handled.at(-1)).toEqual(['e', 'f']);
    expect(next.resolved).toEqual(['15']);
  });

  it('after fencing a previous owner, skips what it committed and moves the fetch position past it', async () => {
    const { eachBatch, handled, commits } = harness({ fresh: true, committed: 12 });
    const { kafkajs, resolved } = payload(['a', 'b', 'c'], 10);
    await eachBatch(kafkajs);
    expect(handled).toEqual([['c']]);
    expect(resolved).toEqual(['11', '12']);
    expect(commits.map((c) => c.nextOffset)).toEqual(['13']);
  });

  it('once a heartbeat says the group is rebalancing, finishes the micro-batch in hand and starts no other, in this batch or the next', async () => {
    const { eachBatch, handled, commits, rebalance } = harness();
    const error = rebalancing();
    const { kafkajs, resolved } = payload(['a', 'b', 'c', 'd'], 0, () => Promise.reject(error));
    await expect(eachBatch(kafkajs)).rejects.toBe(error);
    expect(handled).toEqual([['a', 'b']]);
    expect(commits).toHaveLength(1);
    expect(resolved).toEqual(['1']);

    // A partition fetched before the rebalance is not started: kafkajs's error goes back to the runner, which rejoins.
    const queued = payload(['e'], 0);
    await expect(eachBatch(queued.kafkajs)).rejects.toBe(error);
    expect(handled).toHaveLength(1);

    rebalance.rejoined();
    await eachBatch(queued.kafkajs);
    expect(handled).toEqual([['a', 'b'], ['e']]);
  });
});
