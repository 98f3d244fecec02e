import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import { costReport } from '@sluice/audit';
import { blobStoreEnvSchema, openBlobStore, type BlobStore } from '@sluice/blob-store';
import { loadConfig } from '@sluice/config';
import { ensureTopics, planTopics } from '@sluice/contracts';
import { LocalStack, repoRoot, stackPaths } from '@sluice/local-stack';
import { ensureDemoApiKey } from '../demo/demo-api-key';
import { ensureDemoReviewer } from '../demo/demo-reviewer';
import { OutcomeTally } from '../demo/outcome-tally';
import { publishDocuments } from '../demo/publish-documents';
import { watchResults } from '../demo/result-watcher';
import { databasePool, platformClients } from '../platform-clients';
import { discoverServices } from '../supervisor/service-discovery';
import { readDocuments, type ParsedDocument } from './document-input';
import { describeLoad, loadReferences } from './reference-command';
import { superviseServices } from './up-command';
import { SluiceError } from '@sluice/errors';

const say = (text: string) => process.stdout.write(`${text}\n`);

/** Publishes the sample set once per content: a marker remembers what this stack already has. */
function alreadyPublished(markerFile: string, digest: string): boolean {
  return existsSync(markerFile) && readFileSync(markerFile, 'utf8').trim() === digest;
}

async function withPool<T>(work: (pool: ReturnType<typeof databasePool>) => Promise<T>): Promise<T> {
  const pool = databasePool();
  try {
    return await work(pool);
  } finally {
    await pool.end();
  }
}

