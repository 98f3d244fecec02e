import nlp from 'compromise';
import type { Finding, Recogniser } from '../personal-data-types';
import { caselessAlternation } from './cue-pattern';
import { lexiconKey, nameLexicon, neverAName, notNames } from './name-lexicon';
import { cjkName, devanagariName, followedByLegalForm, insideInstitutionName, isCompanyWord, isNameWord, isParticle, nameRun, nameSpan, nameWord, wordsOf } from './name-words';
import { otherScriptFindings, otherScriptName } from './other-script-names';
import { pinyinNameFindings } from './pinyin-names';
import { chatRoles, closings, headerFields, introductions, lowerCaseHonorifics, lowerCaseNameCues, nameLabels, partyLabels, salutations, speakerRoles, titles } from './person-name-cues';

/** Capture group 1 of each match, as a name run cut to what can be a name. */
function cueFindings(text: string, pattern: RegExp): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(pattern)) {
    const span = match.indices?.[1];
    const value = match[1];
    if (!span || !value) continue;
    const finding = nameSpan(wordsOf(value, span[0]));
    if (finding && !followedByLegalForm(text, finding.end)) found.push(finding);
  }
  return found;
}

// A title, then the name on the same line or, in an address block, on the next (`Herrn\nKonstantinos Papadopoulos`).
// Titles chain: `Herr Dr. Müller`, `Frau Prof. Dr. Schmidt`, `Dott.ssa Maria Rossi`.
const titleChain = String.raw`(?:${caselessAlternation(titles)})(?![\p{L}])\.?(?:[ \t]+(?:${caselessAlternation(titles)})(?![\p{L}])\.?)*`;
const titlePattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${titleChain}[ \t]+(${nameRun})`, 'gud');
const addressBlockTitlePattern = new RegExp(String.raw`(?:^|\n)[ \t]*${titleChain}[ \t]*\n[ \t]*(${nameRun})`, 'gud');
const devanagariTitlePattern = new RegExp(String.raw`(?:श्रीमती|श्री|सुश्री|कुमारी|डॉ\.)[ \t]*(${devanagariName})`, 'gud');
const introductionPattern = new RegExp(String.raw`(?<![\p{L}])(?:${caselessAlternation(introductions)})(?![\p{L}])[ \t,]+(${nameRun})`, 'gud');
// Chat and ticket speakers: `Konsultant Paweł:`, `Agent (Ellie):`, `14:15 Adviser Priya:`, `オペレーター（佐藤）：`, `एजेंट (पूजा):`.
const speakerPatterns = [
  new RegExp(String.raw`(?:^|\n)[ \t]*(?:[\d:]{4,8}[ \t]+)?(?:${caselessAlternation(speakerRoles)})[ \t]+(${nameWord})[ \t]*:`, 'gud'),
  new RegExp(String.raw`(?:^|\n)[ \t]*(?:[\d:]{4,8}[ \t]+)?[^\n:()（）]{1,30}[(（][ \t]*(${nameRun}|${cjkName}|${devanagariName})[ \t]*[)）][ \t]*[:：]`, 'gud'),
];
// Hindi and Indian English: `Srinivas ji`, `अमित जी`, `मेरा नाम अमित तिवारी है`, `आवेदक का नाम: सुनीता यादव`.
const devanagariPatterns = [
  new RegExp(String.raw`(${nameWord})[ \t]+ji(?![\p{L}])`, 'gud'),
  new RegExp(String.raw`(${devanagariName})[ ]जी(?![\p{L}\p{M}])`, 'gud'),
  new RegExp(String.raw`(?:नाम|नाम है)[ \t]*[:：]?[ \t]*(${devanagariName})`, 'gud'),
  new RegExp(String.raw`नाम[^\n:：]{0,24}[:：][ \t]*(${devanagariName})`, 'gud'),
];
// A chat line's time stamp: `[10:03] `, `[18-03-26 19:07] `, `14:02 `; the speaker and a colon follow.
const chatLinePrefix = String.raw`(?:\[[^\]\n]{3,24}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)`;
const salutationPattern = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:>[ \t]*)*(?:${chatLinePrefix}[^\n:]{1,40}:[ \t]*)?(?:${caselessAlternation(salutations)})(?![\p{L}])[ \t,]+(?:${titleChain}[ \t]+)?(${nameRun})`,
  'gud',
);
const closingPattern = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:>[ \t]*)*(?:${caselessAlternation(closings)})[ \t]*[,.!:]?[ \t]*(?:\n[ \t]*(?:>[ \t]*)*){1,2}(?:[-–—~][ \t]*)?(${nameRun})[ \t]*(?=\n|$|,|[(（])`,
  'gud',
);
const closingSameLinePattern = new RegExp(String.raw`(?:^|\n)[ \t]*(?:${caselessAlternation(closings)}),[ \t]+(${nameRun})[ \t]*(?=\n|$)`, 'gud');
const headerPattern = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:${caselessAlternation(headerFields)})[ \t]*:[ \t]*"?(${nameRun})"?[ \t]*(?:<|\(|\[)[^\s>)\]]+@`,
  'gud',
);
// "Aiko Tanaka" <aiko@example.jp> or Aiko Tanaka <aiko@...> anywhere (Cc lists, quoted headers).
const displayNamePattern = new RegExp(String.raw`"?(${nameRun})"?[ \t]*(?:<[^\s>]+@[^\s>]+>|\([^\s()]+@[^\s()]+\))`, 'gud');
const strongNameLabels = nameLabels.filter((label) => !partyLabels.includes(label));
const labelPattern = new RegExp(
  String.raw`(?<![\p{L}])(?<!(?:company|firm|vendor|supplier|product|file|host|device|business|trade|brand|bank|project|domain|store|shop|server|printer|firmen|produkt|entreprise|empresa|azienda|bedrijfs|firma|nazwa)[ \t])(?:${caselessAlternation(strongNameLabels)})(?![\p{L}])[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*[:：][ \t]*(?:(?:${caselessAlternation(titles)})\.?[ \t]+)?(${nameRun})(?=[ \t]*(?:$|\n|,|;|\(|\||[ \t]{2,}|<))`,
  'gud',
);
const partyLabelPattern = new RegExp(
  String.raw`(?<![\p{L}])(?:${caselessAlternation(partyLabels)})(?![\p{L}])[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*[:：][ \t]*(?:(?:${caselessAlternation(titles)})\.?[ \t]+)?(${nameRun})(?=[ \t]*(?:$|\n|,|;|\(|\||[ \t]{2,}|<))`,
  'gud',
);

