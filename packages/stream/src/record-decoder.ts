import type { Span } from '@opentelemetry/api';
import { isUtf8 } from 'node:buffer';
import type { KafkaMessage } from 'kafkajs';
import { SluiceError, isDependencyFailure, toSluiceError } from '@sluice/errors';
import type { RecordFailure } from './batch-executor';
import { toInputRecord } from './input-record';
import type { InputRecord } from './service-definition';
import type { startRecordSpan } from './trace-context';

/** A fetched record with its decoded form (and, once an output needs it, its consumer span). */
export interface Entry<I> {
  raw: KafkaMessage;
  record: InputRecord<I>;
  span?: { span: Span; context: ReturnType<typeof startRecordSpan>['context'] };
}

export interface DecodeChunkDeps<I> {
  /** Logical input topic of the chunk: which schema the values have. */
  topic: string;
  partition: number;
  decode: (topic: string, value: Buffer | null) => Promise<{ value: I; schemaId: number }>;
}

export type DecodedChunk<I> = { entries: Entry<I>[]; failures: RecordFailure<Entry<I>>[]; outage?: undefined } | { outage: SluiceError };

/**
 * Decodes a chunk by its topic's schema. Bad bytes and unknown schema ids become failures (dead
 * letters); a registry outage (a retryable error) is nobody's fault: `{ outage }`, the caller pauses
 * the partition and fetches the chunk again later.
 */
export async function decodeChunk<I>(chunk: readonly KafkaMessage[], deps: DecodeChunkDeps<I>): Promise<DecodedChunk<I>> {
  const entries: Entry<I>[] = [];
  const failures: RecordFailure<Entry<I>>[] = [];
  for (const raw of chunk) {
    try {
      // Keys are document ids as UTF-8 (design note): invalid bytes would read as U+FFFD, and two
      // different ids as the same one (issue 12, input 2). Refused by name, not silently merged.
      if (raw.key && !isUtf8(raw.key)) throw new SluiceError('INVALID_INPUT', 'the record key is not valid UTF-8 (keys are document ids as UTF-8)');
      const value = await deps.decode(deps.topic, raw.value);
      entries.push({ raw, record: toInputRecord(deps.topic, deps.partition, raw, value) });
    } catch (caught) {
      const error = toSluiceError(caught);
      if (error.retryable) return { outage: isDependencyFailure(error) ? error : new SluiceError('UNAVAILABLE', error.message, { cause: error }) };
      const stub = { raw, record: { topic: deps.topic, partition: deps.partition, offset: raw.offset } as InputRecord<I> };
      failures.push({ record: stub, error, attempts: 1 });
    }
  }
  return { entries, failures };
}
