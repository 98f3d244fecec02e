import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { patternFindings, type Finding, type Recogniser } from '../personal-data-types';
import { afterBusinessLabel } from './business-context';
import { cueAlternation } from './cue-pattern';

// Card and phone numbers never start inside an IBAN-shaped run (country code, check digits, groups).
const notInIban = String.raw`(?<![A-Z]{2}\d{2} ?(?:[A-Z0-9]{4} ?)*)`;
// International (+..), trunk-prefixed (0...) or parenthesised numbers, or the North American
// 3-3-4 shape; amounts, dates and invoice numbers start otherwise or are too short.
// Between groups: one space, dot, slash or dash, or a slash or dash with spaces around it
// (`0176 / 41 82 77 30`, `010 - 441 82 27`, `0160 – 441 82 27`: DIN 5008's and older national habits).
const groupSeparator = String.raw`(?:[ ]?[/–-][ ]?|[ .])?`;
// After the number: not a word, a slash or a dash and digit (a longer reference), and not a decimal
// part; a dash and letters is a case ending (Hungarian `+36 30 418 2271-es számon`).
const phoneEnd = String.raw`(?![\w/]|-\d|[.,]\d{1,2}(?!\d))`;
const shapedPhone = new RegExp(
  String.raw`${notInIban}(?<![\w./-])(?:\+\d{1,3}|00\d{2}|\(\+?\d{1,4}\)|0[ ]?\(\d{1,4}\)|0\d{1,4})(?:${groupSeparator}\(?\d{1,4}\)?){2,6}${phoneEnd}|(?<![\w./-])(?:(?:1[ .-])?\d{3}[ .-]\d{3}[ .-]\d{4}|1[ ]?\(\d{3}\)[ ]?\d{3}[ .-]\d{4}|[5-9]\d{2} \d{3} \d{3}|[89]\d{2} \d{2} \d{2} \d{2}|[6-9]\d{4} \d{5}|1[3-9]\d-\d{4}-\d{4}|1[3-9]\d \d{4} \d{4})${phoneEnd}`,
  'g',
);

// North American toll-free numbers spelled with the letters of the keypad (ITU-T E.161): 1-800-FIX-ROOF.
const vanityPhone = /(?<![\w-])(?:\+?1[ .-])?(?:\(8(?:00|33|44|55|66|77|88)\)|8(?:00|33|44|55|66|77|88))[ .-](?=[A-Z0-9]*[A-Z])[A-Z0-9]{3}[ .-][A-Z0-9]{4}(?![\w-])/g;

// An extension after a number: `ext. 214`, `x231`, `toestel 318`, `Durchwahl 22`, `(내선 204)`, `转 8018`.
const extension = /^(?:,?[ \t]*\(?[ \t]*(?:ext\.?|extn\.?|extension|x|toestel|tst\.?|durchwahl|dw\.?|poste|int\.?|wew\.?|anknytning|dahili|内线|分机|转|내선)[ \t]*[:.]?[ \t]*\d{1,6}[ \t]*\)?)/iu;

