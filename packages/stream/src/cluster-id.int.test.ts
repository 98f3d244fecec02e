import { describe, expect } from 'vitest';
import { integrationStack, kafkaTest as test } from '@sluice/testkit';
import { kafkaClusterId } from './cluster-id';

describe('kafkaClusterId', () => {
  test('is the id the broker describes, the same on every call', async ({ admin }) => {
    const brokers = integrationStack().kafkaBrokers;
    const id = await kafkaClusterId(brokers);
    expect(id).toBe((await admin.describeCluster()).clusterId);
    expect(id.length).toBeGreaterThan(0);
    expect(await kafkaClusterId(brokers)).toBe(id);
  });
});
