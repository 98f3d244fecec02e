import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { repoRoot } from '@sluice/local-stack';
import { sloRuleGroups, sloRulesYaml } from './burn-rate-rules';
import { parseSloFile } from './slo-file';

const deploymentFile = join(repoRoot, 'deploy', 'slo', 'sluice.yaml');
// promtool comes with Debian's prometheus package (.ci/run and `npm test`'s bootstrap install it).
const promtool = (args: string[], cwd: string) => spawnSync('promtool', args, { cwd, encoding: 'utf8' });

describe('SLO rules', () => {
  const file = parseSloFile(readFileSync(deploymentFile, 'utf8'), deploymentFile);

  // promtool is a separate process: allow it time on a loaded machine.
  it('generates rules for the deployment SLO file that promtool accepts', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'slo-rules-'));
    writeFileSync(join(dir, 'rules.yaml'), sloRulesYaml(file));
    const result = promtool(['check', 'rules', 'rules.yaml'], dir);
    expect(result.stderr + result.stdout).toMatch(/SUCCESS: \d+ rules found/);
    expect(result.status).toBe(0);
    // Three burn-rate alerts per error-budget SLO, with the SRE workbook's windows.
    const availability = sloRuleGroups(file).find((group) => group.name === 'slo-ingest-availability');
    expect(availability?.rules.filter((rule) => rule.alert).map((rule) => [rule.labels?.burn_rate, rule.labels?.long_window, rule.labels?.short_window, rule.labels?.severity])).toEqual([
      ['14.4', '1h', '5m', 'page'],
      ['6', '6h', '30m', 'page'],
      ['1', '3d', '6h', 'ticket'],
    ]);
  });

  it('the committed compiled copy is current', () => {
    expect(readFileSync(join(repoRoot, 'deploy', 'prometheus', 'slo-rules.yaml'), 'utf8')).toBe(sloRulesYaml(file));
  });

  it('pages on a 2% failure rate and stays quiet at 0.05% (promtool test rules)', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'slo-burn-'));
    writeFileSync(join(dir, 'rules.yaml'), sloRulesYaml(file));
    const rule = sloRuleGroups(file)
      .find((group) => group.name === 'slo-ingest-availability')!
      .rules.filter((candidate) => candidate.alert);
    const series = (failedPerMinute: number) => [
      { series: 'sluice_gateway_requests_total{route="post-documents",outcome="failed",status="503"}', values: `0+${failedPerMinute}x200` },
      { series: 'sluice_gateway_requests_total{route="post-documents",outcome="accepted",status="202"}', values: `0+${100 - failedPerMinute}x200` },
    ];
    const expected = (severities: readonly string[]) =>
      rule
        .filter((candidate) => severities.includes(candidate.labels!.burn_rate!))
        .map((candidate) => ({ exp_labels: candidate.labels, exp_annotations: candidate.annotations }));
    const tests = {
      rule_files: ['rules.yaml'],
      evaluation_interval: '1m',
      tests: [
        // 2% of requests fail: 20x the 0.1% budget, every window burns.
        { interval: '1m', input_series: series(2), alert_rule_test: [{ eval_time: '70m', alertname: 'SloErrorBudgetBurn', exp_alerts: expected(['14.4', '6', '1']) }] },
        // 0.8%: over 6x (0.6%) but under 14.4x (1.44%): the slow page and the ticket, not the fast page.
        { interval: '1m', input_series: series(0.8), alert_rule_test: [{ eval_time: '70m', alertname: 'SloErrorBudgetBurn', exp_alerts: expected(['6', '1']) }] },
        // 0.05%: within budget.
        { interval: '1m', input_series: series(0.05), alert_rule_test: [{ eval_time: '70m', alertname: 'SloErrorBudgetBurn', exp_alerts: [] }] },
      ],
    };
    writeFileSync(join(dir, 'tests.yaml'), stringify(tests));
    const result = promtool(['test', 'rules', 'tests.yaml'], dir);
    expect(result.stdout + result.stderr).toContain('SUCCESS');
    expect(result.status).toBe(0);
  });
});

describe('parseSloFile', () => {
  it('names every problem by its path', () => {
    expect(() => parseSloFile('deployment: x\nslos:\n  - name: Bad Name\n    description: d\n    objective: 2\n    events: { errors: "a", total: "b" }\n')).toThrow(/slos\.0\.name[\s\S]*slos\.0\.objective/);
  });
});
