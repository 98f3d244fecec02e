export { createExtractorService, EXTRACTOR, INGESTED_TOPIC, EXTRACTED_TOPIC } from './extractor-service';
export type { ExtractorDeps, ExtractorModels } from './extractor-service';
export { extractDocument, languageOnlyRef } from './extract-document';
export type { DocumentExtraction, ExtractionDeps } from './extract-document';
export { loadExtractorConfig, extractorEnvSchema } from './extractor-config';
