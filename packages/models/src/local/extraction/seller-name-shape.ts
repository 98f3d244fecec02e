/**
 * What a seller's name looks like on an invoice (BT-27): legal forms, the name part of a cell that
 * runs on into an address or registration details, and the tests that tell a name from an
 * address, contact details, a title or prose. vendor-fields.ts finds the seller by evidence and
 * uses these to accept a candidate.
 */
import { labelsIn } from './label-segments';

// Legal forms across Europe, the Americas and Asia, the strongest cue that a text names a company.
// Longer forms that open with a shorter one ("S.A. de C.V." and "S.A.") come first: the first alternative that matches wins.
export const legalForm =
  /(?<![\p{L}])(?:S\.A\.(?:P\.I\.)? de C\.V\.|S\. de R\.L\.(?: de C\.V\.)?|SA de CV|S\.A\.S\.|S\.à\s?r\.l\.|Sàrl|SÀRL|S\.A\.E\.|S\.A\.L\.|W\.L\.L\.|WLL|S\.P\.C\.|SPC|Ltée|LTÉE|LİMİTED ŞİRKETİ|ANONİM ŞİRKETİ|Limited Şirketi|Anonim Şirketi|s\.c\.|S\.C\.|UAB|SIA|OÜ|ehf\.|hf\.|P\.C\.|NPC|CC|PJSC|P\.J\.S\.C\.|JSC|\(มหาชน\)|GmbH(?:\s*&\s*Co\.?\s*KG)?|mbH|AG|KG|OHG|GbR|e\.K\.|e\.V\.|UG(?:\s*\(haftungsbeschränkt\))?|SE|Ltd\.?|Limited|plc|PLC|LLP|LLC|L\.L\.C\.|Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Company|Pty\.?\s*Ltd\.?|Pvt\.?\s*Ltd\.?|Private Limited|ULC|SARL|S\.A\.R\.L\.|SAS|SASU|SA|S\.A\.|SNC|EURL|SCOP|S\.L\.|SL|S\.L\.U\.|S\.A\.U\.|S\.C\.|S\.r\.l\.s\.|SRLS|Srls|S\.r\.l\.|Srl|SRL|S\.p\.A\.|SpA|S\.n\.c\.|S\.a\.s\.|B\.V\.|BV|N\.V\.|NV|V\.O\.F\.|VOF|CV|BVBA|SPRL|SRL|Lda\.?|LDA\.?|Ltda\.?|LTDA\.?|EI|EIRL|\(Pty\)\s?Ltd\.?|Pty\.? Ltd\.?|I\.K\.E\.|Μ\.Ι\.Κ\.Ε\.|Ι\.Κ\.Ε\.|Ο\.Ε\.|Ε\.Ε\.|Α\.Ε\.|Ε\.Π\.Ε\.|s\.n\.c\.|S\.N\.C\.|S\.A\. de C\.V\.|de C\.V\.|EIRELI|ME|AB|HB|KB|AS|ASA|A\/S|ApS|I\/S|Oy|Oyj|Ky|Tmi|Sp\.\s?z\s?o\.\s?o\.|S\.A\.|Sp\.\s?j\.|Sp\.\s?k\.|s\.r\.o\.|a\.s\.|spol\. s r\.o\.|k\.s\.|v\.o\.s\.|d\.o\.o\.|d\.d\.|Kft\.?|Zrt\.?|Nyrt\.?|Bt\.?|S\.R\.L\.|A\.Ş\.|Ltd\. Şti\.|Ltd\.\s?Şti\.|FZ-LLC|FZE|FZCO|LLC-FZ|GK|KK|K\.K\.|Pte\.?\s?Ltd\.?|Sdn\.?\s?Bhd\.?|Bhd\.?|Gesellschaft mbH|Aktiengesellschaft|Aktiebolag|Osakeyhtiö|LTD\.?|LIMITED|INC\.?|CORP\.?|GMBH|PLC|SARL|SPA|S\.P\.A\.|SP\. Z O\.O\.|Spółka z ograniczoną odpowiedzialnością|Spółka Akcyjna|SPÓŁKA Z O\.O\.|Sociedad Anónima|Sociedad Limitada|Sociedade Limitada|Società per azioni|Società a responsabilità limitata|Naamloze Vennootschap|Besloten Vennootschap|Société anonyme|Société par actions simplifiée|Limited Liability Company|Private Limited Company|Public Limited Company|Kommanditgesellschaft|Offene Handelsgesellschaft|eenmanszaak|Einzelunternehmen|Einzelunternehmung|Einzelfirma|e\.U\.|sole trader|sole proprietor|sole proprietorship|enskild firma|enkeltmandsvirksomhed|enkeltpersonforetak|ENK|toiminimi|OSVČ|jednoosobowa działalność gospodarcza|empresário em nome individual|ENI|ditta individuale|entrepreneur individuel|auto-entrepreneur|micro-entrepreneur|e\.v\.|Limitada|LIMITADA|COMPANY|Partnership|PARTNERSHIP|L\.P\.|S\.A\.C\.|S\.A\.S\.|E\.I\.R\.L\.|Est\.|SELARL|SELAS|SELAFA|SCP|PLLC|P\.L\.L\.C\.|LTD\. ŞTİ\.|SDN\. BHD\.|CO\., LTD\.|EOOD|ЕООД|ЕАД|ООД|АД|ООО|ОАО|ПАО|АО|ТОВ|ПрАТ|Общество с ограниченной ответственностью|Товариство з обмеженою відповідальністю|CÔNG TY TNHH|Công ty TNHH|CÔNG TY CỔ PHẦN|Công ty Cổ phần|PT|CV|Tbk)(?![\p{L}])|株式会社|บริษัท|จำกัด|ห้างหุ้นส่วน|شركة|ذ\.م\.م|प्राइवेट लिमिटेड|लिमिटेड|有限会社|合同会社|有限公司|股份有限公司|有限责任公司|有限責任公司|주식회사|유한회사|합자회사|\(주\)|\(株\)|㈜/u;

