-- The validator's decision state per document (services/validator): what makes the final record
-- on documents.processed.v1 exactly one per document id, across crashes, duplicates and repeated
-- review completions.
--
-- `first_record` is the documents.enriched.v1 record (topic/partition/offset) that created the
-- row; `decided_by_record` the record (enriched or reviews.completed) whose processing decided.
-- Only that record emits the final result, and emits `final_record` again, byte for byte the same
-- value, when it is delivered again after an aborted transaction. `payload` keeps what a review
-- needs: fields, matches, violations, the review request as emitted.
CREATE TABLE IF NOT EXISTS validator_documents (
  scope text NOT NULL,
  document_id text NOT NULL,
  tenant text NOT NULL,
  kind text NOT NULL,
  status text NOT NULL CHECK (status IN ('PENDING_REVIEW', 'DECIDED')),
  payload jsonb NOT NULL,
  first_record text NOT NULL,
  decision text CHECK (decision IN ('ACCEPTED', 'REJECTED')),
  decided_by_record text,
  final_record jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz,
  PRIMARY KEY (scope, document_id),
  CHECK ((status = 'DECIDED') = (decided_by_record IS NOT NULL AND final_record IS NOT NULL AND decision IS NOT NULL))
);

CREATE INDEX IF NOT EXISTS validator_documents_pending
  ON validator_documents (scope, tenant, created_at)
  WHERE status = 'PENDING_REVIEW';
