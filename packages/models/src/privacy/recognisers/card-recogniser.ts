import { patternFindings, type Recogniser } from '../personal-data-types';

/** Luhn (ISO/IEC 7812-1 annex B), so order numbers and amounts are not mistaken for card numbers. */
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

// 13-19 digits, grouped by spaces or dashes; never starting inside an IBAN-shaped run.
const cardPattern = /(?<![A-Z]{2}\d{2} ?(?:[A-Z0-9]{4} ?)*)(?<![\d.,])\b\d(?:[ -]?\d){12,18}\b(?![.,]\d)/g;

/** Payment card numbers (PAN) that pass Luhn and start with a card scheme's digit (2-6). */
export const cardRecogniser: Recogniser = {
  name: 'payment card (Luhn)',
  find: (text) =>
    patternFindings(text, cardPattern, 'CARD', (value) => {
      const digits = value.replace(/\D/g, '');
      return /^[2-6]/.test(digits) && luhnValid(digits);
    }),
};
