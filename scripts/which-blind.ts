// `npm run which:blind [file…]`: scores the blind `which` sets (or the files named: a path, or a
// set's name in test/fixtures) and prints every miss.

import { BLIND_SETS, formatMisses, formatSummary, loadBlindSet, scoreBlindSet, summarise } from '../test/which/blind-score.js';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const flag = args.find((a) => a.startsWith('-'));
if (flag) {
  console.error(`which:blind takes set files only (every miss is printed already), not ${flag}`);
  process.exit(2);
}
const names = args.length > 0 ? args : BLIND_SETS.filter((n) => existsSync(new URL(`../test/fixtures/${n}`, import.meta.url)));
for (const name of names) {
  const results = await scoreBlindSet(loadBlindSet(name));
  console.log(`== ${name}`);
  console.log(formatMisses(results));
  console.log(formatSummary(summarise(results, 'typed')));
  console.log(formatSummary(summarise(results, 'free')));
}
