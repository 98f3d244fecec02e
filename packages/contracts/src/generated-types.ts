import { isDeepStrictEqual } from 'node:util';
import { convertType, toExternalContext, type Context } from '@ovotech/avro-ts';
import { Type, document, printDocument, withHeader, withIdentifier } from '@ovotech/ts-compose';
import { SluiceError } from '@sluice/errors';
import type { Schema } from 'avsc';
import { readSchema, schemaFileNames } from './schema-files';

/** The module generated for one Avro namespace: `sluice.documents.v1` → `sluice-documents-v1.generated.ts`. */
export function generatedFileName(namespace: string): string {
  return `${namespace.replace(/\./g, '-')}.generated.ts`;
}

/** A schema without its `doc` strings: two definitions of one name may word their docs differently and still be one type. */
function withoutDocs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutDocs);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(Object.entries(schema as Record<string, unknown>).filter(([key]) => key !== 'doc').map(([key, value]) => [key, withoutDocs(value)]));
}

function rootNamespace(file: string, schema: Schema): string {
  const namespace = (schema as { namespace?: unknown }).namespace;
  if (typeof namespace !== 'string') throw new SluiceError('INVALID_INPUT', `schemas/${file} has no namespace on its root record`);
  return namespace;
}

/** The schema files (`schemas/*.avsc`, sorted) grouped by the Avro namespace of their root record. */
export function schemaFilesByNamespace(files: string[] = schemaFileNames()): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const namespace = rootNamespace(file, readSchema(file));
    groups.set(namespace, [...(groups.get(namespace) ?? []), file]);
  }
  return groups;
}

/**
 * TypeScript types for the schemas of one Avro namespace, in one module: an interface (or union of
 * symbols) per named type, emitted once however many schemas repeat it inline (TextSpan,
 * BlobReference), and an alias per root record (`export type DocumentIngested = ...`).
 * Conversion by @ovotech/avro-ts (`convertType`), printing by its @ovotech/ts-compose; a context is
 * threaded through the schemas, so named types are keyed by full name as `toTypeScript` does for one.
 * Throws INVALID_INPUT when two of the schemas define one full name differently (docs aside: the
 * last schema's doc is the one printed).
 */
export function generateTypes(schemaFiles: string[]): string {
  const definedIn = new Map<string, { file: string; schema: Schema }>();
  let context: Context = {};
  const aliases = [];
  for (const file of schemaFiles) {
    const schema = readSchema(file);
    for (const [name, definition] of Object.entries(toExternalContext(schema))) {
      const earlier = definedIn.get(name);
      if (earlier && !isDeepStrictEqual(withoutDocs(earlier.schema), withoutDocs(definition))) {
        throw new SluiceError('INVALID_INPUT', `schemas/${file} defines ${name} unlike schemas/${earlier.file}`);
      }
      definedIn.set(name, { file, schema: definition });
    }
    const converted = convertType({ ...context, refs: { ...context.refs, ...toExternalContext(schema) }, namespace: rootNamespace(file, schema) }, schema);
    context = converted.context;
    const name = (schema as { name: string }).name;
    aliases.push(Type.Alias({ name, isExport: true, type: converted.type }));
  }
  const [first, ...rest] = aliases;
  if (!first) throw new SluiceError('INVALID_INPUT', 'no schema files to generate types from');
  const withAliases = rest.reduce((all, alias) => withIdentifier(all, alias), context);
  const header = `// Generated from ${schemaFiles.map((file) => `schemas/${file}`).join(', ')} by packages/contracts/scripts/generate-types.ts. Do not edit.\n`;
  return header + printDocument(document(withHeader(withAliases, '/* eslint-disable @typescript-eslint/no-namespace */'), first));
}
