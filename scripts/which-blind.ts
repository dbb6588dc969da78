// `npm run which:blind [file…]`: scores the blind `which` sets (or the files named: a path, or a
// set's name in test/fixtures) and prints every miss.

import { BLIND_SETS, formatMisses, formatSummary, loadBlindSet, scoreBlindSet, summarise } from '../test/which/blind-score.js';
import { existsSync } from 'node:fs';

const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : BLIND_SETS.filter((n) => existsSync(new URL(`../test/fixtures/${n}`, import.meta.url)));
for (const name of names) {
  const results = await scoreBlindSet(loadBlindSet(name));
  console.log(`== ${name}`);
  console.log(formatMisses(results));
  console.log(formatSummary(summarise(results, 'typed')));
  console.log(formatSummary(summarise(results, 'free')));
}
