import { describe, expect } from 'vitest';
import { kafkaTest as test, uniqueName } from '@sluice/testkit';
import { readToEnd } from '@sluice/stream';

describe('readToEnd', () => {
  test('reads every committed record, and gives up after the timeout it is given when the end cannot be reached', async ({ kafka, admin, prefix }) => {
    const topic = `${prefix}read-to-end`;
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    const plain = kafka.producer();
    await plain.connect();
    await plain.send({ topic, acks: -1, messages: [{ key: 'a', value: '1' }, { key: 'b', value: '2' }] });
    await plain.disconnect();
    expect((await readToEnd(kafka, admin, topic)).map((record) => record.key?.toString())).toEqual(['a', 'b']);

    // A group whose committed offsets already stand at the end fetches nothing, so its position
    // never passes the end offsets: the read waits until the timeout it was given.
    const groupId = uniqueName('at-end');
    await admin.setOffsets({ groupId, topic, partitions: [{ partition: 0, offset: '2' }] });
    await expect(readToEnd(kafka, admin, topic, { groupId, timeoutMs: 1_500 })).rejects.toMatchObject({
      code: 'TIMEOUT',
      message: expect.stringContaining('in 1500 ms') as unknown,
    });
  });
});
