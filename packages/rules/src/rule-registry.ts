import type { RuleType } from './rule-type';
import { amountLimit } from './rules/amount-limit';
import { confidenceFloor } from './rules/confidence-floor';
import { datesOrdered } from './rules/dates-ordered';
import { duplicate } from './rules/duplicate';
import { factValue } from './rules/fact-value';
import { ibanChecksum } from './rules/iban-checksum';
import { matchScore } from './rules/match-score';
import { requiredFields } from './rules/required-fields';
import { totalsAddUp } from './rules/totals-add-up';
import { vendorStatus } from './rules/vendor-status';

export type RuleRegistry = ReadonlyMap<string, RuleType>;

/** Every rule type config may name. A new type: one file in rules/, one line here. */
export const ruleRegistry: RuleRegistry = new Map(
  [
    requiredFields,
    totalsAddUp,
    datesOrdered,
    ibanChecksum,
    matchScore,
    duplicate,
    confidenceFloor,
    amountLimit,
    vendorStatus,
    factValue,
  ].map((ruleType) => [ruleType.type, ruleType]),
);
