import { expect } from 'vitest';
import type { DocumentProcessed } from '@sluice/contracts';
import { kafkaTest as test, uniqueName } from '@sluice/testkit';
import { ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { replayDrift } from './drift-replay';

const HOUR = 3_600_000;

/** Seeded PRNG (mulberry32): the same streams on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rnd: () => number, weighted: readonly [T, number][]): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let x = rnd() * total;
  for (const [value, weight] of weighted) if ((x -= weight) < 0) return value;
  return weighted.at(-1)![0];
}

const usualVendors: [string, number][] = [['Acme GmbH', 30], ['Globex AG', 25], ['Initech Ltd', 20], ['Umbrella SA', 15], ['Hooli BV', 10]];
const shiftedVendors: [string, number][] = [['Acme GmbH', 5], ['Globex AG', 5], ['Initech Ltd', 10], ['Umbrella SA', 10], ['Hooli BV', 10], ['Vandelay Industries', 60]];

/** A final invoice record with a vendor from `vendors` and a log-normal total around `median`. */
function invoice(rnd: () => number, tenant: string, index: number, vendors: [string, number][], median: number): DocumentProcessed {
  const normal = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const amount = median * Math.exp(0.6 * normal);
  const vendor = pick(rnd, vendors);
  return {
    documentId: `${tenant}-${index}`,
    tenant,
    kind: 'invoice',
    decision: rnd() < 0.9 ? 'ACCEPTED' : 'REJECTED',
    decidedBy: { actor: 'POLICY', reviewer: null, rationale: null },
    fields: [
      { name: 'vendorName', value: vendor, confidence: 0.8 + 0.2 * rnd(), span: null },
      { name: 'totalAmount', value: amount.toFixed(2), confidence: 0.7 + 0.3 * rnd(), span: null },
    ],
    matches: [{ entityType: 'vendor', refId: vendor, name: vendor, score: 0.9 }],
    violations: [],
    processedAt: 0,
  };
}

test('a replayed stream with a shifted vendor mix and amounts passes the alert thresholds; an unshifted one stays below warn', async ({ kafka, admin, serde }) => {
  const [shifted, steady] = [uniqueName('drift-shifted'), uniqueName('drift-steady')];
  await ensureTopics(admin, planTopics(serde.prefix, ['documents.processed.v1']));
  await serde.prepare(['documents.processed.v1']);
  const start = Date.parse('2026-01-05T00:00:00Z');
  const rnd = random(7);
  const messages: { key: string; value: Buffer; timestamp: string }[] = [];
  const add = async (record: DocumentProcessed, at: number) =>
    messages.push({ key: record.documentId, value: await serde.encode('documents.processed.v1', record), timestamp: String(at) });
  // Hour 0: the reference for both tenants. Hour 2: the current window (hour 1 is quiet).
  for (let i = 0; i < 1500; i += 1) {
    const at = start + Math.floor((i / 1500) * HOUR);
    await add(invoice(rnd, shifted, i, usualVendors, 400), at);
    await add(invoice(rnd, steady, i, usualVendors, 400), at);
  }
  for (let i = 0; i < 1500; i += 1) {
    const at = start + 2 * HOUR + Math.floor((i / 1500) * HOUR);
    await add(invoice(rnd, shifted, 10_000 + i, shiftedVendors, 2000), at);
    await add(invoice(rnd, steady, 10_000 + i, usualVendors, 400), at);
  }
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  for (let i = 0; i < messages.length; i += 500) {
    await producer.send({ topic: physicalTopic('documents.processed.v1', serde.prefix), acks: -1, messages: messages.slice(i, i + 500) });
  }
  await producer.disconnect();

  const { rows, records } = await replayDrift(kafka, serde, { windowMs: HOUR, reference: { from: start, to: start + HOUR } });
  expect(records).toBe(messages.length);
  const value = (tenant: string, field: string, method: string) => rows.find((row) => row.tenant === tenant && row.field === field && row.method === method);

  // Shifted: the vendor mix (PSI, Jensen-Shannon) and the amounts (PSI, KS, Wasserstein) alert.
  for (const [field, method] of [['vendor', 'psi'], ['vendor', 'jensen-shannon'], ['totalAmount', 'psi'], ['totalAmount', 'ks'], ['totalAmount', 'wasserstein']]) {
    expect(value(shifted, field!, method!), `${field} ${method}`).toMatchObject({ status: 'alert', referenceCount: 1500, currentCount: 1500 });
  }
  expect(value(shifted, 'vendor', 'psi')!.value).toBeGreaterThan(0.25);

  // Steady: every probe of the tenant stays below warn.
  const steadyRows = rows.filter((row) => row.tenant === steady);
  expect(steadyRows.length).toBeGreaterThan(8);
  expect(steadyRows.filter((row) => row.status !== 'ok')).toEqual([]);
  expect(value(steady, 'vendor', 'psi')!.value).toBeLessThan(0.1);
  expect(value(steady, 'totalAmount', 'psi')!.value).toBeLessThan(0.1);
});
