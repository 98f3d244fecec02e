import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { QueueStore } from './queue-store';
import type { ReviewStep } from './review-transitions';

export interface ReviewMetrics {
  /** Review steps by action (claimed, released, expired, corrected, approved, rejected, escalated). */
  steps: Counter<'action' | 'tenant'>;
  /** Entries that went past their SLA due time (each counted once). */
  escalations: Counter<'tenant'>;
  /** Requests refused: lease conflicts, late decisions, four-eyes, tenant. */
  refusals: Counter<'code'>;
  /** From the review request to the final decision. */
  timeToDecision: Histogram<'tenant'>;
  queued: Counter<'tenant'>;
}

/**
 * The review service's metrics on the service registry (served on /metrics with the runtime's):
 * counters per step, escalations, refusals, time to decision, and a gauge of waiting entries per
 * tenant read from the queue table when scraped.
 */
export function reviewMetrics(registry: Registry, store: Pick<QueueStore, 'waitingByTenant'>): ReviewMetrics {
  const registers = [registry];
  new Gauge({
    name: 'sluice_review_waiting',
    help: 'Review queue entries not yet decided, by tenant and whether past their SLA due time',
    labelNames: ['tenant', 'overdue'],
    registers,
    async collect() {
      this.reset();
      for (const row of await store.waitingByTenant(Date.now())) this.set({ tenant: row.tenant, overdue: String(row.overdue) }, row.count);
    },
  });
  return {
    steps: new Counter({ name: 'sluice_review_steps_total', help: 'Review steps by action and tenant', labelNames: ['action', 'tenant'], registers }),
    escalations: new Counter({ name: 'sluice_review_escalations_total', help: 'Review entries escalated for missing their SLA', labelNames: ['tenant'], registers }),
    refusals: new Counter({ name: 'sluice_review_refusals_total', help: 'Review requests refused, by reason code', labelNames: ['code'], registers }),
    timeToDecision: new Histogram({
      name: 'sluice_review_time_to_decision_seconds',
      help: 'From the review request to the decision',
      labelNames: ['tenant'],
      buckets: [60, 300, 900, 1800, 3600, 4 * 3600, 8 * 3600, 24 * 3600, 72 * 3600],
      registers,
    }),
    queued: new Counter({ name: 'sluice_review_queued_total', help: 'Documents entered into the review queue', labelNames: ['tenant'], registers }),
  };
}

/** Counts the steps of a committed transition. */
export function countSteps(metrics: ReviewMetrics, tenant: string, steps: readonly ReviewStep[]): void {
  for (const step of steps) {
    metrics.steps.inc({ action: step.action, tenant });
    if (step.action === 'escalated') metrics.escalations.inc({ tenant });
  }
}
