import { join } from 'node:path';
import { Command } from 'commander';
import { repoRoot } from '@sluice/local-stack';
import { formatLogLine } from '../supervisor/log-line-format';
import { ProcessSupervisor } from '../supervisor/process-supervisor';
import { discoverServices, type ServiceEntry } from '../supervisor/service-discovery';

export function superviseServices(
  services: readonly ServiceEntry[],
  write: (text: string) => void = (text) => process.stdout.write(text),
): ProcessSupervisor {
  const width = Math.max(...services.map((service) => service.name.length));
  const supervisor = new ProcessSupervisor(
    services.map((service) => ({
      name: service.name,
      command: process.execPath,
      args: ['--import', 'tsx', service.main],
      cwd: repoRoot,
      env: { ...process.env, HTTP_PORT: process.env.HTTP_PORT ?? String(service.httpPort) },
    })),
    {
      onLine: (name, line) => write(`[${name.padEnd(width)}] ${formatLogLine(line)}\n`),
      onEvent: (name, event, detail) => write(`[${name.padEnd(width)}] -- ${event} (${detail})\n`),
    },
  );
  supervisor.start();
  return supervisor;
}

export function upCommand(): Command {
  return new Command('up')
    .description('run every service under services/ as a supervised child process (restart on crash, Ctrl-C stops all)')
    .option('--only <names>', 'comma-separated subset, e.g. extractor,validator')
    .action(async (options: { only?: string }) => {
      const wanted = options.only?.split(',').map((name) => name.trim());
      const services = discoverServices(join(repoRoot, 'services')).filter((s) => !wanted || wanted.includes(s.name));
      if (services.length === 0) throw new Error('no services to run (services/<name>/src/main.ts with a "sluice" block in package.json)');
      const supervisor = superviseServices(services);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      process.stdout.write('stopping services...\n');
      await supervisor.stop();
    });
}
