import type { Finding, Recogniser } from '../personal-data-types';
import { cueAlternation, labelSeparator } from './cue-pattern';
import { otherScriptAddresses } from './other-script-addresses';

const capitalised = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);
// Street types that stand as a word of their own (`Lange Straße 5`); `Plan 1`, `Park 3` do not.
const standaloneStreetWords = ['Straße', 'Strasse', 'Str.', 'Weg', 'Gasse', 'Platz', 'Allee', 'Damm', 'Ufer', 'Chaussee', 'Straat', 'Laan', 'Plein', 'Gracht', 'Kade', 'Singel', 'Gatan', 'Vägen', 'Väg', 'Gata', 'Vej', 'Gade'];
const word = String.raw`\p{Lu}[\p{L}'’.-]*`;
const anyWord = String.raw`[\p{L}'’.-]+`;
// `12a`, `22/B`, `45/12`; a letter is no suffix when a flat number follows it (`118 m. 22`). An
// addition written out stays with the number (NL `48 bis`, `12-hs`; FR/IT/ES `5 bis`, `7 ter`).
const houseNumber = String.raw`\d{1,5}(?:[ \t]?[a-zA-Z](?![\p{L}]|\.[ \t]?\d))?(?:[ \t]?[-/][ \t]?(?:\d{1,4}[a-zA-Z]?|[a-zA-Z](?![\p{L}])))?(?:[ \t-](?:bis|ter|quater|hs|huis|bg)(?![\p{L}]))?`;
// ", Apt 2B", ", 3º 2ª", ", m. 12", ", Flat 4", " bus 3": what follows a house number on the line.
const unitWords = ['apt.', 'apt', 'apartment', 'unit', 'suite', 'ste.', 'flat', 'floor', 'fl.', '#', 'no.', 'wohnung', 'whg.', 'etage', 'app.', 'appartement', 'bât.', 'bâtiment', 'esc.', 'escalera', 'piso', 'puerta', 'pta.', 'int.', 'interno', 'scala', 'piano', 'bus', 'm.', 'lok.', 'apto.', 'apto', 'ap.', 'bloco', 'bl.', 'sala', 'conj.', 'andar', 'dto.', 'lgh', 'daire', 'd:', 'kat', 'no:'];
const unitAlternation = cueAlternation([...unitWords, ...unitWords.map((w) => w.charAt(0).toUpperCase() + w.slice(1))]);
// Nordic floors and sides come after their number: SE `4 tr` (trappor), `2 vån`; DK `2. th.`, `st. tv`.
const nordicFloor = String.raw`,?[ \t](?:\d{1,2}\.[ \t]?|\d{1,2}[ \t]|st\.?[ \t]?)(?:tr|trappor|vån|våning|th|tv|mf|sal|etg|etasje)\.?(?![\p{L}])`;
const unit = String.raw`(?:${nordicFloor}|,?[ \t](?:${unitAlternation})[ \t]?[\w/º°ª-]{1,6}|,[ \t]\d{1,2}\.?[ \t]?[º°ªo]\.?[ \t]?(?:\d{1,2}[ \t]?[ªa]?|(?:Esq|Dto|Dt|Frt|Izq|Dcha|Drcha)\.?|[A-Za-z]{1,4})?)*`;
// `Flat 4, 27 Cranbrook Road`: a flat or unit written before the house number.
const unitBefore = String.raw`(?:(?:Flat|Apt\.?|Apartment|Unit|Suite|Room)[ \t][\w-]{1,5},?[ \t])?`;

