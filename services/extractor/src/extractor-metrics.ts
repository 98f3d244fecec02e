import { Counter, Histogram } from 'prom-client';
import { metricsPerRegistry } from '@sluice/stream';

export interface ExtractorMetrics {
  documents: Counter<'kind' | 'action'>;
  fields: Counter<'kind'>;
  modelSeconds: Histogram<'kind' | 'model'>;
}

/** The extractor's own metrics, registered once in the runtime's registry (served on /metrics). */
export const extractorMetrics = metricsPerRegistry((registry): ExtractorMetrics => {
  const registers = [registry];
  return {
    documents: new Counter({
      name: 'sluice_extractor_documents_total',
      help: 'Documents handled, by normalised kind and action (extracted, duplicate-ignored)',
      labelNames: ['kind', 'action'],
      registers,
    }),
    fields: new Counter({ name: 'sluice_extractor_fields_total', help: 'Fields emitted', labelNames: ['kind'], registers }),
    modelSeconds: new Histogram({
      name: 'sluice_extractor_model_duration_seconds',
      help: 'Extraction chain time per document (every link it walked)',
      labelNames: ['kind', 'model'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
  };
});
