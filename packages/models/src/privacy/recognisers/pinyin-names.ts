/**
 * Chinese names romanised in Hanyu Pinyin, which the name lexicon (Han script only for Chinese)
 * does not know. GB/T 28039-2011 writes the family name first and the given name of one or two
 * syllables as one word (`Li Xiaoming`, `Wang Fang`, `Ouyang Lan`); Western forms put a given
 * name first (`Xiaoming Li`). One source of personNameSources in person-name-recogniser.ts.
 */
import type { Finding } from '../personal-data-types';
import { followedByLegalForm, insideInstitutionName, isCompanyWord } from './name-words';

// The commonest family names in pinyin, without `He` (an English pronoun at the start of a
// sentence), `Hong` and `Wan` (first syllables of Hong Kong's places: `Hong Kong`, `Wan Chai`).
const familyNames = new Set(
  `li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo zheng liang xie song tang han feng deng cao peng zeng xiao
  tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao cui zhong tan fan qian qin shi gu hou shao meng long duan lei yin
  yi chang qiao lai gong wen kong mao qiu fu bai jin zou xiong hao kang niu xing yan ou ouyang situ shangguan zhuge`
    .split(/\s+/)
    .filter(Boolean),
);

// A pinyin syllable: an initial and a final (tone marks dropped, ü as u or v).
const syllable = String.raw`(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|a|o|e|i|u|v|ü)`;
const givenName = new RegExp(String.raw`^(?:${syllable})(?:-?(?:${syllable}))?$`, 'iu');
const twoSyllables = new RegExp(String.raw`^(?:${syllable})-?(?:${syllable})$`, 'iu');
const pair = /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)(?![\p{L}\p{N}'’-])/gu;

/**
 * Two capitalised words that read as a pinyin name: a family name of the list and a given name of
 * one or two syllables, or a given name of two syllables and a family name (`Hong Kong` stays);
 * not before a company word, a legal form or a further capitalised word.
 */
export function pinyinNameFindings(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(pair)) {
    const [, first = '', second = ''] = match;
    const familyFirst = familyNames.has(first.toLowerCase()) && givenName.test(second);
    const givenFirst = twoSyllables.test(first) && familyNames.has(second.toLowerCase());
    if (!familyFirst && !givenFirst) continue;
    const start = match.index ?? 0;
    const finding: Finding = { start, end: start + match[0].length, type: 'PERSON' };
    const nextWord = /^[ \t]+(\p{L}+)/u.exec(text.slice(finding.end, finding.end + 30))?.[1];
    // A longer run of capitalised words is a place's or a firm's name (`Tai Lin Pai Road`).
    if ((nextWord && (isCompanyWord(nextWord) || /^\p{Lu}/u.test(nextWord))) || followedByLegalForm(text, finding.end) || insideInstitutionName(text, finding)) continue;
    found.push(finding);
  }
  return found;
}
