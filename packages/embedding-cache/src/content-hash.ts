import { createHash } from 'node:crypto';

/**
 * sha256 of the exact UTF-8 text, hex. No normalisation (case, whitespace): the model sees the
 * exact text, so only the exact text may share its vector.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
