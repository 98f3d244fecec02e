import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SluiceError } from '@sluice/errors';
import { RuleBook, type RuleSource } from './rule-book';
import { ruleRegistry, type RuleRegistry } from './rule-registry';

/** `config/rules` at the repository root, where the shipped rules live. */
export const defaultRulesDir = fileURLToPath(new URL('../../../config/rules', import.meta.url));

const tenantFileName = /^([a-z0-9][a-z0-9_-]*)\.json$/;

function readSource(file: string): RuleSource {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SluiceError('CONFIG', `cannot read rules file ${file}`, { cause: error });
  }
  try {
    return { file, content: JSON.parse(text) as unknown };
  } catch (error) {
    throw new SluiceError('CONFIG', `${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** `default.json` plus one `<tenant>.json` per tenant that differs, merged per kind. */
export function loadRuleBook(dir: string = defaultRulesDir, registry: RuleRegistry = ruleRegistry): RuleBook {
  const defaults = readSource(join(dir, 'default.json'));
  const tenants = new Map<string, RuleSource>();
  for (const name of readdirSync(dir).sort()) {
    if (name === 'default.json' || !name.endsWith('.json')) continue;
    const tenant = tenantFileName.exec(name)?.[1];
    if (tenant === undefined)
      throw new SluiceError(
        'CONFIG',
        `${join(dir, name)}: a tenant file is named <tenant>.json with a-z, 0-9, - and _`,
      );
    tenants.set(tenant, readSource(join(dir, basename(name))));
  }
  return RuleBook.build(defaults, tenants, registry);
}
