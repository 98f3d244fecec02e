-- The Kafka cluster whose records this database's state refers to (claims, the validator's
-- decisions, near-duplicate fingerprints, the review queue, the audit log), when the local stack
-- owns the database (`sluice stack up` with DATABASE_URL unset): at most one row, the id from
-- DescribeCluster / the broker's `cluster.id`. `stack up` keeps the database for that cluster and
-- renames it aside for any other (packages/local-stack/src/database-owner.ts). Unused elsewhere.
CREATE TABLE IF NOT EXISTS local_stack_cluster (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  cluster_id text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
