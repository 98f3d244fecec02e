import { describe, expect, it } from 'vitest';
import { customerRanges, inRanges } from './customer-block';
import { labelSegments } from './label-segments';
import { vatIdFields } from './tax-id-fields';
import { layoutOf } from './text-layout';

/** The buyer's block and the buyer's own tax id never give the seller's VAT id (BT-31). */
function vatId(text: string): string | undefined {
  const lines = layoutOf(text);
  return vatIdFields(text, labelSegments(text, lines), customerRanges(lines))[0]?.value;
}

describe("the buyer's block", () => {
  it('a buyer label alone in its cell heads the column of its value across the gap', () => {
    const text = ['  Fattura n.:        FPR 12/26', '  Cliente:           Trattoria Da Gino S.r.l.', '                     P.IVA 01234560789', '', 'Studio Verdi S.r.l. - P.IVA IT09876543210'].join('\n');
    const lines = layoutOf(text);
    expect(inRanges(customerRanges(lines), text.indexOf('01234560789'))).toBe(true);
    expect(vatId(text)).toBe('IT09876543210');
  });

  it("the next cell is not the buyer's when it is another label", () => {
    const text = ['Asiakas                    Laskun nro     4410', 'Oy Esimerkki Ab            Päiväys        30.3.2026'].join('\n');
    expect(inRanges(customerRanges(layoutOf(text)), text.indexOf('4410'))).toBe(false);
  });

  it('the number of the corrected "faktura VAT" is not a VAT id', () => {
    const text = ['FAKTURA KORYGUJĄCA nr FK 2/03/2026', 'do faktury VAT nr FV 17/02/2026 z dnia 2026-02-20', 'Sprzedawca: Serwis Nowak Sp. j.', 'NIP 521-000-11-22'].join('\n');
    expect(vatId(text)).toBe('5210001122');
  });

  it("the buyer's own tax-id labels ('Ihre UID') are not the seller's", () => {
    const text = ['Kundennummer:   K-1', 'Ihre UID:       ATU12345678', '', 'Druckerei Muster GmbH · Graz · UID ATU87654321'].join('\n');
    expect(vatId(text)).toBe('ATU87654321');
  });

  it('national tax-id practice: a Norwegian register number with its MVA suffix, a Quebec TPS number, a Finnish ALV-nro beside the Y-tunnus', () => {
    expect(vatId(['Fjellrev Snekkeri AS', 'Org.nr. 987 654 321 MVA', 'Faktura 118', 'Å betale 1 250,00'].join('\n'))).toBe('987654321MVA');
    expect(vatId(['Ébénisterie Tremblay inc.', 'No TPS : 123456789 RT0001      No TVQ : 1234567890 TQ0001', 'Facture 2026-14'].join('\n'))).toBe('123456789RT0001');
    const lithuanian = ['Pirkėjas:                             Tiekėjas:', 'UAB "Medis"                           UAB "Akmuo"', 'PVM mokėtojo kodas LT100001234567      PVM mokėtojo kodas LT100007654321'].join('\n');
    expect(vatId(lithuanian)).toBe('LT100007654321');
    expect(vatId(['Kuusela Rakennus Oy', 'Y-tunnus 1234567-1', 'Lasku 4410', 'ALV-nro FI12345671'].join('\n'))).toBe('FI12345671');
  });
});
