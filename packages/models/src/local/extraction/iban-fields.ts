import { inRanges, type TextRange } from './customer-block';
import type { FieldCandidate } from './field-candidate';
import { findIbans } from './iban-check';

/**
 * The seller's payment account (BT-84): the first IBAN outside the buyer's block, a valid one
 * before one whose mod-97 check fails (which is still reported, so the rules can flag it).
 */
export function ibanFields(text: string, customer: readonly TextRange[]): FieldCandidate[] {
  const ibans = findIbans(text).filter((i) => !inRanges(customer, i.index));
  const best = ibans.find((i) => i.valid) ?? ibans[0];
  return best ? [{ name: 'iban', value: best.iban, evidence: best.valid ? 'ibanValid' : 'ibanInvalid', span: { start: best.index, end: best.index + best.length } }] : [];
}
