import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/**
 * Document ids are the idempotency key end to end: a document published twice with the same id
 * must not be processed twice. The first input record that carries an id claims it, with the
 * SHA-256 of its canonical payload. A later record with the same id and the same hash is a replay
 * (ignored); with another hash it is a different document under a reused id (a conflict: the
 * caller refuses it, never drops it as a duplicate). The *same* record seen again (a retried or
 * re-delivered batch whose transaction was aborted) still owns its claim and is processed again.
 */
export interface ClaimStore {
  query<R>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

export const documentClaimsTable = 'pipeline_document_claims';

export interface Claim {
  documentId: string;
  /** `topic/partition/offset` of the input record. */
  recordKey: string;
  /** {@link contentHash} of the record's payload: what tells a replay from a different document. */
  contentHash: string;
}

/**
 * What a claim came to, per record:
 * - `owned`: this record is the id's first (now or on an earlier delivery of the same record);
 * - `replay`: another record owns the id with the same content (or a claim made before content
 *   hashes, migration 0015), so this one is a copy, to be ignored;
 * - `conflict`: another record owns the id with different content: a different document under a
 *   reused id. `owner` is that record's key and `ownerHash` its hash.
 */
export type ClaimOutcome =
  | { outcome: 'owned' }
  | { outcome: 'replay'; owner: string }
  | { outcome: 'conflict'; owner: string; ownerHash: string };

/**
 * SHA-256 (hex) of a payload's canonical JSON (keys sorted at every level, {@link canonicalJson}):
 * the same payload hashes the same whatever order its producer wrote the keys in. Byte arrays must
 * be turned into strings (base64) by the caller; throws TypeError on values JSON has no form for.
 */
export function contentHash(payload: unknown): string {
  return createHash('sha256').update(canonicalJson(payload)).digest('hex');
}

/**
 * Claims a batch of document ids for `scope` (service + topic prefix) in two statements and
 * answers one {@link ClaimOutcome} per claim, in order. An id repeated inside the batch is owned by
 * its first record only; the later ones are replays or conflicts against its hash.
 */
export async function claimDocuments(
  store: ClaimStore,
  scope: string,
  claims: readonly Claim[],
): Promise<ClaimOutcome[]> {
  if (claims.length === 0) return [];
  const firstPerId = new Map<string, Claim>();
  for (const claim of claims) if (!firstPerId.has(claim.documentId)) firstPerId.set(claim.documentId, claim);
  const firsts = [...firstPerId.values()];
  const inserted = await store.query<OwnerRow>(
    `INSERT INTO ${documentClaimsTable} (scope, document_id, record_key, content_hash)
     SELECT $1, id, rk, h FROM unnest($2::text[], $3::text[], $4::text[]) AS t(id, rk, h)
     ON CONFLICT (scope, document_id) DO NOTHING
     RETURNING document_id, record_key, content_hash`,
    [scope, firsts.map((c) => c.documentId), firsts.map((c) => c.recordKey), firsts.map((c) => c.contentHash)],
  );
  // Owners of the rest, read in a second statement: its fresh snapshot sees claims that a
  // concurrent transaction committed while our insert waited on them (one statement would not).
  const insertedIds = new Set(inserted.rows.map((row) => row.document_id));
  const taken = firsts.filter((c) => !insertedIds.has(c.documentId)).map((c) => c.documentId);
  const existing = taken.length
    ? await store.query<OwnerRow>(
        `SELECT document_id, record_key, content_hash FROM ${documentClaimsTable} WHERE scope = $1 AND document_id = ANY($2)`,
        [scope, taken],
      )
    : { rows: [] };
  const owners = new Map([...inserted.rows, ...existing.rows].map((row) => [row.document_id, row]));
  return claims.map((claim) => {
    const owner = owners.get(claim.documentId);
    // No row: only if it was deleted between the two statements (a shadow pipeline's cleanup); a replay, never a second run.
    if (!owner) return { outcome: 'replay', owner: 'unknown' };
    if (owner.record_key === claim.recordKey && firstPerId.get(claim.documentId) === claim) return { outcome: 'owned' };
    if (owner.content_hash === null || owner.content_hash === claim.contentHash)
      return { outcome: 'replay', owner: owner.record_key };
    return { outcome: 'conflict', owner: owner.record_key, ownerHash: owner.content_hash };
  });
}

interface OwnerRow {
  document_id: string;
  record_key: string;
  content_hash: string | null;
}
