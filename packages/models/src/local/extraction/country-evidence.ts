import { findCurrencies, type CurrencyMention } from './currency-detection';
import { findIbans } from './iban-check';

/**
 * What the whole document says about where it comes from, weighed, for the decisions a single
 * line cannot make: the order of day and month in "03/04/2025", and which dollar, krona or yen
 * a bare symbol means. Each cue has a weight; a decision needs a margin of at least 2, so one
 * weak cue ("USD accepted" on a British invoice) never decides alone. Linear in the text.
 */
export interface CountryEvidence {
  /** true: day before month; false: month before day; null: the document does not say. */
  dayFirst: boolean | null;
  /** Set when a slashed date with a part > 12 decided the order (the strongest evidence). */
  dateOrderFromDates: boolean;
  dollar: string | null;
  /** True when a US cue (address with state and ZIP, EIN, US phone, "USD") backs a bare "$". */
  usCues: boolean;
  krona: string | null;
  yen: string | null;
  currencies: CurrencyMention[];
  /**
   * The currency of the country the document comes from, for a document that prints no currency
   * mark at all (till receipts): the seller's IBAN country, a US address, or a language spoken in
   * one currency area only. Null when none of them says.
   */
  nationalCurrency: string | null;
  /** The currency area the document's own cues name (tax ids, tax names, cities), if any. */
  byCues: string | null;
}

// IBAN country → currency, for countries outside the euro area and the euro area's members.
const ibanCurrency: Record<string, string> = {
  GB: 'GBP', CH: 'CHF', LI: 'CHF', NO: 'NOK', SE: 'SEK', DK: 'DKK', IS: 'ISK', PL: 'PLN', CZ: 'CZK', HU: 'HUF', RO: 'RON', BG: 'BGN', RS: 'RSD', TR: 'TRY', AE: 'AED', SA: 'SAR', IL: 'ILS',
  EG: 'EGP', QA: 'QAR', KW: 'KWD', BH: 'BHD', JO: 'JOD', TN: 'TND', LB: 'LBP', PK: 'PKR', BR: 'BRL', UA: 'UAH', GE: 'GEL', AZ: 'AZN', KZ: 'KZT', MD: 'MDL', MK: 'MKD', AL: 'ALL', BA: 'BAM', MR: 'MRU', MU: 'MUR',
  MC: 'EUR', SM: 'EUR', VA: 'EUR', AD: 'EUR', ME: 'EUR', XK: 'EUR',
  DE: 'EUR', AT: 'EUR', FR: 'EUR', BE: 'EUR', NL: 'EUR', LU: 'EUR', IT: 'EUR', ES: 'EUR', PT: 'EUR', IE: 'EUR', FI: 'EUR', GR: 'EUR', SK: 'EUR', SI: 'EUR', EE: 'EUR', LV: 'EUR', LT: 'EUR', HR: 'EUR', MT: 'EUR', CY: 'EUR',
};
// Languages spoken (as a business document's language) in one currency area only.
const languageCurrency: Record<string, string> = { pl: 'PLN', cs: 'CZK', hu: 'HUF', ro: 'RON', tr: 'TRY', da: 'DKK', sv: 'SEK', no: 'NOK', nb: 'NOK', nn: 'NOK', ja: 'JPY', ko: 'KRW', id: 'IDR', vi: 'VND', he: 'ILS', th: 'THB', bg: 'BGN', fi: 'EUR', el: 'EUR', sk: 'EUR', sl: 'EUR', et: 'EUR', lv: 'EUR', lt: 'EUR', hr: 'EUR' };

