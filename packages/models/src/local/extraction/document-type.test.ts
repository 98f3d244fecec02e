import { describe, expect, it } from 'vitest';
import { documentTypeOf } from './document-type';
import { labelSegments } from './label-segments';
import { layoutOf } from './text-layout';

/** Receipts, invoices and credit notes told apart by title and settlement, in several languages. */
function typeOf(text: string): string {
  const lines = layoutOf(text);
  return documentTypeOf(lines, labelSegments(text, lines)).type;
}

describe('document type', () => {
  it.each([
    ['Padaria Sol\nFATURA SIMPLIFICADA FS 2/911\nPão   0,90\nTotal   0,90'],
    ['Café Norte\nFactura simplificada T-1182\nCafé   1,50\nTotal   1,50'],
    ['Pollería Sur\nBOLETA DE VENTA ELECTRÓNICA\nB001-0042\nTOTAL   S/ 22.00'],
    ['مخبز الواحة\nفاتورة ضريبية مبسطة\nرقم الفاتورة: 55\nالإجمالي 11.50'],
    ['Ravi Stores\nCASH BILL\nBill No: 42\nTotal  120.00'],
  ])('a simplified invoice or till slip is a receipt: %s', (text) => {
    expect(typeOf(text)).toBe('receipt');
  });

  it('an invoice with a number label stays an invoice when it was paid by card', () => {
    const text = 'Northwind Apps Ltd\nInvoice number: NA-2231\nSubscription   12.00\nTotal   12.00\nPaid with Visa ending 4242';
    expect(typeOf(text)).toBe('invoice');
  });

  it('a self-billed "Gutschrift" is an invoice, not a credit note', () => {
    const text = 'Erzeugergemeinschaft Süd eG\nGutschrift Nr.: EG-44\nAbrechnung im Gutschriftsverfahren\nNetto 100,00\nUSt 7,00\nAuszahlung 107,00';
    expect(typeOf(text)).toBe('invoice');
    expect(typeOf('Möbel Krause GmbH\nGutschrift Nr.: GS-12\nRückgabe Stuhl\nBetrag -89,00')).toBe('credit_note');
  });

  it('a letter-spaced Korean tax invoice title is an invoice; its corrected form with negative amounts a credit note', () => {
    const grid = '  합계금액        현금       수표\n  1,100,000       1,100,000\n';
    expect(typeOf(`          세 금 계 산 서\n  공급가액   1,000,000   세액   100,000\n${grid}`)).toBe('invoice');
    expect(typeOf(`          수 정 세 금 계 산 서\n  공급가액   -1,000,000   세액   -100,000\n  합계금액        현금\n  -1,100,000\n`)).toBe('credit_note');
  });

  it('a till slip with a card payment is a receipt though it prints an invoice or "Beleg" number', () => {
    expect(typeOf('Fresh Corner Market\nTAX INVOICE\nInv No: FC-2231\nCashier: 14  Till 2\nMilk   4.50\nTOTAL   4.50\nVISA   4.50')).toBe('receipt');
    expect(typeOf('Bäckerei Korn\nBeleg-Nr. 7781\nBrezel   1.20\nTotal   1.20\nBezahlt   1.20')).toBe('receipt');
  });
});
