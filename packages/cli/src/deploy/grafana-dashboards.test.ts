import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '@sluice/local-stack';
import { readSloFile, sloRuleGroups } from '@sluice/slo';

const dashboardsDir = join(repoRoot, 'deploy', 'grafana', 'dashboards');

/** Every metric name the code registers: `name: 'sluice_…'` literals and the model metrics' `${prefix}…` names. */
function registeredMetrics(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const match of text.matchAll(/name: '(sluice_[a-z0-9_]+)'/g)) names.add(match[1]!);
        for (const match of text.matchAll(/name: `\$\{prefix\}([a-z0-9_]+)`/g)) names.add(`sluice_model_${match[1]!}`);
      }
    }
  };
  walk(join(repoRoot, 'packages'));
  walk(join(repoRoot, 'services'));
  return names;
}

interface Dashboard {
  uid: string;
  title: string;
  panels: { title: string; targets: { expr: string }[] }[];
}

describe('Grafana dashboards', () => {
  const files = readdirSync(dashboardsDir).filter((name) => name.endsWith('.json')).sort();

  it('cover the pipeline, the stages, models and cost, drift and SLOs, with unique uids', () => {
    expect(files).toEqual(['drift.json', 'models-and-cost.json', 'pipeline-overview.json', 'slos.json', 'stages.json']);
    const uids = files.map((file) => (JSON.parse(readFileSync(join(dashboardsDir, file), 'utf8')) as Dashboard).uid);
    expect(new Set(uids).size).toBe(files.length);
  });

  it('query only metrics the services register or the SLO rules record', async () => {
    const known = registeredMetrics();
    const slo = await readSloFile(join(repoRoot, 'deploy', 'slo', 'sluice.yaml'));
    for (const group of sloRuleGroups(slo)) for (const rule of group.rules) if (rule.record) known.add(rule.record);
    known.add('ALERTS');
    for (const file of files) {
      const dashboard = JSON.parse(readFileSync(join(dashboardsDir, file), 'utf8')) as Dashboard;
      for (const panel of dashboard.panels) {
        expect(panel.targets.length, `${file}: ${panel.title}`).toBeGreaterThan(0);
        for (const { expr } of panel.targets) {
          for (const [name] of expr.matchAll(/\b(sluice_[a-z0-9_]+|slo:[a-z0-9_:]+|ALERTS)\b/g)) {
            const family = name.replace(/_(bucket|count|sum)$/, '');
            expect(known.has(family) || known.has(name), `${file} "${panel.title}" queries ${name}`).toBe(true);
          }
        }
      }
    }
  });

  it('are provisioned by docker-compose.yml', () => {
    const compose = parse(readFileSync(join(repoRoot, 'docker-compose.yml'), 'utf8')) as { services: { grafana: { volumes: string[] } } };
    const mounts = compose.services.grafana.volumes.map((volume) => volume.split(':')[0]!);
    expect(mounts).toEqual(['./deploy/grafana/provisioning', './deploy/grafana/dashboards']);
    for (const mount of mounts) expect(existsSync(join(repoRoot, mount))).toBe(true);
  });
});
