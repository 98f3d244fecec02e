/**
 * Long texts are embedded in chunks and pooled: sentence encoders such as USE-lite read a bounded
 * window, and one vector over a whole multi-page invoice would mostly reflect its first lines.
 * Chunks end on sentence boundaries (Intl.Segmenter, ICU's sentence rules) so no chunk starts
 * mid-sentence; a single sentence longer than a chunk is cut at the last space before the limit.
 */
export const defaultMaxChunkChars = 1000;

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

export function chunkText(text: string, maxChars = defaultMaxChunkChars): string[] {
  if (maxChars < 1) throw new RangeError('maxChars must be at least 1');
  const chunks: string[] = [];
  let current = '';
  const flush = () => {
    const trimmed = current.trim();
    if (trimmed.length > 0) chunks.push(trimmed);
    current = '';
  };
  for (const { segment } of sentences.segment(text)) {
    if (current.length + segment.length <= maxChars) {
      current += segment;
      continue;
    }
    flush();
    let rest = segment;
    while (rest.length > maxChars) {
      const space = rest.lastIndexOf(' ', maxChars);
      const cut = space > 0 ? space : maxChars;
      chunks.push(rest.slice(0, cut).trim());
      rest = rest.slice(cut);
    }
    current = rest;
  }
  flush();
  // A blank document still gets a vector: the embedding of its (blank) text.
  return chunks.length > 0 ? chunks : [text];
}
