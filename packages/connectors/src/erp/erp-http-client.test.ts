import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { manualClock, type ManualClock } from '@sluice/testkit/manual-clock';
import { defaultErpHttpClientOptions, ErpHttpClient, type ErpHttpClientOptions } from './erp-http-client';
import { startErpSimulator, type RunningErpSimulator } from './erp-simulator';
import { sampleErpRecords } from '@sluice/testkit/erp-fixtures';

async function failureOf(promise: Promise<unknown>): Promise<SluiceError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SluiceError);
    return error as SluiceError;
  }
  throw new Error('expected a failure');
}

describe('ErpHttpClient against the simulator fault modes', () => {
  let simulator: RunningErpSimulator;
  let clock: ManualClock;
  const client = (overrides: Partial<ErpHttpClientOptions> = {}) =>
    new ErpHttpClient(
      {
        ...defaultErpHttpClientOptions,
        breaker: { windowSize: 4, minimumCalls: 4, failureRateThreshold: 0.5, openMs: 10_000 },
        baseUrl: simulator.url,
        ...overrides,
      },
      { clock, random: () => 0.5 },
    );
  const statuses = () => simulator.requests.map((r) => r.status);

  beforeEach(async () => {
    simulator = await startErpSimulator({ records: sampleErpRecords() });
    clock = manualClock();
  });
  afterEach(async () => {
    await simulator.close();
  });

  it('waits out a 429 for exactly its Retry-After, then succeeds', async () => {
    simulator.setFaults({ throttleNext: 1, retryAfterSeconds: 2 });
    expect((await client().vendor('V-1001'))?.id).toBe('V-1001');
    expect(statuses()).toEqual([429, 200]);
    expect(clock.sleeps).toEqual([2_000]);
  });

  it('does not wait out a Retry-After beyond its bound: RATE_LIMITED carrying the wait', async () => {
    simulator.setFaults({ throttleNext: 1, retryAfterSeconds: 60 });
    const error = await failureOf(client().vendor('V-1001'));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryable).toBe(true);
    expect(error.retryAfterMs).toBe(60_000);
    expect(statuses()).toEqual([429]);
    expect(clock.sleeps).toEqual([]);
  });

  it('retries 503s with jittered exponential backoff, then reports UNAVAILABLE', async () => {
    simulator.setFaults({ errorRate: 1 });
    const error = await failureOf(client().vendor('V-1001'));
    expect(error.code).toBe('UNAVAILABLE');
    expect(statuses()).toEqual([503, 503, 503]);
    // random() = 0.5 of min(max, base · 2^n) with base 100 ms.
    expect(clock.sleeps).toEqual([50, 100]);
  });

  it('gives up on a slow ERP with TIMEOUT (retryable)', async () => {
    simulator.setFaults({ latencyMs: 400 });
    const error = await failureOf(
      client({ timeoutMs: 40, retry: { ...defaultErpHttpClientOptions.retry, maxAttempts: 1 } }).vendor(
        'V-1001',
      ),
    );
    expect(error.code).toBe('TIMEOUT');
    expect(error.retryable).toBe(true);
  });

  it('opens the breaker during an outage, stops calling, probes after openMs and closes again', async () => {
    simulator.setFaults({ outage: true, retryAfterSeconds: 0 });
    const erp = client({ retry: { ...defaultErpHttpClientOptions.retry, maxAttempts: 2 } });
    expect((await failureOf(erp.vendor('V-1001'))).code).toBe('UNAVAILABLE');
    expect((await failureOf(erp.vendor('V-1001'))).code).toBe('UNAVAILABLE');
    expect(erp.breakerState).toBe('open');
    const reached = simulator.requests.length;
    const open = await failureOf(erp.vendor('V-1001'));
    expect(open.code).toBe('CIRCUIT_OPEN');
    expect(open.retryAfterMs).toBe(10_000);
    expect(simulator.requests.length).toBe(reached);

    simulator.setFaults({ outage: false });
    clock.advance(10_000);
    expect(erp.breakerState).toBe('half-open');
    expect((await erp.vendor('V-1001'))?.id).toBe('V-1001');
    expect(erp.breakerState).toBe('closed');
  });

  it('does not count unknown ids against the breaker', async () => {
    const erp = client();
    for (let i = 0; i < 6; i++) expect(await erp.vendor(`V-X${i}`)).toBeNull();
    expect(erp.breakerState).toBe('closed');
  });

  it('refuses a contract major it does not know, without retrying', async () => {
    await simulator.close();
    simulator = await startErpSimulator({ records: sampleErpRecords(), contractVersion: '2.0' });
    const error = await failureOf(client().vendor('V-1001'));
    expect(error.code).toBe('CONFIG');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('speaks contract 2.0');
    expect(statuses()).toEqual([200]);
  });

  it('accepts a newer minor of the same major, ignoring fields it does not know', async () => {
    await simulator.close();
    simulator = await startErpSimulator({ records: sampleErpRecords(), contractVersion: '1.7' });
    expect((await client().vendor('V-1001'))?.id).toBe('V-1001');
  });

  it('leaves the breaker alone when the caller gives up', async () => {
    simulator.setFaults({ latencyMs: 300 });
    const erp = client();
    // As many abandoned calls as would open the breaker were they failures.
    for (let i = 0; i < 4; i++) {
      const controller = new AbortController();
      const pending = erp.vendor('V-1001', controller.signal);
      controller.abort(new Error('shutting down'));
      await expect(pending).rejects.toThrow('shutting down');
    }
    expect(erp.breakerState).toBe('closed');
    expect(clock.sleeps).toEqual([]);
  });
});

