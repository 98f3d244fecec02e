/**
 * Document ids are the idempotency key end to end: a document published twice with the same id
 * must not be processed twice. The first input record that carries an id claims it; a later record
 * with the same id is a duplicate, while the *same* record seen again (a retried or re-delivered
 * batch whose transaction was aborted) still owns its claim and is processed again.
 */
export interface ClaimStore {
  query<R>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

export const documentClaimsTable = 'pipeline_document_claims';

export interface Claim {
  documentId: string;
  /** `topic/partition/offset` of the input record. */
  recordKey: string;
}

/**
 * Claims a batch of document ids for `scope` (service + topic prefix); returns the
 * ids this batch owns. A duplicate id inside the batch is owned by its first record only.
 */
export async function claimDocuments(store: ClaimStore, scope: string, claims: readonly Claim[]): Promise<Set<string>> {
  if (claims.length === 0) return new Set();
  const firstPerId = new Map<string, string>();
  for (const claim of claims) if (!firstPerId.has(claim.documentId)) firstPerId.set(claim.documentId, claim.recordKey);
  const ids = [...firstPerId.keys()];
  const keys = ids.map((id) => firstPerId.get(id)!);
  const inserted = await store.query<{ document_id: string; record_key: string }>(
    `INSERT INTO ${documentClaimsTable} (scope, document_id, record_key)
     SELECT $1, id, rk FROM unnest($2::text[], $3::text[]) AS t(id, rk)
     ON CONFLICT (scope, document_id) DO NOTHING
     RETURNING document_id, record_key`,
    [scope, ids, keys],
  );
  // Owners of the rest, read in a second statement: its fresh snapshot sees claims that a
  // concurrent transaction committed while our insert waited on them (one statement would not).
  const taken = ids.filter((id) => !inserted.rows.some((row) => row.document_id === id));
  const existing = taken.length
    ? await store.query<{ document_id: string; record_key: string }>(
        `SELECT document_id, record_key FROM ${documentClaimsTable} WHERE scope = $1 AND document_id = ANY($2)`,
        [scope, taken],
      )
    : { rows: [] };
  const rows = [...inserted.rows, ...existing.rows];
  const owned = new Set<string>();
  for (const row of rows) if (firstPerId.get(row.document_id) === row.record_key) owned.add(row.document_id);
  return owned;
}
