-- Exact-match embedding cache: one row per (model, sha256 of the exact text).
--
-- One table for every model, with an unsized `vector` column and the dimension stored per row
-- (checked). The cache is only ever read by primary key, never searched by similarity, so it
-- needs no ANN index and therefore no fixed column dimension; a new model (other dimension)
-- then needs no migration. `model` is the full model reference "provider/model@version", so a
-- new model version never reads vectors of the old one.
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE IF NOT EXISTS embedding_cache (
  model text NOT NULL,
  content_hash bytea NOT NULL CHECK (octet_length(content_hash) = 32),
  dimensions integer NOT NULL CHECK (dimensions > 0),
  embedding vector NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (model, content_hash),
  CONSTRAINT embedding_cache_dimensions_match CHECK (vector_dims(embedding) = dimensions)
);

-- Eviction (by age, per model) scans by created_at.
CREATE INDEX IF NOT EXISTS embedding_cache_created_at ON embedding_cache (created_at);
