import { Command } from 'commander';
import { physicalTopic, topicCatalogue } from '@sluice/contracts';
import { platformClients } from '../platform-clients';
import { SluiceError } from '@sluice/errors';

export function tailCommand(): Command {
  return new Command('tail')
    .description('print records of a topic as they arrive (decoded Avro; committed records only)')
    .argument('<topic>', `logical topic: ${topicCatalogue.map((t) => t.name).join(', ')}`)
    .option('--json', 'one JSON object per line: {topic, partition, offset, key, value}')
    .option('--max <n>', 'stop after n records', (value) => Number.parseInt(value, 10))
    .option('--from-beginning', 'start at the earliest retained record instead of new ones')
    .action(async (logical: string, options: { json?: boolean; max?: number; fromBeginning?: boolean }) => {
      if (!topicCatalogue.some((t) => t.name === logical)) throw new SluiceError('USAGE', `unknown topic ${logical}`);
      if (options.max !== undefined && !(options.max > 0)) throw new SluiceError('USAGE', '--max must be a positive number');
      const { kafka, serde, env } = platformClients('sluice-tail');
      const topic = physicalTopic(logical, env.SLUICE_TOPIC_PREFIX);
      // A throwaway group: tail never moves a service's offsets.
      const consumer = kafka.consumer({ groupId: `sluice-tail-${process.pid}-${Date.now()}` });
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: Boolean(options.fromBeginning) });
      let seen = 0;
      let finish: () => void = () => {};
      const finished = new Promise<void>((resolve) => (finish = resolve));
      process.once('SIGINT', () => finish());
      await consumer.run({
        eachMessage: async ({ partition, message }) => {
          if (options.max !== undefined && seen >= options.max) return;
          const key = message.key?.toString('utf8') ?? null;
          let value: unknown;
          try {
            value = (await serde.decode(logical, message.value)).value;
          } catch (error) {
            value = { undecodable: (error as Error).message };
          }
          const line = options.json
            ? JSON.stringify({ topic, partition, offset: message.offset, key, value })
            : `${partition}:${message.offset} ${key ?? '-'} ${JSON.stringify(value)}`;
          process.stdout.write(`${line}\n`);
          seen += 1;
          if (options.max !== undefined && seen >= options.max) finish();
        },
      });
      await finished;
      await consumer.disconnect();
    });
}
