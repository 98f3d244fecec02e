import type { Evidence } from './confidence-calibration';
import type { FieldCandidate } from './field-candidate';

/**
 * References an e-mail gives. Order references (`orderIds[i]`) (`orderIds[i]`): an id after an order / purchase-order /
 * shipment-order label in the languages the corpora use, and marketplace order numbers by their
 * shape (`112-3345567-8812211`). As printed, with the conventions of the messages corpus README: a
 * prefix joined to the number stays (`PO-7731`), one standing apart is a label (`PO 88240` →
 * `88240`, `#100045123` → `100045123`). Invoice, credit-note, RMA, ticket, tracking and quote
 * numbers have labels of their own and are never read here. Callers pass the message's own part
 * (subject and new text, message-reading.ts), not its quoted history.
 */
const orderLabel =
  /(?<![\p{L}\d])(?:purchase[\s-]+orders?|sales[\s-]+orders?|orders?|p\.?o\.?|s\.?o\.?|bestellungs?|bestellnummer|bestell-?nr\.?|auftrags?|auftragsnummer|auftrags-?nr\.?|commandes?|pedidos?|ordine|ordini|bestellings?|bestelnummer|ordernummer|ordernr\.?|zamówieni[aeu]|zamówień|encomendas?|beställning(?:en|snummer)?|bestellung)(?![\p{L}])/giu;
// Words and marks between a label and its id: "order number: ", "n° de commande ", "nr. zamówienia ".
const filler = /^(?:\s*(?:number|numbers|no\.?|nos\.?|nr\.?|n[°ºo]\.?|num\.?|#|:|-(?=\s)|ref\.?|reference|nummer|numéro|número|numero|numer|de|du|da|del|n\.|id|is|was|with|mit|avec|con|met|z|med|ref)(?![\p{L}])\s*)*/iu;
const idToken = /^#?((?:[A-Z]{1,5}[-/]?)?\d[\dA-Z/-]*[\dA-Z])(?![\p{L}\d])/u;
const joinedId = /^[-/]?\d[\dA-Z/-]*[\dA-Z]?(?![\p{L}\d])/u;
const marketplaceOrder = /(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])/g;
// Order ids whose own prefix says so, wherever they stand: "ORD-55123", "SO-2231", "PO-7731".
const prefixedOrder = /(?<![\p{L}\d-])(?:ORD|ORDER|SO|PO)-\d[\dA-Z-]{2,}(?![\p{L}\d])/gu;
const separator = /^\s*(?:,|\/|;|&|and|und|et|y|e|en|i|och|oraz)\s*/iu;

function plausible(id: string): boolean {
  const digits = id.replace(/\D/g, '').length;
  if (digits < 4) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(id) || /^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/.test(id)) return false; // a date
  return true;
}

type Found = { id: string; evidence: Evidence };

/** Ids after each match of `label` (global regex): "<label> [no.|#|:] id[, id]*", or a prefix joined to its number. */
export function labelledIds(text: string, label: RegExp, evidence: Evidence): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(label)) {
    const after = text.slice(m.index + m[0].length);
    // "PO-7731", "PO7731": the prefix is part of the id as printed.
    const joined = /^[A-Za-z.]{1,5}$/.test(m[0]) && m[0] === m[0].toUpperCase() ? joinedId.exec(after) : null;
    if (joined && /\d/.test(joined[0]) && !/^\s/.test(after)) {
      const id = `${m[0].replace(/\./g, '')}${joined[0]}`;
      if (plausible(id)) found.push({ id, evidence });
      continue;
    }
    let rest = after.slice(filler.exec(after)?.[0].length ?? 0).trimStart();
    for (let id = idToken.exec(rest); id; id = idToken.exec(rest)) {
      if (plausible(id[1]!)) found.push({ id: id[1]!, evidence });
      rest = rest.slice(id[0].length);
      const sep = separator.exec(rest);
      if (!sep) break;
      rest = rest.slice(sep[0].length).trimStart();
    }
  }
  return found;
}

/** Field candidates `<name>[i]` from found ids, first mention first, each id once. */
export function idCandidates(name: string, found: readonly Found[]): FieldCandidate[] {
  const seen = new Set<string>();
  return found.filter(({ id }) => (seen.has(id) ? false : (seen.add(id), true))).map(({ id, evidence }, i) => ({ name: `${name}[${i}]`, value: id, evidence }));
}

/** The order references in `text` (subject and new part of a message), first mention first. */
export function orderIdFields(text: string): FieldCandidate[] {
  const found = labelledIds(text, orderLabel, 'orderIdLabelled');
  for (const pattern of [marketplaceOrder, prefixedOrder]) for (const m of text.matchAll(pattern)) found.push({ id: m[0], evidence: 'orderIdPattern' });
  return idCandidates('orderIds', found);
}
