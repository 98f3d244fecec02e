import { describe, expect, it } from 'vitest';
import { entryTopicOf, ENTRY_TOPICS, SERVICES_FROM } from './entry-topics';

describe('entryTopicOf', () => {
  it('is the first pipeline topic holding records: later ones hold what the shadow made of them', () => {
    expect(entryTopicOf(new Map([['documents.ingested.v1', 3], ['documents.extracted.v1', 3], ['documents.enriched.v1', 3]]))).toBe('documents.ingested.v1');
    expect(entryTopicOf(new Map([['documents.ingested.v1', 0], ['documents.enriched.v1', 1000]]))).toBe('documents.enriched.v1');
    expect(entryTopicOf(new Map([['documents.processed.v1', 5]]))).toBeNull();
    expect(entryTopicOf(new Map())).toBeNull();
  });

  it('names the services from each entry topic on, each a stage after the one before', () => {
    for (const [index, topic] of ENTRY_TOPICS.entries()) {
      expect(SERVICES_FROM[topic]).toContain('validator');
      if (index > 0) expect(SERVICES_FROM[ENTRY_TOPICS[index - 1]!].slice(1)).toEqual(SERVICES_FROM[topic]);
    }
  });
});
