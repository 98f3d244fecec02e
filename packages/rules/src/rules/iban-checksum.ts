import { z } from 'zod';
import { fieldValue } from '../field-values';
import { defineRuleType } from '../rule-type';

/**
 * ISO 13616 check: move the first four characters to the end, letters to numbers (A=10 … Z=35),
 * the whole number mod 97 must be 1. Computed digit by digit so no BigInt is needed.
 */
export function ibanChecksumValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`;
  let rest = 0;
  for (const ch of rearranged) {
    const digits = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

export const ibanChecksum = defineRuleType({
  type: 'iban-checksum',
  summary: 'a present IBAN has the ISO 13616 shape and a valid mod-97 check',
  params: z.strictObject({ field: z.string().min(1).default('iban') }),
  check: (input, { field }) => {
    const raw = fieldValue(input, field);
    if (raw === undefined) return [];
    const iban = raw.replace(/\s+/g, '').toUpperCase();
    return ibanChecksumValid(iban) ? [] : [{ detail: `${field} ${raw} fails the mod-97 check`, fields: [field] }];
  },
});
