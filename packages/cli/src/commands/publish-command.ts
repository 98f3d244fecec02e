import { randomBytes } from 'node:crypto';
import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import { ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { INGESTED_AT_HEADER, TRACEPARENT_HEADER } from '@sluice/stream';
import { emit } from '../output';
import { platformClients } from '../platform-clients';
import { readDocuments, type InvalidDocument, type ParsedDocument } from './document-input';

const INGEST = 'documents.ingested.v1';
const CHUNK = 500;

export function publishCommand(): Command {
  return new Command('publish')
    .description(`publish JSON / JSONL documents (a file or a folder) to ${INGEST}, keyed by document id`)
    .argument('<path>', 'a .json, .jsonl or .ndjson file, or a folder of them')
    .option('--json', 'print the summary as JSON')
    .action(async (path: string, options: { json?: boolean }) => {
      const results = await readDocuments(path);
      const valid = results.filter((r): r is ParsedDocument => 'document' in r);
      const invalid = results.filter((r): r is InvalidDocument => 'reason' in r);
      for (const bad of invalid) process.stderr.write(`skipped ${bad.origin}: ${bad.reason}\n`);

      const { kafka, serde, env } = platformClients('sluice-publish');
      const admin = kafka.admin();
      await admin.connect();
      await ensureTopics(admin, planTopics(env.SLUICE_TOPIC_PREFIX, [INGEST])).finally(() => admin.disconnect());
      await serde.prepare([INGEST]);

      const topic = physicalTopic(INGEST, env.SLUICE_TOPIC_PREFIX);
      const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
      await producer.connect();
      const bar = options.json ? undefined : new SingleBar({ format: ' publishing [{bar}] {value}/{total} documents' }, Presets.shades_classic);
      bar?.start(valid.length, 0);
      const started = Date.now();
      try {
        for (let i = 0; i < valid.length; i += CHUNK) {
          const chunk = valid.slice(i, i + CHUNK);
          const messages = await Promise.all(
            chunk.map(async ({ document }) => ({
              key: document.id,
              value: await serde.encode(INGEST, document),
              // Trace and end-to-end latency start here; the runtime carries both headers through every stage.
              headers: {
                [INGESTED_AT_HEADER]: String(Date.now()),
                [TRACEPARENT_HEADER]: `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`,
              },
            })),
          );
          await producer.send({ topic, acks: -1, messages });
          bar?.update(i + chunk.length);
        }
      } finally {
        bar?.stop();
        await producer.disconnect();
      }
      const summary = { topic, published: valid.length, invalid: invalid.length, tookMs: Date.now() - started };
      emit(Boolean(options.json), summary, () =>
        `published ${summary.published} document(s) to ${topic}${invalid.length ? `, skipped ${invalid.length} invalid` : ''}`,
      );
      if (invalid.length > 0) process.exitCode = 1;
    });
}
