-- Append-only, hash-chained audit log: one chain per tenant.
-- hash = sha256(prev_hash || canonical JSON of the entry); the first entry of a tenant chains to
-- 64 zeros. Changing, removing or reordering a row breaks every hash after it (`sluice audit verify`).
CREATE TABLE IF NOT EXISTS audit_log (
  seq bigserial PRIMARY KEY,
  event_id text NOT NULL UNIQUE, -- deterministic per action: a replayed event is not appended twice
  tenant text NOT NULL,
  document_id text NOT NULL,
  service text NOT NULL,
  action text NOT NULL,
  occurred_at timestamptz NOT NULL,
  entry jsonb NOT NULL, -- model reference, prompt hash, latency, tokens, cost, redaction counts, reviewer...
  prev_hash text NOT NULL,
  hash text NOT NULL UNIQUE,
  recorded_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS audit_log_document ON audit_log (document_id, seq);
CREATE INDEX IF NOT EXISTS audit_log_tenant ON audit_log (tenant, seq);

-- The application role never needs UPDATE or DELETE; refuse them outright. (A superuser can still
-- bypass triggers; the hash chain is what detects that.)
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
END
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