describe('ErpHttpClient classification (fake fetch)', () => {
  const answer = (
    status: number,
    body: unknown,
    headers: Record<string, string> = { 'erp-contract-version': '1.0' },
  ) =>
    new ErpHttpClient(
      { ...defaultErpHttpClientOptions, baseUrl: 'http://erp.invalid' },
      {
        clock: manualClock(),
        random: () => 0,
        fetch: () => Promise.resolve(new Response(JSON.stringify(body), { status, headers })),
      },
    );

  it('400 is our fault: INVALID_INPUT, not retryable', async () => {
    const error = await failureOf(
      answer(400, { error: { code: 'bad_request', message: 'no' } }).vendor('V-1'),
    );
    expect([error.code, error.retryable]).toEqual(['INVALID_INPUT', false]);
  });

  it('404 without the ERP error body means a wrong base URL: CONFIG', async () => {
    expect((await failureOf(answer(404, 'Not Found', {}).vendor('V-1'))).code).toBe('CONFIG');
  });

  it('a payload off the contract is CONFIG, never passed on', async () => {
    expect((await failureOf(answer(200, { vendor: { id: 'V-1' } }).vendor('V-1'))).code).toBe('CONFIG');
  });

  it('a success without a contract version header is CONFIG', async () => {
    expect((await failureOf(answer(200, { status: 'ok', contractVersion: '1.0' }, {}).health())).code).toBe(
      'CONFIG',
    );
  });

  it('504 is TIMEOUT, with the Retry-After date honoured', async () => {
    const clock = manualClock(Date.parse('2025-03-01T00:00:00Z'));
    let calls = 0;
    const erp = new ErpHttpClient(
      { ...defaultErpHttpClientOptions, baseUrl: 'http://erp.invalid' },
      {
        clock,
        random: () => 0,
        fetch: () =>
          Promise.resolve(
            calls++ === 0
              ? new Response('gateway', {
                  status: 504,
                  headers: { 'retry-after': 'Sat, 01 Mar 2025 00:00:03 GMT' },
                })
              : new Response(JSON.stringify({ status: 'ok', contractVersion: '1.0' }), {
                  status: 200,
                  headers: { 'erp-contract-version': '1.0' },
                }),
          ),
      },
    );
    expect((await erp.health()).status).toBe('ok');
    expect(clock.sleeps).toEqual([3_000]);
  });

  it('a refused connection is UNAVAILABLE', async () => {
    const simulator = await startErpSimulator({ records: sampleErpRecords() });
    const url = simulator.url;
    await simulator.close();
    const erp = new ErpHttpClient(
      {
        ...defaultErpHttpClientOptions,
        baseUrl: url,
        retry: { ...defaultErpHttpClientOptions.retry, maxAttempts: 1 },
      },
      { clock: manualClock(), random: () => 0 },
    );
    expect((await failureOf(erp.vendor('V-1001'))).code).toBe('UNAVAILABLE');
  });
});
