// One module per scheme: stdnum's index loads every country's validators (seconds on a busy machine).
import * as beNn from 'stdnum/lib/cjs/be/nn.js';
import * as brCpf from 'stdnum/lib/cjs/br/cpf.js';
import * as chSsn from 'stdnum/lib/cjs/ch/ssn.js';
import * as deIdnr from 'stdnum/lib/cjs/de/idnr.js';
import * as esDni from 'stdnum/lib/cjs/es/dni.js';
import * as esNie from 'stdnum/lib/cjs/es/nie.js';
import * as fiHetu from 'stdnum/lib/cjs/fi/hetu.js';
import * as frNir from 'stdnum/lib/cjs/fr/nir.js';
import * as gbNino from 'stdnum/lib/cjs/gb/nino.js';
import * as inAadhaar from 'stdnum/lib/cjs/in/aadhaar.js';
import * as inPan from 'stdnum/lib/cjs/in/pan.js';
import * as itCodicefiscale from 'stdnum/lib/cjs/it/codicefiscale.js';
import * as nlBsn from 'stdnum/lib/cjs/nl/bsn.js';
import * as noFodselsnummer from 'stdnum/lib/cjs/no/fodselsnummer.js';
import * as plPesel from 'stdnum/lib/cjs/pl/pesel.js';
import * as ptCc from 'stdnum/lib/cjs/pt/cc.js';
import * as sePersonnummer from 'stdnum/lib/cjs/se/personnummer.js';
import * as trTckimlik from 'stdnum/lib/cjs/tr/tckimlik.js';
import * as usSsn from 'stdnum/lib/cjs/us/ssn.js';
import { patternFindings, type Finding, type Recogniser } from '../personal-data-types';
import { afterBusinessLabel } from './business-context';

interface Scheme {
  /** Validator from stdnum (a port of python-stdnum): format, length and check digits. */
  validator: { validate(value: string): { isValid: boolean } };
  /** Candidate shapes as written: with or without spaces, dashes or dots. */
  pattern: RegExp;
}

const d = (n: number) => String.raw`\d{${n}}`;

/**
 * stdnum's personnummer wants the separator before the last four digits; Swedish forms and exports
 * also write the number run together (`198112189876`, `8112189876`). The separator is put back
 * before validating; date and Luhn checks stay stdnum's.
 */
const sePersonnummerRunTogether: Scheme['validator'] = {
  validate: (value) => sePersonnummer.validate(/^\d{10}$|^(?:19|20)\d{10}$/.test(value) ? `${value.slice(0, -4)}-${value.slice(-4)}` : value),
};



/**
 * Person identifiers whose check digits (or strict scheme) make an unlabelled match trustworthy.
 * The shapes are loose; stdnum decides. Identifiers that fail their check are only hidden when a
 * label names them (see labelled-identifier-recogniser.ts), so a 9-digit order number that fails
 * the BSN 11-proof stays.
 */
