import { SluiceError } from '@sluice/errors';
import { getDocumentProxy } from 'unpdf';

/** One positioned run of text as PDF.js reports it (PDF user space: points, origin bottom left). */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface PdfText {
  /** Pages joined by form feeds (U+000C), as pdftotext does. */
  text: string;
  pages: number;
}

/**
 * Text of a PDF in reading order with its layout: lines top to bottom, runs on a line left to
 * right, and a wide horizontal gap kept as at least two spaces, padded towards the run's column on
 * the page — so side-by-side blocks (seller | buyer, label | value, table columns) stay apart the
 * way the extractor's layout reader expects (cells split at two spaces, text-layout.ts), like
 * `pdftotext -layout`. Text is read with PDF.js through unpdf (its serverless build, no worker).
 * A PDF PDF.js cannot open is INVALID_INPUT (dead-lettered, not retried).
 */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js may transfer (detach) the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (error) {
    throw new SluiceError('INVALID_INPUT', `not a readable PDF: ${(error as Error).message}`, { cause: error });
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const runs: PositionedText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        runs.push({ str: item.str, x: x!, y: y!, width: item.width, fontSize: Math.hypot(a!, b!) || item.height || 10 });
      }
      pages.push(layoutLines(runs));
      page.cleanup();
    }
    return { text: pages.join('\n\f'), pages: pdf.numPages };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

/**
 * Runs of one page → lines of text. Runs whose baselines lie within a third of the font size share
 * a line. A character is taken as half the font size wide (Helvetica's average is ~0.5 em), which
 * maps x to a text column.
 */
export function layoutLines(runs: readonly PositionedText[]): string {
  if (runs.length === 0) return '';
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: PositionedText[][] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - run.y) <= run.fontSize / 3) line.push(run);
    else lines.push([run]);
  }
  const left = Math.min(...runs.map((run) => run.x));
  const out: string[] = [];
  let previousY: number | undefined;
  for (const line of lines) {
    line.sort((p, q) => p.x - q.x);
    const size = line[0]!.fontSize;
    // A vertical gap of more than two line heights becomes an empty line (a paragraph or block break).
    if (previousY !== undefined && previousY - line[0]!.y > size * 2.4) out.push('');
    previousY = line[0]!.y;
    let text = '';
    let end = -Infinity;
    for (const run of line) {
      const charWidth = run.fontSize / 2;
      const gap = run.x - end;
      if (text !== '') {
        if (gap >= charWidth * 1.5) {
          const column = Math.round((run.x - left) / charWidth);
          text += ' '.repeat(Math.max(2, column - text.length));
        } else if (gap > run.fontSize * 0.1 && !text.endsWith(' ') && !run.str.startsWith(' ')) {
          text += ' ';
        }
      } else {
        text = ' '.repeat(Math.max(0, Math.round((run.x - left) / charWidth)));
      }
      text += run.str;
      end = run.x + run.width;
    }
    out.push(text.trimEnd());
  }
  return out.join('\n');
}
