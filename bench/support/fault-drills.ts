import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import pg from 'pg';
import { AuditLog } from '@sluice/audit';
import { AvroSerde, type DocumentIngested } from '@sluice/contracts';
import { KafkaBroker, stackPaths } from '@sluice/local-stack';
import {
  createDefaultLocalExtractionModel,
  startModelSimulator,
  type RunningSimulator,
} from '@sluice/models';
import { generateDocuments } from '@sluice/samples';
import { deadLetterRecords } from './dead-letter-reader';
import { PipelineHarness } from './pipeline-harness';
import { TcpProxy } from './tcp-proxy';

/**
 * Issue 12's fault drills: a document run on the local profile while one dependency fails, then
 * the checks — every document has exactly one final record (processed or waiting for review),
 * no good document was dead-lettered (every document of the run is good), the audit chain
 * verifies — and the counts. The shared stack is never touched: the broker drill runs its own
 * broker on other ports, the PostgreSQL and registry drills put a TCP proxy in front of the
 * shared ones and cut it, the model drill points the services at an in-process simulator.
 */
export const drillNames = ['kill', 'broker', 'postgres', 'model', 'registry'] as const;
export type DrillName = (typeof drillNames)[number];

export const drillDescriptions: Record<DrillName, string> = {
  kill: '(a) SIGKILL a random service instance every few seconds, 10 times',
  broker: '(b) restart the Kafka broker (a private one)',
  postgres: "(c) cut PostgreSQL's connections (a proxy) for the fault time",
  model: '(d) the model simulator answers 500s, 429s with Retry-After and timeouts for the fault time',
  registry: '(e) the schema registry is unreachable (a proxy) for the fault time',
};

export interface DrillOptions {
  documents: number;
  /** How long (c), (d) and (e) last, in ms: 30 s / 60 s in the full drills. */
  faultMs: number;
  /** (a): kills and the pause between them. */
  kills: number;
  killIntervalMs: number;
  /** Shared stack endpoints the drill starts from. */
  kafkaBrokers: string[];
  schemaRegistryUrl: string;
  databaseUrl: string;
  /** Give up waiting for final records after this long. */
  timeoutMs: number;
  /** Seed of the documents and of the simulator's faults. */
  seed?: number;
  log?: (line: string) => void;
}

export interface DrillFigures {
  drill: DrillName;
  documents: number;
  /** Documents with at least one final record. */
  finals: number;
  /** Final records beyond the first per document. */
  duplicates: number;
  /** Documents without a final record when the drill gave up. */
  lost: number;
  /** Dead letters on every dead-letter topic of the run (all documents are good: each is a good record dead-lettered). */
  deadLetters: number;
  /** From the end of the fault to the first final record after it (0: the run had finished before). */
  recoverMs: number;
  faultMs: number;
  /** From publishing to the last final record. */
  runMs: number;
  auditEntries: number;
  auditVerified: boolean;
}

