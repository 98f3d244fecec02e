/**
 * `npm run eval [-- <corpus>...] [--split dev|test] [--failures] [--count n] [--seed n]`: runs the local extractor
 * over labelled corpora and prints, per corpus, per-field accuracy / precision / recall and the
 * calibration table with its expected calibration error; the last line is one JSON object.
 * Corpora: those of @sluice/evaluation's catalogue that exist under bench/corpora (blind ones
 * print aggregates only), plus `generated-dev` and `generated-holdout` from @sluice/samples.
 * `--split` keeps the documents of one split (labels with a `split`, e.g. the messages corpus: tune on
 * `dev`, report `test`). Enum fields (intent, category) also print a per-tenant confusion (counts only).
 * `--failures` lists per-document misses, for readable corpora and a blind corpus's `dev` split only. Scoring rules:
 * packages/evaluation/README.md.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  calibrationTable,
  confusionLines,
  corpusCatalogue,
  failureLines,
  fieldTable,
  generatedCases,
  loadCorpus,
  runExtraction,
  scoreCorpus,
  type CorpusScore,
  type FieldVerdict,
  type LabelledCase,
} from '@sluice/evaluation';
import { createDefaultLocalExtractionModel, targetsFor } from '@sluice/models';
import { generateDocuments } from '@sluice/samples';

// `npm run eval -- privacy [--split dev|test] [--misses]`: the privacy corpus scores redaction, not
// extraction, and has its own module (bench/privacy-eval.ts).
if (process.argv[2] === 'privacy') {
  const { runPrivacyEval } = await import('./privacy-eval');
  runPrivacyEval(process.argv.slice(3));
  process.exit(0);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    count: { type: 'string', default: '200' },
    seed: { type: 'string', default: '20250301' },
    failures: { type: 'boolean', default: false },
    split: { type: 'string' },
  },
});
const root = join(import.meta.dirname, '..');
const count = Number(values.count);
const seed = Number(values.seed);

interface Source {
  name: string;
  blind: boolean;
  summary: string;
  load(): Promise<LabelledCase[]>;
}

const sources: Source[] = [
  ...corpusCatalogue
    .filter((c) => existsSync(join(root, c.dir, 'labels.jsonl')))
    .map((c) => ({ name: c.name, blind: c.blind, summary: c.summary, load: () => loadCorpus(root, c) })),
  { name: 'generated-dev', blind: false, summary: `the sample generator, dev split (seed ${seed}, ${count} documents)`, load: () => Promise.resolve(generatedCases(generateDocuments({ seed, count, split: 'dev' }))) },
  {
    name: 'generated-holdout',
    blind: false,
    summary: `the sample generator, holdout layouts and wordings (seed ${seed + 1}, ${count} documents)`,
    load: () => Promise.resolve(generatedCases(generateDocuments({ seed: seed + 1, count, split: 'holdout' }))),
  },
];

const unknown = positionals.filter((p) => !sources.some((s) => s.name === p));
if (unknown.length > 0) {
  console.error(`unknown or absent corpus: ${unknown.join(', ')} (available: ${sources.map((s) => s.name).join(', ')})`);
  process.exit(2);
}
const chosen = positionals.length === 0 ? sources : sources.filter((s) => positionals.includes(s.name));
// A blind corpus's `dev` split is for tuning (its README says so): its failures may be listed.
if (values.failures && values.split !== 'dev' && chosen.some((s) => s.blind)) {
  console.error(`--failures prints documents' values: not for blind corpora (${chosen.filter((s) => s.blind).map((s) => s.name).join(', ')}) unless with --split dev`);
  process.exit(2);
}

const constructStart = performance.now();
const model = await createDefaultLocalExtractionModel();
const constructMs = performance.now() - constructStart;
// The first call loads lazily built parts (Recognizers-Text models); measured apart.
const warmStart = performance.now();
await model.extract({ documentId: 'warm-up', tenant: 'eval', kind: 'invoice', text: 'Invoice no. 1\nDate: 4 March 2025\nTotal: 10.00 EUR' }, targetsFor('invoice'));
const firstCallMs = performance.now() - warmStart;

const summary: Record<string, unknown> = {};
for (const source of chosen) {
  const cases = (await source.load()).filter((c) => values.split === undefined || c.split === values.split);
  if (values.failures && source.blind && cases.some((c) => c.split !== 'dev')) {
    console.error(`--failures on ${source.name}: only documents labelled split "dev" may be listed`);
    process.exit(2);
  }
  const run = await runExtraction(model, cases);
  const verdicts: FieldVerdict[] | undefined = values.failures ? [] : undefined;
  const score: CorpusScore = scoreCorpus(run.results, verdicts);
  console.log(`\n${source.name} — ${source.summary} (${score.documents} documents, ${run.msPerDocument.toFixed(2)} ms each)`);
  for (const line of fieldTable(score)) console.log(line);
  for (const line of calibrationTable(score.calibration)) console.log(line);
  for (const field of ['intent', 'category']) for (const line of confusionLines(run.results, field)) console.log(line);
  if (verdicts) for (const line of failureLines(verdicts)) console.log(line);
  summary[source.name] = {
    blind: source.blind,
    documents: score.documents,
    msPerDocument: Number(run.msPerDocument.toFixed(2)),
    invoiceKeyAccuracy: score.invoiceKeyAccuracy === null ? null : Number(score.invoiceKeyAccuracy.toFixed(4)),
    fields: Object.fromEntries(score.fields.map((f) => [f.field, { accuracy: Number(f.accuracy.toFixed(4)), precision: Number(f.precision.toFixed(4)), recall: Number(f.recall.toFixed(4)) }])),
    ece: Number(score.calibration.ece.toFixed(4)),
    confidentAccuracy: score.calibration.confident.accuracy === null ? null : Number(score.calibration.confident.accuracy.toFixed(4)),
    calibration: score.calibration.bins.map((b) => ({ from: b.from, count: b.count, meanConfidence: Number(b.meanConfidence.toFixed(4)), accuracy: Number(b.accuracy.toFixed(4)) })),
  };
}
console.log(`\nconstruct ${constructMs.toFixed(0)} ms, first call ${firstCallMs.toFixed(0)} ms`);
console.log(JSON.stringify({ eval: 'extraction', model: model.ref, seed, count, constructMs: Math.round(constructMs), firstCallMs: Math.round(firstCallMs), corpora: summary }));
