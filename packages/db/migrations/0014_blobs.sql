-- Claim-check blob store (packages/blob-store): large originals (PDFs, raw e-mails) and texts are
-- stored once under their SHA-256 and records on the topics carry only the reference, so no record
-- exceeds the broker's message size. `last_put_at` moves on every put of the same bytes, and the
-- sweep deletes blobs not put again within the longest retention of a topic that carries references.
CREATE TABLE IF NOT EXISTS blobs (
  sha256 text PRIMARY KEY,
  content_type text NOT NULL,
  size bigint NOT NULL,
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_put_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS blobs_last_put_at ON blobs (last_put_at);
