import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';
import { SluiceError } from '@sluice/errors';

export const apiKeyScopes = ['publish', 'read'] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];

/** Tenants are names, not paths: the same rule the topics' tenants follow. */
export const TENANT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

// slk_<12 hex key id>_<43 base64url characters of a 32-byte secret>
const KEY_FORMAT = /^slk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface ApiKeyInfo {
  keyId: string;
  tenant: string;
  name: string;
  scopes: ApiKeyScope[];
  createdAt: string;
  revokedAt: string | null;
}

export interface CreatedApiKey extends ApiKeyInfo {
  /** The secret key; shown once, only its SHA-256 is stored. */
  key: string;
}

/** Who a presented key belongs to and what it may do. */
export interface Principal {
  keyId: string;
  tenant: string;
  scopes: readonly ApiKeyScope[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface KeyRow {
  key_id: string;
  tenant: string;
  name: string;
  scopes: string[];
  created_at: Date;
  revoked_at: Date | null;
}

function toInfo(row: KeyRow): ApiKeyInfo {
  return {
    keyId: row.key_id,
    tenant: row.tenant,
    name: row.name,
    scopes: row.scopes as ApiKeyScope[],
    createdAt: row.created_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

/**
 * Per-tenant API keys in PostgreSQL (`gateway_api_keys`, migration 0009). Keys are 32 random
 * bytes, so a SHA-256 of the secret is stored, compared in constant time; no slow hash is needed
 * because there is nothing guessable to brute-force. Used by the gateway and `sluice keys`.
 */
export class ApiKeyStore {
  constructor(private readonly pool: pg.Pool) {}

  /** Creates a key for `tenant` with `scopes` (least privilege: only what the caller needs). */
  async create(input: { tenant: string; name: string; scopes: readonly ApiKeyScope[] }): Promise<CreatedApiKey> {
    if (!TENANT_PATTERN.test(input.tenant)) {
      throw new SluiceError('INVALID_INPUT', `tenant ${JSON.stringify(input.tenant)} must match ${String(TENANT_PATTERN)}`);
    }
    const scopes = [...new Set(input.scopes)];
    const unknown = scopes.filter((scope) => !apiKeyScopes.includes(scope));
    if (scopes.length === 0 || unknown.length > 0) {
      throw new SluiceError('INVALID_INPUT', `scopes must be a non-empty subset of ${apiKeyScopes.join(', ')}`);
    }
    const keyId = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const { rows } = await this.pool.query<KeyRow>(
      `INSERT INTO gateway_api_keys (key_id, tenant, name, scopes, secret_sha256) VALUES ($1, $2, $3, $4, $5)
       RETURNING key_id, tenant, name, scopes, created_at, revoked_at`,
      [keyId, input.tenant, input.name, scopes, sha256(secret)],
    );
    return { ...toInfo(rows[0] as KeyRow), key: `slk_${keyId}_${secret}` };
  }

  /** Revokes a key at once (the next request with it is 401). False when no such active key. */
  async revoke(keyId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'UPDATE gateway_api_keys SET revoked_at = now() WHERE key_id = $1 AND revoked_at IS NULL',
      [keyId],
    );
    return (rowCount ?? 0) > 0;
  }

  async list(options: { tenant?: string; includeRevoked?: boolean } = {}): Promise<ApiKeyInfo[]> {
    const { rows } = await this.pool.query<KeyRow>(
      `SELECT key_id, tenant, name, scopes, created_at, revoked_at FROM gateway_api_keys
       WHERE ($1::text IS NULL OR tenant = $1) AND ($2 OR revoked_at IS NULL)
       ORDER BY tenant, created_at`,
      [options.tenant ?? null, options.includeRevoked ?? false],
    );
    return rows.map(toInfo);
  }

  /** The principal of a presented key; null for a malformed, unknown or revoked key. */
  async verify(presented: string): Promise<Principal | null> {
    const match = KEY_FORMAT.exec(presented);
    if (!match) return null;
    const [, keyId, secret] = match as unknown as [string, string, string];
    const { rows } = await this.pool.query<{ tenant: string; scopes: string[]; secret_sha256: string }>(
      'SELECT tenant, scopes, secret_sha256 FROM gateway_api_keys WHERE key_id = $1 AND revoked_at IS NULL',
      [keyId],
    );
    const row = rows[0];
    if (!row) return null;
    const expected = Buffer.from(row.secret_sha256, 'hex');
    const actual = Buffer.from(sha256(secret), 'hex');
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
    return { keyId, tenant: row.tenant, scopes: row.scopes as ApiKeyScope[] };
  }
}
