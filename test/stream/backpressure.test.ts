import { describe, expect } from 'vitest';
import { ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { kafkaTest as test } from '@sluice/testkit';
import { EXTRACTED, INGESTED } from './fixtures/extract-service';
import { metricValue, produceDocuments, scrapeMetrics, startChildService, until } from './stream-helpers';

const FLOOD = 50_000;
/**
 * The stated bound: the service process (node + tsx + kafkajs + express) stays under 400 MB resident
 * while 50,000 records (~6 MB of Avro) wait in Kafka. Peaks measured: 231-235 MB on Node 20, 359 MB
 * on Node 24 (a larger V8 heap at rest, not the flood). The runtime holds at most
 * IN_FLIGHT_MAX_RECORDS records / IN_FLIGHT_MAX_BYTES bytes, fetches at most that much; the
 * in-flight pauses asserted below are what keeps it so.
 */
const RSS_BOUND_BYTES = 400 * 1024 * 1024;

describe('backpressure', () => {
  test('a slow handler under a flood: bounded RSS, lag rises then drains, pause/resume in /metrics', async ({ kafka, admin, prefix, serde }) => {
    await ensureTopics(admin, planTopics(prefix, [INGESTED, EXTRACTED]));
    await serde.prepare([INGESTED, EXTRACTED]);
    const child = startChildService(prefix, {
      HANDLER_DELAY_MS: '40',
      BATCH_MIN_RECORDS: '100',
      BATCH_MAX_RECORDS: '500',
      BATCH_HIGH_LAG_RECORDS: '2000',
      BATCH_MAX_BYTES: '1048576',
      IN_FLIGHT_MAX_RECORDS: '1000',
      IN_FLIGHT_MAX_BYTES: '2097152',
      FETCH_MAX_BYTES_PER_PARTITION: '262144',
      PARTITIONS_CONCURRENCY: '3',
      LAG_SAMPLE_INTERVAL_MS: '250',
    });
    try {
      const port = await child.port;
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      await until(async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200, 30_000, '/readyz (joined the group, dependencies reachable)');
      await produceDocuments(kafka, serde, 0, FLOOD, 5000);

      let peakLag = 0;
      let finalText = '';
      await until(
        async () => {
          const text = await scrapeMetrics(port);
          const lag = metricValue(text, 'sluice_stream_consumer_lag');
          peakLag = Math.max(peakLag, lag);
          finalText = text;
          return peakLag > 0 && lag === 0 && metricValue(text, 'sluice_stream_records_in_total') >= FLOOD;
        },
        240_000,
        'the flood to drain',
        250,
      );
      expect(peakLag).toBeGreaterThan(5000);
      expect(metricValue(finalText, 'sluice_stream_pauses_total', { reason: 'in-flight' })).toBeGreaterThan(0);
      expect(metricValue(finalText, 'sluice_stream_resumes_total', { reason: 'in-flight' })).toBeGreaterThan(0);
      expect(metricValue(finalText, 'sluice_stream_records_out_total', { topic: physicalTopic(EXTRACTED, prefix) })).toBe(FLOOD);
      const samples = child.rssSamples();
      expect(samples.length).toBeGreaterThan(10);
      expect(Math.max(...samples)).toBeLessThan(RSS_BOUND_BYTES);
      process.stderr.write(`backpressure: peak lag ${peakLag}, RSS ${(Math.min(...samples) / 2 ** 20).toFixed(0)}-${(Math.max(...samples) / 2 ** 20).toFixed(0)} MB over ${samples.length} samples\n`);
    } finally {
      child.process.kill('SIGTERM');
      await child.exited;
    }
  });
});
