import type { DocumentEmbedded } from '@sluice/contracts';
import type { ErpClient } from '@sluice/connectors';
import { AUDIT_TOPIC } from '@sluice/pipeline';
import { defineService, type ServiceDefinition } from '@sluice/stream';
import { createEnrichHandler, ENRICHED_TOPIC, ENRICHER, type EnricherDeps } from './enrich-documents';

export const EMBEDDED_TOPIC = 'documents.embedded.v1';

export interface EnricherServiceDeps extends EnricherDeps {
  /** Readiness: the database answers. */
  pingDatabase: () => Promise<void>;
  erp: ErpClient | null;
}

/** The enricher as a stream service: readiness covers the database and, when configured, the ERP. */
export function enricherService(deps: EnricherServiceDeps): ServiceDefinition<DocumentEmbedded, unknown> {
  const readiness: Record<string, () => Promise<void>> = { database: deps.pingDatabase };
  const { erp } = deps;
  if (erp !== null) {
    readiness.erp = async () => {
      await erp.health(AbortSignal.timeout(2_000));
    };
  }
  return defineService<DocumentEmbedded, unknown>({
    name: ENRICHER,
    input: EMBEDDED_TOPIC,
    outputs: [ENRICHED_TOPIC, AUDIT_TOPIC],
    handler: createEnrichHandler(deps),
    // Every batch costs a few queries per tenant; bigger batches amortise them.
    batching: { maxRecords: 200 },
    readiness,
  });
}
