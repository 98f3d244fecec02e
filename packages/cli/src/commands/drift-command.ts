import { Command } from 'commander';
import { replayDrift, type DriftRow } from '@sluice/drift';
import { emit } from '../output';
import { platformClients } from '../platform-clients';
import { SluiceError } from '@sluice/errors';

const HOUR_MS = 3_600_000;

function isoTime(value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new SluiceError('USAGE', `not an ISO date: ${value}`);
  return ms;
}

function table(rows: readonly DriftRow[]): string {
  if (rows.length === 0) return 'no result records yet';
  return rows
    .map((r) => `${r.status.padEnd(17)} ${r.tenant.padEnd(18)} ${r.kind.padEnd(8)} ${r.field.padEnd(24)} ${r.method.padEnd(16)} ${r.value === null ? '-'.padStart(8) : r.value.toFixed(4).padStart(8)}  (ref ${r.referenceCount}, now ${r.currentCount})`)
    .join('\n');
}

/** `sluice drift report`: the drift probes over a replay of the result topics. */
export function driftCommand(): Command {
  const drift = new Command('drift').description('drift of model outputs and health ratios against a frozen reference window');
  drift
    .command('report')
    .description('replay the result topics and compare the trailing window with the reference, per tenant, kind, field and method')
    .option('--reference-from <iso>', 'start of the reference window (default: each probe\'s first record)')
    .option('--reference-to <iso>', 'end of the reference window (with --reference-from)')
    .option('--reference-h <hours>', 'reference length from each probe\'s first record', Number, 24)
    .option('--window-h <hours>', 'length of the current (trailing) window', Number, 1)
    .option('--min-samples <n>', 'fewer observations on either side report no value', Number, 50)
    .option('--alerts-only', 'only rows at warn or alert')
    .option('--json', 'print as JSON')
    .action(async (options: { referenceFrom?: string; referenceTo?: string; referenceH: number; windowH: number; minSamples: number; alertsOnly?: boolean; json?: boolean }) => {
      if (Boolean(options.referenceFrom) !== Boolean(options.referenceTo)) throw new SluiceError('USAGE', '--reference-from and --reference-to go together');
      const reference =
        options.referenceFrom && options.referenceTo
          ? { from: isoTime(options.referenceFrom), to: isoTime(options.referenceTo) }
          : { referenceMs: options.referenceH * HOUR_MS };
      const { kafka, serde } = platformClients('sluice-drift');
      const result = await replayDrift(kafka, serde, { windowMs: options.windowH * HOUR_MS, reference, minSamples: options.minSamples });
      const rows = options.alertsOnly ? result.rows.filter((row) => row.status === 'warn' || row.status === 'alert') : result.rows;
      emit(Boolean(options.json), { records: result.records, probes: result.probes, rows }, () => `${result.records} records, ${result.probes} probes\n${table(rows)}`);
      if (rows.some((row) => row.status === 'alert')) process.exitCode = 2;
    });
  return drift;
}
