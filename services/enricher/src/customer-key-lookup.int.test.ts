import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMigrations } from '@sluice/db';
import { namedHashedModel, ReferenceEntityIndex } from '@sluice/embedding-cache';
import { buildReferenceData } from '@sluice/samples';
import { integrationStack, uniqueName } from '@sluice/testkit';
import { PgCustomerKeyLookup } from './customer-key-lookup';

let pool: pg.Pool;
beforeAll(async () => {
  pool = new pg.Pool({ connectionString: integrationStack().databaseUrl, max: 2 });
  const client = await pool.connect();
  try {
    await runMigrations(client);
  } finally {
    client.release();
  }
});
afterAll(async () => {
  await pool.end();
});

describe('PgCustomerKeyLookup', () => {
  it('finds sample customers by e-mail domain and customer number, case-insensitively, within the tenant', async () => {
    const tenant = uniqueName('tenant');
    const { customers } = buildReferenceData();
    const index = new ReferenceEntityIndex({ db: pool, model: namedHashedModel(uniqueName('names'), 512) });
    await index.upsertReferences(
      customers.map((customer) => ({
        tenant,
        entityType: 'customer',
        refId: customer.id,
        name: customer.name,
        attributes: { emailDomain: customer.emailDomain, customerNumber: customer.customerNumber },
      })),
    );
    const [a, b] = customers;
    const lookup = new PgCustomerKeyLookup(pool);
    const found = await lookup.find(tenant, { emailDomains: [a!.emailDomain.toUpperCase()], customerNumbers: [b!.customerNumber.toLowerCase(), 'NOPE-1'] });
    expect(found.map((match) => [match.refId, match.via]).sort()).toEqual([
      [a!.id, 'emailDomain'],
      [b!.id, 'customerNumber'],
    ]);
    expect(await lookup.find(uniqueName('other'), { emailDomains: [a!.emailDomain], customerNumbers: [] })).toEqual([]);
  });
});
