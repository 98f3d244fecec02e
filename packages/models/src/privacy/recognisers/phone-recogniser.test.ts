import { describe, expect, it } from 'vitest';
import { phoneRecogniser } from './phone-recogniser';

const phones = (text: string) => phoneRecogniser.find(text).map((finding) => text.slice(finding.start, finding.end));

// Inputs written from the numbering plans (ITU-T E.164 national formats), not from any corpus.
describe('phoneRecogniser', () => {
  it('North American numbers with the country code 1 written nationally', () => {
    expect(phones('Call 1-800-555-0199 today')).toEqual(['1-800-555-0199']);
    expect(phones('or 1 (212) 555-0143')).toEqual(['1 (212) 555-0143']);
  });

  it('national numbers of trunk-free plans without a label, grouped as the country writes them', () => {
    expect(phones('reach Lucia at 347 1234567 after six')).toEqual(['347 1234567']);
    expect(phones('llámame al 91 123 45 67 por la tarde')).toEqual(['91 123 45 67']);
    expect(phones('Ligue-me para 21 123 4567.')).toEqual(['21 123 4567']);
    expect(phones('zadzwoń 22 123 45 67 jutro')).toEqual(['22 123 45 67']);
  });

  it('digit runs grouped as amounts or references, or after a business label, stay', () => {
    expect(phones('amount 123 456 789')).toEqual([]);
    expect(phones('total 1 234 567 890')).toEqual([]);
    expect(phones('pedido 91 123 45 67')).toEqual([]);
    expect(phones('ref 4711 0815 42, version 2.10.345, order 2024-00123')).toEqual([]);
    expect(phones('Kwota 22 123 45 67 zł')).toEqual([]);
  });
});
