import type { DocumentEnriched, ReviewCompleted } from '@sluice/contracts';
import { AUDIT_TOPIC } from '@sluice/audit-events';
import { defineService, type HandlerContext, type InputRecord, type ServiceDefinition } from '@sluice/stream';
import { createReviewHandler, REVIEW_COMPLETED_TOPIC } from './apply-reviews';
import { createValidateHandler, PROCESSED_TOPIC, REVIEW_REQUESTED_TOPIC, VALIDATOR, type ValidatorDeps } from './validate-enriched';

export const ENRICHED_TOPIC = 'documents.enriched.v1';

export interface ValidatorServiceDeps extends ValidatorDeps {
  pingDatabase: () => Promise<void>;
}

type ValidatorInput = DocumentEnriched | ReviewCompleted;

/**
 * The validator as one stream service reading two topics with one consumer group: enriched
 * documents and review completions. A batch always comes from one topic-partition, so its topic
 * picks the handler; both share the rule book and the decision table.
 */
export function validatorService(deps: ValidatorServiceDeps): ServiceDefinition<ValidatorInput, unknown> {
  const validate = createValidateHandler(deps);
  const review = createReviewHandler(deps);
  return defineService<ValidatorInput, unknown>({
    name: VALIDATOR,
    input: [ENRICHED_TOPIC, REVIEW_COMPLETED_TOPIC],
    outputs: [PROCESSED_TOPIC, REVIEW_REQUESTED_TOPIC, AUDIT_TOPIC],
    handler: (records, context: HandlerContext) =>
      context.topic === REVIEW_COMPLETED_TOPIC
        ? review(records as readonly InputRecord<ReviewCompleted>[], context)
        : validate(records as readonly InputRecord<DocumentEnriched>[], context),
    readiness: { database: deps.pingDatabase },
  });
}
