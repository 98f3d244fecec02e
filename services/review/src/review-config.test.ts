import { describe, expect, it } from 'vitest';
import { loadReviewConfig } from './review-config';

describe('review configuration', () => {
  it('has working defaults: 10-minute leases, the local stages as metrics targets', () => {
    const config = loadReviewConfig({});
    expect(config.leaseMs).toBe(600_000);
    expect(config.secureCookie).toBe(false);
    expect(config.metricsTargets.map((t) => t.name)).toEqual(['extractor', 'embedder', 'enricher', 'validator', 'auditor', 'review']);
    expect(config.metricsTargets[0]?.url).toBe('http://127.0.0.1:9401/metrics');
  });

  it('reports every wrong variable at once, by name', () => {
    expect(() => loadReviewConfig({ REVIEW_METRICS_TARGETS: "extractor" })).toThrow(/REVIEW_METRICS_TARGETS/);
    let message = '';
    try {
      loadReviewConfig({ REVIEW_LEASE_MS: '-5', REVIEW_COOKIE_SECURE: 'maybe', KAFKA_BROKERS: 'no-port' });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of ['REVIEW_LEASE_MS', 'REVIEW_COOKIE_SECURE', 'KAFKA_BROKERS']) expect(message).toContain(name);
  });
});
