/**
 * Dates in numeric and written forms across European languages, normalised to YYYY-MM-DD.
 * Month names cover more languages than the samples use (it, nl, pt) on purpose: the rules must
 * hold for documents nobody here has seen. Slashed dates are ambiguous (03/04 US vs day-first);
 * they come back with both readings and the caller decides from context.
 */

const monthWords: Record<string, number> = {};
const monthLists: readonly (readonly string[])[] = [
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ['jänner', 'feber', 'maerz', 'apr', 'mai', 'jun', 'jul', 'aug', 'sept', 'okt', 'nov', 'dez'],
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ['janv', 'févr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'sept', 'oct', 'nov', 'déc'],
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
  ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  ['jan', 'feb', 'mär', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'],
  ['jan', 'feb', 'mrz', 'apr', 'mai', 'jun', 'jul', 'aug', 'sept', 'okt', 'nov', 'dez'],
  // pl (genitive, as dates print), cs (genitive), sv, da, no, fi (partitive), tr, ro, hu
  ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
  ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
  ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
  ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
  ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'],
];
for (const list of monthLists) list.forEach((word, i) => (monthWords[word] = i + 1));

const monthAlternation = Object.keys(monthWords)
  .sort((a, b) => b.length - a.length)
  .join('|');

export interface DateMatch {
  iso: string;
  /** The other reading of an ambiguous slashed date, when both are valid. */
  alternative: string | null;
  /** True when the first number was read as the day (needs confirming for slashed dates). */
  ambiguous: boolean;
  index: number;
  length: number;
}

// Business documents are dated in this range: "26-03-0412" is an id, not 26 March 412.
const firstYear = 1950;
const lastYear = 2099;

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < firstYear || year > lastYear) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

const patterns: readonly { re: RegExp; read(m: RegExpMatchArray, dayFirst: boolean): Omit<DateMatch, 'index' | 'length'> | null }[] = [
  {
    // 2025-03-04, 2025/03/04; Hungarian 2025. 03. 04. (ISO order, a space after each dot)
    re: /(?<!\d)(\d{4})(?:[-/]|\.\s?)(\d{1,2})(?:[-/]|\.\s?)(\d{1,2})(?!\d)/g,
    read: (m) => {
      const v = iso(Number(m[1]), Number(m[2]), Number(m[3]));
      return v ? { iso: v, alternative: null, ambiguous: false } : null;
    },
  },
  {
    // 04.03.2025 is day-first everywhere it is used; 04/03/2025 and 04-03-2025 depend on the region.
    re: /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/g,
    read: (m, dayFirst) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = fullYear(m[4]!);
      const dmy = iso(year, b, a);
      const mdy = iso(year, a, b);
      if (m[2] === '.') return dmy ? { iso: dmy, alternative: null, ambiguous: false } : null;
      if (dmy && mdy && dmy !== mdy) return { iso: dayFirst ? dmy : mdy, alternative: dayFirst ? mdy : dmy, ambiguous: true };
      const only = dmy ?? mdy;
      return only ? { iso: only, alternative: null, ambiguous: false } : null;
    },
  },
  {
    // 26. 3. 2026: Czech, Slovak, Slovene and Croatian print a space after each dot (ČSN 01 6910);
    // dotted dates are day-first everywhere.
    re: /(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s?(\d{4})(?!\d)/g,
    read: (m) => {
      const v = iso(Number(m[3]), Number(m[2]), Number(m[1]));
      return v ? { iso: v, alternative: null, ambiguous: false } : null;
    },
  },
  {
    // 4 March 2025, 4. März 2025, 1er mars 2025, 4 de marzo de 2025, 4-Mar-2025, 3rd of March, 2026
    re: new RegExp(`(?<!\\d)(\\d{1,2})(?:\\.|er|st|nd|rd|th|º)?[\\s-]+(?:de\\s+|of\\s+)?(${monthAlternation})\\.?,?[\\s-]+(?:de\\s+|del\\s+)?(\\d{4})`, 'giu'),
    read: (m) => {
      const v = iso(Number(m[3]), monthWords[m[2]!.toLowerCase()] ?? 0, Number(m[1]));
      return v ? { iso: v, alternative: null, ambiguous: false } : null;
    },
  },
  {
    // 2026年3月3日 (Japanese and Chinese), 2026년 3월 3일 (Korean)
    re: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g,
    read: (m) => {
      const v = iso(Number(m[1]), Number(m[2]), Number(m[3]));
      return v ? { iso: v, alternative: null, ambiguous: false } : null;
    },
  },
  {
    // 2026. március 3. (Hungarian: year, month, day)
    re: new RegExp(`(?<!\\d)(\\d{4})\\.\\s+(${monthAlternation})\\.?\\s+(\\d{1,2})\\.?(?!\\d)`, 'giu'),
    read: (m) => {
      const v = iso(Number(m[1]), monthWords[m[2]!.toLowerCase()] ?? 0, Number(m[3]));
      return v ? { iso: v, alternative: null, ambiguous: false } : null;
    },
  },
  {
    // 03-Mar-26, 3 Mar 26 (two-digit year after a month word)
    re: new RegExp(`(?<!\\d)(\\d{1,2})[\\s-](${monthAlternation})\\.?[\\s-](\\d{2})(?![\\d.,])`, 'giu'),
    read: (m) => {
      const v = iso(2000 + Number(m[3]), monthWords[m[2]!.toLowerCase()] ?? 0, Number(m[1]));
      return v ? { iso: v, alternative: null, ambiguous: false } : null;
    },
  },
  {
    // March 4, 2025 · Mar 4th 2025 · March 3 , 2026 (converters put a space before the comma)
    re: new RegExp(`(?<![\\p{L}])(${monthAlternation})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})`, 'giu'),
    read: (m) => {
      const v = iso(Number(m[3]), monthWords[m[1]!.toLowerCase()] ?? 0, Number(m[2]));
      return v ? { iso: v, alternative: null, ambiguous: false } : null;
    },
  },
];

/** All dates in reading order; overlapping matches keep the earliest, longest one. */
export function findDates(text: string, options: { dayFirst: boolean }): DateMatch[] {
  const found: DateMatch[] = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern.re)) {
      const read = pattern.read(m, options.dayFirst);
      if (read) found.push({ ...read, index: m.index, length: m[0].length });
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const out: DateMatch[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.index < last.index + last.length) continue;
    out.push(d);
  }
  return out;
}
