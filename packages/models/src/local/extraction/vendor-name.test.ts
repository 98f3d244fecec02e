import { beforeAll, describe, expect, it } from 'vitest';
import { targetsFor } from '../../extraction-targets';
import type { ExtractionModel } from '../../model-contracts';
import { createDefaultLocalExtractionModel } from './local-extraction-model';
import { namePart } from './vendor-fields';

/**
 * The seller's name (BT-27) by evidence: each case stands for a class found in error analysis on
 * the readable development corpora, written here with other names.
 */
let model: ExtractionModel;

async function vendor(text: string): Promise<string | undefined> {
  const result = await model.extract({ documentId: 'vendor', tenant: 't', kind: 'invoice', text }, targetsFor('invoice'));
  return result.value.find((f) => f.name === 'vendorName')?.value;
}

describe('vendor names', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
  });

  it('a street with a glued street word and a house number is an address, not the letterhead', async () => {
    const text = ['NORDLYS DESIGN ApS                                   FAKTURA', 'Havnegade 44, 1. sal · 8000 Aarhus C · Tlf. 86 12 34 56', 'CVR 12345678', '', 'Fakturanummer   311', 'I alt DKK   1.250,00'].join('\n');
    expect(await vendor(text)).toBe('NORDLYS DESIGN ApS');
  });

  it('a legal form alone ("SARL au capital de…", "Company:") is not a name', async () => {
    const text = ['ATELIER GIRARD & FILS', 'SARL au capital de 20 000 €', '3, rue Neuve', '69002 Lyon', '', 'FACTURE N° 88', 'Total TTC : 120,00 €', '', 'Atelier Girard & Fils SARL - RCS Lyon 512 000 111 - TVA FR12512000111'].join('\n');
    expect(await vendor(text)).toBe('Atelier Girard & Fils SARL');
  });

  it("the full legal name over a shorter form: a mailbox's display name, an account holder, a footer", async () => {
    const mail = ['From: Quillstone Billing <billing@quillstone.example>', 'Subject: Invoice QS-77', '', 'Invoice number: QS-77', 'Amount due: £20.00', '--', 'Quillstone Analytics Ltd, 4 Mill Lane, York YO1 7HH. Registered in England no. 01234567.'].join('\n');
    expect(await vendor(mail)).toBe('Quillstone Analytics Ltd');
    const holder = ['Marie Lefort EI', 'Traduction', '8, rue Haute', '67000 Strasbourg', '', 'Facture n° 2026-14', 'Total : 300,00 €', 'Titulaire : Marie Lefort', 'IBAN : FR76 3000 6000 0112 3456 7890 189'].join('\n');
    expect(await vendor(holder)).toBe('Marie Lefort EI');
  });

  it('prose around a legal name is not the name; a label with no value after it stays in the name', async () => {
    const text = ['Harbor Mobile Communications LLC', 'PO Box 100, Portland, OR 97201', '', 'Invoice # 0326-1', 'Total amount due    $88.10', '', 'Please make checks payable to Harbor Mobile Communications LLC.'].join('\n');
    expect(await vendor(text)).toBe('Harbor Mobile Communications LLC');
    expect(namePart('Quinta da Serra - Vinhos, Lda.')).toBe('Quinta da Serra - Vinhos, Lda.');
  });

  it('"Von:" past the head of a receipt is a route, not the seller; brackets before a legal form stay in the name', async () => {
    const taxi = ['Funktaxi Weber GmbH', 'Ordnungs-Nr. 77', 'Hansaring 4', '50670 Köln', '------------', 'QUITTUNG   Beleg-Nr. 5521', 'Datum: 18.03.2026', 'Fahrer: 12', 'Wagen: 3', 'Von : Dom / Hbf', 'Nach: Messe Deutz', 'Betrag  EUR  18,40'].join('\n');
    expect(await vendor(taxi)).toBe('Funktaxi Weber GmbH');
    expect(namePart('Harrow Inns (Kent) Ltd')).toBe('Harrow Inns (Kent) Ltd');
    expect(namePart('Harrow Inns (formerly The Bell)')).toBe('Harrow Inns');
  });

  it('the value of a label beside the letterhead is a field, not the seller', async () => {
    const text = ['                 THE HARBOUR VIEW HOTEL', '            2 Shore Road, Portree IV51 9DX', '', 'Guest:    Ms. Ann Lee              Folio No.:   5521', 'Company:  Example Analytics LLC     Room:        12', '', 'Balance due    £310.00'].join('\n');
    expect(await vendor(text)).toBe('THE HARBOUR VIEW HOTEL');
  });
});
