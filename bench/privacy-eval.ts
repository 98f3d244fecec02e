/**
 * `npm run eval -- privacy [--corpus privacy|privacy-dev2] [--split dev|test] [--misses]`: runs the
 * redactor over the privacy corpora of @sluice/evaluation's catalogue (all of them unless
 * `--corpus` names one) and prints recall per personal-data type, precision per redacted type, and
 * how many look-alikes stayed intact. `--misses` lists missed strings and false positives, for dev
 * splits only (the test split is reported in aggregate: it carries the committed floors).
 * The last line is one JSON object with the figures, per corpus and split.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  groupRecall,
  loadPrivacyCorpus,
  precisionFloor,
  privacyCorpusCatalogue,
  privacyFloors,
  scoreRedaction,
  type RedactionScore,
} from '@sluice/evaluation';
import { findPersonalData } from '@sluice/models';

function printScore(split: string, score: RedactionScore): void {
  console.log(`\n${split} split (${score.documents} documents)`);
  console.log(`${'personal-data type'.padEnd(26)}${'labelled'.padStart(9)}${'hidden'.padStart(8)}${'recall'.padStart(8)}`);
  for (const r of score.recall) console.log(`${r.type.padEnd(26)}${String(r.labelled).padStart(9)}${String(r.hidden).padStart(8)}${r.recall.toFixed(3).padStart(8)}`);
  console.log(`\n${'redacted as'.padEnd(26)}${'spans'.padStart(9)}${'on pii'.padStart(8)}${'prec.'.padStart(8)}`);
  for (const p of score.precision) console.log(`${p.type.padEnd(26)}${String(p.spans).padStart(9)}${String(p.onPersonalData).padStart(8)}${p.precision.toFixed(3).padStart(8)}`);
  console.log(`${'overall'.padEnd(43)}${score.overallPrecision.toFixed(3).padStart(8)}`);
  console.log(`\n${'look-alike kept'.padEnd(26)}${'labelled'.padStart(9)}${'intact'.padStart(8)}${'rate'.padStart(8)}`);
  for (const k of score.keep) console.log(`${k.type.padEnd(26)}${String(k.labelled).padStart(9)}${String(k.intact).padStart(8)}${k.rate.toFixed(3).padStart(8)}`);
  console.log(`\n${'floors (issue 13)'.padEnd(26)}${'recall'.padStart(9)}${'target'.padStart(8)}${'floor'.padStart(8)}`);
  for (const { group, types, target, floor } of privacyFloors) {
    const recall = groupRecall(score, types);
    console.log(`${group.padEnd(26)}${recall.toFixed(3).padStart(9)}${target.toFixed(2).padStart(8)}${floor.toFixed(2).padStart(8)}${recall < target ? '  below target' : ''}`);
  }
  const { target, floor } = precisionFloor;
  console.log(`${'precision'.padEnd(26)}${score.overallPrecision.toFixed(3).padStart(9)}${target.toFixed(2).padStart(8)}${floor.toFixed(2).padStart(8)}${score.overallPrecision < target ? '  below target' : ''}`);
}

export function runPrivacyEval(args: string[]): void {
  const { values } = parseArgs({ args, options: { corpus: { type: 'string' }, split: { type: 'string' }, misses: { type: 'boolean', default: false } } });
  if (values.split && values.split !== 'dev' && values.split !== 'test') throw new Error('--split must be dev or test');
  const root = join(import.meta.dirname, '..');
  const corpora = privacyCorpusCatalogue.filter((c) => (values.corpus ? c.name === values.corpus : true) && existsSync(join(root, c.dir, 'labels.jsonl')));
  if (corpora.length === 0) throw new Error(`no privacy corpus ${values.corpus ?? ''} (catalogue: ${privacyCorpusCatalogue.map((c) => c.name).join(', ')})`);
  const figures: Record<string, unknown> = {};
  const runs = corpora.flatMap((corpus) => corpus.splits.filter((split) => !values.split || split === values.split).map((split) => ({ corpus, split })));
  for (const { corpus, split } of runs) {
    const documents = loadPrivacyCorpus(split, join(root, corpus.dir));
    const started = performance.now();
    const score = scoreRedaction(documents, (document) => findPersonalData(document.text));
    const msPerDocument = (performance.now() - started) / documents.length;
    printScore(`${corpus.name}: ${split}`, score);
    console.log(`${msPerDocument.toFixed(1)} ms per document`);
    if (values.misses && split === 'dev') {
      console.log('\nmissed (dev):');
      for (const miss of score.misses) console.log(`  ${miss.id} ${miss.type}: ${JSON.stringify(miss.text)}`);
      console.log('false positives (dev):');
      for (const fp of score.falsePositives) console.log(`  ${fp.id} ${fp.type}: ${JSON.stringify(fp.text)}`);
    }
    figures[`${corpus.name}:${split}`] = {
      recall: Object.fromEntries(score.recall.map((r) => [r.type, Number(r.recall.toFixed(4))])),
      precision: Number(score.overallPrecision.toFixed(4)),
      keep: Object.fromEntries(score.keep.map((k) => [k.type, Number(k.rate.toFixed(4))])),
      msPerDocument: Number(msPerDocument.toFixed(1)),
    };
  }
  console.log(JSON.stringify({ eval: 'privacy', ...figures }));
}
