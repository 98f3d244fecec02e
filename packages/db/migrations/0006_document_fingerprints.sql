-- The enricher's memory of earlier documents, for near-duplicate detection (services/enricher).
--
-- `seq` orders documents as the enricher saw them: "earlier" means a smaller seq. Rows of one
-- (scope, tenant) are written under a transaction-scoped advisory lock, so seq order is commit
-- order and two enricher instances cannot both miss each other's copy of an invoice.
-- The answer (`duplicate_of`, `duplicate_score`) is stored with the row when it is first computed:
-- a record delivered again (aborted transaction, crash, same id republished) gets that same answer.
-- `embedding` is the `document` vector of documents.embedded.v1; the HNSW index needs a fixed
-- dimension, so it is vector(512) like reference_entities (use-lite-512). Documents embedded by a
-- model of another dimension are stored without a vector and compared by their key only.
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE IF NOT EXISTS enricher_document_fingerprints (
  scope text NOT NULL,
  document_id text NOT NULL,
  seq bigserial NOT NULL UNIQUE,
  tenant text NOT NULL,
  kind text NOT NULL,
  -- Normalised vendor + invoice number + total + currency; null when a part is missing.
  duplicate_key text,
  -- Total and currency on their own: a near-duplicate with another amount is another invoice.
  amount_key text,
  embedding_model text,
  embedding vector(512),
  duplicate_of text,
  duplicate_score double precision,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, document_id)
);

CREATE INDEX IF NOT EXISTS enricher_document_fingerprints_key
  ON enricher_document_fingerprints (scope, tenant, kind, duplicate_key)
  WHERE duplicate_key IS NOT NULL;

CREATE INDEX IF NOT EXISTS enricher_document_fingerprints_embedding_hnsw
  ON enricher_document_fingerprints USING hnsw (embedding vector_cosine_ops);
