export { enricherService, EMBEDDED_TOPIC } from './enricher-service';
export type { EnricherServiceDeps } from './enricher-service';
export { createEnrichHandler, ENRICHED_TOPIC, ENRICHER } from './enrich-documents';
export type { EnricherDeps } from './enrich-documents';
export { loadEnricherConfig, enricherEnvSchema } from './enricher-config';
export { PgDuplicateDetector } from './duplicate-detector';
export { PgCustomerKeyLookup } from './customer-key-lookup';
