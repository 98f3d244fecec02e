import type { ExtractedField } from '@sluice/models';

/**
 * Items of one repeated target (`lineItems[0..n]`) an extracted record keeps. A 20,000-line invoice
 * gave 80,000 line-item fields, a 4 MB record over the broker's 1 MiB message limit (issue 12,
 * input 5); 1,000 items of four fields stay near 200 KB and far above any invoice a person reads.
 */
export const MAX_REPEATED_ITEMS = 1000;

export interface CappedFields {
  /** The fields with every repeated target cut to its first `maxItems` items, order kept. */
  fields: ExtractedField[];
  /** Base name → how many items the answer held, for each repeated target that was cut (`{lineItems: 20000}`); empty when nothing was. */
  capped: Record<string, number>;
}

// `lineItems[12].amount` → base `lineItems`, index 12; `customerIds[3]` → `customerIds`, 3.
const indexed = /^([^[\]]+)\[(\d+)\]/;

/**
 * Cuts repeated targets to their first `maxItems` items (by index, as the model numbered them) and
 * says which were cut and how many items they had. Unindexed fields always stay. Linear in the
 * number of fields.
 */
export function capRepeatedFields(fields: readonly ExtractedField[], maxItems = MAX_REPEATED_ITEMS): CappedFields {
  const items = new Map<string, Set<number>>();
  const kept: ExtractedField[] = [];
  for (const field of fields) {
    const match = indexed.exec(field.name);
    if (!match) {
      kept.push(field);
      continue;
    }
    const base = match[1]!;
    const index = Number(match[2]);
    let seen = items.get(base);
    if (!seen) items.set(base, (seen = new Set()));
    seen.add(index);
    if (index < maxItems) kept.push(field);
  }
  const capped: Record<string, number> = {};
  for (const [base, seen] of items) if ([...seen].some((index) => index >= maxItems)) capped[base] = seen.size;
  return { fields: kept, capped };
}
