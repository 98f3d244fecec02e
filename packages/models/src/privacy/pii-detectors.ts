import nlp from 'compromise';

export type PiiType = 'EMAIL' | 'IBAN' | 'CARD' | 'PHONE' | 'PERSON';

export interface PiiMatch {
  type: PiiType;
  value: string;
}

/** ISO 13616 mod-97 check on an IBAN without spaces. */
export function ibanChecksumValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** Luhn check, so order numbers and amounts are not mistaken for card numbers. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const ibanPattern = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;
// Card and phone numbers never start inside an IBAN-shaped run (country code, check digits, groups):
// the digits of an IBAN with a bad checksum pass Luhn one time in ten and often start with 0.
const notInIban = String.raw`(?<![A-Z]{2}\d{2} ?(?:[A-Z0-9]{4} ?)*)`;
const cardPattern = new RegExp(String.raw`${notInIban}\b\d(?:[ -]?\d){12,18}\b`, 'g');
// International (+..), trunk-prefixed (0...) or parenthesised numbers, or the North American
// 3-3-4 shape; amounts, dates and invoice numbers start otherwise or are too short.
const phonePattern = new RegExp(
  String.raw`${notInIban}(?:\+\d{1,3}|\(\d{1,4}\)|\b0\d{1,4})(?:[ ./-]?\(?\d{1,4}\)?){2,5}\b|\b\d{3}[ .-]\d{3}[ .-]\d{4}\b`,
  'g',
);

function findIbans(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(ibanPattern)) {
    // The pattern may swallow a trailing group that is not part of the IBAN: shorten until valid.
    const groups = match[0].split(' ');
    let valid: string | undefined;
    for (let end = groups.length; end >= 1 && !valid; end -= 1) {
      const candidate = groups.slice(0, end).join(' ');
      if (ibanChecksumValid(candidate.replace(/ /g, ''))) valid = candidate;
    }
    // A mistyped IBAN is still someone's account number: redact the whole IBAN-shaped run.
    if (valid) found.push(valid);
    else if (match[0].replace(/ /g, '').length >= 15) found.push(match[0]);
  }
  return found;
}

function findPhones(text: string): string[] {
  return [...text.matchAll(phonePattern)]
    .map((m) => m[0].trim())
    .filter((value) => {
      const digits = value.replace(/\D/g, '').length;
      return digits >= 8 && digits <= 15;
    });
}

function findPeople(text: string): string[] {
  // compromise costs milliseconds per text; a text without a capitalised word has no name it finds.
  if (!/\p{Lu}\p{Ll}/u.test(text)) return [];
  const names = nlp(text).people().out('array') as string[];
  return names
    .map((name) => name.replace(/[.,;:!?]+$/, '').trim())
    .filter((name) => /^\p{Lu}/u.test(name) && name.length >= 3 && !/\[|\]/.test(name));
}

/**
 * Detectors run in this order on text where earlier finds are already replaced, so an IBAN's
 * digits are never read as a phone number and a name inside an e-mail address is never read twice.
 */
export const piiDetectors: ReadonlyArray<{ type: PiiType; find: (text: string) => string[] }> = [
  { type: 'EMAIL', find: (text) => [...text.matchAll(emailPattern)].map((m) => m[0]) },
  { type: 'IBAN', find: findIbans },
  {
    type: 'CARD',
    find: (text) => [...text.matchAll(cardPattern)].map((m) => m[0]).filter((v) => luhnValid(v.replace(/\D/g, ''))),
  },
  { type: 'PHONE', find: findPhones },
  { type: 'PERSON', find: findPeople },
];
