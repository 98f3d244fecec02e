import type { Finding, Recogniser } from '../personal-data-types';
import { cueAlternation } from './cue-pattern';

/** Words that mark the following date as a birth date. */
export const birthCues = [
  'born', 'born on', 'date of birth', 'birth date', 'birthdate', 'birthday', 'dob', 'd.o.b', 'd.o.b.', 'b.', 'd/o/b',
  'geb.', 'geb', 'geboren', 'geboren am', 'geburtsdatum', 'geburtstag', 'geb.-datum', 'geb.datum',
  'né le', 'née le', 'né(e) le', 'né', 'née', 'date de naissance', 'date naiss.', 'naissance',
  'fecha de nacimiento', 'f. nacimiento', 'fecha nac.', 'nacido el', 'nacida el', 'nacido', 'nacida', 'nacimiento', 'f. de nacimiento',
  'data di nascita', 'nato il', 'nata il', 'nato a', 'nata a', 'nato', 'nata', 'nascita',
  'geboortedatum', 'geboren op', 'geb. datum', 'geboorte',
  'data urodzenia', 'urodzony', 'urodzona', 'ur.', 'urodzony dnia', 'urodzona dnia',
  'data de nascimento', 'nascido em', 'nascida em', 'nascido a', 'nascida a', 'nascimento', 'data nasc.',
  'födelsedatum', 'född', 'födelsedag', 'f.d.',
  'doğum tarihi', 'doğum', 'd.t.', 'doğ. tar.',
  'ngày sinh', 'sinh ngày', 'sinh năm',
  'születési idő', 'születési dátum', 'születési hely, idő', 'született', 'szül.', 'szül', 'születési',
  '生年月日', '誕生日', '生まれ', 'जन्म तिथि', 'जन्मतिथि', 'janm tithi',
];

const months = [
  // en, de, fr, es, it, nl, pl (nominative and genitive), pt, sv, tr, with abbreviations
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'januar', 'jänner', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'mär', 'okt', 'dez',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'janv', 'févr', 'avr', 'juil', 'déc',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'ene', 'dic',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre', 'gen', 'mag', 'giu', 'lug', 'ago', 'set', 'ott',
  'januari', 'februari', 'maart', 'mei', 'augustus', 'mrt',
  'styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień',
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'dezembro', 'fev', 'out',
  'augusti', 'oktober',
  'ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık',
];

const monthNames = cueAlternation(months);
// Dates as people write them: 03.11.1984, 11/03/1984, 1984-11-03, 3 November 1984, 3. März 1984,
// 3 de marzo de 1984, November 3, 1984, 1984年11月3日, ngày 3 tháng 11 năm 1984, 1984.11.03.
const datePattern = [
  // Hungarian: 2011.05.17. (year first, each part closed by a dot).
  String.raw`\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.`,
  String.raw`\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:\d{4}|\d{2})`,
  String.raw`\d{4}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{1,2}`,
  String.raw`\d{1,2}(?:st|nd|rd|th|er|º|°)?\.?\s+(?:de\s+)?(?:${monthNames})\.?,?\s+(?:de\s+)?\d{4}`,
  String.raw`(?:${monthNames})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`,
  String.raw`\d{1,2}[-/ ](?:${monthNames})\.?[-/ ,]+\d{4}`,
  String.raw`\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日`,
  String.raw`(?:明治|大正|昭和|平成|令和)\s?(?:\d{1,2}|元)\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日`,
  String.raw`(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}`,
].join('|');

// A cue, then up to 40 characters that hold no other date, then the date. The gap may cross one
// line break (a label above its value) and hold words such as `on`, `(DD/MM/YYYY)`, `am`.
const birthDatePattern = new RegExp(
  String.raw`(?<![\p{L}])(?:${cueAlternation(birthCues)})(?![\p{L}])[^\n\d]{0,40}?(?:\n[^\n\d]{0,20}?)?(${datePattern})(?![\d])`,
  'giud',
);

/** Dates a birth cue (`born`, `DOB`, `geb.`, `né le`, `生年月日`, ...) points at, in any common format. */
export const dateOfBirthRecogniser: Recogniser = {
  name: 'date of birth (cue + date)',
  find(text) {
    const found: Finding[] = [];
    for (const match of text.matchAll(birthDatePattern)) {
      const span = match.indices?.[1];
      if (span) found.push({ start: span[0], end: span[1], type: 'DATE_OF_BIRTH' });
    }
    return found;
  },
};
