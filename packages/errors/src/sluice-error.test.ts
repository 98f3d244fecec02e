import { describe, expect, it } from 'vitest';
import { SluiceError, toSluiceError } from './sluice-error';

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
