import { cpus, loadavg, totalmem } from 'node:os';

/** What a figure was measured on: printed beside every result and kept in its JSON line. */
export interface MachineDescription {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  /** 1-minute load average when the benchmark started: above ~2.5 on 2 cores the figures are provisional. */
  loadAverage1m: number;
}

export function describeMachine(): MachineDescription {
  const [first] = cpus();
  return {
    cpuModel: first?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverage1m: Number(loadavg()[0]!.toFixed(2)),
  };
}

export function currentLoad(): number {
  return Number(loadavg()[0]!.toFixed(2));
}

/** Describes the machine and prints it as the first line of a benchmark's output. */
export function announceMachine(): MachineDescription {
  const machine = describeMachine();
  process.stdout.write(`machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, node ${machine.node}; load average ${machine.loadAverage1m}\n`);
  return machine;
}
