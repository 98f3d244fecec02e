import { allLocales, type LocaleDefinition } from '@faker-js/faker';
import { lexiconKey, type NameLists } from './name-lexicon';

// Latin-script locales (and Japanese, whose kanji names are matched with honorifics and labels).
export const lexiconLocales = [
  'en', 'en_GB', 'en_US', 'en_IE', 'en_IN', 'en_NG', 'yo_NG', 'en_AU', 'en_CA', 'en_ZA', 'en_GH', 'de', 'de_AT', 'de_CH', 'fr', 'fr_BE', 'fr_CH',
  'fr_CA', 'fr_SN', 'nl', 'nl_BE', 'es', 'es_MX', 'it', 'pl', 'pt_PT', 'pt_BR', 'sv', 'da', 'nb_NO', 'fi', 'tr', 'vi', 'cs_CZ', 'sk', 'ro', 'hu',
  'hr', 'sl_SI', 'id_ID', 'af_ZA', 'zu_ZA', 'az', 'lv', 'ja', 'sr_RS_latin', 'uz_UZ_latin', 'ku_kmr_latin', 'cy', 'eo',
];

function names(value: unknown): string[] {
  if (!value) return [];
  if (Array.isArray(value)) return value.filter((entry): entry is string => typeof entry === 'string');
  if (typeof value === 'object') return Object.values(value).flatMap(names);
  return [];
}

function tokens(entries: readonly string[]): string[] {
  return entries.flatMap((entry) => entry.split(/[\s-]+/)).map(lexiconKey).filter((key) => key.length >= 2);
}

/**
 * The name lists from @faker-js/faker's locale definitions (first and middle names → given, last
 * names → family), split into words, folded, deduplicated and sorted. Only the generator script
 * and its freshness test import this: faker takes seconds to load.
 */
export function nameListsFromFaker(): NameLists {
  const given = new Set<string>();
  const family = new Set<string>();
  for (const locale of lexiconLocales) {
    const person = (allLocales as Record<string, LocaleDefinition | undefined>)[locale]?.person;
    if (!person) continue;
    for (const key of tokens([...names(person.first_name), ...names(person.middle_name)])) given.add(key);
    for (const key of tokens(names(person.last_name))) family.add(key);
  }
  const sorted = (set: Set<string>) => [...set].sort();
  return { locales: lexiconLocales, given: sorted(given), family: sorted(family) };
}
