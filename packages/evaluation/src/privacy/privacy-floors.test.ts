import { describe, expect, it } from 'vitest';
import { findPersonalData } from '@sluice/models';
import { loadPrivacyCorpus } from './privacy-corpus';
import { groupRecall, precisionFloor, privacyFloors } from './privacy-floors';
import { scoreRedaction, type RedactionScore } from './redaction-scoring';

// The test split of the blind privacy corpus, in aggregate only (blindness rule: no per-item output).
describe('privacy redaction on the blind corpus (test split)', () => {
  let score: RedactionScore;

  it('scores every document', () => {
    const documents = loadPrivacyCorpus('test');
    score = scoreRedaction(documents, (document) => findPersonalData(document.text));
    expect(score.documents).toBe(67);
  }, 120_000);

  it.each(privacyFloors)('recall of $group holds its floor', ({ types, floor }) => {
    expect(groupRecall(score, types)).toBeGreaterThanOrEqual(floor);
  });

  it('precision over redacted spans holds its floor', () => {
    expect(score.overallPrecision).toBeGreaterThanOrEqual(precisionFloor.floor);
  });
});
