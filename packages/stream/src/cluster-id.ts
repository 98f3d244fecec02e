import { Kafka, logLevel } from 'kafkajs';

/**
 * The Kafka cluster's id (`DescribeCluster` through a short-lived kafkajs admin client), e.g. to
 * scope state kept outside Kafka to the cluster whose records it refers to. `brokers`: bootstrap
 * servers as `host:port`. Rejects with kafkajs's connection error when no broker answers.
 */
export async function kafkaClusterId(brokers: readonly string[]): Promise<string> {
  const admin = new Kafka({ clientId: 'sluice-cluster-id', brokers: [...brokers], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    return (await admin.describeCluster()).clusterId;
  } finally {
    await admin.disconnect();
  }
}
