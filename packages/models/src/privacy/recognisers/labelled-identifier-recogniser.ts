import type { Finding, PersonalDataType, Recogniser } from '../personal-data-types';
import { cueAlternation, labelSeparator } from './cue-pattern';

/**
 * Labels that name a person's document or identifier, per type, in the languages Sluice sees
 * (en, de, fr, es, it, nl, pl, pt, sv, tr, vi, ja, Indian English). The value after such a label is
 * hidden whatever its checksum says: a mistyped passport or NINO is still that person's.
 */
export const identifierLabels: Record<Exclude<PersonalDataType, 'EMAIL' | 'IBAN' | 'CARD' | 'PHONE' | 'PERSON' | 'ADDRESS' | 'DATE_OF_BIRTH' | 'IP_ADDRESS'>, readonly string[]> = {
  PASSPORT: [
    'passport', 'passport no', 'passport number', 'passport #', 'passport id', 'travel document', 'reisepassnr', 'passnr', 'pass-nummer',
    'numéro du passeport', 'passeport n', 'número de pasaporte', 'pasaporte n', 'passaporto n', 'passaporte n', 'nr paszportu', 'paszport nr',
    'paspoortnr', 'passnummer', 'pasaportu', 'pasaport seri no', 'reisepass', 'reisepassnummer', 'pass-nr', 'passnummer', 'reisepass-nr',
    'passeport', 'numéro de passeport', 'n° de passeport', 'pasaporte', 'número de pasaporte', 'nº de pasaporte', 'passaporto', 'numero di passaporto',
    'n. passaporto', 'paspoort', 'paspoortnummer', 'paszport', 'numer paszportu', 'nr paszportu', 'passaporte', 'número do passaporte', 'pass nr',
    'pasaport', 'pasaport no', 'pasaport numarası', 'hộ chiếu', 'số hộ chiếu', '旅券番号', 'パスポート番号', 'パスポート',
  ],
  ID_CARD: [
    'id card', 'identity card', 'id-card', 'identity document', 'id document', 'national identity card', 'personalausweis-nr', 'personalausweisnr',
    'ausweisnr', 'ausweis nr', 'idkarte', 'identitätskarte', 'carte d\'identité n', 'cni n', 'numéro de cni', 'documento nacional de identidad',
    'cédula', 'cedula', 'documento d\'identità', 'carta identità', 'numero documento', 'id-kaartnummer', 'identiteitskaartnummer',
    'nummer identiteitskaart', 'dowód', 'numer dowodu osobistego', 'nr dowodu osobistego', 'seria dowodu', 'cartão de cidadão n', 'cc n',
    'número de identificação civil', 'bi n', 'rg', 'id-kort nr', 'nationellt id', 'kimlik kartı', 'kimlik seri no', 'tc kimlik', 't.c. kimlik',
    'kimlik no', 'tckn', 'số căn cước', 'số định danh', 'aadhaar card', 'id card number', 'id number', 'id no', 'id-nr', 'national id', 'national id number', 'personalausweis', 'personalausweisnummer',
    'ausweisnummer', 'ausweis-nr', 'ausweis', 'carte d\'identité', 'carte nationale d\'identité', 'cni', 'n° cni', 'documento de identidad', 'número de documento',
    'carta d\'identità', 'carta di identità', 'numero carta d\'identità', 'cie', 'identiteitskaart', 'identiteitsbewijs', 'id-kaart', 'documentnummer',
    'dowód osobisty', 'dowodu osobistego', 'seria i numer dowodu osobistego', 'seria i numer dowodu', 'nr dowodu', 'numer dowodu', 'cartão de cidadão', 'bilhete de identidade',
    'número do cc', 'id-kort', 'id-kortsnummer', 'nationellt id-kort', 'legitimation', 't.c. kimlik no', 't.c. kimlik numarası', 'tc kimlik no', 'kimlik no',
    'kimlik numarası', 'nüfus cüzdanı', 'cccd', 'số cccd', 'cmnd', 'số cmnd', 'căn cước', 'căn cước công dân', 'マイナンバー', '個人番号', 'voter id', 'epic no',
  ],
  HEALTH_INSURANCE: [
    'health insurance number', 'health insurance no', 'health insurance id', 'health card', 'health card number', 'insurance id', 'insured id',
    'member no', 'subscriber id', 'medicaid', 'medicaid id', 'medicare', 'ehic', 'european health insurance card', 'nhs', 'chi number',
    'versicherten-nr', 'versichertennr', 'versicherungs-nr', 'versicherungsnr', 'krankenversicherungsnummer', 'krankenkassennummer', 'kv-nummer',
    'svnr', 'sv-nummer', 'e-card', 'numéro de sécurité sociale', 'n° sécu', 'numéro sécu', 'n° insee', 'numéro insee', 'sécurité sociale',
    'numéro d\'assuré', 'n° d\'assuré', 'tarjeta sanitaria individual', 'tsi', 'número de tarjeta sanitaria', 'nº afiliación', 'seguridad social',
    'tessera sanitaria n', 'codice tessera', 'tessera n', 'numero di tessera', 'zorgpas', 'verzekerdennummer', 'polisnr', 'klantnummer zorgverzekeraar',
    'ubezpieczenie', 'karta ubezpieczenia', 'nr karty ehic', 'cartão de utente', 'nº utente', 'número de utente do sns', 'sns n', 'nº sns',
    'sjukförsäkringsnummer', 'försäkringsnr', 'sgk sicil numarası', 'sigorta sicil no', 'mã thẻ bhyt', 'thẻ bhyt', '健康保険証番号', '保険証記号番号', 'verzekerdennummer', 'zorgpasnummer', 'insurance number', 'insurance no', 'member number', 'member id', 'membership number', 'nhs number', 'nhs no',
    'medicare number', 'medicare no', 'policy number', 'versichertennummer', 'krankenversichertennummer', 'versicherungsnummer', 'kv-nr', 'kvnr',
    'sozialversicherungsnummer', 'rentenversicherungsnummer', 'n° d\'adhérent', 'numéro d\'adhérent', 'd\'adhérent', 'carte vitale', 'n° de sécurité sociale',
    'numéro de sécurité sociale', 'tarjeta sanitaria', 'número de afiliación', 'nº de afiliación', 'número de la seguridad social', 'nss', 'cip',
    'tessera sanitaria', 'numero tessera sanitaria', 'n. tessera', 'zorgverzekeringsnummer', 'verzekeringsnummer', 'polisnummer', 'numer ubezpieczenia',
    'nr ubezpieczenia', 'numer karty ubezpieczenia', 'número de utente', 'nº de utente', 'número de beneficiário', 'número sns', 'försäkringsnummer',
    'sigorta no', 'sigorta numarası', 'sgk no', 'sgk sicil no', 'số bhyt', 'bhyt', 'mã số bhyt', '保険証番号', '被保険者番号', '保険者番号',
  ],
  DRIVING_LICENCE: [
    'driving licence', 'driving license', 'driver licence', 'drivers license', 'drivers licence', 'licence no', 'license no', 'dl', 'dl #',
    'führerschein nr', 'führerscheinnr', 'fahrerlaubnis', 'permis n', 'numéro du permis', 'permiso de conducción', 'carnet de conducir',
    'patente n', 'rijbewijsnr', 'prawo jazdy nr', 'carta de condução n', 'körkortsnr', 'sürücü belgesi no', 'ehliyet numarası', 'driving licence number', 'driving license number', 'driver\'s license', 'driver\'s licence', 'driver license',
    'dl no', 'dl number', 'licence number', 'license number', 'führerschein', 'führerscheinnummer', 'führerschein-nr', 'permis de conduire',
    'n° de permis', 'numéro de permis', 'permiso de conducir', 'carné de conducir', 'patente di guida', 'numero patente', 'patente', 'rijbewijs',
    'rijbewijsnummer', 'prawo jazdy', 'nr prawa jazdy', 'numer prawa jazdy', 'carta de condução', 'carteira de motorista', 'cnh', 'körkort',
    'körkortsnummer', 'ehliyet', 'ehliyet no', 'sürücü belgesi', 'bằng lái', 'số bằng lái', '運転免許証番号', '免許証番号', '運転免許証',
  ],
  NATIONAL_ID: [
    'ssn', 'social security number', 'social security no', 'social security #', 'soc. sec. no', 'nino', 'national insurance number', 'national insurance no',
    'ni number', 'ni no', 'bsn', 'burgerservicenummer', 'sofinummer', 'steuer-id', 'steuer-idnr', 'steueridentifikationsnummer', 'steuerliche identifikationsnummer',
    'steuer-identifikationsnummer', 'idnr', 'identifikationsnummer', 'nir', 'numéro nir', 'n° ss', 'numéro fiscal', 'aadhaar', 'aadhaar number', 'aadhaar no', 'aadhar',
    'uidai', 'pan', 'pan no', 'pan number', 'pan card', 'dni', 'dni/nie', 'nie', 'nif', 'codice fiscale', 'c.f.', 'cod. fisc.', 'cod. fiscale', 'pesel', 'nr pesel',
    'personnummer', 'pers.nr', 'personnr', 'samordningsnummer', 'tckn', 'cpf', 'ahv-nr', 'ahv', 'avs', 'tax id', 'tax identification number', 'tin', 'taxpayer id',
    'número de identificación fiscal', 'nif/nie', 'bsn-nummer', 'tax file number', 'sin', 'social insurance number', 'mã số thuế cá nhân', 'mst',
  ],
};

