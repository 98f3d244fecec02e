import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The blind privacy corpus (bench/corpora/privacy, see its README): documents and their labels. */
export const privacyCorpusDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'bench', 'corpora', 'privacy');

export interface LabelledString {
  type: string;
  text: string;
}

export interface PrivacyDocument {
  id: string;
  split: 'dev' | 'test';
  language: string;
  genre: string;
  text: string;
  /** Personal data: every occurrence must be hidden. */
  pii: LabelledString[];
  /** Look-alikes that must stay as written. */
  keep: LabelledString[];
}

/**
 * The documents of one split. Blindness rule: per-document output (misses, texts) is for the
 * `dev` split only; the `test` split is reported in aggregate and carries the committed floors.
 */
export function loadPrivacyCorpus(split: 'dev' | 'test', dir = privacyCorpusDir): PrivacyDocument[] {
  return readFileSync(join(dir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Omit<PrivacyDocument, 'text'>)
    .filter((labels) => labels.split === split)
    .map((labels) => ({ ...labels, text: readFileSync(join(dir, 'docs', `${labels.id}.txt`), 'utf8') }));
}
