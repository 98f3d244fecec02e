import { describe, expect } from 'vitest';
import { deadLetterTopic, ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { kafkaTest as test, uniqueName } from '@sluice/testkit';
import { INGESTED_AT_HEADER, deadLetterHeaders, readConsumerLag } from '@sluice/stream';
import { EXTRACTED, INGESTED, extractService, rejectTenant } from './fixtures/extract-service';
import { runInProcess } from './in-process';
import { document, exactlyOnceReport, metricValue, readCommitted, waitForDrain } from './stream-helpers';

describe('poison records', () => {
  test('an undecodable value and a rejected record go to the DLQ with reasons; neighbours are processed; offsets move past', async ({ kafka, admin, prefix, serde }) => {
    await ensureTopics(admin, planTopics(prefix, [INGESTED, EXTRACTED]));
    await serde.prepare([INGESTED, EXTRACTED]);
    const input = physicalTopic(INGESTED, prefix);

    // One partition for all of them, so the two poison records sit between good ones in one batch.
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const good = Array.from({ length: 40 }, (_, i) => i);
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const encoded = async (i: number, tenant = 'acme') => ({
      key: `doc-${i}`,
      value: await serde.encode(INGESTED, document(i, tenant)),
      partition: 0,
      headers: i === 3 ? { traceparent, [INGESTED_AT_HEADER]: '1700000000123' } : {},
    });
    await producer.send({
      topic: input,
      messages: [
        ...(await Promise.all(good.slice(0, 15).map((i) => encoded(i)))),
        { key: 'garbage', value: Buffer.from('not avro at all'), partition: 0, headers: { origin: 'fuzzer' } },
        ...(await Promise.all(good.slice(15, 30).map((i) => encoded(i)))),
        await encoded(999, 'evil'),
        ...(await Promise.all(good.slice(30).map((i) => encoded(i)))),
      ],
    });
    await producer.disconnect();

    const service = await runInProcess(extractService({ failOn: rejectTenant('evil') }), kafka, serde, { batching: { minRecords: 100, maxRecords: 100 } });
    try {
      await waitForDrain(admin, 'test-extractor', prefix);
      const lag = await readConsumerLag(admin, service.groupId, input);
      expect(lag.find((p) => p.partition === 0)).toMatchObject({ committedOffset: 42, lag: 0 });
      const text = await service.metrics.registry.metrics();
      expect(metricValue(text, 'sluice_stream_dead_lettered_total', { code: 'DECODE_FAILED' })).toBe(1);
      expect(metricValue(text, 'sluice_stream_dead_lettered_total', { code: 'REJECTED' })).toBe(1);
    } finally {
      await service.stop();
    }

    const outputs = await readCommitted(kafka, admin, physicalTopic(EXTRACTED, prefix), uniqueName('reader'));
    expect(exactlyOnceReport(outputs, good.map((i) => `doc-${i}`))).toEqual({ duplicates: [], missing: [], unexpected: [] });
    // Trace context and ingest time travel from input to output; others get their own ingest time.
    const traced = outputs.find((r) => r.key === 'doc-3')!;
    expect(traced.headers.traceparent?.toString()).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
    expect(traced.headers[INGESTED_AT_HEADER]?.toString()).toBe('1700000000123');
    expect(Number(outputs.find((r) => r.key === 'doc-4')!.headers[INGESTED_AT_HEADER]?.toString())).toBeGreaterThan(1_700_000_000_123);

    const letters = await readCommitted(kafka, admin, deadLetterTopic(input, 'test-extractor'), uniqueName('dlq'));
    expect(letters).toHaveLength(2);
    const header = (r: (typeof letters)[number], name: string) => r.headers[name]?.toString();
    const [garbage, evil] = letters;
    expect(garbage!.key).toBe('garbage');
    expect(garbage!.value?.toString()).toBe('not avro at all');
    expect(header(garbage!, 'origin')).toBe('fuzzer');
    expect(header(garbage!, deadLetterHeaders.errorCode)).toBe('DECODE_FAILED');
    expect(header(garbage!, deadLetterHeaders.sourceOffset)).toBe('15');
    expect(header(garbage!, deadLetterHeaders.sourceTopic)).toBe(input);
    expect(header(garbage!, deadLetterHeaders.sourcePartition)).toBe('0');
    expect(header(garbage!, deadLetterHeaders.service)).toBe('test-extractor');
    expect(evil!.key).toBe('doc-999');
    expect(header(evil!, deadLetterHeaders.errorCode)).toBe('REJECTED');
    expect(header(evil!, deadLetterHeaders.errorMessage)).toContain('tenant evil is refused');
    expect(header(evil!, deadLetterHeaders.sourceOffset)).toBe('31');
    expect(Number(header(evil!, deadLetterHeaders.attempts))).toBeGreaterThanOrEqual(1);
    expect(Date.parse(header(evil!, deadLetterHeaders.time) ?? '')).not.toBeNaN();
    // The original bytes, as they were: the value decodes to the refused document.
    expect((await serde.decode(INGESTED, evil!.value)).value).toMatchObject(document(999, 'evil'));
  });
});
