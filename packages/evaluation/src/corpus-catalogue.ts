import type { DocumentKind } from '@sluice/models';

/**
 * The corpora `npm run eval` knows. A blind corpus was written by someone who never saw the
 * extractor; whoever works on the extractor must not read its documents, so the evaluation only
 * ever prints aggregates for it (no per-document results, no failure listings). Readable corpora
 * may be printed document by document for error analysis.
 */
export interface CorpusEntry {
  name: string;
  /** Folder under the repository root holding `labels.jsonl`, the documents and `SHA256SUMS`. */
  dir: string;
  blind: boolean;
  /** Kind of the documents when a label does not say (`kind` in the label wins). */
  defaultKind: DocumentKind;
  summary: string;
}

export const corpusCatalogue: readonly CorpusEntry[] = [
  {
    name: 'invoices',
    dir: 'bench/corpora/invoices',
    blind: true,
    defaultKind: 'invoice',
    summary: 'blind: invoices, credit notes and receipts from many countries, written from a brief only',
  },
  {
    name: 'messages',
    dir: 'bench/corpora/messages',
    blind: true,
    defaultKind: 'email',
    summary: 'blind: e-mails (two intent taxonomies) and help-desk tickets, written from a brief only',
  },
  {
    name: 'invoices-dev',
    dir: 'bench/corpora/invoices-dev',
    blind: false,
    defaultKind: 'invoice',
    summary: 'readable: invoices by another independent writer, for error analysis and calibration',
  },
  {
    name: 'invoices-dev2',
    dir: 'bench/corpora/invoices-dev2',
    blind: false,
    defaultKind: 'invoice',
    summary: 'readable: 90 invoices, credit notes and receipts (49 countries, 23 languages) by a fourth independent writer, dev split',
  },
  {
    name: 'invoices-dev3',
    dir: 'bench/corpora/invoices-dev3',
    blind: false,
    defaultKind: 'invoice',
    summary: 'readable: 100 invoices, credit notes and receipts (57 countries, 34 languages; utilities, hotels, freight, platforms, factoring, e-invoice renderings) by a sixth independent writer, dev split',
  },
  {
    name: 'invoices-dev4',
    dir: 'bench/corpora/invoices-dev4',
    blind: false,
    defaultKind: 'invoice',
    summary: 'readable: 120 invoices, credit notes and receipts (66 countries, 34 languages) on how sellers present themselves, by two more independent writers, dev split',
  },
  {
    name: 'messages-dev2',
    dir: 'bench/corpora/messages-dev2',
    blind: false,
    defaultKind: 'email',
    summary: 'readable: 130 e-mails (default and shopco taxonomies, 61% not English) by another independent writer, dev split',
  },
  {
    name: 'messages-heldout',
    dir: 'bench/corpora/messages-heldout',
    blind: true,
    defaultKind: 'email',
    summary: 'blind: 160 e-mails (default and shopco taxonomies, 72% not English, indirect wording) by a fifth independent writer, held out (test split)',
  },
  {
    name: 'invoices-own',
    dir: 'bench/corpora/invoices-own',
    blind: false,
    defaultKind: 'invoice',
    summary: "readable: invoices written by the extractor's author from public standards (not independent)",
  },
];

export function corpusNamed(name: string): CorpusEntry | undefined {
  return corpusCatalogue.find((c) => c.name === name);
}

/**
 * The privacy corpora `npm run eval -- privacy` scores redaction on (labels: personal-data strings
 * to hide, look-alikes to keep; see bench/corpora/privacy/README.md). A `dev` split is readable for
 * error analysis; a `test` split is blind (aggregates only) and carries the committed floors.
 */
export interface PrivacyCorpusEntry {
  name: string;
  dir: string;
  /** The splits its labels hold. */
  splits: readonly ('dev' | 'test')[];
  summary: string;
}

export const privacyCorpusCatalogue: readonly PrivacyCorpusEntry[] = [
  {
    name: 'privacy',
    dir: 'bench/corpora/privacy',
    splits: ['dev', 'test'],
    summary: 'blind test split (even ids) and readable dev split (odd ids): 134 documents, 13 languages, written from a brief only',
  },
  {
    name: 'privacy-dev2',
    dir: 'bench/corpora/privacy-dev2',
    splits: ['dev'],
    summary: 'readable: 70 documents, 16 languages, by another writer from the same brief; names of many cultures and phones in many national formats',
  },
];

export function privacyCorpusNamed(name: string): PrivacyCorpusEntry | undefined {
  return privacyCorpusCatalogue.find((c) => c.name === name);
}
