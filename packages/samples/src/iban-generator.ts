import type { Random } from './seeded-random';
import { SluiceError } from '@sluice/errors';

/**
 * Generates IBANs with a correct ISO 13616 mod-97 check (and, on demand, a broken one).
 * BBAN shapes follow the SWIFT IBAN registry per country; bank codes are made up.
 */
const bbanShapes: Record<string, string> = {
  DE: '9'.repeat(18),
  AT: '9'.repeat(16),
  CH: '9'.repeat(17),
  FR: '9'.repeat(23),
  BE: '9'.repeat(12),
  GB: 'AAAA' + '9'.repeat(14),
  ES: '9'.repeat(20),
  NL: 'AAAA' + '9'.repeat(10),
  IT: 'A' + '9'.repeat(22),
  SE: '9'.repeat(20),
  PL: '9'.repeat(24),
};

export const ibanCountries = Object.keys(bbanShapes);

function mod97(numeric: string): number {
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

function toNumeric(text: string): string {
  return [...text].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');
}

export function ibanCheckDigits(country: string, bban: string): string {
  return String(98 - mod97(toNumeric(`${bban}${country}00`))).padStart(2, '0');
}

export function generateIban(country: string, random: Random): string {
  const shape = bbanShapes[country];
  if (!shape) throw new SluiceError('INVALID_INPUT', `no IBAN shape for ${country}`);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const bban = [...shape].map((c) => (c === 'A' ? random.pick([...letters]) : String(random.int(0, 9)))).join('');
  return `${country}${ibanCheckDigits(country, bban)}${bban}`;
}

/** Changes one BBAN digit: mod-97 detects every single-digit change, so the result is always invalid. */
export function breakIban(iban: string, random: Random): string {
  const positions = [...iban].map((c, i) => (i >= 4 && /\d/.test(c) ? i : -1)).filter((i) => i >= 0);
  const at = random.pick(positions);
  const old = Number(iban[at]);
  const replacement = (old + random.int(1, 9)) % 10;
  return `${iban.slice(0, at)}${replacement}${iban.slice(at + 1)}`;
}

/** Groups of four, as printed on most invoices. */
export function printIban(iban: string, grouped: boolean): string {
  return grouped ? iban.replace(/(.{4})/g, '$1 ').trim() : iban;
}
