/**
 * National taxpayer numbers that stand in for a VAT id (BT-31/BT-32) outside the EU, read after
 * their own label and checked by the check digits their standard defines:
 * - Russia, ИНН (идентификационный номер налогоплательщика): 10 digits for an organisation, 12 for
 *   a person, check digits by the weights of the Federal Tax Service's order ММВ-7-6/435@ (the
 *   control numbers every ИНН validator uses). The КПП printed with it ("ИНН/КПП 7707083893/773601001",
 *   9 digits, a registration-reason code) is not a tax id and is never read.
 * - Türkiye, VKN (vergi kimlik numarası): 10 digits, check digit of the Revenue Administration (GİB)
 *   algorithm; receipts print it after the tax office, "KADIKÖY V.D. 1234567890".
 * - China, the unified social credit code (统一社会信用代码, GB 32100-2015), which is also the
 *   taxpayer id (纳税人识别号, 税号): 18 characters of 0-9 and A-Y without I, O, S, V, Z, the last a
 *   mod-31 check character; a fapiao's party block prints it under its label, after the block's
 *   vertical heading characters (购/买/方, 销/售/方, 信/息).
 */
export type NationalTaxScheme = 'ru-inn' | 'tr-vkn' | 'cn-uscc';

// The label words of each scheme, lower case (the label as printed, e.g. "ИНН/КПП продавца", "Vergi No", "税号").
const schemeLabels: readonly [NationalTaxScheme, RegExp][] = [
  ['ru-inn', /инн/u],
  ['tr-vkn', /vkn|v\.k\.n|vergi|v\.d\./u],
  ['cn-uscc', /信用代码|信用代碼|识别号|識別號|识别码|税号|稅號/u],
];

/** The scheme a tax-id label names, or null for any other label. */
export function nationalTaxScheme(label: string): NationalTaxScheme | null {
  const lower = label.toLowerCase();
  return schemeLabels.find(([, pattern]) => pattern.test(lower))?.[0] ?? null;
}

const digitsOf = (id: string) => [...id].map(Number);
const weighted = (digits: number[], weights: readonly number[]) => weights.reduce((sum, w, i) => sum + w * digits[i]!, 0);

/** Russian ИНН: 10 digits (one check digit) or 12 (two), each the weighted sum mod 11 mod 10. */
export function innValid(id: string): boolean {
  if (!/^(?:\d{10}|\d{12})$/.test(id)) return false;
  const d = digitsOf(id);
  const check = (weights: readonly number[]) => (weighted(d, weights) % 11) % 10;
  if (id.length === 10) return check([2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9];
  return check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] && check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11];
}

/** Turkish VKN: 10 digits; the last is the GİB check digit over the first nine. */
export function vknValid(id: string): boolean {
  if (!/^\d{10}$/.test(id)) return false;
  const d = digitsOf(id);
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const t = (d[i]! + 9 - i) % 10;
    let v = (t * 2 ** (9 - i)) % 9;
    if (t !== 0 && v === 0) v = 9;
    sum += v;
  }
  return (10 - (sum % 10)) % 10 === d[9];
}

const usccAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const usccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Chinese unified social credit code (GB 32100-2015): 18 characters, the last 31 − (Σ value × weight mod 31). */
export function usccValid(id: string): boolean {
  if (id.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = usccAlphabet.indexOf(id[i]!);
    if (v < 0) return false;
    sum += v * usccWeights[i]!;
  }
  return usccAlphabet[(31 - (sum % 31)) % 31] === id[17];
}

const validators: Record<NationalTaxScheme, (id: string) => boolean> = { 'ru-inn': innValid, 'tr-vkn': vknValid, 'cn-uscc': usccValid };

