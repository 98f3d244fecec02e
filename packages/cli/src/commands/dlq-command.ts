import { Command } from 'commander';
import type { Admin } from 'kafkajs';
import { physicalTopic, topicCatalogue } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { defaultMaxRedrives, readDeadLetters, redriveDeadLetters, type DeadLetterRecord } from '@sluice/stream';
import { emit } from '../output';
import { platformClients } from '../platform-clients';

interface FilterOptions {
  ids?: string;
  since?: string;
  json?: boolean;
}

function filterOf(options: FilterOptions): { ids?: string[]; since?: Date } {
  const since = options.since === undefined ? undefined : new Date(options.since);
  if (since !== undefined && Number.isNaN(since.getTime())) throw new SluiceError('USAGE', `--since ${options.since} is not a date (ISO 8601, e.g. 2026-06-01T00:00:00Z)`);
  const ids = options.ids
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return { ids, since };
}

/** A topic named without the prefix gets it, so `sluice dlq show documents.ingested.v1.extractor.dlq` works in a shadow too. */
async function resolveTopic(admin: Admin, topic: string, prefix: string): Promise<string> {
  if (prefix === '' || topic.startsWith(prefix)) return topic;
  const topics = await admin.listTopics();
  return topics.includes(topic) ? topic : `${prefix}${topic}`;
}

function summary(letter: DeadLetterRecord) {
  return {
    partition: letter.partition,
    offset: letter.offset,
    key: letter.key?.toString('utf8') ?? null,
    code: letter.code ?? null,
    reason: letter.message ?? null,
    service: letter.service ?? null,
    source: letter.sourceTopic === undefined ? null : `${letter.sourceTopic}@${letter.sourceOffset ?? '?'}`,
    deadLetteredAt: letter.deadLetteredAt ?? null,
    redrives: letter.redrives,
    valueBytes: letter.value?.length ?? 0,
  };
}

async function withAdmin<T>(work: (clients: ReturnType<typeof platformClients>, admin: Admin) => Promise<T>): Promise<T> {
  const clients = platformClients('sluice-dlq');
  const admin = clients.kafka.admin();
  await admin.connect();
  try {
    return await work(clients, admin);
  } finally {
    await admin.disconnect();
  }
}

/** `sluice dlq list | show | redrive`: inspect dead letters with their reasons, send fixed ones back. */
export function dlqCommand(): Command {
  const command = new Command('dlq').description('dead-letter topics: list them, show their records with reasons, redrive fixed records to their source topic');

  command
    .command('list')
    .description('dead-letter topics of this topic prefix with their record counts')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withAdmin(async ({ env }, admin) => {
        const prefix = env.SLUICE_TOPIC_PREFIX;
        // `<physical source topic>.<service>.dlq` for the catalogue's topics under this prefix only
        // (other prefixes' topics, shadows and tests, are not this deployment's).
        const sources = topicCatalogue.map((spec) => `${physicalTopic(spec.name, prefix)}.`);
        const topics = (await admin.listTopics()).filter((topic) => topic.endsWith('.dlq') && sources.some((source) => topic.startsWith(source))).sort();
        const rows = await Promise.all(
          topics.map(async (topic) => {
            const offsets = await admin.fetchTopicOffsets(topic);
            // Offsets count transaction markers too: an upper bound of the records, exact with `show`.
            return { topic, offsets: offsets.reduce((sum, p) => sum + Number(BigInt(p.high) - BigInt(p.low)), 0) };
          }),
        );
        emit(Boolean(options.json), rows, () => (rows.length === 0 ? 'no dead-letter topics' : rows.map((row) => `${row.topic}  ${row.offsets} offsets (records + transaction markers)`).join('\n')));
      });
    });

  command
    .command('show')
    .description('dead letters of a topic: key, error code, reason, source, when, redrives')
    .argument('<dlq-topic>', 'e.g. documents.ingested.v1.extractor.dlq')
    .option('--ids <ids>', 'only these document ids (keys), comma-separated')
    .option('--since <time>', 'only dead-lettered at or after this ISO time')
    .option('--json', 'print JSON')
    .action(async (topic: string, options: FilterOptions) => {
      await withAdmin(async ({ env, kafka }, admin) => {
        const letters = await readDeadLetters(kafka, admin, await resolveTopic(admin, topic, env.SLUICE_TOPIC_PREFIX), filterOf(options));
        const rows = letters.map(summary);
        emit(Boolean(options.json), rows, () =>
          rows.length === 0 ? 'no dead letters' : rows.map((row) => `${row.partition}:${row.offset} ${row.key ?? '-'} ${row.code ?? '?'} from ${row.source ?? '?'} at ${row.deadLetteredAt ?? '?'} (redrives ${row.redrives})\n    ${row.reason ?? ''}`).join('\n'),
        );
      });
    });

  command
    .command('redrive')
    .description('send dead letters back to their source topic (original bytes, sluice.redrive.count header; each dead letter once)')
    .argument('<dlq-topic>', 'e.g. documents.ingested.v1.extractor.dlq')
    .option('--ids <ids>', 'only these document ids (keys), comma-separated')
    .option('--since <time>', 'only dead-lettered at or after this ISO time')
    .option('--max-redrives <n>', `refuse records already redriven this often (loop guard, default ${defaultMaxRedrives})`, (value) => Number.parseInt(value, 10))
    .option('--force', 'redrive past the loop guard')
    .option('--dry-run', 'say what would be redriven, send nothing')
    .option('--json', 'print JSON')
    .action(async (topic: string, options: FilterOptions & { maxRedrives?: number; force?: boolean; dryRun?: boolean }) => {
      if (options.maxRedrives !== undefined && !(options.maxRedrives > 0)) throw new SluiceError('USAGE', '--max-redrives must be a positive number');
      await withAdmin(async ({ env, kafka }, admin) => {
        const letters = await readDeadLetters(kafka, admin, await resolveTopic(admin, topic, env.SLUICE_TOPIC_PREFIX), filterOf(options));
        const outcome = await redriveDeadLetters(kafka, admin, letters, { prefix: env.SLUICE_TOPIC_PREFIX, maxRedrives: options.maxRedrives, force: options.force, dryRun: options.dryRun });
        const data = {
          dryRun: Boolean(options.dryRun),
          redriven: outcome.redriven.map(summary),
          alreadyRedriven: outcome.alreadyRedriven.map(summary),
          loopGuarded: outcome.loopGuarded.map(summary),
          unknownSource: outcome.unknownSource.map(summary),
        };
        emit(Boolean(options.json), data, () =>
          [
            `${options.dryRun ? 'would redrive' : 'redriven'}: ${data.redriven.length}`,
            `already redriven before (skipped): ${data.alreadyRedriven.length}`,
            `refused by the loop guard (redriven ${options.maxRedrives ?? defaultMaxRedrives}+ times; --force to send anyway): ${data.loopGuarded.length}`,
            ...(data.unknownSource.length > 0 ? [`no source topic header (skipped): ${data.unknownSource.length}`] : []),
          ].join('\n'),
        );
      });
    });

  return command;
}
