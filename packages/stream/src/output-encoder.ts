import type { Message } from 'kafkajs';
import { physicalTopic } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import type { Entry } from './record-decoder';
import type { InputRecord, OutputRecord } from './service-definition';
import { INGESTED_AT_HEADER, ingestedAt, injectTraceContext, startRecordSpan } from './trace-context';

/** An output ready for the producer: physical topic, encoded message, and its ingest time (metrics). */
export interface PreparedOutput {
  topic: string;
  message: Message;
  ingestedAt: number;
}

export interface OutputEncoderDeps<O> {
  service: string;
  /** Logical output topics the handler may write. */
  outputs: readonly string[];
  prefix: string;
  encode: (topic: string, value: O) => Promise<Buffer>;
  /** Largest encoded output value; larger ones fail their input record (the broker would refuse them). */
  maxOutputBytes: number;
  now: () => number;
}

/**
 * Checks and encodes a handler's outputs; each carries its source's trace context and ingest time.
 * The source is `output.source`, else the input with the same key (keys are document ids), else
 * the first input of the batch.
 */
export function createOutputEncoder<I, O>(deps: OutputEncoderDeps<O>) {
  // Topic names are resolved once per service, not once per output record.
  const physical = new Map(deps.outputs.map((topic) => [topic, physicalTopic(topic, deps.prefix)] as const));

  return function prepareOutputs(outputs: readonly OutputRecord<O>[], subset: readonly Entry<I>[], inputTopic: string): Promise<PreparedOutput[]> {
    const byKey = new Map(subset.map((entry) => [entry.record.key, entry] as const));
    let byRecord: Map<InputRecord<unknown>, Entry<I>> | undefined;
    return Promise.all(
      outputs.map(async (output) => {
        const topic = physical.get(output.topic);
        if (topic === undefined) {
          throw new SluiceError('CONFIG', `handler wrote ${output.topic}, which is not among the outputs of ${deps.service}`);
        }
        if (output.source) byRecord ??= new Map(subset.map((entry) => [entry.record as InputRecord<unknown>, entry] as const));
        const source = (output.source && byRecord?.get(output.source)) || byKey.get(output.key) || subset[0];
        const headers: Record<string, string> = { ...output.headers };
        if (source) {
          source.span ??= startRecordSpan(deps.service, inputTopic, source.record.headers);
          injectTraceContext(source.span.context, headers);
        }
        const ingested = source ? ingestedAt(source.record.headers, source.record.timestamp) : deps.now();
        headers[INGESTED_AT_HEADER] = String(ingested);
        const value = await deps.encode(output.topic, output.value);
        if (value.length > deps.maxOutputBytes) {
          // Would fail every transaction of the partition forever: the input's failure instead.
          throw new SluiceError('INVALID_MODEL_OUTPUT', `output for ${output.topic} is ${value.length} bytes, above ${deps.maxOutputBytes}`);
        }
        return { topic, message: { key: output.key, value, headers }, ingestedAt: ingested };
      }),
    );
  };
}