/** A party label's value is a name when the lexicon knows one of its words (`Customer: Mehmet Yılmaz`, not `Customer: Acme Retail`). */
function withLexiconEvidence(text: string, findings: Finding[]): Finding[] {
  const lexicon = nameLexicon();
  return findings.filter((finding) =>
    text
      .slice(finding.start, finding.end)
      .split(/[\s-]+/)
      .some((word) => !notNames.has(lexiconKey(word)) && (lexicon.isGivenName(word) || lexicon.isFamilyName(word))),
  );
}

const cjkPatterns = [
  // 田中様 / 山本 さくら さん (not お客様, ご担当者様: honorific prefixes お/ご mark no name).
  new RegExp(String.raw`(?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])(?![おご])(${cjkName})[ \u3000]?(?:様|さん|殿|先生|氏|くん|ちゃん)`, 'gud'),
  // A label, a qualifier in parentheses (`氏名（カナ）`), then the name: `氏名（漢字） 鈴木 一郎`, `緊急連絡先 鈴木 美咲（妻）`.
  new RegExp(
    String.raw`(?:氏名|名前|お名前|担当者|患者名|契約者|申請者|受取人|緊急連絡先|保護者|申込者|フリガナ|ふりがな)(?:[（(][^）)\n]{1,8}[）)])?(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)(${cjkName})`,
    'gud',
  ),
  // `担当：田中 一郎（携帯 ...）`, `（担当：伊藤）`.
  new RegExp(String.raw`担当[ \t\u3000]*[:：][ \t\u3000]*(${cjkName})`, 'gud'),
  // 渡辺 健二です / 担当の佐藤です / 採用担当 山本 さくら: a name introducing itself, or after a role.
  new RegExp(String.raw`(?:担当の|担当[ \u3000]|(?:^|\n)[^\n：:]{0,12}[：:])(?![おご])(${cjkName})(?:です|と申します|でございます|(?=\n)|$)`, 'gud'),
  new RegExp(String.raw`(?:入社予定の|予定の|担当の)(?![おご])(${cjkName})(?:です|と申します)`, 'gud'),
];
const anyRun = new RegExp(nameRun, 'gu');

