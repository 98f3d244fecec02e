import { describe, expect, it } from 'vitest';
import { loadEnricherConfig } from './enricher-config';

describe('loadEnricherConfig', () => {
  it('runs without ERP when ERP_BASE_URL is unset, with the documented defaults', () => {
    const config = loadEnricherConfig({});
    expect(config.erp).toBeNull();
    expect(config.lookupMinScore).toBe(0.8);
    expect(config.duplicateMinScore).toBe(0.7);
    expect(config.matchCandidates).toBe(3);
  });

  it('configures the ERP client and pauses for the breaker open time by default', () => {
    const config = loadEnricherConfig({ ERP_BASE_URL: 'http://127.0.0.1:18091', ERP_BREAKER_OPEN_MS: '5000' });
    expect(config.erp?.baseUrl).toBe('http://127.0.0.1:18091');
    expect(config.erpPauseMs).toBe(5000);
  });

  it('names every bad variable at once', () => {
    expect(() => loadEnricherConfig({ ENRICHER_LOOKUP_MIN_SCORE: '2', ERP_TIMEOUT_MS: 'soon' })).toThrow(
      /ENRICHER_LOOKUP_MIN_SCORE[\s\S]*ERP_TIMEOUT_MS|ERP_TIMEOUT_MS[\s\S]*ENRICHER_LOOKUP_MIN_SCORE/,
    );
  });
});
