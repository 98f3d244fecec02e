import { inRanges, type TextRange } from './customer-block';
import type { FieldCandidate } from './field-candidate';
import { labelsIn, type LabelSegment } from './label-segments';
import { legalEntityStatement } from './legal-entity-statement';
import { headNameRow, labelledBlockName, verticalSellerBlockName } from './party-block-name';
import { partyHeadingColumns } from './party-heading-row';
import { signatureName } from './signature-name';
import { assignedTo, candidateFrom, endsWithLegalForm, fromWords, isTitleOrLabel, letterheadName, nearSellerDetails, onBehalf, salutationOnly, selfBilling, type Candidate } from './seller-lines';
import { columnsOverlap, type TextCell, type TextLine } from './text-layout';
import { connectors, contact, formOnly, legalForm, looksLikeAddress, nameAfterPayeeCue, namePart, plausibleName } from './seller-name-shape';

/**
 * Who issued the document (BT-27 seller name), by evidence, strongest first:
 * - the legal entity the document says runs its trading name ("Harbour Grill is operated by
 *   Quayside Dining Ltd", 運営：株式会社…), unless a seller label names a legal name itself;
 * - the name heading the seller's block under a "FROM / TO" heading row (party-heading-row.ts);
 * - the name after a seller label (Seller, Supplier, From:, Verkäufer, Fournisseur, Sprzedawca,
 *   Dodavatel, Leverancier...), without the label;
 * - the account holder of the payment account (Account holder, Kontoinhaber, Titulaire...),
 *   unless the invoice's claim was assigned to a factor (then the account is the factor's);
 * - a letterhead line "Name · street · city" at the top;
 * - a footer name beside the seller's IBAN, VAT id or register details (also above a payment slip
 *   when the document prints it more than once);
 * - the letterhead: a name at the top, outside the buyer's block, that carries a legal form
 *   (GmbH, B.V., Sp. z o.o., Inc., 株式会社...) — stronger when the same name recurs (footer,
 *   IBAN holder); else the first plain name at the top;
 * - the seller's own name row at the head ("Razón Social: …");
 * - the footer's legal name with its legal form;
 * - the business in the signature under a letter's closing phrase ("Kind regards,").
 * Where the evidence gives a shorter form of a legal name printed elsewhere (a mailbox's display
 * name, an account holder without the legal form, a footer without the trade description), the
 * full legal name. Never an address (also "Vestergade 19": street words glued to the name), a
 * title ("INVOICE", "PAYMENT RECEIPT"), a label or a label's value ("Company:  Foo LLC"), a legal
 * form alone ("SARL au capital de…"), contact details, an identifier, a registration line
 * ("KvK 12345678"), prose ("Please make cheques payable to Foo Ltd" gives "Foo Ltd"), a greeting,
 * or anything in the buyer's block.
 */

/**
 * The seller's name candidates (at most one). `customer`: the buyer's and the addressee's ranges,
 * never the seller; `addressee`: the addressee's block of a letter with no buyer label (a
 * self-billing invoice's supplier).
 */
