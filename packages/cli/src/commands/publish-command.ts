import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import { INGEST_TOPIC, publishDocuments } from '../demo/publish-documents';
import { emit } from '../output';
import { platformClients } from '../platform-clients';
import { readDocuments, type InvalidDocument, type ParsedDocument } from './document-input';

export function publishCommand(): Command {
  return new Command('publish')
    .description(`publish JSON / JSONL documents (a file or a folder) to ${INGEST_TOPIC}, keyed by document id`)
    .argument('<path>', 'a .json, .jsonl or .ndjson file, or a folder of them')
    .option('--json', 'print the summary as JSON')
    .action(async (path: string, options: { json?: boolean }) => {
      const results = await readDocuments(path);
      const valid = results.filter((r): r is ParsedDocument => 'document' in r);
      const invalid = results.filter((r): r is InvalidDocument => 'reason' in r);
      for (const bad of invalid) process.stderr.write(`skipped ${bad.origin}: ${bad.reason}\n`);

      const { kafka, serde } = platformClients('sluice-publish');
      const bar = options.json ? undefined : new SingleBar({ format: ' publishing [{bar}] {value}/{total} documents' }, Presets.shades_classic);
      bar?.start(valid.length, 0);
      const started = Date.now();
      const { topic, published } = await publishDocuments(
        kafka,
        serde,
        valid.map((entry) => entry.document),
        (count) => bar?.update(count),
      ).finally(() => bar?.stop());
      const summary = { topic, published, invalid: invalid.length, tookMs: Date.now() - started };
      emit(Boolean(options.json), summary, () =>
        `published ${published} document(s) to ${topic}${invalid.length ? `, skipped ${invalid.length} invalid` : ''}`,
      );
      if (invalid.length > 0) process.exitCode = 1;
    });
}
