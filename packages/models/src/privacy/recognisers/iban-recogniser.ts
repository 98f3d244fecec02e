import { patternFindings, type Finding, type Recogniser } from '../personal-data-types';

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

const ibanPattern = /\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,4})?\b/g;
// Written loosely: lower case, dashes or dots between groups, a space after the country code.
// Accepted only when the checksum holds.
const looseIbanPattern = /(?<![\p{L}\p{N}])[A-Za-z]{2}[ ]?\d{2}(?:[ \u00a0.-]?[A-Za-z0-9]{4}){2,7}(?:[ \u00a0.-]?[A-Za-z0-9]{1,4})?(?![\p{L}\p{N}])/gu;

/**
 * IBANs, grouped or not. A run the pattern over-reads (a trailing group that is not part of the
 * IBAN) is shortened until it validates; a mistyped IBAN is still someone's account number, so an
 * IBAN-shaped run of IBAN length is hidden even when its checksum fails.
 */
export const ibanRecogniser: Recogniser = {
  name: 'iban (ISO 13616 mod-97)',
  find(text) {
    const found: Finding[] = [];
    for (const match of patternFindings(text, ibanPattern, 'IBAN')) {
      const value = text.slice(match.start, match.end);
      const groups = value.split(/[ \u00a0]/);
      let validLength: number | undefined;
      for (let end = groups.length; end >= 1 && validLength === undefined; end -= 1) {
        const candidate = groups.slice(0, end).join(' ');
        if (ibanChecksumValid(candidate.replace(/ /g, ''))) validLength = candidate.length;
      }
      if (validLength !== undefined) found.push({ ...match, end: match.start + validLength });
      else if (value.replace(/\s/g, '').length >= 15) found.push(match);
    }
    for (const match of patternFindings(text, looseIbanPattern, 'IBAN')) {
      const value = text.slice(match.start, match.end);
      const groups = value.split(/(?<=[A-Za-z0-9])[ \u00a0.-](?=[A-Za-z0-9])/);
      for (let end = groups.length; end >= 1; end -= 1) {
        const candidate = groups.slice(0, end).join(' ');
        if (ibanChecksumValid(candidate.replace(/[\s.-]/g, '').toUpperCase())) {
          // The joined groups are as long as the written ones: one separator each.
          found.push({ ...match, end: match.start + candidate.length });
          break;
        }
      }
    }
    return found;
  },
};
