import { describe, expect, it } from 'vitest';
import { loadErpClientOptions } from './erp-client-config';

describe('loadErpClientOptions', () => {
  it('is null without ERP_BASE_URL', () => {
    expect(loadErpClientOptions({})).toBeNull();
  });

  it('reads the variables over the defaults', () => {
    const options = loadErpClientOptions({
      ERP_BASE_URL: 'http://127.0.0.1:18091',
      ERP_TIMEOUT_MS: '750',
      ERP_MAX_ATTEMPTS: '5',
    });
    expect(options).toMatchObject({
      baseUrl: 'http://127.0.0.1:18091',
      timeoutMs: 750,
      retry: { maxAttempts: 5 },
    });
  });

  it('names the wrong variable', () => {
    expect(() => loadErpClientOptions({ ERP_BASE_URL: 'ftp://x', ERP_TIMEOUT_MS: 'soon' })).toThrow(
      /ERP_BASE_URL[\s\S]*ERP_TIMEOUT_MS/,
    );
  });
});
