import { describe, expect, it } from 'vitest';
import { highlightSegments } from './text-highlight';

describe('highlightSegments', () => {
  const text = 'Invoice No: AT-5521 Total due: 120.00 GBP';

  it('marks the source span of each field', () => {
    const segments = highlightSegments(text, [
      { name: 'invoiceNumber', span: { start: 12, end: 19 } },
      { name: 'totalAmount', span: { start: 31, end: 37 } },
    ]);
    expect(segments.filter((s) => s.fields.length).map((s) => [s.text, s.fields])).toEqual([
      ['AT-5521', ['invoiceNumber']],
      ['120.00', ['totalAmount']],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('degrades to plain text when spans are missing or do not fit the text', () => {
    const segments = highlightSegments(text, [
      { name: 'invoiceNumber', span: null },
      { name: 'vendorName', span: { start: 30, end: 999 } },
      { name: 'iban', span: { start: 5, end: 5 } },
    ]);
    expect(segments).toEqual([{ text, start: 0, fields: [] }]);
  });

  it('names every field of overlapping spans', () => {
    const segments = highlightSegments('abcdef', [
      { name: 'a', span: { start: 0, end: 4 } },
      { name: 'b', span: { start: 2, end: 6 } },
    ]);
    expect(segments.map((s) => [s.text, s.fields])).toEqual([
      ['ab', ['a']],
      ['cd', ['a', 'b']],
      ['ef', ['b']],
    ]);
  });
});
