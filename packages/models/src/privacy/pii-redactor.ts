import { mergeFindings, propagateFindings } from './finding-merge';
import { personalDataTypes, type Finding, type PersonalDataType, type Recogniser } from './personal-data-types';
import { defaultRecognisers } from './recogniser-registry';

const placeholderPattern = new RegExp(String.raw`\[(?:${personalDataTypes.join('|')})_\d+\]`, 'g');

/**
 * The spans of personal data in a text, on the original text: every recogniser's findings, every
 * other occurrence of what they found (and of the words of found names), merged into
 * non-overlapping spans in text order. Placeholders already in the text are never re-read.
 */
export function findPersonalData(text: string, recognisers: readonly Recogniser[] = defaultRecognisers): Finding[] {
  const findings = recognisers.flatMap((recogniser) => recogniser.find(text));
  const placeholders = [...text.matchAll(placeholderPattern)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const outsidePlaceholders = (finding: Finding) => !placeholders.some((p) => finding.start < p.end && p.start < finding.end);
  return mergeFindings(text, propagateFindings(text, findings.filter(outsidePlaceholders)).filter(outsidePlaceholders));
}

/**
 * One redaction session per model call: the same value gets the same placeholder across every
 * text of the call (an e-mail in the prompt and in a batch of embeddings), and the response is
 * restored with the same table. Values never leave the session; only counts do.
 */
export class PiiRedactor {
  private readonly byValue = new Map<string, string>();
  private readonly byPlaceholder = new Map<string, string>();
  private readonly counters = new Map<PersonalDataType, number>();

  constructor(private readonly recognisers: readonly Recogniser[] = defaultRecognisers) {}

  /** The text with every span of personal data replaced by a typed placeholder (`[PERSON_1]`). */
  redact(text: string): string {
    let result = '';
    let cursor = 0;
    for (const span of findPersonalData(text, this.recognisers)) {
      result += text.slice(cursor, span.start) + this.placeholderFor(span.type, text.slice(span.start, span.end));
      cursor = span.end;
    }
    return result + text.slice(cursor);
  }

  /**
   * A text that is personal data as a whole (an extracted sender name embedded on its own): one
   * placeholder of `type`, whatever the recognisers would say about it out of context.
   */
  redactWhole(text: string, type: PersonalDataType): string {
    return text.trim() === '' ? text : this.placeholderFor(type, text);
  }

  /** Puts the original values back wherever the model copied a placeholder. */
  restore(text: string): string {
    return text.replace(placeholderPattern, (placeholder) => this.byPlaceholder.get(placeholder) ?? placeholder);
  }

  /** Distinct values replaced, per type: what the audit trail records. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.counters);
  }

  private placeholderFor(type: PersonalDataType, value: string): string {
    const key = `${type}\u0000${value}`;
    const known = this.byValue.get(key);
    if (known) return known;
    const next = (this.counters.get(type) ?? 0) + 1;
    this.counters.set(type, next);
    const placeholder = `[${type}_${next}]`;
    this.byValue.set(key, placeholder);
    this.byPlaceholder.set(placeholder, value);
    return placeholder;
  }
}

