import { Writable } from 'node:stream';
import { describe, expect } from 'vitest';
import pino from 'pino';
import { deadLetterTopic, ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { kafkaTest as test, uniqueName } from '@sluice/testkit';
import { runService } from '@sluice/stream';
import { EXTRACTED, INGESTED, extractService } from './fixtures/extract-service';
import { exactlyOnceReport, metricValue, produceDocuments, readCommitted, until, waitForDrain } from './stream-helpers';

describe('dependency outages', () => {
  test('a dependency down for longer than the retry budget pauses the partitions; on recovery every record is processed once and none is dead-lettered', async ({ kafka, admin, prefix, serde }) => {
    await ensureTopics(admin, planTopics(prefix, [INGESTED, EXTRACTED]));
    await serde.prepare([INGESTED, EXTRACTED]);
    await produceDocuments(kafka, serde, 0, 60);

    // Phase 1: the model endpoint answers 503; phase 2: PostgreSQL refuses connections (a raw
    // node-postgres error, no SluiceError): both outlast the budget of 2 tries, both must pause.
    let phase: 'model' | 'database' | 'up' = 'model';
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const lines: { msg: string; code?: string; pauseMs?: number; outageMs?: number }[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as (typeof lines)[number]);
        done();
      },
    });
    const service = await runService(
      extractService({
        failOn: () => (phase === 'model' ? new SluiceError('UNAVAILABLE', 'model endpoint answered 503') : phase === 'database' ? (refused as SluiceError) : undefined),
      }),
      {
        kafka,
        serde,
        logger: pino({ level: 'info' }, sink),
        options: { sessionTimeoutMs: 8000, lagSampleIntervalMs: 500, retry: { maxAttempts: 2, baseDelayMs: 20, maxDelayMs: 50 }, outagePause: { minMs: 100, maxMs: 400 } },
      },
    );
    const outagePauses = async (code: string) => metricValue(await service.metrics.registry.metrics(), 'sluice_stream_outage_pauses_total', { code });
    try {
      await until(async () => (await outagePauses('UNAVAILABLE')) >= 3, 60_000, 'three outage pauses while the model is down');
      phase = 'database';
      await until(async () => (await outagePauses('UNAVAILABLE')) >= 6, 60_000, 'outage pauses while PostgreSQL refuses connections');
      const during = await service.metrics.registry.metrics();
      expect(metricValue(during, 'sluice_stream_outage_active', { code: 'UNAVAILABLE' })).toBeGreaterThanOrEqual(1);
      expect(metricValue(during, 'sluice_stream_dead_lettered_total')).toBe(0);
      phase = 'up';
      await waitForDrain(admin, 'test-extractor', prefix);
      const after = await service.metrics.registry.metrics();
      expect(metricValue(after, 'sluice_stream_outage_active')).toBe(0);
      expect(metricValue(after, 'sluice_stream_outage_duration_seconds_count')).toBeGreaterThanOrEqual(1);
      expect(metricValue(after, 'sluice_stream_dead_lettered_total')).toBe(0);
    } finally {
      await service.stop();
    }
    // A log line names what is paused, for how long and why; one says when it recovered.
    const paused = lines.find((line) => line.msg.startsWith('partition paused for'));
    expect(paused).toMatchObject({ code: 'UNAVAILABLE', topic: physicalTopic(INGESTED, prefix) });
    expect(paused!.pauseMs).toBeGreaterThan(0);
    expect(lines.some((line) => line.msg.startsWith('dependency recovered') && (line.outageMs ?? 0) > 0)).toBe(true);

    const outputs = await readCommitted(kafka, admin, physicalTopic(EXTRACTED, prefix), uniqueName('reader'));
    expect(exactlyOnceReport(outputs, Array.from({ length: 60 }, (_, i) => `doc-${i}`))).toEqual({ duplicates: [], missing: [], unexpected: [] });
    expect(await readCommitted(kafka, admin, deadLetterTopic(physicalTopic(INGESTED, prefix), 'test-extractor'), uniqueName('dlq'))).toEqual([]);
  });
});
