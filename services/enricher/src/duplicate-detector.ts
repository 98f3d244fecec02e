import type pg from 'pg';
import { inTransaction } from '@sluice/db';
import type { DocumentFingerprint } from './document-fingerprint';
import { estimateContainment, estimateJaccard } from './min-hash-signature';

export interface DuplicateFinding {
  duplicateOf: string | null;
  duplicateScore: number | null;
}

export interface DuplicateDetector {
  /** One finding per fingerprint, by document id; each compared with earlier documents only. */
  detect(fingerprints: readonly DocumentFingerprint[]): Promise<Map<string, DuplicateFinding>>;
}

export interface PgDuplicateDetectorOptions {
  /** Separates pipelines sharing a database (the topic prefix). */
  scope: string;
  /** Estimated text similarity (see `textSimilarity`) below which no near-duplicate is reported. */
  minScore: number;
  /** LSH candidates compared per document, those sharing the most bands first. */
  maxCandidates?: number;
}

const table = 'enricher_document_fingerprints';
const none: DuplicateFinding = { duplicateOf: null, duplicateScore: null };
/** Fewer shingles than this (a text of a few words) say too little to call two documents the same. */
const MIN_SHINGLES = 30;
/** Containment counts only between texts of comparable length; a short note inside a long text is not a copy of it. */
const MIN_LENGTH_RATIO = 0.5;

/**
 * The similarity a near-duplicate is scored by: how much of the shorter text's shingles the
 * longer one contains (a re-sent invoice under a forwarding note or a reminder scores ~1.0,
 * an OCR'd print ~0.9, distinct invoices of one vendor and layout at most ~0.6 in
 * bench/quality.ts), or the resemblance alone when the lengths differ by more than half.
 */
export function textSimilarity(a: { values: ArrayLike<number>; shingles: number }, b: { values: ArrayLike<number>; shingles: number }): number {
  if (Math.min(a.shingles, b.shingles) < MIN_SHINGLES) return 0;
  const jaccard = estimateJaccard(a.values, b.values);
  const ratio = Math.min(a.shingles, b.shingles) / Math.max(a.shingles, b.shingles);
  return ratio >= MIN_LENGTH_RATIO ? estimateContainment(jaccard, a.shingles, b.shingles) : jaccard;
}

interface Inserted {
  print: DocumentFingerprint;
  seq: string;
}

/**
 * Near-duplicate detection over `enricher_document_fingerprints` (migrations 0006 and 0013). Per
 * tenant, in one transaction under an advisory lock on (scope, tenant), for a whole batch in a
 * handful of queries: the documents are inserted, then each is compared with the rows inserted
 * before it (smaller `seq`, earlier in the same batch included): an equal duplicate key scores
 * 1.0; otherwise the candidates sharing an LSH band of the text's MinHash signature (GIN index)
 * are scored by `textSimilarity`, invoices only against invoices of the same amount when both
 * have one. The answer is stored with the row; a document seen again (retried batch,
 * re-delivery, same id republished) gets the stored answer, so retries agree with the first try.
 */
export class PgDuplicateDetector implements DuplicateDetector {
  private readonly maxCandidates: number;

  constructor(
    private readonly db: pg.Pool,
    private readonly options: PgDuplicateDetectorOptions,
  ) {
    this.maxCandidates = options.maxCandidates ?? 20;
  }

  async detect(fingerprints: readonly DocumentFingerprint[]): Promise<Map<string, DuplicateFinding>> {
    const findings = new Map<string, DuplicateFinding>();
    const byTenant = new Map<string, DocumentFingerprint[]>();
    for (const print of fingerprints) byTenant.set(print.tenant, [...(byTenant.get(print.tenant) ?? []), print]);
    for (const [tenant, prints] of byTenant) {
      await inTransaction(this.db, async (client) => {
        // Serialises writers of one tenant: seq order becomes commit order, so of two copies of an
        // invoice handled by two instances at once, the second always sees the first.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [table, `${this.options.scope}/${tenant}`]);
        for (const [id, finding] of await this.detectTenant(client, tenant, prints)) findings.set(id, finding);
      });
    }
    return findings;
  }

