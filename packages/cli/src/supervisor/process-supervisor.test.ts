import { afterEach, describe, expect, it } from 'vitest';
import { ProcessSupervisor } from './process-supervisor';

const node = process.execPath;
let supervisor: ProcessSupervisor | undefined;

afterEach(async () => {
  await supervisor?.stop();
  supervisor = undefined;
});

function until(check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      if (check()) {
        clearInterval(poll);
        resolve();
      }
    }, 10);
  });
}

describe('ProcessSupervisor', () => {
  it('prefixes output by process and restarts a crashed one with growing backoff', async () => {
    const lines: string[] = [];
    const events: string[] = [];
    supervisor = new ProcessSupervisor(
      [
        { name: 'crashy', command: node, args: ['-e', 'console.log("up"); process.exit(3)'] },
        { name: 'steady', command: node, args: ['-e', 'console.log("steady up"); setInterval(() => {}, 1000)'] },
      ],
      {
        onLine: (name, line) => lines.push(`${name}: ${line}`),
        onEvent: (name, event, detail) => events.push(`${name} ${event} ${detail}`),
        initialBackoffMs: 20,
        maxBackoffMs: 80,
      },
    );
    supervisor.start();
    await until(() => supervisor!.restarts('crashy') >= 3);
    expect(lines.filter((line) => line === 'crashy: up').length).toBeGreaterThanOrEqual(3);
    expect(lines).toContain('steady: steady up');
    expect(events).toContain('crashy exited code 3');
    const delays = events.filter((e) => e.startsWith('crashy restarting')).map((e) => Number(/in (\d+) ms/.exec(e)?.[1]));
    expect(delays.slice(0, 4)).toEqual([20, 40, 80, 80].slice(0, Math.min(4, delays.length)));
    expect(supervisor.restarts('steady')).toBe(0);
  });

  it('stops everything with SIGTERM and kills what ignores it', async () => {
    const events: string[] = [];
    const ready = new Set<string>();
    supervisor = new ProcessSupervisor(
      [
        { name: 'polite', command: node, args: ['-e', 'process.on("SIGTERM", () => process.exit(0)); console.log("ready"); setInterval(() => {}, 1000)'] },
        { name: 'stubborn', command: node, args: ['-e', 'process.on("SIGTERM", () => {}); console.log("ready"); setInterval(() => {}, 1000)'] },
      ],
      {
        onLine: (name) => ready.add(name),
        onEvent: (name, event, detail) => events.push(`${name} ${event} ${detail}`),
        stopTimeoutMs: 200,
      },
    );
    supervisor.start();
    await until(() => ready.size === 2);
    await supervisor.stop();
    expect(events).toContain('polite exited code 0');
    expect(events).toContain('stubborn exited signal SIGKILL');
    expect(events.some((e) => e.includes('restarting'))).toBe(false);
  });
});
