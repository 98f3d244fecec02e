import { createHash } from 'node:crypto';
import { canonicalJson } from '@sluice/db';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * What is hashed of an entry: everything but its position (seq) and the time it was stored. The
 * namespace is hashed only when it is not production's (''), so production chains written before
 * namespaces existed still verify, and a shadow's chain can never equal production's.
 */
export interface ChainedContent {
  /** '' (production) or a shadow's topic prefix; see migration 0011. */
  namespace?: string;
  eventId: string;
  tenant: string;
  documentId: string;
  service: string;
  action: string;
  occurredAt: number; // epoch millis
  entry: Record<string, unknown>;
}

export function chainHash(prevHash: string, content: ChainedContent): string {
  const { namespace, ...rest } = content;
  const hashed = namespace ? { ...rest, namespace } : rest;
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(hashed)).digest('hex');
}
