import { breakIban, printIban } from './iban-generator';
import { itemCatalogue } from './invoice-wording';
import { addDays, type Language } from './locale-formats';
import { unknownVendorSeeds, vendorRecord, type Customer, type Vendor } from './reference-data';
import type { Random } from './seeded-random';

/** What an invoice says, before any layout: values in cents and ISO dates. */
export interface InvoiceFacts {
  vendor: Vendor;
  vendorKnown: boolean;
  vendorPrinted: string;
  vendorAddress: string;
  vendorCity: string;
  vatIdPrinted: string | null;
  iban: string | null;
  ibanPrinted: string | null;
  badIban: boolean;
  customer: Customer;
  customerAddress: string;
  invoiceNumber: string | null;
  orderNumber: string | null;
  issueDate: string | null;
  dueDate: string | null;
  /** When set, the due date is printed as payment terms ("within 30 days") instead of a date. */
  termDays: number | null;
  currency: string;
  items: { description: string; quantity: number; unitCents: number; amountCents: number }[];
  netCents: number;
  taxRate: number;
  taxCents: number;
  totalCents: number;
  totalsMismatch: boolean;
  missing: string[];
}

const addresses: Record<string, readonly [string, string][]> = {
  DE: [['Hauptstraße 12', '10115 Berlin'], ['Industriestr. 7', '70565 Stuttgart'], ['Am Hafen 3', '20457 Hamburg']],
  AT: [['Mariahilfer Straße 88', '1070 Wien']],
  CH: [['Bahnhofstrasse 21', '8001 Zürich'], ['Rue du Rhône 14', '1204 Genève']],
  FR: [['12 rue de la Paix', '75002 Paris'], ['8 avenue Jean Jaurès', '69007 Lyon']],
  BE: [['Grote Markt 5', '2000 Antwerpen']],
  NL: [['Keizersgracht 150', '1015 CX Amsterdam']],
  GB: [['221 High Street', 'Leeds LS1 4AB'], ['14 King Street', 'Manchester M2 4LQ']],
  US: [['500 Market Street', 'Denver, CO 80202'], ['1200 Congress Ave', 'Austin, TX 78701']],
  ES: [['Calle Mayor 10', '28013 Madrid'], ['Avinguda Diagonal 200', '08018 Barcelona']],
  IT: [['Via Roma 45', '20121 Milano']],
  SE: [['Drottninggatan 30', '111 51 Stockholm']],
  PL: [['ul. Długa 15', '80-827 Gdańsk']],
};

const taxRates: Record<string, number> = { DE: 19, AT: 20, CH: 8.1, FR: 20, BE: 21, NL: 21, GB: 20, US: 0, ES: 21, IT: 22, SE: 25, PL: 23 };

function invoiceNumberFor(random: Random, year: string): string {
  return random.pick([
    `INV-${year}-${random.digits(5)}`,
    `RE-${random.digits(5)}`,
    `F${year}/${random.digits(4)}`,
    `${year}-${random.digits(4)}`,
    `A-${random.digits(6)}`,
    `${random.digits(7)}`,
    `FA${year.slice(2)}${random.digits(4)}`,
  ]);
}

export interface InvoiceFactsOptions {
  language: Language;
  vendors: readonly Vendor[];
  customers: readonly Customer[];
  errorRate: number;
}

export function buildInvoiceFacts(random: Random, options: InvoiceFactsOptions): InvoiceFacts {
  const vendorKnown = !random.chance(options.errorRate / 2);
  const vendor = vendorKnown
    ? random.pick(options.vendors)
    : vendorRecord(random.pick(unknownVendorSeeds), 'V-UNKNOWN', random.int(1, 1_000_000));
  const vendorPrinted = random.chance(0.5) ? vendor.canonicalName : random.pick([vendor.canonicalName, ...vendor.variants]);
  const [street, city] = random.pick(addresses[vendor.country] ?? addresses.DE!);
  const customer = random.pick(options.customers);
  const [cStreet, cCity] = random.pick(Object.values(addresses).flat());
  const issueDate = `2025-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  const termDaysChoice = random.pick([7, 10, 14, 30, 45, 60]);
  const dueDate = random.chance(0.85) ? addDays(issueDate, termDaysChoice) : null;
  const catalogue = itemCatalogue[options.language];
  const items = random.shuffle(catalogue).slice(0, random.int(1, 5)).map((description) => {
    const quantity = random.pick([1, 1, 2, 3, 5, 10, 12, 25]);
    const unitCents = random.pick([random.int(100, 9_999), random.int(1_000, 99_999), random.int(10_000, 250_000)]);
    return { description, quantity, unitCents, amountCents: quantity * unitCents };
  });
  const netCents = items.reduce((sum, item) => sum + item.amountCents, 0);
  const taxRate = taxRates[vendor.country] ?? 20;
  const taxCents = Math.round((netCents * taxRate) / 100);
  const totalsMismatch = random.chance(options.errorRate / 3);
  const totalCents = netCents + taxCents + (totalsMismatch ? random.pick([-1, 1]) * random.int(100, 5_000) : 0);
  const badIban = vendor.iban !== null && random.chance(options.errorRate / 3);
  const iban = vendor.iban === null ? null : badIban ? breakIban(vendor.iban, random) : vendor.iban;
  const missing: string[] = [];
  let invoiceNumber: string | null = invoiceNumberFor(random, issueDate.slice(0, 4));
  let printedIssueDate: string | null = issueDate;
  if (random.chance(options.errorRate / 3)) {
    if (random.chance(0.5)) {
      invoiceNumber = null;
      missing.push('invoiceNumber');
    } else {
      printedIssueDate = null;
      missing.push('issueDate');
    }
  }
  return {
    vendor,
    vendorKnown,
    vendorPrinted,
    vendorAddress: street,
    vendorCity: city,
    vatIdPrinted: random.chance(0.9) ? vendor.vatIdPrinted : null,
    iban,
    ibanPrinted: iban === null ? null : printIban(iban, random.chance(0.7)),
    badIban,
    customer,
    customerAddress: `${cStreet}, ${cCity}`,
    invoiceNumber,
    orderNumber: random.chance(0.45) ? random.pick([`PO-${random.digits(6)}`, `BE-${random.digits(5)}`, `${random.digits(8)}`, `ORD-${random.digits(4)}-${random.digits(3)}`]) : null,
    issueDate: printedIssueDate,
    dueDate,
    termDays: dueDate && printedIssueDate && random.chance(0.2) ? termDaysChoice : null,
    currency: vendor.currency === 'EUR' && random.chance(0.1) ? random.pick(['USD', 'GBP', 'CHF']) : vendor.currency,
    items,
    netCents,
    taxRate,
    taxCents,
    totalCents,
    totalsMismatch,
    missing,
  };
}

