import { Command } from 'commander';
import { LocalStack, type DatabaseInventory, type PruneOutcome, type SetAsideDatabase, type StackStatus } from '@sluice/local-stack';
import { countOption, durationOption } from '../duration-option';
import { emit } from '../output';

function describe(status: StackStatus): string {
  const rows = status.components.map((component) => {
    const state = component.healthy ? 'healthy' : 'DOWN';
    const version = component.version ? ` ${component.version}` : '';
    const detail = component.detail ? ` (${component.detail})` : '';
    return `  ${component.name.padEnd(16)}${state.padEnd(9)}${component.mode.padEnd(9)}${component.endpoint}${version}${detail}`;
  });
  return [`stack ${status.healthy ? 'healthy' : 'NOT healthy'}`, ...rows].join('\n');
}

const stamp = (date: Date) => `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
const megabytes = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;

function roleText(db: SetAsideDatabase): string {
  const whose = {
    restorable: "this clone's cluster: the next stack up brings it back",
    'this-cluster': "this clone's cluster",
    'other-cluster': "another cluster's",
    unrecorded: db.unreadable ? `record unreadable: ${db.unreadable}` : 'no cluster record',
  }[db.role];
  return db.sessions > 0 ? `${whose}; ${db.sessions} session(s) connected` : whose;
}

function describeDatabases(found: DatabaseInventory): string {
  const { live, setAside } = found;
  const mine = live.clusterId === found.thisClusterId ? "this clone's" : "not this clone's";
  const owner = live.clusterId === null ? 'no Kafka cluster recorded' : `Kafka cluster ${live.clusterId} (${mine})`;
  const head = live.exists ? `live database ${live.name}: ${live.size}, ${owner}` : `live database ${live.name}: does not exist`;
  if (setAside.length === 0) return `${head}\nno databases set aside from ${live.name}`;
  return [
    head,
    `set aside from ${live.name}: ${setAside.length}, ${megabytes(found.totalBytes)} in all, newest first`,
    ...setAside.map(
      (db) => `  ${db.name.padEnd(24)} ${stamp(db.setAsideAt)}  ${db.size.padStart(7)}  ${(db.clusterId ?? '-').padEnd(22)}  ${roleText(db)}`,
    ),
    'drop the ones not needed: npx sluice stack prune [names...] [--older-than 7d] [--keep N] [--dry-run]',
  ].join('\n');
}

function describePrune(outcome: PruneOutcome): string {
  const verb = outcome.dryRun ? 'would drop' : 'dropped';
  return [
    outcome.dropped.length === 0 ? `${verb} nothing` : `${verb} ${outcome.dropped.length} database(s), ${megabytes(outcome.freedBytes)}:`,
    ...outcome.dropped.map((db) => `  ${db.name.padEnd(24)} ${db.size.padStart(7)}  ${db.clusterId ?? '-'}`),
    ...(outcome.kept.length > 0 ? ['kept:', ...outcome.kept.map((db) => `  ${db.name.padEnd(24)} ${db.reason}`)] : []),
  ].join('\n');
}

export function stackCommand(): Command {
  const stack = new Command('stack').description(
    'the local stack: Kafka (KRaft), Apicurio schema registry, PostgreSQL + pgvector',
  );

  stack
    .command('up')
    .description('start what is not running (idempotent); variables that are set name external services')
    .option('--json', 'print the status as JSON')
    .action(async (options: { json?: boolean }) => {
      const started = Date.now();
      const log = options.json ? () => {} : (message: string) => process.stderr.write(`  ${message}\n`);
      const status = await new LocalStack().up(log);
      emit(Boolean(options.json), { ...status, tookMs: Date.now() - started }, () =>
        `${describe(status)}\n  (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
      if (!status.healthy) process.exitCode = 1;
    });

  stack
    .command('down')
    .description('stop what `stack up` started (pid files); external services are left alone')
    .option('--json', 'print what was stopped as JSON')
    .action(async (options: { json?: boolean }) => {
      const stopped = await new LocalStack().down();
      emit(Boolean(options.json), { stopped }, () =>
        stopped.length ? `stopped ${stopped.join(', ')}` : 'nothing to stop',
      );
    });

  stack
    .command('status')
    .description('health and version of each component')
    .option('--json', 'print the status as JSON')
    .action(async (options: { json?: boolean }) => {
      const status = await new LocalStack().status();
      emit(Boolean(options.json), status, () => describe(status));
      if (!status.healthy) process.exitCode = 1;
    });

  stack
    .command('databases')
    .description("databases stack up set aside (<name>_<UTC stamp>): Kafka cluster, when, size, whether this clone's")
    .option('--json', 'print them as JSON')
    .action(async (options: { json?: boolean }) => {
      const found = await new LocalStack().setAsideDatabases();
      emit(Boolean(options.json), found, () => describeDatabases(found));
    });

  stack
    .command('prune')
    .description(
      "drop set-aside databases: only <name>_<UTC stamp> ones with a cluster record, never the live one, this clone's " +
        "cluster's only when named; refused while sessions are connected",
    )
    .argument('[names...]', "only these set-aside databases (naming one of this clone's cluster lets it go)")
    .option('--older-than <duration>', 'only those set aside longer ago than this (30m, 12h, 7d, 2w)', durationOption('--older-than'))
    .option('--keep <n>', 'keep the newest n set-aside databases', countOption('--keep'))
    .option('--dry-run', 'say what would be dropped, drop nothing')
    .option('--json', 'print what was dropped and kept as JSON')
    .action(async (names: string[], options: { olderThan?: number; keep?: number; dryRun?: boolean; json?: boolean }) => {
      const outcome = await new LocalStack().pruneSetAsideDatabases({
        names: names.length > 0 ? names : undefined,
        olderThanMs: options.olderThan,
        keep: options.keep,
        dryRun: options.dryRun,
      });
      emit(Boolean(options.json), outcome, () => describePrune(outcome));
    });

  return stack;
}
