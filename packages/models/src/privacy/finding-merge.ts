import type { Finding, PersonalDataType } from './personal-data-types';
import { lexiconKey, notNames } from './recognisers/name-lexicon';
import { insideInstitutionName } from './recognisers/name-words';

// When findings of two types overlap, the longer wins; on equal length, the earlier type here.
const precedence: readonly PersonalDataType[] = [
  'NATIONAL_ID', 'PASSPORT', 'ID_CARD', 'HEALTH_INSURANCE', 'DRIVING_LICENCE', 'IBAN', 'CARD', 'EMAIL', 'IP_ADDRESS', 'DATE_OF_BIRTH', 'PHONE', 'ADDRESS', 'PERSON',
];

const wordChar = /[\p{L}\p{N}]/u;
const isWordChar = (char: string | undefined) => char !== undefined && wordChar.test(char);
const spacelessName = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{2,}$/u;
const legalFormAfter = /^[ \t]*(?:(?:&|i|y|e|und|and|et|\p{Lu}[\p{L}-]*)[ \t]+){0,4}(?:GmbH|AG|KG|Ltd\.?|Limited|LLC|Inc\.?|S\.?A\.?S?|SARL|S\.?L\.?|S\.?r\.?l\.?|S\.?p\.?A\.?|B\.?V\.?|N\.?V\.?|AB|Oy|Sp\. z o\.o\.|plc|Sp\.[ \t]?k\.?|Pvt|Ventures|& (?:Co|Sons|Partners)|(?:e|y) Hijos|e Figli|und Söhne)(?![\p{L}])/u;

/**
 * Every other occurrence of each found value, and, for names, of each of their words (so `Mr.
 * Whitfield` is hidden once `Marcus Whitfield` was found, and `Estimada María José:` once the full
 * name was). A word followed by a legal form is a company's (`Whitfield & Sons Ltd`) and stays, as
 * does one inside an institution's name (`Santos Transportes`, `Hotel Moreau`).
 */
export function propagateFindings(text: string, findings: readonly Finding[]): Finding[] {
  const extra: Finding[] = [];
  const seen = new Set<string>();
  const addAll = (value: string, type: PersonalDataType, wholeWord: boolean) => {
    const key = `${type}\u0000${value}`;
    if (seen.has(key) || value.trim().length < 2) return;
    seen.add(key);
    // indexOf and a boundary check: a RegExp per value costs more to compile than to run.
    for (let start = text.indexOf(value); start !== -1; start = text.indexOf(value, start + 1)) {
      const end = start + value.length;
      // Han and Kana write words without spaces: a name of two or more of their characters is hidden wherever it stands.
      if (wholeWord && !spacelessName.test(value) && (isWordChar(text[start - 1]) || isWordChar(text[end]))) continue;
      if (type === 'PERSON' && (legalFormAfter.test(text.slice(end, end + 40)) || insideInstitutionName(text, { start, end, type }))) continue;
      extra.push({ start, end, type });
    }
  };
  for (const finding of findings) {
    const value = text.slice(finding.start, finding.end);
    addAll(value, finding.type, true);
    if (finding.type !== 'PERSON') continue;
    // A handle's parts too (`tomasz.wrobel`: tomasz, wrobel).
    for (const word of value.split(/[\s,]+|(?<=\p{L})[._](?=\p{L})/u)) {
      const bare = word.replace(/^[("'“]+|[)"'”.,:;]+$/g, '');
      if (!/\p{L}{2}/u.test(bare) || notNames.has(lexiconKey(bare))) continue;
      // A name found in lower case (a chat) is also hidden where it is capitalised, and the other way round.
      const capitalised = bare.charAt(0).toLocaleUpperCase() + bare.slice(1);
      if (!/^\p{Lu}/u.test(bare)) {
        if (bare.length >= 3) addAll(capitalised, 'PERSON', true);
        // A family name in Han or Kana is two characters as often as not (`山田`, `渡辺`): hidden alone too.
        if (bare.length >= 3 || spacelessName.test(bare)) addAll(bare, 'PERSON', true);
        continue;
      }
      addAll(bare, 'PERSON', true);
      if (bare.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(bare)) addAll(bare.toLocaleLowerCase(), 'PERSON', true);
      // The same word in capitals (a surname written LEFEBVRE on a form), and written normally.
      addAll(bare.toLocaleUpperCase(), 'PERSON', true);
      if (/^\p{Lu}{2,}/u.test(bare)) addAll(bare.charAt(0) + bare.slice(1).toLocaleLowerCase(), 'PERSON', true);
    }
  }
  return [...findings, ...extra];
}

/**
 * Overlapping findings become one span (the longest finding's type); findings of one type that
 * are separated only by a comma or spaces on one line (`ul. Długa 45/12, 31-147 Kraków`) too.
 */
export function mergeFindings(text: string, findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Array<Finding & { typeLength: number }> = [];
  for (const finding of sorted) {
    const last = merged.at(-1);
    const length = finding.end - finding.start;
    const joinable =
      last &&
      (finding.start < last.end ||
        (finding.type === last.type && finding.type !== 'PERSON' && /^[ \t,]{0,3}$/.test(text.slice(last.end, finding.start))));
    if (!last || !joinable) {
      merged.push({ ...finding, typeLength: length });
      continue;
    }
    if (length > last.typeLength || (length === last.typeLength && precedence.indexOf(finding.type) < precedence.indexOf(last.type))) {
      last.type = finding.type;
      last.typeLength = length;
    }
    last.end = Math.max(last.end, finding.end);
  }
  return merged.map(({ start, end, type }) => ({ start, end, type }));
}
