import type { DocumentIngested } from '@sluice/contracts';
import { contentHash, type Claim, type ClaimOutcome } from '@sluice/db';
import { SluiceError } from '@sluice/errors';
import { recordIdentity, type InputRecord } from '@sluice/stream';

/**
 * What makes two documents under one id the same document: every field of documents.ingested.v1
 * but `id` (the claim's key), `receivedAt` and `source` (when and by which way it arrived: a file
 * published again by `sluice publish` is received anew). Inline bytes as base64.
 */
export function ingestedPayload(document: DocumentIngested): Record<string, unknown> {
  const { id: _id, receivedAt: _receivedAt, source: _source, content, ...rest } = document;
  return { ...rest, content: content ? Buffer.from(content).toString('base64') : null };
}

/**
 * The claim an ingested record makes: its document id, its identity (`topic/partition/offset`, a
 * redriven copy's original's: the same record delivered again keeps its claim) and the SHA-256 of
 * {@link ingestedPayload}.
 */
export function claimOf(record: InputRecord<DocumentIngested>): Claim {
  return {
    documentId: record.value.id,
    recordKey: recordIdentity(record),
    contentHash: contentHash(ingestedPayload(record.value)),
  };
}

/**
 * A different document under an id another record claimed: INVALID_INPUT (the runtime dead-letters
 * the record alone, with this reason), naming the id, the owner and both hashes' heads.
 */
export function reusedIdError(claim: Claim, conflict: Extract<ClaimOutcome, { outcome: 'conflict' }>): SluiceError {
  const id = claim.documentId.length > 80 ? `${claim.documentId.slice(0, 80)}…` : claim.documentId;
  return new SluiceError(
    'INVALID_INPUT',
    `document id ${JSON.stringify(id)} is reused for different content: the id was claimed by record ${conflict.owner} ` +
      `(content sha256 ${conflict.ownerHash.slice(0, 12)}…), this record's content is sha256 ${claim.contentHash.slice(0, 12)}…; ` +
      'give the new document an id of its own (a replay must carry the same content, receivedAt and source aside)',
    { details: { documentId: claim.documentId, owner: conflict.owner, ownerHash: conflict.ownerHash, contentHash: claim.contentHash } },
  );
}
