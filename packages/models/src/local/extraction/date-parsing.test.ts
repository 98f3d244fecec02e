import { describe, expect, it } from 'vitest';
import { findDates } from './date-parsing';

const first = (text: string, dayFirst = true) => findDates(text, { dayFirst })[0]?.iso;

describe('dates in several languages and formats', () => {
  it.each([
    ['2025-03-04', '2025-03-04'],
    ['04.03.2025', '2025-03-04'],
    ['4 March 2025', '2025-03-04'],
    ['March 4, 2025', '2025-03-04'],
    ['4. März 2025', '2025-03-04'],
    ['1er mars 2025', '2025-03-01'],
    ['4 mars 2025', '2025-03-04'],
    ['4 de marzo de 2025', '2025-03-04'],
    ['4 maggio 2025', '2025-05-04'],
    ['Fällig am 31. Dezember 2025.', '2025-12-31'],
    ['Datum vystavení:   26. 3. 2026', '2026-03-26'],
    ['Kelt: 2026. 03. 26.', '2026-03-26'],
  ])('%s → %s', (text, iso) => {
    expect(first(text)).toBe(iso);
  });

  it('reads slashed dates by the convention given and keeps the other reading', () => {
    expect(findDates('03/04/2025', { dayFirst: false })[0]).toMatchObject({ iso: '2025-03-04', alternative: '2025-04-03', ambiguous: true });
    expect(findDates('03/04/2025', { dayFirst: true })[0]).toMatchObject({ iso: '2025-04-03', alternative: '2025-03-04' });
    expect(findDates('13/04/2025', { dayFirst: false })[0]).toMatchObject({ iso: '2025-04-13', ambiguous: false });
  });

  it('rejects impossible dates', () => {
    expect(first('31.02.2025')).toBeUndefined();
    expect(first('2025-13-01')).toBeUndefined();
  });
});
