import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

/** What is hashed of an entry: everything but its position (seq) and the time it was stored. */
export interface ChainedContent {
  eventId: string;
  tenant: string;
  documentId: string;
  service: string;
  action: string;
  occurredAt: number; // epoch millis
  entry: Record<string, unknown>;
}

export function chainHash(prevHash: string, content: ChainedContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}
