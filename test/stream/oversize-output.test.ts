import { describe, expect } from 'vitest';
import type { DocumentExtracted, DocumentIngested } from '@sluice/contracts';
import { deadLetterTopic, ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { kafkaTest as test, uniqueName } from '@sluice/testkit';
import { deadLetterHeaders, defineService } from '@sluice/stream';
import { EXTRACTED, INGESTED, extracted } from './fixtures/extract-service';
import { runInProcess } from './in-process';
import { exactlyOnceReport, produceDocuments, readCommitted, waitForDrain } from './stream-helpers';

describe('outputs above the broker limit (issue 12, input 5)', () => {
  test('an output over the 1 MiB message limit dead-letters its input with the reason; the partition moves on', async ({ kafka, admin, prefix, serde }) => {
    await ensureTopics(admin, planTopics(prefix, [INGESTED, EXTRACTED]));
    await serde.prepare([INGESTED, EXTRACTED]);
    await produceDocuments(kafka, serde, 0, 20);
    // doc-7's extraction is 4 MB, as a 20,000-line invoice's was: the broker would refuse it and,
    // inside the transaction, fail the partition's every commit.
    const service = await runInProcess(
      defineService<DocumentIngested, DocumentExtracted>({
        name: 'test-extractor',
        input: INGESTED,
        outputs: [EXTRACTED],
        handler: (records) =>
          Promise.resolve(
            records.map((record) => ({
              topic: EXTRACTED,
              key: record.value.id,
              value: { ...extracted(record.value), text: record.value.id === 'doc-7' ? 'line item 1.00 EUR\n'.repeat(220_000) : record.value.text },
            })),
          ),
      }),
      kafka,
      serde,
    );
    try {
      await waitForDrain(admin, 'test-extractor', prefix);
    } finally {
      await service.stop();
    }
    const outputs = await readCommitted(kafka, admin, physicalTopic(EXTRACTED, prefix), uniqueName('reader'));
    const expected = Array.from({ length: 20 }, (_, i) => `doc-${i}`).filter((id) => id !== 'doc-7');
    expect(exactlyOnceReport(outputs, expected)).toEqual({ duplicates: [], missing: [], unexpected: [] });
    const letters = await readCommitted(kafka, admin, deadLetterTopic(physicalTopic(INGESTED, prefix), 'test-extractor'), uniqueName('dlq'));
    expect(letters.map((letter) => letter.key)).toEqual(['doc-7']);
    expect(letters[0]!.headers[deadLetterHeaders.errorCode]?.toString()).toBe('INVALID_MODEL_OUTPUT');
    expect(letters[0]!.headers[deadLetterHeaders.errorMessage]?.toString()).toMatch(/output for documents\.extracted\.v1 is \d+ bytes, above \d+/);
  });
});
