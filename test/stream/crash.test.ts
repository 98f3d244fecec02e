import { describe, expect } from 'vitest';
import { ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { kafkaTest as test, uniqueName } from '@sluice/testkit';
import { serviceGroupId } from '@sluice/stream';
import { EXTRACTED, INGESTED } from './fixtures/extract-service';
import { committedTotal, exactlyOnceReport, produceDocuments, readCommitted, startChildService, until, waitForDrain } from './stream-helpers';

const TOTAL = 5000;

describe('crash: SIGKILL mid-stream, restart', () => {
  test('a read_committed reader finds exactly one output per input, none missing', async ({ kafka, admin, prefix, serde }) => {
    await ensureTopics(admin, planTopics(prefix, [INGESTED, EXTRACTED]));
    await serde.prepare([INGESTED, EXTRACTED]);
    const input = physicalTopic(INGESTED, prefix);
    const groupId = serviceGroupId('test-extractor', prefix);
    // Small batches and a slow-ish handler: many transactions, so the kill lands inside one.
    const env = { BATCH_MIN_RECORDS: '20', BATCH_MAX_RECORDS: '100', HANDLER_DELAY_MS: '10' };

    const first = startChildService(prefix, env);
    await first.port;
    const producing = produceDocuments(kafka, serde, 0, TOTAL, 250);
    await until(async () => (await committedTotal(admin, groupId, input)) >= TOTAL / 4, 120_000, 'a quarter of the input committed', 50);
    first.process.kill('SIGKILL');
    await first.exited;
    const committedAtKill = await committedTotal(admin, groupId, input);
    await producing;
    expect(committedAtKill).toBeLessThan(TOTAL); // killed mid-stream, not after the end

    const second = startChildService(prefix, env);
    await second.port;
    await waitForDrain(admin, 'test-extractor', prefix);
    second.process.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const outputs = await readCommitted(kafka, admin, physicalTopic(EXTRACTED, prefix), uniqueName('reader'));
    const report = exactlyOnceReport(outputs, Array.from({ length: TOTAL }, (_, i) => `doc-${i}`));
    expect(report).toEqual({ duplicates: [], missing: [], unexpected: [] });
    expect(outputs).toHaveLength(TOTAL);
  });
});
