import { SluiceError } from '@sluice/errors';
import type {
  CallOptions,
  Classification,
  ClassificationModel,
  EmbeddingModel,
  ExtractedField,
  ExtractionModel,
  ExtractionRequest,
  FieldTarget,
  ModelResult,
} from '../model-contracts';
import { fieldProblems } from '../validation/extracted-field-validation';
import { runChain, type ChainStep } from './provider-chain';

export interface ExtractionEscalation {
  minMeanConfidence: number;
  minFieldConfidence: number;
}

/** Mean and minimum confidence, counting a missing required field as confidence 0. */
export function extractionConfidence(fields: readonly ExtractedField[], targets: readonly FieldTarget[]) {
  const confidences = fields.map((field) => field.confidence);
  for (const target of targets) {
    const found = fields.some((field) => field.name === target.name || field.name.startsWith(`${target.name}[`));
    if (target.required && !target.repeated && !found) confidences.push(0);
  }
  if (confidences.length === 0) return { mean: 0, min: 0 };
  return {
    mean: confidences.reduce((sum, value) => sum + value, 0) / confidences.length,
    min: Math.min(...confidences),
  };
}

/**
 * One link's answer, checked against the targets: an answer that does not fit is treated like a
 * link that answered nonsense (INVALID_MODEL_OUTPUT), so the chain moves on to the next link, and
 * when no link gave a fitting answer the error names the last link's problems. Local models are
 * checked the same way as remote ones: a rule that misparses must not reach the pipeline either.
 */
async function checkedExtraction(
  model: ExtractionModel,
  request: ExtractionRequest,
  targets: readonly FieldTarget[],
  options: CallOptions | undefined,
): Promise<ModelResult<ExtractedField[]>> {
  const result = await model.extract(request, targets, options);
  const problems = fieldProblems(result.value, targets);
  if (problems.length > 0) {
    const source = `${model.ref.provider}/${model.ref.model}`;
    throw new SluiceError('INVALID_MODEL_OUTPUT', `${source}: answer does not fit the targets: ${problems.join('; ')}`, {
      details: { model: source, problems },
    });
  }
  return result;
}

/** An ExtractionModel over a chain: the pipeline cannot tell it from a single model. */
export function extractionRouter(
  links: readonly ExtractionModel[],
  escalation: ExtractionEscalation,
  onStep?: (step: ChainStep) => void,
  whenWithheld?: () => Promise<ExtractionModel>,
): ExtractionModel {
  const first = links[0];
  if (!first) throw new SluiceError('CONFIG', 'extractionRouter needs at least one model');
  return {
    ref: first.ref,
    extract(request: ExtractionRequest, targets: readonly FieldTarget[], options?: CallOptions) {
      const score = (result: ModelResult<ExtractedField[]>) => extractionConfidence(result.value, targets);
      return runChain(links, (model) => checkedExtraction(model, request, targets, options), {
        confident: (result) => {
          const { mean, min } = score(result);
          return mean >= escalation.minMeanConfidence && min >= escalation.minFieldConfidence;
        },
        better: (a, b) => score(a).mean > score(b).mean,
        onStep,
        whenWithheld,
      });
    },
  };
}

export function classificationRouter(
  links: readonly ClassificationModel[],
  escalation: { minConfidence: number },
  onStep?: (step: ChainStep) => void,
  whenWithheld?: () => Promise<ClassificationModel>,
): ClassificationModel {
  const first = links[0];
  if (!first) throw new SluiceError('CONFIG', 'classificationRouter needs at least one model');
  return {
    ref: first.ref,
    classify(text: string, labels: readonly string[], options?: CallOptions): Promise<ModelResult<Classification>> {
      return runChain(links, (model) => model.classify(text, labels, options), {
        confident: (result) => result.value.confidence >= escalation.minConfidence,
        better: (a, b) => a.value.confidence > b.value.confidence,
        onStep,
        whenWithheld,
      });
    },
  };
}

/**
 * Embeddings only fall back, never cascade. Every link must give vectors of the same length; the
 * cache keys by the answering model (ModelResult.model), so vectors of two models never mix.
 */
export function embeddingRouter(
  links: readonly EmbeddingModel[],
  onStep?: (step: ChainStep) => void,
  whenWithheld?: () => Promise<EmbeddingModel>,
): EmbeddingModel {
  const first = links[0];
  if (!first) throw new SluiceError('CONFIG', 'embeddingRouter needs at least one model');
  const mismatched = links.find((link) => link.dimensions !== first.dimensions);
  if (mismatched) {
    throw new SluiceError('CONFIG', `embedding chain mixes ${first.dimensions} and ${mismatched.dimensions} dimensions (${mismatched.ref.model})`);
  }
  return {
    ref: first.ref,
    dimensions: first.dimensions,
    embed(texts: string[], options?: CallOptions) {
      return runChain(links, (model) => model.embed(texts, options), { confident: () => true, better: () => false, onStep, whenWithheld });
    },
  };
}