export function hasLegalForm(text: string): boolean {
  return legalForm.test(text);
}

const streetWords =
  /(?<![\p{L}])(?:street|st\.|road|rd\.|avenue|ave\.?|lane|ln\.|drive|dr\.|boulevard|blvd\.?|suite|floor|unit|building|straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|straat|laan|gracht|plein|kade|rue|avenue|boulevard|chemin|place|allée|impasse|quai|calle|avda\.?|avenida|paseo|plaza|carrer|via|viale|piazza|corso|largo|rua|travessa|ul\.|ulica|aleje|al\.|ulice|náměstí|utca|út|tér|gatan|vägen|gade|vej|gate|veien|vei|katu|tie|cad\.|caddesi|sok\.|sokak|mah\.|mahallesi|no\.\s*\d|p\.?o\.? box|postfach|postbus|apartado|bp\s\d|cedex|丁目|番地)(?![\p{L}])/iu;
const postcode = /(?<![\p{L}\d])(?:\d{4}\s?[A-Z]{2}|\d{2}-\d{3}|\d{3}\s?\d{2}|\d{4,5}|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{2}\s\d{5}|\d{3}-\d{4}|\d{6})(?![\p{L}\d])/u;
export const contact = /@|https?:|www\.|\.(?:com|de|fr|nl|pl|es|it|co\.uk|net|org|io|eu|ch|at|se|dk|no|fi|be|in|jp|br|mx|ca|au)(?![\p{L}])|^\+?\(?\d[\d\s()./-]{6,}$|^(?:tel|phone|fax|mob|t|f|e|m)\s*[.:]/iu;

const cutKinds = new Set(['vatId', 'registrationId', 'iban', 'accountHolder', 'customerNumber', 'otherNumber', 'ownReference', 'billTo']);

/** The name part of "Name · street · city", "Name, street", "Name | KvK ..." or "Name (address)". */
export function namePart(value: string): string {
  // Two columns one space apart that print the same name (a QR-bill's receipt and payment part): one name.
  let name = value.replace(/^\s*(\S.{3,}?)\s+\1\s*$/u, '$1');
  // Cut at the first registration, tax-id, bank or contact label ("Name, USt-ID ...", "Name KvK 123"):
  // other label words can be part of a name ("Grachten Data B.V.").
  // Only a label with a value after it: "Pinecrest Mobile Communications LLC" keeps its "Mobile".
  const hit = labelsIn(name).find((h) => h.start > 0 && cutKinds.has(h.kind) && (/\d/.test(name.slice(h.end)) || h.kind === 'billTo' || h.kind === 'accountHolder'));
  if (hit) name = name.slice(0, hit.start);
  // "Inh. Jana Roth e.K.", "Operated by Foo LLC": the owner's or operator's cue is not part of the name.
  name = name.replace(/^\s*(?:inh\.|inhaber(?:in)?:?|prop\.|proprietor:?|operated by|owned by)\s+/iu, '');
  // "For MEGHNA CLOUDWORKS LLP" over "Authorised Signatory": the signing company, without "For".
  if (/^\s*(?:for and on behalf of|for)\s+\p{Lu}/iu.test(name) && legalForm.test(name)) name = name.replace(/^\s*(?:for and on behalf of|for)\s+/iu, '');
  // "Jan Smit h.o.d.n. Klusbedrijf Smit", "Ann Lee t/a Lee Designs": the person trades under the second name.
  name = name.replace(/\s(?:h\.o\.d\.n\.|hodn|t\/a|trading as|d\/b\/a|dba|handelnd unter)\s.*$/iu, '');
  // "Foo Ltd is registered in England", "Foo GmbH, Sitz Berlin": prose after the name.
  name = name.replace(/\s(?:is|ist|est|es|è|is een|jest|registered|eingetragen|immatriculée|inscrita)\s.*$/iu, '');
  // "Wheatsheaf Inns (Cotswolds) Ltd": brackets before a legal form belong to the name.
  const parts = name.split(/\s[·•|–—-]\s|\s{2,}|\s\((?!Pty\)|haftungsbeschränkt\)|มหาชน\)|public company\)|pvt\.? ltd\.?\))(?![^()]{1,40}\)\s*(?:Ltd|Limited|LLC|Inc|GmbH|AG|S\.?A\.?|S\.?L\.?|B\.?V\.?|Pty|Pvt)(?![\p{L}]))|\s*[|·•]\s*/u);
  name = parts[0] ?? name;
  // "Quinta do Vale - Vinhos, Lda.": a dash inside a name whose legal form comes after it.
  const second = parts[1];
  if (second !== undefined && !legalForm.test(name) && legalForm.test(second) && !/\d/.test(second) && second.length <= 40) {
    const joined = /^(.*?\s[–—-]\s.*?)(?:\s[·•|–—-]\s|\s{2,}|$)/u.exec(value.slice(value.indexOf(name)));
    if (joined?.[1] && joined[1].includes(second)) name = joined[1];
  }
  // "Name, street 12" → "Name"; "Cloudworks, Inc." keeps its legal form.
  const comma = name.split(/,\s+/);
  // "Figueiredo, Antunes & Associados, Lda.", "ALPREM, proizvodnja in storitve, d.o.o.": a legal
  // form alone after the last comma closes a name whose words the commas separate (no digits, no address).
  const last = comma.at(-1) ?? '';
  if (comma.length > 2 && formOnly(last) && comma.slice(1, -1).every((p) => p.length <= 40 && !/\d/.test(p) && !streetWords.test(p))) return name.replace(/^[#*★☆\s:]+|[\s,;:!–—*★☆-]+$/gu, '').trim();
  if (comma.length > 1) {
    let kept = comma[0]!;
    for (const piece of comma.slice(1)) {
      // "Cloudworks, Inc." keeps its form; "Gareth Pryce, sole trader" is a description.
      // "Bergara, Iturralde y Asociados S.R.L.": the partners' names before the form go on.
      if (legalForm.test(piece) && (piece.length <= 24 || piece.length <= 40 && endsWithLegalForm.test(piece)) && !/\d/.test(piece) && !/^\p{Ll}{3,}\s/u.test(piece)) kept += `, ${piece}`;
      else break;
    }
    name = kept;
  }
  // A legal form ends a company's name: "… B.V. o.v.v. factuur 12" keeps "… B.V.".
  const form = legalForm.exec(name);
  if (form && /^\s+\p{Ll}/u.test(name.slice(form.index + form[0].length))) name = name.slice(0, form.index + form[0].length);
  // "Hollis Creek Trading LLC)": the closing bracket of a remark the name sat in.
  if (/\)\s*$/u.test(name) && !name.includes('(')) name = name.replace(/\)\s*$/u, '');
  // Trailing dots stay: they belong to legal forms ("Inc.", "e.K.", "S.A."). A hotel's stars
  // ("HOTEL ALPENROSE ****", "★★★") and a closing "!" are decoration, not the name.
  return name.replace(/^[#*★☆\s:]+|[\s,;:!–—*★☆-]+$/gu, '').trim();
}

const legalForms = new RegExp(legalForm.source, 'gu');
const endsWithLegalForm = new RegExp(`(?:${legalForm.source})$`, 'u');

// Lower-case words inside company names: "Sanitär- und Heizungstechnik", "Lemaire & Fils", "Vale do Sol".
export const connectors = new Set(['und', 'and', '&', 'de', 'del', 'della', 'y', 'e', 'et', 'i', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'of', 'van', 'von', 'der', 'den', 'het', 'en', 'og', 'och', 'och', 'a', 'w', 'z', 've']);

/** True when the text is legal forms and nothing else ("S.R.L.", "GmbH & Co. KG"). */
export function formOnly(text: string): boolean {
  return legalForm.test(text) && text.replace(legalForms, '').replace(/[\s,.&]/g, '') === '';
}

// A letter's greeting opens a line, never a name ("Hi Sam,", "Dear Ms Lee", "Sehr geehrte Frau Roth").
const greeting = /^(?:hi|hello|hey|dear|good (?:morning|afternoon)|hallo|liebe[rs]?|sehr geehrte[rs]?|guten tag|bonjour|cher|chère|madame, monsieur|hola|estimad[oa]s?|buenos días|ciao|gentile|egregio|buongiorno|beste|geachte|hoi|olá|prezad[oa]s?|hej|hei|witam|szanown[iya]|dzień dobry|dobrý den|vážen[íý])(?![\p{L}])/iu;

/**
 * Prose, not a name: three words opening in lower case among the first five ("Please make cheques
 * payable to…", "Your receipt from…", "Thank you for shopping"). Names keep their lower-case words
 * to connectors and a trade or two ("Zakład usług dźwigowych", "Sanitär- und Heizungstechnik").
 */
function isSentence(name: string): boolean {
  // Legal forms written out keep their lower-case words ("Общество с ограниченной ответственностью").
  // A comma ends the first part of a name ("ALPREM, proizvodnja in storitve, d.o.o." opens with "ALPREM").
  const words = name.split(',')[0]!.replace(legalForms, ' ').trim().split(/\s+/).slice(0, 5);
  return words.filter((w) => /^\p{Ll}/u.test(w) && !connectors.has(w)).length >= 3;
}

// A name introduced by prose that says whose it is: "Please make cheques payable to X", "Your
// receipt from X", "Tax invoice from X", "Thank you for shopping at X!", "Remit payment to X".
const payeeCue =
  /(?:(?:payable|remit(?:\s+payment)?|pay(?:ment)?|transfer)\s+to|(?:invoice|receipt|bill|statement|order|rechnung|facture|factura|factuur|fattura)\s+from|(?:thank\s+you|thanks)\s+for\s+(?:shopping|dining|staying|choosing|visiting|your\s+(?:business|order|purchase|custom))\s+(?:at|with)|(?:thank\s+you|thanks)\s+for\s+choosing|zahlbar\s+an|à\s+l'ordre\s+de|a\s+(?:la\s+)?orden\s+de|ten\s+gunste\s+van)\s*[:：]?\s+/iu;

/**
 * The name a cue in prose introduces ("Please make cheques payable to Greenleaf Ltd." → "Greenleaf
 * Ltd."), with its offset in `text`; null when there is no cue or no name after it.
 */
export function nameAfterPayeeCue(text: string): { name: string; at: number } | null {
  const m = payeeCue.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length);
  // "payable to \"Foo LLC\"": quotes around the whole name are the sentence's.
  let name = namePart(rest).replace(/^["“”„'‘’«]([^"“”„«»]+)["“”'‘’»]$/u, '$1');
  // The sentence's full stop is not part of the name, unless it may close an abbreviated legal
  // form ("Inc.", "Ltd."; vendor-fields.ts prefers the form printed elsewhere).
  if (name.endsWith('.') && !endsWithLegalForm.test(name.slice(0, -1))) name = name.slice(0, -1);
  if (!/^[\p{Lu}\p{N}"„“«]/u.test(name) || !plausibleName(name)) return null;
  return { name, at: m.index + m[0].length + Math.max(0, rest.indexOf(name)) };
}

/** Whether a text can be a seller's name: not contact details, a remark, a copy marker, an identifier, prose or a legal form alone. */
export function plausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 90) return false;
  if (greeting.test(name) || isSentence(name)) return false;
  if (!/\p{L}{2}|[\p{Script=Han}\p{Script=Katakana}]/u.test(name)) return false;
  if (contact.test(name)) return false;
  // "(invoice issuer for VAT purposes)": a remark, not a name.
  // "(주)한빛", "(株)山田商事": a legal form in brackets opens Korean and Japanese company names.
  if (/^[([]/.test(name) && !/^\((?:주|유|株|有)\)/u.test(name)) return false;
  // Copy markers on e-invoice printouts.
  if (/^(?:original|duplicado|triplicado|duplicate|copy|copia|kopie|copie|cópia)$/iu.test(name)) return false;
  const legal = legalForm.test(name);
  if (/^\d/.test(name) && !legal) return false;
  // "2000 Antwerpen. … BELFACTOR NV": a postcode opens an address line, whatever follows it.
  if (/^\d{4,5}\s+\p{Lu}\p{Ll}/u.test(name)) return false;
  // "SARL au capital de…", "Company:": a legal form alone qualifies a name, it is not one.
  if (legal && !/\p{L}{2}|[\p{Script=Han}\p{Script=Katakana}]/u.test(name.replace(legalForms, ''))) return false;
  // "SLR-00441872": one token with digits is an identifier.
  if (!legal && /^\S+$/.test(name) && /\d/.test(name)) return false;
  // "the customer…", "faktury)": Latin text without a capital letter is prose, not a name.
  if (!legal && /^[\p{Script=Latin}\s\p{P}\d]+$/u.test(name) && !/\p{Lu}/u.test(name)) return false;
  return true;
}

// "Vestergade 19", "Παπαναστασίου 62", "C/ Autonomía 37, bajo": a few words and a house number.
// Street words are often glued to the name (Strandvejen, Hauptstraße, Kerkstraat).
const streetAndNumber = /^(?:c\/\s?)?[\p{L}\p{M}'’.-]+(?:\s[\p{L}\p{M}'’.-]+){0,3}\s\d{1,4}[\p{L}]?(?:[,/\s-].*)?$/iu;

/** A street with its house number, a postcode, or a cell opening with a number: an address, not a name. */
export function looksLikeAddress(cell: string): boolean {
  if (legalForm.test(cell)) return false;
  // A street word names an address with a number ("12 Wattle Lane"), not in a name ("Wattle Lane Illustration").
  return (streetWords.test(cell) && /\d/.test(cell)) || (postcode.test(cell) && /\d/.test(cell)) || /^\d+[\s,]/.test(cell) || streetAndNumber.test(cell);
}
