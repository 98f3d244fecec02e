import { labelLexicon, type LabelKind } from './label-lexicon';

/**
 * Splits each line into (label, value) segments: a value runs from the end of its label to the
 * next label on the same line, or — when the label stands alone on its line — is the next
 * non-empty line. This covers "key: value" headers, "a | b | c" summary lines, dotted leaders
 * and prose ("Total 119,00 €, due 4 March") without knowing the layout.
 */
export interface LabelSegment {
  kind: LabelKind;
  label: string;
  value: string;
  /** Index of the line holding the value. */
  line: number;
  /** True when the value came from the line below a lone label. */
  nextLine: boolean;
  /** Offset of the value in the whole text. */
  offset: number;
  /** Everything after the label to the end of its line: names may contain label words ("Data"). */
  rest: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function keyOf(label: string): string {
  return label.toLowerCase().replace(/[\s:]+/g, '');
}

// One alternation with the longest wordings first: at each position the longest label wins
// ("total ht" over "total", "due date" over "due"), and a line costs one regex pass, not 600.
const entries = Object.entries(labelLexicon).flatMap(([kind, words]) => words.map((word) => ({ kind: kind as LabelKind, word })));
const kindByKey = new Map<string, LabelKind>();
for (const { kind, word } of entries) if (!kindByKey.has(keyOf(word))) kindByKey.set(keyOf(word), kind);
const labelPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...entries]
    .sort((a, b) => b.word.length - a.word.length)
    .map(({ word }) => {
      const colonOnly = word.endsWith(':');
      const body = escape(colonOnly ? word.slice(0, -1) : word).replace(/\s+/g, '\\s*');
      const tail = colonOnly ? '(?=\\s*:)' : /[.#°]$/.test(word) ? '' : '(?![\\p{L}\\p{N}])';
      return `${body}${tail}`;
    })
    .join('|')})`,
  'giu',
);

interface LabelHit {
  kind: LabelKind;
  start: number;
  end: number;
}

// Lines are looked up again by several field rules; the cache keeps that to one pass per line.
const memo = new Map<string, LabelHit[]>();

function labelsIn(line: string): LabelHit[] {
  const cached = memo.get(line);
  if (cached) return cached;
  const kept: LabelHit[] = [];
  for (const m of line.matchAll(labelPattern)) {
    const kind = kindByKey.get(keyOf(m[0]));
    if (kind) kept.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  if (memo.size > 10_000) memo.clear();
  memo.set(line, kept);
  return kept;
}

const leadingNoise = /^[\s:.#|\-–—=_>*…]*(?:(?:n[°º]|no\.|nr\.?|nº|#)\s*)?[\s:.|\-–—=_]*/iu;

export function labelSegments(text: string): LabelSegment[] {
  const lines = text.split('\n');
  const offsets: number[] = [];
  let at = 0;
  for (const line of lines) {
    offsets.push(at);
    at += line.length + 1;
  }
  const out: LabelSegment[] = [];
  lines.forEach((line, lineIndex) => {
    const hits = labelsIn(line);
    if (isLabelRow(line, hits)) {
      out.push(...gridSegments(hits, lines, lineIndex, line, offsets));
      return;
    }
    hits.forEach((hit, i) => {
      const end = hits[i + 1]?.start ?? line.length;
      const rawValue = line.slice(hit.end, end);
      const noise = leadingNoise.exec(rawValue)?.[0].length ?? 0;
      const value = rawValue.slice(noise).replace(/[\s|]+$/, '');
      const label = line.slice(hit.start, hit.end);
      const aloneOnLine = hits.length === 1 && line.slice(0, hit.start).trim() === '' && value === '';
      if (value !== '') {
        out.push({ kind: hit.kind, label, value, line: lineIndex, nextLine: false, offset: offsets[lineIndex]! + hit.end + noise, rest: line.slice(hit.end + noise).trim() });
      } else if (aloneOnLine) {
        const next = lines.findIndex((l, j) => j > lineIndex && l.trim() !== '');
        if (next > lineIndex && next <= lineIndex + 2) {
          out.push({ kind: hit.kind, label, value: lines[next]!.trim(), line: next, nextLine: true, offset: offsets[next]!, rest: lines[next]!.trim() });
        }
      }
    });
  });
  return out;
}

/** A row made of two or more labels and nothing else: the values sit in the row below. */
function isLabelRow(line: string, hits: readonly LabelHit[]): boolean {
  if (hits.length < 2) return false;
  let rest = line;
  for (const h of [...hits].reverse()) rest = rest.slice(0, h.start) + rest.slice(h.end);
  return /^[\s:.#|/-]*$/.test(rest);
}

/**
 * Column-aligned header grids ("Invoice No.   Date   Due date" over their values): each chunk of
 * the row below (chunks are separated by two or more spaces or a pipe) goes to the label whose
 * column start is nearest. Marked `nextLine` so amount rules do not read table rows as totals.
 */
function gridSegments(hits: readonly LabelHit[], lines: readonly string[], lineIndex: number, line: string, offsets: readonly number[]): LabelSegment[] {
  const next = lineIndex + 1;
  const below = lines[next];
  if (below === undefined || below.trim() === '' || labelsIn(below).length > 0) return [];
  const out: LabelSegment[] = [];
  for (const chunk of below.matchAll(/[^\s|]+(?: [^\s|]+)*/g)) {
    const nearest = [...hits].sort((a, b) => Math.abs(a.start - chunk.index) - Math.abs(b.start - chunk.index))[0]!;
    if (out.some((o) => o.label === line.slice(nearest.start, nearest.end))) continue;
    out.push({ kind: nearest.kind, label: line.slice(nearest.start, nearest.end), value: chunk[0], line: next, nextLine: true, offset: offsets[next]! + chunk.index, rest: chunk[0] });
  }
  return out;
}

/** Label kinds present on a line, for cues such as "this line is a totals line". */
export function labelKindsOnLine(line: string): Set<LabelKind> {
  return new Set(labelsIn(line).map((h) => h.kind));
}
