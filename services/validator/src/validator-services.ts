import type { DocumentEnriched, ReviewCompleted } from '@sluice/contracts';
import { AUDIT_TOPIC } from '@sluice/pipeline';
import { defineService, type ServiceDefinition } from '@sluice/stream';
import { createReviewHandler, REVIEW_COMPLETED_TOPIC } from './apply-reviews';
import { createValidateHandler, PROCESSED_TOPIC, REVIEW_REQUESTED_TOPIC, VALIDATOR, type ValidatorDeps } from './validate-enriched';

export const ENRICHED_TOPIC = 'documents.enriched.v1';
export const VALIDATOR_REVIEWS = 'validator-reviews';

export interface ValidatorServicesDeps extends ValidatorDeps {
  pingDatabase: () => Promise<void>;
  /** Extra readiness checks of the main service (the process's other consumer, for one). */
  readiness?: Record<string, () => Promise<void>>;
}

/**
 * The validator's two stream services. The runtime takes one input topic per service, so the
 * process runs two consumer groups that share the pool, the rule book and the decision table:
 * `validator` on documents.enriched.v1, `validator-reviews` on reviews.completed.v1.
 */
export function validatorServices(deps: ValidatorServicesDeps): {
  validator: ServiceDefinition<DocumentEnriched, unknown>;
  reviews: ServiceDefinition<ReviewCompleted, unknown>;
} {
  return {
    validator: defineService<DocumentEnriched, unknown>({
      name: VALIDATOR,
      input: ENRICHED_TOPIC,
      outputs: [PROCESSED_TOPIC, REVIEW_REQUESTED_TOPIC, AUDIT_TOPIC],
      handler: createValidateHandler(deps),
      readiness: { database: deps.pingDatabase, ...deps.readiness },
    }),
    reviews: defineService<ReviewCompleted, unknown>({
      name: VALIDATOR_REVIEWS,
      input: REVIEW_COMPLETED_TOPIC,
      outputs: [PROCESSED_TOPIC, AUDIT_TOPIC],
      handler: createReviewHandler(deps),
      readiness: { database: deps.pingDatabase },
    }),
  };
}
