// A start-up shortcut for the built-in folder: `npm run build` validates knowledge/ and writes
// the result beside the compiled code with a fingerprint of every file's bytes. At start-up the
// loader still reads every built-in file; when the fingerprint matches, those exact bytes were
// validated by this same build and the parsed result is reused (JSON), skipping YAML parsing and
// schema checks of topics, lessons, quiz and the decision tree, the topic names check (when there
// is no overlay), the search fields' term analysis and the tree's graph checks. Any difference (an
// edited file, a new one, another build) means full validation. Team overlays are always
// validated in full.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lesson } from './lessons.js';
import type { Question } from './quiz.js';
import { searchTermsOf } from './search.js';
import { displayName, type SourceFile } from './source.js';
import type { Topic } from './topics.js';
import type { TreeData } from './tree.js';

/** Bumped when the shape of a Topic, Lesson, Question or the tree changes, so an old snapshot is never reused. */
const SNAPSHOT_VERSION = 4;

export const SNAPSHOT_FILE = fileURLToPath(new URL('../knowledge.snapshot.json', import.meta.url));

/** A knowledge folder's files, by kind, read but not parsed. */
export interface FolderSources {
  topics: SourceFile[];
  lessons: SourceFile[];
  /** quiz.yaml, when the folder has one. */
  quiz: SourceFile[];
  /** tree.yaml (the built-in folder only). */
  tree: SourceFile[];
}

/** What a folder holds once parsed and validated on its own. */
export interface ParsedFolder {
  topics: Topic[];
  lessons: Lesson[];
  /** The questions of quiz.yaml (lesson questions live in their lessons). */
  questions: Question[];
}

interface Snapshot extends ParsedFolder {
  version: number;
  fingerprint: string;
  /** Every topic name's key -> topic id, as checkTopicSet built it for the built-in set. */
  names: [string, string][];
  tree: TreeData;
}

export interface SavedKnowledge extends ParsedFolder {
  names: Map<string, string>;
  tree: TreeData;
}

export function fingerprint(sources: FolderSources, dir: string): string {
  const hash = createHash('sha256');
  hash.update(String(SNAPSHOT_VERSION));
  for (const s of [...sources.topics, ...sources.lessons, ...sources.quiz, ...sources.tree]) hash.update(`\0${inFolder(dir, s.name)}\0${s.text}`);
  return hash.digest('hex');
}

/** A file's path inside the knowledge folder (`topics/nodeport.md`), as the snapshot keeps it. */
function inFolder(dir: string, name: string): string {
  return relative(dir, name).split('\\').join('/');
}

/** The validated knowledge for exactly these files, if this build saved it; otherwise null. */
export function readSnapshot(dir: string, sources: FolderSources, file = SNAPSHOT_FILE): SavedKnowledge | null {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  } catch {
    return null;
  }
  if (snapshot.version !== SNAPSHOT_VERSION || snapshot.fingerprint !== fingerprint(sources, dir)) return null;
  // Messages name files as seen from where the bot runs now.
  const shown = (rel: string) => displayName(join(dir, rel));
  const question = (q: Question): Question => ({ ...q, file: shown(q.file) });
  return {
    topics: snapshot.topics.map((t) => ({ ...t, file: shown(t.file), front: { ...t.front, file: shown(t.file) } })),
    lessons: snapshot.lessons.map((l) => ({ ...l, file: shown(l.file), front: { ...l.front, file: shown(l.file) }, question: question(l.question) })),
    questions: snapshot.questions.map(question),
    names: new Map(snapshot.names),
    tree: snapshot.tree,
  };
}

export function writeSnapshot(
  dir: string,
  sources: FolderSources,
  parsed: ParsedFolder,
  names: ReadonlyMap<string, string>,
  tree: TreeData,
  file = SNAPSHOT_FILE,
): void {
  const rel = (name: string) => inFolder(dir, name);
  const question = (q: Question): Question => ({ ...q, file: rel(q.file) });
  const snapshot: Snapshot = {
    version: SNAPSHOT_VERSION,
    fingerprint: fingerprint(sources, dir),
    // The analysed search fields too, so that the first question does not redo the analysis.
    topics: parsed.topics.map((t) => ({ ...t, file: rel(t.file), searchTerms: searchTermsOf(t) })),
    lessons: parsed.lessons.map((l) => ({ ...l, file: rel(l.file), question: question(l.question) })),
    questions: parsed.questions.map(question),
    names: [...names],
    tree,
  };
  writeFileSync(file, JSON.stringify(snapshot));
}