// Candidates in a value: digit runs (ИНН, VKN) or 18-character codes, whole tokens only.
const shapes: Record<NationalTaxScheme, RegExp> = {
  'ru-inn': /(?<!\d)(?:\d{12}|\d{10})(?!\d)/g,
  'tr-vkn': /(?<!\d)\d{10}(?!\d)/g,
  'cn-uscc': /(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{18}(?![0-9A-Z])/g,
};

/** True when `id` passes the check of `scheme`. */
export function nationalTaxIdValid(scheme: NationalTaxScheme, id: string): boolean {
  return validators[scheme](id);
}

/**
 * The first id of `scheme` in a label's value that passes its check, with its offset in the value;
 * null when none. Only the value's first line is read, up to `maxChars` (a label's own value, not
 * the next party's).
 */
export function readNationalTaxId(scheme: NationalTaxScheme, value: string, maxChars = 60): { id: string; index: number; length: number } | null {
  const head = value.split('\n')[0]!.slice(0, maxChars).toUpperCase();
  for (const m of head.matchAll(shapes[scheme])) {
    if (validators[scheme](m[0])) return { id: m[0], index: m.index, length: m[0].length };
  }
  return null;
}

/** Check-digit-valid readings first: where only one number is printed it is read even when its check fails (a typo, OCR). */
const validFirst = <T extends { valid: boolean }>(readings: T[]): T[] => [...readings.filter((r) => r.valid), ...readings.filter((r) => !r.valid)];

/**
 * Turkish VKNs printed after their tax office with no number label, as till receipts (ÖKC fişi)
 * print them: "KADIKÖY V.D. 7403185264", "ÇARŞI V.D.: 9458386097"; check-digit-valid ones first.
 * Offsets into `text`.
 */
export function taxOfficeVkn(text: string): { id: string; index: number; length: number }[] {
  const out: { id: string; index: number; length: number; valid: boolean }[] = [];
  for (const m of text.matchAll(/\bV\.\s?D\.?\s*[:.]?\s*(\d{10})(?!\d)/gu)) {
    const id = m[1]!;
    out.push({ id, index: m.index + m[0].length - id.length, length: id.length, valid: vknValid(id) });
  }
  return validFirst(out);
}

/**
 * Taiwan's unified business number (統一編號, 8 digits): weights 1,2,1,2,1,2,4,1, the digits of
 * each product summed; valid when the sum is divisible by 5 (the Ministry of Finance's rule since
 * 2023, which keeps every number valid under the former divisor 10), with the sum + 1 also counted
 * when the seventh digit is 7.
 */
export function ubnValid(id: string): boolean {
  if (!/^\d{8}$/.test(id)) return false;
  const weights = [1, 2, 1, 2, 1, 2, 4, 1];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const p = Number(id[i]) * weights[i]!;
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 5 === 0 || (id[6] === '7' && (sum + 1) % 5 === 0);
}

/**
 * Ids printed after the party they belong to, with no tax-id label (offsets into `text`):
 * a Taiwanese e-invoice proof slip's "賣方 53894160   買方 24703183" (seller's and buyer's unified
 * business numbers, valid ones first); a Moroccan invoice's "IF 40218837" (identifiant fiscal, the number VAT
 * is declared under; the 15-digit ICE beside it identifies the company, not its tax account).
 */
export function partyTaxIds(text: string): { id: string; index: number; length: number }[] {
  const out: { id: string; index: number; length: number; valid: boolean }[] = [];
  for (const m of text.matchAll(/賣方\s*[:：]?\s*(\d{8})(?!\d)/gu)) {
    out.push({ id: m[1]!, index: m.index + m[0].length - 8, length: 8, valid: ubnValid(m[1]!) });
  }
  for (const m of text.matchAll(/(?<![\p{L}\d])(?:IF|I\.F\.)\s*[:.]?\s*(\d{7,8})(?!\d)/gu)) {
    out.push({ id: m[1]!, index: m.index + m[0].length - m[1]!.length, length: m[1]!.length, valid: true });
  }
  return validFirst(out);
}
