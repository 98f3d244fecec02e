import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { shadowPrefix } from '@sluice/config';
import { ensureTopics, planTopics } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { repoRoot } from '@sluice/local-stack';
import { deleteShadow, listShadows, registerShadow, seedBaseline, SHADOW_SERVICES, shadowLanes, type ShadowConfig, type ShadowSummary } from '@sluice/shadow';
import { prefixGuardedKafka } from '@sluice/stream';
import { emit } from '../output';
import { databasePool, platformClients } from '../platform-clients';
import type { ProcessSupervisor } from '../supervisor/process-supervisor';
import { discoverServices } from '../supervisor/service-discovery';
import { superviseServices } from './up-command';

/** `3d 4h`, `12m`, `40s`: how long ago, for people. */
export function formatAge(ms: number | null): string {
  if (ms === null) return '?';
  const s = Math.floor(ms / 1000);
  const [d, h, m] = [Math.floor(s / 86_400), Math.floor((s % 86_400) / 3_600), Math.floor((s % 3_600) / 60)];
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${m}m`;
  return m > 0 ? `${m}m` : `${s}s`;
}

export function describeShadows(shadows: readonly ShadowSummary[]): string {
  if (shadows.length === 0) return 'no shadows';
  const head = ['name', 'lanes', 'age', 'topics', 'records', 'groups', 'audit entries', 'replays'];
  const rows = shadows.map((s) => [s.name, s.lanes.join('+') || '-', formatAge(s.ageMs), String(s.topics), String(s.records), String(s.consumerGroups), String(s.auditEntries), String(s.replays)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  return [head, ...rows].map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

/**
 * The services of `--services a,b` (default: every pipeline service, SHADOW_SERVICES); each must be
 * one a shadow may run. A rule change needs only `validator,auditor` over a replay of
 * documents.enriched.v1 (SERVICES_FROM names the services from each entry topic on).
 */
export function shadowServices(option: string | undefined): string[] {
  if (option === undefined) return [...SHADOW_SERVICES];
  const names = option.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(SHADOW_SERVICES as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new SluiceError('CONFIG', `--services ${JSON.stringify(option)}: expected some of ${SHADOW_SERVICES.join(', ')}${unknown.length > 0 ? ` (not ${unknown.join(', ')})` : ''}`);
  }
  return [...new Set(names)];
}

interface UpOptions {
  profile: string;
  services?: string;
  rules?: string;
  prompts?: string;
  baseline?: boolean;
}

async function shadowUp(name: string, options: UpOptions): Promise<void> {
  const config: ShadowConfig = {
    profile: options.profile,
    ...(options.rules === undefined ? {} : { rulesDir: resolve(options.rules) }),
    ...(options.prompts === undefined ? {} : { promptsDir: resolve(options.prompts) }),
  };
  const lanes = shadowLanes(name, config, Boolean(options.baseline), process.env);
  const wanted = shadowServices(options.services);
  const services = discoverServices(join(repoRoot, 'services')).filter((service) => wanted.includes(service.name));
  if (services.length !== wanted.length) throw new SluiceError('CONFIG', `expected the services ${wanted.join(', ')} under services/`);

  const { kafka } = platformClients('sluice-shadow');
  const guarded = prefixGuardedKafka(kafka, shadowPrefix(name));
  const admin = guarded.admin();
  const pool = databasePool();
  await admin.connect();
  try {
    await registerShadow(pool, name, { baseline: Boolean(options.baseline), config });
    for (const lane of lanes) await ensureTopics(admin, planTopics(lane.prefix));
    if (options.baseline) {
      const seeded = await seedBaseline(guarded, admin, name, `${shadowPrefix(name)}seed-${randomBytes(4).toString('hex')}`);
      if (seeded.copied > 0) process.stdout.write(`baseline lane: copied ${seeded.copied} replayed record(s) it did not have yet\n`);
    }
  } finally {
    await admin.disconnect();
    await pool.end();
  }

  const supervisors: ProcessSupervisor[] = lanes.map((lane) =>
    superviseServices(services, { env: lane.env, write: (text) => process.stdout.write(`[${lane.label}] ${text}`) }),
  );
  process.stdout.write(
    `shadow ${name} running: ${lanes.map((lane) => `${lane.label} under ${lane.prefix}`).join(', ')}; replay into it with \`sluice replay --shadow ${name} ...\`, compare with \`sluice compare --shadow ${name}\`; Ctrl-C stops it\n`,
  );
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  process.stdout.write('stopping the shadow...\n');
  await Promise.all(supervisors.map((supervisor) => supervisor.stop()));
}

export function shadowCommand(): Command {
  const shadow = new Command('shadow').description('shadow pipelines: the pipeline under shadow.<name>. with another profile, rules or prompts');

  shadow
    .command('up')
    .description('run the pipeline services as shadow <name> (own topics, groups, audit namespace; no review requests, no connector writes) until Ctrl-C')
    .argument('<name>', 'shadow name: lower-case letters, digits, dashes')
    .requiredOption('--profile <profile>', 'MODEL_PROFILE of the candidate (config/model-profiles/<profile>.json)')
    .option('--rules <dir>', 'RULES_DIR of the candidate (default.json + <tenant>.json)')
    .option('--prompts <dir>', 'PROMPTS_DIR of the candidate (extract-fields.md, classify-document.md)')
    .option('--services <list>', `services to run, comma-separated (default all: ${SHADOW_SERVICES.join(',')}); e.g. validator,auditor for a rule change replayed from documents.enriched.v1`)
    .option('--baseline', "also run production's configuration as lane shadow.<name>.baseline. over the same records: the noise `sluice compare` subtracts")
    .action(async (name: string, options: UpOptions) => {
      shadowPrefix(name); // a bad name or service list fails here, before anything starts
      shadowServices(options.services);
      await shadowUp(name, options);
    });

  shadow
    .command('list')
    .description('every shadow with its lanes, age and size (topics, records, consumer groups, audit entries, replays)')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      const { kafka, env } = platformClients('sluice-shadow');
      const admin = kafka.admin();
      const pool = databasePool();
      await admin.connect();
      try {
        const shadows = await listShadows({ admin, pool, registryUrl: env.SCHEMA_REGISTRY_URL });
        emit(Boolean(options.json), shadows, () => describeShadows(shadows));
      } finally {
        await admin.disconnect();
        await pool.end();
      }
    });

  shadow
    .command('delete')
    .description("remove a shadow: its topics, consumer groups, registry subjects, audit namespace and pipeline state (stop it first)")
    .argument('<name>')
    .option('--json', 'print what was removed as JSON')
    .action(async (name: string, options: { json?: boolean }) => {
      const { kafka, env } = platformClients('sluice-shadow');
      const admin = kafka.admin();
      const pool = databasePool();
      await admin.connect();
      try {
        const deleted = await deleteShadow({ admin, pool, registryUrl: env.SCHEMA_REGISTRY_URL }, name);
        emit(Boolean(options.json), deleted, () =>
          deleted.topics.length + deleted.consumerGroups.length + deleted.subjects.length + deleted.auditEntries + Number(deleted.registryRow) === 0
            ? `no shadow ${name}: nothing to delete`
            : `deleted shadow ${name}: ${deleted.topics.length} topic(s), ${deleted.consumerGroups.length} consumer group(s), ${deleted.subjects.length} subject(s), ${deleted.auditEntries} audit entries, ${deleted.pipelineStateRows} pipeline state row(s)`,
        );
      } finally {
        await admin.disconnect();
        await pool.end();
      }
    });

  return shadow;
}
