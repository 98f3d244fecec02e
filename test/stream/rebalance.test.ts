import { describe, expect } from 'vitest';
import { ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { kafkaTest as test, uniqueName } from '@sluice/testkit';
import { serviceGroupId } from '@sluice/stream';
import { EXTRACTED, INGESTED, extractService } from './fixtures/extract-service';
import { runInProcess } from './in-process';
import { committedTotal, exactlyOnceReport, metricValue, produceDocuments, readCommitted, until, waitForDrain } from './stream-helpers';

const TOTAL = 5000;

describe('rebalance', () => {
  test('a second instance joins mid-stream and later the first leaves; exactly-once holds', async ({ kafka, admin, prefix, serde }) => {
    await ensureTopics(admin, planTopics(prefix, [INGESTED, EXTRACTED]));
    await serde.prepare([INGESTED, EXTRACTED]);
    const input = physicalTopic(INGESTED, prefix);
    const groupId = serviceGroupId('test-extractor', prefix);
    await produceDocuments(kafka, serde, 0, TOTAL);
    const options = { batching: { minRecords: 20, maxRecords: 50 } };

    const first = await runInProcess(extractService({ delayMs: 15 }), kafka, serde, options);
    let second: Awaited<ReturnType<typeof runInProcess>> | undefined;
    try {
      await until(async () => (await committedTotal(admin, groupId, input)) >= TOTAL / 5, 120_000, 'a fifth committed', 50);
      second = await runInProcess(extractService({ delayMs: 15 }), kafka, serde, options);
      await until(async () => metricValue(await second!.metrics.registry.metrics(), 'sluice_stream_records_in_total') > 0, 60_000, 'the second instance to take partitions');
      await until(async () => (await committedTotal(admin, groupId, input)) >= (TOTAL * 3) / 5, 120_000, 'three fifths committed', 50);
      await first.stop();
      expect(await committedTotal(admin, groupId, input)).toBeLessThan(TOTAL); // left mid-stream
      await waitForDrain(admin, 'test-extractor', prefix);
      expect(metricValue(await first.metrics.registry.metrics(), 'sluice_stream_rebalances_total')).toBeGreaterThanOrEqual(2);
    } finally {
      await first.stop();
      await second?.stop();
    }
    const outputs = await readCommitted(kafka, admin, physicalTopic(EXTRACTED, prefix), uniqueName('reader'));
    expect(exactlyOnceReport(outputs, Array.from({ length: TOTAL }, (_, i) => `doc-${i}`))).toEqual({ duplicates: [], missing: [], unexpected: [] });
    expect(outputs).toHaveLength(TOTAL);
  });
});
