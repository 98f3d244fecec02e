import type { DocumentEmbedded, DocumentEnriched } from '@sluice/contracts';
import type { ErpClient } from '@sluice/connectors';
import { auditEvent } from '@sluice/audit-events';
import { normaliseKind } from '@sluice/models';
import type { HandlerContext, InputRecord, OutputRecord } from '@sluice/stream';
import type { EgressRecord } from '@sluice/models';
import { documentFacts } from './document-facts';
import { fingerprintOf } from './document-fingerprint';
import type { DuplicateDetector, DuplicateFinding } from './duplicate-detector';
import { enricherMetrics } from './enricher-metrics';
import { confidentMatch, matchEntities, type EntityMatch, type EntityMatcherDeps } from './entity-matcher';
import type { ReferenceTenants } from './reference-tenants';
import { lookUpErpFacts, wholeBatchUnavailable, type ErpLookupRequest, type ErpLookupResult } from './erp-lookup';

export const ENRICHER = 'enricher';
export const ENRICHED_TOPIC = 'documents.enriched.v1';

export interface EnricherDeps {
  matcher: EntityMatcherDeps;
  duplicates: DuplicateDetector;
  /** null: no ERP configured, no lookups, no `erp.*` facts. */
  erp: ErpClient | null;
  /** A vendor match must score this much before its id is used for lookups and duplicate keys. */
  lookupMinScore: number;
  /** How long to pause fetching when every ERP lookup of a batch failed. */
  erpPauseMs: number;
  /** Which tenants have reference data; unset: no `tenant.reference` fact. */
  tenants?: ReferenceTenants;
  now?: () => number;
}

function field(record: DocumentEmbedded, name: string): string | undefined {
  return record.fields.find((entry) => entry.name === name)?.value;
}

/**
 * The enricher's batch handler: reference matches, near-duplicates and ERP facts for each
 * embedded document, then one enriched record and one `enriched` audit event per document.
 */
export function createEnrichHandler(deps: EnricherDeps) {
  const now = deps.now ?? Date.now;
  return async (records: readonly InputRecord<DocumentEmbedded>[], context: HandlerContext): Promise<OutputRecord[]> => {
    const metrics = enricherMetrics(context.metrics);
    const values = records.map((record) => record.value);
    const kinds = values.map((value) => normaliseKind(value.kind));
    const egress = values.map((): EgressRecord[] => []);
    const matches = await matchEntities(values, kinds, deps.matcher, egress);
    const vendors = matches.map((found) => confidentMatch(found, 'vendor', deps.lookupMinScore));

    const findings = await deps.duplicates.detect(values.map((value, i) => fingerprintOf(value, kinds[i]!, vendors[i]?.refId)));

    const requests = vendors.map((vendor, i): ErpLookupRequest | null =>
      vendor === undefined || deps.erp === null ? null : { vendorId: vendor.refId, iban: field(values[i]!, 'iban'), orderNumber: field(values[i]!, 'orderNumber') },
    );
    const lookups = deps.erp === null ? requests.map(() => null) : await lookUpErpFacts(requests, deps.erp, context.signal);
    if (wholeBatchUnavailable(lookups)) {
      // Every lookup failed: the ERP is down (or its breaker open). These documents go on degraded;
      // pausing keeps the next ones in Kafka until the breaker may let a probe through, instead of
      // degrading the whole backlog at full speed.
      const failures = [...new Set(lookups.flatMap((lookup) => (lookup?.failure === undefined ? [] : [lookup.failure])))];
      context.logger.warn({ failures, pauseMs: deps.erpPauseMs }, 'ERP unavailable for the whole batch: emitting degraded records and pausing');
      context.pauseFor(deps.erpPauseMs);
    }

    const referenced = deps.tenants ? await deps.tenants.withReferences(values.map((value) => value.tenant)) : undefined;
    const outputs: OutputRecord[] = [];
    records.forEach((record, i) => {
      const value = record.value;
      const finding = findings.get(value.documentId) ?? { duplicateOf: null, duplicateScore: null };
      const lookup = lookups[i] ?? null;
      const found = matches[i] ?? [];
      count(metrics, kinds[i]!, found, vendors[i], finding, lookup, deps);
      const enriched: DocumentEnriched = {
        documentId: value.documentId,
        tenant: value.tenant,
        kind: kinds[i]!,
        receivedAt: value.receivedAt,
        fields: value.fields.map((entry) => ({ name: entry.name, value: entry.value, confidence: entry.confidence, span: entry.span })),
        matches: found,
        duplicateOf: finding.duplicateOf,
        duplicateScore: finding.duplicateScore,
        // The extractor's facts about the input as it arrived, the enricher's about its text and tenant, the ERP's.
        facts: {
          ...value.inputFacts,
          ...documentFacts(value, now()),
          ...(referenced && !referenced.has(value.tenant) ? { 'tenant.reference': 'none' } : {}),
          ...lookup?.facts,
        },
        enrichedAt: now(),
        parentId: value.parentId ?? null,
      };
      outputs.push({ topic: ENRICHED_TOPIC, key: value.documentId, value: enriched, source: record });
      outputs.push(
        auditEvent({
          service: ENRICHER,
          action: 'enriched',
          documentId: value.documentId,
          tenant: value.tenant,
          source: record,
          egress: egress[i],
          details: auditDetails(found, finding, lookup, deps.erp !== null),
        }),
      );
    });
    return outputs;
  };
}

function auditDetails(matches: readonly EntityMatch[], finding: DuplicateFinding, lookup: ErpLookupResult | null, erpConfigured: boolean): Record<string, string> {
  const best = matches[0];
  const details: Record<string, string> = {
    bestMatch: best === undefined ? 'none' : `${best.entityType}:${best.refId}`,
    bestMatchScore: best === undefined ? '0' : best.score.toFixed(3),
    duplicateOf: finding.duplicateOf ?? 'none',
    erpStatus: lookup?.status ?? (erpConfigured ? 'skipped' : 'not-configured'),
  };
  if (finding.duplicateScore !== null) details.duplicateScore = finding.duplicateScore.toFixed(3);
  if (lookup?.failure !== undefined) details.erpFailure = lookup.failure;
  return details;
}

function count(
  metrics: ReturnType<typeof enricherMetrics>,
  kind: string,
  matches: readonly EntityMatch[],
  vendor: EntityMatch | undefined,
  finding: DuplicateFinding,
  lookup: ErpLookupResult | null,
  deps: EnricherDeps,
): void {
  const entityType = kind === 'invoice' ? 'vendor' : kind === 'email' ? 'customer' : undefined;
  if (entityType !== undefined) {
    const best = matches.find((match) => match.entityType === entityType);
    const outcome = best === undefined ? 'none' : best.score >= deps.lookupMinScore ? 'confident' : 'weak';
    metrics.matches.inc({ entityType, outcome });
  }
  if (finding.duplicateOf !== null) metrics.duplicates.inc({ kind: finding.duplicateScore === 1 ? 'exact' : 'near' });
  if (deps.erp !== null && kind === 'invoice') metrics.erpLookups.inc({ status: lookup?.status ?? (vendor === undefined ? 'skipped' : 'ok') });
}
