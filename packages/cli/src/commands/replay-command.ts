import { randomBytes } from 'node:crypto';
import { Presets, SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { baselinePrefix, shadowPrefix } from '@sluice/config';
import { SluiceError } from '@sluice/errors';
import { getShadow, parseReplaySelection, recordReplay, replayTopic, type ReplayResult } from '@sluice/shadow';
import { prefixGuardedKafka } from '@sluice/stream';
import { emit } from '../output';
import { databasePool, platformClients } from '../platform-clients';

/** `100`, `100/s` → 100 records per second. */
export function parseRate(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(\/s)?\s*$/.exec(text);
  if (!match || Number(match[1]) <= 0) throw new SluiceError('CONFIG', `--rate ${JSON.stringify(text)}: expected records per second, e.g. 200 or 200/s`);
  return Number(match[1]);
}

export function describeReplay(result: ReplayResult, name: string): string {
  const left = [result.outsideTime ? `${result.outsideTime} outside the time range` : '', result.filteredOut ? `${result.filteredOut} of other tenants than ${result.tenant ?? '?'}` : '']
    .filter(Boolean)
    .join(', ');
  const partitions = Object.entries(result.byPartition)
    .map(([partition, count]) => `p${partition}:${count}`)
    .join(' ');
  return [
    `replayed ${result.copied} record(s) of ${result.source} into shadow ${name} (${result.targets.join(', ')})`,
    `  scanned ${result.scanned}${left ? `, left out ${left}` : ''}; ${partitions || 'nothing copied'}`,
    `  ${(result.tookMs / 1000).toFixed(1)} s, ${result.recordsPerSecond.toFixed(0)} records/s` +
      (result.firstTimestamp === null ? '' : `; record times ${new Date(result.firstTimestamp).toISOString()} … ${new Date(result.lastTimestamp!).toISOString()}`),
  ].join('\n');
}

export function replayCommand(): Command {
  return new Command('replay')
    .description('copy recorded records of a production topic into a shadow (keys, headers, timestamps and partitions kept)')
    .requiredOption('--topic <topic>', 'pipeline topic, e.g. documents.ingested.v1 (read under SLUICE_TOPIC_PREFIX, production)')
    .requiredOption('--from <time|offsets>', 'start, included: now, -2h, 2025-03-01, 2025-03-01T10:00:00Z, @<epoch ms>; or offsets 1200 / 0:1200,3:980')
    .requiredOption('--to <time|offsets>', 'end, excluded; the same form as --from')
    .requiredOption('--shadow <name>', 'the shadow to copy into (topics shadow.<name>.*; also its baseline lane if it has one)')
    .option('--tenant <tenant>', "only this tenant's records")
    .option('--rate <n/s>', 'at most this many records per second')
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      '\nTime ranges select records with from <= timestamp < to (Kafka record timestamps), offsets with from <= offset < to per partition.',
    )
    .action(async (options: { topic: string; from: string; to: string; shadow: string; tenant?: string; rate?: string; json?: boolean }) => {
      const selection = parseReplaySelection(options.from, options.to);
      const rate = options.rate === undefined ? undefined : parseRate(options.rate);
      const prefix = shadowPrefix(options.shadow);
      const { kafka, serde, env } = platformClients('sluice-replay');
      // Everything this process writes (topics, its reading group) stays inside the shadow.
      const guarded = prefixGuardedKafka(kafka, prefix);
      const admin = guarded.admin();
      const pool = databasePool();
      await admin.connect();
      try {
        const shadow = await getShadow(pool, options.shadow);
        const targets = shadow?.baseline ? [prefix, baselinePrefix(options.shadow)] : [prefix];
        const bar = options.json ? undefined : new SingleBar({ format: ' replaying [{bar}] {value}/{total} offsets, {copied} copied' }, Presets.shades_classic);
        let started = false;
        const result = await replayTopic(guarded, admin, {
          topic: options.topic,
          sourcePrefix: env.SLUICE_TOPIC_PREFIX,
          targetPrefixes: targets,
          selection,
          tenant: options.tenant,
          ratePerSecond: rate,
          serde,
          groupId: `${prefix}replay-${randomBytes(4).toString('hex')}`,
          onProgress: (counts, total) => {
            if (!started) bar?.start(total, 0, { copied: 0 });
            started = true;
            bar?.update(counts.scanned, { copied: counts.copied });
          },
        }).finally(() => bar?.stop());
        await recordReplay(pool, options.shadow, {
          at: new Date().toISOString(),
          topic: options.topic,
          source: result.source,
          selection: result.selection,
          tenant: result.tenant,
          copied: result.copied,
          targets: result.targets,
        });
        emit(Boolean(options.json), result, () => describeReplay(result, options.shadow));
      } finally {
        await admin.disconnect();
        await pool.end();
      }
    });
}
