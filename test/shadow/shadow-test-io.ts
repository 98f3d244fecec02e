import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import type { Admin, Kafka } from 'kafkajs';
import { repoRoot } from '@sluice/local-stack';
import { readRanges, watermarks, type RawRecord } from '@sluice/shadow';
import { integrationStack, uniqueName } from '@sluice/testkit';

/** Every record a topic holds now, raw (key, value, headers, timestamp, partition), in offset order per partition. */
export async function readTopic(kafka: Kafka, admin: Admin, topic: string): Promise<RawRecord[]> {
  const ranges = (await watermarks(admin, topic)).map((mark) => ({ topic, partition: mark.partition, start: mark.low, end: mark.high }));
  const records: RawRecord[] = [];
  await readRanges(kafka, { groupId: uniqueName('test-reader'), ranges, onRecords: (batch) => Promise.resolve(void records.push(...batch)) });
  return records;
}

/** Total records a topic holds (high minus low watermarks), 0 when it does not exist. */
export async function topicSize(admin: Admin, topic: string): Promise<number> {
  if (!(await admin.listTopics()).includes(topic)) return 0;
  return (await watermarks(admin, topic)).reduce((sum, mark) => sum + Number(mark.high - mark.low), 0);
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Spawns `sluice <args>` (the CLI's source through tsx) against the integration stack, with `env` on
 * top; the one place the shadow tests start the CLI.
 */
function spawnCli(args: readonly string[], env: Record<string, string>): ChildProcessWithoutNullStreams {
  const stack = integrationStack();
  return spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'packages', 'cli', 'src', 'main.ts'), ...args], {
    cwd: repoRoot,
    env: {
      ...process.env,
      KAFKA_BROKERS: stack.kafkaBrokers.join(','),
      SCHEMA_REGISTRY_URL: stack.schemaRegistryUrl,
      DATABASE_URL: stack.databaseUrl,
      ...env,
    },
  });
}

/** Runs `sluice <args>` to its end; resolves with its exit code and its stdout and stderr apart. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Document ids (keys) with an outcome in a lane: a final record or a review request under `prefix`. */
export async function decidedIds(kafka: Kafka, admin: Admin, prefix: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const topic of ['documents.processed.v1', 'reviews.requested.v1']) {
    if (!(await admin.listTopics()).includes(`${prefix}${topic}`)) continue;
    for (const record of await readTopic(kafka, admin, `${prefix}${topic}`)) if (record.key) ids.add(record.key.toString('utf8'));
  }
  return ids;
}

export interface RunningCli {
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then the exit code once it ended. */
  stop(): Promise<number | null>;
  exited: Promise<number | null>;
}

/** Starts a long-running `sluice <args>` (e.g. `shadow up`) against the integration stack. */
export function startCli(args: readonly string[], env: Record<string, string> = {}): RunningCli {
  const child = spawnCli(args, { LOG_LEVEL: 'warn', ...env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    output: () => output,
    exited,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/**
 * Polls `check` until it holds; fails naming `what` (and `detail()`) after `timeoutMs`. A check that
 * throws counts as not yet (a topic just created has no partition leader for a moment).
 */
export async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, detail: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let failure: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      failure = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${failure ? ` (last check failed: ${failure instanceof Error ? failure.message : JSON.stringify(failure)})` : ''}\n${detail()}`);
}
