import { describe, expect } from 'vitest';
import type { DocumentExtracted, DocumentIngested } from '@sluice/contracts';
import { ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { kafkaTest as test, uniqueName } from '@sluice/testkit';
import { defineService } from '@sluice/stream';
import { EXTRACTED, INGESTED, extracted } from './fixtures/extract-service';
import { runInProcess } from './in-process';
import { exactlyOnceReport, metricValue, produceDocuments, readCommitted, waitForDrain } from './stream-helpers';

describe('long handlers keep their membership', () => {
  test('a handler slower than the session timeout that calls context.heartbeat() processes each record once, in one pass', async ({ kafka, admin, prefix, serde }) => {
    await ensureTopics(admin, planTopics(prefix, [INGESTED, EXTRACTED]));
    await serde.prepare([INGESTED, EXTRACTED]);
    await produceDocuments(kafka, serde, 0, 6);
    const sessionTimeoutMs = 6000; // the broker's group.min.session.timeout.ms default
    const calls = new Map<string, number>();
    const service = await runInProcess(
      defineService<DocumentIngested, DocumentExtracted>({
        name: 'test-extractor',
        input: INGESTED,
        outputs: [EXTRACTED],
        batching: { minRecords: 6, maxRecords: 6 },
        handler: async (records, context) => {
          // A "model" that takes 1.5 x the session timeout per batch, heartbeating as it goes.
          const until = Date.now() + sessionTimeoutMs * 1.5;
          while (Date.now() < until) {
            await new Promise((resolve) => setTimeout(resolve, 500));
            await context.heartbeat();
          }
          for (const record of records) calls.set(record.value.id, (calls.get(record.value.id) ?? 0) + 1);
          return records.map((record) => ({ topic: EXTRACTED, key: record.value.id, value: extracted(record.value) }));
        },
      }),
      kafka,
      serde,
      { sessionTimeoutMs, partitionsConcurrently: 6 },
    );
    try {
      await waitForDrain(admin, 'test-extractor', prefix);
      const text = await service.metrics.registry.metrics();
      // One join, no rebalance caused by a missed session, no aborted (fenced) transaction.
      expect(metricValue(text, 'sluice_stream_rebalances_total')).toBe(1);
      expect(metricValue(text, 'sluice_stream_transaction_aborts_total')).toBe(0);
    } finally {
      await service.stop();
    }
    expect([...calls.values()].every((count) => count === 1)).toBe(true);
    const outputs = await readCommitted(kafka, admin, physicalTopic(EXTRACTED, prefix), uniqueName('reader'));
    expect(exactlyOnceReport(outputs, Array.from({ length: 6 }, (_, i) => `doc-${i}`))).toEqual({ duplicates: [], missing: [], unexpected: [] });
  });
});
