-- Human review (services/review) and the accounts of the people who do it (packages/accounts).
--
-- Accounts: reviewers decide documents of the tenants granted to them; auditors read every tenant
-- and decide nothing. Passwords are scrypt hashes with their parameters (packages/accounts
-- password-hash.ts). Sessions keep only the sha256 of the cookie's token, so a copy of this table
-- signs nobody in; each session has its own CSRF token.
CREATE TABLE IF NOT EXISTS accounts (
  username text PRIMARY KEY,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('reviewer', 'auditor')),
  tenants text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS account_sessions (
  token_hash text PRIMARY KEY,
  username text NOT NULL REFERENCES accounts (username) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS account_sessions_expiry ON account_sessions (expires_at);

-- What a reviewer needs beside the review request: the document text, the extraction model and
-- the extracted fields with their source spans, from documents.extracted.v1 (the request carries
-- fields after enrichment, not the text). Rows of documents never sent to review are pruned after
-- the retention the service is configured with.
CREATE TABLE IF NOT EXISTS review_context (
  scope text NOT NULL,
  document_id text NOT NULL,
  tenant text NOT NULL,
  kind text NOT NULL,
  text text NOT NULL,
  language text,
  model jsonb NOT NULL,
  fields jsonb NOT NULL,
  extracted_at timestamptz NOT NULL,
  stored_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, document_id)
);

CREATE INDEX IF NOT EXISTS review_context_stored ON review_context (scope, stored_at);

-- The review queue: exactly one entry per (scope, document id), from the first review request.
-- status: OPEN (waiting or leased), AWAITING_SECOND (four-eyes: one approval recorded, a different
-- reviewer must confirm), DECIDED. `version` counts changes; audit event ids derive from it.
CREATE TABLE IF NOT EXISTS review_queue (
  scope text NOT NULL,
  document_id text NOT NULL,
  tenant text NOT NULL,
  kind text NOT NULL,
  request jsonb NOT NULL,
  request_record text NOT NULL,
  reason_rules text[] NOT NULL,
  min_confidence double precision NOT NULL,
  requested_at timestamptz NOT NULL,
  queued_at timestamptz NOT NULL DEFAULT now(),
  due_at timestamptz NOT NULL,
  escalated_at timestamptz,
  status text NOT NULL CHECK (status IN ('OPEN', 'AWAITING_SECOND', 'DECIDED')),
  lease_holder text,
  lease_expires_at timestamptz,
  first_approval jsonb,
  decision text CHECK (decision IN ('ACCEPTED', 'REJECTED')),
  decided_by text,
  decided_at timestamptz,
  completion jsonb,
  version integer NOT NULL DEFAULT 0,
  PRIMARY KEY (scope, document_id),
  CHECK ((lease_holder IS NULL) = (lease_expires_at IS NULL)),
  CHECK ((status = 'DECIDED') = (decided_at IS NOT NULL AND completion IS NOT NULL))
);

CREATE INDEX IF NOT EXISTS review_queue_waiting
  ON review_queue (scope, tenant, requested_at)
  WHERE status <> 'DECIDED';
CREATE INDEX IF NOT EXISTS review_queue_decided ON review_queue (scope, decided_at) WHERE status = 'DECIDED';

-- Transactional outbox: a decision and the records it produces (reviews.completed.v1, audit
-- events) commit in one PostgreSQL transaction; the publisher sends them to Kafka in id order and
-- marks them sent. At least once: the validator ignores a repeated completion, the auditor a
-- repeated event id.
CREATE TABLE IF NOT EXISTS review_outbox (
  id bigserial PRIMARY KEY,
  scope text NOT NULL,
  topic text NOT NULL,
  key text NOT NULL,
  value jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);

CREATE INDEX IF NOT EXISTS review_outbox_unsent ON review_outbox (id) WHERE sent_at IS NULL;

-- Small named secrets of the review tooling, e.g. the key behind reviewer pseudonyms in exports.
CREATE TABLE IF NOT EXISTS review_settings (
  name text PRIMARY KEY,
  value text NOT NULL
);
