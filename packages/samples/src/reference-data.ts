import { generateIban } from './iban-generator';
import { createRandom } from './seeded-random';
import { generateVatId } from './vat-id-generator';

export interface Vendor {
  id: string;
  canonicalName: string;
  /** Other spellings seen on documents: case, short name, long legal form. */
  variants: string[];
  country: string;
  currency: string;
  iban: string | null;
  vatId: string | null;
  /** How the VAT id is printed on this vendor's documents. */
  vatIdPrinted: string | null;
}

export interface Customer {
  id: string;
  name: string;
  emailDomain: string;
  /** The vendor-side customer number shape differs per vendor in reality; here a few shapes. */
  customerNumber: string;
}

export interface ReferenceData {
  vendors: Vendor[];
  customers: Customer[];
}

interface VendorSeed {
  base: string;
  form: string;
  longForm: string;
  country: string;
  currency: string;
}

// Legal forms and their spelled-out variants, as seen in letterheads.
const vendorSeeds: readonly VendorSeed[] = [
  { base: 'Acme Industrietechnik', form: 'GmbH', longForm: 'Gesellschaft mbH', country: 'DE', currency: 'EUR' },
  { base: 'Brandt & Söhne', form: 'KG', longForm: 'Kommanditgesellschaft', country: 'DE', currency: 'EUR' },
  { base: 'Nordlicht Software', form: 'AG', longForm: 'Aktiengesellschaft', country: 'DE', currency: 'EUR' },
  { base: 'Weber Logistik', form: 'GmbH', longForm: 'Gesellschaft mit beschränkter Haftung', country: 'DE', currency: 'EUR' },
  { base: 'Alpenblick Büromöbel', form: 'GmbH', longForm: 'Gesellschaft mbH', country: 'AT', currency: 'EUR' },
  { base: 'Helvetia Präzision', form: 'AG', longForm: 'Aktiengesellschaft', country: 'CH', currency: 'CHF' },
  { base: 'Lac Léman Consulting', form: 'SA', longForm: 'Société Anonyme', country: 'CH', currency: 'CHF' },
  { base: 'Papeterie Durand', form: 'SARL', longForm: 'Société à responsabilité limitée', country: 'FR', currency: 'EUR' },
  { base: 'Solutions Numériques Lefèvre', form: 'SAS', longForm: 'Société par actions simplifiée', country: 'FR', currency: 'EUR' },
  { base: 'Transports Moreau', form: 'SA', longForm: 'Société Anonyme', country: 'FR', currency: 'EUR' },
  { base: 'Brasserie Van Damme', form: 'NV', longForm: 'Naamloze Vennootschap', country: 'BE', currency: 'EUR' },
  { base: 'Grachten Data', form: 'B.V.', longForm: 'Besloten Vennootschap', country: 'NL', currency: 'EUR' },
  { base: 'Thames Office Supplies', form: 'Ltd', longForm: 'Limited', country: 'GB', currency: 'GBP' },
  { base: 'Pennine Engineering', form: 'plc', longForm: 'Public Limited Company', country: 'GB', currency: 'GBP' },
  { base: 'Highland Print Works', form: 'Ltd', longForm: 'Limited', country: 'GB', currency: 'GBP' },
  { base: 'Blue Ridge Analytics', form: 'LLC', longForm: 'Limited Liability Company', country: 'US', currency: 'USD' },
  { base: 'Cascade Cloud Services', form: 'Inc.', longForm: 'Incorporated', country: 'US', currency: 'USD' },
  { base: 'Lone Star Hardware', form: 'Corp.', longForm: 'Corporation', country: 'US', currency: 'USD' },
  { base: 'Suministros Ibéricos', form: 'S.L.', longForm: 'Sociedad Limitada', country: 'ES', currency: 'EUR' },
  { base: 'Talleres Navarro', form: 'S.A.', longForm: 'Sociedad Anónima', country: 'ES', currency: 'EUR' },
  { base: 'Officine Bianchi', form: 'S.r.l.', longForm: 'Società a responsabilità limitata', country: 'IT', currency: 'EUR' },
  { base: 'Nordvik Verktyg', form: 'AB', longForm: 'Aktiebolag', country: 'SE', currency: 'SEK' },
  { base: 'Wisła Meble', form: 'Sp. z o.o.', longForm: 'Spółka z ograniczoną odpowiedzialnością', country: 'PL', currency: 'PLN' },
  { base: 'Kessler Elektro', form: 'e.K.', longForm: 'eingetragener Kaufmann', country: 'DE', currency: 'EUR' },
];

