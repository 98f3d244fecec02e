import { describe, expect, it } from 'vitest';
import { normaliseForShingles, shingleHashes } from './text-shingles';

describe('shingleHashes', () => {
  it('ignores case, line breaks, padding and punctuation', () => {
    expect(normaliseForShingles('Invoice  No.:\r\n  RE-2025/001')).toBe('invoice no re 2025 001');
    expect(shingleHashes('Invoice  No.:\r\n  RE-2025/001')).toEqual(shingleHashes('invoice no re 2025 001'));
  });

  it('gives one hash per distinct character 5-gram, telling non-ASCII letters apart', () => {
    expect(shingleHashes('abcdefg').size).toBe(3);
    expect(shingleHashes('abcabcabc').size).toBe(3); // abcab, bcabc, cabca
    expect(shingleHashes('łódź')).not.toEqual(shingleHashes('aodz'));
    expect(shingleHashes('ab').size).toBe(1);
    expect(shingleHashes(' \n ').size).toBe(0);
  });
});
