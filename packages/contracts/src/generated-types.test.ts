import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedFileName, generateTypes, schemaFilesByNamespace } from './generated-types';
import { schemaFileNames } from './schema-files';

const generatedDir = new URL('./generated/', import.meta.url);
const groups = [...schemaFilesByNamespace()];

describe('generated TypeScript types', () => {
  it.each(groups)('src/generated matches the schemas of %s (run scripts/generate-types.ts after editing a schema)', (namespace, files) => {
    const committed = readFileSync(fileURLToPath(new URL(generatedFileName(namespace), generatedDir)), 'utf8');
    expect(committed).toBe(generateTypes(files));
  });

  it('generates one module per namespace from every schema file, and nothing else lies in src/generated', () => {
    expect(groups.flatMap(([, files]) => files).sort()).toEqual(schemaFileNames());
    const modules = readdirSync(fileURLToPath(generatedDir)).filter((name) => name.endsWith('.ts'));
    expect(modules.sort()).toEqual(groups.map(([namespace]) => generatedFileName(namespace)).sort());
  });

  it('emits a named type repeated inline by several schemas once', () => {
    const documents = generateTypes(schemaFilesByNamespace().get('sluice.documents.v1') ?? []);
    expect(documents.match(/export interface TextSpan \{/g)).toHaveLength(1);
    expect(documents.match(/export interface BlobReference \{/g)).toHaveLength(1);
    expect(documents).toContain('export type DocumentIngested = SluiceDocumentsV1.DocumentIngested;');
  });
});
