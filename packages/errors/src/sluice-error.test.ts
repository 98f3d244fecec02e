import { describe, expect, it } from 'vitest';
import { SluiceError, isDependencyFailure, toSluiceError } from './sluice-error';

describe('SluiceError', () => {
  it('takes retryable from its code unless told otherwise', () => {
    expect(new SluiceError('TIMEOUT', 'slow').retryable).toBe(true);
    expect(new SluiceError('DECODE_FAILED', 'bad bytes').retryable).toBe(false);
    expect(new SluiceError('UNAVAILABLE', '400 from ERP', { retryable: false }).retryable).toBe(false);
  });

  it('wraps unknown throwables as INTERNAL and keeps the cause', () => {
    const cause = new TypeError('boom');
    const wrapped = toSluiceError(cause);
    expect(wrapped.code).toBe('INTERNAL');
    expect(wrapped.cause).toBe(cause);
    expect(toSluiceError(wrapped)).toBe(wrapped);
  });
});

describe('toSluiceError classifies unreachable dependencies', () => {
  it('a refused or reset connection and PostgreSQL shutdown states are UNAVAILABLE outages, not INTERNAL', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(toSluiceError(refused).code).toBe('UNAVAILABLE');
    expect(toSluiceError(new AggregateError([refused], 'connect failed')).code).toBe('UNAVAILABLE');
    expect(toSluiceError(new TypeError('fetch failed', { cause: refused })).code).toBe('UNAVAILABLE');
    expect(toSluiceError(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })).code).toBe('UNAVAILABLE');
    expect(toSluiceError(new Error('Connection terminated unexpectedly')).code).toBe('UNAVAILABLE');
    expect(toSluiceError(Object.assign(new Error('could not serialize access'), { code: '40001' })).code).toBe('TRANSIENT');
    expect(isDependencyFailure(toSluiceError(refused))).toBe(true);
  });

  it('a constraint violation or a bug stays INTERNAL and is not an outage', () => {
    const unique = Object.assign(new Error('duplicate key value'), { code: '23505' });
    expect(toSluiceError(unique).code).toBe('INTERNAL');
    expect(isDependencyFailure(toSluiceError(unique))).toBe(false);
    expect(isDependencyFailure(new SluiceError('REJECTED', 'bad'))).toBe(false);
    expect(isDependencyFailure(new SluiceError('UNAVAILABLE', '400 from ERP', { retryable: false }))).toBe(false);
  });
});
