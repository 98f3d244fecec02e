/**
 * Writes packages/models/src/privacy/recognisers/name-lexicon.generated.json from @faker-js/faker's
 * locale data. Run after upgrading @faker-js/faker or changing the locale list; a unit test fails
 * while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nameListsUrl } from '../src/privacy/recognisers/name-lexicon';
import { nameListsFromFaker } from '../src/privacy/recognisers/name-lexicon-source';

const lists = nameListsFromFaker();
writeFileSync(fileURLToPath(nameListsUrl), `${JSON.stringify(lists)}\n`);
console.log(`${lists.given.length} given names, ${lists.family.length} family names from ${lists.locales.length} locales`);
