-- Near-duplicate detection by MinHash over character shingles of the text (services/enricher),
-- replacing the comparison of whole-document embeddings: the embedder no longer embeds texts by
-- default. `minhash` is the signature (128 int4), `shingle_count` the size of the shingle set
-- (for containment estimates), `lsh_bands` one int8 key per band of the signature; a GIN index
-- over the band keys finds the candidates that share a band. `minhash_scheme` names the
-- shingling and hashing; signatures of different schemes are never compared.
-- The `embedding` columns of 0006 stay for rows written before; nothing queries them any more,
-- so their HNSW index (costly on every insert) goes.
ALTER TABLE enricher_document_fingerprints
  ADD COLUMN IF NOT EXISTS minhash_scheme text,
  ADD COLUMN IF NOT EXISTS minhash int4[],
  ADD COLUMN IF NOT EXISTS shingle_count integer,
  ADD COLUMN IF NOT EXISTS lsh_bands int8[];

CREATE INDEX IF NOT EXISTS enricher_document_fingerprints_lsh
  ON enricher_document_fingerprints USING gin (lsh_bands);

DROP INDEX IF EXISTS enricher_document_fingerprints_embedding_hnsw;