const englishStreetTypes = [
  'street', 'st', 'st.', 'road', 'rd', 'rd.', 'avenue', 'ave', 'ave.', 'lane', 'ln', 'ln.', 'drive', 'dr', 'dr.', 'boulevard', 'blvd', 'blvd.',
  'way', 'court', 'ct', 'ct.', 'place', 'pl', 'pl.', 'terrace', 'close', 'crescent', 'square', 'sq', 'parkway', 'pkwy', 'highway', 'hwy',
  'circle', 'cir', 'trail', 'row', 'mews', 'gardens', 'grove', 'walk', 'hill', 'rise', 'view', 'green', 'park', 'path', 'nagar', 'marg', 'colony',
  'layout', 'cross', 'main', 'sector', 'chowk', 'enclave', 'vihar', 'bagh',
];
const frenchStreetTypes = [
  'rue', 'avenue', 'av.', 'boulevard', 'bd', 'bld', 'chemin', 'place', 'allée', 'impasse', 'quai', 'route', 'cours', 'square', 'passage', 'voie',
  'faubourg', 'résidence', 'rond-point', 'sentier', 'hameau', 'lieu-dit', 'montée', 'promenade', 'esplanade',
];
// Written before the street name. Capitalised as in addresses (`Via Roma 5`, `Calle Mayor 12`):
// the same words in lower case are prose (`via UPS`, `plaza de garaje`); Polish `ul.`, `al.`,
// `os.`, `pl.` and Spanish `c/` are written in lower case.
const leadingStreetTypes = [
  'Calle', 'C/', 'Avda.', 'Avda', 'Avenida', 'Paseo', 'Pº', 'Plaza', 'Pza.', 'Carrer', 'Carretera', 'Camino', 'Ronda', 'Travesía', 'Glorieta', 'Rambla',
  'Via', 'Viale', 'Piazza', 'P.za', 'Corso', 'Largo', 'Vicolo', 'Strada', 'Contrada', 'Borgo', 'Lungomare', 'Piazzale',
  'ul.', 'Ul.', 'ulica', 'al.', 'Al.', 'aleja', 'os.', 'Os.', 'osiedle', 'pl.', 'Pl.', 'plac', 'c/',
  'Rua', 'R.', 'Av.', 'Travessa', 'Tv.', 'Praça', 'Estrada', 'Alameda', 'Rodovia', 'Beco', 'Calçada',
  'Caddesi', 'Cad.', 'Cd.', 'Sokak', 'Sokağı', 'Sok.', 'Sk.', 'Mahallesi', 'Mah.', 'Mh.', 'Bulvarı', 'Blv.',
  'Đường', 'Phố', 'Số', 'Ngõ', 'Hẻm', 'Chaussée',
  // Belgian, Swiss and Luxembourg French: the type first, the number after (`Rue de la Loi 16`).
  'Rue', 'Avenue', 'Boulevard', 'Chemin', 'Quai', 'Impasse', 'Allée', 'Route', 'Am', 'An der', 'An den', 'Auf der', 'Auf dem', 'In der', 'Unter den', 'Im', 'Zum', 'Zur',
];
// Germanic, Dutch and Scandinavian streets end in their type: Bahnhofstraße, Kerkstraat, Storgatan.
const streetSuffixes: readonly string[] = [
  'straße', 'strasse', 'str.', 'weg', 'gasse', 'platz', 'allee', 'ring', 'damm', 'ufer', 'chaussee', 'steig', 'pfad', 'markt', 'berg', 'graben', 'hof', 'tor',
  'straat', 'laan', 'plein', 'gracht', 'kade', 'singel', 'dijk', 'dreef', 'steeg', 'pad', 'weg', 'wal', 'haven', 'park',
  'gatan', 'vägen', 'väg', 'gränd', 'torget', 'stigen', 'allén', 'backe', 'plan', 'gade', 'vej', 'veien', 'gata', 'vegen',
];

const turkishStreetTypes = ['Caddesi', 'Cad.', 'Cd.', 'Sokak', 'Sokağı', 'Sok.', 'Sk.', 'Bulvarı', 'Blv.', 'Mahallesi', 'Mah.', 'Mh.'];
const lowerTurkishStreetTypes = turkishStreetTypes.map((type) => type.toLocaleLowerCase('tr'));
const lowerWord = String.raw`\p{Ll}[\p{L}'’.-]*`;

