// Walking the decision tree with the answers known so far, and the canonical command that
// carries those answers (`which a=internet p=http e=bare`), so every step is stateless: a button
// holds the whole path, and any replica (or a restarted bot) continues from it.

import type { Answers } from './tree-facts.js';
import {
  isLeaf,
  MENTIONS_KEY,
  HOST_KEY,
  IP_KEY,
  NAME_KEY,
  PORT_KEY,
  type AskNode,
  type DecisionTree,
  type Edge,
  type LeafNode,
  type Question,
  type RecommendationId,
} from './tree.js';

/** The value that marks a question as one to ask rather than assume (`t=?`). */
export const UNSURE = '?';

export interface Step {
  node: string;
  key: string;
  value: string;
  /** Taken from the node's `assume`, not from the user. */
  assumed: boolean;
  /** Not asked because no answer to it changes the outcome; the value is only the way taken. */
  moot?: boolean;
  why?: string;
}

export type Walk =
  | { kind: 'question'; node: AskNode; question: Question; steps: Step[]; contested?: string[] }
  | { kind: 'recommendation'; recommendation: RecommendationId; leaf?: LeafNode; steps: Step[] };

/**
 * Follows the answers from the start: an answered question takes its branch, an `assume` node
 * takes its assumption, an `otherwise` node unanswered takes its usual branch unseen, a question
 * whose every possible answer (or every contested one) ends in the same outcome is not asked, and
 * any other contested or unanswered question stops the walk.
 */
export function walkTree(tree: DecisionTree, answers: Answers): Walk {
  const steps: Step[] = [];
  let id = tree.start;
  // A validated tree has no cycles, so a walk visits each node at most once.
  for (let guard = 0; guard <= tree.nodes.size; guard++) {
    const node = tree.node(id);
    if (!node) return { kind: 'recommendation', recommendation: id as RecommendationId, steps };
    if (isLeaf(node)) return { kind: 'recommendation', recommendation: node.recommend, leaf: node, steps };
    const question = tree.question(node.ask) as Question;
    const contested = answers.contested.get(node.ask);
    const given = answers.facts.get(node.ask);
    const value = contested ? undefined : (given ?? (answers.unsure?.has(node.ask) ? undefined : node.assume));
    const edge = value === undefined ? undefined : node.then.get(value);
    // A question never asked: unanswered (or answered both ways), its usual branch is taken unseen.
    if ((value === undefined || !edge) && node.otherwise !== undefined && !answers.unsure?.has(node.ask)) {
      steps.push({ node: node.id, key: node.ask, value: node.otherwise, assumed: true, moot: true });
      id = (node.then.get(node.otherwise) as Edge).to;
      continue;
    }
    if (value === undefined || !edge) {
      const moot = mootAnswer(tree, node, contested ?? [...node.then.keys()], answers);
      if (moot === undefined) return { kind: 'question', node, question, steps, ...(contested ? { contested } : {}) };
      steps.push({ node: node.id, key: node.ask, value: moot, assumed: true, moot: true });
      id = (node.then.get(moot) as Edge).to;
      continue;
    }
    const assumed = given === undefined || answers.guessed?.has(node.ask) === true;
    steps.push({ node: node.id, key: node.ask, value, assumed, ...(edge.why ? { why: edge.why } : {}) });
    id = edge.to;
  }
  throw new Error(`the decision tree walk did not end (a cycle through "${id}")`);
}

/**
 * The first of `values` when every one of them ends in the same outcome (the same leaf, so the
 * same variant of a recommendation) given the other answers: asking would change nothing.
 */
function mootAnswer(tree: DecisionTree, node: AskNode, values: readonly string[], answers: Answers): string | undefined {
  const outcomes = new Set<string>();
  for (const value of values) {
    const edge = node.then.get(value);
    if (!edge) return undefined;
    for (const outcome of outcomesFrom(tree, edge.to, answers)) outcomes.add(outcome);
    if (outcomes.size > 1) return undefined;
  }
  return outcomes.size === 1 ? values[0] : undefined;
}

