import type { Logger } from 'pino';
import type { QueueStore } from './queue-store';
import type { ReviewActions } from './review-actions';

/**
 * Every `intervalMs`: expired leases back to the queue (audited `expired`), overdue entries
 * escalated (audited `escalated`, counted), and context rows of documents never sent to review
 * pruned after `contextRetentionMs`. Row locks are taken SKIP LOCKED, so several instances sweep
 * without stepping on each other or on reviewers.
 */
export function startReviewSweeper(options: { actions: ReviewActions; store: QueueStore; intervalMs: number; contextRetentionMs: number; logger: Logger }): { stop(): void; sweepNow(): Promise<number> } {
  let running: Promise<number> | undefined;
  const sweepNow = () =>
    (running ??= (async () => {
      const steps = await options.actions.sweep();
      const pruned = await options.store.pruneContext(Date.now(), options.contextRetentionMs);
      if (steps > 0 || pruned > 0) options.logger.info({ steps, pruned }, 'review sweep');
      return steps;
    })().finally(() => {
      running = undefined;
    }));
  const timer = setInterval(() => {
    sweepNow().catch((error: unknown) => options.logger.warn({ err: error }, 'review sweep failed; next interval retries'));
  }, options.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer), sweepNow };
}
