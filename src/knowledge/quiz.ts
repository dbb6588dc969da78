// Quiz questions: knowledge/quiz.yaml (a list under `questions:`) and the one question at the end
// of each lesson (lessons.ts), in the same shape: a question, 2–5 options of which exactly one is
// marked `correct: true`, and an explanation of the right answer. Each question belongs to a
// topic of the knowledge base (checked once the topics are merged, with the question's line).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { KnowledgeError } from './errors.js';
import { lineOf, parseYaml, readSource, validate, type SourceFile } from './source.js';
import { text, topicId } from './topics.js';

/** The letters of the options, in order; answers are given by letter (`quiz answer ID b`). */
export const OPTION_LETTERS = ['a', 'b', 'c', 'd', 'e'] as const;
/** An option is a button label too: Slack cuts button text at 75 characters. */
export const MAX_OPTION_CHARS = 70;
/** Lesson questions take the id `lesson-<lesson id>`; quiz.yaml ids may not start so. */
export const LESSON_QUESTION_PREFIX = 'lesson-';

export interface QuizOption {
  text: string;
  /** Why this (wrong) option is wrong, shown when someone picks it. */
  why?: string;
}

export interface Question {
  id: string;
  /** The topic it tests (a topic id). */
  topic: string;
  question: string;
  options: QuizOption[];
  /** Index of the right option in `options`. */
  answer: number;
  /** Why the right answer is right. */
  explanation: string;
  /** The id of the lesson it ends; absent for quiz.yaml questions. */
  lesson?: string;
  /** Where it came from, for messages. */
  file: string;
  /** 1-based line where the question starts. */
  line: number;
  /** 1-based line of its topic (or of what gave it its topic). */
  topicLine: number;
}

const optionSchema = () =>
  z.strictObject({
    text: text(MAX_OPTION_CHARS),
    correct: z.literal(true, { error: 'can only be true: mark the one right option and leave it out on the others' }).optional(),
    why: text(300).optional(),
  });

/** The fields every question has, wherever it is written. */
export function questionFields() {
  return {
    question: text(300),
    options: z
      .array(optionSchema())
      .min(2, { error: 'needs at least two options' })
      .max(OPTION_LETTERS.length, { error: `has more than ${OPTION_LETTERS.length} options` }),
    explanation: text(600),
  };
}

interface Answerable {
  options: { text: string; correct?: true | undefined }[];
}

/** Exactly one option is right, and no two options read the same. */
export function checkOptions(value: Answerable, ctx: z.RefinementCtx): void {
  const correct = value.options.flatMap((o, i) => (o.correct ? [i] : []));
  if (correct.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['options'], message: 'no option is marked `correct: true`; exactly one must be' });
  } else if (correct.length > 1) {
    ctx.addIssue({ code: 'custom', path: ['options', correct[1] as number, 'correct'], message: 'a second option is marked `correct: true`; exactly one must be' });
  }
  const seen = new Set<string>();
  for (const [i, option] of value.options.entries()) {
    const key = option.text.toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['options', i, 'text'], message: 'repeats an earlier option' });
    seen.add(key);
  }
}

const questionId = () =>
  z
    .string()
    .regex(/^[a-z0-9]([a-z0-9-]{0,46}[a-z0-9])?$/, { error: 'must be lowercase letters, digits and "-" (e.g. nodeport-range)' })
    .refine((id) => !id.startsWith(LESSON_QUESTION_PREFIX), { error: `must not start with "${LESSON_QUESTION_PREFIX}" (lesson questions are named so)` });

function buildQuizFileSchema() {
  return z.strictObject({
    questions: z
      .array(z.strictObject({ id: questionId(), topic: topicId(), ...questionFields() }).superRefine(checkOptions))
      .min(1, { error: 'needs at least one question' }),
  });
}

let quizSchema: ReturnType<typeof buildQuizFileSchema> | undefined;

/** A question as written, once validated, into the shape the bot uses. */
export function toQuestion(
  written: { question: string; options: { text: string; correct?: true | undefined; why?: string | undefined }[]; explanation: string },
  where: { id: string; topic: string; file: string; line: number; topicLine: number; lesson?: string },
): Question {
  const question: Question = {
    id: where.id,
    topic: where.topic,
    question: written.question,
    options: written.options.map((o) => (o.why === undefined ? { text: o.text } : { text: o.text, why: o.why })),
    answer: written.options.findIndex((o) => o.correct === true),
    explanation: written.explanation,
    file: where.file,
    line: where.line,
    topicLine: where.topicLine,
  };
  if (where.lesson !== undefined) question.lesson = where.lesson;
  return question;
}

/** Reads and validates quiz.yaml. */
export function parseQuizFile(source: SourceFile): Question[] {
  const part = parseYaml(source.name, source.text);
  quizSchema ??= buildQuizFileSchema();
  const file = validate(quizSchema, part);
  return file.questions.map((q, i) =>
    toQuestion(q, { id: q.id, topic: q.topic, file: source.name, line: lineOf(part, ['questions', i]), topicLine: lineOf(part, ['questions', i, 'topic']) }),
  );
}

/** A knowledge folder's quiz.yaml, read but not parsed ([] when there is none). */
export function readQuizFile(dir: string): SourceFile[] {
  const path = join(dir, 'quiz.yaml');
  return existsSync(path) ? [readSource(path)] : [];
}

/**
 * Checks a merged set of questions: unique ids (reported at the later one) and topics that
 * exist (`isTopic` says whether an id is one).
 */
export function checkQuestionSet(questions: readonly Question[], isTopic: (id: string) => boolean): void {
  const ids = new Map<string, Question>();
  for (const question of questions) {
    const previous = ids.get(question.id);
    if (previous) throw new KnowledgeError(question.file, question.line, `question id "${question.id}" is already used by ${previous.file}:${previous.line}`);
    ids.set(question.id, question);
    if (!isTopic(question.topic)) throw new KnowledgeError(question.file, question.topicLine, `topic: no topic has the id "${question.topic}"`);
  }
}

/**
 * The quiz in course order: each lesson's own question, then the quiz.yaml questions on that
 * lesson's topics (file order), then the questions on topics no lesson covers.
 */
export function quizDeck(course: readonly { topics: readonly string[]; question: Question }[], questions: readonly Question[]): Question[] {
  const deck: Question[] = [];
  const placed = new Set<Question>();
  for (const lesson of course) {
    deck.push(lesson.question);
    for (const question of questions) {
      if (!placed.has(question) && lesson.topics.includes(question.topic)) {
        deck.push(question);
        placed.add(question);
      }
    }
  }
  for (const question of questions) if (!placed.has(question)) deck.push(question);
  return deck;
}
