// Regenerates src/generated/*.generated.ts (one module per Avro namespace) from schemas/*.avsc:
//   npx tsx packages/contracts/scripts/generate-types.ts
// The unit test `generated-types.test.ts` fails when the committed files differ from this output.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFileName, generateTypes, schemaFilesByNamespace } from '../src/generated-types';

const outDir = fileURLToPath(new URL('../src/generated/', import.meta.url));
for (const stale of readdirSync(outDir).filter((name) => name.endsWith('.generated.ts'))) rmSync(join(outDir, stale));
for (const [namespace, files] of schemaFilesByNamespace()) {
  writeFileSync(join(outDir, generatedFileName(namespace)), generateTypes(files));
  console.log(`wrote ${generatedFileName(namespace)} from ${files.join(', ')}`);
}
