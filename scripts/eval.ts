// `npm run eval [-- file.yaml…]`: answer-quality score over every set in test/eval (EVAL_SETS:
// the tuned set and the blind sets, each with its own bar), or over the files named (a path, or
// a set's name in test/eval).
// Prints each failure and the pass rate per file; exits 1 when a set is below its bar.

import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EVAL_SETS, evalFile, loadQuestions, score } from '../test/eval/score.js';

/** The bar for a file not in EVAL_SETS: the issue's. */
const DEFAULT_BAR = 0.95;

const files = process.argv.slice(2);
const sets =
  files.length === 0
    ? EVAL_SETS.map((s) => ({ name: `test/eval/${s.file}`, url: evalFile(s.file), bar: s.bar }))
    : files.map((f) => ({ name: f, url: existsSync(f) ? pathToFileURL(resolve(f)) : evalFile(basename(f)), bar: EVAL_SETS.find((s) => s.file === basename(f))?.bar ?? DEFAULT_BAR }));
let belowBar = false;
for (const set of sets) {
  const { results, passRate } = await score(loadQuestions(set.url));
  for (const r of results.filter((x) => !x.passed)) {
    console.log(`FAIL  ${r.question.q}\n      -> ${r.command ?? 'no command'} / ${r.topic ?? 'no topic'}: ${r.problems.join('; ')}`);
  }
  const passed = results.filter((r) => r.passed).length;
  console.log(`\n${set.name}: ${passed}/${results.length} questions answered correctly: ${(passRate * 100).toFixed(1)}% (bar ${(set.bar * 100).toFixed(0)}%)\n`);
  if (passRate < set.bar) belowBar = true;
}
process.exitCode = belowBar ? 1 : 0;
