import { describe, expect, it } from 'vitest';
import { triageTaxonomy, triageTaxonomySchema } from '../../triage/triage-taxonomy';
import { exampleSimilarities } from './example-similarity';
import { lexiconScores } from './lexicon-scorer';
import { createTaxonomyClassifier } from './taxonomy-classifier';

// A small taxonomy written for these tests; the intent listed first wins a tie by order.
const taxonomy = triageTaxonomy(
  'structure-test',
  triageTaxonomySchema.parse({
    intents: [
      { name: 'billing', description: 'Questions about a bill or its lines', examples: ['What is this line on my bill?'], terms: { strong: ['bill'] } },
      { name: 'repair', description: 'A device needs mending', examples: ['The pump stopped working, can you mend it?'], terms: { strong: ['reparatur', 'repair'] } },
      { name: 'money_back', description: 'Wants the money paid back', examples: ['Please pay the amount back to me.'], terms: { strong: ['money back'] } },
      { name: 'other', description: 'Anything else at all', examples: ['Season greetings to the whole team.'] },
    ],
    urgency: { high: { strong: ['urgent'] }, low: { strong: ['no rush'] } },
  }),
);
const classifier = createTaxonomyClassifier();
const mail = (subject: string, body: string) => `From: Ola <ola@example.org>\nSubject: ${subject}\n\n${body}`;

describe('negated cues', () => {
  const lexicon = { money_back: { strong: ['money back'], weak: [] }, repair: { strong: ['repair'], weak: [] } };
  it('does not count a cue right after a negation or a negation and an article', () => {
    expect(lexiconScores('No money back needed, just fix it.', lexicon, { skipNegated: true }).money_back).toBe(0);
    expect(lexiconScores('This is not a repair job.', lexicon, { skipNegated: true }).repair).toBe(0);
    expect(lexiconScores('This is not a repair job.', lexicon).repair).toBe(2);
  });
  it('still counts an awaited event, a cue in another clause, and Portuguese "no" (in the) mid-clause', () => {
    expect(lexiconScores('The money back is not yet here.', lexicon, { skipNegated: true }).money_back).toBe(2);
    expect(lexiconScores('Not happy, I want my money back', lexicon, { skipNegated: true }).money_back).toBe(2);
    expect(lexiconScores('Fazem repair no local?', { repair: { strong: ['local'], weak: [] } }, { skipNegated: true }).repair).toBe(2);
  });
});

describe('subject and body', () => {
  it('counts the subject\'s cue over a single cue of another intent in the body', async () => {
    // Body: one billing cue; subject: one money_back cue. Read alike, the tie went to billing (listed first).
    expect((await classifier.intent(taxonomy, mail('Money back please', 'About the bill from March: it was paid twice.'))).intent).toBe('money_back');
  });
});

describe('character n-gram similarity to the taxonomy', () => {
  it('finds an inflection or compound of a cue term that the word-start match misses', async () => {
    const text = 'Die Gerätereparatur dauert schon drei Wochen.';
    expect(lexiconScores(text, { repair: { strong: ['reparatur'], weak: [] } }).repair).toBe(0);
    const near = exampleSimilarities(taxonomy, text);
    expect(Object.entries(near).sort((a, b) => b[1] - a[1])[0]![0]).toBe('repair');
    expect(await classifier.intent(taxonomy, mail('Frage', text))).toEqual({ intent: 'repair', evidence: 'exampleNearest' });
  });
  it('keeps the fallback when nothing is near', async () => {
    expect(await classifier.intent(taxonomy, mail('Hi', 'Xylophone quartz zebra.'))).toEqual({ intent: 'other', evidence: 'lexiconDefault' });
  });
});
