-- Exact match keys of reference entities: a customer's e-mail domains and customer numbers, a
-- vendor's IBANs and VAT ids. An exact key is stronger evidence than any name similarity, and the
-- enricher looks entities up by these, never by free-form attributes. Values are stored normalised
-- (see packages/embedding-cache/src/reference/reference-keys.ts): domains lower case, the other
-- kinds upper case without spaces.
CREATE TABLE IF NOT EXISTS reference_entity_keys (
  tenant text NOT NULL,
  entity_type text NOT NULL,
  ref_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('email-domain', 'customer-number', 'iban', 'vat-id')),
  value text NOT NULL,
  PRIMARY KEY (tenant, entity_type, ref_id, kind, value),
  FOREIGN KEY (tenant, entity_type, ref_id) REFERENCES reference_entities (tenant, entity_type, ref_id) ON DELETE CASCADE
);

CREATE INDEX IF NOT EXISTS reference_entity_keys_lookup ON reference_entity_keys (tenant, entity_type, kind, value);
