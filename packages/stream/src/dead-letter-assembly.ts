import type { Message } from 'kafkajs';
import type { RecordFailure } from './batch-executor';
import { deadLetterFor, type RawRecord } from './dead-letter';
import type { PreparedOutput } from './output-encoder';

/**
 * Everything one micro-batch's transaction writes, by physical topic: the handler's encoded outputs
 * in order, then one dead letter per failed record (`deadLetterFor`: original key, value and
 * headers plus the reason headers) on `<source>.<service>.dlq`. Outputs and dead letters then
 * commit together with the consumed offset, so a record is either processed or dead-lettered,
 * exactly once.
 */
export function assembleTransactionMessages(
  outputs: readonly PreparedOutput[],
  failures: readonly RecordFailure<{ raw: RawRecord }>[],
  source: { topic: string; partition: number },
  service: string,
  now: Date,
): Map<string, Message[]> {
  const byTopic = new Map<string, Message[]>();
  for (const output of outputs) append(byTopic, output.topic, output.message);
  for (const failure of failures) {
    const letter = deadLetterFor(failure.record.raw, source, service, failure, now);
    append(byTopic, letter.topic, { key: letter.key, value: letter.value, headers: letter.headers });
  }
  return byTopic;
}

function append(map: Map<string, Message[]>, topic: string, message: Message): void {
  const list = map.get(topic);
  if (list) list.push(message);
  else map.set(topic, [message]);
}
