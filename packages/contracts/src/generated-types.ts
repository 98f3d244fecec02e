import { toTypeScript } from '@ovotech/avro-ts';
import { readSchema } from './schema-files';

export function generatedFileName(schemaFile: string): string {
  return `${schemaFile.replace(/\.avsc$/, '').replace(/\./g, '-')}.generated.ts`;
}

/** TypeScript types for one schema file; the output is committed under src/generated/. */
export function generateTypes(schemaFile: string): string {
  const header = `// Generated from schemas/${schemaFile} by packages/contracts/scripts/generate-types.ts. Do not edit.\n`;
  return `${header}${toTypeScript(readSchema(schemaFile))}\n`;
}