const emailLocalPart = /([\p{L}\p{N}._%+-]+)@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const fold = (word: string) => lexiconKey(word).normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z]/g, '');

/**
 * Names spelled in the document's e-mail addresses: `Gwenaëlle Le Goff` next to
 * `gwenaelle.legoff@...`. A run of capitalised words is a name when two of its words (folded,
 * accents dropped) are parts of one local part, or one is and the lexicon knows another.
 */
function emailNameFindings(text: string): Finding[] {
  const localParts = [...text.matchAll(emailLocalPart)].map((m) => fold(m[1] ?? ''));
  if (localParts.length === 0) return [];
  const lexicon = nameLexicon();
  const found: Finding[] = [];
  for (const match of text.matchAll(anyRun)) {
    const words = wordsOf(match[0], match.index ?? 0).filter((word) => isNameWord.test(word.text) || isParticle.test(lexiconKey(word.text)));
    if (words.length < 2 || words.some((word) => isCompanyWord(word.text))) continue;
    for (const local of localParts) {
      const inLocal = words.filter((word) => fold(word.text).length >= 2 && local.includes(fold(word.text)));
      const known = words.filter((word) => lexicon.isGivenName(word.text) || lexicon.isFamilyName(word.text));
      if (inLocal.length >= 2 || (inLocal.length === 1 && known.some((word) => word !== inLocal[0]))) {
        const finding = nameSpan(words);
        if (finding && !followedByLegalForm(text, finding.end)) found.push(finding);
        break;
      }
    }
  }
  return found;
}

// `[10:02] wanjiru:`, `09:12 tomasz.wrobel:`, `[14:11] Temsilci Burak:`, `[08:01] QuickRide (Kayla):`.
const chatSpeakerPattern = new RegExp(String.raw`(?:^|\n)[ \t]*${chatLinePrefix}([^\n:：\[\]]{1,40}?)[ \t]*[:：]`, 'gud');
const roleWords = new Set([...chatRoles, ...speakerRoles].map(lexiconKey));
const handleWord = /^[\p{L}][\p{L}\p{M}'’-]*$/u;

/**
 * Speakers of time-stamped chat lines, in any letter case: a role word (`customer`, `Kund`) is no
 * one; a role before a name (`Temsilci Burak`, `agent_mehmet`) gives the name; a handle
 * (`tomasz.wrobel`) is the name it spells; a name in parentheses after a brand is the person's.
 */
function chatSpeakerFindings(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(chatSpeakerPattern)) {
    const span = match.indices?.[1];
    const speaker = match[1];
    if (!span || !speaker) continue;
    const inParentheses = /\(([^()]{2,30})\)\s*$/u.exec(speaker);
    let start = span[0];
    let value = speaker;
    if (inParentheses) {
      start += inParentheses.index + 1;
      value = inParentheses[1]!;
    }
    // A role prefix: `Temsilci Burak`, `agent_mehmet`, `Agent Sofia`.
    const prefix = /^([\p{L}]+)[ \t_]+/u.exec(value);
    if (prefix && roleWords.has(lexiconKey(prefix[1]!))) {
      start += prefix[0].length;
      value = value.slice(prefix[0].length);
    }
    const words = value.split(/[ \t._]+/).filter(Boolean);
    if (words.length === 0 || words.length > 4) continue;
    const parts = words.flatMap((word) => word.split('-'));
    if (!words.every((word) => handleWord.test(word)) || parts.some((part) => roleWords.has(lexiconKey(part)) || isCompanyWord(part) || (neverAName(part) && !isParticle.test(part)))) continue;
    if (!words.some((word) => /\p{L}{2}/u.test(word))) continue;
    found.push({ start, end: start + value.length, type: 'PERSON' });
  }
  return found;
}

const lowerCaseWord = String.raw`\p{Ll}[\p{Ll}\p{M}'’]*(?:-\p{Ll}[\p{Ll}\p{M}]*)*`;
const lowerCaseNamePattern = new RegExp(
  // The name in a lookahead: a cue inside another cue's candidate (`hello sir this is ramesh`) is tried too.
  String.raw`(?<![\p{L}])(?:${caselessAlternation(lowerCaseNameCues)})[ \t,]+(?=(${lowerCaseWord}(?:[ \t]+${lowerCaseWord}){0,3}))`,
  'gud',
);

