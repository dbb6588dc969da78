// `npm run eval [-- file.yaml…]`: answer-quality score over test/eval/questions.yaml, or over the
// question files named. Prints each failure and the pass rate per file; exits 1 below the bar.

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadQuestions, score } from '../test/eval/score.js';

/** The pass rate the knowledge base must reach on its question set. */
const BAR = 0.95;

const files = process.argv.slice(2);
const sets = files.length === 0 ? [{ name: 'test/eval/questions.yaml', url: undefined }] : files.map((f) => ({ name: f, url: pathToFileURL(resolve(f)) }));
let belowBar = false;
for (const set of sets) {
  const { results, passRate } = await score(loadQuestions(set.url));
  for (const r of results.filter((x) => !x.passed)) {
    console.log(`FAIL  ${r.question.q}\n      -> ${r.command ?? 'no command'} / ${r.topic ?? 'no topic'}: ${r.problems.join('; ')}`);
  }
  const passed = results.filter((r) => r.passed).length;
  console.log(`\n${set.name}: ${passed}/${results.length} questions answered correctly: ${(passRate * 100).toFixed(1)}% (bar ${BAR * 100}%)\n`);
  if (passRate < BAR) belowBar = true;
}
process.exitCode = belowBar ? 1 : 0;
