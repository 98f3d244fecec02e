import type pg from 'pg';

/** The configuration a shadow's candidate lane runs (what differs from production). */
export interface ShadowConfig {
  /** MODEL_PROFILE of the candidate lane. */
  profile?: string;
  /** RULES_DIR of the candidate lane. */
  rulesDir?: string;
  /** PROMPTS_DIR of the candidate lane. */
  promptsDir?: string;
}

/** One replay into the shadow, as `sluice replay` summarised it. */
export interface ReplayRecord {
  at: string;
  topic: string;
  source: string;
  selection: unknown;
  tenant: string | null;
  copied: number;
  targets: string[];
}

export interface ShadowRecord {
  name: string;
  createdAt: Date;
  baseline: boolean;
  config: ShadowConfig;
  replays: ReplayRecord[];
}

interface Row {
  name: string;
  created_at: Date;
  baseline: boolean;
  config: ShadowConfig;
  replays: ReplayRecord[];
}

const fromRow = (row: Row): ShadowRecord => ({ name: row.name, createdAt: row.created_at, baseline: row.baseline, config: row.config, replays: row.replays });

/**
 * The `shadow_pipelines` table (migration 0012): creates the shadow's row on first use, keeps its
 * creation time, sets its configuration and baseline flag when `sluice shadow up` says so.
 */
export async function registerShadow(pool: pg.Pool, name: string, update: { baseline?: boolean; config?: ShadowConfig } = {}): Promise<ShadowRecord> {
  const { rows } = await pool.query<Row>(
    `INSERT INTO shadow_pipelines (name, baseline, config) VALUES ($1, coalesce($2, false), coalesce($3::jsonb, '{}'::jsonb))
     ON CONFLICT (name) DO UPDATE SET baseline = coalesce($2, shadow_pipelines.baseline), config = coalesce($3::jsonb, shadow_pipelines.config)
     RETURNING name, created_at, baseline, config, replays`,
    [name, update.baseline ?? null, update.config === undefined ? null : JSON.stringify(update.config)],
  );
  return fromRow(rows[0]!);
}

/** Appends a replay to the shadow's row (creating the row when the replay comes first). */
export async function recordReplay(pool: pg.Pool, name: string, replay: ReplayRecord): Promise<void> {
  await pool.query(
    `INSERT INTO shadow_pipelines (name, replays) VALUES ($1, jsonb_build_array($2::jsonb))
     ON CONFLICT (name) DO UPDATE SET replays = shadow_pipelines.replays || jsonb_build_array($2::jsonb)`,
    [name, JSON.stringify(replay)],
  );
}

export async function getShadow(pool: pg.Pool, name: string): Promise<ShadowRecord | null> {
  const { rows } = await pool.query<Row>('SELECT name, created_at, baseline, config, replays FROM shadow_pipelines WHERE name = $1', [name]);
  return rows[0] ? fromRow(rows[0]) : null;
}

export async function listShadowRecords(pool: pg.Pool): Promise<ShadowRecord[]> {
  const { rows } = await pool.query<Row>('SELECT name, created_at, baseline, config, replays FROM shadow_pipelines ORDER BY name');
  return rows.map(fromRow);
}

export async function deleteShadowRecord(pool: pg.Pool, name: string): Promise<boolean> {
  return ((await pool.query('DELETE FROM shadow_pipelines WHERE name = $1', [name])).rowCount ?? 0) > 0;
}
