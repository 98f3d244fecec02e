import { readFileSync } from 'node:fs';

/** CPU time and resident memory of one process, from Linux's /proc (the benchmarks run there). */
export interface ProcessUsage {
  /** user + system CPU time since the process started, in milliseconds. */
  cpuMs: number;
  rssBytes: number;
}

const clockTicksPerSecond = 100; // USER_HZ: 100 on every Linux architecture Node supports (proc(5)).

/** Null when the process is gone. Fields per proc(5): utime and stime are the 14th and 15th of /proc/<pid>/stat. */
export function readProcessUsage(pid: number): ProcessUsage | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces; the fields after it start after its ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { cpuMs: (ticks * 1000) / clockTicksPerSecond, rssBytes: rssKiB * 1024 };
  } catch {
    return null;
  }
}
