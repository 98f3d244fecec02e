import type { DocumentEmbedded } from '@sluice/contracts';
import type { ErpClient } from '@sluice/connectors';
import type { LoadingDependency } from '@sluice/model-service';
import { AUDIT_TOPIC } from '@sluice/audit-events';
import { defineService, type ServiceDefinition } from '@sluice/stream';
import { createEnrichHandler, ENRICHED_TOPIC, ENRICHER, type EnricherDeps } from './enrich-documents';
import type { EntityMatcherDeps } from './entity-matcher';

export const EMBEDDED_TOPIC = 'documents.embedded.v1';

export interface EnricherServiceDeps extends Omit<EnricherDeps, 'matcher'> {
  /** The reference matcher, whose name index holds the embedding model: loaded in the background. */
  matcher: LoadingDependency<EntityMatcherDeps>;
  /** Readiness: the database answers. */
  pingDatabase: () => Promise<void>;
  erp: ErpClient | null;
}

/**
 * The enricher as a stream service: readiness covers the database, the matcher's model and, when
 * configured, the ERP; the first batch waits for the model.
 */
export function enricherService(deps: EnricherServiceDeps): ServiceDefinition<DocumentEmbedded, unknown> {
  const readiness: Record<string, () => Promise<void>> = { database: deps.pingDatabase, model: () => deps.matcher.ready() };
  const { erp } = deps;
  if (erp !== null) {
    readiness.erp = async () => {
      await erp.health(AbortSignal.timeout(2_000));
    };
  }
  let handler: ReturnType<typeof createEnrichHandler> | undefined;
  return defineService<DocumentEmbedded, unknown>({
    name: ENRICHER,
    input: EMBEDDED_TOPIC,
    outputs: [ENRICHED_TOPIC, AUDIT_TOPIC],
    handler: async (records, context) => {
      handler ??= createEnrichHandler({ ...deps, matcher: await deps.matcher.get() });
      return handler(records, context);
    },
    // Every batch costs a few queries per tenant; bigger batches amortise them.
    batching: { maxRecords: 200 },
    readiness,
  });
}