export function vendorFields(
  text: string,
  lines: readonly TextLine[],
  segments: readonly LabelSegment[],
  customer: readonly TextRange[],
  organisations: () => readonly string[],
  addressee: readonly TextRange[] = [],
): FieldCandidate[] {
  // Names at the top (letterhead) and at the bottom (footer), outside the buyer's block.
  const filled = lines.filter((l) => l.text.trim() !== '');
  const top = filled.slice(0, 8);
  const bottom = filled.slice(-10);
  type Named = { cell: string; start: number; line: TextLine; legal: boolean };
  /** The cell on the line under a name without a legal form, in its column: one word and a legal form, repeating no word of the name. */
  const wrappedForm = (above: Named, line: TextLine, cell: TextCell, name: string) => {
    if (above.legal || above.line.index !== line.index - 1 || Math.abs(above.start - above.line.start - cell.column) > 1 || labelsIn(above.cell).length > 0) return false;
    // Words spaced apart: CJK names are written without spaces, a brand over the legal name ("あおぞらタクシー" over "あおぞら交通株式会社").
    if (name !== cell.text.trim() || !endsWithLegalForm.test(name) || /\d/.test(name) || !/^\p{Lu}/u.test(name)) return false;
    const words = name.replace(new RegExp(legalForm.source, 'gu'), ' ').trim().split(/\s+/);
    const seen = new Set(namePart(above.cell).toLowerCase().split(/\s+/));
    return words.length === 1 && words[0] !== '' && !seen.has(words[0]!.toLowerCase());
  };
  const namesIn = (block: readonly TextLine[], cellsPerLine: number) => {
    const out: Named[] = [];
    for (const line of block) {
      for (const [i, cell] of line.cells.slice(0, cellsPerLine).entries()) {
        if (inRanges(customer, cell.start)) continue;
        // "Your receipt from Acme Ltd", "Please make cheques payable to Acme Ltd.": the name the prose introduces.
        const cued = assignedTo.test(cell.text) ? null : nameAfterPayeeCue(cell.text);
        if (cued && !looksLikeAddress(cued.name)) {
          const name = printedWithoutStop(cued.name);
          out.push({ cell: name, start: cell.start + cued.at, line, legal: legalForm.test(name) });
          continue;
        }
        // "Company:   Tidewater Analytics LLC": the value of the label before it, not a letterhead.
        if (i > 0 && /[:：]$/.test(line.cells[i - 1]!.text)) continue;
        // "Razón Social: Foo S.A.", "상호: 김민준디자인": a label and its value in one cell, not a letterhead.
        if (/^[^:：\d]{1,40}[:：]\s*\S/u.test(cell.text)) continue;
        if (isTitleOrLabel(cell.text, line, cell.column)) continue;
        // A factoring notice names the factor the claim was assigned to, not the seller.
        if (assignedTo.test(cell.text)) continue;
        const name = namePart(cell.text);
        if (!plausibleName(name) || looksLikeAddress(name)) continue;
        // "Müller & Partner" over "Steuerberatungsgesellschaft mbH": the name's last word and its
        // legal form wrapped to the next line join the name above, in its column, that lacks one.
        const above = out.at(-1);
        if (above && wrappedForm(above, line, cell, name)) {
          above.cell = `${namePart(above.cell)} ${name}`;
          above.legal = true;
          continue;
        }
        // "Bram Lind Ontwerp   (eenmanszaak)": the legal form in brackets across the gap.
        const after = line.cells[i + 1]?.text ?? '';
        out.push({ cell: cell.text, start: cell.start, line, legal: legalForm.test(name) || (/^\(.{1,40}\)$/u.test(after) && legalForm.test(after)) });
      }
    }
    return out;
  };
  /** "Greenleaf Ltd." closing a sentence: without the stop where the name is printed so elsewhere. */
  const printedWithoutStop = (name: string) => {
    if (!name.endsWith('.')) return name;
    const bare = name.slice(0, -1);
    const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`${escaped}(?![.\\p{L}])`, 'iu').test(text) ? bare : name;
  };
  const heads = namesIn(top, 3);
  const feet = namesIn(bottom, 4);
  // "Foo PLC." before a sentence in the footer is the letterhead's "Foo PLC".
  const key = (s: string) => namePart(s).toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
  const elsewhere = (name: string, start: number) => {
    const k = name.toLowerCase();
    const at = text.toLowerCase().indexOf(k);
    return at >= 0 && (at !== start || text.toLowerCase().indexOf(k, at + 1) >= 0);
  };
  const legalNames = [...heads, ...feet].filter((n) => n.legal).map((n) => candidateFrom(n.cell, n.start, 'vendorCorroborated')).filter((c): c is Candidate => c !== null);
  // The first word that names ("The Wheatsheaf" and "Wheatsheaf Inns Ltd" share "wheatsheaf").
  const firstWord = (name: string) => /^(?:(?:the|la|le|les|el|il|lo|de|der|die|das|het|o|a)\s+)?([\p{L}\p{N}&'’-]{3,})/u.exec(name.toLowerCase())?.[1] ?? null;
  /**
   * A person's name written with initials ("J. van der Linde", an account holder or a signature)
   * where the letterhead prints it in full ("Johanna van der Linde"): the full name.
   */
  const initialsOf = (c: Candidate): Candidate | null => {
    const m = /^((?:\p{Lu}\.\s?)+)\s*(\p{L}.*)$/u.exec(c.name);
    if (!m) return null;
    const letters = m[1]!.replace(/[.\s]/g, '');
    const surname = m[2]!.toLowerCase();
    const head = heads.find((h) => {
      const n = namePart(h.cell);
      if (!n.toLowerCase().endsWith(` ${surname}`)) return false;
      const given = n.slice(0, n.length - surname.length).trim().split(/\s+/);
      return given.length === letters.length && given.every((g, i) => g[0] === letters[i]);
    });
    return head ? candidateFrom(head.cell, head.start, 'vendorCorroborated') : null;
  };
  /**
   * The seller's full legal name where the evidence gave a shorter form of it: a mailbox's display
   * name ("Ledgerline Billing" beside "Ledgerline Software Ltd" in the footer), an account holder
   * without the legal form ("Claire Vasseur" / "Claire Vasseur EI"), a footer line that drops the
   * trade description ("Brandl GmbH" / "Sanitär- und Heizungstechnik Brandl GmbH").
   */
  const fullForm = (c: Candidate): Candidate => {
    const k = c.name.toLowerCase();
    const longer = legalNames.find((l) => {
      const at = l.name.toLowerCase().indexOf(k);
      if (l.name.length <= c.name.length || at < 0) return false;
      // The added words are a name's ("Sanitär- und Heizungstechnik"), not prose ("payable to").
      const added = `${l.name.slice(0, at)} ${l.name.slice(at + c.name.length)}`;
      // "Foo PLC." closing a sentence adds no word to "Foo PLC".
      return /\p{L}/u.test(added) && !/[:：]/.test(added) && added.split(/\s+/).every((w) => w === '' || !/^\p{Ll}/u.test(w) || connectors.has(w));
    });
    if (longer) return longer;
    if (legalForm.test(c.name)) return c;
    const w = firstWord(c.name);
    const sameFirst = w ? legalNames.find((l) => firstWord(l.name) === w) : undefined;
    if (sameFirst) return sameFirst;
    // "B. Hofstede" (an account holder with initials) in "Bram Hofstede Ontwerp (eenmanszaak)".
    const words = c.name.split(/\s+/).filter((x) => !/^\p{L}{1,2}\.$/u.test(x));
    if (words.length === 0 || words.some((x) => !/^\p{Lu}[\p{L}'’-]{3,}$/u.test(x))) return initialsOf(c) ?? c;
    const wordsOf = (name: string) => new Set(name.toLowerCase().split(/[\s,]+/));
    return legalNames.find((l) => words.every((x) => wordsOf(l.name).has(x.toLowerCase()))) ?? initialsOf(c) ?? c;
  };
  function japaneseSellerBlock(): Candidate | null {
    if (!/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text.slice(0, 2_000))) return null;
    const addressee = (t: string) => /御中|様\s*$/u.test(t);
    const detail = (t: string) => /^(?:〒|登録番号|tel|fax|電話|代表|担当|e-?mail)/iu.test(t) || /\d{2,}/.test(t) && /[都道府県市区町村丁目番]/u.test(t) || contact.test(t) || /^[\p{Script=Han}]{2,4}[都道府県]/u.test(t);
    for (const line of lines.slice(0, 30)) {
      const anchor = line.cells.find((c) => /^(?:〒|登録番号)/u.test(c.text) && !inRanges(customer, c.start));
      if (!anchor) continue;
      for (let j = line.index - 1; j >= 0 && j >= line.index - 4; j--) {
        const cell = lines[j]!.cells.find((c) => columnsOverlap(c, anchor, 4));
        if (!cell) continue;
        if (addressee(cell.text) || inRanges(customer, cell.start)) break;
        // "(Minato Design LLC)": the name's translation in brackets under it.
        if (detail(cell.text) || /^[(（]/u.test(cell.text)) continue;
        const c = candidateFrom(cell.text, cell.start, 'vendorSellerBlock');
        return c && !isTitleOrLabel(cell.text, lines[j]!, cell.column) ? c : null;
      }
    }
    return null;
  }

  /**
   * A capitalised letterhead name over two lines ("TALLERES MECÁNICOS" over "HERMANOS ORTIZ, S.L.",
   * "WING ON ELECTRICAL &" over "ENGINEERING COMPANY"): the line above or below, in capitals too,
   * joins the name when the legal form ends the joined name.
   */
  const capitalRun = (c: Candidate): Candidate => {
    const at = top.findIndex((l) => c.span.start >= l.start && c.span.start < l.start + l.text.length);
    if (at < 0) return c;
    const capitals = (t: string) => /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
    if (!capitals(c.name)) return c;
    const partner = (line: TextLine | undefined): TextCell | undefined => {
      if (!line) return undefined;
      const own = top[at]!.cells.find((x) => x.start <= c.span.start && c.span.start < x.start + x.text.length) ?? { column: c.span.start - top[at]!.start, columnEnd: c.span.end - top[at]!.start };
      const cell = line.cells.find((x) => columnsOverlap(x, own, 8));
      if (!cell || !capitals(cell.text) || inRanges(customer, cell.start) || /\d/.test(cell.text) || contact.test(cell.text) || looksLikeAddress(cell.text)) return undefined;
      if (labelsIn(line.text).some((h) => h.start >= cell.column && h.start < cell.columnEnd)) return undefined;
      // "S.R.L." alone under the name: the legal form wrapped to its own line.
      return plausibleName(cell.text) || formOnly(cell.text) ? cell : undefined;
    };
    const adjacent = (i: number) => (top[i] && Math.abs(top[i].index - top[at]!.index) === 1 ? top[i] : undefined);
    const above = partner(adjacent(at - 1));
    // Only a wrapped name: the two lines fit one line of a letterhead, or the upper one ends on a connector.
    const wrapped = (upper: string, lower: string) => upper.length + lower.length <= 60 || /\s(?:&|AND|E|Y|ET|UND|DE|DEL|VÀ)$/u.test(upper);
    // A brand over the legal name that repeats it ("AIGAIO" over "AIGAIO MONOPROSOPI I.K.E.") is not its first half.
    const repeats = (upper: string) => c.name.toLowerCase().startsWith(upper.trim().split(/\s+/)[0]!.toLowerCase());
    if (above && legalForm.test(c.name) && !legalForm.test(above.text) && !repeats(above.text) && wrapped(above.text, c.name)) return { ...c, name: `${above.text} ${c.name}`, span: { start: above.start, end: c.span.end } };
    const below = partner(adjacent(at + 1));
    if (below && !legalForm.test(c.name) && legalForm.test(below.text) && wrapped(c.name, below.text)) {
      const tail = namePart(below.text);
      return { ...c, name: `${c.name} ${tail}`, span: { start: c.span.start, end: below.start + tail.length } };
    }
    return c;
  };

  const found = (c: Candidate | null): FieldCandidate[] => {
    if (!c) return [];
    const f = fullForm(capitalRun(c));
    return [{ name: 'vendorName', value: f.name, evidence: f === c ? c.evidence : 'vendorCorroborated', span: f.span }];
  };

  /**
   * A name printed on two lines under its label ("Gabinet Stomatologiczny" over "lek. dent. Ewa
   * Mazur-Kamińska", "Nordic Timber" over "Solutions AB"): the next line in the name's column
   * continues it when it opens in lower case, adds the legal form the first line lacks, or the
   * two lines joined are printed elsewhere (a letterhead, a footer).
   */
  const secondLine = (c: Candidate, lineIndex: number): Candidate => {
    const line = lines[lineIndex];
    const next = lines[lineIndex + 1];
    if (!line || !next) return c;
    const column = c.span.start - line.start;
    const cell = next.cells.find((x) => Math.abs(x.column - column) <= 1);
    if (!cell || inRanges(customer, cell.start) || labelsIn(next.text).some((h) => h.start === cell.column)) return c;
    // "Kovács Péter e.v." over "villanyszerelő": a legal form ends the name; the next line is the trade.
    if (endsWithLegalForm.test(c.name)) return c;
    const more = namePart(cell.text);
    if (more !== cell.text.trim() || !plausibleName(more) && !/^[\p{Ll}„“"«‚]/u.test(more) || looksLikeAddress(more) || contact.test(more) || /\d/.test(more)) return c;
    const joined = `${c.name} ${more}`;
    const flat = (t: string) => t.toLowerCase().replace(/\s+/g, ' ');
    // The line after it is the address: the block is name, name, address ("„KOMES” Jan Nowak" over "ul. Polna 8").
    const after = lines[lineIndex + 2]?.cells.find((x) => Math.abs(x.column - column) <= 1);
    const addressNext = !legalForm.test(c.name) && after !== undefined && looksLikeAddress(after.text);
    // "CÔNG TY TNHH THƯƠNG MẠI" over "MINH PHÁT": a legal form that opens the name, in capitals, goes on.
    const capitals = (t: string) => /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
    const opensWithForm = legalForm.exec(c.name)?.index === 0 && capitals(c.name) && capitals(more) && !legalForm.test(more);
    const continues = /^[\p{Ll}„“"«‚]/u.test(more) || addressNext || opensWithForm || (!legalForm.test(c.name) && legalForm.test(more)) || flat(`${text.slice(0, line.start)}\n${text.slice(next.start + next.text.length)}`).includes(flat(joined));
    return continues ? { name: joined, span: { start: c.span.start, end: cell.start + more.length }, evidence: c.evidence } : c;
  };

  const stated = legalEntityStatement(text);
  const statement: Candidate | null = stated && !inRanges(customer, stated.span.start) ? { ...stated, evidence: 'vendorEntityStatement' } : null;

  // 1. The seller label's value. "From:"/"Von:"/"De:" also start a taxi's route or a period: past
  // the head of the document they name the seller only with a legal form or a mailbox.
  const headEnd = filled[7]?.start ?? Infinity;
  // A fapiao's seller block, its label printed vertically (销 / 售 / 方): the 名称 row.
  const vertical = verticalSellerBlockName(lines, customer);
  if (vertical) return found({ ...vertical, evidence: 'vendorLabelled' });
  // "FROM        TO" over the seller's and the buyer's blocks: the name heading the first.
  const partyBlock = partyHeadingColumns(lines)?.seller[0];
  const headed = partyBlock ? candidateFrom(partyBlock.text, partyBlock.start, 'vendorLabelled') : null;
  if (headed && !looksLikeAddress(headed.name)) return found(headed);
  // A document's own seller label ("Sold by:", "Supplier") before a mail header's "From:": a
  // platform's mailbox sends what a third-party seller issued.
  const isFrom = (s: LabelSegment) => fromWords.has(s.label.trim().replace(/\s*[:：]$/, '').toLowerCase());
  const sellerSegments = segments.filter((s) => s.kind === 'vendor' && !isFrom(s)).concat(segments.filter((s) => s.kind === 'vendor' && isFrom(s)));
  for (const s of sellerSegments) {
    // A label heading a block whose rows have labels of their own (공급자 over 상호, "PRESTADOR DE
    // SERVIÇOS" over "Nome/Razão Social:"): the name row.
    const block = s.placement === 'below' || s.placement === 'grid' || s.rest === '' ? labelledBlockName(lines, s, customer) : null;
    if (block) return found({ ...block, evidence: 'vendorLabelled' });
    // "Issued by Foo Marketplace S.à r.l. on behalf of the seller": an agent issuing in the seller's name is not the seller.
    if (onBehalf.test(s.rest)) continue;
    if (fromWords.has(s.label.trim().replace(/\s*[:：]$/, '').toLowerCase()) && s.labelStart > headEnd && !legalForm.test(s.rest) && !s.rest.includes('@')) continue;
    // "공급자" over "상호: 한빛디자인", "Seller" over "Name: Foo Ltd": the name's own label goes.
    const value = (s.placement === 'inline' ? s.rest : s.value).replace(/^[^:：\d]{1,20}[:：]\s*(?=\S)/u, '');
    // A mailbox's quoted display name ('"Foo Billing" <billing@foo>') loses its quotes; quotes
    // inside a name stay as printed ('ZAKŁAD USŁUG "ŻURAW" Sp. z o.o.').
    const c = candidateFrom(value.replace(/<[^>]*>/g, '').replace(/^(\s*)"([^"]*)"/u, '$1$2'), s.offset, 'vendorLabelled');
    if (c && !looksLikeAddress(c.name)) return legalForm.test(c.name) || !statement ? found(secondLine(c, s.line)) : found(statement);
  }
  // 1'. The legal entity the document says runs the trading name ("operated by", 運営, 법인명).
  if (statement) return found(statement);

  // 1a. Self-billing (the buyer issues the invoice in the supplier's name, VAT Directive art. 224):
  // with no seller label, the supplier is the addressee, not the letterhead.
  if (selfBilling.test(text)) {
    for (const range of addressee) {
      const line = lines.find((l) => range.start >= l.start && range.start <= l.start + l.text.length);
      if (!line || salutationOnly.test(line.text.trim())) continue;
      const c = candidateFrom(text.slice(range.start, range.end), range.start, 'vendorSelfBilled');
      if (c && !looksLikeAddress(c.name) && !isTitleOrLabel(text.slice(range.start, range.end), line, range.start - line.start)) return found(c);
    }
  }

  // 1b. A Japanese seller block: the name above the issuer's postcode (〒), address, telephone
  // and qualified-invoice registration number (登録番号 T + 13 digits), outside the addressee's
  // block (御中 / 様). The bank account's holder is printed in kana there, not the legal name.
  const block = japaneseSellerBlock();
  if (block) return found(block);

  // 2. The payment account's holder. A sole trader's holder is the owner printed under the
  // trading name ("Saltbush Copywriting" over "Harriet Lowe"): the trading name names the seller.
  // With the claim assigned to a factor, the account's holder is the factor.
  const factored = assignedTo.test(text);
  for (const s of segments) {
    if (s.kind !== 'accountHolder' || factored) continue;
    const c = candidateFrom(s.value, s.offset, 'vendorAccountHolder');
    if (!c || inRanges(customer, s.offset)) continue;
    const owner = heads.find((h) => key(h.cell) === c.name.toLowerCase().replace(/\s+/g, ' '));
    const above = owner && heads.find((h) => h.line.index < owner.line.index && filled.indexOf(h.line) === filled.indexOf(owner.line) - 1 && !h.legal);
    if (owner && above && filled.indexOf(above.line) === 0 && !legalForm.test(c.name)) {
      const trading = candidateFrom(above.cell, above.start, 'vendorAccountHolder');
      if (trading) return found(trading);
    }
    return found(c);
  }

  // 3. A letterhead line at the very top: "Name · street · city".
  // A legal name on a line above it is the letterhead; the shaped line is its address.
  const headShape = filled
    .slice(0, 3)
    .map((l) => ({ l, name: letterheadName(l.text) }))
    .find((x) => x.name !== null && !inRanges(customer, x.l.start) && !heads.some((h) => h.legal && h.line.index < x.l.index));
  if (headShape?.name) {
    const c = candidateFrom(headShape.name, headShape.l.start + headShape.l.text.indexOf(headShape.name), 'vendorLetterhead');
    if (c) return found(c);
  }
  // 4. A footer name printed with the seller's payment or tax details (IBAN, VAT id, register) —
  // with a legal form or as "Name | street | city" — names the seller, even when another
  // company's name heads the page (a buyer-first, window-envelope layout).
  const legalHead = heads.find((h) => h.legal);
  // Above the last lines (a payment slip under the footer, a QR-bill's receipt and payment part):
  // a legal name beside the seller's details that the document prints more than once.
  const occurrences = (name: string) => text.toLowerCase().split(name.toLowerCase()).length - 1;
  // A factored invoice's payment details are the factor's: they name no seller.
  const holderFoot = factored
    ? undefined
    : feet.find((f) => (f.legal || letterheadName(f.line.text) !== null) && nearSellerDetails(lines, f.line.index)) ??
    namesIn(filled.slice(8, -10), 4).find((f) => f.legal && nearSellerDetails(lines, f.line.index) && occurrences(namePart(f.cell)) >= 2);
  if (holderFoot && (!legalHead || key(legalHead.cell) !== key(holderFoot.cell))) {
    const c = candidateFrom(holderFoot.cell, holderFoot.start, 'vendorFooterHolder');
    if (c && !(legalHead && elsewhere(namePart(legalHead.cell), legalHead.start))) return found(c);
  }
  // 4. A letterhead name with a legal form; stronger when it recurs in the document.
  if (legalHead) {
    const c = candidateFrom(legalHead.cell, legalHead.start, 'vendorLegalForm');
    if (c) {
      const recurs = elsewhere(c.name, c.span.start) || feet.some((f) => key(f.cell) === key(legalHead.cell));
      return found({ ...c, evidence: recurs ? 'vendorCorroborated' : 'vendorLegalForm' });
    }
  }
  // 4'. The seller's own name row at the head ("Razón Social: Foo S.R.L." beside the logo), where
  // no legal name is printed with the seller's details or as the letterhead.
  const nameRow = headNameRow(lines, customer);
  if (nameRow) return found({ ...nameRow, evidence: 'vendorLegalForm' });
  // 5. A footer legal name.
  const legalFoot = feet.find((f) => f.legal);
  if (legalFoot) {
    const c = candidateFrom(legalFoot.cell, legalFoot.start, 'vendorFooter');
    if (c) return found({ ...c, evidence: heads.some((h) => key(h.cell) === key(c.name)) ? 'vendorCorroborated' : 'vendorFooter' });
  }
  // 6. The first plain name at the top.
  const firstHead = heads[0];
  if (firstHead && filled.indexOf(firstHead.line) <= 2) {
    const c = candidateFrom(firstHead.cell, firstHead.start, 'vendorTopLine');
    if (c) return found(elsewhere(c.name, c.span.start) ? { ...c, evidence: 'vendorTopLineRecurs' } : c);
  }
  // 7. The business in the signature of an invoice written as a letter or an e-mail.
  const signed = signatureName(lines);
  if (signed && !inRanges(customer, signed.span.start)) return found({ ...signed, evidence: 'vendorSignature' });
  const org = organisations().find((o) => {
    const at = text.indexOf(o);
    return at >= 0 && !inRanges(customer, at);
  });
  if (!org) return [];
  const at = text.indexOf(org);
  return found({ name: org, span: { start: at, end: at + org.length }, evidence: 'vendorOrganisation' });
}
