-- What `sluice shadow up` and `sluice replay` know about a shadow pipeline beyond its topics: when it
-- was created (its age in `sluice shadow list`), whether it has a noise-baseline lane (a replay then
-- writes into both lanes), the configuration its candidate lane runs, and every replay into it.
-- `sluice shadow delete` removes the row with the shadow's topics, groups, subjects and audit trail.
CREATE TABLE IF NOT EXISTS shadow_pipelines (
  name text PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  baseline boolean NOT NULL DEFAULT false,
  config jsonb NOT NULL DEFAULT '{}'::jsonb,
  replays jsonb NOT NULL DEFAULT '[]'::jsonb
);