interface Dependencies {
  kafkaBrokers: string[];
  /** What the services use (a proxy's address where the drill cuts it). */
  servicesDatabaseUrl: string;
  servicesRegistryUrl: string;
  env: Record<string, string>;
  fault: (harness: PipelineHarness) => Promise<void>;
  teardown: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function withPort(url: string, port: number): string {
  const parsed = new URL(url);
  parsed.hostname = '127.0.0.1';
  parsed.port = String(port);
  return parsed.toString().replace(/\/$/, '');
}

async function dependenciesFor(drill: DrillName, options: DrillOptions): Promise<Dependencies> {
  const shared = {
    kafkaBrokers: options.kafkaBrokers,
    servicesDatabaseUrl: options.databaseUrl,
    servicesRegistryUrl: options.schemaRegistryUrl,
    env: {},
  };
  const log = options.log ?? (() => undefined);
  switch (drill) {
    case 'kill': {
      return {
        ...shared,
        fault: async (harness) => {
          for (let i = 0; i < options.kills; i++) {
            await sleep(options.killIntervalMs);
            // A random instance that is running (one just killed may still be waiting to restart).
            let alive = harness.instances.filter((candidate) => harness.pid(candidate.name) !== undefined);
            while (alive.length === 0) {
              await sleep(250);
              alive = harness.instances.filter((candidate) => harness.pid(candidate.name) !== undefined);
            }
            const instance = alive[Math.floor(Math.random() * alive.length)]!;
            const pid = harness.pid(instance.name)!;
            log(`kill ${i + 1}/${options.kills}: SIGKILL ${instance.name} (pid ${pid})`);
            process.kill(pid, 'SIGKILL');
          }
        },
        teardown: () => Promise.resolve(),
      };
    }
    case 'broker': {
      const home = await mkdtemp(join(tmpdir(), 'sluice-drill-kafka-'));
      const paths = {
        ...stackPaths(),
        home,
        data: join(home, 'data'),
        logs: join(home, 'logs'),
        run: join(home, 'run'),
      };
      for (const folder of [paths.data, paths.logs, paths.run]) mkdirSync(folder, { recursive: true });
      const broker = new KafkaBroker(paths, undefined, { client: 29092, controller: 29093 });
      log('starting a private broker on 127.0.0.1:29092');
      await broker.up();
      return {
        ...shared,
        kafkaBrokers: [broker.endpoint],
        env: { KAFKA_BROKERS: broker.endpoint },
        fault: async () => {
          log('restarting the private broker');
          await broker.down();
          await broker.up();
        },
        teardown: async () => {
          await broker.down();
          await rm(home, { recursive: true, force: true });
        },
      };
    }
    case 'postgres': {
      const target = new URL(options.databaseUrl);
      const proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
      return {
        ...shared,
        servicesDatabaseUrl: withPort(options.databaseUrl, proxy.port),
        fault: async () => {
          log(`cutting PostgreSQL for ${options.faultMs} ms`);
          proxy.cut();
          await sleep(options.faultMs);
          proxy.restore();
        },
        teardown: () => proxy.close(),
      };
    }
    case 'registry': {
      const target = new URL(options.schemaRegistryUrl);
      const proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 80) });
      return {
        ...shared,
        servicesRegistryUrl: withPort(options.schemaRegistryUrl, proxy.port),
        fault: async () => {
          log(`cutting the schema registry for ${options.faultMs} ms`);
          proxy.cut();
          await sleep(options.faultMs);
          proxy.restore();
        },
        teardown: () => proxy.close(),
      };
    }
    case 'model': {
      const simulator: RunningSimulator = await startModelSimulator({
        extraction: await createDefaultLocalExtractionModel(),
        seed: options.seed ?? 7,
      });
      return {
        ...shared,
        env: { MODEL_PROFILE: 'simulator', SIMULATOR_BASE_URL: simulator.url },
        fault: async () => {
          log(
            `the model simulator fails for ${options.faultMs} ms: 30% 500, 30% 429 with Retry-After, 20% no answer`,
          );
          simulator.faults.rates = { errorRate: 0.3, rateLimitRate: 0.3, hangRate: 0.2 };
          await sleep(options.faultMs);
          simulator.faults.rates = { errorRate: 0, rateLimitRate: 0, hangRate: 0 };
        },
        teardown: () => simulator.close(),
      };
    }
  }
}

