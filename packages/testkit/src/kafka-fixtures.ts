import { Kafka, logLevel, type Admin } from 'kafkajs';
import { test as base } from 'vitest';
import { AvroSerde } from '@sluice/contracts';
import { kafkajsLogCreator } from '@sluice/stream';
import { integrationStack, uniqueName } from './integration-stack';

export interface KafkaFixtures {
  kafka: Kafka;
  admin: Admin;
  /** A serde on a unique topic prefix: its subjects and topics are this test's own. */
  prefix: string;
  serde: AvroSerde;
}

/**
 * `kafkaTest` gives each test a Kafka client, a connected admin, a unique topic prefix and a serde
 * bound to it; the admin is disconnected and the prefix's topics deleted afterwards, pass or fail.
 */
export const kafkaTest = base.extend<KafkaFixtures>({
  // eslint-disable-next-line no-empty-pattern
  kafka: async ({}, use) => {
    await use(new Kafka({ clientId: uniqueName('test'), brokers: integrationStack().kafkaBrokers, logLevel: logLevel.ERROR, logCreator: kafkajsLogCreator }));
  },
  admin: async ({ kafka }, use) => {
    const admin = kafka.admin();
    await admin.connect();
    await use(admin);
    await admin.disconnect();
  },
  prefix: async ({ admin }, use) => {
    const prefix = `${uniqueName('t')}.`;
    await use(prefix);
    const mine = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (mine.length > 0) await admin.deleteTopics({ topics: mine }).catch(() => undefined);
  },
  serde: async ({ prefix }, use) => {
    await use(AvroSerde.connect(integrationStack().schemaRegistryUrl, prefix));
  },
});
