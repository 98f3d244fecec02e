import { describe, expect, it } from 'vitest';
import { documentFacts } from './document-facts';

const now = Date.UTC(2026, 0, 1);

describe('documentFacts (issue 12, inputs 3 and 6)', () => {
  it('flags empty, whitespace-only and invisible-only texts', () => {
    for (const text of ['', '   \n\t ', '\u200B\u00A0\uFEFF']) expect(documentFacts({ text, receivedAt: now }, now)).toEqual({ 'document.text': 'empty' });
    expect(documentFacts({ text: 'Ticket: printer broken', receivedAt: now }, now)).toEqual({});
  });

  it('flags receivedAt in seconds or microseconds', () => {
    expect(documentFacts({ text: 'x', receivedAt: 1748822400 }, now)).toEqual({ 'document.receivedAt': 'implausible' });
    expect(documentFacts({ text: 'x', receivedAt: 1748822400000000 }, now)).toEqual({ 'document.receivedAt': 'implausible' });
  });

  it('names each repeated target the extractor cut (input 5)', () => {
    expect(documentFacts({ text: 'x', receivedAt: now, capped: { lineItems: 20000 } }, now)).toEqual({ 'extraction.lineItems': 'capped' });
    expect(documentFacts({ text: 'x', receivedAt: now, capped: {} }, now)).toEqual({});
  });
});
