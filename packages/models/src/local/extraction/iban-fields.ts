import { inRanges, type TextRange } from './customer-block';
import type { FieldCandidate } from './field-candidate';
import { findIbans } from './iban-check';

/**
 * The seller's payment account (BT-84): the first IBAN printed, a valid one before one whose
 * mod-97 check fails (which is still reported, so the rules can flag it). An IBAN in the buyer's
 * block is passed over only when another is printed: bank blocks often sit under a "Recipient" or
 * "Beneficiary" line that reads like a buyer label.
 */
export function ibanFields(text: string, customer: readonly TextRange[]): FieldCandidate[] {
  const all = findIbans(text);
  const outside = all.filter((i) => !inRanges(customer, i.index));
  const ibans = outside.length > 0 ? outside : all;
  const best = ibans.find((i) => i.valid) ?? ibans[0];
  return best ? [{ name: 'iban', value: best.iban, evidence: best.valid ? 'ibanValid' : 'ibanInvalid', span: { start: best.index, end: best.index + best.length } }] : [];
}
