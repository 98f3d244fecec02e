import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { DriftMonitor } from './drift-monitor';
import { SlidingWindow } from './sliding-window';
import { categoricalSketch } from './distribution-sketch';

describe('SlidingWindow', () => {
  it('keeps only the trailing window, in at most paneCount + 1 panes', () => {
    const window = new SlidingWindow(categoricalSketch(), 60_000, 6);
    for (let t = 0; t < 600_000; t += 1000) window.add(t, t < 540_000 ? 'old' : 'new');
    expect(window.paneCountInUse).toBeLessThanOrEqual(7);
    expect(window.snapshot().counts.get('new')).toBe(60);
    expect(window.snapshot().counts.get('old') ?? 0).toBe(0);
    window.add(1000, 'late'); // older than the window: dropped
    expect(window.snapshot().counts.has('late')).toBe(false);
  });
});

describe('DriftMonitor', () => {
  it('freezes the reference and compares the current window with it, per tenant, kind and field', () => {
    const monitor = new DriftMonitor({ windowMs: 1000, reference: { referenceMs: 1000 }, minSamples: 10 });
    const observe = (value: string, at: number) => monitor.observe({ tenant: 't', kind: 'email', field: 'intent', type: 'categorical', value }, at);
    for (let i = 0; i < 100; i += 1) observe(i % 2 ? 'complaint' : 'order', i * 5); // reference: 50/50
    for (let i = 0; i < 100; i += 1) observe(i % 10 ? 'complaint' : 'order', 2000 + i * 5); // current: 90/10
    const rows = monitor.report();
    expect(rows.map((row) => [row.method, row.status])).toEqual([
      ['psi', 'alert'],
      ['jensen-shannon', 'alert'],
    ]);
    const registry = new Registry();
    monitor.register(registry);
    return registry.metrics().then((text) => {
      expect(text).toMatch(/sluice_drift\{tenant="t",kind="email",field="intent",method="psi"\} 0\.[3-9]/);
      expect(text).toContain('sluice_drift_threshold{method="psi",level="alert"} 0.25');
    });
  });

  it('reports no value while either side is short of samples', () => {
    const monitor = new DriftMonitor({ windowMs: 1000, reference: { from: 0, to: 1000 }, minSamples: 50 });
    for (let i = 0; i < 10; i += 1) monitor.observe({ tenant: 't', kind: 'invoice', field: 'review-rate', type: 'ratio', value: true }, i);
    expect(monitor.report()).toEqual([{ tenant: 't', kind: 'invoice', field: 'review-rate', method: 'delta', value: null, status: 'insufficient-data', referenceCount: 10, currentCount: 0 }]);
  });
});
