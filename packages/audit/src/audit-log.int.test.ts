import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrationStack, uniqueName } from '@sluice/testkit';
import { AuditLog, type AuditEntry } from './audit-log';
import { auditNamespaces, deleteAuditNamespaces } from './audit-namespaces';
import { costReport, documentLineage } from './audit-queries';

function entry(tenant: string, documentId: string, i: number, action = 'extracted'): AuditEntry {
  return {
    eventId: `${tenant}:${documentId}:${action}:${i}`,
    tenant,
    documentId,
    service: action === 'extracted' ? 'extractor' : 'validator',
    action,
    occurredAt: 1_750_000_000_000 + i,
    entry: {
      model: { provider: 'local', model: 'sluice-rules-ner', version: '1', promptId: null, promptHash: null },
      latencyMs: 12.5,
      inputTokens: 100 + i,
      outputTokens: 10,
      costUsd: 0.001 * (i + 1),
      redactions: { EMAIL: 1 },
    },
  };
}

describe('AuditLog (PostgreSQL)', () => {
  let pool: pg.Pool;
  let log: AuditLog;
  const tenants: string[] = [];
  const newTenant = () => {
    const tenant = uniqueName('audit');
    tenants.push(tenant);
    return tenant;
  };

  /** Plays an attacker with superuser rights: triggers off for this session only. */
  async function asSuperuser(work: (client: pg.PoolClient) => Promise<unknown>): Promise<void> {
    const client = await pool.connect();
    try {
      await client.query('SET session_replication_role = replica');
      await work(client);
    } finally {
      await client.query('RESET session_replication_role');
      client.release();
    }
  }

  beforeAll(() => {
    pool = new pg.Pool({ connectionString: integrationStack().databaseUrl, max: 6 });
    log = new AuditLog(pool);
  });

  afterAll(async () => {
    await asSuperuser((client) => client.query('DELETE FROM audit_log WHERE tenant = ANY($1)', [tenants]));
    await pool.end();
  });

  it('appends once per event id (replays are no-ops) and the chain verifies', async () => {
    const tenant = newTenant();
    const batch = [entry(tenant, 'd1', 0), entry(tenant, 'd1', 1, 'accepted'), entry(tenant, 'd2', 2)];
    expect(await log.append(batch)).toEqual({ appended: 3, duplicates: 0 });
    expect(await log.append([...batch, batch[0]!])).toEqual({ appended: 0, duplicates: 4 });
    expect(await log.verify({ tenant })).toMatchObject({ ok: true, checked: 3, tenants: 1 });
  });

  it('refuses UPDATE and DELETE from the application', async () => {
    const tenant = newTenant();
    await log.append([entry(tenant, 'd1', 0)]);
    await expect(pool.query('UPDATE audit_log SET action = $1 WHERE tenant = $2', ['x', tenant])).rejects.toThrow(/append-only/);
    await expect(pool.query('DELETE FROM audit_log WHERE tenant = $1', [tenant])).rejects.toThrow(/append-only/);
  });

  it('detects a changed row and a removed row', async () => {
    const changed = newTenant();
    await log.append([0, 1, 2, 3].map((i) => entry(changed, 'd1', i)));
    await asSuperuser((client) =>
      client.query(
        `UPDATE audit_log SET entry = jsonb_set(entry, '{costUsd}', '0') WHERE event_id = $1`,
        [`${changed}:d1:extracted:2`],
      ),
    );
    const afterChange = await log.verify({ tenant: changed });
    expect(afterChange.ok).toBe(false);
    expect(afterChange.broken).toMatchObject({ eventId: `${changed}:d1:extracted:2`, reason: expect.stringMatching(/changed/) });

    const removed = newTenant();
    await log.append([0, 1, 2].map((i) => entry(removed, 'd1', i)));
    await asSuperuser((client) => client.query('DELETE FROM audit_log WHERE event_id = $1', [`${removed}:d1:extracted:1`]));
    const afterRemoval = await log.verify({ tenant: removed });
    expect(afterRemoval.broken).toMatchObject({ eventId: `${removed}:d1:extracted:2`, reason: expect.stringMatching(/removed/) });
  });

  it('keeps one unbroken chain under concurrent appends', async () => {
    const tenant = newTenant();
    await Promise.all(
      Array.from({ length: 8 }, (_, worker) => log.append([0, 1, 2, 3, 4].map((i) => entry(tenant, `d${worker}`, i)))),
    );
    expect(await log.verify({ tenant })).toMatchObject({ ok: true, checked: 40 });
  });

  it('answers lineage per document and cost per tenant, action and document', async () => {
    const tenant = newTenant();
    const d1 = `${tenant}:d1`;
    await log.append([entry(tenant, d1, 0), entry(tenant, `${tenant}:d2`, 1), entry(tenant, d1, 2, 'accepted')]);
    const lineage = await documentLineage(pool, d1);
    expect(lineage.tenant).toBe(tenant);
    // Issue 12: another tenant using the same document id does not see these steps.
    const other = newTenant();
    await log.append([entry(other, d1, 5)]);
    expect((await documentLineage(pool, d1, { tenant: other })).steps.map((step) => step.action)).toEqual(['extracted']);
    expect((await documentLineage(pool, d1, { tenant })).steps).toHaveLength(2);
    expect((await documentLineage(pool, d1)).tenants.sort()).toEqual([tenant, other].sort());
    expect(lineage.steps.map((step) => [step.service, step.action])).toEqual([
      ['extractor', 'extracted'],
      ['validator', 'accepted'],
    ]);
    expect(lineage.steps[0]!.entry.model).toMatchObject({ provider: 'local', model: 'sluice-rules-ner' });
    expect(lineage.costUsd).toBeCloseTo(0.004, 10);
    expect(lineage.elapsedMs).toBe(2);
    const byTenant = await costReport(pool, 'tenant', { tenant });
    expect(byTenant).toHaveLength(1);
    expect(byTenant[0]).toMatchObject({ key: tenant, documents: 2, actions: 3, modelCalls: 3, inputTokens: 303 });
    expect(byTenant[0]!.costUsd).toBeCloseTo(0.006, 10);
    expect(byTenant[0]!.costPerDocumentUsd).toBeCloseTo(0.003, 10);
    const byAction = await costReport(pool, 'action', { tenant });
    expect(byAction.map((row) => row.key).sort()).toEqual(['accepted', 'extracted']);
  });

  it('keeps a shadow namespace apart: same event ids, own chain, own lineage and cost; only it can be deleted', async () => {
    const tenant = newTenant();
    const shadow = `shadow.${uniqueName('ns')}.`;
    const production = new AuditLog(pool);
    const candidate = new AuditLog(pool, shadow);
    const baseline = new AuditLog(pool, `${shadow}baseline.`);
    // A shadow replays production's documents: the very same event ids, in its own namespace.
    const batch = [entry(tenant, 'd1', 0), entry(tenant, 'd1', 1, 'accepted')];
    expect(await production.append(batch)).toEqual({ appended: 2, duplicates: 0 });
    expect(await candidate.append(batch)).toEqual({ appended: 2, duplicates: 0 });
    expect(await baseline.append(batch.slice(0, 1))).toEqual({ appended: 1, duplicates: 0 });
    expect(await candidate.append(batch)).toEqual({ appended: 0, duplicates: 2 });
    for (const log of [production, candidate, baseline]) expect(await log.verify({ tenant })).toMatchObject({ ok: true });
    expect((await production.verify({ tenant })).checked).toBe(2);

    // Same content, different namespace: different hashes (a shadow chain never reads as production's).
    const hashes = await pool.query<{ namespace: string; hash: string }>('SELECT namespace, hash FROM audit_log WHERE tenant = $1 ORDER BY seq', [tenant]);
    expect(new Set(hashes.rows.map((row) => row.hash)).size).toBe(5);
    expect((await documentLineage(pool, 'd1', { namespace: shadow })).steps).toHaveLength(2);
    expect((await costReport(pool, 'tenant', { tenant, namespace: shadow }))[0]).toMatchObject({ documents: 1, actions: 2 });
    expect((await auditNamespaces(pool, shadow)).map((n) => [n.namespace, n.entries])).toEqual([
      [shadow, 2],
      [`${shadow}baseline.`, 1],
    ]);

    await expect(deleteAuditNamespaces(pool, '')).rejects.toThrow(/only shadow trails can be deleted/);
    await expect(deleteAuditNamespaces(pool, 'shadow.')).rejects.toThrow(/not a shadow's/);
    expect(await deleteAuditNamespaces(pool, shadow)).toBe(3);
    expect(await auditNamespaces(pool, shadow)).toEqual([]);
    // Production's rows of the same tenant are untouched, and the trigger still refuses deleting them.
    expect(await production.verify({ tenant })).toMatchObject({ ok: true, checked: 2 });
    await expect(pool.query("DELETE FROM audit_log WHERE tenant = $1 AND namespace = ''", [tenant])).rejects.toThrow(/append-only/);
  });
});