  private async detectTenant(client: pg.PoolClient, tenant: string, prints: readonly DocumentFingerprint[]): Promise<Map<string, DuplicateFinding>> {
    const { scope } = this.options;
    const findings = new Map<string, DuplicateFinding>();
    const { rows: insertedRows } = await client.query<{ document_id: string; seq: string }>(
      `INSERT INTO ${table} (scope, document_id, tenant, kind, duplicate_key, amount_key, minhash_scheme, minhash, shingle_count, lsh_bands)
       SELECT $1, t.document_id, $2, t.kind, t.duplicate_key, t.amount_key, t.scheme, t.minhash::int4[], t.shingles, t.bands::int8[]
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::text[])
         AS t(document_id, kind, duplicate_key, amount_key, scheme, minhash, shingles, bands)
       ON CONFLICT (scope, document_id) DO NOTHING
       RETURNING document_id, seq`,
      [
        scope,
        tenant,
        prints.map((p) => p.documentId),
        prints.map((p) => p.kind),
        prints.map((p) => p.duplicateKey),
        prints.map((p) => p.amountKey),
        prints.map((p) => p.signature?.scheme ?? null),
        prints.map((p) => (p.signature === null ? null : `{${p.signature.values.join(',')}}`)),
        prints.map((p) => p.signature?.shingles ?? null),
        prints.map((p) => (p.signature === null ? null : `{${p.signature.bands.join(',')}}`)),
      ],
    );
    const seqOf = new Map(insertedRows.map((row) => [row.document_id, row.seq]));
    // Each id once: a batch may carry one id twice; the row (and so the answer) is the first's.
    const inserted: Inserted[] = [...new Map(prints.filter((p) => seqOf.has(p.documentId)).map((p) => [p.documentId, p])).values()].map((print) => ({
      print,
      seq: seqOf.get(print.documentId)!,
    }));

    const seenBefore = prints.filter((p) => !seqOf.has(p.documentId)).map((p) => p.documentId);
    if (seenBefore.length > 0) {
      const { rows } = await client.query<{ document_id: string; duplicate_of: string | null; duplicate_score: number | null }>(
        `SELECT document_id, duplicate_of, duplicate_score FROM ${table} WHERE scope = $1 AND document_id = ANY($2::text[])`,
        [scope, seenBefore],
      );
      for (const row of rows) findings.set(row.document_id, { duplicateOf: row.duplicate_of, duplicateScore: row.duplicate_score });
    }

    const byKey = await this.sameKey(client, tenant, inserted);
    const near = await this.nearest(client, tenant, inserted.filter(({ print }) => !byKey.has(print.documentId)));
    const found = new Map([...near, ...byKey]);
    for (const { print } of inserted) findings.set(print.documentId, found.get(print.documentId) ?? none);
    if (found.size > 0) {
      await client.query(
        `UPDATE ${table} f SET duplicate_of = t.duplicate_of, duplicate_score = t.duplicate_score
         FROM unnest($2::text[], $3::text[], $4::float8[]) AS t(document_id, duplicate_of, duplicate_score)
         WHERE f.scope = $1 AND f.document_id = t.document_id`,
        [scope, [...found.keys()], [...found.values()].map((f) => f.duplicateOf), [...found.values()].map((f) => f.duplicateScore)],
      );
    }
    return findings;
  }

  /** The earliest earlier document with the same duplicate key, per document that has a key. */
  private async sameKey(client: pg.PoolClient, tenant: string, inserted: readonly Inserted[]): Promise<Map<string, DuplicateFinding>> {
    const keyed = inserted.filter(({ print }) => print.duplicateKey !== null);
    const found = new Map<string, DuplicateFinding>();
    if (keyed.length === 0) return found;
    const { rows } = await client.query<{ document_id: string; original: string | null }>(
      `SELECT q.document_id,
              (SELECT f.document_id FROM ${table} f
               WHERE f.scope = $1 AND f.tenant = $2 AND f.kind = q.kind AND f.duplicate_key = q.duplicate_key AND f.seq < q.seq
               ORDER BY f.seq LIMIT 1) AS original
       FROM unnest($3::text[], $4::text[], $5::text[], $6::bigint[]) AS q(document_id, kind, duplicate_key, seq)`,
      [this.options.scope, tenant, keyed.map((k) => k.print.documentId), keyed.map((k) => k.print.kind), keyed.map((k) => k.print.duplicateKey), keyed.map((k) => k.seq)],
    );
    for (const row of rows) if (row.original !== null) found.set(row.document_id, { duplicateOf: row.original, duplicateScore: 1 });
    return found;
  }

  /** The most similar earlier document among the LSH candidates, per document with a signature. */
  private async nearest(client: pg.PoolClient, tenant: string, inserted: readonly Inserted[]): Promise<Map<string, DuplicateFinding>> {
    const signed = inserted.filter(({ print }) => print.signature !== null);
    const found = new Map<string, DuplicateFinding>();
    if (signed.length === 0) return found;
    const { rows } = await client.query<{ document_id: string; candidate: string; minhash: number[]; shingle_count: number; amount_key: string | null }>(
      `SELECT q.document_id, c.document_id AS candidate, c.minhash, c.shingle_count, c.amount_key
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[]) AS q(document_id, kind, scheme, bands, seq)
       CROSS JOIN LATERAL (
         SELECT f.document_id, f.minhash, f.shingle_count, f.amount_key
         FROM ${table} f
         WHERE f.scope = $1 AND f.tenant = $2 AND f.kind = q.kind AND f.minhash_scheme = q.scheme
           AND f.lsh_bands && q.bands::int8[] AND f.seq < q.seq
         ORDER BY cardinality(ARRAY(SELECT unnest(f.lsh_bands) INTERSECT SELECT unnest(q.bands::int8[]))) DESC, f.seq
         LIMIT $8
       ) c`,
      [
        this.options.scope,
        tenant,
        signed.map((s) => s.print.documentId),
        signed.map((s) => s.print.kind),
        signed.map((s) => s.print.signature!.scheme),
        signed.map((s) => `{${s.print.signature!.bands.join(',')}}`),
        signed.map((s) => s.seq),
        this.maxCandidates,
      ],
    );
    const printOf = new Map(signed.map((s) => [s.print.documentId, s.print]));
    for (const row of rows) {
      const print = printOf.get(row.document_id)!;
      // Another amount on an invoice is another invoice, however alike the texts (a corrected re-issue).
      if (print.kind === 'invoice' && print.amountKey !== null && row.amount_key !== null && row.amount_key !== print.amountKey) continue;
      const score = textSimilarity({ values: print.signature!.values, shingles: print.signature!.shingles }, { values: row.minhash, shingles: row.shingle_count });
      const best = found.get(row.document_id);
      if (score >= this.options.minScore && (best === undefined || score > best.duplicateScore!)) {
        found.set(row.document_id, { duplicateOf: row.candidate, duplicateScore: Math.min(1, score) });
      }
    }
    return found;
  }
}
