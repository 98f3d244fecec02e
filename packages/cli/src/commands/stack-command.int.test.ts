import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '@sluice/local-stack';
import { integrationStack } from '@sluice/testkit';
import { setAsideFixture } from '@sluice/testkit/set-aside-fixture';

// `sluice stack databases | prune` as a user runs them, with DATABASE_URL naming a base database of
// the test's own (`sluicetest_<random>`), so the machine's real `sluice_<stamp>` databases are never
// seen; KAFKA_BROKERS is the shared broker, whose cluster is "this clone's".

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function sluice(args: string[], databaseUrl: string): Promise<Run> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, KAFKA_BROKERS: integrationStack().kafkaBrokers.join(',') };
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(repoRoot, 'packages', 'cli', 'src', 'main.ts'), ...args], { cwd: repoRoot, env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

it('sluice stack databases lists, and stack prune drops, the set-aside databases of DATABASE_URL', async () => {
  const fixture = setAsideFixture();
  try {
    await fixture.create({ name: fixture.base, cluster: 'cluster-b' });
    const first = await sluice(['stack', 'databases', '--json'], fixture.url);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    const thisCluster = (JSON.parse(first.stdout) as { thisClusterId: string | null }).thisClusterId;
    expect(thisCluster).toEqual(expect.any(String));

    const other = `${fixture.base}_20261101_000000`;
    const mine = `${fixture.base}_20261102_000000`;
    await fixture.create({ name: other, cluster: 'cluster-b' });
    await fixture.create({ name: mine, cluster: thisCluster });

    const listed = await sluice(['stack', 'databases', '--json'], fixture.url);
    expect(JSON.parse(listed.stdout)).toMatchObject({
      live: { name: fixture.base, clusterId: 'cluster-b' },
      setAside: [
        { name: mine, clusterId: thisCluster, role: 'restorable', setAsideAt: '2026-11-02T00:00:00.000Z' },
        { name: other, clusterId: 'cluster-b', role: 'other-cluster', setAsideAt: '2026-11-01T00:00:00.000Z' },
      ],
    });
    const text = await sluice(['stack', 'databases'], fixture.url);
    expect(text.stdout).toContain(`set aside from ${fixture.base}: 2,`);
    expect(text.stdout).toMatch(new RegExp(`${mine} +2026-11-02 00:00:00 UTC .*this clone's cluster: the next stack up brings it back`));

    const dry = await sluice(['stack', 'prune', '--dry-run', '--json'], fixture.url);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, dropped: [{ name: other }], kept: [{ name: mine }] });
    expect(await fixture.existing()).toEqual([fixture.base, other, mine].sort());

    const wrong = await sluice(['stack', 'prune', '--older-than', '7'], fixture.url);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('sluice: --older-than takes a duration such as 30m, 12h, 7d or 2w (got 7)');

    const pruned = await sluice(['stack', 'prune', '--older-than', '1d'], fixture.url);
    expect(pruned).toMatchObject({ code: 0, stderr: '' });
    expect(pruned.stdout).toMatch(new RegExp(`^dropped 1 database\\(s\\), \\d+ MB:\\n  ${other} .*\\nkept:\\n  ${mine} +this clone's cluster \\(name it to drop it\\)`));
    expect(await fixture.existing()).toEqual([fixture.base, mine].sort());
  } finally {
    await fixture.drop();
  }
});
