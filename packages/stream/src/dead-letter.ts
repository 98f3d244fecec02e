import type { IHeaders } from 'kafkajs';
import { deadLetterTopic } from '@sluice/contracts';
import type { SluiceError } from '@sluice/errors';

/** Headers the runtime adds to a dead-lettered record; the original headers are kept as they were. */
export const deadLetterHeaders = {
  errorCode: 'sluice.dlq.error.code',
  errorMessage: 'sluice.dlq.error.message',
  service: 'sluice.dlq.service',
  sourceTopic: 'sluice.dlq.source.topic',
  sourcePartition: 'sluice.dlq.source.partition',
  sourceOffset: 'sluice.dlq.source.offset',
  attempts: 'sluice.dlq.attempts',
  time: 'sluice.dlq.time',
} as const;

export interface RawRecord {
  key: Buffer | null;
  value: Buffer | null;
  headers?: IHeaders;
  offset: string;
}

export interface DeadLetter {
  topic: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: IHeaders;
}

// Header values are bytes; a message of many kilobytes helps no reader of a dead-letter topic.
const MAX_MESSAGE_CHARS = 2000;

/**
 * The dead-letter record for `raw` from `sourceTopic` (physical name): the original key, value
 * bytes and headers, plus why, where from and when. It goes to `<source>.<service>.dlq` inside the
 * same transaction as the consumed offsets, so a record is dead-lettered exactly once.
 */
export function deadLetterFor(
  raw: RawRecord,
  source: { topic: string; partition: number },
  service: string,
  failure: { error: SluiceError; attempts: number },
  now: Date = new Date(),
): DeadLetter {
  return {
    topic: deadLetterTopic(source.topic, service),
    key: raw.key,
    value: raw.value,
    headers: {
      ...raw.headers,
      [deadLetterHeaders.errorCode]: failure.error.code,
      [deadLetterHeaders.errorMessage]: failure.error.message.slice(0, MAX_MESSAGE_CHARS),
      [deadLetterHeaders.service]: service,
      [deadLetterHeaders.sourceTopic]: source.topic,
      [deadLetterHeaders.sourcePartition]: String(source.partition),
      [deadLetterHeaders.sourceOffset]: raw.offset,
      [deadLetterHeaders.attempts]: String(failure.attempts),
      [deadLetterHeaders.time]: now.toISOString(),
    },
  };
}

/** Plan for `ensureTopics` of a service's dead-letter topic (one partition: few records, read by people). */
export function deadLetterTopicPlan(sourceTopic: string, service: string) {
  return {
    topic: deadLetterTopic(sourceTopic, service),
    numPartitions: 1,
    configEntries: [
      { name: 'cleanup.policy', value: 'delete' },
      { name: 'retention.ms', value: String(30 * 24 * 3600 * 1000) },
    ],
  };
}