/**
 * Turkish addresses (PTT's format): neighbourhood `Mah.`, avenue `Cad.`, street `Sok.` (numbered
 * streets too: `1418. Sok.`), each after its name, then `No:7 D:3` (door, flat), an optional 5-digit
 * postcode and `district/province`. In lower case (a chat) the `no:` must be written.
 */
function turkishStreet(name: string, types: readonly string[], numberLabel: string): RegExp {
  const part = String.raw`(?:(?:${name}|\d{1,5}\.)[ \t]){1,3}(?:${cueAlternation(types)})`;
  const door = String.raw`(?:[ \t/]*(?:D|Daire|Kat|d|daire|kat)[:.]?[ \t]?\d{1,3})*`;
  const district = String.raw`(?:[ \t,]+(?:\d{5}[ \t]+)?${name}[ \t]?/[ \t]?${name})?`;
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${part}(?:[ \t]${part}){0,2}[ \t,]*${numberLabel}\d{1,4}[A-Za-z]?(?![\p{L}\d])${door}${district}`, 'gu');
}

// Hungarian streets (Magyar Posta): the name, then the type in lower case (`Bartók Béla út`,
// `Petőfi u.`, `Kossuth tér`), the house number with its period and the floor/door (`62. III/8.`,
// `41. 2/6.`, `5. fszt. 2.`, `3. 2. em. 4.`).
const hungarianStreetTypes = ['utca', 'u.', 'út', 'útja', 'körút', 'krt.', 'tér', 'tere', 'köz', 'sor', 'sétány', 'rakpart', 'fasor', 'lakótelep', 'ltp.', 'liget', 'dűlő', 'sugárút', 'park', 'udvar', 'lejtő', 'lépcső'];
const hungarianFloor = String.raw`(?:,?[ \t](?:(?:[IVX]{1,4}|\d{1,2})\.?[ \t]?/[ \t]?\d{1,3}|(?:[IVX]{1,4}\.|\d{1,2}\.|m?fszt\.?)[ \t]?(?:em(?:elet)?\.?[ \t]?)?\d{1,3}(?:\.?[ \t]?ajtó)?)\.?(?![\p{N}]))?`;
const hungarianStreet = new RegExp(String.raw`(?<![\p{L}])(?:${word}[ \t]){1,3}(?:${cueAlternation(hungarianStreetTypes)})[ \t]\d{1,4}(?:[/-]\d{1,4})?(?:/?[A-Za-z](?![\p{L}]))?\.?${hungarianFloor}`, 'gu');

// In a chat, streets are written in lower case (`44 ngong road, apt 3b`): only the commonest types,
// and not after a measure or a determiner (`20 minutes down the road`).
const lowerStreet = new RegExp(String.raw`(?<![\w.,/-])\d{1,5}[a-z]?,?[ \t]((?:\p{Ll}+[ \t]){1,3})(?:street|road|avenue|lane|drive|boulevard|rd|st|ave)(?![\p{L}])\.?${unit}`, 'gu');
const notStreetNames = /(?:^|[ \t])(?:the|a|an|my|your|his|her|our|their|this|that|of|on|in|at|to|down|up|from|along|across|off|more|other|min|mins|minutes|hours|days|weeks|km|miles|metres|meters|blocks|times|lanes|way)[ \t]/u;

const streetPatterns: readonly RegExp[] = [
  // Bağdat Caddesi No: 120 D: 5 · Cumhuriyet Mah. Atatürk Cad. No:12 · bahçe mah. 12. sok. no:7 d:3 çankaya/ankara
  turkishStreet(word, turkishStreetTypes, String.raw`(?:No[:.]?[ \t]?)?`),
  turkishStreet(lowerWord, lowerTurkishStreetTypes, String.raw`no[:.][ \t]?`),
  hungarianStreet,
  // PO Box 123 · Postfach 12 34 · BP 123 · Apartado 45 · Casella postale 12 · Postbus 123 · Skrytka pocztowa 7 · Box 44
  /(?<![\p{L}])(?:P\.?\s?O\.?\s?Box|Postfach|B\.?P\.?|Boîte postale|Apartado(?: de correos)?|Casella postale|Postbus|Skrytka pocztowa|Caixa postal|Box|Posta kutusu)[ \t]\d{1,6}(?:[ \t]\d{2,4})?/gu,
  // 4417 Larkspur Lane, Apt 2B · 27 Albert Road · 12B Baker St.
  new RegExp(
    String.raw`(?<![\w.,/-])${unitBefore}\d{1,5}[A-Za-z]?,?[ \t](?:${word}[ \t]){1,4}(?:${cueAlternation([...englishStreetTypes.map(capitalised), ...englishStreetTypes.map((t) => t.toUpperCase())])})(?![\p{L}])\.?(?:[ \t](?:N|S|E|W|NE|NW|SE|SW)(?![\w]))?${unit}`,
    'gu',
  ),
  // 12 rue des Tanneurs · 5 bis avenue de la République
  new RegExp(String.raw`(?<![\w.,/-])\d{1,4}(?:[ \t]?(?:bis|ter|[A-Za-z]))?,?[ \t](?:${cueAlternation(frenchStreetTypes)})[ \t](?:${anyWord}[ \t]){0,5}${anyWord}${unit}`, 'giu'),
  // Calle Mayor 12, 3º 2ª · ul. Długa 45/12 · Rua das Flores, 123 · Via Roma 5 · Atatürk Caddesi No: 14 · Am Markt 3
  new RegExp(String.raw`(?<![\p{L}])(?:${cueAlternation(leadingStreetTypes)})[ \t](?:${anyWord}[ \t]){0,5}?${anyWord},?[ \t](?:n\.?[º°o]?\.?[ \t]?|no:[ \t]?)?${houseNumber}(?![\w])${unit}`, 'gu'),
  // Bahnhofstraße 12 · Lange Straße 5a · Kerkstraat 12-3 · Van Speijkstraat 88-II · Storgatan 4 B
  new RegExp(
    String.raw`(?<![\p{L}])(?:${word}[ \t-]){0,2}(?:\p{Lu}[\p{Ll}\p{M}]*(?:${cueAlternation(streetSuffixes)})|(?:${cueAlternation(standaloneStreetWords)}))[ \t]${houseNumber}(?:-[IVX]{1,4})?(?![\w])${unit}`,
    'gu',
  ),
];

const city = String.raw`\p{Lu}[\p{L}'’.-]+(?:[ /-](?:\p{Lu}[\p{L}'’.-]+|d[eiu']|de\sla|del|am|an\sder|sur|sous|upon|on|im|in|i|la|le|les|los))*(?:[ \t]/[ \t]\p{Lu}[\p{L}'’.-]+)?(?:\s\((?:[\p{L}\d ]{1,20})\))?`;
// Brazil's federative units, written after the town (`São Paulo – SP`, `Curitiba/PR`).
const brazilianStates = 'AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO';
const postcodePatterns: readonly RegExp[] = [
  // 10115 Berlin · 69007 Lyon · 08037 Barcelona · F-75001 Paris · 34000 Montpellier Cedex
  new RegExp(String.raw`(?<![\w.,/-])(?:[A-Z]{1,2}-)?\d{5}\s${city}`, 'gu'),
  // 1017 GC Amsterdam
  new RegExp(String.raw`(?<![\w.,/-])\d{4}\s?[A-Z]{2}\s${city}`, 'gu'),
  // 31-147 Kraków (PL) · 1000-001 Lisboa (PT) · 114 55 Stockholm (SE)
  new RegExp(String.raw`(?<![\w.,/-])(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{3}\s\d{2})\s${city}`, 'gu'),
  // CH-8001 Zürich · A-1010 Wien · B-1000 Bruxelles (a 4-digit code needs its country prefix)
  new RegExp(String.raw`(?<![\w.,/-])(?:CH|A|B|L|DK|N|AT|BE)-\d{4}\s${city}`, 'gu'),
  // Columbus, OH 43214 · Austin, TX 78701-1234
  new RegExp(String.raw`(?<![\p{L}])${word}(?:\s${word}){0,2},\s[A-Z]{2}\s\d{5}(?:-\d{4})?(?![\w])`, 'gu'),
  // London N4 3RR · SW1A 1AA
  new RegExp(String.raw`(?<![\w])(?:${word}(?:[ \t](?:${word}|upon|on|under|le|en|in)){0,3},?[ \t])?[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![\w])`, 'gu'),
  // Bengaluru 560034 · Mumbai - 400 001 · Pune, Maharashtra 411001 (not `ACCT-558120`, not a CSV cell `Kochi,700000`)
  new RegExp(String.raw`(?<![\p{L}\p{N}-])\p{Lu}\p{Ll}+(?:,?[ \t]\p{Lu}\p{Ll}+){0,2}(?:[ \t]?[-–][ \t]?|,[ \t]|[ \t])[1-9]\d{2}[ \t]?\d{3}(?![\w]|[.,]\d)`, 'gu'),
  // 〒150-0002 東京都渋谷区... · 東京都渋谷区神南1-2-3 (a prefecture, then ward, town and block numbers)
  /〒\s?\d{3}-\d{4}[^\n]*/gu,
  /(?:東京都|北海道|京都府|大阪府|\p{Script=Han}{2,3}県)[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\d０-９ー－‐-]{2,40}\d[\p{Script=Han}\p{Script=Katakana}\d０-９ー－‐\- ]*/gu,
  // Toronto, ON M5V 2T6 (CA) · Sydney NSW 2000 (AU) · 01310-100 São Paulo (BR) · Portland, Oregon 97201 (US, state spelled out)
  new RegExp(String.raw`(?<![\p{L}])${word}(?:[ \t]${word}){0,2},?[ \t](?:[A-Z]{2}[ \t])?[A-Z]\d[A-Z][ \t]?\d[A-Z]\d(?![\w])`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])${word}(?:[ \t]${word}){0,2},?[ \t](?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ \t]\d{4}(?![\w])`, 'gu'),
  // 05435-000 São Paulo – SP · CEP 01310-100 · CEP: 01310100 (Correios: CEP 00000-000, town – UF)
  new RegExp(String.raw`(?<![\w.,/-])\d{5}-\d{3}[ \t]${city}(?:[ \t]?[-–/][ \t]?(?:${brazilianStates})(?![\w]))?`, 'gu'),
  /(?<![\p{L}])CEP:?[ \t]?\d{5}-?\d{3}(?![\w])/gu,
  new RegExp(String.raw`(?<![\p{L}])${word}(?:[ \t]${word}){0,2},[ \t]\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?[ \t]\d{5}(?:-\d{4})?(?![\w])`, 'gu'),
  // Dublin D02 X285 · Dublin 1, D01 X2F4 · Co. Cork, T12 X70A (IE Eircode: a routing key, letter
  // and two digits or D6W, and a unique identifier of four from 0-9ACDEFHKNPRTVWXY with a letter)
  new RegExp(String.raw`(?<![\w])(?:(?:Co\.[ \t]|County[ \t])?${word}(?:[ \t]\d{1,2}W?)?,?[ \t])?(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?(?=[0-9]*[A-Z])[AC-FHKNPRTV-Y0-9]{4}(?![\w])`, 'gu'),
];

