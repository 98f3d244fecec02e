export type * from './model-contracts';
export { createUseLiteEmbeddingModel, defaultUseLiteOptions, USE_LITE_DIMENSIONS, USE_LITE_MODEL } from './local/embedding/use-lite-embedding-model';
export type { LocalEmbeddingModel, UseLiteOptions } from './local/embedding/use-lite-embedding-model';
