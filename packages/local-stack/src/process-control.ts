import { spawn } from 'node:child_process';
import { mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SluiceError } from '@sluice/errors';

export function readPid(pidFile: string): number | undefined {
  try {
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid recorded in `pidFile` if that process still runs; a stale file is removed. */
export function runningPid(pidFile: string): number | undefined {
  const pid = readPid(pidFile);
  if (pid === undefined) return undefined;
  if (isAlive(pid)) return pid;
  rmSync(pidFile, { force: true });
  return undefined;
}

export interface DetachedProcess {
  command: string;
  args: string[];
  cwd?: string;
  logFile: string;
  pidFile: string;
  env?: NodeJS.ProcessEnv;
}

/** Starts a daemon that outlives this process (own session), output appended to `logFile`. */
export function spawnDetached(spec: DetachedProcess): number {
  mkdirSync(dirname(spec.logFile), { recursive: true });
  mkdirSync(dirname(spec.pidFile), { recursive: true });
  const out = openSync(spec.logFile, 'a');
  try {
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env ?? process.env,
      detached: true,
      stdio: ['ignore', out, out],
    });
    if (child.pid === undefined) throw new SluiceError('UNAVAILABLE', `could not start ${spec.command}`);
    child.unref();
    writeFileSync(spec.pidFile, `${child.pid}\n`);
    return child.pid;
  } finally {
    closeSync(out);
  }
}

/** SIGTERM, wait up to `graceMs` for a clean exit, then SIGKILL. Removes the pid file. */
export async function stopProcess(pidFile: string, graceMs: number): Promise<boolean> {
  const pid = runningPid(pidFile);
  if (pid === undefined) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(100);
  rmSync(pidFile, { force: true });
  return true;
}

/** Polls `probe` until it resolves true, or fails with the last error after `timeoutMs`. */
export async function waitUntil(
  what: string,
  probe: () => Promise<boolean>,
  options: { timeoutMs: number; intervalMs?: number; stillRunning?: () => boolean },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (options.stillRunning && !options.stillRunning()) throw new SluiceError('UNAVAILABLE', `${what} exited during start-up`);
    try {
      if (await probe()) return;
    } catch (error) {
      lastError = error;
    }
    await sleep(options.intervalMs ?? 500);
  }
  const reason = lastError instanceof Error ? `: ${lastError.message}` : '';
  throw new SluiceError('TIMEOUT', `${what} not ready after ${options.timeoutMs} ms${reason}`, { cause: lastError });
}

/**
 * Starts a daemon (spawnDetached) and waits until `probe` answers true (waitUntil). Fails early when
 * the process exits during start-up, and names its log file in the error either way; the broker
 * and the registry start this way.
 */
export async function startAndWait(
  what: string,
  spec: DetachedProcess,
  probe: () => Promise<boolean>,
  options: { timeoutMs: number },
): Promise<void> {
  const pid = spawnDetached(spec);
  await waitUntil(what, probe, { timeoutMs: options.timeoutMs, stillRunning: () => runningPid(spec.pidFile) === pid }).catch((error: Error) => {
    throw new SluiceError('UNAVAILABLE', `${error.message}; see ${spec.logFile}`, { cause: error });
  });
}
