import type { ErrorCode } from '@sluice/errors';
import {
  extractionRouter,
  hashedVector,
  type CallOptions,
  type EmbeddingModel,
  type ExtractedField,
  type ExtractionModel,
  type LanguageDetector,
  type ModelCallLabels,
  type ModelMetrics,
} from '@sluice/models';

// Test doubles for the model layer. They live here, never in a package's production exports.

/**
 * Test doubles: a one-link extraction chain behind the real router (so target checks run as in
 * production) whose link answers what the test says, and a language detector with a fixed answer.
 */
export function fakeExtractionChain(answer: (text: string) => ExtractedField[], options: { costUsd?: number; redactions?: Record<string, number> } = {}) {
  const ref = { provider: 'test', model: 'fake-extractor', version: '1', promptId: 'extract-fields', promptHash: 'abc123' };
  const calls: string[] = [];
  const link: ExtractionModel = {
    ref,
    extract: (request) => {
      calls.push(request.documentId);
      return Promise.resolve({
        value: answer(request.text),
        usage: { inputTokens: 100, outputTokens: 20, characters: request.text.length, latencyMs: 7, costUsd: options.costUsd ?? 0.001 },
        model: ref,
        degraded: false,
        redactions: options.redactions ?? {},
      });
    },
  };
  return { model: extractionRouter([link], { minMeanConfidence: 0, minFieldConfidence: 0 }), calls };
}

export function fixedLanguage(language: string): LanguageDetector {
  return { method: 'stopwords', detect: () => ({ language, confidence: 0.9 }) };
}

/**
 * Test double: deterministic hashed vectors, remembering every call's texts and options, with a
 * fixed usage per call so cost sharing can be checked.
 */
export function recordingEmbeddingModel(dimensions = 16, usage = { inputTokens: 100, costUsd: 0.01 }) {
  const ref = { provider: 'test', model: 'recording', version: '1', promptId: null, promptHash: null };
  const calls: { texts: string[]; options: CallOptions | undefined }[] = [];
  const model: EmbeddingModel = {
    ref,
    dimensions,
    embed(texts, options) {
      calls.push({ texts, options });
      return Promise.resolve({
        value: texts.map((text) => hashedVector(text, dimensions)),
        usage: { inputTokens: usage.inputTokens, outputTokens: 0, characters: texts.join('').length, latencyMs: 9, costUsd: usage.costUsd },
        model: ref,
        degraded: false,
        redactions: {},
      });
    },
  };
  return { model, calls };
}

export interface RecordedRequest extends ModelCallLabels {
  outcome: 'ok' | ErrorCode;
  latencyMs: number;
}

/** Model metrics that keep every observation in memory, for a test to read back. */
export function recordingModelMetrics() {
  const requests: RecordedRequest[] = [];
  const usage: Array<ModelCallLabels & { inputTokens: number; outputTokens: number; costUsd: number }> = [];
  const breakerStates: Array<{ endpoint: string; state: string }> = [];
  const metrics: ModelMetrics = {
    observeRequest: (labels, outcome, latencyMs) => requests.push({ ...labels, outcome, latencyMs }),
    observeUsage: (labels, observed) => usage.push({ ...labels, ...observed }),
    observeBreakerState: (endpoint, state) => breakerStates.push({ endpoint, state }),
  };
  return { metrics, requests, usage, breakerStates };
}
