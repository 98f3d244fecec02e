import { BuiltinMicrosoft } from '@nlpjs/builtin-microsoft';
import { describe, expect, it, vi } from 'vitest';
import { createEntityRecognizer } from './recognizers-entities';

// What the recognizer answered when every builtin ran (the library's default), for segments the
// extractor hands it: its answers must not change by running only DateTime / Email.
async function everyBuiltin(text: string, locale: string, entity: string) {
  const { edges = [] } = await new BuiltinMicrosoft().extract({ text, locale });
  return edges.filter((edge) => edge.entity === entity);
}

describe('entity recognizer (Recognizers-Text)', () => {
  it('reads dates and emails as it did with every builtin running', async () => {
    const recognizer = createEntityRecognizer();
    const dates: [string, string][] = [
      ['the 4th of March 2025', 'en'],
      ['March 4, 2025, 10 units at 12.50', 'en'],
      ['due 30 days after 1 April 2024 (invoice 2024-117)', 'en'],
      ['am 3. Februar 2025', 'de'],
    ];
    for (const [segment, locale] of dates) {
      const all = await everyBuiltin(segment, locale, 'date');
      const expected = all.find((edge) => typeof edge.resolution?.timex === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(edge.resolution.timex));
      expect(await recognizer.date(segment, locale)).toBe(expected?.resolution?.timex ?? null);
    }
    expect(await recognizer.date('March 4, 2025', 'en')).toBe('2025-03-04');
    const mail = 'Reply to anna.berg@example.org or +49 30 1234567, order 4411 of 12 March';
    expect(await recognizer.emails(mail)).toEqual((await everyBuiltin(mail, 'en', 'email')).map((edge) => edge.resolution?.value ?? edge.sourceText));
    expect(await recognizer.emails(mail)).toEqual(['anna.berg@example.org']);
  }, 180_000);

  it('runs only the recognizer it reads', async () => {
    const extract = vi.spyOn(BuiltinMicrosoft.prototype, 'extract');
    try {
      const recognizer = createEntityRecognizer();
      await recognizer.date('4 March 2025', 'en');
      await recognizer.emails('mail anna@example.org');
      expect(extract.mock.calls.map(([input]) => input.builtins)).toEqual([['DateTime'], ['Email']]);
    } finally {
      extract.mockRestore();
    }
  }, 180_000);
});
