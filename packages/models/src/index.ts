export type * from './model-contracts';
export { createUseLiteEmbeddingModel, defaultUseLiteOptions, USE_LITE_DIMENSIONS, USE_LITE_MODEL } from './local/embedding/use-lite-embedding-model';
export type { LocalEmbeddingModel, UseLiteOptions } from './local/embedding/use-lite-embedding-model';

// Profiles and routing: which providers serve a task is configuration.
export { loadModelProfile, parseModelProfile, defaultProfileDir } from './profiles/load-model-profile';
export type { LoadedProfile } from './profiles/load-model-profile';
export { modelProfileEnv } from './profiles/model-profile-env';
export { modelProfileSchema } from './profiles/model-profile-schema';
export type { ModelProfile, EndpointConfig, ChainLink } from './profiles/model-profile-schema';
export { createModelSet, withheldFallbackModels } from './profiles/model-set';
export type { ModelSet, ModelSetDeps, ModelTaskName } from './profiles/model-set';
export { defaultLocalModelCatalog, extendLocalModelCatalog } from './profiles/local-model-catalog';
export type { LocalModelCatalog } from './profiles/local-model-catalog';
export { extractionRouter, classificationRouter, embeddingRouter, extractionConfidence } from './routing/model-routers';
export type { ChainStep } from './routing/provider-chain';
export { fieldProblems, findFieldTarget, valueFitsTarget } from './validation/extracted-field-validation';

// Resilience and metrics.
export { noopModelMetrics } from './metrics/model-metrics';
export type { ModelMetrics, ModelCallLabels, ModelTask } from './metrics/model-metrics';

// Privacy and prompts.
export { PiiRedactor, findPersonalData } from './privacy/pii-redactor';
export { defaultRecognisers } from './privacy/recogniser-registry';
export { assessCoverage } from './privacy/redaction-coverage';
export type { CoverageVerdict } from './privacy/redaction-coverage';
export { defaultPrivacyPolicy, privacyPolicies, privacyPolicySchema } from './privacy/privacy-policy';
export type { EgressPolicy, PrivacyPolicies, PrivacyPolicy } from './privacy/privacy-policy';
export { defaultPrivacyDir, loadPrivacyPolicies } from './privacy/load-privacy-policies';
export { triageTaxonomies, triageTaxonomy, triageTaxonomySchema } from './triage/triage-taxonomy';
export type { TriageIntent, TriageTaxonomies, TriageTaxonomy, TriageTaxonomyInput } from './triage/triage-taxonomy';
export { defaultTriageDir, loadTriageTaxonomies } from './triage/load-triage-taxonomies';
export { EgressGate } from './privacy/egress-gate';
export { personalDataTypes } from './privacy/personal-data-types';
export type { PersonalDataType, Finding, Recogniser } from './privacy/personal-data-types';
export { loadPromptTemplate, renderPrompt } from './prompts/prompt-template';
export type { PromptTemplate } from './prompts/prompt-template';

// The OpenAI-compatible simulator.
export { startModelSimulator } from './simulator/model-simulator';
export type { RunningSimulator } from './simulator/model-simulator';
export { defaultSimulatorOptions, SIMULATOR_VERSION } from './simulator/simulator-options';
export type { SimulatorOptions } from './simulator/simulator-options';
export { hashedEmbeddingModel, hashedVector } from './simulator/hashed-embedding';

// Local extraction, classification and language detection (rules + Recognizers-Text + compromise + cld3).
export { createDefaultLocalExtractionModel, createLocalExtractionModel } from './local/extraction/local-extraction-model';
export type { LocalExtractionDependencies } from './local/extraction/local-extraction-model';
export { invoiceTargets, emailTargets, emailTargetsFor, ticketTargets, targetsFor, targetNameOf } from './extraction-targets';
export { emailIntentValues, urgencyValues, ticketCategoryValues, ticketPriorityValues } from './extraction-targets';
export { createLocalClassificationModel } from './local/classification/local-classification-model';
export { createLanguageDetector } from './local/language/language-detector';
export type { DetectedLanguage, LanguageDetector } from './local/language/language-detector';
export { ibanChecksumValid } from './local/extraction/iban-check';
export { normaliseVatId } from './local/extraction/vat-id-check';
export { normaliseKind } from './document-kind';
