import { Counter, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { metricsPerRegistry } from './metrics-per-registry';

describe('metricsPerRegistry', () => {
  it('registers once per registry and returns the same metrics on later calls', async () => {
    const metrics = metricsPerRegistry((registry) => ({ seen: new Counter({ name: 'test_seen_total', help: 'seen', registers: [registry] }) }));
    const [a, b] = [new Registry(), new Registry()];
    metrics(a).seen.inc();
    metrics(a).seen.inc();
    expect(metrics(a)).toBe(metrics(a));
    expect(metrics(b)).not.toBe(metrics(a));
    expect(await a.metrics()).toContain('test_seen_total 2');
    expect(await b.metrics()).toContain('test_seen_total 0');
  });
});
