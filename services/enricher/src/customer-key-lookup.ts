import type pg from 'pg';

export interface CustomerKeyMatch {
  refId: string;
  name: string;
  /** Which key matched: the e-mail domain or a customer number. */
  via: 'emailDomain' | 'customerNumber';
  key: string;
}

export interface CustomerKeyLookup {
  /** Customers of the tenant whose `emailDomain` or `customerNumber` attribute equals one of the keys. */
  find(tenant: string, keys: { emailDomains: readonly string[]; customerNumbers: readonly string[] }): Promise<CustomerKeyMatch[]>;
}

/**
 * Exact key matching against `reference_entities.attributes` of customers (migration 0003). The
 * attribute names are those of `@sluice/samples` customers, which `sluice reference load` stores:
 * `emailDomain`, `customerNumber`. An exact key is stronger evidence than any name similarity.
 */
export class PgCustomerKeyLookup implements CustomerKeyLookup {
  constructor(private readonly db: Pick<pg.Pool, 'query'>) {}

  async find(tenant: string, keys: { emailDomains: readonly string[]; customerNumbers: readonly string[] }): Promise<CustomerKeyMatch[]> {
    if (keys.emailDomains.length === 0 && keys.customerNumbers.length === 0) return [];
    const { rows } = await this.db.query<{ ref_id: string; name: string; email_domain: string | null; customer_number: string | null }>(
      `SELECT ref_id, name, lower(attributes->>'emailDomain') AS email_domain, upper(attributes->>'customerNumber') AS customer_number
       FROM reference_entities
       WHERE tenant = $1 AND entity_type = 'customer'
         AND (lower(attributes->>'emailDomain') = ANY($2::text[]) OR upper(attributes->>'customerNumber') = ANY($3::text[]))`,
      [tenant, keys.emailDomains.map((domain) => domain.toLowerCase()), keys.customerNumbers.map((number) => number.toUpperCase())],
    );
    const matches: CustomerKeyMatch[] = [];
    const domains = new Set(keys.emailDomains.map((domain) => domain.toLowerCase()));
    const numbers = new Set(keys.customerNumbers.map((number) => number.toUpperCase()));
    for (const row of rows) {
      if (row.email_domain !== null && domains.has(row.email_domain)) matches.push({ refId: row.ref_id, name: row.name, via: 'emailDomain', key: row.email_domain });
      if (row.customer_number !== null && numbers.has(row.customer_number))
        matches.push({ refId: row.ref_id, name: row.name, via: 'customerNumber', key: row.customer_number });
    }
    return matches;
  }
}
