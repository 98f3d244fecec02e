import { join } from 'node:path';
import { Command } from 'commander';
import { ensureTopics, planTopics } from '@sluice/contracts';
import { repoRoot } from '@sluice/local-stack';
import { platformClients } from '../platform-clients';
import { formatLogLine } from '../supervisor/log-line-format';
import { ProcessSupervisor } from '../supervisor/process-supervisor';
import { discoverServices, type ServiceEntry } from '../supervisor/service-discovery';
import { SluiceError } from '@sluice/errors';

export interface SuperviseOptions {
  /** Where prefixed log lines go (default: stdout). */
  write?: (text: string) => void;
  /**
   * Environment of the services. Each listens on its schema's own default port (its package.json's
   * `sluice.httpPort`); HTTP_PORT, when set, overrides every one (0: any free port).
   */
  env?: NodeJS.ProcessEnv;
}

export function superviseServices(services: readonly ServiceEntry[], options: SuperviseOptions = {}): ProcessSupervisor {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const env = options.env ?? process.env;
  const width = Math.max(...services.map((service) => service.name.length));
  const supervisor = new ProcessSupervisor(
    services.map((service) => ({
      name: service.name,
      command: process.execPath,
      args: ['--import', 'tsx', service.main],
      cwd: repoRoot,
      env,
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
      if (services.length === 0) throw new SluiceError('CONFIG', 'no services to run (services/<name>/src/main.ts with a "sluice" block in package.json)');
      // Topics (and dead-letter topics) of the catalogue first: a consumer cannot join a topic that does not exist.
      const { kafka, env } = platformClients('sluice-up');
      const admin = kafka.admin();
      await admin.connect();
      await ensureTopics(admin, planTopics(env.SLUICE_TOPIC_PREFIX)).finally(() => admin.disconnect());
      const supervisor = superviseServices(services);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      process.stdout.write('stopping services...\n');
      await supervisor.stop();
    });
}
