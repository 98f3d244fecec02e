import type { ClassificationModel, ExtractedField, ExtractionModel, FieldTarget, ModelResult } from '../model-contracts';

/**
 * Small rule-based stand-ins for the local extractor and classifier, for tests that need an
 * ExtractionModel/ClassificationModel before (or without) the real local models.
 */
const zero = { inputTokens: 0, outputTokens: 0, latencyMs: 0, costUsd: 0 };
const patterns: Record<string, RegExp> = {
  invoiceNumber: /\b(INV-[\w-]+)/,
  iban: /\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b/,
  senderEmail: /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/,
  totalAmount: /total[^\d]*(\d+(?:\.\d+)?)/i,
  currency: /\b(EUR|USD|GBP|CHF)\b/,
};

export function fakeExtractionModel(): ExtractionModel {
  const ref = { provider: 'local', model: 'fake-rules', version: '0', promptId: null, promptHash: null };
  return {
    ref,
    extract(request, targets: readonly FieldTarget[]): Promise<ModelResult<ExtractedField[]>> {
      const fields: ExtractedField[] = [];
      for (const target of targets) {
        const match = patterns[target.name]?.exec(request.text)?.[1];
        if (match) fields.push({ name: target.name, value: match.replace(/ /g, ''), confidence: 0.9 });
      }
      return Promise.resolve({
        value: fields,
        usage: { ...zero, characters: request.text.length },
        model: ref,
        degraded: false,
        redactions: {},
      });
    },
  };
}

export function fakeClassificationModel(): ClassificationModel {
  const ref = { provider: 'local', model: 'fake-keywords', version: '0', promptId: null, promptHash: null };
  return {
    ref,
    classify(text, labels) {
      const label = labels.find((candidate) => text.toLowerCase().includes(candidate.toLowerCase())) ?? labels[0] ?? 'other';
      return Promise.resolve({
        value: { label, confidence: labels.includes(label) && text.toLowerCase().includes(label) ? 0.9 : 0.3 },
        usage: { ...zero, characters: text.length },
        model: ref,
        degraded: false,
        redactions: {},
      });
    },
  };
}
