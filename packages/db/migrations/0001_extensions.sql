-- pgvector for embeddings and nearest-neighbour matching; pg_trgm for lexical name similarity.
CREATE EXTENSION IF NOT EXISTS vector;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
