import type { IHeaders, KafkaMessage } from 'kafkajs';
import type { InputRecord } from './service-definition';

/** kafkajs headers (Buffer, string or arrays of them) as one UTF-8 string per name (the first value). */
export function headerMap(headers: IHeaders | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) map[name] = first.toString();
  }
  return map;
}

export function messageBytes(message: Pick<KafkaMessage, 'key' | 'value'>): number {
  return (message.key?.length ?? 0) + (message.value?.length ?? 0);
}

export function toInputRecord<T>(topic: string, partition: number, message: KafkaMessage, decoded: { value: T; schemaId: number }): InputRecord<T> {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key ? message.key.toString('utf8') : null,
    value: decoded.value,
    headers: headerMap(message.headers),
    timestamp: Number(message.timestamp),
    schemaId: decoded.schemaId,
    sizeBytes: messageBytes(message),
  };
}
