import { generateDocuments, type Split } from '@sluice/samples';
import { scoredFields } from './extraction-scoring';
import type { ExpectedValue, LabelledCase } from './labelled-case';

// The generator writes no order references into e-mails' truth; it does not label them.
const unlabelled = new Set(['orderIds']);

/**
 * The generator's labelled documents as evaluation cases. Its truth lists only the fields a
 * document contains, so every scored field it lacks is expected `null`; indexed names
 * (`customerIds[1]`, `lineItems[0].amount`) become lists under their base name.
 */
export function generatedCases(options: { seed: number; count: number; split: Split }): LabelledCase[] {
  return generateDocuments(options).map(({ document, truth }) => {
    const expected: Record<string, ExpectedValue> = {};
    for (const [name, value] of Object.entries(truth.fields)) {
      const base = name.replace(/\[\d+\]/g, '');
      if (base === name) expected[name] = value;
      else expected[base] = [...((expected[base] as string[] | undefined) ?? []), value];
    }
    for (const field of scoredFields[document.kind]) if (!(field in expected) && !unlabelled.has(field)) expected[field] = null;
    if (document.kind === 'invoice') expected.documentType = 'invoice';
    return { id: document.id, kind: document.kind, tenant: document.tenant, text: document.text, expected };
  });
}
