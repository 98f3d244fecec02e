import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { setAsideFixture, type SetAsideFixture } from '@sluice/testkit/set-aside-fixture';
import { listSetAsideDatabases, pruneSetAsideDatabases } from './set-aside-databases';

// Every case uses a base name of its own (`sluicetest_<random>`) in place of `sluice`, creates its
// live and set-aside databases under it and drops them all in `finally`: the machine's real
// `sluice_<stamp>` databases are never listed, let alone dropped.

const now = new Date('2026-11-30T00:00:00Z');
const day = 86_400_000;
const THIS = 'cluster-this';

/** The live database (this clone's), five set-aside ones and three look-alikes prune must never touch. */
async function stack(fixture: SetAsideFixture) {
  const b = fixture.base;
  const names = {
    b1101: `${b}_20261101_000000`, // another cluster's, 29 days old
    c1105: `${b}_20261105_000000`, // another cluster's, 25 days old
    b1120: `${b}_20261120_000000`, // another cluster's, 10 days old
    this1128: `${b}_20261128_000000`, // this clone's cluster
    none1129: `${b}_20261129_000000`, // no local_stack_cluster record
  };
  const unrelated = [`${b}_copy`, `${b}_20261101_000000_old`, `${b}x_20261101_000000`];
  await fixture.create({ name: b, cluster: THIS });
  await fixture.create({ name: names.b1101, cluster: 'cluster-b' });
  await fixture.create({ name: names.c1105, cluster: 'cluster-c' });
  await fixture.create({ name: names.b1120, cluster: 'cluster-b' });
  await fixture.create({ name: names.this1128, cluster: THIS });
  await fixture.create({ name: names.none1129, cluster: null });
  for (const name of unrelated) await fixture.create({ name, cluster: 'cluster-b' });
  return { names, unrelated };
}

async function withFixture(test: (fixture: SetAsideFixture) => Promise<void>): Promise<void> {
  const fixture = setAsideFixture();
  try {
    await test(fixture);
  } finally {
    await fixture.drop();
  }
}