/** Labels in front of a phone number, in the languages the corpus and the sample documents use. */
export const phoneCues = [
  'phone', 'telephone', 'tel', 'tel.', 'mobile', 'mob', 'mob.', 'cell', 'cellphone', 'direct', 'fax', 'whatsapp', 'call me on', 'call me at', 'reach me at', 'reach me on', 'contact number', 'phone number', 'mobile number',
  'telefon', 'telefonnummer', 'handy', 'mobil', 'mobilnummer', 'rufnummer', 'festnetz',
  'téléphone', 'téléphone portable', 'portable', 'tél', 'tél.', 'mobile', 'numéro de téléphone',
  'teléfono', 'teléfono móvil', 'móvil', 'celular', 'tlf', 'tlf.', 'telf.',
  'telefono', 'cellulare', 'cell.', 'tel. cellulare', 'recapito telefonico',
  'telefoon', 'telefoonnummer', 'mobiel', 'gsm', 'tel.nr.',
  'telefon komórkowy', 'tel. kom.', 'komórka', 'nr telefonu', 'numer telefonu',
  'telefone', 'telemóvel', 'telemovel', 'tlm', 'tlm.',
  'tfn', 'tfn.', 'mobilnr', 'cel', 'cel.', 'casa', 'kom', 'kom.', 'tel. kom', 'tel. kom.', 'gsm-nummer', 'mobiel nummer', 'vaste nummer', 'telefoonnummer werk', 'telefon privat', 'telefon geschäftlich', 'telefonnummer', 'mobiltelefon',
  'cep', 'cep telefonu', 'gsm no', 'telefon no', 'tel no',
  'điện thoại', 'sđt', 'số điện thoại', 'đt',
  '電話', '電話番号', '携帯', '携帯電話', 'tel/fax', 'ph', 'ph.', 'contact no', 'contact no.', 'mobile no', 'mobile no.', 'phone no', 'phone no.',
];

