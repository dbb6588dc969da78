// The knowledge base: loads and validates ../knowledge (and a team's overlay folder) at start-up.
// Each kind of knowledge has its own module (topics.ts, lessons.ts, quiz.ts, and tree.ts for the
// decision tree): it reads its files with source.ts, and this module merges the built-in folder
// with the overlay (same id: the overlay wins) and checks references across the set, including
// the decision tree's and the lessons' references to topics.

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgeError } from './errors.js';
import { checkLessonSet, courseByOrder, namedCourse, parseLesson, readLessonFolder, type Lesson } from './lessons.js';
import { checkQuestionSet, parseQuizFile, quizDeck, readQuizFile, type Question } from './quiz.js';
import { TopicIndex, type SearchResult } from './search.js';
import { displayName, readSource, type SourceFile } from './source.js';
import { nameKey } from './terms.js';
import { readSnapshot, writeSnapshot, type FolderSources, type ParsedFolder } from './snapshot.js';
import { checkTopicSet, parseTopic, readTopicFolder, type Topic } from './topics.js';
import { parseTree, TreeError, treeFromData, validateTree, type DecisionTree } from './tree.js';
import { loadWhichModels } from './which-model.js';

export { KnowledgeError } from './errors.js';
export type { Lesson } from './lessons.js';
export { OPTION_LETTERS, type Question, type QuizOption } from './quiz.js';
export { TreeError, type DecisionTree } from './tree.js';
export type { SearchResult, TopicHit } from './search.js';
export { FACETS, type Facet, type Link, type Section, type Topic } from './topics.js';

/** The folder shipped with the bot. */
export const BUILT_IN_KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));

export interface Knowledge {
  /** Every topic, built-in and overlay merged, in a stable order (by id). */
  readonly topics: readonly Topic[];
  /** The folders it was loaded from, built-in first. */
  readonly folders: readonly string[];
  topic(id: string): Topic | undefined;
  /** The topic a short name means: id, alias, or (unless `fuzzy` is false) a close misspelling ("nodeprot"). */
  resolve(name: string, fuzzy?: boolean): Topic | undefined;
  /** Topics that answer a question, best first, with whether the best is a confident answer. */
  search(question: string, limit?: number): SearchResult;
  /** The onboarding course, in order: by `order`, or as the policy file lists it. */
  readonly course: readonly Lesson[];
  /** The quiz, in course order: each lesson's question, then quiz.yaml's on its topics, then the rest. */
  readonly questions: readonly Question[];
  /** A question of the quiz by id. */
  question(id: string): Question | undefined;
  /** The `which` decision tree (the built-in folder's tree.yaml), checked against these topics. */
  readonly tree: DecisionTree;
}

/** The decision tree's file in a knowledge folder. */
export const TREE_FILE = 'tree.yaml';

export interface LoadKnowledgeOptions {
  /** The built-in folder (tests point it at temporary folders). */
  builtIn?: string;
  /** A team's folder of the same shape; its topics, lessons and questions add to and replace built-in ones by id. */
  overlay?: string | undefined;
  /** The build's validated copy of the built-in folder (see snapshot.ts); null never uses one. */
  snapshot?: string | null;
  /** The policy file's `course:` (lesson ids in order); without it the course runs by `order`. */
  course?: readonly string[] | undefined;
  /** The policy file, named in messages about `course`. */
  policyFile?: string | null | undefined;
}

export function loadKnowledge(options: LoadKnowledgeOptions = {}): Knowledge {
  const builtIn = options.builtIn ?? BUILT_IN_KNOWLEDGE;
  requireFolder(builtIn, 'the built-in knowledge folder');
  const folders = [builtIn];
  const topics = new Map<string, Topic>();
  const sources = readFolder(builtIn, true);
  const saved = options.snapshot === null ? null : readSnapshot(builtIn, sources, options.snapshot);
  const base = saved ?? parseFolder(sources);
  const builtInTopics = new Set(base.topics);
  for (const topic of builtInTopics) {
    const previous = topics.get(topic.id);
    if (previous) throw new KnowledgeError(topic.file, topic.front.firstLine, `id "${topic.id}" is already used by ${previous.file}`);
    topics.set(topic.id, topic);
  }
  let extra: ParsedFolder = { topics: [], lessons: [], questions: [] };
  if (options.overlay !== undefined) {
    requireFolder(options.overlay, 'the team knowledge folder (policy `knowledge:`)');
    folders.push(options.overlay);
    extra = parseFolder(readFolder(options.overlay));
    const seen = new Map<string, Topic>();
    for (const topic of extra.topics) {
      const previous = seen.get(topic.id);
      if (previous) throw new KnowledgeError(topic.file, topic.front.firstLine, `id "${topic.id}" is already used by ${previous.file}`);
      seen.set(topic.id, topic);
      topics.set(topic.id, topic);
    }
  }
  // Checked built-in first, so that a clash is reported in the overlay file that caused it.
  const overlayTopics = [...topics.values()].filter((t) => !builtInTopics.has(t));
  // The build already checked the built-in set on its own; anything with an overlay is checked here.
  const names =
    saved && overlayTopics.length === 0 && options.overlay === undefined
      ? saved.names
      : checkTopicSet([...[...topics.values()].filter((t) => builtInTopics.has(t)), ...overlayTopics], nameKey);
  const merged = [...topics.values()].sort((a, b) => a.id.localeCompare(b.id));
  const index = new TopicIndex(merged, names);
  const { course, questions } = onboarding(base, extra, options, {
    isTopic: (id) => topics.has(id),
    isName: (name) => names.has(nameKey(name)),
    // The build checked the built-in lessons and questions against the built-in topics; an
    // overlay may change the names they refer to, so then they are checked again.
    builtInChecked: saved !== null && options.overlay === undefined,
  });
  const byId = new Map(questions.map((q) => [q.id, q]));
  // An overlay only adds and replaces topics, so a tree the build checked against the built-in
  // ids still finds every topic it names.
  const treeSource = sources.tree[0] as SourceFile;
  const tree = saved ? treeFromData(saved.tree, treeSource.name) : parseTree(treeSource.text, treeSource.name, merged.map((t) => t.id));
  return {
    topics: merged,
    folders,
    topic: (id) => index.topic(id),
    resolve: (name, fuzzy) => index.resolve(name, fuzzy),
    search: (question, limit) => index.search(question, limit),
    course,
    questions,
    question: (id) => byId.get(id),
    tree,
  };
}

