import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SluiceError } from '@sluice/errors';
import { defaultPrivacyPolicy, privacyPolicies, privacyPolicySchema, type PrivacyPolicies, type PrivacyPolicy } from './privacy-policy';

/** `config/privacy` in the repository: `default.json` and one `<tenant>.json` per tenant that differs. */
export const defaultPrivacyDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../config/privacy');

function parseFile(path: string): PrivacyPolicy {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SluiceError('CONFIG', `${path}: not JSON`, { cause: error });
  }
  const parsed = privacyPolicySchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    throw new SluiceError('CONFIG', `${path}: ${problems}`);
  }
  return parsed.data;
}

/**
 * Reads every tenant's privacy policy once, at start (`PRIVACY_DIR`, default `config/privacy`):
 * `default.json` for tenants without a file of their own (absent: `redact`), `<tenant>.json` per
 * tenant. A file that does not validate stops the process with a CONFIG error naming it.
 */
export function loadPrivacyPolicies(env: Record<string, string | undefined> = process.env): PrivacyPolicies {
  const dir = env.PRIVACY_DIR ?? defaultPrivacyDir;
  if (!existsSync(dir)) {
    if (env.PRIVACY_DIR !== undefined) throw new SluiceError('CONFIG', `PRIVACY_DIR: ${dir} does not exist`);
    return privacyPolicies();
  }
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  const defaults = files.includes('default.json') ? parseFile(join(dir, 'default.json')) : defaultPrivacyPolicy;
  const tenants = Object.fromEntries(
    files.filter((name) => name !== 'default.json').map((name) => [basename(name, '.json'), parseFile(join(dir, name))]),
  );
  return privacyPolicies(defaults, tenants);
}
