import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command } from 'commander';
import { repoRoot } from '@sluice/local-stack';
import { readSloFile, sloRuleGroups, sloRulesYaml } from '@sluice/slo';
import { emit } from '../output';

/** `sluice slo rules`: an SLO file → Prometheus recording and multi-window burn-rate alerting rules. */
export function sloCommand(): Command {
  const slo = new Command('slo').description('service level objectives');
  slo
    .command('rules')
    .description('compile an SLO file into Prometheus recording and burn-rate alert rules (14.4x/1h+5m, 6x/6h+30m, 1x/3d+6h)')
    .option('--file <path>', 'the SLO file', join(repoRoot, 'deploy', 'slo', 'sluice.yaml'))
    .option('--out <path>', 'write the rules file here instead of printing it')
    .option('--json', 'print the rule groups as JSON')
    .action(async (options: { file: string; out?: string; json?: boolean }) => {
      const file = await readSloFile(options.file);
      if (options.out) {
        await writeFile(options.out, sloRulesYaml(file));
        process.stderr.write(`wrote ${sloRuleGroups(file).reduce((sum, group) => sum + group.rules.length, 0)} rules for ${file.slos.length} SLOs to ${options.out}\n`);
        return;
      }
      emit(Boolean(options.json), { groups: sloRuleGroups(file) }, () => sloRulesYaml(file).trimEnd());
    });
  return slo;
}
