/**
 * Pause/resume of fetching per topic-partition, for more than one reason at a time: the in-flight
 * bound and dependency pressure both pause, and a partition resumes only when no reason holds it.
 * kafkajs keeps one paused flag per topic-partition (consumer.pause / consumer.resume), so the
 * reasons are counted here.
 */
/**
 * `in-flight`: the memory bound; `dependency`: a handler's `pauseFor` (pressure it saw, e.g. an
 * open breaker); `outage`: a dependency failure outlasted the retry budget (the runtime's own).
 */
export type PauseReason = 'in-flight' | 'dependency' | 'outage';

export interface PauseTarget {
  pause(topic: string, partitions: number[]): void;
  resume(topic: string, partitions: number[]): void;
}

export interface PauseObserver {
  paused(topic: string, partition: number, reason: PauseReason): void;
  resumed(topic: string, partition: number, reason: PauseReason): void;
}

export class PauseController {
  /** Physical topic -> partition -> reasons holding it. */
  private readonly reasons = new Map<string, Map<number, Set<PauseReason>>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Per topic-partition and reason, when the longest pending pauseFor ends: an earlier, shorter one must not resume it. */
  private readonly pausedUntil = new Map<string, number>();

  constructor(
    private readonly target: PauseTarget,
    private readonly observer: PauseObserver,
  ) {}

  pause(topic: string, partitions: readonly number[], reason: PauseReason): void {
    const byPartition = this.reasons.get(topic) ?? new Map<number, Set<PauseReason>>();
    this.reasons.set(topic, byPartition);
    const newlyPaused: number[] = [];
    for (const partition of partitions) {
      const held = byPartition.get(partition) ?? new Set<PauseReason>();
      if (held.has(reason)) continue;
      if (held.size === 0) newlyPaused.push(partition);
      held.add(reason);
      byPartition.set(partition, held);
      this.observer.paused(topic, partition, reason);
    }
    if (newlyPaused.length > 0) this.target.pause(topic, newlyPaused);
  }

  resume(topic: string, partitions: readonly number[], reason: PauseReason): void {
    const byPartition = this.reasons.get(topic);
    const free: number[] = [];
    for (const partition of partitions) {
      const held = byPartition?.get(partition);
      if (!held?.delete(reason)) continue;
      this.observer.resumed(topic, partition, reason);
      if (held.size === 0) {
        byPartition!.delete(partition);
        free.push(partition);
      }
    }
    if (free.length > 0) this.target.resume(topic, free);
  }

  /** Pauses `partitions` of `topic` for `ms`, then resumes them (unless another reason still holds them). */
  pauseFor(topic: string, partitions: readonly number[], ms: number, reason: PauseReason = 'dependency'): void {
    const until = Date.now() + ms;
    // Per reason: a shorter pause of another reason must neither end this one nor be held by it.
    const key = (partition: number) => `${topic}:${partition}:${reason}`;
    for (const partition of partitions) this.pausedUntil.set(key(partition), Math.max(until, this.pausedUntil.get(key(partition)) ?? 0));
    this.pause(topic, partitions, reason);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      const due = partitions.filter((partition) => (this.pausedUntil.get(key(partition)) ?? 0) <= until);
      for (const partition of due) this.pausedUntil.delete(key(partition));
      this.resume(topic, due, reason);
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  pausedBy(topic: string, partition: number, reason: PauseReason): boolean {
    return this.reasons.get(topic)?.get(partition)?.has(reason) ?? false;
  }

  pausedPartitions(reason: PauseReason): { topic: string; partition: number }[] {
    const paused: { topic: string; partition: number }[] = [];
    for (const [topic, byPartition] of this.reasons) {
      for (const [partition, held] of byPartition) if (held.has(reason)) paused.push({ topic, partition });
    }
    return paused;
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
