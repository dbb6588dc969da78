// The knowledge base: loads and validates ../knowledge (and a team's overlay folder) at start-up.
// Each kind of knowledge has its own module (topics.ts and tree.ts now; lessons and quiz join
// the same way): it reads its files with source.ts, and this module merges the built-in folder
// with the overlay (same id: the overlay wins) and checks references across the set, including
// the decision tree's references to topics.

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgeError } from './errors.js';
import { TopicIndex, type SearchResult } from './search.js';
import { displayName, readSource, type SourceFile } from './source.js';
import { nameKey } from './terms.js';
import { readSnapshot, SNAPSHOT_FILE, writeSnapshot } from './snapshot.js';
import { checkTopicSet, loadTopicFolder, parseTopic, readTopicFolder, type Topic } from './topics.js';
import { parseTree, TreeError, treeFromData, validateTree, type DecisionTree } from './tree.js';

export { KnowledgeError } from './errors.js';
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
  /** The `which` decision tree (the built-in folder's tree.yaml), checked against these topics. */
  readonly tree: DecisionTree;
}

/** The decision tree's file in a knowledge folder. */
export const TREE_FILE = 'tree.yaml';

export interface LoadKnowledgeOptions {
  /** The built-in folder (tests point it at temporary folders). */
  builtIn?: string;
  /** A team's folder of the same shape; its topics add to and replace built-in ones by id. */
  overlay?: string | undefined;
  /** The build's validated copy of the built-in folder (see snapshot.ts); null never uses one. */
  snapshot?: string | null;
}

export function loadKnowledge(options: LoadKnowledgeOptions = {}): Knowledge {
  const builtIn = options.builtIn ?? BUILT_IN_KNOWLEDGE;
  requireFolder(builtIn, 'the built-in knowledge folder');
  const folders = [builtIn];
  const topics = new Map<string, Topic>();
  const sources = readTopicFolder(builtIn);
  const treeSource = readTreeSource(builtIn);
  const saved = options.snapshot === null ? null : readSnapshot(builtIn, [...sources, treeSource], options.snapshot);
  const builtInTopics = new Set(saved?.topics ?? sources.map(parseTopic));
  for (const topic of builtInTopics) {
    const previous = topics.get(topic.id);
    if (previous) throw new KnowledgeError(topic.file, topic.front.firstLine, `id "${topic.id}" is already used by ${previous.file}`);
    topics.set(topic.id, topic);
  }
  if (options.overlay !== undefined) {
    requireFolder(options.overlay, 'the team knowledge folder (policy `knowledge:`)');
    folders.push(options.overlay);
    const seen = new Map<string, Topic>();
    for (const topic of loadTopicFolder(options.overlay)) {
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
  // An overlay only adds and replaces topics, so a tree the build checked against the built-in
  // ids still finds every topic it names.
  const tree = saved ? treeFromData(saved.tree, treeSource.name) : parseTree(treeSource.text, treeSource.name, merged.map((t) => t.id));
  return {
    topics: merged,
    folders,
    topic: (id) => index.topic(id),
    resolve: (name, fuzzy) => index.resolve(name, fuzzy),
    search: (question, limit) => index.search(question, limit),
    tree,
  };
}

/** `npm run build`: validates the built-in folder and saves the result for start-up. */
export function saveBuiltInSnapshot(builtIn = BUILT_IN_KNOWLEDGE, file = SNAPSHOT_FILE): number {
  const sources = readTopicFolder(builtIn);
  const treeSource = readTreeSource(builtIn);
  const topics = sources.map(parseTopic);
  const names = checkTopicSet(topics, nameKey);
  const tree = validateTree(treeSource.text, treeSource.name, topics.map((t) => t.id));
  writeSnapshot([...sources, treeSource], topics, names, tree, file);
  return topics.length;
}

function readTreeSource(folder: string): SourceFile {
  const path = join(folder, TREE_FILE);
  if (!existsSync(path)) throw new TreeError(`${displayName(path)}: the decision tree file does not exist`);
  return readSource(path);
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
