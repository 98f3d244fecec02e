import { describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { loadRuntimeOverrides, resolveRuntimeOptions } from './runtime-config';

describe('runtime configuration', () => {
  it('layers defaults, the service definition and the environment', () => {
    const options = resolveRuntimeOptions({ name: 's', batching: { maxRecords: 200 } }, loadRuntimeOverrides({ BATCH_MIN_RECORDS: '5', HTTP_PORT: '0' }));
    expect(options.batching).toMatchObject({ minRecords: 5, maxRecords: 200 });
    expect(options.httpPort).toBe(0);
    expect(options.retry.maxAttempts).toBe(4);
  });

  it('delivers exactly once unless DELIVERY_GUARANTEE asks for at least once', () => {
    expect(resolveRuntimeOptions({ name: 's' }, loadRuntimeOverrides({})).delivery).toBe('exactly-once');
    expect(resolveRuntimeOptions({ name: 's' }, loadRuntimeOverrides({ DELIVERY_GUARANTEE: 'at-least-once' })).delivery).toBe('at-least-once');
    expect(() => loadRuntimeOverrides({ DELIVERY_GUARANTEE: 'maybe' })).toThrow(/DELIVERY_GUARANTEE/);
  });

  it('reports every wrong variable by name', () => {
    expect(() => loadRuntimeOverrides({ BATCH_MAX_RECORDS: 'many', RETRY_MAX_ATTEMPTS: '-1' })).toThrow(/BATCH_MAX_RECORDS[\s\S]*RETRY_MAX_ATTEMPTS/);
  });

  it('refuses batches larger than the in-flight bound', () => {
    expect(() => resolveRuntimeOptions({ name: 's' }, { batching: { maxRecords: 10_000 }, inFlight: { maxRecords: 100 } })).toThrow(SluiceError);
  });
});