const usState = '(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)';
const cues = {
  usAddress: new RegExp(`(?<![A-Z])${usState},?\\s+\\d{5}(?:-\\d{4})?(?!\\d)`),
  ukPostcode: /(?<![A-Z0-9])(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) \d[ABD-HJLNP-UW-Z]{2}(?![A-Z0-9])/,
  caPostcode: /(?<![A-Z0-9])[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d(?![A-Z0-9])/,
  caProvince: /(?<![A-Z])(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU)\s+[A-Z]\d[A-Z] ?\d[A-Z]\d/,
  auState: /(?<![A-Z])(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}(?!\d)/,
  gstHst: /GST\/HST|(?<![A-Z])HST(?![A-Z])|(?<![A-Z])QST(?![A-Z])|(?<![A-Z])PST(?![A-Z])/,
  abn: /(?<![A-Za-z])(?:ABN|A\.B\.N\.)(?![A-Za-z])/,
  nz: /(?<![A-Za-z])(?:NZBN|NZ|New Zealand|Aotearoa|Auckland|Wellington|Christchurch|Dunedin|Tauranga|IRD)(?![A-Za-z])/,
  // Peso countries by their tax ids and authorities: AFIP's CUIT (AR), the SII's RUT (CL), the DIAN (CO; its NIT is also Guatemala's and Bolivia's).
  argentina: /(?<![A-Za-z])(?:CUIT|C\.U\.I\.T\.|AFIP|ARCA|Argentina|Buenos Aires|Responsable Inscripto)(?![A-Za-z])/,
  chile: /(?<![A-Za-z])(?:RUT|R\.U\.T\.|SII|Chile|Santiago)(?![A-Za-z])/,
  colombia: /(?<![A-Za-z])(?:DIAN|Colombia|Bogotá|Medellín|Barranquilla)(?![A-Za-z])/,
  uruguay: /(?<![A-Za-z])(?:Uruguay|Montevideo|DGI)(?![A-Za-z])/,
  taiwan: /(?<![A-Za-z])(?:Taiwan|Taipei)(?![A-Za-z])|統一編號|台灣|臺灣|台北|臺北/,
  hongKong: /(?<![A-Za-z])(?:Hong Kong|Kowloon)(?![A-Za-z])|香港/,
  mexico: /(?<![A-Za-z])(?:RFC|CFDI|México|Mexico|CDMX)(?![A-Za-z])/,
  singapore: /(?<![A-Za-z])(?:Singapore|UEN)(?![A-Za-z])/,
  ein: /(?<![A-Za-z])(?:EIN|Sales Tax)(?![A-Za-z])/,
  usPhone: /\+1[\s-]?\(?\d{3}\)?[\s-]?\d{3}-\d{4}|\(\d{3}\)\s?\d{3}-\d{4}/,
  europePhone: /\+(?:3\d|4[0-9]|35\d|37\d|38\d|42\d)[\s\d]/,
  gstin: /(?<![A-Z0-9])\d{2}[A-Z]{5}\d{4}[A-Z][A-Z0-9]Z[A-Z0-9](?![A-Z0-9])|GSTIN/,
  sweden: /(?<![\p{L}])(?:moms|Momsreg|Bankgiro|Plusgiro|Sverige|Sweden|Stockholm|Göteborg|Malmö|Org\.?nr)(?![\p{L}])/iu,
  norway: /(?<![\p{L}])(?:MVA|Norge|Norway|Oslo|Bergen|Foretaksregisteret)(?![\p{L}])/u,
  denmark: /(?<![\p{L}])(?:CVR|Danmark|Denmark|København|Aarhus|moms i alt)(?![\p{L}])/iu,
  japan: /[\p{Script=Hiragana}\p{Script=Katakana}]|(?<![A-Za-z])(?:Japan|Tokyo|Osaka|〒)/u,
  china: /(?<![A-Za-z])(?:RMB|China|Shanghai|Beijing|Shenzhen)(?![A-Za-z])|人民币|增值税/,
};

// Countries by what their documents print (tax ids and their labels, tax names, cities, legal
// forms), for a document with no currency mark and for marks shared by several currencies
// ("DH", "FCFA", "元"). Each cue is specific to one currency area; the first that matches wins.
const nationalCues: readonly { currency: string; cue: RegExp }[] = [
  { currency: 'INR', cue: /GSTIN|(?<![A-Z])(?:CGST|SGST|IGST)(?![A-Z])/ },
  { currency: 'PEN', cue: /(?<![\p{L}])(?:IGV|SUNAT|Boleta de Venta|Lima|Perú)(?![\p{L}])/u },
  { currency: 'IDR', cue: /(?<![\p{L}])(?:NPWP|PPN|Faktur Pajak|Jakarta|Surabaya|Bandung|Indonesia)(?![\p{L}])/u },
  { currency: 'VND', cue: /(?<![\p{L}])(?:GTGT|Mã số thuế|MST|Hà Nội|TP\.\s?HCM|Hồ Chí Minh|Việt Nam)(?![\p{L}])/u },
  { currency: 'MYR', cue: /(?<![\p{L}])(?:Sdn\.? Bhd\.?|Berhad|Kuala Lumpur|Selangor|Johor|Malaysia)(?![\p{L}])/u },
  { currency: 'PHP', cue: /(?<![\p{L}])(?:VAT REG TIN|BIR|Brgy\.?|Manila|Makati|Quezon City|Philippines)(?![\p{L}])/u },
  { currency: 'THB', cue: /\p{Script=Thai}/u },
  { currency: 'KRW', cue: /\p{Script=Hangul}/u },
  { currency: 'JPY', cue: /[\p{Script=Hiragana}\p{Script=Katakana}]/u },
  { currency: 'TWD', cue: /統一編號|電子發票|臺灣|台灣|台北|臺北|新北|(?<![A-Za-z])(?:Taiwan|Taipei)(?![A-Za-z])/ },
  { currency: 'HKD', cue: /香港|(?<![A-Za-z])(?:Hong Kong|Kowloon)(?![A-Za-z])/ },
  { currency: 'CNY', cue: /税号|增值税|人民币|发票|有限公司|(?<![A-Za-z])(?:China|Shanghai|Beijing|Shenzhen)(?![A-Za-z])/ },
  { currency: 'TRY', cue: /(?<![\p{L}])(?:A\.Ş\.|KDV|V\.D\.|Vergi Dairesi|Türkiye|İstanbul|İSTANBUL|Ankara|İzmir)(?![\p{L}])/u },
  { currency: 'SAR', cue: /الرياض|جدة|الدمام|المملكة العربية السعودية|(?<![A-Za-z])(?:Riyadh|Jeddah|Dammam|Saudi Arabia|KSA)(?![A-Za-z])/ },
  { currency: 'AED', cue: /دبي|أبوظبي|الشارقة|الإمارات|(?<![A-Za-z])(?:Dubai|Abu Dhabi|Sharjah|UAE|United Arab Emirates)(?![A-Za-z])/ },
  { currency: 'EGP', cue: /القاهرة|الجيزة|الإسكندرية|مصر|(?<![A-Za-z])(?:Cairo|Giza|Alexandria|Egypt)(?![A-Za-z])/ },
  { currency: 'MAD', cue: /(?<![\p{L}])(?:Maroc|Morocco|Casablanca|Rabat|Marrakech|Tanger|Agadir|Fès|ICE)(?![\p{L}])/u },
  // UEMOA (XOF) and CEMAC (XAF) members by name, capital and the NINEA / RCCM registrations.
  { currency: 'XOF', cue: /(?<![\p{L}])(?:Sénégal|Senegal|Dakar|NINEA|Côte d'Ivoire|Côte d’Ivoire|Abidjan|Mali|Bamako|Burkina Faso|Ouagadougou|Niger|Niamey|Togo|Lomé|Bénin|Cotonou|Guinée-Bissau)(?![\p{L}])/u },
  { currency: 'XAF', cue: /(?<![\p{L}])(?:Cameroun|Cameroon|Douala|Yaoundé|Gabon|Libreville|Tchad|N'Djamena|Congo|Brazzaville|Centrafrique|Bangui|Guinée équatoriale|Malabo)(?![\p{L}])/u },
  { currency: 'GHS', cue: /(?<![\p{L}])(?:Ghana|Accra|Kumasi|NHIL|GETFund)(?![\p{L}])/u },
  { currency: 'NGN', cue: /(?<![\p{L}])(?:Nigeria|Lagos|Abuja)(?![\p{L}])/u },
  { currency: 'KES', cue: /(?<![\p{L}])(?:Kenya|Nairobi|Mombasa|KRA PIN)(?![\p{L}])/u },
  { currency: 'ZAR', cue: /(?<![\p{L}])(?:\(Pty\) Ltd|South Africa|Johannesburg|Cape Town|Durban|Pretoria)(?![\p{L}])/u },
];

const dayFirstCurrencies = new Set(['EUR', 'GBP', 'INR', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'BRL', 'MXN', 'TRY', 'ZAR', 'AED', 'SGD', 'BGN']);

/** Decides the day/month order from slashed or dashed numeric dates with a part above 12. */
function orderFromDates(text: string): boolean | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const m of text.matchAll(/(?<![\d.])(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d])/g)) {
    if (Number(m[1]) > 12 && Number(m[3]) <= 12) dayFirst = true;
    if (Number(m[3]) > 12 && Number(m[1]) <= 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? null : dayFirst;
}

export function countryEvidence(text: string, language: string): CountryEvidence {
  const currencies = findCurrencies(text);
  const has = (re: RegExp) => re.test(text);
  const codes = new Set(currencies.filter((c) => c.unambiguous).map((c) => c.currency));
  const ibanCountries = new Set(findIbans(text).map((i) => i.iban.slice(0, 2)));

  const fromDates = orderFromDates(text);
  let dayFirst: boolean | null = fromDates;
  if (dayFirst === null) {
    let day = 0;
    let month = 0;
    if (language !== 'en' && language !== 'und' && language !== 'ja' && language !== 'zh') day += 3;
    if ([...codes].some((c) => dayFirstCurrencies.has(c))) day += 2;
    if (ibanCountries.size > 0) day += 2;
    if (has(cues.ukPostcode)) day += 2;
    if (has(cues.gstin) || has(cues.abn)) day += 2;
    if (has(cues.europePhone)) day += 1;
    if (has(cues.usAddress)) month += 3;
    if (has(cues.ein)) month += 1;
    if (has(cues.usPhone)) month += 1;
    if (codes.has('USD') || currencies.some((c) => c.family === 'dollar')) month += 1;
    if (/(?<![\p{L}])(?:Inc\.|LLC|Corp\.)/u.test(text)) month += 1;
    if (day - month >= 2) dayFirst = true;
    else if (month - day >= 2) dayFirst = false;
  }

  let dollar: string | null = null;
  if (has(cues.caProvince) || has(cues.gstHst) || (has(cues.caPostcode) && !has(cues.usAddress))) dollar = 'CAD';
  else if (has(cues.abn) || has(cues.auState)) dollar = 'AUD';
  else if (has(cues.nz)) dollar = 'NZD';
  else if (has(cues.mexico) && (language === 'es' || has(/IVA/))) dollar = 'MXN';
  else if (has(cues.singapore)) dollar = 'SGD';
  else if (has(cues.argentina)) dollar = 'ARS';
  else if (has(cues.uruguay)) dollar = 'UYU';
  else if (has(cues.chile)) dollar = 'CLP';
  else if (has(cues.colombia)) dollar = 'COP';
  else if (has(cues.taiwan)) dollar = 'TWD';
  else if (has(cues.hongKong)) dollar = 'HKD';
  else if (currencies.some((c) => c.family === 'dollar')) dollar = 'USD';
  const usCues = has(cues.usAddress) || has(cues.ein) || has(cues.usPhone) || codes.has('USD');

  let krona: string | null = null;
  if (ibanCountries.has('NO') || language === 'no' || language === 'nb' || language === 'nn' || has(cues.norway)) krona = 'NOK';
  else if (ibanCountries.has('DK') || language === 'da' || has(cues.denmark)) krona = 'DKK';
  else if (ibanCountries.has('IS') || language === 'is') krona = 'ISK';
  else if (ibanCountries.has('SE') || language === 'sv' || has(cues.sweden)) krona = 'SEK';

  let yen: string | null = null;
  if (has(cues.china) || language === 'zh') yen = 'CNY';
  else if (has(cues.japan) || language === 'ja') yen = 'JPY';

  const byCues = nationalCues.find((c) => has(c.cue))?.currency ?? null;
  // A US address with its ZIP, or (till slips print no ZIP) a US phone number beside a sales tax
  // line or a "City, ST" address, and nothing Canadian.
  const usLocal = has(cues.usAddress) || (has(cues.usPhone) && (/sales tax/i.test(text) || new RegExp(`[a-z], ${usState}(?![A-Za-z])`).test(text)) && dollar !== 'CAD') ? 'USD' : null;
  const ibanCountry = findIbans(text)[0]?.iban.slice(0, 2);
  const nationalCurrency = (ibanCountry && ibanCurrency[ibanCountry]) || usLocal || byCues || languageCurrency[language] || null;

  return { dayFirst, dateOrderFromDates: fromDates !== null, dollar, usCues, krona, yen, currencies, nationalCurrency, byCues };
}

/** The currency a mention stands for in this document (ambiguous symbols resolved by evidence). */
export function resolveCurrency(mention: CurrencyMention, evidence: CountryEvidence): { currency: string; resolved: boolean } {
  if (mention.unambiguous) return { currency: mention.currency, resolved: true };
  if (mention.family === 'dollar') {
    const currency = evidence.dollar ?? 'USD';
    return { currency, resolved: currency !== 'USD' || evidence.usCues };
  }
  if (mention.family === 'yuan') {
    const currency = evidence.byCues === 'TWD' || evidence.byCues === 'HKD' ? evidence.byCues : 'CNY';
    return { currency, resolved: true };
  }
  const settles = (allowed: readonly string[]) => (evidence.byCues && allowed.includes(evidence.byCues) ? evidence.byCues : null);
  const byFamily =
    mention.family === 'krona' ? evidence.krona
    : mention.family === 'yen' ? evidence.yen
    : mention.family === 'dirham' ? settles(['MAD', 'AED'])
    : mention.family === 'cfa' ? settles(['XOF', 'XAF'])
    : null;
  return byFamily ? { currency: byFamily, resolved: true } : { currency: mention.currency, resolved: false };
}