/** Runs one drill end to end and returns its figures (throws only when the pipeline cannot start). */
export async function runDrill(drill: DrillName, options: DrillOptions): Promise<DrillFigures> {
  const log = options.log ?? (() => undefined);
  const stamp = Date.now().toString(36);
  const prefix = `drill.${drill}.${stamp}.`;
  const tenant = `drill-${drill}-${stamp}`;
  const deps = await dependenciesFor(drill, options);
  const kafka = new Kafka({
    clientId: `drill-${drill}`,
    brokers: deps.kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  const serde = AvroSerde.connect(options.schemaRegistryUrl, prefix);
  const harness = new PipelineHarness({
    kafka,
    admin,
    serde,
    databaseUrl: deps.servicesDatabaseUrl,
    prefix,
    tenant,
    env: {
      KAFKA_BROKERS: deps.kafkaBrokers.join(','),
      SCHEMA_REGISTRY_URL: deps.servicesRegistryUrl,
      ...deps.env,
    },
  });
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 1 });
  try {
    await harness.start();
    const documents: DocumentIngested[] = generateDocuments({
      seed: options.seed ?? 7,
      count: options.documents,
      split: 'dev',
      tenant,
      duplicateRate: 0,
    }).map((entry) => entry.document as DocumentIngested);
    const ids = documents.map((document) => document.id);
    const publishedAt = Date.now();
    // Documents keep arriving while the fault lasts (published over 1.5 times its expected span),
    // so the fault meets work in every stage; the broker drill publishes the whole run first (its
    // restart would fail a send), a backlog the pipeline still works through during the restart.
    const spanMs = 1.5 * (drill === 'kill' ? options.kills * options.killIntervalMs : options.faultMs);
    const publishing =
      drill === 'broker' || spanMs === 0
        ? harness.publish(documents)
        : harness.publish(documents, documents.length / (spanMs / 1000));
    if (drill === 'broker') await publishing;
    // The fault starts once the run is under way: a tenth of the documents final.
    const underWay = Math.min(documents.length, Math.max(1, Math.floor(documents.length / 10)));
    while (harness.outcomes.size < underWay && Date.now() - publishedAt < options.timeoutMs) await sleep(200);
    const faultStart = Date.now();
    await deps.fault(harness);
    const faultEnd = Date.now();
    await publishing;
    log(
      `fault over after ${faultEnd - faultStart} ms; ${harness.outcomes.size}/${documents.length} final so far`,
    );
    await harness.waitForOutcomes(ids, options.timeoutMs).catch((error: unknown) => log(String(error)));
    // Late duplicates (a batch redone after a crash) would arrive now.
    await sleep(5_000);
    const results = [...harness.outcomes.values()];
    const after = results
      .filter((outcome) => outcome.resultAt >= faultEnd)
      .map((outcome) => outcome.resultAt);
    const letters = await deadLetterRecords(kafka, admin, prefix);
    const audit = await new AuditLog(pool, prefix).verify({ tenant });
    const finals = ids.filter((id) => harness.outcomes.has(id)).length;
    return {
      drill,
      documents: documents.length,
      finals,
      duplicates: harness.extraOutcomes,
      lost: documents.length - finals,
      deadLetters: letters.length,
      recoverMs: after.length === 0 ? 0 : Math.min(...after) - faultEnd,
      faultMs: faultEnd - faultStart,
      runMs: Math.max(...results.map((outcome) => outcome.resultAt), publishedAt) - publishedAt,
      auditEntries: audit.checked,
      auditVerified: audit.ok,
    };
  } finally {
    await harness.stop().catch(() => undefined);
    await pool.end();
    const mine = (await admin.listTopics().catch(() => [] as string[])).filter((topic) =>
      topic.startsWith(prefix),
    );
    if (mine.length > 0) await admin.deleteTopics({ topics: mine }).catch(() => undefined);
    await admin.disconnect();
    await deps.teardown();
  }
}

/** The figures as a table, one row per drill. */
export function drillTable(rows: readonly DrillFigures[]): string {
  const columns: [string, (row: DrillFigures) => string][] = [
    ['drill', (row) => row.drill],
    ['documents', (row) => String(row.documents)],
    ['finals', (row) => String(row.finals)],
    ['duplicates', (row) => String(row.duplicates)],
    ['lost', (row) => String(row.lost)],
    ['dead letters', (row) => String(row.deadLetters)],
    ['fault s', (row) => (row.faultMs / 1000).toFixed(1)],
    ['recover s', (row) => (row.recoverMs / 1000).toFixed(1)],
    ['run s', (row) => (row.runMs / 1000).toFixed(1)],
    ['audit', (row) => `${row.auditVerified ? 'verified' : 'BROKEN'} (${row.auditEntries})`],
  ];
  const cells = [columns.map(([name]) => name), ...rows.map((row) => columns.map(([, cell]) => cell(row)))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => line[i]!.length)));
  return cells.map((line) => line.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')).join('\n');
}
