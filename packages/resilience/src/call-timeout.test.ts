import { describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { withTimeout } from './call-timeout';

/** A task that never answers but gives up when its signal aborts, as fetch does. */
const hanging = (signal: AbortSignal) => new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));

describe('withTimeout', () => {
  it('turns a passed deadline into TIMEOUT naming the endpoint when given', async () => {
    const error = await withTimeout(hanging, 10, undefined, 'erp').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SluiceError);
    expect(error).toMatchObject({ code: 'TIMEOUT', retryable: true, message: 'erp: no answer within 10 ms', details: { endpoint: 'erp', timeoutMs: 10 } });
    await expect(withTimeout(hanging, 10)).rejects.toMatchObject({ code: 'TIMEOUT', message: 'no answer within 10 ms' });
  });

  it("keeps the caller's reason when the caller aborts first", async () => {
    const controller = new AbortController();
    const reason = new SluiceError('INTERNAL', 'caller gave up');
    const call = withTimeout((signal) => new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error))), 10_000, controller.signal);
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);
  });
});
