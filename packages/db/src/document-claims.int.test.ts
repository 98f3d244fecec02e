import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrationStack, uniqueName } from '@sluice/testkit';
import { claimDocuments, documentClaimsTable } from './document-claims';

describe('claimDocuments (PostgreSQL)', () => {
  let pool: pg.Pool;
  const scope = uniqueName('claims');

  beforeAll(() => {
    pool = new pg.Pool({ connectionString: integrationStack().databaseUrl, max: 4 });
  });
  afterAll(async () => {
    await pool.query(`DELETE FROM ${documentClaimsTable} WHERE scope = $1`, [scope]);
    await pool.end();
  });

  it('lets the first record of an id own it, again on retry, and refuses later duplicates', async () => {
    const first = await claimDocuments(pool, scope, [
      { documentId: 'a', recordKey: 't/0/1' },
      { documentId: 'b', recordKey: 't/0/2' },
      { documentId: 'a', recordKey: 't/0/3' }, // same id later in the batch: a duplicate
    ]);
    expect([...first].sort()).toEqual(['a', 'b']);

    // The same batch again (aborted transaction, re-delivery): still owned.
    const retry = await claimDocuments(pool, scope, [
      { documentId: 'a', recordKey: 't/0/1' },
      { documentId: 'b', recordKey: 't/0/2' },
    ]);
    expect([...retry].sort()).toEqual(['a', 'b']);

    // The id published again at another offset: not owned.
    const duplicate = await claimDocuments(pool, scope, [
      { documentId: 'a', recordKey: 't/1/9' },
      { documentId: 'c', recordKey: 't/1/10' },
    ]);
    expect([...duplicate]).toEqual(['c']);
  });

  it('gives each id to exactly one of two concurrent claimers', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `x${i}`);
    const [left, right] = await Promise.all([
      claimDocuments(pool, scope, ids.map((id) => ({ documentId: id, recordKey: `l/${id}` }))),
      claimDocuments(pool, scope, ids.map((id) => ({ documentId: id, recordKey: `r/${id}` }))),
    ]);
    for (const id of ids) expect(Number(left.has(id)) + Number(right.has(id))).toBe(1);
  });
});
