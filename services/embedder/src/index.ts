export { createEmbedderService, EMBEDDER, EXTRACTED_TOPIC, EMBEDDED_TOPIC } from './embedder-service';
export type { EmbedderDeps } from './embedder-service';
export { embedBatch, embeddedNameFields } from './embed-batch';
export type { EmbedBatchOptions, EmbeddedDocument } from './embed-batch';
export { chunkText, defaultMaxChunkChars } from './text-chunks';
export { meanPool, l2Normalise } from './vector-pooling';
export { loadEmbedderConfig, embedderEnvSchema } from './embedder-config';
