import { findDates, type DateMatch } from './date-parsing';
import type { FieldCandidate } from './field-candidate';
import type { LabelSegment } from './label-segments';

/**
 * Invoice and order numbers, issue and due dates from labelled segments, with layout-free
 * fallbacks: an id after the document title, "pay by <date>", "within 30 days", and the
 * order of dates (an invoice is issued before it is due) to settle day/month ambiguity.
 */

// An identifier: letters, digits and - / . _ with at least one digit, not a date or an amount.
const idToken = /^[#:]?\s*([A-Z0-9][A-Z0-9\-/._]*\d[A-Z0-9\-/._]*|\d)(?=$|[\s,;)(|])/i;

export function readIdentifier(value: string): string | null {
  const m = idToken.exec(value.trim());
  if (!m) return null;
  const id = m[1]!.replace(/[.\-/]+$/, '');
  if (findDates(id, { dayFirst: true }).length > 0) return null;
  if (/^\d{1,2}$/.test(id)) return null;
  return id;
}

export function identifierFields(segments: readonly LabelSegment[]): FieldCandidate[] {
  const out: FieldCandidate[] = [];
  const first = (kind: LabelSegment['kind']) =>
    segments.filter((s) => s.kind === kind).map((s) => readIdentifier(s.value)).find((v) => v !== null);
  const invoiceNumber = first('invoiceNumber');
  if (invoiceNumber) out.push({ name: 'invoiceNumber', value: invoiceNumber, evidence: 'labelledId' });
  else {
    const fromTitle = first('invoiceTitle');
    if (fromTitle) out.push({ name: 'invoiceNumber', value: fromTitle, evidence: 'titleId' });
  }
  const orderNumber = first('orderNumber');
  if (orderNumber) out.push({ name: 'orderNumber', value: orderNumber, evidence: 'labelledId' });
  return out;
}

/**
 * Day-first unless the document shows month-first: a slashed date whose second part is > 12, or
 * English text with US cues ($, Inc., LLC, a state + ZIP). Other languages write day-first even
 * when billing in dollars.
 */
export function inferDayFirst(text: string, language: string): boolean {
  for (const m of text.matchAll(/(?<![\d.])(\d{1,2})\/(\d{1,2})\/(\d{2,4})(?!\d)/g)) {
    if (Number(m[1]) > 12) return true;
    if (Number(m[2]) > 12) return false;
  }
  if (language !== 'en' && language !== 'und') return true;
  const usCues = /\$|USD|(?<![\p{L}])(?:Inc\.|LLC|Corp\.)|\b[A-Z]{2} \d{5}\b/u.test(text);
  return !usCues;
}

interface DatedSegment {
  date: DateMatch;
  segment: LabelSegment | null;
}

function firstDate(segment: LabelSegment, dayFirst: boolean, directlyAfter: boolean): DateMatch | null {
  const dates = findDates(segment.value, { dayFirst });
  const d = dates[0];
  if (!d) return null;
  if (directlyAfter && d.index > 3) return null;
  return d;
}

const relativeTerms =
  /(?:within|innerhalb\s+von|innerhalb|binnen|sous|dans\s+un\s+délai\s+de|à|en\s+un\s+plazo\s+de|a|entro)\s+(\d{1,3})\s+(?:days|tagen|tage|jours|días|dias|giorni|dagen)|net\s+(\d{1,3})(?!\d)/i;

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function plausibleGap(issue: string, due: string): boolean {
  const days = (Date.parse(due) - Date.parse(issue)) / 86_400_000;
  return days >= 0 && days <= 120;
}

export function dateFields(text: string, segments: readonly LabelSegment[], language: string): FieldCandidate[] {
  const dayFirst = inferDayFirst(text, language);
  const pick = (kinds: LabelSegment['kind'][], directlyAfter = false): DatedSegment | null => {
    for (const s of segments) {
      if (!kinds.includes(s.kind)) continue;
      const date = firstDate(s, dayFirst, directlyAfter || s.kind === 'dueCue');
      if (date) return { date, segment: s };
    }
    return null;
  };
  let issue = pick(['issueDate']);
  let issueEvidence: FieldCandidate['evidence'] = 'labelledDate';
  const due = pick(['dueDate']) ?? pick(['dueCue'], true);
  const dueEvidence: FieldCandidate['evidence'] = due?.segment?.kind === 'dueCue' ? 'cueDate' : 'labelledDate';
  if (!issue) {
    // No label: the first date that is not the due date (letters print "City, 4 March 2025").
    const all = findDates(text, { dayFirst });
    const candidate = all.find((d) => !due || d.iso !== due.date.iso);
    if (candidate && (!due || candidate.iso <= due.date.iso)) {
      issue = { date: candidate, segment: null };
      issueEvidence = 'unlabelledDate';
    }
  }
  let issueIso = issue?.date.iso ?? null;
  let dueIso = due?.date.iso ?? null;
  // Ambiguous slashed dates: prefer the reading in which the invoice is issued before it is due.
  if (issue && due && issueIso && dueIso && !plausibleGap(issueIso, dueIso)) {
    const issueAlt = issue.date.alternative ?? issueIso;
    const dueAlt = due.date.alternative ?? dueIso;
    if (plausibleGap(issueAlt, dueAlt)) {
      issueIso = issueAlt;
      dueIso = dueAlt;
    }
  }
  const out: FieldCandidate[] = [];
  if (issueIso) out.push({ name: 'issueDate', value: issueIso, evidence: issue?.date.ambiguous ? 'ambiguousDate' : issueEvidence });
  if (dueIso) out.push({ name: 'dueDate', value: dueIso, evidence: due?.date.ambiguous ? 'ambiguousDate' : dueEvidence });
  else if (issueIso) {
    const relative = relativeTerms.exec(text);
    const days = Number(relative?.[1] ?? relative?.[2] ?? NaN);
    if (Number.isFinite(days)) out.push({ name: 'dueDate', value: addDays(issueIso, days), evidence: 'relativeDueDate' });
  }
  return out;
}