describe('set-aside databases (PostgreSQL)', () => {
  it('lists the set-aside databases newest first with cluster, time, size and role; nothing else', async () => {
    await withFixture(async (fixture) => {
      const { names } = await stack(fixture);
      const found = await listSetAsideDatabases(fixture.url, THIS);
      expect(found.live).toMatchObject({ name: fixture.base, exists: true, clusterId: THIS });
      expect(found.live.sizeBytes).toBeGreaterThan(0);
      expect(found.thisClusterId).toBe(THIS);
      expect(found.setAside.map((db) => [db.name, db.clusterId, db.role, db.setAsideAt.toISOString()])).toEqual([
        [names.none1129, null, 'unrecorded', '2026-11-29T00:00:00.000Z'],
        [names.this1128, THIS, 'this-cluster', '2026-11-28T00:00:00.000Z'],
        [names.b1120, 'cluster-b', 'other-cluster', '2026-11-20T00:00:00.000Z'],
        [names.c1105, 'cluster-c', 'other-cluster', '2026-11-05T00:00:00.000Z'],
        [names.b1101, 'cluster-b', 'other-cluster', '2026-11-01T00:00:00.000Z'],
      ]);
      for (const db of found.setAside) {
        expect(db.sizeBytes).toBeGreaterThan(1_000_000); // a copy of template1
        expect(db.size).toMatch(/^\d+ (kB|MB)$/);
        expect(db.sessions).toBe(0);
      }
      expect(found.totalBytes).toBe(found.setAside.reduce((sum, db) => sum + db.sizeBytes, 0));

      // Seen from cluster-b's clone: the live database is another's, so the next `stack up` there
      // brings back the newest one set aside for cluster-b.
      const fromB = await listSetAsideDatabases(fixture.url, 'cluster-b');
      expect(fromB.setAside.filter((db) => db.clusterId === 'cluster-b').map((db) => [db.name, db.role])).toEqual([
        [names.b1120, 'restorable'],
        [names.b1101, 'this-cluster'],
      ]);
    });
  });

  it('prunes by age: only recorded, other clusters, older than asked; the live one and look-alikes stay', async () => {
    await withFixture(async (fixture) => {
      const { names, unrelated } = await stack(fixture);
      const outcome = await pruneSetAsideDatabases(fixture.url, THIS, { olderThanMs: 12 * day, now });
      expect(outcome.dryRun).toBe(false);
      expect(outcome.dropped.map((db) => db.name)).toEqual([names.c1105, names.b1101]);
      expect(outcome.freedBytes).toBe(outcome.dropped.reduce((sum, db) => sum + db.sizeBytes, 0));
      expect(Object.fromEntries(outcome.kept.map((db) => [db.name, db.reason]))).toEqual({
        [names.none1129]: 'no local_stack_cluster record',
        [names.this1128]: "this clone's cluster (name it to drop it)",
        [names.b1120]: 'set aside less than 12d ago',
      });
      expect(await fixture.existing()).toEqual(
        [fixture.base, names.b1120, names.this1128, names.none1129, ...unrelated].sort(),
      );
    });
  });

  it('keeps the newest n (protected ones count) and drops the rest of what may go', async () => {
    await withFixture(async (fixture) => {
      const { names, unrelated } = await stack(fixture);
      // keep and older-than together: a database goes only when both let it.
      const both = await pruneSetAsideDatabases(fixture.url, THIS, { keep: 4, olderThanMs: 12 * day, dryRun: true, now });
      expect(both.dropped.map((db) => db.name)).toEqual([names.b1101]);
      expect(both.kept.find((db) => db.name === names.c1105)?.reason).toBe('among the newest 4');

      const outcome = await pruneSetAsideDatabases(fixture.url, THIS, { keep: 2, now });
      expect(outcome.dropped.map((db) => db.name)).toEqual([names.b1120, names.c1105, names.b1101]);
      expect(await fixture.existing()).toEqual([fixture.base, names.this1128, names.none1129, ...unrelated].sort());
    });
  });

  it('a dry run reports what would go and drops nothing', async () => {
    await withFixture(async (fixture) => {
      const { names } = await stack(fixture);
      const before = await fixture.existing();
      const outcome = await pruneSetAsideDatabases(fixture.url, THIS, { dryRun: true, now });
      expect(outcome.dryRun).toBe(true);
      expect(outcome.dropped.map((db) => db.name)).toEqual([names.b1120, names.c1105, names.b1101]);
      expect(await fixture.existing()).toEqual(before);
    });
  });

  it("drops this clone's cluster's database only when named, and refuses names that are not set aside", async () => {
    await withFixture(async (fixture) => {
      const { names, unrelated } = await stack(fixture);
      const before = await fixture.existing();
      for (const stranger of [fixture.base, unrelated[0]!, `${fixture.base}_20261231_000000`]) {
        await expect(pruneSetAsideDatabases(fixture.url, THIS, { names: [names.b1101, stranger] })).rejects.toThrow(
          new RegExp(`not a database stack up set aside from ${fixture.base}: ${stranger};.*Nothing was dropped`),
        );
      }
      expect(await fixture.existing()).toEqual(before);

      const outcome = await pruneSetAsideDatabases(fixture.url, THIS, { names: [names.this1128, names.none1129] });
      expect(outcome.dropped.map((db) => db.name)).toEqual([names.this1128]);
      expect(outcome.kept.find((db) => db.name === names.none1129)?.reason).toBe('no local_stack_cluster record');
      expect(outcome.kept.find((db) => db.name === names.b1101)?.reason).toBe('not named');
      expect(await fixture.existing()).toEqual(before.filter((name) => name !== names.this1128));
    });
  });

  it('refuses, dropping nothing, while a session is connected to a database it would drop', async () => {
    await withFixture(async (fixture) => {
      const { names } = await stack(fixture);
      const before = await fixture.existing();
      const session = new pg.Client({ connectionString: fixture.urlOf(names.c1105), application_name: 'someones-psql' });
      await session.connect();
      try {
        for (const dryRun of [true, false]) {
          await expect(pruneSetAsideDatabases(fixture.url, THIS, { dryRun, now })).rejects.toThrow(
            new RegExp(`sessions are connected to ${names.c1105} \\(someones-psql x1\\);.*Nothing was dropped`),
          );
        }
        expect(await fixture.existing()).toEqual(before);
        expect((await listSetAsideDatabases(fixture.url, THIS)).setAside.find((db) => db.name === names.c1105)?.sessions).toBe(1);
        // Leaving it out lets the others go.
        const outcome = await pruneSetAsideDatabases(fixture.url, THIS, { names: [names.b1101, names.b1120] });
        expect(outcome.dropped.map((db) => db.name)).toEqual([names.b1120, names.b1101]);
      } finally {
        await session.end();
      }
      expect(await fixture.existing()).toContain(names.c1105);
    });
  });
});
