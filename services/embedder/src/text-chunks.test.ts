import { describe, expect, it } from 'vitest';
import { chunkText } from './text-chunks';

describe('chunkText', () => {
  it('keeps a short text as one chunk', () => {
    expect(chunkText('Invoice INV-1. Total 12.50 EUR.', 1000)).toEqual(['Invoice INV-1. Total 12.50 EUR.']);
  });

  it('packs whole sentences into chunks no longer than the limit', () => {
    const text = 'First sentence here. Second one is here. Third sentence now. Fourth and last.';
    const chunks = chunkText(text, 45);
    expect(chunks).toEqual(['First sentence here. Second one is here.', 'Third sentence now. Fourth and last.']);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(45);
  });

  it('cuts an over-long sentence at a space and loses no words', () => {
    const words = Array.from({ length: 300 }, (_, i) => `word${i}`);
    const chunks = chunkText(words.join(' '), 100);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(100);
    expect(chunks.join(' ').split(/\s+/)).toEqual(words);
  });

  it('chunks a long document of about 3,000 characters into about three', () => {
    const text = Array.from({ length: 60 }, (_, i) => `Line ${i} of the invoice lists an item at 10.00 EUR.`).join(' ');
    const chunks = chunkText(text);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    expect(chunks.length).toBeLessThanOrEqual(4);
    for (const chunk of chunks) expect(chunk).toMatch(/\.$/);
  });

  it('gives a blank text one chunk, itself', () => {
    expect(chunkText('   ')).toEqual(['   ']);
  });
});
