import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Admin, IHeaders, Kafka } from 'kafkajs';
import type { AvroSerde, DocumentIngested } from '@sluice/contracts';
import { integrationStack } from '@sluice/testkit';
import { readToEnd, stageLag } from '@sluice/stream';
import { INGESTED } from './fixtures/extract-service';

export function document(i: number, tenant = 'acme'): DocumentIngested {
  return {
    id: `doc-${i}`,
    tenant,
    kind: 'invoice',
    source: { platform: 'stream-test', uri: null },
    contentType: 'text/plain',
    text: `Invoice INV-${i}: total ${(i * 1.25).toFixed(2)} EUR`,
    receivedAt: 1_700_000_000_000 + i,
    attributes: {},
  };
}

/** Produces documents `from`..`to-1` to the ingest topic (idempotent, not transactional), in chunks. */
export async function produceDocuments(kafka: Kafka, serde: AvroSerde, from: number, to: number, chunk = 1000): Promise<void> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    for (let start = from; start < to; start += chunk) {
      const ids = Array.from({ length: Math.min(chunk, to - start) }, (_, k) => start + k);
      const messages = await Promise.all(ids.map(async (i) => ({ key: `doc-${i}`, value: await serde.encode(INGESTED, document(i)) })));
      await producer.send({ topic: `${serde.prefix}${INGESTED}`, messages, acks: -1 });
    }
  } finally {
    await producer.disconnect();
  }
}

export async function until(condition: () => Promise<boolean> | boolean, timeoutMs: number, what: string, everyMs = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Sum of committed offsets of a group on a topic: how far the service has come. */
export async function committedTotal(admin: Admin, groupId: string, topic: string): Promise<number> {
  const [entry] = await admin.fetchOffsets({ groupId, topics: [topic] });
  return (entry?.partitions ?? []).reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
}

export async function waitForDrain(admin: Admin, service: string, prefix: string, timeoutMs = 120_000): Promise<void> {
  await until(async () => (await stageLag(admin, service, INGESTED, prefix)) === 0, timeoutMs, `${service} to drain its input`);
}

export interface ReadRecord {
  key: string;
  value: Buffer | null;
  headers: IHeaders;
  partition: number;
  offset: string;
}

/**
 * Every committed record of `topic` up to its end offsets at call time (`readToEnd` of
 * @sluice/stream through `groupId`), keys as strings; with `readUncommitted`, aborted ones too.
 */
export async function readCommitted(kafka: Kafka, admin: Admin, topic: string, groupId: string, readUncommitted = false): Promise<ReadRecord[]> {
  return (await readToEnd(kafka, admin, topic, { groupId, readUncommitted })).map((record) => ({ ...record, key: record.key?.toString() ?? '' }));
}

/** Keys seen more than once, and expected keys not seen. */
export function exactlyOnceReport(records: readonly { key: string }[], expected: readonly string[]) {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
  return {
    duplicates: [...counts].filter(([, n]) => n > 1).map(([key]) => key),
    missing: expected.filter((key) => !counts.has(key)),
    unexpected: [...counts.keys()].filter((key) => !expected.includes(key)),
  };
}

export interface ChildService {
  process: ChildProcess;
  port: Promise<number>;
  exited: Promise<number | null>;
  rssSamples(): number[];
}

const serviceMain = fileURLToPath(new URL('./fixtures/extract-service-main.ts', import.meta.url));

/** Runs the fixture service in a child process; resolves `port` when it logs 'service started'. */
export function startChildService(prefix: string, env: Record<string, string> = {}): ChildService {
  const stack = integrationStack();
  const child = spawn(process.execPath, ['--import', 'tsx', serviceMain], {
    env: {
      ...process.env,
      KAFKA_BROKERS: stack.kafkaBrokers.join(','),
      SCHEMA_REGISTRY_URL: stack.schemaRegistryUrl,
      SLUICE_TOPIC_PREFIX: prefix,
      HTTP_PORT: '0',
      SESSION_TIMEOUT_MS: '8000',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const samples: number[] = [];
  const sampler = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
      if (kb) samples.push(kb * 1024);
    } catch {
      // exited
    }
  }, 100);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      clearInterval(sampler);
      resolve(code);
    }),
  );
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const port = new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (process.env.STREAM_TEST_VERBOSE) process.stderr.write(`[child ${child.pid}] ${line}\n`);
      if (!line.includes('"service started"')) return;
      resolve((JSON.parse(line) as { port: number }).port);
    });
    void exited.then((code) => reject(new Error(`child exited with ${code} before starting: ${stderr.join('').slice(-2000)}`)));
  });
  return { process: child, port, exited, rssSamples: () => samples };
}

export async function scrapeMetrics(port: number): Promise<string> {
  return (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
}

/** Sum of the samples of `name` matching every label in `labels`. */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (!Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}
