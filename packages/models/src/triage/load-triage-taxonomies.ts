import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SluiceError } from '@sluice/errors';
import { triageTaxonomies, triageTaxonomy, triageTaxonomySchema, type TriageTaxonomies, type TriageTaxonomy } from './triage-taxonomy';

/** `config/triage` in the repository: `default.json` and one `<tenant>.json` per tenant with its own taxonomy. */
export const defaultTriageDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../config/triage');

function parseFile(path: string, id: string): TriageTaxonomy {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SluiceError('CONFIG', `${path}: not JSON`, { cause: error });
  }
  const parsed = triageTaxonomySchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    throw new SluiceError('CONFIG', `${path}: ${problems}`);
  }
  return triageTaxonomy(id, parsed.data);
}

/**
 * Reads every tenant's triage taxonomy once, at start (`TRIAGE_DIR`, default `config/triage`):
 * `default.json` (required) for tenants without a file of their own, `<tenant>.json` per tenant.
 * A missing directory or default, or a file that does not validate, stops the process with a
 * CONFIG error naming it.
 */
export function loadTriageTaxonomies(env: Record<string, string | undefined> = process.env): TriageTaxonomies {
  const dir = env.TRIAGE_DIR ?? defaultTriageDir;
  if (!existsSync(join(dir, 'default.json'))) {
    throw new SluiceError('CONFIG', `${env.TRIAGE_DIR === undefined ? 'config/triage' : 'TRIAGE_DIR'}: ${dir} has no default.json`);
  }
  const files = readdirSync(dir).filter((name) => name.endsWith('.json') && name !== 'default.json');
  const tenants = Object.fromEntries(files.map((name) => [basename(name, '.json'), parseFile(join(dir, name), basename(name, '.json'))]));
  return triageTaxonomies(parseFile(join(dir, 'default.json'), 'default'), tenants);
}