export function demoCommand(): Command {
  return new Command('demo')
    .description('npm start: stack up, reference data, every service, the sample documents once, live progress, a summary')
    .option('--documents <path>', 'documents to publish', join(repoRoot, 'samples', 'documents', 'documents.jsonl'))
    .option('--files <dir>', 'documents as platforms send them (.eml, .pdf, .html, .txt), published besides', join(repoRoot, 'samples'))
    .option('--reference <dir>', 'reference entities to load', join(repoRoot, 'samples', 'reference'))
    .option('--tenant <tenant>', 'tenant of the reference entities', 'demo')
    .option('--timeout-s <seconds>', 'give up waiting for results after this long', (v) => Number.parseInt(v, 10), 900)
    .action(async (options: { documents: string; files: string; reference: string; tenant: string; timeoutS: number }) => {
      say('[1/5] stack');
      const status = await new LocalStack().up((message) => say(`      ${message}`));
      if (!status.healthy) throw new SluiceError('UNAVAILABLE', 'the stack is not healthy: npx sluice stack status');

      say('[2/5] reference data');
      say(`      ${describeLoad(await loadReferences(options.reference, options.tenant))}`);

      const { kafka, serde, env } = platformClients('sluice-demo');
      const admin = kafka.admin();
      await admin.connect();
      await ensureTopics(admin, planTopics(env.SLUICE_TOPIC_PREFIX)).finally(() => admin.disconnect());

      const services = discoverServices(join(repoRoot, 'services'));
      const paths = stackPaths();
      mkdirSync(paths.logs, { recursive: true });
      const logFile = join(paths.logs, 'services.log');
      const log = createWriteStream(logFile, { flags: 'a' });
      say(`[3/5] services: ${services.map((s) => s.name).join(', ')} (logs: ${logFile})`);
      const supervisor = superviseServices(services, { write: (text) => log.write(text) });
      const gateway = services.find((service) => service.name === 'gateway');
      if (gateway) {
        const keyPool = databasePool();
        const { key } = await ensureDemoApiKey(keyPool, join(paths.run, 'demo-api-key'), options.tenant).finally(() => keyPool.end());
        say(`      gateway: http://127.0.0.1:${gateway.httpPort} (OpenAPI: /openapi.json)`);
        say(`      demo API key (tenant ${options.tenant}, publish+read; kept in ${join(paths.run, 'demo-api-key')}): ${key}`);
      }
      const review = services.find((service) => service.name === 'review');
      const reviewer = review ? await withPool((pool) => ensureDemoReviewer(pool, options.tenant)) : undefined;
      const consoleLine = review && reviewer ? `review console: http://127.0.0.1:${review.httpPort}/ (sign in as ${reviewer.username} / ${reviewer.password}; tenant ${options.tenant})` : undefined;
      if (consoleLine) say(`      ${consoleLine}`);

      const results = await readDocuments(options.documents);
      // The raw files (samples): a PDF invoice, an e-mail with an attached PDF, HTML, text.
      const blobConfig = loadConfig(blobStoreEnvSchema, process.env);
      let blobs: BlobStore | undefined;
      const files = existsSync(options.files)
        ? await readDocuments(options.files, {
            tenant: options.tenant,
            inlineMaxBytes: blobConfig.BLOB_INLINE_MAX_BYTES,
            blobs: () => (blobs ??= openBlobStore(blobConfig, () => databasePool(env))),
          }).finally(() => blobs?.close())
        : [];
      const documents = [...results, ...files].filter((r): r is ParsedDocument => 'document' in r).map((r) => r.document);
      const digest = createHash('sha256')
        .update(readFileSync(options.documents))
        .update(JSON.stringify(documents.map((d) => d.id)))
        .update(env.SLUICE_TOPIC_PREFIX)
        .digest('hex');
      const marker = join(paths.run, 'demo-published');
      if (alreadyPublished(marker, digest)) {
        say(`[4/5] ${documents.length} sample documents already published to this stack`);
      } else {
        // One document through every stage first: the services' first batch (lazy model and
        // lexicon loading, JIT, first transactions) is start-up, not throughput, and would
        // otherwise be timed as the pipeline's.
        // Its own invoice number, vendor and text: never a duplicate of a sample, nor they of it.
        const stamp = Date.now().toString(36);
        const warmUp = {
          ...documents[0]!,
          id: `warm-up-${stamp}`,
          kind: 'invoice',
          text: `Warm-up Test Supplies Ltd\nInvoice No: WU-${stamp}\nDate: 2026-01-02\nTotal: 1.00 EUR`,
        };
        const warmTally = new OutcomeTally(new Set([warmUp.id]));
        const stopWarmWatch = await watchResults(kafka, serde, warmTally);
        const warmStarted = Date.now();
        await publishDocuments(kafka, serde, [warmUp]);
        while (!warmTally.done && Date.now() - warmStarted < options.timeoutS * 1000) await new Promise((resolve) => setTimeout(resolve, 200));
        await stopWarmWatch();
        say(`[4/5] warm-up: one document through every stage in ${((Date.now() - warmStarted) / 1000).toFixed(1)} s (start-up, not counted below)`);
        await publishDocuments(kafka, serde, documents);
        mkdirSync(paths.run, { recursive: true });
        writeFileSync(marker, `${digest}\n`);
        say(`[4/5] published ${documents.length} sample documents`);
      }

      say('[5/5] results');
      const tally = new OutcomeTally(new Set(documents.map((d) => d.id)));
      const stopWatching = await watchResults(kafka, serde, tally);
      const bar = new SingleBar(
        { format: '      [{bar}] {value}/{total} | accepted {accepted} rejected {rejected} review {review}' },
        Presets.shades_classic,
      );
      bar.start(documents.length, 0, { accepted: 0, rejected: 0, review: 0 });
      const deadline = Date.now() + options.timeoutS * 1000;
      while (!tally.done && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const s = tally.summary();
        bar.update(s.done, { accepted: s.accepted, rejected: s.rejected, review: s.review });
      }
      bar.stop();

      const summary = tally.summary();
      const pool = databasePool();
      // The auditor writes into the audit namespace of the topic prefix.
      const [cost] = await costReport(pool, 'tenant', { tenant: documents[0]?.tenant ?? options.tenant, namespace: env.SLUICE_TOPIC_PREFIX }).finally(() => pool.end());
      say('');
      say(`summary: ${summary.done}/${summary.expected} documents with a result${tally.done ? '' : ' (timed out waiting for the rest)'}`);
      say(`  accepted ${summary.accepted}, rejected ${summary.rejected}, waiting for review ${summary.review}`);
      say(`  throughput ${summary.throughputPerSecond.toFixed(1)} documents/s; ingest → result p50 ${summary.p50LatencyMs ?? '-'} ms, p99 ${summary.p99LatencyMs ?? '-'} ms`);
      say(`  model calls ${cost?.modelCalls ?? 0}, cost $${(cost?.costUsd ?? 0).toFixed(4)} (audit log)`);
      say('');
      say('Running. Try: npx sluice tail documents.processed.v1 --from-beginning --max 3 | npx sluice lag | npx sluice audit verify');
      if (gateway) {
        say(`Publish over HTTP: curl -s -X POST localhost:${gateway.httpPort}/v1/documents -H "Authorization: Bearer $(cat ${join(paths.run, 'demo-api-key')})" -H 'Content-Type: application/json' -d '{"id":"hello-1","tenant":"${options.tenant}","kind":"invoice","source":{"platform":"curl"},"text":"Invoice 1 total 10.00 EUR"}'`);
        say(`Its state:         curl -s localhost:${gateway.httpPort}/v1/documents/hello-1 -H "Authorization: Bearer $(cat ${join(paths.run, 'demo-api-key')})"`);
      }
      if (consoleLine) say(`Review the documents waiting for a person in the ${consoleLine}`);
      say('Ctrl-C stops the services (the stack keeps running: npx sluice stack down).');
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      say('stopping services...');
      await stopWatching();
      await supervisor.stop();
      log.end();
    });
}
