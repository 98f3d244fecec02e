import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface SupervisedProcess {
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export interface SupervisorOptions {
  /** Called with every line a child prints, already split. */
  onLine: (name: string, line: string, stream: 'stdout' | 'stderr') => void;
  /** Called when a child exits and when it is restarted. */
  onEvent?: (name: string, event: 'started' | 'exited' | 'restarting', detail: string) => void;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A child that ran this long without exiting counts as healthy again: backoff resets. */
  stableAfterMs?: number;
  stopTimeoutMs?: number;
}

interface Slot {
  spec: SupervisedProcess;
  child: ChildProcess | undefined;
  startedAt: number;
  backoffMs: number;
  restarts: number;
  timer: NodeJS.Timeout | undefined;
}

/**
 * Runs each process, restarts one that exits with exponential backoff (reset once it has stayed
 * up for a while), and stops them all on request: SIGTERM, then SIGKILL after a grace period.
 */
export class ProcessSupervisor {
  private readonly slots: Slot[];
  private stopping = false;
  private readonly options: Required<SupervisorOptions>;

  constructor(specs: readonly SupervisedProcess[], options: SupervisorOptions) {
    this.options = {
      onEvent: () => {},
      initialBackoffMs: 500,
      maxBackoffMs: 15_000,
      stableAfterMs: 30_000,
      stopTimeoutMs: 20_000,
      ...options,
    };
    this.slots = specs.map((spec) => ({
      spec,
      child: undefined,
      startedAt: 0,
      backoffMs: this.options.initialBackoffMs,
      restarts: 0,
      timer: undefined,
    }));
  }

  start(): void {
    for (const slot of this.slots) this.launch(slot);
  }

  restarts(name: string): number {
    return this.slots.find((slot) => slot.spec.name === name)?.restarts ?? 0;
  }

  pid(name: string): number | undefined {
    return this.slots.find((slot) => slot.spec.name === name)?.child?.pid;
  }

  private launch(slot: Slot): void {
    const { spec } = slot;
    const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    slot.child = child;
    slot.startedAt = Date.now();
    for (const stream of ['stdout', 'stderr'] as const) {
      createInterface({ input: child[stream] }).on('line', (line) => this.options.onLine(spec.name, line, stream));
    }
    this.options.onEvent(spec.name, 'started', `pid ${child.pid ?? '?'}`);
    child.on('exit', (code, signal) => {
      slot.child = undefined;
      this.options.onEvent(spec.name, 'exited', signal ? `signal ${signal}` : `code ${code}`);
      if (this.stopping) return;
      if (Date.now() - slot.startedAt >= this.options.stableAfterMs) slot.backoffMs = this.options.initialBackoffMs;
      const delay = slot.backoffMs;
      slot.backoffMs = Math.min(slot.backoffMs * 2, this.options.maxBackoffMs);
      this.options.onEvent(spec.name, 'restarting', `in ${delay} ms`);
      slot.timer = setTimeout(() => {
        slot.timer = undefined;
        if (this.stopping) return;
        slot.restarts += 1;
        this.launch(slot);
      }, delay);
    });
  }

  /** Stops every child: SIGTERM, and SIGKILL for those still running after the grace period. */
  async stop(): Promise<void> {
    this.stopping = true;
    const exits = this.slots.map((slot) => {
      if (slot.timer) clearTimeout(slot.timer);
      const child = slot.child;
      if (!child || child.exitCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const kill = setTimeout(() => child.kill('SIGKILL'), this.options.stopTimeoutMs);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      });
    });
    await Promise.all(exits);
  }
}
