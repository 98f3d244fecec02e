import { randomBytes } from 'node:crypto';
import { text } from 'node:stream/consumers';
import { Command } from 'commander';
import { AccountStore, roles, type Role } from '@sluice/accounts';
import { emit } from '../output';
import { databasePool } from '../platform-clients';
import { SluiceError } from '@sluice/errors';

/** `sluice users add|list|remove`: who may sign in to the review console and the auditor's API. */
export function usersCommand(): Command {
  const users = new Command('users').description('reviewer and auditor accounts (passwords stored as scrypt hashes)');

  users
    .command('add')
    .description('create an account; the password comes from stdin (--password-stdin) or is generated and shown once')
    .argument('<username>', 'e.g. ana@example.com')
    .option('--role <role>', `${roles.join(' | ')}: reviewers decide their tenants, auditors read all and decide nothing`, 'reviewer')
    .option('--tenants <list>', 'comma-separated tenants a reviewer may see and decide', '')
    .option('--password-stdin', 'read the password from standard input (first line)')
    .option('--replace', 'reset an existing account (password, role, tenants)')
    .option('--json', 'print as JSON')
    .action(async (username: string, options: { role: string; tenants: string; passwordStdin?: boolean; replace?: boolean; json?: boolean }) => {
      if (!(roles as readonly string[]).includes(options.role)) throw new SluiceError('USAGE', `--role must be ${roles.join(' or ')}`);
      const tenants = options.tenants.split(',').map((t) => t.trim()).filter(Boolean);
      const generated = !options.passwordStdin;
      const password = generated ? randomBytes(12).toString('base64url') : (await text(process.stdin)).split('\n')[0]!;
      if (password.length < 8) throw new SluiceError('USAGE', 'the password must have at least 8 characters');
      const pool = databasePool();
      try {
        const { created } = await new AccountStore(pool).add({ username, password, role: options.role as Role, tenants }, { replace: Boolean(options.replace) });
        emit(Boolean(options.json), { username, role: options.role, tenants, created, ...(generated ? { password } : {}) }, () =>
          [`${created ? 'created' : 'reset'} ${options.role} ${username}${tenants.length ? ` for ${tenants.join(', ')}` : ''}`, ...(generated ? [`password (shown once): ${password}`] : [])].join('\n'),
        );
      } finally {
        await pool.end();
      }
    });

  users
    .command('list')
    .description('accounts with their role and tenants (never passwords)')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      const pool = databasePool();
      try {
        const rows = await new AccountStore(pool).list();
        emit(Boolean(options.json), rows, () => rows.map((u) => `${u.username.padEnd(32)} ${u.role.padEnd(9)} ${u.tenants.join(',')}`).join('\n') || 'no accounts');
      } finally {
        await pool.end();
      }
    });

  users
    .command('remove')
    .description('delete an account and end its sessions')
    .argument('<username>')
    .option('--json', 'print as JSON')
    .action(async (username: string, options: { json?: boolean }) => {
      const pool = databasePool();
      try {
        const removed = await new AccountStore(pool).remove(username);
        emit(Boolean(options.json), { username, removed }, () => (removed ? `removed ${username}` : `no account ${username}`));
        if (!removed) process.exitCode = 1;
      } finally {
        await pool.end();
      }
    });
  return users;
}
