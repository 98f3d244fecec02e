import { describe, expect } from 'vitest';
import { deadLetterTopic, ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { kafkaTest as test, uniqueName } from '@sluice/testkit';
import { EXTRACTED, INGESTED, extractService } from './fixtures/extract-service';
import { runInProcess } from './in-process';
import { exactlyOnceReport, metricValue, produceDocuments, readCommitted, waitForDrain } from './stream-helpers';

describe('retryable failures', () => {
  test('a handler failing twice with a retryable error, then succeeding, produces its output once', async ({ kafka, admin, prefix, serde }) => {
    await ensureTopics(admin, planTopics(prefix, [INGESTED, EXTRACTED]));
    await serde.prepare([INGESTED, EXTRACTED]);
    await produceDocuments(kafka, serde, 0, 30);

    let failuresLeft = 2;
    const service = await runInProcess(
      extractService({
        failOn: (record) => {
          if (record.value.id !== 'doc-7' || failuresLeft === 0) return undefined;
          failuresLeft--;
          return new SluiceError('UNAVAILABLE', 'model endpoint answered 503');
        },
      }),
      kafka,
      serde,
    );
    try {
      await waitForDrain(admin, 'test-extractor', prefix);
      expect(failuresLeft).toBe(0);
      expect(metricValue(await service.metrics.registry.metrics(), 'sluice_stream_retries_total', { code: 'UNAVAILABLE' })).toBe(2);
    } finally {
      await service.stop();
    }
    const input = physicalTopic(INGESTED, prefix);
    const outputs = await readCommitted(kafka, admin, physicalTopic(EXTRACTED, prefix), uniqueName('reader'));
    expect(exactlyOnceReport(outputs, Array.from({ length: 30 }, (_, i) => `doc-${i}`))).toEqual({ duplicates: [], missing: [], unexpected: [] });
    expect(await readCommitted(kafka, admin, deadLetterTopic(input, 'test-extractor'), uniqueName('dlq'))).toEqual([]);
  });
});
