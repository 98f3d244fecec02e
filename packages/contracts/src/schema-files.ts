import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Schema } from 'avsc';

/** `schemas/` at the repository root: the contracts, one `<topic>.avsc` per topic. */
export const schemasDir = fileURLToPath(new URL('../../../schemas/', import.meta.url));

export function schemaFileNames(dir = schemasDir): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.avsc'))
    .sort();
}

export function readSchema(fileName: string, dir = schemasDir): Schema {
  return JSON.parse(readFileSync(join(dir, fileName), 'utf8')) as Schema;
}
