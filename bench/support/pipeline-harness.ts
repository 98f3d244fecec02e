/**
 * Runs the pipeline the way `sluice up` does (each service a child process on the real stack)
 * under a topic prefix of its own, publishes documents (all at once or at a steady rate), and
 * records what a benchmark reports: one outcome per document with its ingest → result latency,
 * CPU and RSS of every process over time, and every stage's lag over time.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Admin, Kafka, Producer } from 'kafkajs';
import pg from 'pg';
import { discoverServices, ProcessSupervisor, readReferenceDir } from '@sluice/cli';
import { SluiceError } from '@sluice/errors';
import { ensureTopics, physicalTopic, planTopics, topicCatalogue, type AvroSerde, type DocumentIngested, type DocumentProcessed, type ReviewRequested } from '@sluice/contracts';
import { PgEmbeddingCacheStore, ReferenceEntityIndex, withEmbeddingCache } from '@sluice/embedding-cache';
import { repoRoot } from '@sluice/local-stack';
import { createModelSet, loadModelProfile } from '@sluice/models';
import { INGESTED_AT_HEADER, stageLag, TRACEPARENT_HEADER } from '@sluice/stream';
import { readProcessUsage } from './process-usage';

export const INGEST_TOPIC = 'documents.ingested.v1';
const PROCESSED = 'documents.processed.v1';
const REVIEWS = 'reviews.requested.v1';

/** The five pipeline services (gateway, review and the drift monitor are not on the document path). */
export const pipelineServices = ['extractor', 'embedder', 'enricher', 'validator', 'auditor'] as const;

export interface ServiceInstance {
  /** `extractor`, or `extractor#2` for a second instance in the same consumer group. */
  name: string;
  service: string;
  port: number;
}

export interface Outcome {
  documentId: string;
  outcome: 'ACCEPTED' | 'REJECTED' | 'REVIEW';
  ingestedAt: number;
  /** Broker timestamp of the result record (the producing transaction's time). */
  resultAt: number;
  /** The rules behind the outcome: what sent a REVIEW to a person, what a policy REJECTED for. */
  rules: string[];
}

export interface UsageSample {
  /** Milliseconds since the harness started sampling. */
  atMs: number;
  instance: string;
  cpuMs: number;
  rssBytes: number;
}

export interface LagSample {
  atMs: number;
  service: string;
  lag: number;
}

export interface HarnessOptions {
  kafka: Kafka;
  admin: Admin;
  serde: AvroSerde;
  databaseUrl: string;
  prefix: string;
  tenant: string;
  /** Environment of every service (MODEL_PROFILE, SIMULATOR_BASE_URL, batching variables, ...). */
  env: NodeJS.ProcessEnv;
  /** Instances per service; default one of each pipeline service. */
  instances?: Partial<Record<string, number>>;
  services?: readonly string[];
  sampleIntervalMs?: number;
}

/** How long services may take to answer /readyz: minutes on a loaded 2-core machine (five tsx start-ups at once). */
const READY_TIMEOUT_MS = Number(process.env.BENCH_READY_TIMEOUT_MS ?? 600_000);

