import { convert } from 'html-to-text';

/**
 * HTML → text with html-to-text: block elements on their own lines, tables as aligned columns
 * (cells apart by at least two spaces, which the extractor's layout reader splits on), links
 * without their URLs, images and scripts dropped, no re-wrapping of long lines.
 */
export function htmlText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'table', format: 'dataTable', options: { colSpacing: 3, uppercaseHeaderCells: false } },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
    ],
  }).trim();
}
