import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from './account-store';
import type { Principal, Role } from './principal';

export interface Session {
  principal: Principal;
  csrfToken: string;
  expiresAt: Date;
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * `account_sessions` (migration 0010). The cookie carries a random 256-bit token; the table keeps
 * only its sha256, so reading the table does not let anyone sign in. Each session has its own CSRF
 * token (synchronizer token pattern, OWASP CSRF Prevention Cheat Sheet).
 */
export class SessionStore {
  constructor(
    private readonly db: Queryable,
    private readonly ttlMs: number,
  ) {}

  /** A new session for `principal`; returns the token for the cookie (never stored). */
  async create(principal: Principal): Promise<{ token: string; session: Session }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.ttlMs);
    await this.db.query('INSERT INTO account_sessions (token_hash, username, csrf_token, expires_at) VALUES ($1, $2, $3, $4)', [
      sha256(token),
      principal.username,
      csrfToken,
      expiresAt,
    ]);
    // Opportunistic cleanup keeps the table small without a timer.
    await this.db.query('DELETE FROM account_sessions WHERE expires_at < now()');
    return { token, session: { principal, csrfToken, expiresAt } };
  }

  /** The live session of a token, with the account as it is now (role or tenants may have changed). */
  async find(token: string): Promise<Session | undefined> {
    const { rows } = await this.db.query<{ username: string; role: Role; tenants: string[]; csrf_token: string; expires_at: Date }>(
      `SELECT a.username, a.role, a.tenants, s.csrf_token, s.expires_at
       FROM account_sessions s JOIN accounts a USING (username)
       WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [sha256(token)],
    );
    const row = rows[0];
    return row === undefined
      ? undefined
      : { principal: { username: row.username, role: row.role, tenants: row.tenants }, csrfToken: row.csrf_token, expiresAt: row.expires_at };
  }

  async revoke(token: string): Promise<void> {
    await this.db.query('DELETE FROM account_sessions WHERE token_hash = $1', [sha256(token)]);
  }
}
