export { validatorService, ENRICHED_TOPIC } from './validator-service';
export type { ValidatorServiceDeps } from './validator-service';
export { createValidateHandler, PROCESSED_TOPIC, REVIEW_REQUESTED_TOPIC, VALIDATOR } from './validate-enriched';
export type { ValidatorDeps } from './validate-enriched';
export { createReviewHandler, REVIEW_COMPLETED_TOPIC } from './apply-reviews';
export { policyState, humanDecision } from './policy-decision';
export { PgDecisionStore } from './pg-decision-store';
export { loadValidatorConfig, validatorEnvSchema } from './validator-config';
