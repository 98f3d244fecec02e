import { Command } from 'commander';
import { ApiKeyStore, apiKeyScopes, type ApiKeyScope } from '@sluice/gateway/api-keys';
import { emit } from '../output';
import { databasePool } from '../platform-clients';
import { SluiceError } from '@sluice/errors';

function scopesOption(value: string): ApiKeyScope[] {
  const scopes = value.split(',').map((scope) => scope.trim()).filter(Boolean);
  const unknown = scopes.filter((scope) => !(apiKeyScopes as readonly string[]).includes(scope));
  if (unknown.length > 0 || scopes.length === 0) throw new SluiceError('USAGE', `--scopes takes ${apiKeyScopes.join(',')} (got ${value})`);
  return scopes as ApiKeyScope[];
}

/** `sluice keys create|revoke|list`: the gateway's per-tenant API keys (stored hashed in PostgreSQL). */
export function keysCommand(): Command {
  const keys = new Command('keys').description("the gateway's per-tenant API keys (only a hash is stored; a key is shown once)");

  keys
    .command('create')
    .description('create a key for one tenant; least privilege: ask only for the scopes the client needs')
    .requiredOption('--tenant <tenant>', 'the tenant the key publishes and reads for')
    .option('--name <name>', 'what the key is for, e.g. mail-gateway', 'default')
    .option('--scopes <list>', `comma-separated: ${apiKeyScopes.join(', ')}`, scopesOption, ['publish'] as ApiKeyScope[])
    .option('--json', 'print as JSON')
    .action(async (options: { tenant: string; name: string; scopes: ApiKeyScope[]; json?: boolean }) => {
      const pool = databasePool();
      try {
        const created = await new ApiKeyStore(pool).create({ tenant: options.tenant, name: options.name, scopes: options.scopes });
        emit(Boolean(options.json), created, () =>
          [`key ${created.keyId} for tenant ${created.tenant} (${created.scopes.join(', ')}); shown once, store it now:`, created.key].join('\n'),
        );
      } finally {
        await pool.end();
      }
    });

  keys
    .command('revoke')
    .description('revoke a key at once (its next request is answered 401)')
    .argument('<keyId>', 'the key id from `sluice keys list`')
    .option('--json', 'print as JSON')
    .action(async (keyId: string, options: { json?: boolean }) => {
      const pool = databasePool();
      try {
        const revoked = await new ApiKeyStore(pool).revoke(keyId);
        emit(Boolean(options.json), { keyId, revoked }, () => (revoked ? `revoked ${keyId}` : `no active key ${keyId}`));
        if (!revoked) process.exitCode = 1;
      } finally {
        await pool.end();
      }
    });

  keys
    .command('list')
    .description('keys (never their secrets), active ones unless --all')
    .option('--tenant <tenant>', 'one tenant only')
    .option('--all', 'include revoked keys')
    .option('--json', 'print as JSON')
    .action(async (options: { tenant?: string; all?: boolean; json?: boolean }) => {
      const pool = databasePool();
      try {
        const rows = await new ApiKeyStore(pool).list({ ...(options.tenant ? { tenant: options.tenant } : {}), includeRevoked: Boolean(options.all) });
        emit(Boolean(options.json), rows, () =>
          rows.length
            ? rows
                .map((k) => `${k.keyId}  ${k.tenant.padEnd(16)} ${k.name.padEnd(16)} ${k.scopes.join(',').padEnd(13)} ${k.createdAt}${k.revokedAt ? `  revoked ${k.revokedAt}` : ''}`)
                .join('\n')
            : 'no keys',
        );
      } finally {
        await pool.end();
      }
    });
  return keys;
}