/** `node --cpu-prof` arguments when BENCH_CPU_PROF_DIR is set (NODE_OPTIONS may not carry them). */
function cpuProfileArgs(instance: string): string[] {
  const dir = process.env.BENCH_CPU_PROF_DIR;
  // A directory per instance: every thread (the module loader's too) writes a profile of its own.
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${join(dir, instance.replace('#', '-'))}`] : [];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** Loads the sample reference entities for `tenant`, embedded by the embedding model of `env`'s profile. */
export async function loadSampleReferences(databaseUrl: string, tenant: string, env: NodeJS.ProcessEnv): Promise<void> {
  const entities = await readReferenceDir(join(repoRoot, 'samples', 'reference'), tenant);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const models = await createModelSet(loadModelProfile(env).profile, { tasks: ['embedding'] });
    const model = withEmbeddingCache(models.embedding, { store: new PgEmbeddingCacheStore(pool) });
    await new ReferenceEntityIndex({ db: pool, model }).upsertReferences(entities);
  } finally {
    await pool.end();
  }
}

export class PipelineHarness {
  readonly outcomes = new Map<string, Outcome>();
  /** Result records beyond the first per document id (must stay 0: exactly one outcome each). */
  extraOutcomes = 0;
  readonly usage: UsageSample[] = [];
  readonly lag: LagSample[] = [];
  readonly instances: ServiceInstance[] = [];
  private readonly logs: string[] = [];
  private supervisor: ProcessSupervisor | undefined;
  private stopSampling: (() => void) | undefined;
  private stopWatching: (() => Promise<void>) | undefined;
  private producer: Producer | undefined;
  private readonly startedAt = performance.now();

  constructor(private readonly options: HarnessOptions) {}

  /** Topics, the result watcher, the services (waits until every one answers /readyz) and sampling. */
  async start(): Promise<void> {
    const { admin, prefix, kafka, serde } = this.options;
    await ensureTopics(admin, planTopics(prefix));
    await serde.prepare([INGEST_TOPIC, PROCESSED, REVIEWS]);
    this.stopWatching = await this.watchResults();
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await this.producer.connect();

    const wanted = this.options.services ?? pipelineServices;
    const entries = discoverServices(join(repoRoot, 'services')).filter((entry) => wanted.includes(entry.name));
    const specs = [];
    for (const entry of entries) {
      const count = this.options.instances?.[entry.name] ?? 1;
      for (let i = 1; i <= count; i++) {
        const instance = { name: i === 1 ? entry.name : `${entry.name}#${i}`, service: entry.name, port: await freePort() };
        this.instances.push(instance);
        specs.push({
          name: instance.name,
          command: process.execPath,
          // BENCH_CPU_PROF_DIR: each instance writes V8 CPU profiles to <dir>/<instance>/ when it stops.
          args: [...cpuProfileArgs(instance.name), '--import', 'tsx', entry.main],
          cwd: repoRoot,
          env: { ...process.env, LOG_LEVEL: 'warn', ...this.options.env, SLUICE_TOPIC_PREFIX: prefix, DATABASE_URL: this.options.databaseUrl, HTTP_PORT: String(instance.port) },
        });
      }
    }
    this.supervisor = new ProcessSupervisor(specs, {
      onLine: (name, line) => this.logs.push(`[${name}] ${line}`),
      onEvent: (name, event, detail) => this.logs.push(`[${name}] -- ${event} (${detail})`),
    });
    this.supervisor.start();
    await Promise.all(
      this.instances.map((instance) =>
        waitFor(`${instance.name} /readyz`, async () => (await fetch(`http://127.0.0.1:${instance.port}/readyz`)).ok, READY_TIMEOUT_MS),
      ),
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${this.logs.slice(-30).join('\n')}`);
    });
    this.stopSampling = this.sample(this.options.sampleIntervalMs ?? 1_000);
  }

  /** Milliseconds since the harness was made: the time axis of every sample. */
  now(): number {
    return performance.now() - this.startedAt;
  }

  pid(instance: string): number | undefined {
    return this.supervisor?.pid(instance);
  }

  /** Sends SIGTERM to an instance; the supervisor starts it again (a rebalance out and back in). */
  restart(instance: string): void {
    const pid = this.pid(instance);
    if (pid !== undefined) process.kill(pid, 'SIGTERM');
  }

  /**
   * Publishes to the ingest topic, each record carrying its ingest time. Without a rate: in
   * chunks of 500 as fast as the broker acknowledges; with one: one record every 1/rate seconds.
   */
  async publish(documents: readonly DocumentIngested[], ratePerSecond?: number): Promise<void> {
    const { serde, prefix } = this.options;
    const topic = physicalTopic(INGEST_TOPIC, prefix);
    const message = async (document: DocumentIngested) => ({
      key: document.id,
      value: await serde.encode(INGEST_TOPIC, document),
      headers: {
        [INGESTED_AT_HEADER]: String(Date.now()),
        [TRACEPARENT_HEADER]: `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`,
      },
    });
    if (ratePerSecond === undefined) {
      for (let i = 0; i < documents.length; i += 500) {
        await this.producer!.send({ topic, acks: -1, messages: await Promise.all(documents.slice(i, i + 500).map(message)) });
      }
      return;
    }
    const started = performance.now();
    for (const [i, document] of documents.entries()) {
      const due = started + (i * 1000) / ratePerSecond;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await this.producer!.send({ topic, acks: -1, messages: [await message(document)] });
    }
  }

  /**
   * Resolves when every id has an outcome; rejects (TIMEOUT, naming how many are missing) after
   * `timeoutMs`, or sooner when `stallMs` is given and no new outcome arrived for that long: a
   * stuck pipeline then fails in minutes instead of holding a large run until its overall limit.
   */
  async waitForOutcomes(ids: readonly string[], timeoutMs: number, options: { stallMs?: number } = {}): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let seen = this.outcomes.size;
    let changedAt = Date.now();
    while (!ids.every((id) => this.outcomes.has(id))) {
      const now = Date.now();
      if (this.outcomes.size !== seen) [seen, changedAt] = [this.outcomes.size, now];
      const stalled = options.stallMs !== undefined && now - changedAt > options.stallMs;
      if (stalled || now > deadline) {
        const missing = ids.filter((id) => !this.outcomes.has(id)).length;
        const why = stalled ? `no new result for ${options.stallMs} ms` : `timed out after ${timeoutMs} ms`;
        throw new SluiceError('TIMEOUT', `${why} waiting for ${ids.length} outcomes (${missing} missing)\n${this.logs.slice(-30).join('\n')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** Waits until every stage's committed offsets reach its input's end (nothing left in Kafka). */
  async waitForDrain(timeoutMs: number): Promise<void> {
    await waitFor('every stage to drain', async () => (await this.totalLag()) === 0, timeoutMs);
  }

  async totalLag(): Promise<number> {
    let total = 0;
    for (const sample of await this.stageLags()) total += sample.lag;
    return total;
  }

  private async stageLags(): Promise<{ service: string; lag: number }[]> {
    const services = new Set(this.instances.map((instance) => instance.service));
    const lags: { service: string; lag: number }[] = [];
    for (const service of services) {
      let lag = 0;
      for (const topic of topicCatalogue.filter((entry) => (entry.consumers as readonly string[]).includes(service))) {
        lag += await stageLag(this.options.admin, service, topic.name, this.options.prefix).catch(() => 0);
      }
      lags.push({ service, lag });
    }
    return lags;
  }

  /** The last lines the services printed (for a failure message). */
  recentLogs(lines = 40): string {
    return this.logs.slice(-lines).join('\n');
  }

  async stop(): Promise<void> {
    this.stopSampling?.();
    await this.supervisor?.stop();
    await this.stopWatching?.();
    await this.producer?.disconnect();
  }

  private sample(intervalMs: number): () => void {
    let running = true;
    const tick = async () => {
      while (running) {
        const atMs = this.now();
        for (const instance of this.instances) {
          const pid = this.pid(instance.name);
          const usage = pid === undefined ? null : readProcessUsage(pid);
          if (usage !== null) this.usage.push({ atMs, instance: instance.name, ...usage });
        }
        for (const { service, lag } of await this.stageLags().catch(() => [])) this.lag.push({ atMs, service, lag });
        await new Promise((resolve) => setTimeout(resolve, intervalMs));
      }
    };
    void tick();
    return () => {
      running = false;
    };
  }

  private async watchResults(): Promise<() => Promise<void>> {
    const { kafka, serde, prefix } = this.options;
    const consumer = kafka.consumer({ groupId: `${prefix}bench-results-${process.pid}`, maxWaitTimeInMs: 50 });
    await consumer.connect();
    await consumer.subscribe({ topics: [PROCESSED, REVIEWS].map((topic) => physicalTopic(topic, prefix)), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, message }) => {
        const ingestedAt = Number(message.headers?.[INGESTED_AT_HEADER]?.toString() ?? Number.NaN);
        const logical = topic.slice(prefix.length);
        let documentId: string;
        let outcome: Outcome['outcome'] = 'REVIEW';
        let rules: string[] = [];
        if (logical === PROCESSED) {
          const { value } = await serde.decode<DocumentProcessed>(PROCESSED, message.value);
          documentId = value.documentId;
          outcome = value.decision;
          rules = value.violations.map((violation) => violation.rule);
        } else {
          const { value } = await serde.decode<ReviewRequested>(REVIEWS, message.value);
          documentId = value.documentId;
          rules = value.reasons.map((reason) => reason.rule);
        }
        if (this.outcomes.has(documentId)) {
          // Exactly one outcome per document: a second record for an id is counted, never kept.
          this.extraOutcomes += 1;
          return;
        }
        this.outcomes.set(documentId, { documentId, outcome, ingestedAt, resultAt: Number(message.timestamp), rules });
      },
    });
    return () => consumer.disconnect();
  }
}
