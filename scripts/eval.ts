// `npm run eval`: answer-quality score over test/eval/questions.yaml. Prints each failure and the
// pass rate; exits 1 below the bar.

import { score } from '../test/eval/score.js';

/** The pass rate the knowledge base must reach on its question set. */
const BAR = 0.95;

const { results, passRate } = await score();
for (const r of results.filter((x) => !x.passed)) {
  console.log(`FAIL  ${r.question.q}\n      -> ${r.command ?? 'no command'} / ${r.topic ?? 'no topic'}: ${r.problems.join('; ')}`);
}
const passed = results.filter((r) => r.passed).length;
console.log(`\n${passed}/${results.length} questions answered correctly: ${(passRate * 100).toFixed(1)}% (bar ${BAR * 100}%)`);
process.exitCode = passRate >= BAR ? 0 : 1;
