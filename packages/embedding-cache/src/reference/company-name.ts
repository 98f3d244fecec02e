/**
 * Company names as compared lexically: the distinctive part only. "ACME GmbH", "Acme" and
 * "ACME Gesellschaft mbH" all become "acme". Sentence embeddings treat the legal form and the
 * letter case as meaning, which is why reference matching combines them with this.
 */

// Legal forms in their normalised spelling (lower case, no accents, dots removed). Sorted
// longest first at module load so "gesellschaft mbh" wins over "mbh".
const legalForms: readonly string[] = [
  // DE / AT / CH
  'gmbh', 'mbh', 'gesellschaft mbh', 'gesellschaft mit beschrankter haftung', 'ag', 'aktiengesellschaft',
  'kg', 'kommanditgesellschaft', 'kgaa', 'ohg', 'gbr', 'ug', 'ug haftungsbeschrankt', 'ek', 'ekfm',
  'eingetragener kaufmann', 'eingetragene kauffrau', 'ev', 'eg', 'se', 'co', 'und co', 'and co', 'cie', 'et cie',
  // FR / BE / LU
  'sa', 'sas', 'sasu', 'sarl', 'eurl', 'snc', 'sca', 'societe anonyme', 'societe a responsabilite limitee',
  'societe par actions simplifiee', 'societe en nom collectif',
  // NL / BE
  'nv', 'bv', 'vof', 'naamloze vennootschap', 'besloten vennootschap',
  // UK / IE / US / AU
  'ltd', 'limited', 'plc', 'public limited company', 'llp', 'lp', 'llc', 'limited liability company', 'inc',
  'incorporated', 'corp', 'corporation', 'company', 'pty', 'pty ltd',
  // ES / IT / PT
  'sl', 'slu', 'sociedad limitada', 'sociedad anonima', 'srl', 'spa', 'sapa', 'societa a responsabilita limitata',
  'societa per azioni', 'lda',
  // Nordics / PL / CZ
  'ab', 'aktiebolag', 'as', 'asa', 'aps', 'oy', 'oyj', 'sp z oo', 'spolka z ograniczona odpowiedzialnoscia',
  'spolka akcyjna', 'sro',
].sort((a, b) => b.length - a.length);

// Letters NFKD does not decompose into a base letter plus a combining mark.
const foldedLetters: Record<string, string> = { ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i' };

/** Lower case, accents folded, punctuation removed, whitespace collapsed. */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßłøæœđı]/g, (letter) => foldedLetters[letter] ?? letter)
    .replace(/[.'’´`]/g, '') // "S.A." -> "sa", "e.K." -> "ek"
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The folded name without trailing legal forms (repeatedly: "GmbH & Co. KG" goes entirely).
 * A name that is nothing but a legal form keeps it, so it still compares with something.
 */
export function normalizeCompanyName(name: string): string {
  const folded = foldName(name);
  let rest = folded;
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const form of legalForms) {
      if (rest === form) break;
      if (rest.endsWith(` ${form}`)) {
        rest = rest.slice(0, -form.length - 1);
        stripped = true;
        break;
      }
    }
  }
  return rest.length > 0 ? rest : folded;
}
