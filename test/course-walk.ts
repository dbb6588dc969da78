// A newcomer who only presses buttons: from `learn` through every lesson (each with its question)
// and then the whole quiz. Each platform's test supplies how a screen looks (its text and button
// labels) and how pressing a button gives the next screen; the walk decides what to press, from
// the labels alone, and checks what each screen says.

import { expect } from 'vitest';
import type { Knowledge } from '../src/knowledge/index.js';

export interface Screen<B> {
  /** Everything the person reads, in the platform's own markup. */
  text: string;
  buttons: { label: string; button: B }[];
}

export interface WalkLog {
  lessons: number[];
  /** Lesson questions and quiz questions answered, and whether each answer was right. */
  answers: { right: boolean }[];
  presses: number;
  finalText: string;
}

const LETTERS = ['A', 'B', 'C', 'D', 'E'];

/**
 * Walks the course from the screen `learn` gave. Lesson questions are answered right on odd
 * lessons and wrong on even ones; quiz questions wrong on every third, right otherwise.
 */
export async function walkCourse<B>(knowledge: Knowledge, start: Screen<B>, press: (button: B) => Promise<Screen<B>>): Promise<WalkLog> {
  const log: WalkLog = { lessons: [], answers: [], presses: 0, finalText: '' };
  let screen = start;
  const pressLabel = async (label: string | RegExp) => {
    const found = screen.buttons.find((b) => (typeof label === 'string' ? b.label === label : label.test(b.label)));
    expect(found, `a button ${String(label)} among ${screen.buttons.map((b) => b.label).join(' | ')}`).toBeDefined();
    log.presses++;
    screen = await press((found as { button: B }).button);
  };
  const answer = async (rightIndex: number, optionCount: number, right: boolean) => {
    const index = right ? rightIndex : (rightIndex + 1) % optionCount;
    await pressLabel(LETTERS[index] as string);
    expect(screen.text).toContain(right ? 'Right!' : 'Not quite');
    log.answers.push({ right });
  };

  const course = knowledge.course;
  expect(screen.text).toContain('Onboarding course');
  await pressLabel(/^1\. /);
  for (const [i, lesson] of course.entries()) {
    const number = i + 1;
    expect(screen.text).toContain(`Lesson ${number} of ${course.length}`);
    log.lessons.push(number);
    await pressLabel('Quiz me');
    expect(screen.text).toContain(`Lesson ${number}: check yourself`);
    await answer(lesson.question.answer, lesson.question.options.length, number % 2 === 1);
    await pressLabel(number < course.length ? 'Next lesson' : 'Take the whole quiz');
  }
  const questions = knowledge.questions;
  let right = 0;
  for (const [i, question] of questions.entries()) {
    expect(screen.text).toContain(`Question ${i + 1} of ${questions.length}`);
    const ok = (i + 1) % 3 !== 0;
    await answer(question.answer, question.options.length, ok);
    if (ok) right++;
    expect(screen.text).toMatch(new RegExp(`Score so far: \\W*${right} of ${i + 1}\\W* right`));
    if (i < questions.length - 1) await pressLabel('Next question');
  }
  expect(screen.text).toContain('That was the last question');
  expect(screen.buttons.map((b) => b.label)).toContain('Start again');
  log.finalText = screen.text;
  return log;
}

/** What every platform's walk must have done. */
export function expectWholeCourse(knowledge: Knowledge, log: WalkLog): void {
  expect(log.lessons).toEqual(knowledge.course.map((_, i) => i + 1));
  expect(log.answers).toHaveLength(knowledge.course.length + knowledge.questions.length);
  // TOC, then per lesson: Quiz me, an answer, Next; then per question an answer and Next (not after the last).
  expect(log.presses).toBe(1 + 3 * knowledge.course.length + 2 * knowledge.questions.length - 1);
}
