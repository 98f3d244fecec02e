/**
 * `npm run eval`: generates a labelled dev and holdout set, runs the local extractor over both and
 * prints per-field precision / recall / F1, the confidence calibration table, start-up and
 * per-document time; the last line is one JSON object with the figures.
 * Options: --count <n per split> (default 400), --seed <n> (default 20250301).
 */
import { parseArgs } from 'node:util';
import { createDefaultLocalExtractionModel, targetsFor } from '@sluice/models';
import { generateDocuments, scoreExtraction, type ExtractionScore, type LabelledDocument } from '@sluice/samples';

const { values } = parseArgs({ options: { count: { type: 'string', default: '400' }, seed: { type: 'string', default: '20250301' } } });
const count = Number(values.count);
const seed = Number(values.seed);

const constructStart = performance.now();
const model = await createDefaultLocalExtractionModel();
const constructMs = performance.now() - constructStart;

async function run(samples: LabelledDocument[]) {
  const results = [];
  const started = performance.now();
  for (const sample of samples) {
    const { document } = sample;
    const result = await model.extract({ documentId: document.id, tenant: document.tenant, kind: document.kind, text: document.text }, targetsFor(document.kind));
    results.push({ sample, fields: result.value });
  }
  return { score: scoreExtraction(results), msPerDocument: (performance.now() - started) / samples.length };
}

function printScore(title: string, score: ExtractionScore): void {
  console.log(`\n${title} (${score.documents} documents)`);
  console.log(`${'field'.padEnd(24)}${'truth'.padStart(7)}${'pred'.padStart(7)}${'right'.padStart(7)}${'P'.padStart(8)}${'R'.padStart(8)}${'F1'.padStart(8)}`);
  for (const f of score.fields) {
    console.log(
      `${f.field.padEnd(24)}${String(f.truth).padStart(7)}${String(f.predicted).padStart(7)}${String(f.correct).padStart(7)}${f.precision.toFixed(3).padStart(8)}${f.recall.toFixed(3).padStart(8)}${f.f1.toFixed(3).padStart(8)}`,
    );
  }
  console.log('calibration: confidence bucket → accuracy');
  for (const b of score.calibration) {
    console.log(`  ${b.range.padEnd(14)} n=${String(b.count).padStart(5)}  mean confidence ${b.meanConfidence.toFixed(3)}  accuracy ${b.accuracy.toFixed(3)}`);
  }
}

// The first call warms up lazily loaded parts (Recognizers-Text models); measured apart.
const warmStart = performance.now();
await model.extract({ documentId: 'warm-up', tenant: 'eval', kind: 'invoice', text: 'Invoice no. 1\nDate: 4 March 2025\nTotal: 10.00 EUR' }, targetsFor('invoice'));
const firstCallMs = performance.now() - warmStart;

const dev = await run(generateDocuments({ seed, count, split: 'dev' }));
const holdout = await run(generateDocuments({ seed: seed + 1, count, split: 'holdout' }));
printScore('dev', dev.score);
printScore('holdout (layouts, wordings and Spanish never tuned on)', holdout.score);
console.log(`\nconstruct ${constructMs.toFixed(0)} ms, first call ${firstCallMs.toFixed(0)} ms, per document ${dev.msPerDocument.toFixed(2)} ms (dev) / ${holdout.msPerDocument.toFixed(2)} ms (holdout)`);

const f1 = (s: ExtractionScore) => Object.fromEntries(s.fields.map((f) => [f.field, Number(f.f1.toFixed(4))]));
console.log(
  JSON.stringify({
    eval: 'local-extraction',
    model: model.ref,
    seed,
    count,
    constructMs: Math.round(constructMs),
    firstCallMs: Math.round(firstCallMs),
    msPerDocument: Number(dev.msPerDocument.toFixed(2)),
    devF1: f1(dev.score),
    holdoutF1: f1(holdout.score),
    devCalibration: dev.score.calibration,
    holdoutCalibration: holdout.score.calibration,
  }),
);
