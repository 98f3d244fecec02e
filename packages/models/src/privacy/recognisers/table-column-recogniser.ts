import type { Finding, PersonalDataType, Recogniser } from '../personal-data-types';
import { addressCues } from './postal-address-recogniser';
import { birthCues } from './date-of-birth-recogniser';
import { identifierLabels } from './labelled-identifier-recogniser';
import { lexiconKey } from './name-lexicon';
import { nameLabels } from './person-name-cues';
import { phoneCues } from './phone-recogniser';

const delimiters = [',', ';', '\t', '|'] as const;

interface Cell {
  text: string;
  start: number;
  end: number;
}

/** One line split on `delimiter`, honouring double quotes (RFC 4180); offsets of each cell's content. */
export function splitRow(line: string, offset: number, delimiter: string): Cell[] {
  const cells: Cell[] = [];
  let i = 0;
  while (i <= line.length) {
    let start = i;
    let end: number;
    if (line[i] === '"') {
      start = i + 1;
      let j = start;
      while (j < line.length && !(line[j] === '"' && line[j + 1] !== '"')) j += line[j] === '"' ? 2 : 1;
      end = j;
      i = line.indexOf(delimiter, j);
    } else {
      i = line.indexOf(delimiter, i);
      end = i === -1 ? line.length : i;
    }
    const raw = line.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), start: offset + start + lead, end: offset + start + lead + raw.trim().length });
    if (i === -1) break;
    i += 1;
  }
  return cells;
}

const normalise = (header: string) => lexiconKey(header).normalize('NFKD').replace(/\p{M}/gu, '').replace(/[_.\-/]+/g, ' ').replace(/\s+/g, ' ').trim();
const notPersonal = /\b(?:company|firm|vendor|supplier|product|file|host|device|business|trade|brand|bank|project|domain|store|shop|server|printer|item|plan|account type|department|city|country|status)\b/;

// `employee_id`, `customer_number`: columns named after a person but holding a reference.
const notAName = /\b(?:id|number|num|numero|nummer|no|nr|code|ref|type|count|amount|salary|date|since|status|role|title|email|mail|e mail|phone|order|login|seen|visit|update|updated|modified|payment|purchase|activity|time|total|sale)\b/;

const columnCues: ReadonlyArray<[PersonalDataType, readonly string[]]> = [
  ['DATE_OF_BIRTH', [...birthCues, 'birth', 'date of birth', 'dob']],
  ['NATIONAL_ID', identifierLabels.NATIONAL_ID],
  ['PASSPORT', identifierLabels.PASSPORT],
  ['ID_CARD', identifierLabels.ID_CARD],
  ['HEALTH_INSURANCE', identifierLabels.HEALTH_INSURANCE],
  ['DRIVING_LICENCE', identifierLabels.DRIVING_LICENCE],
  ['PHONE', [...phoneCues, 'phone', 'mobile', 'tel']],
  ['ADDRESS', [...addressCues, 'street', 'street address', 'address line', 'city state zip', 'strasse', 'straße', 'rue', 'calle', 'via', 'straat', 'ulica', 'rua', 'gata']],
  ['PERSON', [...nameLabels, 'name', 'full name', 'fullname', 'forename', 'forenames', 'first', 'last', 'firstname', 'lastname', 'givenname', 'familyname', 'middlename', 'fname', 'lname', 'customername', 'contactname', 'applicant name', 'employee name', 'customer name', 'patient name', 'holder']],
];

// Cue keys per type, normalised once: a header matches when a run of its words equals a key.
const columnKeys: ReadonlyArray<[PersonalDataType, ReadonlySet<string>]> = columnCues.map(([type, cues]) => [
  type,
  new Set(cues.map(normalise).filter((key) => key.length >= 2)),
]);

/** The personal-data type of a column, from its header (`full_name`, `Geburtsdatum`, `ni_number`), or null. */
export function columnType(header: string): PersonalDataType | null {
  const name = normalise(header);
  const words = name.split(' ');
  if (name === '' || notPersonal.test(name) || words.length > 4) return null;
  const runs: string[] = [];
  for (let start = 0; start < words.length; start += 1) {
    for (let end = start + 1; end <= words.length; end += 1) runs.push(words.slice(start, end).join(' '));
  }
  for (const [type, keys] of columnKeys) {
    if (type === 'PERSON' && notAName.test(name)) continue;
    if (runs.some((run) => keys.has(run))) return type;
  }
  return null;
}

/**
 * Delimited tables (CSV exports, semicolon lists, pipe tables): a header line whose columns name
 * personal data (`full_name`, `dob`, `Nachname`, `ni_number`, `Anschrift`) makes every cell of those
 * columns in the rows below a finding, whatever the cell's shape.
 */
export const tableColumnRecogniser: Recogniser = {
  name: 'table columns (CSV / delimited rows by header)',
  find(text) {
    const found: Finding[] = [];
    const lines: Array<{ text: string; start: number }> = [];
    let offset = 0;
    for (const line of text.split('\n')) {
      lines.push({ text: line, start: offset });
      offset += line.length + 1;
    }
    for (let index = 0; index < lines.length - 1; index += 1) {
      const header = lines[index]!;
      // A header: at least three short cells (prose with commas is no table).
      const delimiter = delimiters.find((d) => {
        const cells = splitRow(header.text, 0, d);
        return cells.length >= 3 && cells.every((cell) => cell.text.length <= 40 && !/[.!?]$/.test(cell.text));
      });
      if (!delimiter) continue;
      const types = splitRow(header.text, header.start, delimiter).map((cell) => columnType(cell.text));
      if (!types.some((type) => type !== null)) continue;
      let row = index + 1;
      for (; row < lines.length; row += 1) {
        const line = lines[row]!;
        const cells = splitRow(line.text, line.start, delimiter);
        if (cells.length !== types.length) break;
        cells.forEach((cell, column) => {
          const type = types[column];
          if (type && cell.text !== '' && /[\p{L}\p{N}]/u.test(cell.text)) found.push({ start: cell.start, end: cell.end, type });
        });
      }
      index = row - 1;
    }
    return found;
  },
};
