import { readFileSync } from 'node:fs';

/**
 * Given names and family names of many cultures, from the locale data of @faker-js/faker (the
 * person-name lists its community keeps per locale: Vietnamese, Dutch, Indian, Turkish, Japanese,
 * Nigerian, Polish, Spanish, Irish, ...), extracted at build time by
 * `npx tsx packages/models/scripts/generate-name-lexicon.ts` into `name-lexicon.generated.json`
 * (loading faker itself costs seconds; the JSON a few milliseconds). Used as evidence, never
 * alone: a capitalised pair of words is a name when one of them is a known given name (or a
 * family name followed by a given name).
 */
export interface NameLexicon {
  isGivenName(token: string): boolean;
  isFamilyName(token: string): boolean;
}

/**
 * Capitalised words of business text that the name lists also hold (`May`, `Grace`, `Paris`,
 * `Price`, `Best`): never evidence of a name on their own.
 */
export const notNames = new Set(
  `a al an and are as at be best bill but by can care case cash chase claim da de del della der des di do dos du e el en es et for from
  grace green hill i il in is it la las le les lo los may mark new no not of on or our per price rose san santa st the to total un una une
  van von we will with you your dear hello hi regards thanks thank kind best warm sincerely yours team support service customer client
  invoice order ticket account bank office manager department sales billing payroll admin information info hr it legal finance
  january february march april june july august september october november december monday tuesday wednesday thursday friday saturday sunday
  london paris berlin madrid rome roma milan milano amsterdam warsaw lisbon lisboa stockholm istanbul ankara hanoi tokyo mumbai delhi lyon
  north south east west nord sud ost west street road lane avenue park court city town king young long white black brown gray grey
  amber april august autumn summer winter spring faith hope joy star sky sun sunny dawn eve ivy holly daisy jasmine lily violet
  art bell bond carter cook drew dean day banks booth church cross frank hall hart hunt lord love major marsh miles nash page parker
  pierce porter rich ross sage shaw short small stone strong sweet wade ward wells west wood worth ray gay lucky cole miller
  do da de di du la le lo van von den der ten ter des del las los dos das ben bin al el
  sehr geehrte geehrter liebe lieber hallo herr frau bonjour madame monsieur cher chère estimado estimada hola gentile caro cara
  geachte beste szanowny szanowna prezado prezada olá hej bästa sayın merhaba kính chào namaste
  agent sir madam madame colleague ok okay cheers danke top tamam vale perfecto salve reserva dob ip iva gen problem ihre im auftrag
  damen herren guten abend morgen dzień dobry pharmd lingue administrador conference secretariat royal mail smart meter national
  mrs mr ms dr prof herr frau monsieur señor señora signor signora pan pani heer mevrouw bay bayan
  cliente clienti utente utenti signori collega direttore responsabile ufficio amministrazione fornitore kunde kunden klant klanten klient
  müşteri usuario usuaria paciente patient patiënt pacjent hasta user users utilisateur nutzer gebruiker użytkownik kullanıcı
  all everyone colleagues colleague hiring valued zusammen tous todos tutti allemaal wszystkim alla herkese sirs madams gentlemen ladies
  board committee members staff landlord tenant owner applicant recruitment recruiting accounts receivable payable helpdesk desk
  please yes no thank regards re fwd fw subject date time note notes total amount due paid item items qty price vat tax net gross
  aadhaar aadhar nino bsn pesel dni nie nif cpf tckn ssn iban bic swift gstin nhs mrn upi passport`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words of `notNames` that are also real family or given names (`Park`, `White`, `Grace`): never
 * evidence on their own, but kept when a cue already says a name stands there (`pharmacist
 * Hyun-woo Park`).
 */
const alsoNames = new Set(
  `park long young white black brown gray grey king hill green rose grace may mark bill price will art bell bond carter cook drew dean day banks
  booth church cross frank hall hart hunt lord love major marsh miles nash page parker pierce porter rich ross sage shaw short small stone strong
  sweet wade ward wells west wood worth ray gay lucky cole miller amber april august faith hope joy star sky sunny dawn eve ivy holly daisy jasmine
  lily violet chase san santa paris london lane`.split(/\s+/).filter(Boolean),
);

/** Words that are never (part of) a person's name: greetings, function words, business words. */
export function neverAName(word: string): boolean {
  const key = lexiconKey(word);
  return notNames.has(key) && !alsoNames.has(key);
}

// Family names the locale lists miss (Vietnamese): Đỗ, Đặng, Võ, Huỳnh, ...
const supplementalFamilyNames = ['đỗ', 'đặng', 'võ', 'huỳnh', 'bùi', 'đinh', 'lương', 'trịnh', 'đoàn', 'cao', 'lưu', 'quách', 'thái', 'văn', 'kiều'];

/** Folds a token for lexicon lookups: lower case, NFC, straight apostrophes. */
export function lexiconKey(token: string): string {
  return token.normalize('NFC').toLocaleLowerCase('und').replace(/’/g, "'");
}

/** The generated lists: folded tokens (see `lexiconKey`), one array per kind. */
export interface NameLists {
  locales: string[];
  given: string[];
  family: string[];
}

export const nameListsUrl = new URL('./name-lexicon.generated.json', import.meta.url);

let cached: NameLexicon | undefined;

/** The lexicon, built once per process on first use (about 40,000 names; a few milliseconds). */
export function nameLexicon(): NameLexicon {
  if (cached) return cached;
  const lists = JSON.parse(readFileSync(nameListsUrl, 'utf8')) as NameLists;
  const given = new Set(lists.given.filter((key) => !notNames.has(key)));
  const family = new Set([...lists.family.filter((key) => !notNames.has(key)), ...supplementalFamilyNames]);
  cached = { isGivenName: (token) => given.has(lexiconKey(token)), isFamilyName: (token) => family.has(lexiconKey(token)) };
  return cached;
}