// A line of 2-7 short comma-separated parts that starts with a number and ends in a postcode, a
// city with its PIN, or a Vietnamese ward/district: `Flat 11, Shanti Kunj, Karve Road, Kothrud, Pune
// 411038`, `148 Nguyễn Thị Minh Khai, Phường 6, Quận 3, TP. Hồ Chí Minh`.
const addressLine = new RegExp(
  String.raw`(?<=^|\n|:[ \t]|,[ \t])[ \t]*((?:(?:Flat|House|Plot|Shop|Unit|Apt\.?|H\.?[ ]?No\.?|[A-Z])[ -]?)?\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?,?[ \t][^\n,;]{2,40}(?:,[ \t][^\n,;]{1,40}){1,6})(?=[ \t]*(?:\n|$|\.|;))`,
  'gu',
);
const addressLineEnd = /(?:(?<!\d)\d{4,6}|\d{3}[ ]\d{2,3}|\d{2}-\d{3}|\d{4}-\d{3}|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|\d{4}[ ]?[A-Z]{2})(?:[ \t]\p{Lu}[\p{L}'’.-]+)*$|(?:Phường|Quận|Huyện|Xã|TP\.|Thành phố|Tỉnh)\b/u;

// `, Milano` / `, Ciudad de México` after a street, ending its line or sentence (no postcode between).
// Up to three places: a neighbourhood and a town (`, Lekki Phase 1, Lagos`; BR `– Vila Madalena`).
// After a street written in lower case (a chat), the places may be too (`, nairobi.`).
const place = String.raw`\p{Lu}[\p{L}'’.-]+(?:[ \t-](?:\p{Lu}[\p{L}'’.-]+|de|del|di|da|do|am|an|sur|\d{1,2}(?![\p{N}])))*`;
const placesEndingLine = (first: string) => new RegExp(String.raw`^(?:(?:,|[ \t][-–])[ \t]*${first}){1,3}(?=[ \t]*(?:$|\n|[.;!?](?:\s|$)))`, 'u');
const cityAfterStreet = placesEndingLine(place);
const lowerCityAfterStreet = placesEndingLine(String.raw`\p{Ll}[\p{L}'’-]+(?:[ \t]\p{Ll}[\p{L}'’-]+)?`);

/** Labels in front of a person's postal address: the rest of the line is the address. */
export const addressCues = [
  'address', 'home address', 'postal address', 'mailing address', 'residential address', 'billing address', 'shipping address', 'delivery address',
  'current address', 'permanent address', 'correspondence address', 'street', 'lives at', 'residing at', 'resident at',
  'adresse', 'anschrift', 'wohnadresse', 'wohnhaft in', 'wohnhaft', 'privatadresse', 'meldeadresse', 'adresse postale', 'domicile', 'domicilié à', 'domiciliée à', 'demeurant',
  'dirección', 'domicilio', 'dirección postal', 'domiciliado en', 'domiciliada en', 'indirizzo', 'residenza', 'residente in', 'domicilio fiscale',
  'adres', 'woonadres', 'postadres', 'adres zamieszkania', 'adres do korespondencji', 'zamieszkały', 'zamieszkała', 'zam.',
  'endereço', 'morada', 'residência', 'residente em', 'adress', 'hemadress', 'postadress', 'bostadsadress', 'ikamet adresi', 'adresi', 'ev adresi',
  'địa chỉ', 'nơi ở', 'thường trú', '住所', '現住所', 'पता',
];

const labelledAddress = new RegExp(
  String.raw`(?<![\p{L}])(?:${cueAlternation(addressCues)})(?![\p{L}])${labelSeparator}([^\n]{4,120})`,
  'giud',
);

/** Address values run to the line end, or to the next `Label:` on the same line (forms in two columns). */
function addressValue(value: string): string {
  const nextLabel = /\s{2,}\S[^:\n]{0,30}:|\s[|·]\s/.exec(value);
  return (nextLabel ? value.slice(0, nextLabel.index) : value).replace(/[\s,;.]+$/, '');
}

// 8001 Zürich, 1010 Wien, 1000 Bruxelles, 2100 København: a 4-digit code is a postcode only next
// to a street (after it on its line, or at the start of the next line).
const fourDigitPostcode = new RegExp(String.raw`(?<![\w.,/-])\d{4}[ \t]${city}`, 'gu');

function fourDigitPostcodes(text: string, streets: readonly Finding[]): Finding[] {
  const streetFollows = (end: number) => streets.some((street) => street.start >= end && /^[ \t]*,[ \t]*$/.test(text.slice(end, street.start)));
  const found: Finding[] = [];
  for (const match of text.matchAll(fourDigitPostcode)) {
    const start = match.index ?? 0;
    const before = text.slice(0, start);
    const previousLineEnd = before.lastIndexOf('\n');
    const nearStreet = streets.some((street) => {
      const between = text.slice(street.end, start);
      return street.end <= start && /^[ \t]*,?[ \t]*(?:\n[ \t]*)?$/.test(between) && (between.includes('\n') ? street.end > before.lastIndexOf('\n', previousLineEnd - 1) : true);
    });
    // HU `1117 Budapest, Bartók Béla út 62.`: the town first, its street after.
    if (nearStreet || streetFollows(start + match[0].length)) found.push({ start, end: start + match[0].length, type: 'ADDRESS' });
  }
  return found;
}

// `Marszałkowska 10/12, 00-590 Warszawa` or the same on two lines: words ending in a house number
// right before a postcode + city are its street, whatever the street type is called.
const streetBefore = /(?:^|\n|:[ \t]|,[ \t])[ \t]*(\p{L}[\p{L}'’.\- ]{1,40}[ \t]\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?(?:[ \t]?(?:m\.|lok\.|lgh|apt\.?|bus)[ \t]?\w{1,5})?)[ \t]*(?:,[ \t]*|\n[ \t]*)$/u;

function streetsBeforePostcodes(text: string, found: readonly Finding[]): Finding[] {
  const extra: Finding[] = [];
  for (const finding of found) {
    if (!/^(?:[A-Z]{1,2}-)?\d/.test(text.slice(finding.start, finding.end))) continue;
    const before = text.slice(Math.max(0, finding.start - 80), finding.start);
    const match = streetBefore.exec(before);
    const street = match?.[1];
    if (!match || !street || street.trim().split(/\s+/).length > 6) continue;
    const start = finding.start - before.length + (match.index ?? 0) + match[0].indexOf(street);
    extra.push({ start, end: start + street.trimEnd().length, type: 'ADDRESS' });
  }
  return extra;
}

// India Post's and West African address lines: a house, flat or plot number, then comma-separated
// localities (`No. 42, 3rd Cross, 5th Main, Indiranagar 2nd Stage`, `B-704, Kumar Paradise, Baner
// Road`, `flat 302, Lotus Residency, HSR Layout`) before the town and PIN, on its line or the one above.
const houseMarker = String.raw`(?:(?:flat|house|plot|shop|unit|apt\.?|door[ \t]no\.?|h\.?[ \t]?no\.?|no\.?|#)[ \t]?)?[A-Z]?-?\d{1,5}[A-Z]?(?:[/-]\d{1,4}[A-Z]?){0,2}`;
const localityParts = String.raw`(${houseMarker}(?:[ \t][^\n,;:?!"]{1,40})?(?:,[ \t]+[^\n,;:?!"]{1,40}){0,5}?)`;
const partsBeforeOnLine = new RegExp(String.raw`(?:^|:[ \t]+|[ \t](?:is|at|to|on)[ \t]+)${localityParts}[ \t]*,[ \t]*$`, 'iu');
const partsOnLineAbove = new RegExp(String.raw`^[ \t]*${localityParts}[ \t]*,?[ \t]*$`, 'iu');

function localitiesBeforePostcodes(text: string, postcodes: readonly Finding[]): Finding[] {
  const extra: Finding[] = [];
  for (const postcode of postcodes) {
    const lineStart = text.lastIndexOf('\n', postcode.start - 1) + 1;
    const sameLine = text.slice(lineStart, postcode.start);
    const onLine = sameLine.trim() !== '';
    const segmentStart = onLine ? lineStart : text.lastIndexOf('\n', lineStart - 2) + 1;
    if (!onLine && lineStart === 0) continue;
    const segment = onLine ? sameLine : text.slice(segmentStart, lineStart - 1);
    const match = (onLine ? partsBeforeOnLine : partsOnLineAbove).exec(segment);
    const parts = match?.[1];
    // Parts are names and numbers, not clauses: at most six words each; a lone number (`D: 12, `) is no locality.
    if (!match || !parts || !/\p{L}{2}/u.test(parts) || parts.split(',').some((part) => part.trim().split(/\s+/).length > 6)) continue;
    const start = segmentStart + (match.index ?? 0) + match[0].indexOf(parts);
    extra.push({ start, end: start + parts.trimEnd().length, type: 'ADDRESS' });
  }
  return extra;
}

/**
 * Postal addresses: street lines in the conventions of each country (number first, type first,
 * type as suffix), postcode + city lines (DE/FR/ES/IT, NL, PL, PT, SE, CH/AT/BE, US, UK, IN, JP),
 * and whatever follows an address label on its line.
 */
export const postalAddressRecogniser: Recogniser = {
  name: 'postal address (street and postcode shapes per country, address labels)',
  find(text) {
    const found: Finding[] = [];
    const lowerStreets = [...text.matchAll(lowerStreet)].filter((match) => !notStreetNames.test(` ${match[1] ?? ''}`));
    for (const match of [...streetPatterns.flatMap((pattern) => [...text.matchAll(pattern)]), ...lowerStreets]) {
      const start = match.index ?? 0;
      const value = match[0].replace(/[\s,;]+$/, '');
      // `Viale Monza 140, Milano.`: a town after the street, with no postcode, closes the address.
      const after = text.slice(start + value.length, start + value.length + 80);
      const town = (/\p{Lu}/u.test(value) ? cityAfterStreet : lowerCityAfterStreet).exec(after);
      if (value.length >= 6) found.push({ start, end: start + value.length + (town ? town[0].length : 0), type: 'ADDRESS' });
    }
    const postcodes: Finding[] = [];
    for (const pattern of postcodePatterns) {
      for (const match of text.matchAll(pattern)) {
        const start = match.index ?? 0;
        const value = match[0].replace(/[\s,;]+$/, '');
        if (value.length >= 6) postcodes.push({ start, end: start + value.length, type: 'ADDRESS' });
      }
    }
    found.push(...postcodes, ...otherScriptAddresses(text));
    for (const match of text.matchAll(addressLine)) {
      const value = match[1] ?? '';
      const start = (match.index ?? 0) + match[0].indexOf(value);
      const parts = value.split(',');
      // Parts are names and numbers, not clauses: at most six words each.
      if (!addressLineEnd.test(value) || parts.some((part) => part.trim().split(/\s+/).length > 6)) continue;
      found.push({ start, end: start + value.length, type: 'ADDRESS' });
    }
    const townsWithCode = fourDigitPostcodes(text, found);
    found.push(...townsWithCode, ...localitiesBeforePostcodes(text, [...postcodes, ...townsWithCode]));
    found.push(...streetsBeforePostcodes(text, found));
    for (const match of text.matchAll(labelledAddress)) {
      const span = match.indices?.[1];
      const value = match[1];
      if (!span || !value) continue;
      const kept = addressValue(value);
      // An address has a digit (house number or postcode) and starts like one; `address will be £86.42` is prose.
      if (/\d/.test(kept) && kept.length >= 6 && /^[\p{Lu}\p{N}〒#\p{Script=Han}\p{Script=Devanagari}]/u.test(kept)) found.push({ start: span[0], end: span[0] + kept.length, type: 'ADDRESS' });
    }
    return found;
  },
};
