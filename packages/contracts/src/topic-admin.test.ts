import type { Admin } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { ensureTopics, waitForLeaders, type TopicPlan } from './topic-admin';

/**
 * An admin over a broker whose metadata names a leader for every partition at once, while the
 * leader refuses ListOffsets (NOT_LEADER_OR_FOLLOWER) for its first `refusals` requests per topic,
 * as a loaded KRaft broker does right after a topic is created.
 */
function laggingBroker(existing: string[], refusals: number) {
  const topics = new Set(existing);
  const refused = new Map<string, number>();
  const calls: string[] = [];
  const admin = {
    listTopics: () => Promise.resolve([...topics]),
    createTopics: ({ topics: created }: { topics: { topic: string }[] }) => {
      for (const { topic } of created) topics.add(topic);
      calls.push(`create ${created.map((t) => t.topic).join(',')}`);
      return Promise.resolve(true);
    },
    fetchTopicMetadata: ({ topics: asked }: { topics: string[] }) =>
      Promise.resolve({ topics: asked.filter((name) => topics.has(name)).map((name) => ({ name, partitions: [{ partitionId: 0, leader: 1 }] })) }),
    fetchTopicOffsets: (name: string) => {
      const count = (refused.get(name) ?? 0) + 1;
      refused.set(name, count);
      if (count <= refusals) return Promise.reject(Object.assign(new Error('This server is not the leader for that topic-partition'), { retriable: true }));
      calls.push(`served ${name}`);
      return Promise.resolve([{ partition: 0, offset: '0', high: '0', low: '0' }]);
    },
  } as unknown as Admin;
  return { admin, calls };
}

const plan = (topic: string): TopicPlan => ({ topic, numPartitions: 1, configEntries: [] });

describe('waitForLeaders', () => {
  it('waits past a leader named in the metadata until it serves the partition', async () => {
    const { admin, calls } = laggingBroker(['a', 'b'], 3);
    await waitForLeaders(admin, ['a', 'b'], 10_000);
    expect(calls).toEqual(['served a', 'served b']);
  });

  it('times out with the topics not served and the last refusal', async () => {
    const { admin } = laggingBroker(['a'], Number.POSITIVE_INFINITY);
    await expect(waitForLeaders(admin, ['a'], 300)).rejects.toMatchObject({ code: 'TIMEOUT', message: expect.stringMatching(/topics a are not served.*not the leader/) });
  });
});

describe('ensureTopics', () => {
  it('creates only the missing topics, and waits for the ones another process just created too', async () => {
    const { admin, calls } = laggingBroker(['made-elsewhere'], 2);
    expect(await ensureTopics(admin, [plan('made-elsewhere'), plan('new')])).toEqual(['new']);
    expect(calls).toEqual(['create new', 'served made-elsewhere', 'served new']);
  });
});
