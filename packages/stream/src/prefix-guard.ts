import type { ConsumerConfig, Kafka, Producer, ProducerBatch, ProducerRecord, Transaction } from 'kafkajs';
import { SluiceError } from '@sluice/errors';

/**
 * Isolation of a prefixed pipeline, enforced where Kafka is written: a process whose
 * SLUICE_TOPIC_PREFIX is set (a shadow pipeline, `shadow.<name>.`) produces only to topics under
 * that prefix and joins or commits only consumer groups under it. Topic names are built with
 * `physicalTopic(name, prefix)` everywhere, so this never fires in correct code; it is the check
 * that a mistake (a hard-coded topic, a serde without the prefix, a producer made outside the
 * runtime) fails loudly before a byte reaches production instead of silently writing there.
 */
export interface PrefixGuardOptions {
  /** Called once per refused call, before the call rejects (the runtime stops the service). */
  onViolation?: (error: SluiceError) => void;
}

/** The error a refused write raises: CONFIG, not retryable, naming the topic (or group) and the prefix. */
export function prefixViolation(what: 'topic' | 'consumer group', name: string, prefix: string): SluiceError {
  const verb = what === 'topic' ? 'produce to topic' : 'use consumer group';
  return new SluiceError(
    'CONFIG',
    `refused to ${verb} ${JSON.stringify(name)}: this process writes only under its topic prefix ${JSON.stringify(prefix)} ` +
      `(SLUICE_TOPIC_PREFIX); a shadow pipeline must never write to production topics or groups`,
    { details: { [what === 'topic' ? 'topic' : 'groupId']: name, prefix } },
  );
}

/** Throws `prefixViolation` unless `name` is under `prefix` (an empty prefix allows everything). */
export function assertUnderPrefix(what: 'topic' | 'consumer group', name: string, prefix: string, options: PrefixGuardOptions = {}): void {
  if (prefix === '' || name.startsWith(prefix)) return;
  const error = prefixViolation(what, name, prefix);
  options.onViolation?.(error);
  throw error;
}

/** Runs `check` and turns its throw into a rejected promise, as the kafkajs method it guards would. */
async function checked<T>(check: () => void, call: () => Promise<T>): Promise<T> {
  check();
  return call();
}

function guardTransaction(transaction: Transaction, prefix: string, options: PrefixGuardOptions): Transaction {
  const topics = (batch: ProducerBatch) => (batch.topicMessages ?? []).map((entry) => entry.topic);
  return Object.assign(Object.create(transaction) as Transaction, {
    send: (record: ProducerRecord) => checked(() => assertUnderPrefix('topic', record.topic, prefix, options), () => transaction.send(record)),
    sendBatch: (batch: ProducerBatch) =>
      checked(() => topics(batch).forEach((topic) => assertUnderPrefix('topic', topic, prefix, options)), () => transaction.sendBatch(batch)),
    sendOffsets: (offsets: Parameters<Transaction['sendOffsets']>[0]) =>
      checked(() => assertUnderPrefix('consumer group', offsets.consumerGroupId, prefix, options), () => transaction.sendOffsets(offsets)),
  });
}

/** A producer whose sends (plain and transactional) refuse topics outside `prefix`. */
export function guardProducer(producer: Producer, prefix: string, options: PrefixGuardOptions = {}): Producer {
  if (prefix === '') return producer;
  const topics = (batch: ProducerBatch) => (batch.topicMessages ?? []).map((entry) => entry.topic);
  return Object.assign(Object.create(producer) as Producer, {
    send: (record: ProducerRecord) => checked(() => assertUnderPrefix('topic', record.topic, prefix, options), () => producer.send(record)),
    sendBatch: (batch: ProducerBatch) =>
      checked(() => topics(batch).forEach((topic) => assertUnderPrefix('topic', topic, prefix, options)), () => producer.sendBatch(batch)),
    transaction: async () => guardTransaction(await producer.transaction(), prefix, options),
  });
}

/**
 * The Kafka client a prefixed process uses: every producer made from it is `guardProducer`'d and a
 * consumer may only join a group under the prefix. The runtime wraps the client it is given with
 * this whenever the serde's prefix is set, so its transactional and dead-letter producers are held
 * to the prefix; `RunningService.kafka` hands the same guarded client to a service's own code.
 */
export function prefixGuardedKafka(kafka: Kafka, prefix: string, options: PrefixGuardOptions = {}): Kafka {
  if (prefix === '') return kafka;
  return Object.assign(Object.create(kafka) as Kafka, {
    producer: (config?: Parameters<Kafka['producer']>[0]) => guardProducer(kafka.producer(config), prefix, options),
    consumer: (config: ConsumerConfig) => {
      assertUnderPrefix('consumer group', config.groupId, prefix, options);
      return kafka.consumer(config);
    },
  });
}
