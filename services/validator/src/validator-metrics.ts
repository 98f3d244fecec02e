import { Counter, type Registry } from 'prom-client';

export interface ValidatorMetrics {
  /** Final records and review requests emitted for the first time, by outcome and actor. */
  outcomes: Counter<'outcome' | 'actor'>;
  /** Records that found their document already handled, by what happened to them. */
  suppressed: Counter<'reason'>;
}

const perRegistry = new WeakMap<Registry, ValidatorMetrics>();

export function validatorMetrics(registry: Registry): ValidatorMetrics {
  let metrics = perRegistry.get(registry);
  if (metrics === undefined) {
    const registers = [registry];
    metrics = {
      outcomes: new Counter({
        name: 'sluice_validator_outcomes_total',
        help: 'Documents decided (ACCEPTED/REJECTED) or sent to review (REVIEW), by actor (POLICY/HUMAN)',
        labelNames: ['outcome', 'actor'],
        registers,
      }),
      suppressed: new Counter({
        name: 'sluice_validator_suppressed_total',
        help: 'Records that emitted nothing final: duplicate (document already handled), review-ignored (already decided)',
        labelNames: ['reason'],
        registers,
      }),
    };
    perRegistry.set(registry, metrics);
  }
  return metrics;
}
