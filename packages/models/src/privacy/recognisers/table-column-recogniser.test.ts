import { describe, expect, it } from 'vitest';
import { columnType, splitRow, tableColumnRecogniser } from './table-column-recogniser';

describe('table column recogniser', () => {
  it('types columns by their header in several languages, and not reference columns', () => {
    expect(['full_name', 'Nachname', 'prenom', 'dob', 'Geburtsdatum', 'ni_number', 'Steuer-ID', 'street', 'mobile'].map(columnType)).toEqual([
      'PERSON', 'PERSON', 'PERSON', 'DATE_OF_BIRTH', 'DATE_OF_BIRTH', 'NATIONAL_ID', 'NATIONAL_ID', 'ADDRESS', 'PHONE',
    ]);
    expect(['employee_id', 'num_salarie', 'company_name', 'city', 'loan_amount_inr'].map(columnType)).toEqual([null, null, null, null, null]);
  });

  it('splits quoted cells (RFC 4180) with their offsets', () => {
    const cells = splitRow('7712,"88 Cowley Road, Oxford",Plan 1', 10, ',');
    expect(cells.map((cell) => [cell.text, cell.start])).toEqual([
      ['7712', 10],
      ['88 Cowley Road, Oxford', 16],
      ['Plan 1', 40],
    ]);
  });

  it('finds every cell of the personal columns, and nothing in prose with commas', () => {
    const table = 'id;Nachname;Vorname;Gehalt\nP-1;Schäfer;Lena;48.250,00\nP-2;Kaya;Murat;65.000,00';
    expect(tableColumnRecogniser.find(table).map((f) => table.slice(f.start, f.end))).toEqual(['Schäfer', 'Lena', 'Kaya', 'Murat']);
    const prose = 'Née à Lyon, elle a été embauchée en 2019, pour une durée indéterminée.\nMerci, bonne journée, à bientôt';
    expect(tableColumnRecogniser.find(prose)).toEqual([]);
  });
});
