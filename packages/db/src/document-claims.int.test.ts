import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrationStack, uniqueName } from '@sluice/testkit';
import { claimDocuments, contentHash, documentClaimsTable, type Claim, type ClaimOutcome } from './document-claims';
import { runMigrations } from './migrate';

const claim = (documentId: string, recordKey: string, content = documentId): Claim => ({
  documentId,
  recordKey,
  contentHash: contentHash({ text: content }),
});
const outcomes = (answers: readonly ClaimOutcome[]) => answers.map((answer) => answer.outcome);

describe('claimDocuments (PostgreSQL)', () => {
  let pool: pg.Pool;
  const scope = uniqueName('claims');

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: integrationStack().databaseUrl, max: 4 });
    await runMigrations(pool);
  });
  afterAll(async () => {
    await pool.query(`DELETE FROM ${documentClaimsTable} WHERE scope = $1`, [scope]);
    await pool.end();
  });

  it('lets the first record of an id own it, again on retry, and ignores later copies of the same content', async () => {
    const first = await claimDocuments(pool, scope, [
      claim('a', 't/0/1'),
      claim('b', 't/0/2'),
      claim('a', 't/0/3'), // the same id and content later in the batch: a replay
    ]);
    expect(outcomes(first)).toEqual(['owned', 'owned', 'replay']);
    expect(first[2]).toEqual({ outcome: 'replay', owner: 't/0/1' });

    // The same batch again (aborted transaction, re-delivery): still owned.
    const retry = await claimDocuments(pool, scope, [claim('a', 't/0/1'), claim('b', 't/0/2')]);
    expect(outcomes(retry)).toEqual(['owned', 'owned']);

    // The id published again at another offset with the same content: a replay, not owned.
    const replay = await claimDocuments(pool, scope, [claim('a', 't/1/9'), claim('c', 't/1/10')]);
    expect(outcomes(replay)).toEqual(['replay', 'owned']);
  });

  it('answers a conflict, naming the owner and its hash, for different content under a claimed id', async () => {
    await claimDocuments(pool, scope, [claim('d', 't/2/1', 'first text')]);
    const later = await claimDocuments(pool, scope, [claim('d', 't/2/5', 'another document')]);
    expect(later).toEqual([
      { outcome: 'conflict', owner: 't/2/1', ownerHash: contentHash({ text: 'first text' }) },
    ]);
    // Inside one batch: the first record owns the id, a later one with other content conflicts.
    const batch = await claimDocuments(pool, scope, [
      claim('e', 't/3/1', 'one'),
      claim('e', 't/3/2', 'two'),
      claim('e', 't/3/3', 'one'),
    ]);
    expect(outcomes(batch)).toEqual(['owned', 'conflict', 'replay']);
    // The owner delivered again still owns it, whatever came in between.
    expect(outcomes(await claimDocuments(pool, scope, [claim('d', 't/2/1', 'first text')]))).toEqual(['owned']);
  });

  it('treats a claim made before content hashes (null) as the same content', async () => {
    await pool.query(
      `INSERT INTO ${documentClaimsTable} (scope, document_id, record_key) VALUES ($1, 'legacy', 't/4/1')`,
      [scope],
    );
    expect(await claimDocuments(pool, scope, [claim('legacy', 't/4/7', 'anything')])).toEqual([
      { outcome: 'replay', owner: 't/4/1' },
    ]);
  });

  it('gives each id to exactly one of two concurrent claimers', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `x${i}`);
    const [left, right] = await Promise.all([
      claimDocuments(pool, scope, ids.map((id) => claim(id, `l/${id}`))),
      claimDocuments(pool, scope, ids.map((id) => claim(id, `r/${id}`))),
    ]);
    for (const [i] of ids.entries())
      expect([left[i]!.outcome, right[i]!.outcome].sort()).toEqual(['owned', 'replay']);
  });
});

describe('contentHash', () => {
  it('is the SHA-256 of the canonical JSON: key order does not matter, content does', () => {
    expect(contentHash({ b: 1, a: 'x' })).toBe(contentHash({ a: 'x', b: 1 }));
    expect(contentHash({ a: 'x' })).not.toBe(contentHash({ a: 'y' }));
    expect(contentHash({})).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  });
});
