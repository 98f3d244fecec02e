import { describe, expect, it } from 'vitest';
import { createPool } from './create-pool';

describe('createPool', () => {
  it("logs an idle client's error instead of letting it end the process", async () => {
    const warnings: { details: { err: unknown }; message: string }[] = [];
    const pool = createPool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', max: 3 }, { warn: (details, message) => warnings.push({ details, message }) });
    const failure = new Error('terminating connection due to administrator command');
    // Without a listener, EventEmitter.emit('error') throws the error (and in a process, exits it).
    expect(() => pool.emit('error', failure)).not.toThrow();
    expect(warnings).toEqual([{ details: { err: failure }, message: expect.stringContaining('idle PostgreSQL connection failed') }]);
    await pool.end();
  });

  it('sizes the pool from configuration', async () => {
    const pool = createPool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', max: 7 }, { warn: () => undefined });
    expect(pool.options.max).toBe(7);
    await pool.end();
  });
});
