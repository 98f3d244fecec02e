import type { KafkaMessage } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { fencePartition, type FencingDeps } from './partition-fencing';

const message = (offset: number) => ({ offset: String(offset), key: null, value: null, headers: {}, timestamp: '0', attributes: 0 }) as KafkaMessage;
const fetched = [5, 6, 7, 8].map(message);

function fakeDeps(fresh: boolean, committed: number | undefined) {
  const calls: string[] = [];
  const deps: FencingDeps = {
    output: {
      acquire: (topic, partition) => {
        calls.push(`acquire ${topic}:${partition}`);
        return Promise.resolve({ fresh });
      },
    },
    committedOffset: (topic, partition) => {
      calls.push(`committed ${topic}:${partition}`);
      return Promise.resolve(committed);
    },
  };
  return { deps, calls };
}

describe('fencePartition', () => {
  it('drops fetched records the previous owner committed, read after fencing it', async () => {
    const { deps, calls } = fakeDeps(true, 7);
    const fenced = await fencePartition('in', 2, fetched, deps);
    expect(fenced.messages.map((m) => m.offset)).toEqual(['7', '8']);
    expect(fenced.committed).toBe(7);
    // The committed offset is only final once the earlier owner is fenced: acquire comes first.
    expect(calls).toEqual(['acquire in:2', 'committed in:2']);
  });

  it('drops every record when the previous owner committed past the whole fetch', async () => {
    const { deps } = fakeDeps(true, 20);
    expect(await fencePartition('in', 0, fetched, deps)).toEqual({ messages: [], committed: 20 });
  });

  it('keeps the fetch when nothing below it was committed, or nothing at all', async () => {
    for (const committed of [5, 3, undefined]) {
      const { deps } = fakeDeps(true, committed);
      const fenced = await fencePartition('in', 0, fetched, deps);
      expect(fenced.messages).toBe(fetched);
      expect(fenced.committed).toBeUndefined();
    }
  });

  it('does not read the committed offset again once this instance owns the partition', async () => {
    const { deps, calls } = fakeDeps(false, 7);
    const fenced = await fencePartition('in', 1, fetched, deps);
    expect(fenced.messages).toBe(fetched);
    expect(calls).toEqual(['acquire in:1']);
  });
});
