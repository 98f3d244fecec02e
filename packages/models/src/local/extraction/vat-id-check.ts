/**
 * VAT identifiers by country format (EU VIES formats, plus GB, CH and NO), normalised to the
 * country prefix followed by the number without separators. The French key and the German,
 * Italian checks are not all applied: a format match near a VAT label is the main evidence.
 */
const formats: Record<string, RegExp> = {
  AT: /^ATU\d{8}$/,
  BE: /^BE[01]\d{9}$/,
  BG: /^BG\d{9,10}$/,
  CY: /^CY\d{8}[A-Z]$/,
  CZ: /^CZ\d{8,10}$/,
  DE: /^DE\d{9}$/,
  DK: /^DK\d{8}$/,
  EE: /^EE\d{9}$/,
  EL: /^EL\d{9}$/,
  ES: /^ES[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^FI\d{8}$/,
  FR: /^FR[A-HJ-NP-Z0-9]{2}\d{9}$/,
  GB: /^GB(?:\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
  HR: /^HR\d{11}$/,
  HU: /^HU\d{8}$/,
  IE: /^IE\d[A-Z0-9+*]\d{5}[A-Z]{1,2}$/,
  IT: /^IT\d{11}$/,
  LT: /^LT(?:\d{9}|\d{12})$/,
  LU: /^LU\d{8}$/,
  LV: /^LV\d{11}$/,
  MT: /^MT\d{8}$/,
  NL: /^NL\d{9}B\d{2}$/,
  PL: /^PL\d{10}$/,
  PT: /^PT\d{9}$/,
  RO: /^RO\d{2,10}$/,
  SE: /^SE\d{10}01$/,
  SI: /^SI\d{8}$/,
  SK: /^SK\d{10}$/,
  XI: /^XI(?:\d{9}|\d{12})$/,
  CH: /^CHE\d{9}$/,
  NO: /^NO\d{9}(?:MVA)?$/,
};

/** The French key is (12 + 3 × (SIREN mod 97)) mod 97 for numeric keys. */
function frenchKeyValid(id: string): boolean {
  const key = id.slice(2, 4);
  if (!/^\d\d$/.test(key)) return true;
  return Number(key) === (12 + 3 * (Number(id.slice(4)) % 97)) % 97;
}

export function normaliseVatId(raw: string): string | null {
  const compact = raw.toUpperCase().replace(/[\s.\-/]/g, '').replace(/(MWST|TVA|IVA)$/, '');
  const country = compact.startsWith('CHE') ? 'CH' : compact.slice(0, 2);
  const format = formats[country];
  if (!format?.test(compact)) return null;
  if (country === 'FR' && !frenchKeyValid(compact)) return null;
  return compact;
}

export interface VatIdMatch {
  vatId: string;
  index: number;
  length: number;
}

const prefixPattern = new RegExp(`(?<![A-Z0-9])(?:${Object.keys(formats).join('|')}|CHE)(?=[\\s.\\-]?[0-9A-Z])`, 'g');

/** Grows a candidate token by token ("DE 123 456 789") and keeps the longest valid reading. */
export function findVatIds(text: string): VatIdMatch[] {
  const upper = text.toUpperCase();
  const out: VatIdMatch[] = [];
  for (const m of upper.matchAll(prefixPattern)) {
    const tail = upper.slice(m.index, m.index + 24);
    const tokens = tail.split(/(?<=\S)(?=\s)/);
    let joined = '';
    let best: VatIdMatch | null = null;
    for (const token of tokens) {
      if (/\n/.test(token)) break;
      joined += token;
      const vatId = normaliseVatId(joined.replace(/[,;:)]+$/, ''));
      if (vatId) best = { vatId, index: m.index, length: joined.trimEnd().length };
    }
    if (best && !out.some((o) => o.index === best.index)) out.push(best);
  }
  return out;
}
