import { Counter } from 'prom-client';
import { metricsPerRegistry } from '@sluice/stream';

export interface ValidatorMetrics {
  /** Final records and review requests emitted for the first time, by outcome and actor. */
  outcomes: Counter<'outcome' | 'actor'>;
  /** Records that found their document already handled, by what happened to them. */
  suppressed: Counter<'reason'>;
}

export const validatorMetrics = metricsPerRegistry((registry): ValidatorMetrics => {
  const registers = [registry];
  return {
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
});
