import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { runningPid, startAndWait, stopProcess } from './process-control';

const dirs: string[] = [];
function scratch(): { logFile: string; pidFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-process-control-'));
  dirs.push(dir);
  return { logFile: join(dir, 'daemon.log'), pidFile: join(dir, 'daemon.pid') };
}

afterEach(async () => {
  for (const dir of dirs.splice(0)) {
    await stopProcess(join(dir, 'daemon.pid'), 1_000);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('startAndWait', () => {
  it('starts the daemon and returns once the probe answers', async () => {
    const files = scratch();
    let probes = 0;
    await startAndWait('sleeper', { command: process.execPath, args: ['-e', 'setTimeout(() => {}, 30000)'], ...files }, () => Promise.resolve(++probes >= 2), {
      timeoutMs: 10_000,
    });
    expect(probes).toBe(2);
    expect(runningPid(files.pidFile)).toBeGreaterThan(0);
  });

  it('fails early, naming the log file, when the daemon exits during start-up', async () => {
    const files = scratch();
    const started = startAndWait('quitter', { command: process.execPath, args: ['-e', 'process.exit(3)'], ...files }, () => Promise.resolve(false), {
      timeoutMs: 60_000,
    });
    await expect(started).rejects.toBeInstanceOf(SluiceError);
    await expect(started).rejects.toThrow(`quitter exited during start-up; see ${files.logFile}`);
  });
});
