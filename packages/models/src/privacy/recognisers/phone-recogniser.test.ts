import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../pii-redactor';
import { phoneRecogniser } from './phone-recogniser';

// The phone spans the redactor hides (the recogniser's findings merged, in text order).
const phones = (text: string) =>
  findPersonalData(text, [phoneRecogniser])
    .filter((finding) => finding.type === 'PHONE')
    .map((finding) => text.slice(finding.start, finding.end));

// Inputs written from the numbering plans (ITU-T E.164 national formats), not from any corpus.
describe('phoneRecogniser', () => {
  it('North American numbers with the country code 1 written nationally', () => {
    expect(phones('Call 1-800-555-0199 today')).toEqual(['1-800-555-0199']);
    expect(phones('or 1 (212) 555-0143')).toEqual(['1 (212) 555-0143']);
  });

  it('national numbers of trunk-free plans without a label, grouped as the country writes them', () => {
    expect(phones('reach Lucia at 347 1234567 after six')).toEqual(['347 1234567']);
    expect(phones('llámame al 91 123 45 67 por la tarde')).toEqual(['91 123 45 67']);
    expect(phones('Ligue-me para 21 123 4567.')).toEqual(['21 123 4567']);
    expect(phones('zadzwoń 22 123 45 67 jutro')).toEqual(['22 123 45 67']);
  });

  it('digit runs grouped as amounts or references, or after a business label, stay', () => {
    expect(phones('amount 123 456 789')).toEqual([]);
    expect(phones('total 1 234 567 890')).toEqual([]);
    expect(phones('pedido 91 123 45 67')).toEqual([]);
    expect(phones('ref 4711 0815 42, version 2.10.345, order 2024-00123')).toEqual([]);
    expect(phones('Kwota 22 123 45 67 zł')).toEqual([]);
  });

  it('an extension belongs to its number', () => {
    expect(phones('office +44 (0)20 7946 0718 ext. 214.')).toEqual(['+44 (0)20 7946 0718 ext. 214']);
    expect(phones('call 312-555-0190 x231 or 1 (313) 555-0190 x 4418')).toEqual(['312-555-0190 x231', '1 (313) 555-0190 x 4418']);
    expect(phones('Telefoon werk: +31 (0)20 555 0192, toestel 318')).toEqual(['+31 (0)20 555 0192, toestel 318']);
    expect(phones('사무실은 02-3142-5507 (내선 204) 입니다')).toEqual(['02-3142-5507 (내선 204)']);
    expect(phones('办公室 (021) 6418 2290 转 8018。')).toEqual(['(021) 6418 2290 转 8018']);
  });

  it('groups set apart by a slash or a dash with spaces (DIN 5008 and older habits), a DIN extension, a case ending', () => {
    expect(phones('Telefon: 0341 / 49 18 27-0')).toEqual(['0341 / 49 18 27-0']);
    expect(phones('mijn vaste nummer is 010 - 441 82 27')).toEqual(['010 - 441 82 27']);
    expect(phones('oder mobil 0160 – 441 82 27.')).toEqual(['0160 – 441 82 27']);
    expect(phones('hívjon a +36 30 418 2271-es számon')).toEqual(['+36 30 418 2271']);
  });

  it('Chinese and Indian mobiles as written, a keypad-lettered toll-free number, labels in es-MX and pl', () => {
    expect(phones('请致电 139-1048-2271，')).toEqual(['139-1048-2271']);
    expect(phones('Contact: 9822 041 827 · son 7020-441-822')).toEqual(['9822 041 827', '7020-441-822']);
    expect(phones('my cell, 1-800-FIX-ROOF (forwards to me)')).toEqual(['1-800-FIX-ROOF']);
    expect(phones('Cel. 55 4418 2271 · kom. 604-118-227')).toEqual(['55 4418 2271', '604-118-227']);
  });

  it('a run written without grouping is a phone only at national length: 9 digits, or 10 after 00', () => {
    expect(phones('Firmennummer (Kundenkonto 00471209) und Reg.-Nr. 04711234')).toEqual([]);
    expect(phones('bel me op 0612345678 of 0031612345678')).toEqual(['0612345678', '0031612345678']);
    expect(phones('Tel.: 04711234')).toEqual(['04711234']);
  });

  it('references in these shapes stay', () => {
    expect(phones('part 1-800-ABC-1234X, order 2024 - 2025, SKU 9822-041-8270')).toEqual([]);
  });
});
