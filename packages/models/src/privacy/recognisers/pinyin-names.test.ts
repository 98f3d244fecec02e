import { describe, expect, it } from 'vitest';
import { pinyinNameFindings } from './pinyin-names';

const names = (text: string) => pinyinNameFindings(text).map((finding) => text.slice(finding.start, finding.end));

// Names built from the pinyin syllable table and the commonest family names, not from any corpus.
describe('pinyinNameFindings', () => {
  it('a family name first and a given name of one or two syllables, or a two-syllable given name first', () => {
    expect(names('Account holder: Zhou Jianguo (primary), cc Gao Lan.')).toEqual(['Zhou Jianguo', 'Gao Lan']);
    expect(names('Regards, Meiling Xu')).toEqual(['Meiling Xu']);
  });

  it('not places, firms or longer capitalised runs', () => {
    expect(names('shipped from Hong Kong via Lin Trading Ltd and Wang Fu Street Market')).toEqual([]);
    expect(names('Order from Chen Industries arrived')).toEqual([]);
    expect(names('He Can Do It (a film)')).toEqual([]);
  });
});
