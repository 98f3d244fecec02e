import type pg from 'pg';
import { normalizeReferenceKey, type ReferenceKeyKind } from '@sluice/embedding-cache';

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
 * Exact key matching against the customers' keys in `reference_entity_keys` (migration 0008): the
 * e-mail domains and customer numbers a reference file gave (`sluice reference load`). An exact key
 * is stronger evidence than any name similarity.
 */
export class PgCustomerKeyLookup implements CustomerKeyLookup {
  constructor(private readonly db: Pick<pg.Pool, 'query'>) {}

  async find(tenant: string, keys: { emailDomains: readonly string[]; customerNumbers: readonly string[] }): Promise<CustomerKeyMatch[]> {
    const wanted = [
      ...keys.emailDomains.map((value) => ({ kind: 'email-domain' as const, value: normalizeReferenceKey('email-domain', value) })),
      ...keys.customerNumbers.map((value) => ({ kind: 'customer-number' as const, value: normalizeReferenceKey('customer-number', value) })),
    ];
    if (wanted.length === 0) return [];
    const { rows } = await this.db.query<{ ref_id: string; name: string; kind: ReferenceKeyKind; value: string }>(
      `SELECT k.ref_id, e.name, k.kind, k.value
       FROM reference_entity_keys k
       JOIN reference_entities e USING (tenant, entity_type, ref_id)
       JOIN unnest($2::text[], $3::text[]) AS w(kind, value) ON k.kind = w.kind AND k.value = w.value
       WHERE k.tenant = $1 AND k.entity_type = 'customer'
       ORDER BY k.ref_id, k.kind`,
      [tenant, wanted.map((key) => key.kind), wanted.map((key) => key.value)],
    );
    return rows.map((row) => ({
      refId: row.ref_id,
      name: row.name,
      via: row.kind === 'email-domain' ? ('emailDomain' as const) : ('customerNumber' as const),
      key: row.value,
    }));
  }
}
