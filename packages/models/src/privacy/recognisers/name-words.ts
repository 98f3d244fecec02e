/**
 * The words of a person's name as written (capitalised words, particles, initials; Han/Kana and
 * Devanagari runs), the words that make a run a company's or a place's instead, and the cut of a
 * run to what can be a name: shared by the name sources of person-name-recogniser.ts and by the
 * propagation of found names (finding-merge.ts).
 */
import type { Finding } from '../personal-data-types';
import { lexiconKey, neverAName } from './name-lexicon';

// One word of a name as written: Whitfield, O'Brien, D'Angelo, McDonald, Okonkwo-Reyes, LEFEBVRE-NGUYEN, J.
export const nameWord = String.raw`(?:\p{Lu}[\p{Ll}\p{M}]*(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:['’]\p{Lu}?[\p{Ll}\p{M}]+)?(?:-\p{L}[\p{Ll}\p{M}]+)*|\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*|(?:(?:\p{Lu}|Zs|Sz|Cs|Gy|Ny|Ty|Ly|Dz)\.-?){1,3})`;
const particle = String.raw`(?:van|von|der|den|de|del|della|delle|dei|di|da|das|dos|du|des|la|le|ten|ter|bin|binti|ibn|al|el|y|i|e|zu|af|av|vom|het|'t)`;
// Up to five words on one line, particles between them (Jan van der Berg, María José García y Fernández).
export const nameRun = String.raw`(?:${particle}[ \t]+){0,3}${nameWord}(?:[ \t]+(?:${particle}[ \t]+){0,3}${nameWord}){0,4}`;
export const cjkName = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,5}(?:[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,5})?`;
export const devanagariName = String.raw`[\p{Script=Devanagari}]{2,}(?:[ ][\p{Script=Devanagari}]{2,})?`;

// Words that end a name's run: legal forms and what companies, teams and places call themselves.
const companyWords = new Set(
  `gmbh mbh ag kg ohg gbr ug ek ev eg se co ltd limited plc llp lp llc inc incorporated corp corporation company sa sas sarl eurl snc nv bv vof sl slu srl spa
  ab as asa aps oy oyj sp zoo z o.o. sro group holding holdings bank hospital clinic klinik clinique university universität school team support service services
  department logistics solutions systems technologies tech consulting partners associates insurance versicherung assurance seguros assicurazioni
  mutuelle gesellschaft stiftung foundation trust ministry agency office hotel restaurant pharmacy apotheke pharmacie farmacia store shop market
  krankenkasse kasse versicherung aok barmer công ty tnhh cổ phần jsc pvt private hermanos hijos reformas comunidad propietarios assurances caseificio electronics secretariat bouw inmobiliaria gestión
  wspólnicy rzeczoznawcy agro allied ventures industries enterprises trading traders motors foods dental medical health care energy
  lda ltda aş şti kgaa aps spj eirl sprl bvba scrl
  transport transporte transportes trasporti tekstil textil textile textiles construções construcciones costruzioni bau elektro immobilien
  capital international global studio design media software digital print garden inn station airport tower centre center mall
  fundación fundacion fundação fondation fondazione stichting ospedale hôpital hopital krankenhaus szpital hastanesi
  marketing procurement purchasing accounting facturación facturation buchhaltung einkauf vertrieb contabilidad compras ventas
  administración administration verwaltung klantenservice kundenservice kundendienst kundenbetreuung servicio servizio serviço assistenza
  atendimento afdeling departamento département abteilung dział dzial ekibi phòng
  landscaping plumbing roofing cleaning catering engineering construction builders contractors haulage joinery electrical removals flooring`
    .split(/\s+/)
    .filter(Boolean),
);

const legalFormAfter = /^,?[ \t]*(?:&[ \t]*\p{Lu}[\p{L}]*[ \t]*)?(?:\p{Lu}[\p{L}]*[ \t]+){0,2}(?:GmbH|AG|KG|Ltd\.?|Limited|LLC|LLP|Inc\.?|Corp\.?|S\.?A\.?S?\.?|SARL|S\.L\.?U?|SL|S\.?r\.?l\.?|S\.?p\.?A\.?|B\.?V\.?|N\.?V\.?|AB|Oy|Sp\.[ \t]?(?:z[ \t]?o\.?o\.?|k\.?|j\.?)|plc|Pvt|e\.?K\.?|& (?:Co|Sons|Partners|Söhne|Fils|Hijos|Figli|Zonen))(?![\p{L}])/u;

/** A name followed by a legal form (`Caseificio Rossi Giovanni S.r.l.`, `Müller GmbH`) is a company's. */
export function followedByLegalForm(text: string, end: number): boolean {
  return legalFormAfter.test(text.slice(end, end + 60));
}

// The head of a compound that names a firm (`Aannemersbedrijf`, `Bauunternehmen`, `Möbelfabrik`).
const companyCompoundHead = /\p{L}{3}(?:bedrijf|bedrijven|onderneming|unternehmen|gesellschaft|betrieb|fabriek|fabrik|werkstatt)$/u;

/** A legal form or a word companies, teams and places call themselves by (`GmbH`, `Logistics`, `Hotel`, `Bouwbedrijf`), in any letter case. */
export function isCompanyWord(word: string): boolean {
  const key = lexiconKey(word).replace(/[.,]/g, '');
  return companyWords.has(key) || companyCompoundHead.test(key);
}

/** A word of a text and where it stands: `text.slice(start, end)`. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words of `run` (split at spaces), with offsets on the text `run` starts at `offset` of. */
export function wordsOf(run: string, offset: number): Word[] {
  return [...run.matchAll(/[^\s]+/g)].map((m) => ({ text: m[0], start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length }));
}

const placePrefix = /^(?:Santa|Santo|San|São|Sao|Saint|Sainte|Sankt|St\.?|Ste\.?|Sint|Sant|Sant'|Sveti|Święty|Święta)$/u;
export const isParticle = new RegExp(String.raw`^${particle}$`, 'u');
export const isNameWord = new RegExp(String.raw`^${nameWord}$`, 'u');

/**
 * The part of a run that can be a name: it stops at a company word (`Brightwater Logistics Inc.`
 * is no person), drops words that are never names at either end, and needs a word of two letters.
 */
export function nameSpan(words: readonly Word[]): Finding | undefined {
  const kept: Word[] = [];
  for (const word of words) {
    if (isCompanyWord(word.text)) return undefined;
    kept.push(word);
  }
  // A capitalised particle opens a family name (`Le Bihan`, `De Vries`, `El Idrissi`) when a word follows.
  const opensFamilyName = (word: Word, next: Word | undefined) => next !== undefined && isParticle.test(lexiconKey(word.text));
  while (kept.length > 0 && !opensFamilyName(kept[0]!, kept[1]) && (neverAName(kept[0]!.text) || isParticle.test(kept[0]!.text))) kept.shift();
  while (kept.length > 0 && (neverAName(kept.at(-1)!.text) || isParticle.test(kept.at(-1)!.text))) kept.pop();
  const first = kept[0];
  const last = kept.at(-1);
  if (!first || !last || !kept.some((word) => /\p{L}{2}/u.test(word.text))) return undefined;
  // `Santa Maria da Feira`, `San Francisco`, `Saint-Gobain`, `St. Louis`: places, churches and companies named for saints.
  if (placePrefix.test(first.text) && kept.length > 1) return undefined;
  return { start: first.start, end: last.end, type: 'PERSON' };
}

const dottedLegalForm = /^(?:B\.V\.|N\.V\.|S\.A\.(?:E\.|S\.)?|S\.L\.|S\.p\.A\.|S\.r\.l\.|A\.S\.|A\.G\.|e\.K\.|K\.K\.)/u;
// Vietnamese firms open with their kind (`Công ty TNHH ...`, `Ngân hàng TMCP ...`): the rest of the phrase is the firm's name.
const companyOpening = /(?:Công ty|Ngân hàng|Tập đoàn)(?:[ \t]+[\p{L}&.-]+){0,8}[ \t]+$/u;

// The word right before a finding, on its line: `Fundación Carlos Slim`, `Hotel Adlon`, `Restaurant Da Mario`.
const wordBefore = /([\p{L}.]+)[ \t]+$/u;

const wordAfter = /^[ \t]+(\p{Lu}[\p{L}.]*)/u;

/**
 * A name inside an institution's or a place's name: right after an institution's word
 * (`Fundación Carlos Slim`, `Hotel Adlon`), right before one (`Kaya Tekstil`, `Victoria Station`),
 * or after a saint's prefix (`Santa Maria`). Sources that read a shorter run than the whole
 * company name are cut back here.
 */
export function insideInstitutionName(text: string, finding: Finding): boolean {
  // A run that took the first letter of a dotted legal form for an initial (`Ter Horst B.V.`, `Agencies S.A.E.`).
  if (/[ \t]\p{Lu}$/u.test(text.slice(finding.start, finding.end)) && dottedLegalForm.test(text.slice(finding.end - 1, finding.end + 8))) return true;
  const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
  if (companyOpening.test(text.slice(Math.max(lineStart, finding.start - 80), finding.start))) return true;
  const before = wordBefore.exec(text.slice(Math.max(0, finding.start - 30), finding.start));
  if (before !== null && /^\p{Lu}/u.test(before[1]!) && (isCompanyWord(before[1]!) || placePrefix.test(before[1]!))) return true;
  const after = wordAfter.exec(text.slice(finding.end, finding.end + 30));
  return after !== null && isCompanyWord(after[1]!);
}
