import { describe, expect, it } from 'vitest';
import { integrationStack } from '@sluice/testkit';
import { drillTable, runDrill } from '../../bench/support/fault-drills';

/**
 * The short version of `npm run drills` (issue 12): 200 documents through the five services as
 * `sluice up` runs them while a running instance picked at random is SIGKILLed every 3 s, 6 times
 * (the supervisor starts each again; `npm run drills` kills 10 times). Every document ends in exactly one final record, nothing is dead-lettered
 * (every document is good), the audit chain verifies. No time is asserted; the figures are printed.
 */
describe('fault drill: services killed mid-run', () => {
  it('200 documents, 6 SIGKILLs: each document final exactly once, no dead letters, the audit chain verifies', async () => {
    const { kafkaBrokers, schemaRegistryUrl, databaseUrl } = integrationStack();
    const lines: string[] = [];
    const figures = await runDrill('kill', {
      documents: 200,
      faultMs: 0,
      kills: 6,
      killIntervalMs: 3_000,
      kafkaBrokers,
      schemaRegistryUrl,
      databaseUrl,
      timeoutMs: 400_000,
      log: (line) => lines.push(line),
    });
    console.log(`${lines.join('\n')}\n${drillTable([figures])}`);
    expect(lines.filter((line) => line.includes('SIGKILL'))).toHaveLength(6);
    expect(figures).toMatchObject({
      documents: 200,
      finals: 200,
      lost: 0,
      duplicates: 0,
      deadLetters: 0,
      auditVerified: true,
    });
    expect(figures.auditEntries).toBeGreaterThan(0);
  }, 600_000);
});
