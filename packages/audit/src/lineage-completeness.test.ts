import { describe, expect, it } from 'vitest';
import { lineageCompleteness } from './lineage-completeness';

const steps = (...names: string[]) => names.map((name) => ({ service: name.slice(0, name.indexOf(':')), action: name.slice(name.indexOf(':') + 1) }));
const automated = [
  'kafka:recorded documents.ingested.v1',
  'extractor:extracted',
  'kafka:recorded documents.extracted.v1',
  'embedder:embedded',
  'kafka:recorded documents.embedded.v1',
  'enricher:enriched',
  'kafka:recorded documents.enriched.v1',
];

describe('lineageCompleteness', () => {
  it('is complete once a policy decision and its final record are recorded after every stage, in any order', () => {
    const all = [...automated, 'validator:decided', 'kafka:recorded documents.processed.v1'];
    expect(lineageCompleteness(steps(...all.reverse()), { hasParent: false })).toEqual({ status: 'complete', missing: [], incompleteAttachments: [] });
  });

  it('names the stages still arriving, in pipeline order (the final record seen before the extractor’s step)', () => {
    const result = lineageCompleteness(steps('kafka:recorded documents.ingested.v1', 'kafka:recorded documents.processed.v1', 'validator:decided', 'embedder:embedded'), { hasParent: false });
    expect(result.status).toBe('arriving');
    expect(result.missing).toEqual([
      'extractor:extracted',
      'kafka:recorded documents.extracted.v1',
      'kafka:recorded documents.embedded.v1',
      'enricher:enriched',
      'kafka:recorded documents.enriched.v1',
    ]);
  });

  it('expects the review path when the validator asked for review: waiting for a reviewer, then complete', () => {
    const requested = [...automated, 'validator:review-requested', 'kafka:recorded reviews.requested.v1', 'review:queued'];
    expect(lineageCompleteness(steps(...requested), { hasParent: false })).toEqual({
      status: 'awaiting-review',
      missing: ['kafka:recorded reviews.completed.v1', 'validator:review-applied', 'kafka:recorded documents.processed.v1'],
      incompleteAttachments: [],
    });
    expect(lineageCompleteness(steps(...requested.slice(0, -1)), { hasParent: false }).status).toBe('arriving');
    const decided = [...requested, 'review:claimed', 'review:approved', 'kafka:recorded reviews.completed.v1', 'validator:review-applied', 'kafka:recorded documents.processed.v1'];
    expect(lineageCompleteness(steps(...decided), { hasParent: false }).status).toBe('complete');
    // A policy decision is not what a document sent to review needs.
    expect(lineageCompleteness(steps(...requested, 'validator:decided'), { hasParent: false }).status).toBe('awaiting-review');
  });

  it('waits for the attachments, and does not expect an ingest record of a document with a parent', () => {
    const all = [...automated, 'validator:decided', 'kafka:recorded documents.processed.v1'];
    const attachments = (...statuses: ('complete' | 'awaiting-review' | 'arriving')[]) => statuses.map((status, i) => ({ documentId: `att-${i}`, status }));
    expect(lineageCompleteness(steps(...all), { hasParent: false, attachments: attachments('complete', 'arriving') })).toEqual({ status: 'arriving', missing: [], incompleteAttachments: ['att-1'] });
    expect(lineageCompleteness(steps(...all), { hasParent: false, attachments: attachments('awaiting-review', 'complete') }).status).toBe('awaiting-review');
    expect(lineageCompleteness(steps(...all), { hasParent: false, attachments: attachments('complete', 'complete') }).status).toBe('complete');
    expect(lineageCompleteness(steps(...all.slice(1)), { hasParent: true }).status).toBe('complete');
    expect(lineageCompleteness(steps(...all.slice(1)), { hasParent: false }).missing).toEqual(['kafka:recorded documents.ingested.v1']);
  });

  it('ends at the extractor for a record whose id another record had claimed', () => {
    expect(lineageCompleteness(steps('kafka:recorded documents.ingested.v1', 'extractor:duplicate-ignored'), { hasParent: false }).status).toBe('complete');
    expect(lineageCompleteness(steps('extractor:duplicate-ignored'), { hasParent: false }).missing).toEqual(['kafka:recorded documents.ingested.v1']);
  });
});
