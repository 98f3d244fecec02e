import { describe, expect } from 'vitest';
import { ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { kafkaTest as test, uniqueName } from '@sluice/testkit';
import { EXTRACTED, INGESTED, extractService } from './fixtures/extract-service';
import { runInProcess } from './in-process';
import { metricValue, produceDocuments, readCommitted, until, waitForDrain } from './stream-helpers';

describe('start position of a new consumer group', () => {
  test('latest: a new group skips what was there before it joined and processes what comes after', async ({ kafka, admin, prefix, serde }) => {
    await ensureTopics(admin, planTopics(prefix, [INGESTED, EXTRACTED]));
    await serde.prepare([INGESTED, EXTRACTED]);
    await produceDocuments(kafka, serde, 0, 20); // history: doc-0 .. doc-19
    const service = await runInProcess(extractService(), kafka, serde, { startPosition: 'latest' });
    let next = 100;
    try {
      // When the group's offsets are reset to the log end is the consumer's business: send new
      // documents one by one until one is processed; every one after that must be.
      await until(
        async () => {
          if (metricValue(await service.metrics.registry.metrics(), 'sluice_stream_records_in_total') > 0) return true;
          await produceDocuments(kafka, serde, next, next + 1);
          next++;
          return false;
        },
        60_000,
        'the first document sent after the service joined to be processed',
        300,
      );
      await produceDocuments(kafka, serde, 1000, 1010);
      await waitForDrain(admin, 'test-extractor', prefix);
    } finally {
      await service.stop();
    }
    const keys = new Set((await readCommitted(kafka, admin, physicalTopic(EXTRACTED, prefix), uniqueName('reader'))).map((record) => record.key));
    expect([...keys].filter((key) => Number(key.slice(4)) < 20)).toEqual([]);
    for (let i = 1000; i < 1010; i++) expect(keys.has(`doc-${i}`)).toBe(true);
  });
});
