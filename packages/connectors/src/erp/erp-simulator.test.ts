import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERP_CONTRACT_VERSION } from './erp-contract';
import { startErpSimulator, type RunningErpSimulator } from './erp-simulator';
import { FaultPlan, noFaults } from './erp-simulator-faults';
import { sampleErpRecords } from '@sluice/testkit/erp-fixtures';

describe('ERP simulator', () => {
  let simulator: RunningErpSimulator;
  beforeEach(async () => {
    simulator = await startErpSimulator({ records: sampleErpRecords({ blockedVendorIds: ['V-1002'] }) });
  });
  afterEach(async () => {
    await simulator.close();
  });

  it('serves the contract with its version header and logs each request', async () => {
    const response = await fetch(`${simulator.url}/erp/v1/vendors/V-1002`);
    expect(response.headers.get('erp-contract-version')).toBe(ERP_CONTRACT_VERSION);
    expect(((await response.json()) as { vendor: { status: string } }).vendor.status).toBe('blocked');
    expect(simulator.requests).toEqual([
      expect.objectContaining({ method: 'GET', path: '/erp/v1/vendors/V-1002', status: 200, fault: 'none' }),
    ]);
  });

  it('answers unknown ids and routes with the contract error body', async () => {
    const vendor = await fetch(`${simulator.url}/erp/v1/vendors/V-0`);
    expect([vendor.status, await vendor.json()]).toEqual([
      404,
      { error: { code: 'not_found', message: 'no vendor V-0' } },
    ]);
    const orders = await fetch(`${simulator.url}/erp/v1/vendors/V-1001/purchase-orders?status=closed`);
    expect(orders.status).toBe(400);
  });

  it('changes faults while running, over HTTP too', async () => {
    const put = await fetch(`${simulator.url}/_simulator/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outage: true, retryAfterSeconds: 7 }),
    });
    expect(put.status).toBe(200);
    const down = await fetch(`${simulator.url}/erp/v1/health`);
    expect([down.status, down.headers.get('retry-after')]).toEqual([503, '7']);
    const bad = await fetch(`${simulator.url}/_simulator/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ errorRate: 3 }),
    });
    expect(bad.status).toBe(400);
    expect(simulator.faults.errorRate).toBe(0);
  });
});

describe('FaultPlan', () => {
  it('limits requests per one-second window', () => {
    let now = 0;
    const plan = new FaultPlan(
      { ...noFaults, rateLimitPerSecond: 2 },
      () => 0.99,
      () => now,
    );
    expect([plan.next(), plan.next(), plan.next()]).toEqual(['none', 'none', 'rate-limited']);
    now = 1_000;
    expect(plan.next()).toBe('none');
  });

  it('throttles exactly the next N requests', () => {
    const plan = new FaultPlan(
      { ...noFaults, throttleNext: 2 },
      () => 0.99,
      () => 0,
    );
    expect([plan.next(), plan.next(), plan.next()]).toEqual(['rate-limited', 'rate-limited', 'none']);
  });

  it('fails the configured share of requests', () => {
    const draws = [0.1, 0.5, 0.29];
    const plan = new FaultPlan(
      { ...noFaults, errorRate: 0.3 },
      () => draws.shift() ?? 0,
      () => 0,
    );
    expect([plan.next(), plan.next(), plan.next()]).toEqual(['error', 'none', 'error']);
  });
});
