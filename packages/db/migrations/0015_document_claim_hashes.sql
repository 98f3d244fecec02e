-- The SHA-256 of the claiming record's canonical payload (packages/db/src/document-claims.ts): a
-- later record under the same id with the same hash is a replay (ignored, idempotent); with
-- another hash it is a different document under a reused id, refused (issue 12). Null for claims
-- made before this column existed: they are compared with nothing and keep acting as replays.
ALTER TABLE pipeline_document_claims ADD COLUMN IF NOT EXISTS content_hash text;