interface TopicChecks {
  isTopic: (id: string) => boolean;
  isName: (name: string) => boolean;
  /** The built-in folder's lessons and questions were checked by the build (the snapshot). */
  builtInChecked?: boolean;
}

/**
 * The course and the quiz from the built-in folder and the overlay: lessons and quiz.yaml
 * questions merged by id (the overlay wins), checked against the merged topics, and put in order.
 */
function onboarding(base: ParsedFolder, extra: ParsedFolder, options: LoadKnowledgeOptions, checks: TopicChecks): { course: Lesson[]; questions: Question[] } {
  // Each folder on its own: a repeated id inside one folder is an error, across folders a replacement.
  for (const folder of checks.builtInChecked ? [extra] : [base, extra]) {
    checkLessonSet(folder.lessons, checks.isTopic, checks.isName);
    checkQuestionSet([...folder.lessons.map((l) => l.question), ...folder.questions], checks.isTopic);
  }
  const lessons = new Map<string, Lesson>();
  for (const lesson of [...base.lessons, ...extra.lessons]) lessons.set(lesson.id, lesson);
  const quiz = new Map<string, Question>();
  for (const question of [...base.questions, ...extra.questions]) quiz.set(question.id, question);
  const course =
    options.course === undefined
      ? courseByOrder([...lessons.values()])
      : namedCourse(options.course, lessons, displayName(options.policyFile ?? 'the policy file'));
  return { course, questions: quizDeck(course, [...quiz.values()]) };
}

/** A folder's files; the decision tree is read (and required) only in the built-in folder. */
function readFolder(dir: string, withTree = false): FolderSources {
  return { topics: readTopicFolder(dir), lessons: readLessonFolder(dir), quiz: readQuizFile(dir), tree: withTree ? [readTreeSource(dir)] : [] };
}

function readTreeSource(folder: string): SourceFile {
  const path = join(folder, TREE_FILE);
  if (!existsSync(path)) throw new TreeError(`${displayName(path)}: the decision tree file does not exist`);
  return readSource(path);
}

function parseFolder(sources: FolderSources): ParsedFolder {
  return { topics: sources.topics.map(parseTopic), lessons: sources.lessons.map(parseLesson), questions: sources.quiz.flatMap(parseQuizFile) };
}

/** `npm run build`: validates the built-in folder and saves the result for start-up. */
export function saveBuiltInSnapshot(builtIn = BUILT_IN_KNOWLEDGE, file?: string): number {
  const sources = readFolder(builtIn, true);
  const parsed = parseFolder(sources);
  const names = checkTopicSet(parsed.topics, nameKey);
  const ids = new Set(parsed.topics.map((t) => t.id));
  onboarding(parsed, { topics: [], lessons: [], questions: [] }, {}, { isTopic: (id) => ids.has(id), isName: (name) => names.has(nameKey(name)) });
  const treeSource = sources.tree[0] as SourceFile;
  const tree = validateTree(treeSource.text, treeSource.name, [...ids]);
  // Read at first use, not at start-up: the build checks it here.
  loadWhichModels();
  writeSnapshot(builtIn, sources, parsed, names, tree, file);
  return parsed.topics.length;
}

function requireFolder(path: string, what: string): void {
  let ok = false;
  try {
    ok = statSync(path).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new KnowledgeError(displayName(path), null, `${what} does not exist or is not a folder`);
}

const MARKDOWN_LINK = /\]\((https?:\/\/[^)\s]+)\)/g;

/**
 * Every URL the knowledge links to: `url:` fields (topic and lesson links, the tree's docs) and
 * `[label](url)` links in any text. Renderers make links only to these hosts (core/reply.ts).
 */
export function knowledgeLinks(knowledge: Knowledge): string[] {
  const urls = new Set<string>();
  const seen = new Set<object>();
  const visit = (value: unknown, key: string | null): void => {
    if (typeof value === 'string') {
      if (key === 'url') urls.add(value);
      for (const m of value.matchAll(MARKDOWN_LINK)) urls.add(m[1] as string);
    } else if (typeof value === 'object' && value !== null && !seen.has(value)) {
      seen.add(value);
      if (value instanceof Map) for (const [k, v] of value) visit(v, typeof k === 'string' ? k : null);
      else for (const [k, v] of Object.entries(value)) visit(v, Array.isArray(value) ? key : k);
    }
  };
  visit([knowledge.topics, knowledge.course, knowledge.questions, knowledge.tree], null);
  return [...urls].sort();
}
