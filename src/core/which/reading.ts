// Two readings of one `which` message, reconciled. The facts read phrase by phrase walk the tree;
// the whole-message model (src/knowledge/which-model.ts) says how likely each outcome is. When
// the walk recommends something the model finds unlikely, the point where they part is asked
// (or, when the model is sure of an outcome one answer away, that answer is taken and shown as an
// assumption to change). When the walk stops at a question the message left open and the model is
// sure, the open questions are filled toward its outcome, shown as assumptions. Contradictions the
// message states and doubts it voices are still asked.

import type { Answers } from '../../knowledge/tree-facts.js';
import { reachableRecommendations, walkTree, withAnswer, withoutAnswer, type Walk } from '../../knowledge/tree-walk.js';
import type { DecisionTree, RecommendationId } from '../../knowledge/tree.js';
import { readWhole, UNDECIDED, whichModel, type Reading, type WhichModel } from '../../knowledge/which-model.js';

/** Below this, the model finds the walk's recommendation unlikely: the facts behind it are asked about. */
const DOUBTED = 0.1;
/** From this, the model is sure enough of an outcome to fill in or change a fact toward it. */
const SURE = 0.9;
/**
 * Questions about the place, by name, whose answer read from the message is never read over, only
 * asked about: where the cluster runs and whether it has a load balancer are facts the asker
 * states ("on-prem, no load balancers"), not readings of what they need.
 */
const FACTS_OF_THE_PLACE: ReadonlySet<string> = new Set(['environment', 'metallb']);

export interface Reconciled {
  answers: Answers;
  walk: Walk;
  /** Why the reply differs from what the facts alone gave. */
  because?: 'doubted' | 'filled' | 'reread';
}

const probability = (reading: Reading, label: string): number => reading.find(([l]) => l === label)?.[1] ?? 0;

/** Marks `key` as one to ask rather than assume. */
function opened(answers: Answers, key: string): Answers {
  const result = withoutAnswer(answers, key);
  result.unsure = new Set([...(result.unsure ?? []), key]);
  return result;
}

/** Answers the questions the walk stops at, each toward `target`, marking them guessed; null when it cannot get there. */
function fillToward(tree: DecisionTree, answers: Answers, target: RecommendationId): { answers: Answers; walk: Walk } | null {
  let current = answers;
  for (let guard = 0; guard <= tree.questions.length; guard++) {
    const walk = walkTree(tree, current);
    if (walk.kind === 'recommendation') return walk.recommendation === target ? { answers: current, walk } : null;
    if (walk.contested) return null;
    const key = walk.question.key;
    const option = walk.question.options.find((o) => reachableRecommendations(tree, withAnswer(current, key, o.value)).has(target));
    if (!option) return null;
    current = withAnswer(current, key, option.value);
    current.guessed = new Set([...(current.guessed ?? []), key]);
  }
  return null;
}

/**
 * Reconciles the walk of the facts read from `text` with the model's reading of it. `given` are
 * the questions answered in so many words (`key=value`): never reopened.
 */
export function reconcile(
  tree: DecisionTree,
  answers: Answers,
  walk: Walk,
  text: string,
  given: ReadonlySet<string>,
  model: WhichModel = whichModel(),
): Reconciled {
  const reading = readWhole(model, text);
  const [top, sure] = reading[0] ?? [UNDECIDED, 0];
  const target = top !== UNDECIDED && sure >= SURE && top in tree.recommendations ? (top as RecommendationId) : undefined;

  if (walk.kind === 'question') {
    const stated = walk.contested !== undefined || answers.unsure?.has(walk.question.key) === true;
    if (target === undefined || stated || !reachableRecommendations(tree, answers).has(target)) return { answers, walk };
    const filled = fillToward(tree, answers, target);
    return filled ? { ...filled, because: 'filled' } : { answers, walk };
  }

  if (probability(reading, walk.recommendation) >= DOUBTED) return { answers, walk };
  // The facts read from the text that decided the walk, first to last.
  const read = walk.steps.filter((s) => !s.assumed && !s.moot && !given.has(s.key)).map((s) => s.key);
  if (read.length === 0) return { answers, walk };
  if (target !== undefined) {
    for (const key of read.filter((k) => !FACTS_OF_THE_PLACE.has(tree.question(k)?.name ?? k))) {
      const open = opened(answers, key);
      if (!reachableRecommendations(tree, open).has(target)) continue;
      const filled = fillToward(tree, open, target);
      if (filled) return { ...filled, because: 'reread' };
    }
  }
  // Ask where the readings part: the first fact whose other answers reach the model's outcome, else the last one read.
  const parting = top === UNDECIDED ? undefined : read.find((key) => reachableRecommendations(tree, opened(answers, key)).has(top as RecommendationId));
  const open = opened(answers, parting ?? (read.at(-1) as string));
  const asked = walkTree(tree, open);
  return asked.kind === 'question' ? { answers: open, walk: asked, because: 'doubted' } : { answers, walk };
}