// After a phone label: the rest of the line, in which every run of digits with the usual
// separators and 6 to 15 digits is a number (`Teléfono: 948 22 71 06 / 688 419 552`).
const labelledPhone = new RegExp(
  String.raw`(?<![\p{L}])(?:${cueAlternation(phoneCues)})\s*(?:\([^)\n]{0,20}\)\s*)?(?:no\.?|nr\.?|number)?\s*[:：.]?[ \t]*(\+?\(?\d[^\n]{0,60})`,
  'giud',
);
const digitRun = /\+?\(?\d(?:[\d ().-]{4,20})\d/g;

const afterCountryCode = /(?:^|[^\p{L}])[A-Z]{2}[ \t](?:\d{2}[ \t])?$/u;

// 03/29/2024, 04.03.2024, 2024-03-04: dates share the trunk-prefixed shape.
const datePattern = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;

function looksLikeDate(value: string): boolean {
  return datePattern.test(value.trim());
}

function digitCount(value: string): number {
  return value.replace(/\D/g, '').length;
}

// Numbering plans without a trunk prefix (ITU-T E.164 national significant numbers of 9 digits
// written as they are dialled): Spain, Portugal, Poland, and Italy's mobile range (3xx). Numbers
// starting with 0 are covered by the shapes above.
const trunkFreeCountries: readonly CountryCode[] = ['ES', 'PT', 'PL', 'IT'];
// Indian mobile numbers (10 digits from 6-9) as people write them: 98220 41827, 9822 041 827, 7020-441-822.
const indianMobile = /(?<![\w.,/+-]|\d[ .])[6-9]\d{3}[ -]\d{3}[ -]\d{3}(?![\w/-]|[ .,]\d)/g;
// Not a part of a longer digit run (`1 234 567 890` is an amount).
const trunkFreeCandidate = /(?<![\w.,/+-]|\d[ .])[1-9]\d{1,3}(?:[ .-]\d{2,7}){1,4}(?![\w/-]|[ .,]\d)/g;
const phoneTypes = new Set(['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE']);
const currencyNear = /(?:[€$£¥₺₫₹]|zł|\b(?:EUR|USD|GBP|PLN|CHF|SEK|TRY|INR|JPY|VND|BRL|euros?|złotych|zł)\b)/iu;

function digitGroups(value: string): number[] {
  return value.split(/[^\d]+/).filter(Boolean).map((group) => group.length);
}

/**
 * A digit run written as a national number of a trunk-free plan: valid for that country per
 * libphonenumber-js's metadata (length and number ranges), a mobile or fixed-line number, and
 * grouped as the country writes it (the national format's groups, or the first group and the rest
 * run together: `347 1234567`), so `123 456 789` (a Polish fixed line, grouped as an amount) stays.
 */
function trunkFreeNationalNumber(value: string): boolean {
  const written = digitGroups(value);
  if (written.length < 2) return false;
  for (const country of trunkFreeCountries) {
    const number = parsePhoneNumberFromString(value, country);
    if (!number?.isValid() || !phoneTypes.has(number.getType() ?? '')) continue;
    const national = digitGroups(number.formatNational());
    const head = [national[0]!, national.slice(1).reduce((sum, n) => sum + n, 0)];
    if (written.join(' ') === national.join(' ') || written.join(' ') === head.join(' ')) return true;
  }
  return false;
}

/**
 * Phone numbers: international, trunk-prefixed, parenthesised or North American shapes anywhere
 * (`1-800-555-0199` too), national numbers of trunk-free plans checked against libphonenumber-js's
 * metadata (`91 123 45 67`, `347 1234567`), and any digit run of phone length after a phone label (`Tel.`, `Handy`, `móvil`, `電話`).
 */
export const phoneRecogniser: Recogniser = {
  name: 'phone (shapes and labels)',
  find(text) {
    const shaped = patternFindings(text, shapedPhone, 'PHONE', (value, match) => {
      const digits = digitCount(value);
      const start = match.index ?? 0;
      return (
        digits >= 8 &&
        digits <= 15 &&
        // Written without any grouping, a short run is an account or company number (`compte 00418822`):
        // a national number has 9 digits at least, an international one after 00 ten.
        !(/^\d+\)?$/.test(value) && digits < (value.startsWith('00') ? 10 : 9)) &&
        !looksLikeDate(value) &&
        !afterBusinessLabel(text, start) &&
        // `0489/23/1501`, `2024/03/558102`: a phone has at most one slash (`030/1234567`).
        (value.match(/\//g)?.length ?? 0) <= 1 &&
        // `GB 089 1604 81`, `FR 61 093 683 416`: digits after a country code (and its check digits) are a VAT id.
        !afterCountryCode.test(text.slice(Math.max(0, start - 8), start))
      );
    });
    const national = patternFindings(text, trunkFreeCandidate, 'PHONE', (value, match) => {
      const start = match.index ?? 0;
      const around = text.slice(Math.max(0, start - 12), start) + ' ' + text.slice(start + value.length, start + value.length + 12);
      return (
        trunkFreeNationalNumber(value) &&
        !currencyNear.test(around) &&
        !afterBusinessLabel(text, start) &&
        !afterCountryCode.test(text.slice(Math.max(0, start - 8), start))
      );
    });
    const indian = patternFindings(text, indianMobile, 'PHONE', (value, match) => {
      const number = parsePhoneNumberFromString(value, 'IN');
      return number?.isValid() === true && number.getType() === 'MOBILE' && !afterBusinessLabel(text, match.index ?? 0);
    });
    const vanity = patternFindings(text, vanityPhone, 'PHONE');
    const labelled: Finding[] = [];
    for (const line of patternFindings(text, labelledPhone, 'PHONE', () => true, 1)) {
      for (const run of patternFindings(text.slice(line.start, line.end), digitRun, 'PHONE')) {
        const value = text.slice(line.start + run.start, line.start + run.end);
        const digits = digitCount(value);
        if (digits >= 6 && digits <= 15 && !looksLikeDate(value)) labelled.push({ start: line.start + run.start, end: line.start + run.end, type: 'PHONE' });
      }
    }
    return [...shaped, ...national, ...indian, ...labelled].map((finding) => withExtension(text, trimEnd(text, finding))).concat(vanity);
  },
};

/** A number's extension (`ext. 214`, `(내선 204)`) belongs to it. */
function withExtension(text: string, finding: Finding): Finding {
  const after = extension.exec(text.slice(finding.end, finding.end + 24));
  return after ? { ...finding, end: finding.end + after[0].replace(/[ \t]+$/, '').length } : finding;
}

/** A match may end on a separator or an unbalanced parenthesis: cut it back to the last digit. */
function trimEnd(text: string, finding: Finding): Finding {
  let end = finding.end;
  while (end > finding.start && !/\d/.test(text[end - 1] ?? '')) end -= 1;
  return { ...finding, end };
}
