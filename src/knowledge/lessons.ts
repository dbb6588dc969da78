// Lessons: knowledge/lessons/*.md, the onboarding course. Each is one short screen: YAML front
// matter (id, its place in the course, title, one-line summary, the topics it introduces, links
// to kubernetes.io, and the one quiz question that ends it), then Markdown: one idea, an example,
// a diagram where it helps. The course runs by `order` (1, 2, 3, … with no gaps or repeats)
// unless the policy file lists the lessons itself (`course:`).

import { z } from 'zod';
import { KnowledgeError } from './errors.js';
import { checkOptions, LESSON_QUESTION_PREFIX, questionFields, toQuestion, type Question } from './quiz.js';
import { lineOf, lineOfValue, listFiles, readFrontMatter, readSource, validate, type SourceFile, type YamlPart } from './source.js';
import { checkCommandRefs, checkInlineLinks, linkSchema, parseSections, text, topicId, type Link, type Section } from './topics.js';

/**
 * Most characters of a lesson's Markdown: about one screen in a chat client, and within one
 * Discord message (2,000 characters) once the heading and buttons are added.
 */
export const MAX_LESSON_CHARS = 1500;
/** A lesson title is a button label in the table of contents ("12. …", Slack cuts at 75). */
export const MAX_LESSON_TITLE = 60;

export interface Lesson {
  id: string;
  /** Its place in the built-in course (1-based). */
  order: number;
  title: string;
  /** One line for the table of contents. */
  summary: string;
  /** Topic ids it introduces: `explain` goes deeper, and quiz questions on them follow it. */
  topics: string[];
  links: Link[];
  /** The Markdown: paragraphs and code (diagrams, YAML). */
  sections: Section[];
  /** The question that ends it (id `lesson-<id>`). */
  question: Question;
  /** Where it came from, for messages. */
  file: string;
  front: YamlPart;
}

function buildLessonSchema() {
  return z.strictObject({
    id: topicId(),
    order: z.number({ error: 'must be a whole number: the lesson\'s place in the course (1, 2, 3, …)' }).int().min(1, { error: 'must be 1 or more' }),
    title: text(MAX_LESSON_TITLE),
    summary: text(120),
    topics: z.array(topicId()).min(1, { error: 'needs at least one topic (what `explain` opens for more depth)' }),
    links: z.array(linkSchema()).min(1, { error: 'needs at least one link to the Kubernetes docs' }),
    quiz: z.strictObject({ topic: topicId().optional(), ...questionFields() }).superRefine(checkOptions),
  });
}

let lessonSchema: ReturnType<typeof buildLessonSchema> | undefined;

/** Reads and validates one lesson from its text. */
export function parseLesson(source: SourceFile): Lesson {
  const { front, body, bodyLine } = readFrontMatter(source);
  lessonSchema ??= buildLessonSchema();
  const meta = validate(lessonSchema, front);
  const lines = body.split('\n');
  const leading = Math.max(0, lines.findIndex((l) => l.trim() !== ''));
  const markdown = body.trim();
  if (markdown === '') throw new KnowledgeError(source.name, bodyLine, 'the lesson has no text: write it after the front matter');
  if (markdown.length > MAX_LESSON_CHARS) {
    throw new KnowledgeError(
      source.name,
      bodyLine + leading,
      `the lesson is ${markdown.length} characters; one lesson is one short screen of at most ${MAX_LESSON_CHARS}: shorten it or split it in two`,
    );
  }
  const sections = parseSections(lines, bodyLine, source.name);
  checkInlineLinks(source.name, sections.filter((s) => s.kind !== 'code'));
  const question = toQuestion(meta.quiz, {
    id: `${LESSON_QUESTION_PREFIX}${meta.id}`,
    topic: meta.quiz.topic ?? (meta.topics[0] as string),
    lesson: meta.id,
    file: source.name,
    line: lineOf(front, ['quiz']),
    topicLine: lineOf(front, meta.quiz.topic === undefined ? ['topics'] : ['quiz', 'topic']),
  });
  return {
    id: meta.id,
    order: meta.order,
    title: meta.title,
    summary: meta.summary,
    topics: meta.topics,
    links: meta.links,
    sections,
    question,
    file: source.name,
    front,
  };
}

/** The lesson files of a knowledge folder, read but not parsed. */
export function readLessonFolder(dir: string): SourceFile[] {
  return listFiles(`${dir}/lessons`, '.md').map(readSource);
}

/**
 * Checks lessons against the merged topics: unique ids (reported at the later one), topics that
 * exist, and `explain` / `compare` references in the text that resolve.
 */
export function checkLessonSet(lessons: readonly Lesson[], isTopic: (id: string) => boolean, isName: (name: string) => boolean): void {
  const ids = new Map<string, Lesson>();
  for (const lesson of lessons) {
    const previous = ids.get(lesson.id);
    if (previous) throw new KnowledgeError(lesson.file, lineOf(lesson.front, ['id']), `lesson id "${lesson.id}" is already used by ${previous.file}`);
    ids.set(lesson.id, lesson);
    for (const [i, topic] of lesson.topics.entries()) {
      if (!isTopic(topic)) throw new KnowledgeError(lesson.file, lineOfValue(lesson.front, ['topics', i], topic), `topics: no topic has the id "${topic}"`);
    }
    checkCommandRefs(lesson.file, lesson.sections.filter((s) => s.kind !== 'code'), isName);
  }
}

/**
 * The course by `order`: the orders must run 1, 2, 3, … with no gaps or repeats. A clash is
 * reported at the later lesson of `lessons` (the built-in folder comes first, so a team overlay's
 * file is the one named).
 */
export function courseByOrder(lessons: readonly Lesson[]): Lesson[] {
  const sorted = [...lessons].sort((a, b) => a.order - b.order);
  const hint = 'list the course in the policy file (`course:`) to choose another order';
  for (const [i, lesson] of sorted.entries()) {
    const previous = sorted[i - 1];
    if (previous && previous.order === lesson.order) {
      const [first, second] = lessons.indexOf(previous) < lessons.indexOf(lesson) ? [previous, lesson] : [lesson, previous];
      throw new KnowledgeError(
        second.file,
        lineOf(second.front, ['order']),
        `order ${second.order} is also lesson "${first.id}" (${first.file}); give each lesson its own place, or ${hint}`,
      );
    }
    if (lesson.order !== i + 1) {
      throw new KnowledgeError(lesson.file, lineOf(lesson.front, ['order']), `order ${lesson.order}: no lesson has order ${i + 1}; orders run 1, 2, 3, … with no gaps`);
    }
  }
  return sorted;
}

/** The course the policy file lists (`course: [lesson ids]`), checked against the lessons there are. */
export function namedCourse(ids: readonly string[], lessons: ReadonlyMap<string, Lesson>, policyFile: string): Lesson[] {
  const seen = new Set<string>();
  return ids.map((id) => {
    const lesson = lessons.get(id);
    if (lesson === undefined) {
      throw new KnowledgeError(policyFile, null, `course: no lesson has the id "${id}"; the lessons are ${[...lessons.keys()].join(', ') || 'none'}`);
    }
    if (seen.has(id)) throw new KnowledgeError(policyFile, null, `course: lesson "${id}" is listed twice`);
    seen.add(id);
    return lesson;
  });
}