const schemes: readonly Scheme[] = [
  // US Social Security Number: area/group/serial rules (no 000, 666, 9xx areas; no 00 group; no 0000 serial).
  { validator: usSsn, pattern: new RegExp(String.raw`(?<![\w.-])\d{3}[- ]\d{2}[- ]\d{4}(?![\w-]|[.,]\d{1,2}(?!\d))`, 'g') },
  // UK National Insurance number: two prefix letters (with the HMRC exclusions), six digits, suffix A-D.
  { validator: gbNino, pattern: /(?<![\w])[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w])/gi },
  // NL burgerservicenummer: 9 digits, 11-proof.
  { validator: nlBsn, pattern: new RegExp(String.raw`(?<![\w.-])(?:${d(9)}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\w-]|[.,]\d{1,2}(?!\d))`, 'g') },
  // DE steuerliche Identifikationsnummer: 11 digits, ISO 7064 mod 11,10.
  { validator: deIdnr, pattern: new RegExp(String.raw`(?<![\w.-])(?:${d(11)}|\d{2} \d{3} \d{3} \d{3}|\d{3} \d{3} \d{3} \d{2})(?![\w-]|[.,]\d{1,2}(?!\d))`, 'g') },
  // FR NIR (numéro de sécurité sociale): 13 digits + 2-digit key (97 - n mod 97), Corsica 2A/2B.
  { validator: frNir, pattern: /(?<![\w.-])[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\w-]|[.,]\d{1,2}(?!\d))/g },
  // IN Aadhaar: 12 digits, Verhoeff check, not starting with 0 or 1.
  { validator: inAadhaar, pattern: /(?<![\w.-])[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}(?![\w-]|[.,]\d{1,2}(?!\d))/g },
  // IN PAN: AAAPA1234A (fourth letter: holder type).
  { validator: inPan, pattern: /(?<![\w])[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z](?![\w])/g },
  // ES DNI / NIE: 8 digits + control letter; X/Y/Z + 7 digits + control letter.
  { validator: esDni, pattern: /(?<![\w.-])\d{8}[ -]?[A-Z](?![\w])/g },
  { validator: esNie, pattern: /(?<![\w.-])[XYZ][ -]?\d{7}[ -]?[A-Z](?![\w])/g },
  // IT codice fiscale: 16 characters with omocodia letters and a check letter.
  { validator: itCodicefiscale, pattern: /(?<![\w])[A-Z]{6} ?[\dLMNPQRSTUV]{2}[A-EHLMPR-T][\dLMNPQRSTUV]{2} ?[A-Z][\dLMNPQRSTUV]{3}[A-Z](?![\w])/gi },
  // PL PESEL: 11 digits, birth date and weighted check digit.
  { validator: plPesel, pattern: new RegExp(String.raw`(?<![\w.-])${d(11)}(?![\w-]|[.,]\d{1,2}(?!\d))`, 'g') },
  // SE personnummer: (YY)YYMMDD-NNNN or +, Luhn.
  { validator: sePersonnummer, pattern: /(?<![\w.-])(?:\d{2})?\d{6}[-–—+ ]\d{4}(?![\w-]|[.,]\d{1,2}(?!\d))/g },
  // Run together: 12 digits from 19/20, or 10 digits in a Swedish text about people (see swedishPersonContext).
  { validator: sePersonnummerRunTogether, pattern: /(?<![\w.-])(?:(?:19|20)\d{10}|\d{10})(?![\w-]|[.,]\d{1,2}(?!\d))/g },
  // TR T.C. Kimlik No: 11 digits, two check digits.
  { validator: trTckimlik, pattern: new RegExp(String.raw`(?<![\w.-])[1-9]\d{10}(?![\w-]|[.,]\d{1,2}(?!\d))`, 'g') },
  // PT Cartão de Cidadão: 8 digits, check digit, 2 letters, check digit.
  { validator: ptCc, pattern: /(?<![\w])\d{8} ?\d ?[A-Z]{2}\d(?![\w])/g },
  // BE national number, DK CPR, FI HETU, NO fødselsnummer, CH AHV/AVS (756...): date-based with checks.
  { validator: beNn, pattern: /(?<![\w.-])\d{2}\.?\d{2}\.?\d{2}[ -]?\d{3}[ .-]?\d{2}(?![\w-]|[.,]\d{1,2}(?!\d))/g },
  { validator: fiHetu, pattern: /(?<![\w])\d{6}[-+A]\d{3}[\dA-Z](?![\w])/g },
  { validator: noFodselsnummer, pattern: new RegExp(String.raw`(?<![\w.-])\d{6} ?\d{5}(?![\w-]|[.,]\d{1,2}(?!\d))`, 'g') },
  { validator: chSsn, pattern: /(?<![\w])756[. ]?\d{4}[. ]?\d{4}[. ]?\d{2}(?![\w])/g },
  // BR CPF: 11 digits written 000.000.000-00.
  { validator: brCpf, pattern: /(?<![\w.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\w])/g },
];

// US SSNs have no check digit: an unlabelled NNN-NN-NNNN is one only in a document about people's
// tax or employment records (a part number `302-44-1187` of the same shape stays).
// Ten digits run together are a personnummer only where the text speaks of one (or of a Swedish person's record).
const swedishPersonContext = /(?<![\p{L}])(?:personnummer|personnr|person nr|pnr|p-nr|födelsenummer|samordningsnummer|folkbokförd|skatteverket)(?![\p{L}])/iu;
const ssnContext = /(?<![\p{L}])(?:ssn|ss#|social security|w-[249]|i-9|1099|taxpayer|payroll|employee|employment|hire|tax return|irs|ssa)(?![\p{L}])/iu;

/** Unlabelled national person identifiers that pass their scheme's check (stdnum validators). */
export const nationalIdRecogniser: Recogniser = {
  name: 'national id (stdnum: US SSN, UK NINO, NL BSN, DE IdNr, FR NIR, IN Aadhaar/PAN, ES DNI/NIE, IT CF, PL PESEL, SE PNR, TR TCKN, PT CC, BE NN, FI HETU, NO FNR, CH AHV, BR CPF)',
  find(text) {
    const found: Finding[] = [];
    for (const scheme of schemes) {
      found.push(
        ...patternFindings(
          text,
          scheme.pattern,
          'NATIONAL_ID',
          (value, match) =>
            scheme.validator.validate(value.toUpperCase().replace(/[–—]/g, '-')).isValid &&
            !afterBusinessLabel(text, match.index ?? 0) &&
            (scheme.validator !== usSsn || ssnContext.test(text)) &&
            (scheme.validator !== sePersonnummerRunTogether || value.length === 12 || swedishPersonContext.test(text)),
        ),
      );
    }
    return found;
  },
};
