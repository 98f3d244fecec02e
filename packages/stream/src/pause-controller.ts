/**
 * Pause/resume of fetching per partition, for more than one reason at a time: the in-flight bound
 * and dependency pressure both pause, and a partition resumes only when no reason holds it.
 * kafkajs keeps one paused flag per partition (consumer.pause / consumer.resume), so the reasons
 * are counted here.
 */
export type PauseReason = 'in-flight' | 'dependency';

export interface PauseTarget {
  pause(topic: string, partitions: number[]): void;
  resume(topic: string, partitions: number[]): void;
}

export interface PauseObserver {
  paused(partition: number, reason: PauseReason): void;
  resumed(partition: number, reason: PauseReason): void;
}

export class PauseController {
  private readonly reasons = new Map<number, Set<PauseReason>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Per partition, when the longest pending pauseFor ends: an earlier, shorter one must not resume it. */
  private readonly pausedUntil = new Map<number, number>();

  constructor(
    private readonly topic: string,
    private readonly target: PauseTarget,
    private readonly observer: PauseObserver,
  ) {}

  pause(partitions: readonly number[], reason: PauseReason): void {
    const newlyPaused: number[] = [];
    for (const partition of partitions) {
      const held = this.reasons.get(partition) ?? new Set<PauseReason>();
      if (held.has(reason)) continue;
      if (held.size === 0) newlyPaused.push(partition);
      held.add(reason);
      this.reasons.set(partition, held);
      this.observer.paused(partition, reason);
    }
    if (newlyPaused.length > 0) this.target.pause(this.topic, newlyPaused);
  }

  resume(partitions: readonly number[], reason: PauseReason): void {
    const free: number[] = [];
    for (const partition of partitions) {
      const held = this.reasons.get(partition);
      if (!held?.delete(reason)) continue;
      this.observer.resumed(partition, reason);
      if (held.size === 0) {
        this.reasons.delete(partition);
        free.push(partition);
      }
    }
    if (free.length > 0) this.target.resume(this.topic, free);
  }

  /** Pauses `partitions` for `ms`, then resumes them (unless another reason still holds them). */
  pauseFor(partitions: readonly number[], ms: number, reason: PauseReason = 'dependency'): void {
    const until = Date.now() + ms;
    for (const partition of partitions) this.pausedUntil.set(partition, Math.max(until, this.pausedUntil.get(partition) ?? 0));
    this.pause(partitions, reason);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      const due = partitions.filter((partition) => (this.pausedUntil.get(partition) ?? 0) <= until);
      for (const partition of due) this.pausedUntil.delete(partition);
      this.resume(due, reason);
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  pausedBy(partition: number, reason: PauseReason): boolean {
    return this.reasons.get(partition)?.has(reason) ?? false;
  }

  pausedPartitions(reason: PauseReason): number[] {
    return [...this.reasons].filter(([, held]) => held.has(reason)).map(([partition]) => partition);
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
