/**
 * IBAN detection and the ISO 13616 mod-97 check. Lengths per country from the SWIFT IBAN
 * registry (https://www.swift.com/standards/data-standards/iban) decide where a printed IBAN
 * ends, so a following word or number is not swallowed.
 */
export const ibanLengths: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27,
  HR: 21, HU: 28, IE: 22, IL: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LI: 21, LT: 20, LU: 20, LV: 21,
  MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24, TR: 26, UA: 29, VG: 24, XK: 20,
};

export function ibanChecksumValid(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const digits = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

export interface IbanMatch {
  iban: string;
  valid: boolean;
  index: number;
  length: number;
}

const candidatePattern = /(?<![A-Z0-9])([A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,30})/g;

/** Printed IBANs, grouped or not; the registry length cuts the candidate, mod-97 grades it. */
export function findIbans(text: string): IbanMatch[] {
  const out: IbanMatch[] = [];
  for (const m of text.toUpperCase().matchAll(candidatePattern)) {
    const raw = m[1]!;
    const expected = ibanLengths[raw.slice(0, 2)];
    if (expected === undefined) continue;
    let compact = '';
    let consumed = 0;
    for (const ch of raw) {
      if (compact.length === expected) break;
      consumed++;
      if (ch !== ' ' && ch !== '\u00a0') compact += ch;
    }
    if (compact.length !== expected) continue;
    // The next printed character must not continue the account number.
    const next = raw.slice(consumed).replace(/^[ \u00a0]/, '')[0];
    if (next !== undefined && raw[consumed] !== ' ' && /[A-Z0-9]/.test(next)) continue;
    out.push({ iban: compact, valid: ibanChecksumValid(compact), index: m.index, length: consumed });
  }
  return out;
}
