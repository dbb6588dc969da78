// The onboarding course as `learn`, `quiz` and the welcome show it. Every button is a canonical
// command that carries where the person is (`learn 4`, `quiz next ID score=3/4`): nothing about
// anyone's progress is kept anywhere, so any replica answers any press, and a restart loses nothing.

import type { Knowledge, Lesson } from '../knowledge/index.js';
import type { Choice } from './reply.js';

/** The table of contents. */
export const CONTENTS_COMMAND = 'learn toc';
/** The whole quiz, from its first question. */
export const QUIZ_COMMAND = 'quiz';

/** Lesson `n` (1-based, in the course). */
export const learnCommand = (n: number): string => `learn ${n}`;
/** The question that ends lesson `n`. */
export const lessonQuizCommand = (n: number): string => `quiz lesson ${n}`;

export const contentsChoice: Choice = { label: 'Table of contents', command: CONTENTS_COMMAND };

/** Words people put around what they want ("quiz me on ingress", "learn about dns", "teach me how ingress works"). */
const FILLER = new Set(['me', 'on', 'about', 'please', 'pls', 'the', 'a', 'an', 'some', 'more', 'of', 'in', 'for', 'us', 'how', 'what', 'is', 'are', 'works', 'work', 'does', 'do']);

/** The words that mean something, lowercased, filler dropped. */
export function meaningfulWords(args: readonly string[]): string[] {
  return args.map((a) => a.toLowerCase().replace(/[?!.,;:]+$/, '')).filter((w) => w !== '' && !FILLER.has(w));
}

/** A lesson number as typed (`4`, `#4`, `4.`), or null when the word is not one. */
export function parseLessonNumber(word: string): number | null {
  const m = /^#?(\d+)\.?$/.exec(word);
  return m ? Number(m[1]) : null;
}

export interface Placed {
  lesson: Lesson;
  /** 1-based place in the course. */
  number: number;
}

/** The course lesson with this id, with its number. */
export function lessonById(knowledge: Knowledge, id: string): Placed | undefined {
  const index = knowledge.course.findIndex((l) => l.id === id);
  return index === -1 ? undefined : { lesson: knowledge.course[index] as Lesson, number: index + 1 };
}

/** The first lesson of the course that introduces a topic. */
export function lessonForTopic(knowledge: Knowledge, topicId: string): Placed | undefined {
  const index = knowledge.course.findIndex((l) => l.topics.includes(topicId));
  return index === -1 ? undefined : { lesson: knowledge.course[index] as Lesson, number: index + 1 };
}

/** "Back to the lesson" for a topic, when a lesson of the course covers it. */
export function backToLesson(knowledge: Knowledge, topicId: string): Choice[] {
  const placed = lessonForTopic(knowledge, topicId);
  return placed ? [{ label: `Back to lesson ${placed.number}`, command: learnCommand(placed.number) }] : [];
}
