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
    hits.forEach((hit, i) => {
      const end = hits[i + 1]?.start ?? line.length;
      const rawValue = line.slice(hit.end, end);
      const noise = leadingNoise.exec(rawValue)?.[0].length ?? 0;
      const value = rawValue.slice(noise).replace(/[\s|]+$/, '');
      const label = line.slice(hit.start, hit.end);
      const aloneOnLine = hits.length === 1 && line.slice(0, hit.start).trim() === '' && value === '';
      if (value !== '') {
        out.push({ kind: hit.kind, label, value, line: lineIndex, nextLine: false, offset: offsets[lineIndex]! + hit.end + noise });
      } else if (aloneOnLine) {
        const next = lines.findIndex((l, j) => j > lineIndex && l.trim() !== '');
        if (next > lineIndex && next <= lineIndex + 2) {
          out.push({ kind: hit.kind, label, value: lines[next]!.trim(), line: next, nextLine: true, offset: offsets[next]! });
        }
      }
    });
  });
  return out;
}

/** Label kinds present on a line, for cues such as "this line is a totals line". */
export function labelKindsOnLine(line: string): Set<LabelKind> {
  return new Set(labelsIn(line).map((h) => h.kind));
}
