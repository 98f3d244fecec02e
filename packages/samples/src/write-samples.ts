/**
 * Regenerates the committed demo set (deterministic): `npm run write-samples -w @sluice/samples`
 * or `npx tsx packages/samples/src/write-samples.ts [outDir]`.
 *   samples/documents/documents.jsonl  ingest-contract documents, one per line
 *   samples/documents/truth.jsonl      { id, truth } for each document, same order
 *   samples/reference/vendors.jsonl    reference vendors with name variants, IBAN, VAT id
 *   samples/reference/customers.jsonl  reference customers
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDocuments } from './generate-documents';
import { buildReferenceData } from './reference-data';

export const demoSeed = 20250301;

function jsonl(rows: readonly unknown[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

export function writeSamples(outDir: string): { documents: number; vendors: number; customers: number } {
  const reference = buildReferenceData();
  // Mostly dev-split documents plus some holdout ones (other layouts, Spanish), in one stream.
  const docs = [...generateDocuments({ seed: demoSeed, count: 160, split: 'dev', reference }), ...generateDocuments({ seed: demoSeed, count: 40, split: 'holdout', reference })];
  mkdirSync(join(outDir, 'documents'), { recursive: true });
  mkdirSync(join(outDir, 'reference'), { recursive: true });
  writeFileSync(join(outDir, 'documents', 'documents.jsonl'), jsonl(docs.map((d) => d.document)));
  writeFileSync(join(outDir, 'documents', 'truth.jsonl'), jsonl(docs.map((d) => ({ id: d.document.id, truth: d.truth }))));
  writeFileSync(join(outDir, 'reference', 'vendors.jsonl'), jsonl(reference.vendors.map(({ vatIdPrinted: _printed, ...vendor }) => vendor)));
  writeFileSync(join(outDir, 'reference', 'customers.jsonl'), jsonl(reference.customers));
  return { documents: docs.length, vendors: reference.vendors.length, customers: reference.customers.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  const outDir = resolve(process.argv[2] ?? join(repoRoot, 'samples'));
  const counts = writeSamples(outDir);
  console.log(JSON.stringify({ outDir, ...counts }));
}
