// Answer quality as a test: the question set must stay at or above the bar `npm run eval` prints.
import { describe, expect, it } from 'vitest';
import { loadQuestions, score } from './score.js';

describe('answer quality (test/eval/questions.yaml)', () => {
  it('has at least 80 questions, each with facts to check', () => {
    expect(loadQuestions().length).toBeGreaterThanOrEqual(80);
  });

  it('answers at least 95% of them with every required fact', async () => {
    const { results, passRate } = await score();
    const failures = results.filter((r) => !r.passed).map((r) => `${r.question.q}: ${r.problems.join('; ')}`);
    expect(passRate, failures.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
