import type { FieldCandidate } from './field-candidate';
import { findIbans } from './iban-check';
import { labelKindsOnLine, type LabelSegment } from './label-segments';
import { findVatIds } from './vat-id-check';

/**
 * Who issued the document: vendor name, its VAT id and IBAN. The customer's block (after
 * "Bill to", "Rechnungsempfänger"...) is excluded so the buyer is not mistaken for the seller.
 */

// Legal forms across Europe and North America, the strongest cue that a line names a company.
const legalForm =
  /(?<![\p{L}])(?:GmbH|AG|KG|OHG|GbR|e\.K\.|UG|SE|Ltd\.?|Limited|plc|LLP|LLC|Inc\.?|Corp\.?|Co\.|SARL|SAS|SASU|SA|S\.A\.|SNC|EURL|S\.L\.|S\.L\.U\.|S\.A\.U\.|S\.r\.l\.|S\.p\.A\.|Srl|SpA|B\.V\.|BV|N\.V\.|NV|AB|AS|A\/S|ApS|Oy|Sp\. z o\.o\.|s\.r\.o\.|Kft\.|Gesellschaft mbH|Aktiengesellschaft)(?![\p{L}])/u;

export function hasLegalForm(text: string): boolean {
  return legalForm.test(text);
}

export function ibanFields(text: string): FieldCandidate[] {
  const ibans = findIbans(text);
  const best = ibans.find((i) => i.valid) ?? ibans[0];
  return best ? [{ name: 'iban', value: best.iban, evidence: best.valid ? 'ibanValid' : 'ibanInvalid' }] : [];
}

export function vatIdFields(text: string): FieldCandidate[] {
  const ibanSpans = findIbans(text).map((i) => [i.index, i.index + i.length] as const);
  const lines = text.split('\n');
  const customerLines = customerBlockLines(lines);
  let offset = 0;
  const lineOf = (index: number) => {
    let count = 0;
    offset = 0;
    for (const line of lines) {
      if (index < offset + line.length + 1) return count;
      offset += line.length + 1;
      count++;
    }
    return count;
  };
  const candidates = findVatIds(text)
    .filter((v) => !ibanSpans.some(([a, b]) => v.index < b && a < v.index + v.length))
    .map((v) => {
      const line = lineOf(v.index);
      const kinds = labelKindsOnLine(lines[line] ?? '');
      return { v, labelled: kinds.has('vatId') || kinds.has('taxAmount'), customer: customerLines.has(line) };
    })
    .filter((c) => !c.customer && (c.labelled || !c.v.vatId.startsWith('NO')));
  const best = candidates.find((c) => c.labelled) ?? candidates[0];
  return best ? [{ name: 'vatId', value: best.v.vatId, evidence: best.labelled ? 'vatLabelled' : 'vatFormat' }] : [];
}

/** Lines of the customer's address block: the billTo label's line and up to two lines below. */
export function customerBlockLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((line, i) => {
    if (!labelKindsOnLine(line).has('billTo')) return;
    out.add(i);
    for (let j = i + 1; j < lines.length && j <= i + 2 && lines[j]!.trim() !== ''; j++) out.add(j);
  });
  return out;
}

/** The name part of "Name · street · city", "Name, street" or "Name (address)". */
function namePart(value: string): string {
  const first = value.split(/\s[·•|–—-]\s|,\s|\s{2,}|\s\(/u)[0] ?? value;
  // Trailing dots stay: they belong to legal forms ("Inc.", "e.K.", "S.A.").
  return first.replace(/^[#*\s]+|[\s,;:]+$/g, '').trim();
}

function plausibleName(name: string): boolean {
  return name.length >= 3 && name.length <= 80 && /\p{L}{2}/u.test(name) && !/^\d/.test(name) && !/@|https?:/.test(name);
}

/** "Name · street · city" on one line: a letterhead or footer, which names the issuer. */
function letterheadName(line: string): string | null {
  const parts = line.split(/\s[·•|–—]\s/);
  if (parts.length < 3) return null;
  const name = parts[0]!.trim();
  return plausibleName(name) && parts.slice(1).some((p) => /\d/.test(p)) ? name : null;
}

export function vendorFields(text: string, segments: readonly LabelSegment[], organisations: () => readonly string[]): FieldCandidate[] {
  const labelled = segments.find((s) => s.kind === 'vendor' && plausibleName(namePart(s.rest)));
  if (labelled) return [{ name: 'vendorName', value: namePart(labelled.rest), evidence: 'vendorLabelled' }];
  const lines = text.split(/\r?\n/);
  const customer = customerBlockLines(lines);
  const letterhead = lines.map((l, i) => (customer.has(i) ? null : letterheadName(l.trim()))).find((n) => n !== null);
  if (letterhead) return [{ name: 'vendorName', value: letterhead, evidence: 'vendorLetterhead' }];
  const top = lines
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line, i }) => line !== '' && !customer.has(i) && labelKindsOnLine(line).size === 0)
    .slice(0, 3);
  const withForm = top.find(({ line }) => hasLegalForm(namePart(line)) && plausibleName(namePart(line)));
  if (withForm) return [{ name: 'vendorName', value: namePart(withForm.line), evidence: 'vendorLegalForm' }];
  const firstLine = top[0];
  if (firstLine && firstLine.i <= 1 && plausibleName(namePart(firstLine.line))) {
    return [{ name: 'vendorName', value: namePart(firstLine.line), evidence: 'vendorTopLine' }];
  }
  const org = organisations().find((o) => !lines.some((l, i) => customer.has(i) && l.includes(o)));
  return org ? [{ name: 'vendorName', value: org, evidence: 'vendorOrganisation' }] : [];
}