const lowerCaseHonorific = new RegExp(String.raw`(?<![\p{L}])(?:${caselessAlternation(lowerCaseHonorifics)})\.?[ \t,]+$`, 'u');

/**
 * Names written in lower case after an introduction, a relation, thanks or a greeting (`hi its
 * wanjiru`, `call my wife sunita`, `ben zeynep arslan`): the first word must be a known given name
 * and each further word a known name or a particle (`fleur van der meer`).
 */
function lowerCaseNameFindings(text: string): Finding[] {
  const lexicon = nameLexicon();
  const known = (word: string) => !notNames.has(lexiconKey(word)) && word.split('-').every((part) => lexicon.isGivenName(part) || lexicon.isFamilyName(part));
  const found: Finding[] = [];
  for (const match of text.matchAll(lowerCaseNamePattern)) {
    const span = match.indices?.[1];
    const value = match[1];
    if (!span || !value) continue;
    const words = wordsOf(value, span[0]);
    const first = words[0];
    if (!first || first.text.length < 3 || notNames.has(lexiconKey(first.text))) continue;
    if (!first.text.split('-').every((part) => lexicon.isGivenName(part))) {
      // After an honorific (`pan jarosław nowicki-wójcik`, `herr müller`) the family name may vouch for the given name.
      if (!lowerCaseHonorific.test(text.slice(Math.max(0, first.start - 12), first.start))) continue;
      const family = [first, words[1]].findIndex((word) => word !== undefined && word.text.length >= 3 && known(word.text));
      if (family !== -1) found.push({ start: first.start, end: words[family]!.end, type: 'PERSON' });
      continue;
    }
    let last = 0;
    for (let i = 1; i < words.length; i += 1) {
      const word = words[i]!.text;
      if (known(word)) last = i;
      else if (!isParticle.test(word)) break;
    }
    found.push({ start: first.start, end: words[last]!.end, type: 'PERSON' });
  }
  return found;
}

// A name's reading or transcription in parentheses right after it: `Zhang Wei (张伟)`, `高橋 優斗（タカハシ ユウト）`.
const parenthesisedReading = new RegExp(String.raw`^[ \t\u3000]*[(（](${otherScriptName}|${nameRun})[)）]`, 'du');

/** Group 1 as a name: Latin runs are cut to what can be a name, other scripts taken as matched. */
function scriptFindings(text: string, pattern: RegExp): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(pattern)) {
    const span = match.indices?.[1];
    const value = match[1];
    if (!span || !value) continue;
    if (/\p{Script=Latin}/u.test(value)) {
      // `(IBAN):`, `(NIF):` are labels in parentheses, not speakers.
      if (/^\p{Lu}{2,6}$/u.test(value)) continue;
      const finding = nameSpan(wordsOf(value, span[0]));
      if (finding) found.push(finding);
    } else found.push({ start: span[0], end: span[1], type: 'PERSON' });
  }
  return found;
}

/**
 * Names in running text by the lexicon: a run whose words include a known given name followed by
 * a capitalised word, or a known family name next to a given name (Nguyễn Văn An, Tanaka Aiko).
 */
function lexiconFindings(text: string): Finding[] {
  const lexicon = nameLexicon();
  const found: Finding[] = [];
  for (const match of text.matchAll(anyRun)) {
    const words = wordsOf(match[0], match.index ?? 0).filter((word) => isNameWord.test(word.text) || isParticle.test(word.text));
    if (words.length < 2) continue;
    for (let i = 0; i < words.length - 1; i += 1) {
      const word = words[i]!;
      const key = lexiconKey(word.text);
      if (notNames.has(key) || isParticle.test(word.text) || /^\p{Lu}{2,}/u.test(word.text)) continue;
      const next = words.slice(i + 1).find((w) => !isParticle.test(w.text));
      if (!next || notNames.has(lexiconKey(next.text)) || isCompanyWord(next.text)) continue;
      const given = lexicon.isGivenName(word.text);
      const familyFirst = lexicon.isFamilyName(word.text) && lexicon.isGivenName(next.text);
      if (!given && !familyFirst) continue;
      let end = i + 1;
      while (end < words.length && !isCompanyWord(words[end]!.text) && !notNames.has(lexiconKey(words[end]!.text))) end += 1;
      const finding = nameSpan(words.slice(i, end));
      if (finding && !words.slice(end, end + 1).some((w) => isCompanyWord(w.text)) && !followedByLegalForm(text, finding.end)) found.push(finding);
      i = end - 1;
    }
  }
  return found;
}

