/** A piece of the document text: plain, or the source of one or more fields. */
export interface TextSegment {
  text: string;
  start: number;
  /** Names of the fields whose span covers this segment (empty: plain text). */
  fields: string[];
}

/**
 * Cuts `text` at every span boundary so each field's source can be marked. Spans that are absent,
 * empty or outside the text are ignored (the extractor may not provide them); overlapping spans
 * give segments that name every field covering them.
 */
export function highlightSegments(text: string, fields: readonly { name: string; span: { start: number; end: number } | null }[]): TextSegment[] {
  const spans = fields
    .filter((field) => field.span !== null && field.span.start >= 0 && field.span.end > field.span.start && field.span.end <= text.length)
    .map((field) => ({ name: field.name, start: field.span!.start, end: field.span!.end }));
  const cuts = [...new Set([0, text.length, ...spans.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    if (end <= start) continue;
    segments.push({ text: text.slice(start, end), start, fields: spans.filter((span) => span.start <= start && span.end >= end).map((span) => span.name) });
  }
  return segments;
}
