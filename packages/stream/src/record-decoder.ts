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

const REPLACEMENT = '\uFFFD';
const REPLACEMENT_UTF8 = Buffer.from(REPLACEMENT, 'utf8');

/**
 * Whether any string of a decoded value (map keys too) holds U+FFFD. Runs on every record of every
 * stage: stops at the first hit, and walks own keys only (`Object.keys`; avsc's record classes carry
 * enumerable prototype methods that a `for...in` would visit on every record).
 */
function holdsReplacement(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(REPLACEMENT);
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (holdsReplacement(item)) return true;
    return false;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (key.includes(REPLACEMENT) || holdsReplacement(record[key])) return true;
  return false;
}

/** U+FFFD characters in every string of a decoded value (map keys too); only for a value that holds one. */
function replacementCount(value: unknown): number {
  if (typeof value === 'string') {
    let count = 0;
    for (let at = value.indexOf(REPLACEMENT); at !== -1; at = value.indexOf(REPLACEMENT, at + 1)) count++;
    return count;
  }
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return 0;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + replacementCount(item), 0);
  const record = value as Record<string, unknown>;
  return Object.keys(record).reduce((sum, key) => sum + replacementCount(key) + replacementCount(record[key]), 0);
}

/**
 * Whether the decoder replaced invalid UTF-8 in a string (avsc decodes like Buffer.toString: bad
 * bytes become U+FFFD, silently). Checked only when a decoded string holds U+FFFD: the value's bytes
 * must then hold as many encoded U+FFFD (EF BF BD) as the strings show, else some were bad bytes.
 */
export function hasInvalidUtf8Strings(decoded: unknown, bytes: Buffer): boolean {
  if (!holdsReplacement(decoded)) return false;
  const shown = replacementCount(decoded);
  let encoded = 0;
  for (let at = bytes.indexOf(REPLACEMENT_UTF8); at !== -1; at = bytes.indexOf(REPLACEMENT_UTF8, at + REPLACEMENT_UTF8.length)) encoded++;
  return encoded < shown;
}

/**
 * Decodes a chunk by its topic's schema. Bad bytes, unknown schema ids and strings that are not
 * UTF-8 (in the key or the value) become failures (dead letters); a registry outage (a retryable error) is nobody's fault: `{ outage }`, the caller pauses
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
      if (raw.value && hasInvalidUtf8Strings(value.value, raw.value)) {
        throw new SluiceError('INVALID_INPUT', 'a string of the value is not valid UTF-8 (Avro strings are UTF-8; the bytes would read as U+FFFD)');
      }
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
