export { createExtractorService, EXTRACTOR, INGESTED_TOPIC, EXTRACTED_TOPIC } from './extractor-service';
export type { ExtractorDeps, ExtractorModels } from './extractor-service';
export { extractDocument, languageOnlyRef } from './extract-document';
export type { DocumentExtraction, ExtractionDeps } from './extract-document';
// Moved to @sluice/pipeline; re-exported so this entry point keeps its API.
export { loadInBackground } from '@sluice/pipeline';
export type { LoadingDependency } from '@sluice/pipeline';
export { loadExtractorConfig, extractorEnvSchema } from './extractor-config';
