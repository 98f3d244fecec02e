import type pg from 'pg';
import { SluiceError } from '@sluice/errors';
import { hashPassword, verifyPassword } from './password-hash';
import { roles, type Principal, type Role } from './principal';

export interface Queryable {
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

export interface NewAccount {
  username: string;
  password: string;
  role: Role;
  tenants: readonly string[];
}

const USERNAME = /^[A-Za-z0-9._@+-]{1,128}$/;

interface AccountRow {
  username: string;
  password_hash: string;
  role: Role;
  tenants: string[];
}

/** A dummy hash to spend the same time on unknown users as on known ones (no user enumeration by timing). */
let dummyHash: Promise<string> | undefined;

/** `accounts` (migration 0010): who may sign in, with which role and tenants. */
export class AccountStore {
  constructor(private readonly db: Queryable) {}

  /**
   * Creates an account; with `replace`, an existing one gets the new password, role and tenants
   * (the demo's idempotent reviewer). Throws INVALID_INPUT for a bad name, role or an existing
   * account without `replace`.
   */
  async add(account: NewAccount, { replace = false }: { replace?: boolean } = {}): Promise<{ created: boolean }> {
    if (!USERNAME.test(account.username)) throw new SluiceError('INVALID_INPUT', `username ${JSON.stringify(account.username)}: 1-128 letters, digits, . _ @ + -`);
    if (!roles.includes(account.role)) throw new SluiceError('INVALID_INPUT', `role must be one of ${roles.join(', ')}`);
    if (account.role === 'reviewer' && account.tenants.length === 0) throw new SluiceError('INVALID_INPUT', 'a reviewer needs at least one tenant');
    const hash = await hashPassword(account.password);
    const { rows } = await this.db.query<{ inserted: boolean }>(
      `INSERT INTO accounts (username, password_hash, role, tenants) VALUES ($1, $2, $3, $4)
       ON CONFLICT (username) DO ${replace ? 'UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role, tenants = EXCLUDED.tenants, updated_at = now()' : 'NOTHING'}
       RETURNING (xmax = 0) AS inserted`,
      [account.username, hash, account.role, [...new Set(account.tenants)]],
    );
    if (rows.length === 0) throw new SluiceError('INVALID_INPUT', `account ${account.username} exists already`);
    return { created: rows[0]!.inserted };
  }

  /** The principal for a username and password, or undefined (unknown user or wrong password). */
  async authenticate(username: string, password: string): Promise<Principal | undefined> {
    const { rows } = await this.db.query<AccountRow>('SELECT username, password_hash, role, tenants FROM accounts WHERE username = $1', [username]);
    const row = rows[0];
    if (row === undefined) {
      await verifyPassword(password, await (dummyHash ??= hashPassword('not a password')));
      return undefined;
    }
    return (await verifyPassword(password, row.password_hash)) ? { username: row.username, role: row.role, tenants: row.tenants } : undefined;
  }

  async get(username: string): Promise<Principal | undefined> {
    const { rows } = await this.db.query<AccountRow>('SELECT username, role, tenants FROM accounts WHERE username = $1', [username]);
    return rows[0] === undefined ? undefined : { username: rows[0].username, role: rows[0].role, tenants: rows[0].tenants };
  }

  async list(): Promise<Principal[]> {
    const { rows } = await this.db.query<AccountRow>('SELECT username, role, tenants FROM accounts ORDER BY username');
    return rows.map((row) => ({ username: row.username, role: row.role, tenants: row.tenants }));
  }

  /** Removes an account and its sessions; false when there was none. */
  async remove(username: string): Promise<boolean> {
    const { rowCount } = await this.db.query('DELETE FROM accounts WHERE username = $1', [username]);
    return rowCount === 1;
  }
}
