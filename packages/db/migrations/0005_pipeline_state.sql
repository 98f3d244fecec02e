-- Which input record first carried each document id, per service scope (service + topic prefix):
-- a later record with the same id is a duplicate; the same record again is a retry (see
-- packages/pipeline/src/document-claims.ts).
CREATE TABLE IF NOT EXISTS pipeline_document_claims (
  scope text NOT NULL,
  document_id text NOT NULL,
  record_key text NOT NULL,
  claimed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, document_id)
);
