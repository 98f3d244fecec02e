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

// IBAN length per country, from the SWIFT IBAN registry (ISO 13616).
const ibanLengths = new Map(
  `AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18
  GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24
  PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20`
    .split(/\s+/)
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))] as const),
);

/** A run whose checksum fails is a mistyped IBAN only if its country issues IBANs of about its length (not `SF1418822704418`, a waybill). */
function mistypedIban(compact: string): boolean {
  const length = ibanLengths.get(compact.slice(0, 2));
  return length !== undefined && Math.abs(compact.length - length) <= 1;
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
      else if (mistypedIban(value.replace(/\s/g, ''))) found.push(match);
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
