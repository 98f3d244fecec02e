import { Counter } from 'prom-client';
import { metricsPerRegistry } from '@sluice/stream';

/** The enricher's own metrics, next to the runtime's in the service registry. */
export interface EnricherMetrics {
  matches: Counter<'entityType' | 'outcome'>;
  duplicates: Counter<'kind'>;
  erpLookups: Counter<'status'>;
}

/** Registered once per registry (the handler sees the registry with every batch). */
export const enricherMetrics = metricsPerRegistry((registry): EnricherMetrics => {
  const registers = [registry];
  return {
    matches: new Counter({
      name: 'sluice_enricher_matches_total',
      help: 'Documents by best reference match: confident (at least the lookup score), weak, or none',
      labelNames: ['entityType', 'outcome'],
      registers,
    }),
    duplicates: new Counter({ name: 'sluice_enricher_duplicates_total', help: 'Documents found to repeat an earlier one: exact key or near (embedding)', labelNames: ['kind'], registers }),
    erpLookups: new Counter({ name: 'sluice_enricher_erp_lookups_total', help: 'Documents by ERP lookup outcome: ok, unavailable, skipped (no confident vendor)', labelNames: ['status'], registers }),
  };
});
