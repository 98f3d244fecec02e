/**
 * A labelled near-duplicate set for `npm run bench -- quality`, generated (seeded) from the sample
 * generator: distinct documents, plus re-sent copies of some of them that a person would call
 * "the same document again". Every copy comes later in the stream than its original.
 *
 * Kinds of copy, as they happen to accounts-payable inboxes:
 * - `exact`: the same text again;
 * - `reflowed`: the same content, whitespace and line breaks changed (another export or mail client);
 * - `forwarded`: a forwarding note above and a signature below the unchanged text;
 * - `reminder`: a payment reminder header above the unchanged invoice;
 * - `ocr`: the scanned print of it: about 2% of the letters misread (digits kept, as amounts
 *   are re-checked by people), some line breaks lost.
 * The distinct documents include many of one vendor and layout (the generator's templates), the
 * hard negatives that similarity methods confuse.
 */
import type { DocumentIngested } from '@sluice/contracts';
import { createRandom, generateDocuments, type LabelledDocument, type Random } from '@sluice/samples';

export const copyKinds = ['exact', 'reflowed', 'forwarded', 'reminder', 'ocr'] as const;
export type CopyKind = (typeof copyKinds)[number];

export interface NearDuplicateCase {
  document: DocumentIngested;
  /** The original this document re-sends, or null for a distinct document. */
  copyOf: string | null;
  copyKind: CopyKind | null;
  /** Truth of the original document (vendor, fields) from the generator. */
  truth: LabelledDocument['truth'];
}

const misreadings: Record<string, string> = { l: 'I', I: 'l', O: '0', o: '0', e: 'c', c: 'e', m: 'rn', S: '5', B: '8', a: 'o', n: 'h', i: 'í' };

function reflow(text: string, random: Random): string {
  return text
    .split('\n')
    .map((line) => line.replace(/ +/g, () => (random.chance(0.3) ? '  ' : ' ')).trimEnd())
    .join(random.chance(0.5) ? '\r\n' : '\n')
    .replace(/\n\n+/g, (gap) => (random.chance(0.5) ? '\n' : gap + '\n'));
}

function ocr(text: string, random: Random): string {
  let out = '';
  for (const char of text) {
    const misread = misreadings[char];
    if (misread !== undefined && random.chance(0.06)) out += misread;
    else if (char === '\n' && random.chance(0.15)) out += ' ';
    else out += char;
  }
  return out;
}

function copyText(kind: CopyKind, text: string, random: Random): string {
  switch (kind) {
    case 'exact':
      return text;
    case 'reflowed':
      return reflow(text, random);
    case 'forwarded':
      return `---------- Forwarded message ---------\nFrom: accounts@example.org\nSubject: Fwd: please process\n\nHi, see below, can you check whether this was paid?\n\n${text}\n\n--\nAccounts team`;
    case 'reminder':
      return `PAYMENT REMINDER\nOur records show the invoice below as unpaid. Please settle it within 7 days.\n\n${text}`;
    case 'ocr':
      return ocr(text, random);
  }
}

/**
 * `distinct` generated documents (no generator duplicates) and `copies` re-sent copies of
 * randomly chosen invoices, interleaved after their originals.
 */
export function nearDuplicateSet(options: { seed: number; distinct: number; copies: number; tenant: string }): NearDuplicateCase[] {
  const random = createRandom(options.seed);
  const labelled = generateDocuments({ seed: options.seed, count: options.distinct, split: 'dev', tenant: options.tenant, duplicateRate: 0 });
  const cases: NearDuplicateCase[] = labelled.map(({ document, truth }) => ({
    document,
    copyOf: null,
    copyKind: null,
    truth,
  }));
  // Only invoices: the duplicate rules (config/rules) act on invoices alone.
  const originals = cases.filter((c) => c.document.kind === 'invoice');
  for (let n = 0; n < options.copies; n++) {
    const original = random.pick(originals);
    const kind = copyKinds[n % copyKinds.length]!;
    const copy: NearDuplicateCase = {
      document: {
        ...original.document,
        id: `${original.document.id}-copy-${n}`,
        text: copyText(kind, original.document.text, random),
        attributes: { ...original.document.attributes },
      },
      copyOf: original.document.id,
      copyKind: kind,
      truth: original.truth,
    };
    // Anywhere after the original.
    const at = cases.indexOf(original) + 1 + random.int(0, cases.length - cases.indexOf(original) - 1);
    cases.splice(at, 0, copy);
  }
  return cases.map((c, i) => ({ ...c, document: { ...c.document, receivedAt: Date.UTC(2025, 5, 1) + i * 60_000 } }));
}
