// Regenerates src/generated/*.generated.ts from schemas/*.avsc:  npx tsx packages/contracts/scripts/generate-types.ts
// The unit test `generated-types.test.ts` fails when the committed files differ from this output.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFileName, generateTypes } from '../src/generated-types';
import { schemaFileNames } from '../src/schema-files';

const outDir = fileURLToPath(new URL('../src/generated/', import.meta.url));
for (const file of schemaFileNames()) {
  writeFileSync(join(outDir, generatedFileName(file)), generateTypes(file));
  console.log(`wrote ${generatedFileName(file)}`);
}
