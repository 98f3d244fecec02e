import { describe, expect, it } from 'vitest';
import { assessCoverage } from './redaction-coverage';

describe('assessCoverage', () => {
  it('trusts Latin-script text in any of its languages, with digits and symbols', () => {
    expect(assessCoverage(['Rechnung Nr. 7 – Müller, Łódź, Nguyễn Văn An, 12.000 € / ¥ 3,000'])).toEqual({ certain: true, reason: null });
  });

  it('distrusts text in scripts the recognisers do not cover, naming them', () => {
    expect(assessCoverage(['Name: 渡辺 健二'])).toEqual({ certain: false, reason: 'uncovered script: Han' });
    expect(assessCoverage(['ok', 'मेरा नाम अमित तिवारी है'])).toEqual({ certain: false, reason: 'uncovered script: Devanagari' });
    expect(assessCoverage(['Иван Петров'])).toMatchObject({ certain: false, reason: 'uncovered script: Cyrillic' });
  });
});
