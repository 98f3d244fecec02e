import { Command } from 'commander';
import { LocalStack, type StackStatus } from '@sluice/local-stack';
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

  return stack;
}
