import type { AuditEvent, DocumentExtracted, DocumentIngested } from '@sluice/contracts';
import { isSluiceError, SluiceError } from '@sluice/errors';
import type { ExtractionModel, LanguageDetector, TriageTaxonomies } from '@sluice/models';
import type { DocumentParser, ParsedDocument } from '@sluice/parsing';
import type { LoadingDependency } from '@sluice/model-service';
import { auditEvent, AUDIT_TOPIC } from '@sluice/audit-events';
import { claimDocuments, type ClaimStore } from '@sluice/db';
import { normaliseKind } from '@sluice/models';
import { defineService, type BatchingOptions, type InputRecord, type OutputRecord, type ServiceDefinition } from '@sluice/stream';
import { claimOf, reusedIdError } from './document-claim';
import { inputFacts } from './input-facts';
import { extractDocument } from './extract-document';
import { extractorMetrics } from './extractor-metrics';

export const EXTRACTOR = 'extractor';
export const INGESTED_TOPIC = 'documents.ingested.v1';
export const EXTRACTED_TOPIC = 'documents.extracted.v1';

export interface ExtractorModels {
  extraction: ExtractionModel;
  language: LanguageDetector;
  /** Each tenant's e-mail triage taxonomy: the intents its e-mails may take (absent: the default's). */
  triage?: TriageTaxonomies;
}

export interface ExtractorDeps {
  /** PostgreSQL (or anything that answers the claim queries): document-id claims live there. */
  db: ClaimStore;
  models: LoadingDependency<ExtractorModels>;
  /** Claim scope: service + topic prefix, so a shadow pipeline claims its own copies. */
  claimScope: string;
  now?: () => number;
  batching?: Partial<BatchingOptions>;
  /**
   * The first stage (issue 9): raw e-mail, HTML and PDF into canonical text, attachments as
   * documents of their own, large texts by reference (@sluice/parsing). Unset: texts are read as
   * they arrive (what the unit tests of extraction alone use).
   */
  parser?: DocumentParser;
}

type Output = OutputRecord<DocumentExtracted | AuditEvent>;

/** At most this much of an id or key is quoted in a reason: a reason never carries a whole input. */
const quoted = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

/**
 * documents.ingested.v1 records are keyed by their document id (the schema's doc; the gateway and
 * `sluice publish` do so): the key partitions a document's records together and names it in every
 * dead letter. A record without a key, with an empty one or with another id's (a producer of its
 * own, issue 12's bad inputs) is refused as INVALID_INPUT with both named, before any model call.
 */
export function ingestKeyProblem(record: Pick<InputRecord<Pick<DocumentIngested, 'id'>>, 'key' | 'value'>): SluiceError | undefined {
  const id = record.value.id;
  if (record.key === id && id !== '') return undefined;
  if (id === '') return new SluiceError('INVALID_INPUT', 'the document id is empty');
  const key = record.key === null ? 'the record has no key' : record.key === '' ? 'the record key is empty' : `the record key ${quoted(record.key)} is not the document id`;
  return new SluiceError('INVALID_INPUT', `${key}: documents.ingested.v1 records are keyed by their document id (${quoted(id)})`, { details: { documentId: id } });
}

/**
 * The extractor: claims the batch's document ids with their content hashes (a re-published copy
 * is a replay and only audited; a different document under a claimed id is INVALID_INPUT,
 * dead-lettered with both hashes named), then extracts document by document — the local models are CPU-bound on the
 * event loop, so running them concurrently would only interleave them. A model answer that does
 * not fit the targets surfaces as a non-retryable INVALID_MODEL_OUTPUT naming the document, and
 * the runtime dead-letters that record alone.
 */
