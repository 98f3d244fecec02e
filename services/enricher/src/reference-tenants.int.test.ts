import { describe, expect } from 'vitest';
import { pgTest as it, uniqueName } from '@sluice/testkit';
import { PgReferenceTenants } from './reference-tenants';

describe('PgReferenceTenants (PostgreSQL)', () => {
  it('knows the tenants with reference entities, and asks again for a missing one only after the recheck time', async ({ pool }) => {
    const known = uniqueName('tenant-known');
    const later = uniqueName('tenant-later');
    const insert = (tenant: string) =>
      pool.query(
        `INSERT INTO reference_entities (tenant, entity_type, ref_id, name, normalized_name, embedding, embedding_model)
         VALUES ($1, 'vendor', 'V-1', 'ACME', 'acme', array_fill(0.1, ARRAY[512])::real[]::vector, 'test')`,
        [tenant],
      );
    let clock = 0;
    const tenants = new PgReferenceTenants(pool, { recheckMs: 1_000, now: () => clock });
    try {
      await insert(known);
      expect(await tenants.withReferences([known, later, known])).toEqual(new Set([known]));
      await insert(later);
      clock = 999; // still within the recheck time: the missing tenant is not asked again
      expect(await tenants.withReferences([later])).toEqual(new Set());
      clock = 1_000;
      expect(await tenants.withReferences([later])).toEqual(new Set([later]));
    } finally {
      await pool.query('DELETE FROM reference_entities WHERE tenant = ANY($1)', [[known, later]]);
    }
  });
});
