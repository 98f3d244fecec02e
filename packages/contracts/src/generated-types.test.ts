import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedFileName, generateTypes } from './generated-types';
import { schemaFileNames } from './schema-files';

describe('generated TypeScript types', () => {
  it.each(schemaFileNames())('src/generated matches %s (run scripts/generate-types.ts after editing a schema)', (file) => {
    const committed = readFileSync(fileURLToPath(new URL(`./generated/${generatedFileName(file)}`, import.meta.url)), 'utf8');
    expect(committed).toBe(generateTypes(file));
  });
});