export function createExtractorService(deps: ExtractorDeps): ServiceDefinition<DocumentIngested, DocumentExtracted | AuditEvent> {
  return defineService<DocumentIngested, DocumentExtracted | AuditEvent>({
    name: EXTRACTOR,
    input: INGESTED_TOPIC,
    outputs: [EXTRACTED_TOPIC, AUDIT_TOPIC],
    // Small batches: extraction costs milliseconds a document, so a big batch only delays commits.
    batching: { minRecords: 20, maxRecords: 200, ...deps.batching },
    readiness: {
      database: async () => {
        await deps.db.query('SELECT 1');
      },
      model: () => deps.models.ready(),
    },
    handler: async (records, context) => {
      // A badly keyed record fails its batch at once; the runtime bisects and dead-letters it alone.
      for (const record of records) {
        const problem = ingestKeyProblem(record);
        if (problem) throw problem;
      }
      const metrics = extractorMetrics(context.metrics);
      const models = await deps.models.get();
      const claims = records.map(claimOf);
      const outcomes = await claimDocuments(deps.db, deps.claimScope, claims);
      // A different document under a claimed id fails its batch at once, like a bad key: dead-lettered alone.
      for (const [index, outcome] of outcomes.entries()) if (outcome.outcome === 'conflict') throw reusedIdError(claims[index]!, outcome);
      const outputs: Output[] = [];
      for (const [index, record] of records.entries()) {
        const document = record.value;
        const outcome = outcomes[index]!;
        if (outcome.outcome !== 'owned') {
          metrics.documents.inc({ kind: normaliseKind(document.kind), action: 'duplicate-ignored' });
          context.logger.info({ documentId: document.id, offset: record.offset, owner: outcome.owner }, 'duplicate document id ignored');
          outputs.push(
            auditEvent({
              service: EXTRACTOR,
              action: 'duplicate-ignored',
              documentId: document.id,
              tenant: document.tenant,
              source: record,
              details: { reason: 'document id already claimed by an earlier record with the same content', owner: outcome.owner },
            }),
          );
          continue;
        }
        const parsed: ParsedDocument = deps.parser
          ? await deps.parser.parse(document).catch((error: unknown) => {
              throw namedFailure(error, document.id);
            })
          : { document, text: document.text, format: 'text', attachments: [], details: {} };
        // The document, then each attachment as a document of its own with its own extracted record.
        for (const [index, part] of [parsed, ...parsed.attachments].entries()) {
          const derived = index > 0;
          const current = part.document;
          if (derived || parsed.format !== 'text' || current.parentId) {
            outputs.push(
              auditEvent({
                service: EXTRACTOR,
                action: 'parsed',
                documentId: current.id,
                tenant: current.tenant,
                source: record,
                derivedDocument: derived,
                details: { ...part.details, ...(current.parentId ? { parentId: current.parentId } : {}) },
              }),
            );
          }
          // A slow model (remote endpoints time out at tens of seconds) must not cost the group membership.
          await context.heartbeat();
          const extraction = await extractDocument({ ...current, text: part.text }, { ...models, now: deps.now }, context.signal).catch((error: unknown) => {
            throw namedFailure(error, current.id);
          });
          // The record carries the text as the parsed document does: whole, or its head and a reference.
          // The facts about the input come from the original as it arrived (the parser drops scripts from the text).
          const value: DocumentExtracted = {
            ...extraction.record,
            text: current.text,
            textRef: current.textRef ?? null,
            parentId: current.parentId ?? null,
            inputFacts: inputFacts(derived ? current : document),
          };
          metrics.documents.inc({ kind: extraction.kind, action: 'extracted' });
          metrics.fields.inc({ kind: extraction.kind }, extraction.record.fields.length);
          metrics.modelSeconds.observe({ kind: extraction.kind, model: extraction.result.model.model }, extraction.result.usage.latencyMs / 1000);
          outputs.push({ topic: EXTRACTED_TOPIC, key: current.id, value, source: record });
          outputs.push(
            auditEvent({
              service: EXTRACTOR,
              action: 'extracted',
              documentId: current.id,
              tenant: current.tenant,
              source: record,
              result: extraction.result,
              derivedDocument: derived,
              details: {
                kind: extraction.kind,
                language: extraction.record.language ?? 'und',
                fields: String(extraction.record.fields.length),
              },
            }),
          );
        }
      }
      return outputs;
    },
  });
}

/** Keeps code, retryability and cause; adds which document failed (the dead letter's reason). */
function namedFailure(error: unknown, documentId: string): unknown {
  if (!isSluiceError(error)) return error;
  return new SluiceError(error.code, `document ${documentId}: ${error.message}`, {
    cause: error,
    retryable: error.retryable,
    retryAfterMs: error.retryAfterMs,
    details: { ...error.details, documentId },
  });
}
