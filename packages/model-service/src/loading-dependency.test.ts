import { describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { loadInBackground } from './loading-dependency';

describe('loadInBackground', () => {
  it('is not ready while loading, then ready and handing out the value', async () => {
    let resolve: (value: string) => void = () => undefined;
    const model = loadInBackground('test model', () => new Promise<string>((done) => (resolve = done)));
    await expect(model.ready()).rejects.toThrow('test model still loading');
    resolve('weights');
    await expect(model.get()).resolves.toBe('weights');
    await expect(model.ready()).resolves.toBeUndefined();
  });

  it('does not retry a failed load: onFailure is told once, batches get a retryable UNAVAILABLE, readiness a CONFIG error', async () => {
    const cause = new SluiceError('CONFIG', 'weights missing');
    const failures: unknown[] = [];
    let loads = 0;
    const model = loadInBackground(
      'test model',
      () => {
        loads += 1;
        return Promise.reject(cause);
      },
      { onFailure: (error) => failures.push(error) },
    );
    for (let batch = 0; batch < 3; batch += 1) {
      const error = await model.get().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SluiceError);
      expect(error).toMatchObject({ code: 'UNAVAILABLE', retryable: true, message: 'test model failed to load', cause });
    }
    await expect(model.ready()).rejects.toMatchObject({ code: 'CONFIG', retryable: false });
    expect(loads).toBe(1);
    expect(failures).toEqual([cause]);
  });
});