// A value: letters and digits in groups joined by one space, dash, dot or slash (cut below at the
// first group with a lower-case letter); it ends at a double space, a line end or punctuation.
const valuePattern = String.raw`([\p{L}\p{N}](?:[\p{L}\p{N}]|[ .\-/](?=[\p{L}\p{N}])){2,40})`;

interface LabelPattern {
  type: PersonalDataType;
  pattern: RegExp;
}

const labelPatterns: readonly LabelPattern[] = Object.entries(identifierLabels).map(([type, labels]) => ({
  type: type as PersonalDataType,
  pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${cueAlternation(labels)})(?![\p{L}])${labelSeparator}${valuePattern}`, 'giud'),
}));

// `NIF-IVA ESB17654321`, `CIF B-85512094`, `TIN DE123456789`: VAT ids and Spanish company tax
// numbers stand behind the same labels as personal tax ids, and are business data.
const companyTaxNumber = /^(?:(?:IVA|VAT|TVA|BTW|USt|MwSt|MOMS|KDV)[\s:-]*|(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|GB|XI|CHE)[ -]?U?\d|[ABCDEFGHJNPQRSUVW][ -]?\d{7}[\dA-J]$)/;

function isCompanyTaxNumber(value: string): boolean {
  return companyTaxNumber.test(value);
}

/**
 * The leading groups written in capitals and digits: labels match in any case, values do not
 * (`Passport number: X1234567 issued in` keeps `X1234567`).
 */
function identifierPart(value: string): string {
  let end = 0;
  for (const group of value.matchAll(/[\p{L}\p{N}]+/gu)) {
    // A group with a lower-case letter is a word (`issued`), unless it is mostly digits (`78545955n`).
    if (/\p{Ll}/u.test(group[0]) && (group[0].match(/\d/g)?.length ?? 0) < 3) break;
    end = (group.index ?? 0) + group[0].length;
  }
  return value.slice(0, end);
}

/** Identifier values after a label naming them: passports, ID cards, health insurance, licences, national ids. */
export const labelledIdentifierRecogniser: Recogniser = {
  name: 'labelled identifiers (passport, ID card, health insurance, driving licence, national id labels)',
  find(text) {
    const found: Finding[] = [];
    for (const { type, pattern } of labelPatterns) {
      for (const match of text.matchAll(pattern)) {
        const span = match.indices?.[1];
        const value = match[1];
        if (!span || !value) continue;
        const label = text.slice(match.index ?? 0, span[0]);
        // Acronym labels are written in capitals: `nie` (Polish "not"), `sin` (Spanish "without") are words;
        // and one joined to its value by a dash is a reference's prefix (`SIN-2026-004418`, a claim).
        if (/^\p{Ll}{2,4}\P{L}/u.test(label) || /^\p{L}{2,5}-$/u.test(label)) continue;
        const kept = identifierPart(value);
        if ((kept.match(/\d/g)?.length ?? 0) < 3 || (type === 'NATIONAL_ID' && isCompanyTaxNumber(kept))) continue;
        found.push({ start: span[0], end: span[0] + kept.length, type });
      }
    }
    return found;
  },
};
