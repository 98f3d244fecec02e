import type pg from 'pg';

export interface ReviewStats {
  /** Documents the validator decided or sent to review in the window. */
  documents: number;
  /** Share of those decided by policy, without a person (null: no documents). */
  automationRate: number | null;
  reviewed: { decided: number; approved: number; rejected: number; waiting: number; escalated: number };
  /** Among decided reviews: how often a person changed each field. */
  correctionRateByField: { field: string; reviewed: number; corrected: number; rate: number }[];
  /** The same per extraction model (fields corrected / fields reviewed). */
  correctionRateByModel: { model: string; fieldsReviewed: number; fieldsCorrected: number; rate: number }[];
  /** From the review request to the decision, seconds. */
  timeToDecisionSeconds: { p50: number | null; p95: number | null };
}

/**
 * `sluice reviews stats`: how much the pipeline decides alone (the validator's decision table),
 * what people correct (per field, per extraction model), and how fast they decide.
 */
export async function reviewStats(pool: pg.Pool, options: { scope: string; since?: Date; tenant?: string }): Promise<ReviewStats> {
  const args = [options.scope, options.since ?? null, options.tenant ?? null];
  const window = (alias: string, column: string) => `${alias}.scope = $1 AND ($2::timestamptz IS NULL OR ${alias}.${column} >= $2) AND ($3::text IS NULL OR ${alias}.tenant = $3)`;
  const [automation, queue, fields, models, times] = await Promise.all([
    pool.query<{ documents: string; policy: string }>(
      `SELECT count(*) AS documents, count(*) FILTER (WHERE v.status = 'DECIDED' AND v.final_record->'decidedBy'->>'actor' = 'POLICY') AS policy
       FROM validator_documents v WHERE ${window('v', 'created_at')}`,
      args,
    ),
    pool.query<{ decided: string; approved: string; rejected: string; waiting: string; escalated: string }>(
      `SELECT count(*) FILTER (WHERE q.status = 'DECIDED') AS decided, count(*) FILTER (WHERE q.decision = 'ACCEPTED') AS approved,
              count(*) FILTER (WHERE q.decision = 'REJECTED') AS rejected, count(*) FILTER (WHERE q.status <> 'DECIDED') AS waiting,
              count(*) FILTER (WHERE q.escalated_at IS NOT NULL) AS escalated
       FROM review_queue q WHERE ${window('q', 'requested_at')}`,
      args,
    ),
    pool.query<{ field: string; reviewed: string; corrected: string }>(
      `SELECT f.name AS field, count(*) AS reviewed,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(q.completion->'corrections') c WHERE c->>'name' = f.name)) AS corrected
       FROM review_queue q CROSS JOIN LATERAL jsonb_to_recordset(q.request->'fields') AS f(name text)
       WHERE q.status = 'DECIDED' AND ${window('q', 'requested_at')}
       GROUP BY f.name ORDER BY 3 DESC, 1`,
      args,
    ),
    pool.query<{ model: string; reviewed: string; corrected: string }>(
      `SELECT coalesce(c.model->>'provider' || '/' || (c.model->>'model') || ' ' || (c.model->>'version'), 'unknown') AS model,
              sum(jsonb_array_length(q.request->'fields')) AS reviewed, sum(jsonb_array_length(q.completion->'corrections')) AS corrected
       FROM review_queue q LEFT JOIN review_context c ON c.scope = q.scope AND c.document_id = q.document_id
       WHERE q.status = 'DECIDED' AND ${window('q', 'requested_at')}
       GROUP BY 1 ORDER BY 1`,
      args,
    ),
    pool.query<{ p50: number | null; p95: number | null }>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM q.decided_at - q.requested_at)) AS p50,
              percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM q.decided_at - q.requested_at)) AS p95
       FROM review_queue q WHERE q.status = 'DECIDED' AND ${window('q', 'requested_at')}`,
      args,
    ),
  ]);
  const documents = Number(automation.rows[0]!.documents);
  const q = queue.rows[0]!;
  return {
    documents,
    automationRate: documents > 0 ? Number(automation.rows[0]!.policy) / documents : null,
    reviewed: { decided: Number(q.decided), approved: Number(q.approved), rejected: Number(q.rejected), waiting: Number(q.waiting), escalated: Number(q.escalated) },
    correctionRateByField: fields.rows.map((row) => ({ field: row.field, reviewed: Number(row.reviewed), corrected: Number(row.corrected), rate: Number(row.corrected) / Number(row.reviewed) })),
    correctionRateByModel: models.rows.map((row) => ({
      model: row.model,
      fieldsReviewed: Number(row.reviewed),
      fieldsCorrected: Number(row.corrected),
      rate: Number(row.reviewed) > 0 ? Number(row.corrected) / Number(row.reviewed) : 0,
    })),
    timeToDecisionSeconds: { p50: times.rows[0]!.p50 === null ? null : Number(times.rows[0]!.p50), p95: times.rows[0]!.p95 === null ? null : Number(times.rows[0]!.p95) },
  };
}