/** Vendors that are not in the reference list: documents from them are flagged `unknownVendor`. */
export const unknownVendorSeeds: readonly VendorSeed[] = [
  { base: 'Falkenberg Messtechnik', form: 'GmbH', longForm: 'Gesellschaft mbH', country: 'DE', currency: 'EUR' },
  { base: 'Atelier Rousseau', form: 'SARL', longForm: 'Société à responsabilité limitée', country: 'FR', currency: 'EUR' },
  { base: 'Harbour Marine Parts', form: 'Ltd', longForm: 'Limited', country: 'GB', currency: 'GBP' },
  { base: 'Prairie Seed Company', form: 'LLC', longForm: 'Limited Liability Company', country: 'US', currency: 'USD' },
  { base: 'Distribuciones Ortega', form: 'S.L.', longForm: 'Sociedad Limitada', country: 'ES', currency: 'EUR' },
];

const customerSeeds = [
  ['Müller Haustechnik GmbH', 'mueller-haustechnik.de'],
  ['Bistro Central SARL', 'bistro-central.fr'],
  ['Greenfield Academy', 'greenfield.ac.uk'],
  ['Stadtwerke Kleinberg', 'stadtwerke-kleinberg.de'],
  ['Clinique des Alpes SA', 'clinique-alpes.ch'],
  ['Riverside Dental Group', 'riversidedental.com'],
  ['Hotel Seeblick', 'hotel-seeblick.at'],
  ['Boulangerie Martin', 'boulangerie-martin.fr'],
  ['Northwind Traders', 'northwind.example'],
  ['Fabryka Okien Nowak', 'okna-nowak.pl'],
  ['Café Amsterdam', 'cafe-amsterdam.nl'],
  ['Ferretería López', 'ferreteria-lopez.es'],
  ['Brightside Media Ltd', 'brightside-media.co.uk'],
  ['Autohaus Schneider', 'autohaus-schneider.de'],
  ['Lumen Architects LLC', 'lumenarch.com'],
  ['Pharmacie du Port', 'pharmacie-port.fr'],
] as const;

export function vendorRecord(seed: VendorSeed, id: string, seedNumber: number): Vendor {
  const random = createRandom(seedNumber);
  const canonicalName = `${seed.base} ${seed.form}`;
  const vat = generateVatId(seed.country, random);
  return {
    id,
    canonicalName,
    variants: [canonicalName.toUpperCase(), seed.base, `${seed.base} ${seed.longForm}`, canonicalName.replace(/\s+/g, ' ')].filter(
      (v, i, all) => all.indexOf(v) === i && v !== canonicalName,
    ),
    country: seed.country,
    currency: seed.currency,
    iban: seed.country === 'US' ? null : generateIban(seed.country, random),
    vatId: vat?.normalised ?? null,
    vatIdPrinted: vat?.printed ?? null,
  };
}

/** Fixed reference data: the same for every seed so documents of any run match one vendor list. */
export function buildReferenceData(): ReferenceData {
  const vendors = vendorSeeds.map((seed, i) => vendorRecord(seed, `V-${String(1001 + i)}`, 7000 + i));
  const random = createRandom(4242);
  const customers = customerSeeds.map(([name, emailDomain], i) => ({
    id: `C-${String(2001 + i)}`,
    name,
    emailDomain,
    customerNumber: random.pick([`CUST-${random.digits(5)}`, `KD-${random.digits(6)}`, `CL-${random.digits(4)}-${random.pick(['A', 'B', 'X'])}`, `${random.digits(7)}`]),
  }));
  return { vendors, customers };
}
