import type { DocumentKind } from '@sluice/models';
import { scoredFields } from './extraction-scoring';
import type { ExpectedValue, LabelledCase } from './labelled-case';

// The generator writes no order references into e-mails' truth; it does not label them.
const unlabelled = new Set(['orderIds']);

/**
 * A generated document with the fields it truly holds: what `generateDocuments` of @sluice/samples
 * writes (the bench and the tests generate; this package only reads the shape).
 */
export interface GeneratedDocument {
  document: { id: string; kind: DocumentKind; tenant: string; text: string };
  /** The field values the document contains, normalised; indexed names for repeated fields. */
  truth: { fields: Readonly<Record<string, string>> };
}

/**
 * A generator's labelled documents as evaluation cases. Its truth lists only the fields a
 * document contains, so every scored field it lacks is expected `null`; indexed names
 * (`customerIds[1]`, `lineItems[0].amount`) become lists under their base name.
 */
export function generatedCases(documents: readonly GeneratedDocument[]): LabelledCase[] {
  return documents.map(({ document, truth }) => {
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
