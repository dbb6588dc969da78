// A knowledge folder in a temporary directory, for loader tests: topics, lessons and quiz as
// given, and always the decision tree a built-in folder must have (a small valid one).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { smallTree } from './which/small-tree.js';

/** The smallest valid topic file. */
export const minimalTopic = (id: string): string =>
  ['---', `id: ${id}`, `title: Topic ${id}`, 'links:', '  - { title: Docs, url: "https://kubernetes.io/docs/" }', '---', `The ${id} topic. It is short.`, ''].join('\n');

export interface KnowledgeFiles {
  topics?: Record<string, string>;
  lessons?: Record<string, string>;
  quiz?: string;
  /** The topic the small tree's recommendations explain (it must exist for the tree to load). */
  treeTopic?: string;
}

export function knowledgeFolder({ topics = {}, lessons = {}, quiz, treeTopic = 'alpha' }: KnowledgeFiles, prefix = 'kc-knowledge-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'topics'));
  mkdirSync(join(dir, 'lessons'));
  for (const [name, text] of Object.entries(topics)) writeFileSync(join(dir, 'topics', name), text);
  for (const [name, text] of Object.entries(lessons)) writeFileSync(join(dir, 'lessons', name), text);
  if (quiz !== undefined) writeFileSync(join(dir, 'quiz.yaml'), quiz);
  writeFileSync(join(dir, 'tree.yaml'), dump(smallTree(treeTopic)));
  return dir;
}
