import { Command } from 'commander';
import { physicalTopic, topicCatalogue } from '@sluice/contracts';
import { readConsumerLag, serviceGroupId } from '@sluice/stream';
import { emit } from '../output';
import { platformClients } from '../platform-clients';

interface StageLag {
  service: string;
  topic: string;
  group: string;
  lag: number;
  partitions: { partition: number; lag: number }[];
}

/** Every (topic, consuming service) pair of the catalogue: the pipeline's stages. */
function stages(): { service: string; topic: string }[] {
  return topicCatalogue.flatMap((topic) => topic.consumers.map((service) => ({ service, topic: topic.name })));
}

export function lagCommand(): Command {
  return new Command('lag')
    .description('consumer lag of every pipeline stage (log end minus committed offset, from the admin API)')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      const { kafka, env } = platformClients('sluice-lag');
      const admin = kafka.admin();
      await admin.connect();
      try {
        const existing = new Set(await admin.listTopics());
        const rows: StageLag[] = [];
        for (const { service, topic } of stages()) {
          const physical = physicalTopic(topic, env.SLUICE_TOPIC_PREFIX);
          if (!existing.has(physical)) continue;
          const group = serviceGroupId(service, env.SLUICE_TOPIC_PREFIX);
          const partitions = await readConsumerLag(admin, group, physical);
          rows.push({
            service,
            topic: physical,
            group,
            lag: partitions.reduce((sum, p) => sum + p.lag, 0),
            partitions: partitions.map((p) => ({ partition: p.partition, lag: p.lag })),
          });
        }
        emit(Boolean(options.json), rows, () =>
          rows.length
            ? rows.map((r) => `${r.service.padEnd(18)} ${r.topic.padEnd(36)} lag ${String(r.lag).padStart(8)}`).join('\n')
            : 'no pipeline topics yet',
        );
      } finally {
        await admin.disconnect();
      }
    });
}
