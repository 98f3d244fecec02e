import { targetsFor, type ExtractionModel } from '@sluice/models';
import type { CaseResult, LabelledCase } from './labelled-case';

export interface ExtractionRun {
  results: CaseResult[];
  /** Wall time per document, milliseconds. */
  msPerDocument: number;
}

/** Runs `model` over every case with the targets of the case's kind, one document at a time. */
export async function runExtraction(model: ExtractionModel, cases: readonly LabelledCase[]): Promise<ExtractionRun> {
  const results: CaseResult[] = [];
  const started = performance.now();
  for (const c of cases) {
    const out = await model.extract({ documentId: c.id, tenant: c.tenant, kind: c.kind, text: c.text }, targetsFor(c.kind));
    results.push({ case: c, fields: out.value });
  }
  return { results, msPerDocument: cases.length === 0 ? 0 : (performance.now() - started) / cases.length };
}
