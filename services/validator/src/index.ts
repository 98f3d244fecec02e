export { validatorServices, ENRICHED_TOPIC, VALIDATOR_REVIEWS } from './validator-services';
export type { ValidatorServicesDeps } from './validator-services';
export { createValidateHandler, PROCESSED_TOPIC, REVIEW_REQUESTED_TOPIC, VALIDATOR } from './validate-enriched';
export type { ValidatorDeps } from './validate-enriched';
export { createReviewHandler, REVIEW_COMPLETED_TOPIC } from './apply-reviews';
export { PgDecisionStore } from './pg-decision-store';
export { MemoryDecisionStore } from './memory-decision-store';
export { loadValidatorConfig } from './validator-config';
