import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { inTransaction } from './in-transaction';

/** A pool whose one client records the statements it is sent; `failOn` makes that statement throw. */
function recordingPool(failOn?: string) {
  const statements: string[] = [];
  let released = 0;
  const client = {
    query: (sql: string) => {
      statements.push(sql);
      return sql === failOn ? Promise.reject(new Error(`${sql} failed`)) : Promise.resolve({ rows: [], rowCount: 0 });
    },
    release: () => {
      released += 1;
    },
  };
  const pool = { connect: () => Promise.resolve(client) } as unknown as pg.Pool;
  return { pool, statements, released: () => released };
}

describe('inTransaction', () => {
  it('commits what the work did and answers its result', async () => {
    const { pool, statements, released } = recordingPool();
    const result = await inTransaction(pool, async (client) => {
      await client.query('INSERT 1');
      return 42;
    });
    expect(result).toBe(42);
    expect(statements).toEqual(['BEGIN', 'INSERT 1', 'COMMIT']);
    expect(released()).toBe(1);
  });

  it("rolls back and rethrows the work's error, even when the rollback fails too", async () => {
    const { pool, statements, released } = recordingPool('ROLLBACK');
    const failure = new Error('work failed');
    await expect(inTransaction(pool, () => Promise.reject(failure))).rejects.toBe(failure);
    expect(statements).toEqual(['BEGIN', 'ROLLBACK']);
    expect(released()).toBe(1);
  });

  it('rolls back when the commit fails', async () => {
    const { pool, statements, released } = recordingPool('COMMIT');
    await expect(inTransaction(pool, () => Promise.resolve(1))).rejects.toThrow('COMMIT failed');
    expect(statements).toEqual(['BEGIN', 'COMMIT', 'ROLLBACK']);
    expect(released()).toBe(1);
  });
});
