import { describe, expect } from 'vitest';
import { ReferenceEntityIndex } from '@sluice/embedding-cache';
import { namedHashedModel } from '@sluice/testkit/embedding-doubles';
import { buildReferenceData } from '@sluice/samples';
import { pgTest as test, uniqueName } from '@sluice/testkit';
import { PgCustomerKeyLookup } from './customer-key-lookup';

describe('PgCustomerKeyLookup', () => {
  test('finds sample customers by e-mail domain and customer number, case-insensitively, within the tenant', async ({ pool }) => {
    const tenant = uniqueName('tenant');
    const { customers } = buildReferenceData();
    const index = new ReferenceEntityIndex({ db: pool, model: namedHashedModel(uniqueName('names'), 512) });
    await index.upsertReferences(
      customers.map((customer) => ({
        tenant,
        entityType: 'customer',
        refId: customer.id,
        name: customer.name,
        keys: [
          { kind: 'email-domain', value: customer.emailDomain },
          { kind: 'customer-number', value: customer.customerNumber },
        ],
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
