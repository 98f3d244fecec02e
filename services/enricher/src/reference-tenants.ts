import type pg from 'pg';

export interface ReferenceTenants {
  /** Which of `tenants` have reference data (customers or vendors) loaded. */
  withReferences(tenants: readonly string[]): Promise<Set<string>>;
}

/**
 * Tenants with reference data in `reference_entities` (migration 0003; `sluice reference load`):
 * what tells a tenant that was set up from an unknown one (issue 12's bad input "unknown tenant",
 * which the shipped rule `unknown-tenant` sends to review). One query per batch for the tenants not
 * known yet; a tenant found is remembered for good, a tenant not found is asked again after
 * `recheckMs` (default 30 s), so loading its references takes effect without a restart.
 */
export class PgReferenceTenants implements ReferenceTenants {
  private readonly found = new Set<string>();
  private readonly missingSince = new Map<string, number>();

  constructor(
    private readonly db: Pick<pg.Pool, 'query'>,
    private readonly options: { recheckMs?: number; now?: () => number } = {},
  ) {}

  async withReferences(tenants: readonly string[]): Promise<Set<string>> {
    const now = (this.options.now ?? Date.now)();
    const recheckMs = this.options.recheckMs ?? 30_000;
    const ask = [...new Set(tenants)].filter(
      (tenant) => !this.found.has(tenant) && now - (this.missingSince.get(tenant) ?? -Infinity) >= recheckMs,
    );
    if (ask.length > 0) {
      const { rows } = await this.db.query<{ tenant: string }>(
        'SELECT t.tenant FROM unnest($1::text[]) AS t(tenant) WHERE EXISTS (SELECT 1 FROM reference_entities e WHERE e.tenant = t.tenant)',
        [ask],
      );
      const present = new Set(rows.map((row) => row.tenant));
      for (const tenant of ask) {
        if (present.has(tenant)) {
          this.found.add(tenant);
          this.missingSince.delete(tenant);
        } else this.missingSince.set(tenant, now);
      }
    }
    return new Set(tenants.filter((tenant) => this.found.has(tenant)));
  }
}
