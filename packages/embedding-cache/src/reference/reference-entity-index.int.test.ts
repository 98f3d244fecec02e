import type pg from 'pg';
import { describe, expect } from 'vitest';
import { createUseLiteEmbeddingModel } from '@sluice/models';
import { buildReferenceData } from '@sluice/samples';
import { pgTest as test } from '../integration-fixture';
import { nameForEmbedding, REFERENCE_EF_SEARCH, ReferenceEntityIndex, type ReferenceEntity } from './reference-entity-index';

const model = createUseLiteEmbeddingModel();
const { vendors } = buildReferenceData();

function vendorEntities(tenant: string): ReferenceEntity[] {
  return [
    ...vendors.map((vendor) => ({
      tenant,
      entityType: 'vendor',
      refId: vendor.id,
      name: vendor.canonicalName,
      attributes: { country: vendor.country, iban: vendor.iban },
    })),
    { tenant, entityType: 'vendor', refId: 'V-ACME', name: 'ACME GmbH' },
  ];
}

describe('reference entity index (pgvector HNSW + trigram)', () => {
  test('finds the right vendor for every name variant', async ({ db, unique }) => {
    const index = new ReferenceEntityIndex({ db, model });
    await index.upsertReferences(vendorEntities(unique));
    const cases = [
      ...vendors.flatMap((vendor) => vendor.variants.map((variant) => ({ variant, refId: vendor.id }))),
      ...['ACME GmbH', 'Acme', 'ACME Gesellschaft mbH', 'acme g.m.b.h.'].map((variant) => ({ variant, refId: 'V-ACME' })),
    ];
    const results = await index.matchNames(unique, 'vendor', cases.map((c) => c.variant), 3);
    const wrong = cases.flatMap(({ variant, refId }, i) => {
      const best = results[i]?.[0];
      return best?.refId === refId ? [] : [`${variant} -> ${best?.name ?? 'nothing'}`];
    });
    expect(wrong).toEqual([]);
    // The single-name form answers the same.
    expect((await index.matchName(unique, 'vendor', 'ACME Gesellschaft mbH', 1))[0]?.refId).toBe('V-ACME');
    expect(cases.length).toBeGreaterThan(70);
    await db.query('DELETE FROM reference_entities WHERE tenant = $1', [unique]);
  });

  test('nearest() ranks by cosine within one tenant and type only', async ({ db, unique }) => {
    const index = new ReferenceEntityIndex({ db, model });
    const other = `${unique}-other`;
    await index.upsertReferences([
      ...vendorEntities(unique),
      ...vendorEntities(other),
      { tenant: unique, entityType: 'customer', refId: 'C-1', name: 'Acme Industrietechnik GmbH' },
    ]);
    const { value } = await model.embed([nameForEmbedding('Acme Industrietechnik GmbH')]);
    const matches = await index.nearest(unique, 'vendor', value[0] ?? [], 5);
    expect(matches).toHaveLength(5);
    expect(matches[0]).toMatchObject({ refId: 'V-1001', name: 'Acme Industrietechnik GmbH' });
    expect(matches[0]?.score).toBeCloseTo(1, 4);
    const scores = matches.map((match) => match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(matches.map((match) => match.refId)).size).toBe(5);
    await db.query('DELETE FROM reference_entities WHERE tenant = ANY($1)', [[unique, other]]);
  });

  test('upserting again updates in place and replaces the keys, stored normalised', async ({ db, unique }) => {
    const index = new ReferenceEntityIndex({ db, model });
    await index.upsertReferences([
      { tenant: unique, entityType: 'vendor', refId: 'V-1', name: 'Old Name Ltd', keys: [{ kind: 'iban', value: 'GB29 NWBK 6016 1331 9268 19' }] },
    ]);
    await index.upsertReferences([
      { tenant: unique, entityType: 'vendor', refId: 'V-1', name: 'Interim Name Ltd' },
      { tenant: unique, entityType: 'vendor', refId: 'V-1', name: 'New Name Ltd', attributes: { country: 'GB' }, keys: [{ kind: 'vat-id', value: 'gb 123 4567 89' }] },
    ]);
    const { rows } = await db.query('SELECT name, normalized_name, attributes FROM reference_entities WHERE tenant = $1', [unique]);
    expect(rows).toEqual([{ name: 'New Name Ltd', normalized_name: 'new name', attributes: { country: 'GB' } }]);
    const keys = await db.query('SELECT ref_id, kind, value FROM reference_entity_keys WHERE tenant = $1', [unique]);
    expect(keys.rows).toEqual([{ ref_id: 'V-1', kind: 'vat-id', value: 'GB123456789' }]);
    await db.query('DELETE FROM reference_entities WHERE tenant = $1', [unique]);
  });

  test('HNSW searches run with hnsw.ef_search REFERENCE_EF_SEARCH in their own transaction; the pool keeps the default', async ({ db, unique }) => {
    // A pool whose clients read the session's ef_search just before each nearest-neighbour query.
    const seen: string[] = [];
    const recording = Object.create(db) as pg.Pool;
    recording.connect = (async () => {
      const client = await db.connect();
      const efSearch = async () => (await client.query<{ ef: string }>("SELECT current_setting('hnsw.ef_search') AS ef")).rows[0]!.ef;
      const passThrough = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
      const wrapped = Object.create(client) as pg.PoolClient;
      const query = async (...args: unknown[]) => {
        if (typeof args[0] === 'string' && args[0].includes('<=>')) seen.push(await efSearch());
        return passThrough(...args);
      };
      wrapped.query = query as pg.PoolClient['query'];
      wrapped.release = (...args: Parameters<pg.PoolClient['release']>) => client.release(...args);
      return wrapped;
    }) as pg.Pool['connect'];
    const index = new ReferenceEntityIndex({ db: recording, model });
    await index.upsertReferences(vendorEntities(unique));
    expect((await index.matchName(unique, 'vendor', 'ACME Gesellschaft mbH', 1))[0]?.refId).toBe('V-ACME');
    const { value } = await model.embed([nameForEmbedding('ACME GmbH')]);
    expect((await index.nearest(unique, 'vendor', value[0] ?? [], 1))[0]?.refId).toBe('V-ACME');
    expect(seen).toEqual([String(REFERENCE_EF_SEARCH), String(REFERENCE_EF_SEARCH)]);
    expect(REFERENCE_EF_SEARCH).toBeGreaterThan(40); // above pgvector's default, which missed a third of the nearest at 100k
    const { rows } = await db.query<{ ef: string }>("SELECT current_setting('hnsw.ef_search') AS ef");
    expect(rows[0]!.ef).toBe('40'); // SET LOCAL: nothing leaks into the pool's sessions
    await db.query('DELETE FROM reference_entities WHERE tenant = $1', [unique]);
  });
});
