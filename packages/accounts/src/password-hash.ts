import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { SluiceError } from '@sluice/errors';

/**
 * scrypt parameters. N = 2^15, r = 8, p = 1 costs 32 MiB and ~50-100 ms per hash on this
 * hardware: the OWASP Password Storage Cheat Sheet's scrypt floor is N=2^17/r=8/p=1 *or* an
 * equivalent memory-time trade-off; we keep r and p and pay with N. The parameters travel with each
 * hash, so raising them later upgrades new hashes without breaking old ones.
 */
export const defaultScryptParams = { N: 2 ** 15, r: 8, p: 1, keyLength: 32, saltBytes: 16 } as const;

const PREFIX = 'scrypt';

function derive(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem must exceed 128 * N * r bytes (node's default is 32 MiB).
    scrypt(password.normalize('NFKC'), salt, keyLength, { ...options, maxmem: 256 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * `scrypt$N$r$p$<salt base64>$<key base64>` for a password (NFKC-normalised, so the same
 * characters typed on another keyboard still match). Node's built-in scrypt (RFC 7914).
 */
export async function hashPassword(password: string, params: { N: number; r: number; p: number } = defaultScryptParams): Promise<string> {
  if (password.length === 0) throw new SluiceError('INVALID_INPUT', 'a password must not be empty');
  const salt = randomBytes(defaultScryptParams.saltBytes);
  const key = await derive(password, salt, defaultScryptParams.keyLength, { N: params.N, r: params.r, p: params.p });
  return [PREFIX, params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when `password` hashes to `stored`; compares in constant time. A malformed hash is false. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== PREFIX) return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return false;
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  const actual = await derive(password, salt, expected.length, { N, r, p });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
