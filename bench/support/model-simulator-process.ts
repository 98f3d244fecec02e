import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { repoRoot } from '@sluice/local-stack';

export interface SimulatorProcess {
  /** Base URL with `/v1`, for SIMULATOR_BASE_URL. */
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * `sluice simulate model` as a child process (its CPU is then measured apart from the bench's),
 * answering every request after `latencyMs`; `extraArgs` pass further options (e.g. faults).
 */
export async function startSimulatorProcess(latencyMs: number, extraArgs: readonly string[] = []): Promise<SimulatorProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(repoRoot, 'packages', 'cli', 'bin', 'sluice.js'), 'simulate', 'model', '--port', '0', '--latency-ms', String(latencyMs), '--json', ...extraArgs],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`the model simulator exited with ${code}`)));
  });
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