/** The leaves (or bare recommendation ids) reachable from node `id`, as `reachableRecommendations` walks. */
function outcomesFrom(tree: DecisionTree, id: string, answers: Answers, found = new Set<string>(), seen = new Set<string>()): Set<string> {
  if (seen.has(id)) return found;
  seen.add(id);
  const node = tree.node(id);
  if (!node || isLeaf(node)) found.add(id);
  else for (const value of branchValues(node, answers)) {
    const edge = node.then.get(value);
    if (edge) outcomesFrom(tree, edge.to, answers, found, seen);
  }
  return found;
}

/** The answers a node may take: the one given or assumed, else the contested ones, else all. */
function branchValues(node: AskNode, answers: Answers): string[] {
  const given = answers.facts.get(node.ask);
  const contested = answers.contested.get(node.ask);
  const unsure = answers.unsure?.has(node.ask) === true;
  if (node.otherwise !== undefined && !unsure && given === undefined) return [node.otherwise];
  const assumed = contested || unsure ? undefined : node.assume;
  return contested ?? (given ?? assumed ? [(given ?? assumed) as string] : [...node.then.keys()]);
}

/**
 * Every recommendation still reachable with these answers: an answered question follows its
 * answer, an assumed one its assumption, an open or contested one each of its branches.
 */
export function reachableRecommendations(tree: DecisionTree, answers: Answers): Set<RecommendationId> {
  const found = new Set<RecommendationId>();
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const node = tree.node(id);
    if (!node) found.add(id as RecommendationId);
    else if (isLeaf(node)) found.add(node.recommend);
    else {
      for (const value of branchValues(node, answers)) {
        const edge = node.then.get(value);
        if (edge) visit(edge.to);
      }
    }
  };
  visit(tree.start);
  return found;
}

/** The answers with `key` answered `value` (no longer contested or unsure). */
export function withAnswer(answers: Answers, key: string, value: string): Answers {
  const result = withoutAnswer(answers, key);
  result.facts.set(key, value);
  return result;
}

/** The answers without any answer to `key`. */
export function withoutAnswer(answers: Answers, key: string): Answers {
  const facts = new Map(answers.facts);
  facts.delete(key);
  const contested = new Map(answers.contested);
  contested.delete(key);
  const result: Answers = { ...answers, facts, contested };
  for (const field of ['weak', 'unsure', 'hinted', 'guessed', 'opposed'] as const) {
    const keys = answers[field];
    if (!keys?.has(key)) continue;
    const rest = new Set(keys);
    rest.delete(key);
    result[field] = rest;
  }
  return result;
}

/** The answers with `key` left to ask rather than assume (`k=?`). */
export function withQuestionOpen(answers: Answers, key: string): Answers {
  const result = withoutAnswer(answers, key);
  result.unsure = new Set(result.unsure).add(key);
  return result;
}

/** `which` plus every answer in question order (contested `k=a,b`, unsure `k=?`), then `vs=…`, `port=…`. */
export function canonicalCommand(tree: DecisionTree, answers: Answers): string {
  const parts = ['which'];
  for (const q of tree.questions) {
    const fact = answers.facts.get(q.key);
    const contested = answers.contested.get(q.key);
    if (fact !== undefined) parts.push(`${q.key}=${fact}`);
    else if (contested) parts.push(`${q.key}=${contested.join(',')}`);
    else if (answers.unsure?.has(q.key)) parts.push(`${q.key}=${UNSURE}`);
  }
  if (answers.mentions.length > 0) parts.push(`${MENTIONS_KEY}=${answers.mentions.join(',')}`);
  if (answers.port !== undefined) parts.push(`${PORT_KEY}=${answers.port}`);
  if (answers.name !== undefined) parts.push(`${NAME_KEY}=${answers.name}`);
  if (answers.addresses !== undefined) parts.push(`${IP_KEY}=${answers.addresses.join(',')}`);
  if (answers.host !== undefined) parts.push(`${HOST_KEY}=${answers.host}`);
  return parts.join(' ');
}

/** The answers a walk used, by the questions' long names (what `data.answers` carries). */
export function usedAnswers(tree: DecisionTree, steps: readonly Step[]): Record<string, string> {
  return Object.fromEntries(steps.filter((s) => !s.moot).map((s) => [tree.question(s.key)?.name ?? s.key, s.value]));
}

/** The label of an answer, as buttons and "so far" lines show it. */
export function answerLabel(tree: DecisionTree, key: string, value: string): string {
  return tree.question(key)?.options.find((o) => o.value === value)?.label ?? value;
}
