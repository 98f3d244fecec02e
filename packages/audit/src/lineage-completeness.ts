/**
 * Whether a document's lineage holds every step the pipeline records for it, or more are still
 * arriving. The auditor consumes each topic on its own, so a reader can see a document's final
 * record before the steps that led to it: lineage is eventually consistent, and this says where it
 * stands instead of leaving readers to poll for a stage.
 *
 * Expected steps (service and action as `AuditEntry` records them), in pipeline order:
 * - `kafka` `recorded documents.ingested.v1` — except for a document with a parent (an attachment
 *   the extractor parsed out of an e-mail was never on the ingest topic);
 * - `extractor` `extracted`, `kafka` `recorded documents.extracted.v1` — or only `extractor`
 *   `duplicate-ignored` when the id was claimed by another record and nothing else follows;
 * - `embedder` `embedded`, `kafka` `recorded documents.embedded.v1`;
 * - `enricher` `enriched`, `kafka` `recorded documents.enriched.v1`;
 * - the decision: `validator` `decided` and `kafka` `recorded documents.processed.v1`; or, when the
 *   validator asked for review, `validator` `review-requested`, `kafka` `recorded reviews.requested.v1`,
 *   `review` `queued`, then the human's part: `kafka` `recorded reviews.completed.v1`, `validator`
 *   `review-applied`, `kafka` `recorded documents.processed.v1`;
 * - and every attachment named by the extractor's `parsed` step complete in turn.
 * Every kind goes through the same stages today (services/*: none skips a kind).
 */
export type LineageStatus = 'complete' | 'awaiting-review' | 'arriving';

export interface LineageCompleteness {
  /** `complete`: every expected step is recorded; `awaiting-review`: all but a reviewer's decision and what follows it; else `arriving`. */
  status: LineageStatus;
  /** Expected steps not recorded yet, as `service:action`, in pipeline order. */
  missing: string[];
  /** Attachments whose own lineage is not complete yet. */
  incompleteAttachments: string[];
}

const step = (service: string, action: string) => `${service}:${action}`;
const recorded = (topic: string) => step('kafka', `recorded ${topic}`);

const EXTRACTION = [step('extractor', 'extracted'), recorded('documents.extracted.v1')];
const EMBEDDING = [step('embedder', 'embedded'), recorded('documents.embedded.v1')];
const ENRICHMENT = [step('enricher', 'enriched'), recorded('documents.enriched.v1')];
const POLICY_DECISION = [step('validator', 'decided'), recorded('documents.processed.v1')];
const REVIEW_REQUEST = [step('validator', 'review-requested'), recorded('reviews.requested.v1'), step('review', 'queued')];
const REVIEW_OUTCOME = [recorded('reviews.completed.v1'), step('validator', 'review-applied'), recorded('documents.processed.v1')];

/**
 * Completeness of one document's lineage from its steps (`service`, `action`), whether it has a
 * parent, and the completeness of each of its attachments (the caller reads their lineages). A
 * document is only as far as its least advanced attachment.
 */
export function lineageCompleteness(
  steps: readonly { service: string; action: string }[],
  options: { hasParent: boolean; attachments?: readonly { documentId: string; status: LineageStatus }[] },
): LineageCompleteness {
  const seen = new Set(steps.map((entry) => step(entry.service, entry.action)));
  const pending = (options.attachments ?? []).filter((attachment) => attachment.status !== 'complete');
  const incompleteAttachments = pending.map((attachment) => attachment.documentId);
  const attachmentsArriving = pending.some((attachment) => attachment.status === 'arriving');
  const ingest = options.hasParent ? [] : [recorded('documents.ingested.v1')];
  const duplicateOnly = seen.has(step('extractor', 'duplicate-ignored')) && !seen.has(step('extractor', 'extracted'));
  const reviewed = seen.has(step('validator', 'review-requested'));
  const before = duplicateOnly ? [...ingest, step('extractor', 'duplicate-ignored')] : [...ingest, ...EXTRACTION, ...EMBEDDING, ...ENRICHMENT, ...(reviewed ? REVIEW_REQUEST : POLICY_DECISION)];
  const after = !duplicateOnly && reviewed ? REVIEW_OUTCOME : [];
  const missingBefore = before.filter((expected) => !seen.has(expected));
  const missingAfter = after.filter((expected) => !seen.has(expected));
  const missing = [...missingBefore, ...missingAfter];
  const ownStatus: LineageStatus =
    missing.length === 0
      ? 'complete'
      : // Everything the pipeline does on its own is recorded; a reviewer has not decided yet.
        missingBefore.length === 0 && missingAfter.length === after.length && after.length > 0
        ? 'awaiting-review'
        : 'arriving';
  let status: LineageStatus = ownStatus;
  if (ownStatus !== 'arriving' && pending.length > 0) status = attachmentsArriving ? 'arriving' : 'awaiting-review';
  return { status, missing, incompleteAttachments };
}
