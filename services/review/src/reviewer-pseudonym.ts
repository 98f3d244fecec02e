import { createHmac, randomBytes } from 'node:crypto';
import type pg from 'pg';

const SETTING = 'reviewer-pseudonym-key';

/**
 * The secret behind reviewer pseudonyms, created once per database (random 256 bits in
 * `review_settings`), so exports from the same database name a reviewer the same way and nobody
 * without the database can link a pseudonym to a username.
 */
export async function pseudonymKey(pool: pg.Pool): Promise<Buffer> {
  await pool.query('INSERT INTO review_settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [SETTING, randomBytes(32).toString('base64')]);
  const { rows } = await pool.query<{ value: string }>('SELECT value FROM review_settings WHERE name = $1', [SETTING]);
  return Buffer.from(rows[0]!.value, 'base64');
}

/** `reviewer-<12 hex>`: HMAC-SHA256 of the username under the database's key. */
export function reviewerPseudonym(key: Buffer, username: string): string {
  return `reviewer-${createHmac('sha256', key).update(username).digest('hex').slice(0, 12)}`;
}
