-- Audit namespaces, for shadow pipelines (`sluice replay | shadow | compare`).
-- Every auditor writes into the namespace of its topic prefix (SLUICE_TOPIC_PREFIX): production's
-- is '' (every row written before this migration stays there), a shadow's is `shadow.<name>.` (its
-- baseline's `shadow.<name>.baseline.`). Chains are per (namespace, tenant) and event ids unique per
-- namespace, so a shadow replaying production's documents never collides with, extends or reads as
-- production's trail. A shadow namespace is disposable: `sluice shadow delete` removes it;
-- production's stays append-only.
ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS namespace text NOT NULL DEFAULT '';
ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_event_id_key;
CREATE UNIQUE INDEX IF NOT EXISTS audit_log_namespace_event ON audit_log (namespace, event_id);
DROP INDEX IF EXISTS audit_log_tenant;
CREATE INDEX IF NOT EXISTS audit_log_namespace_tenant ON audit_log (namespace, tenant, seq);

CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger AS $$
BEGIN
  -- Only a whole shadow namespace may go (sluice shadow delete); nothing is ever updated.
  IF TG_OP = 'DELETE' AND starts_with(OLD.namespace, 'shadow.') THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
END
$$ LANGUAGE plpgsql;
