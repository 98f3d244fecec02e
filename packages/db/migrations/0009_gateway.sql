-- The HTTP gateway (services/gateway).
--
-- API keys: one row per key. Only a SHA-256 of the secret is stored (the secret is 32 random bytes,
-- so a fast hash is enough: nothing to brute-force). A key belongs to one tenant and carries the
-- scopes it may use (`publish`, `read`); revoking sets revoked_at, the row stays for the record.
CREATE TABLE IF NOT EXISTS gateway_api_keys (
  key_id text PRIMARY KEY,
  tenant text NOT NULL,
  name text NOT NULL,
  scopes text[] NOT NULL,
  secret_sha256 text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  CHECK (scopes <@ ARRAY['publish', 'read']::text[] AND cardinality(scopes) > 0)
);

CREATE INDEX IF NOT EXISTS gateway_api_keys_tenant ON gateway_api_keys (tenant, created_at);

-- Which tenant owns each document id the gateway accepted, per topic prefix (`scope`): a second
-- tenant cannot publish under, or read, an id that is another tenant's. `published_at` is set once
-- the broker acknowledged the record; a row without it was claimed but never acknowledged.
CREATE TABLE IF NOT EXISTS gateway_documents (
  scope text NOT NULL,
  document_id text NOT NULL,
  tenant text NOT NULL,
  claimed_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  PRIMARY KEY (scope, document_id)
);
