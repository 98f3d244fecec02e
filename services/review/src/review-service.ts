import type { DocumentExtracted, ReviewRequested } from '@sluice/contracts';
import { AUDIT_TOPIC } from '@sluice/audit-events';
import { defineService, type ServiceDefinition } from '@sluice/stream';
import { consoleStatic } from './http/console-static';
import { reviewApi, type ReviewApiDeps } from './http/review-api';
import { createIntakeHandler, EXTRACTED_TOPIC, REVIEW_REQUESTED_TOPIC } from './intake-handler';
import type { ReviewMetrics } from './review-metrics';
import type { ReviewPolicyBook } from './review-policy';

export interface ReviewServiceDeps extends ReviewApiDeps {
  policies: ReviewPolicyBook;
  metrics: ReviewMetrics;
  consoleDir?: string;
}

/**
 * The review service: a consumer group reading review requests (→ the queue) and extracted
 * documents (→ the text and spans reviewers see), with the review API, /openapi.json and the
 * console on the runtime's HTTP server. Decisions leave through the outbox, not the consumer's
 * transaction: they come from people, not from input records.
 */
export function reviewService(deps: ReviewServiceDeps): ServiceDefinition<DocumentExtracted | ReviewRequested, unknown> {
  return defineService<DocumentExtracted | ReviewRequested, unknown>({
    name: 'review',
    input: [REVIEW_REQUESTED_TOPIC, EXTRACTED_TOPIC],
    outputs: [AUDIT_TOPIC],
    handler: createIntakeHandler({ store: deps.store, policies: deps.policies, metrics: () => deps.metrics }),
    readiness: {
      database: async () => {
        await deps.pool.query('SELECT 1 FROM review_queue LIMIT 1');
      },
    },
    routes: (router) => {
      router.use(reviewApi(deps));
      router.use(consoleStatic(deps.consoleDir));
    },
  });
}
