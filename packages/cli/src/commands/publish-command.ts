import { extname } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import { blobStoreEnvSchema, openBlobStore, type BlobStore } from '@sluice/blob-store';
import { loadConfig, loadPlatformEnv } from '@sluice/config';
import { INGEST_TOPIC, publishDocuments } from '../demo/publish-documents';
import { emit } from '../output';
import { databasePool, platformClients } from '../platform-clients';
import { readDocuments, type InvalidDocument, type ParsedDocument } from './document-input';

/** Counts per file type (`.eml`, `.pdf`, `.jsonl`...) of what was published. */
function countByType(documents: readonly ParsedDocument[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { origin } of documents) {
    const type = extname(origin.replace(/(:\d+|\[\d+\])$/, '')).toLowerCase() || '(none)';
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}

export function publishCommand(): Command {
  return new Command('publish')
    .description(
      `publish documents to ${INGEST_TOPIC}, keyed by document id: JSON / JSONL files of documents, and .eml, .pdf, .html and .txt files ` +
        'as documents of their own (sent as received; the pipeline parses them; originals over BLOB_INLINE_MAX_BYTES go by reference to the blob store)',
    )
    .argument('<path>', 'a file or a folder of .json, .jsonl, .ndjson, .eml, .pdf, .html, .htm, .txt files')
    .option('--tenant <tenant>', 'tenant of .eml/.pdf/.html/.txt files (JSON documents name their own)')
    .option('--kind <kind>', 'kind of .eml/.pdf/.html/.txt files: invoice, email, ticket or other (default: detected)')
    .option('--json', 'print the summary as JSON')
    .action(async (path: string, options: { tenant?: string; kind?: string; json?: boolean }) => {
      const env = loadPlatformEnv();
      const blobConfig = loadConfig(blobStoreEnvSchema, process.env);
      let blobs: BlobStore | undefined;
      const openBlobs = () => (blobs ??= openBlobStore(blobConfig, () => databasePool(env)));
      let results: (ParsedDocument | InvalidDocument)[];
      try {
        results = await readDocuments(path, { tenant: options.tenant, kind: options.kind, inlineMaxBytes: blobConfig.BLOB_INLINE_MAX_BYTES, blobs: openBlobs });
      } finally {
        await blobs?.close();
      }
      const valid = results.filter((r): r is ParsedDocument => 'document' in r);
      const invalid = results.filter((r): r is InvalidDocument => 'reason' in r);
      for (const bad of invalid) process.stderr.write(`skipped ${bad.origin}: ${bad.reason}\n`);

      const { kafka, serde } = platformClients('sluice-publish', env);
      const bar = options.json ? undefined : new SingleBar({ format: ' publishing [{bar}] {value}/{total} documents' }, Presets.shades_classic);
      bar?.start(valid.length, 0);
      const started = Date.now();
      const { topic, published } = await publishDocuments(
        kafka,
        serde,
        valid.map((entry) => entry.document),
        (count) => bar?.update(count),
      ).finally(() => bar?.stop());
      const byReference = valid.filter((entry) => entry.document.contentRef || entry.document.textRef).length;
      const summary = { topic, published, byType: countByType(valid), byReference, invalid: invalid.length, tookMs: Date.now() - started };
      emit(Boolean(options.json), summary, () => {
        const types = Object.entries(summary.byType)
          .map(([type, count]) => `${count} ${type}`)
          .join(', ');
        return (
          `published ${published} document(s) to ${topic}${types ? ` (${types})` : ''}` +
          `${byReference ? `, ${byReference} by blob reference` : ''}${invalid.length ? `, skipped ${invalid.length} invalid` : ''}`
        );
      });
      if (invalid.length > 0) process.exitCode = 1;
    });
}
