// The ambient types must travel with this file: tsconfigs that only reach it through an import
// (bench/, services/) do not include the .d.ts otherwise.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./builtin-microsoft.d.ts" />
import { BuiltinMicrosoft } from '@nlpjs/builtin-microsoft';

/**
 * Microsoft Recognizers-Text (through @nlpjs/builtin-microsoft) as a second opinion on short
 * segments our own parsers could not read, such as "the 4th of March" or a bare email address.
 * It is used on segments, not whole documents: a full document costs ~100 ms on this machine,
 * a segment a few ms, and its European number parsing is weaker than ours (it reads
 * "1.234,56" as three numbers).
 *
 * Each call runs only the recognizer whose entities it reads (`DateTime` for dates, `Email` for
 * addresses): @nlpjs/builtin-microsoft runs all fourteen otherwise, and `Number` alone was ~75%
 * of the extractor's CPU (profiled with `BENCH_CPU_PROF_DIR`, docs/benchmarks.md). The answers
 * are the same: its edge reduction (`prereduceEdges`) only drops an edge for another of the same
 * span and entity, or number/ordinal pairs, so other recognizers never remove a date or an email.
 */
export interface EntityRecognizer {
  date(segment: string, locale: string): Promise<string | null>;
  emails(text: string): Promise<string[]>;
}

const supportedLocales = new Set(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt']);

export function createEntityRecognizer(): EntityRecognizer {
  const builtin = new BuiltinMicrosoft();
  const localeOf = (l: string) => (supportedLocales.has(l) ? l : 'en');
  return {
    async date(segment, locale) {
      const { edges = [] } = await builtin.extract({ text: segment, locale: localeOf(locale), builtins: ['DateTime'] });
      const date = edges.find((e) => e.entity === 'date' && typeof e.resolution?.timex === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.resolution.timex));
      return date?.resolution?.timex ?? null;
    },
    async emails(text) {
      const { edges = [] } = await builtin.extract({ text, locale: 'en', builtins: ['Email'] });
      return edges.filter((e) => e.entity === 'email').map((e) => (typeof e.resolution?.value === 'string' ? e.resolution.value : e.sourceText));
    },
  };
}
