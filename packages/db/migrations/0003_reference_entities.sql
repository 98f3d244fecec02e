-- Reference entities (vendors, customers) that extracted names are matched against.
--
-- Unlike the embedding cache this table is searched by similarity, and an HNSW index needs a
-- fixed dimension: vector(512) is the local reference model (use-lite-512). Matching with a
-- model of another dimension means a new migration with its own column and index.
-- `normalized_name` (lower case, accents and legal form stripped, see
-- packages/embedding-cache/src/reference/company-name.ts) carries the trigram index: sentence
-- embeddings alone separate company names poorly, the lexical score fixes that.
CREATE EXTENSION IF NOT EXISTS vector;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE IF NOT EXISTS reference_entities (
  tenant text NOT NULL,
  entity_type text NOT NULL,
  ref_id text NOT NULL,
  name text NOT NULL,
  normalized_name text NOT NULL,
  attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
  embedding vector(512) NOT NULL,
  embedding_model text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant, entity_type, ref_id)
);

CREATE INDEX IF NOT EXISTS reference_entities_embedding_hnsw
  ON reference_entities USING hnsw (embedding vector_cosine_ops);

CREATE INDEX IF NOT EXISTS reference_entities_name_trgm
  ON reference_entities USING gin (normalized_name gin_trgm_ops);