// compromise models English: on other languages it reads capitalised words of any sentence as names.
const englishWords = /(?<![\p{L}])(?:the|and|to|of|is|you|your|for|please|with|we|our|this|that|have|will|from|are|on|be|my|it|in)(?![\p{L}])/giu;

function looksEnglish(text: string): boolean {
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  return words > 0 && (text.match(englishWords)?.length ?? 0) / words >= 0.12;
}

function compromiseFindings(text: string): Finding[] {
  // compromise costs milliseconds per text; a text without a capitalised word has no name it finds.
  if (!/\p{Lu}\p{Ll}/u.test(text)) return [];
  const found: Finding[] = [];
  const people = nlp(text).people().json({ offset: true }) as Array<{ text: string; offset?: { start: number; length: number } }>;
  for (const person of people) {
    if (!person.offset) continue;
    const raw = text.slice(person.offset.start, person.offset.start + person.offset.length);
    const words = wordsOf(raw.replace(/[.,;:!?'’]+$/, ''), person.offset.start);
    // compromise reads non-English sentences as names: every word must look like a name's word.
    if (!words.every((w) => (isNameWord.test(w.text) && !/^\p{Lu}{2,}/u.test(w.text)) || isParticle.test(w.text))) continue;
    const finding = nameSpan(words);
    if (finding && !followedByLegalForm(text, finding.end)) found.push(finding);
  }
  return found;
}

/**
 * Person names: after titles, salutations, name labels and e-mail header fields, on the line under
 * a closing (signature blocks), in display names, by the multilingual name lexicon, by compromise
 * (English), and Japanese names with honorifics or labels. Every occurrence of a found name and of
 * its words is hidden by the redactor afterwards (see `propagateNames`).
 */
export const personNameSources: Readonly<Record<string, (text: string) => Finding[]>> = {
  title: (text) => [...cueFindings(text, titlePattern), ...cueFindings(text, addressBlockTitlePattern)],
  introduction: (text) => cueFindings(text, introductionPattern),
  speaker: (text) => speakerPatterns.flatMap((pattern) => scriptFindings(text, pattern)),
  devanagari: (text) => [...devanagariPatterns, devanagariTitlePattern].flatMap((pattern) => scriptFindings(text, pattern)),
  salutation: (text) => cueFindings(text, salutationPattern),
  signature: (text) => [...cueFindings(text, closingPattern), ...cueFindings(text, closingSameLinePattern)],
  header: (text) => [...cueFindings(text, headerPattern), ...cueFindings(text, displayNamePattern)],
  label: (text) => [...cueFindings(text, labelPattern), ...withLexiconEvidence(text, cueFindings(text, partyLabelPattern))],
  japanese: (text) => cjkPatterns.flatMap((pattern) => scriptFindings(text, pattern)),
  lexicon: lexiconFindings,
  chat: chatSpeakerFindings,
  otherScript: otherScriptFindings,
  pinyin: pinyinNameFindings,
  lowerCase: lowerCaseNameFindings,
  email: emailNameFindings,
  // Outside English, compromise's candidates need the lexicon's word for it.
  compromise: (text) => (looksEnglish(text) ? compromiseFindings(text) : withLexiconEvidence(text, compromiseFindings(text))),
};

/** The reading or transcription in parentheses right after a found name is the same person's name. */
function withReadings(text: string, findings: Finding[]): Finding[] {
  const readings: Finding[] = [];
  for (const finding of findings) {
    const match = parenthesisedReading.exec(text.slice(finding.end, finding.end + 60));
    const span = match?.indices?.[1];
    // Two characters at least: `（妻）`, `（様）` say who the person is, not how the name reads.
    if (span && span[1] - span[0] >= 2) readings.push({ start: finding.end + span[0], end: finding.end + span[1], type: 'PERSON' });
  }
  return [...findings, ...readings];
}

export const personNameRecogniser: Recogniser = {
  name: 'person name (titles, salutations, signatures, headers, labels, speakers, introductions, @faker-js/faker name lexicon, compromise)',
  find: (text) =>
    withReadings(
      text,
      Object.values(personNameSources)
        .flatMap((source) => source(text))
        .filter((finding) => !insideInstitutionName(text, finding)),
    ),
};
