import { describe, expect } from 'vitest';
import { deadLetterTopic, ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { kafkaTest as test, uniqueName } from '@sluice/testkit';
import { readDeadLetters, recordIdentity, redriveDeadLetters, redriveHeaders } from '@sluice/stream';
import { EXTRACTED, INGESTED, extractService, rejectTenant } from './fixtures/extract-service';
import { runInProcess } from './in-process';
import { document, exactlyOnceReport, readCommitted, waitForDrain } from './stream-helpers';

describe('sluice dlq redrive', () => {
  test('a dead letter, once its cause is fixed, is redriven and processed exactly once; a second redrive sends nothing; the loop guard refuses', async ({ kafka, admin, prefix, serde }) => {
    await ensureTopics(admin, planTopics(prefix, [INGESTED, EXTRACTED]));
    await serde.prepare([INGESTED, EXTRACTED]);
    const input = physicalTopic(INGESTED, prefix);
    const dlq = deadLetterTopic(input, 'test-extractor');
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    await producer.send({
      topic: input,
      messages: await Promise.all(
        Array.from({ length: 10 }, async (_, i) => ({ key: `doc-${i}`, value: await serde.encode(INGESTED, document(i, i === 3 ? 'newco' : 'acme')), headers: { origin: 'mail' } })),
      ),
    });
    await producer.disconnect();

    // Tenant newco is not configured yet: its document is refused and dead-lettered.
    const before = await runInProcess(extractService({ failOn: rejectTenant('newco') }), kafka, serde);
    try {
      await waitForDrain(admin, 'test-extractor', prefix);
    } finally {
      await before.stop();
    }
    const letters = await readDeadLetters(kafka, admin, dlq);
    expect(letters.map((letter) => [letter.key?.toString(), letter.code, letter.redrives])).toEqual([['doc-3', 'REJECTED', 0]]);

    // Fixed: the service now accepts newco. Redrive sends the original record back once.
    const after = await runInProcess(extractService(), kafka, serde);
    try {
      const first = await redriveDeadLetters(kafka, admin, letters, { prefix });
      expect(first.redriven.map((letter) => letter.key?.toString())).toEqual(['doc-3']);
      const second = await redriveDeadLetters(kafka, admin, await readDeadLetters(kafka, admin, dlq, { ids: ['doc-3'] }), { prefix });
      expect({ redriven: second.redriven.length, already: second.alreadyRedriven.length }).toEqual({ redriven: 0, already: 1 });
      await waitForDrain(admin, 'test-extractor', prefix);
    } finally {
      await after.stop();
    }

    const outputs = await readCommitted(kafka, admin, physicalTopic(EXTRACTED, prefix), uniqueName('reader'));
    expect(exactlyOnceReport(outputs, Array.from({ length: 10 }, (_, i) => `doc-${i}`))).toEqual({ duplicates: [], missing: [], unexpected: [] });
    // The redriven record: original bytes and headers, a redrive counter, no dead-letter reasons.
    const redriven = (await readCommitted(kafka, admin, input, uniqueName('input'))).filter((record) => record.key === 'doc-3');
    expect(redriven).toHaveLength(2);
    const copy = redriven.find((record) => record.headers[redriveHeaders.count] !== undefined)!;
    expect(copy.value?.equals(letters[0]!.value!)).toBe(true);
    expect(copy.headers[redriveHeaders.count]?.toString()).toBe('1');
    // The copy names its original, so services keyed by record position treat it as that record.
    const original = redriven.find((record) => record !== copy)!;
    expect(copy.headers[redriveHeaders.origin]?.toString()).toBe(`${INGESTED}/${original.partition}/${original.offset}`);
    expect(recordIdentity({ topic: INGESTED, partition: copy.partition, offset: copy.offset, headers: { [redriveHeaders.origin]: copy.headers[redriveHeaders.origin]!.toString() } })).toBe(recordIdentity({ topic: INGESTED, partition: original.partition, offset: original.offset }));
    expect(copy.headers.origin?.toString()).toBe('mail');
    expect(Object.keys(copy.headers).filter((name) => name.startsWith('sluice.dlq.'))).toEqual([]);
    expect(await readDeadLetters(kafka, admin, dlq)).toHaveLength(1);

    // A record redriven three times that failed again is a loop: refused without --force.
    const looping = { ...letters[0]!, offset: '999', redrives: 3 };
    const guarded = await redriveDeadLetters(kafka, admin, [looping], { prefix, dryRun: true });
    expect({ guarded: guarded.loopGuarded.length, redriven: guarded.redriven.length }).toEqual({ guarded: 1, redriven: 0 });
    expect((await redriveDeadLetters(kafka, admin, [looping], { prefix, dryRun: true, force: true })).redriven).toHaveLength(1);
  });
});
