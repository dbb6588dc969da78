// Two readings of one `which` message, reconciled. The facts read phrase by phrase walk the tree;
// the whole-message model (src/knowledge/which-model.ts) says how likely each outcome is. When
// the walk stops at a question the message left open, and one answer's outcomes hold nearly all
// the model's belief, that answer is taken, shown as an assumption to change (so is each question
// after it). When the walk recommends something the model finds unlikely (or stops at a question
// all of whose outcomes it finds unlikely), one fact about the workload is read over if the rest
// then lead somewhere the model is sure of; otherwise a recommendation is not given, and the point
// where the readings part is asked. Doubts the message voices are still asked, a contradiction it
// states is settled only when the model is surer still, and where the cluster runs or whether it
// has a load balancer is never read over, nor is raw TCP or UDP, nor an outside host named by its
// address or its DNS name, nor an answer the message gave by turning another down.

import type { Answers } from '../../knowledge/tree-facts.js';
import { reachableRecommendations, walkTree, withAnswer, withQuestionOpen, type Walk } from '../../knowledge/tree-walk.js';
import type { DecisionTree, RecommendationId } from '../../knowledge/tree.js';
import { readWhole, UNDECIDED, whichModels, type Classifier, type Outcome, type Reading } from '../../knowledge/which-model.js';

export interface ReadingPolicy {
  /** Below this, the model finds the walk's recommendation unlikely: the facts behind it are asked about. */
  doubted: number;
  /** From this much of the model's belief in an answer's outcomes, that answer is filled in or read over. */
  sure: number;
  /** Between answers the message states both of ("public… only pods call it"), the model must be surer. */
  sureOverContradiction: number;
  /** From this much belief that the message leaves the answer open, a recommendation is asked about instead. */
  undecided: number;
}
/** The thresholds `which` reads by, chosen on sets before they were trained on (`npm run which:cv` measures others). */
export const READING_POLICY: Readonly<ReadingPolicy> = { doubted: 0.1, sure: 0.9, sureOverContradiction: 0.97, undecided: 0.7 };
let policy: Readonly<ReadingPolicy> = READING_POLICY;
/** Reads by other thresholds until called again without them; for tools that compare policies (`npm run which:cv`). */
export function useReadingPolicy(other: Partial<ReadingPolicy> = {}): void {
  policy = { ...READING_POLICY, ...other };
}
/** Answers whose outcomes' belief differs by less than this hold as much. */
const AS_MUCH = 0.02;
/**
 * Questions about the place, by name, whose answer read from the message is never read over, only
 * asked about: where the cluster runs and whether it has a load balancer are facts the asker
 * states ("on-prem, no load balancers"), not readings of what they need.
 */
const FACTS_OF_THE_PLACE: ReadonlySet<string> = new Set(['environment', 'metallb']);
/**
 * Raw TCP or UDP read from the message ("three public TCP services", "redis", "game server") is
 * never read over into an Ingress: taking it for HTTP is how a database or a game server ends up
 * behind one, the mistake this command exists to prevent.
 */
const TRANSPORTS: ReadonlySet<string> = new Set(['tcp', 'udp']);
const THROUGH_INGRESS: ReadonlySet<string> = new Set(['ingress', 'ingress+nodeport']);
/**
 * Something outside known only by an IP address ("their API at 10.40.2.15 over the VPN") is never
 * read over into an ExternalName: that is a DNS CNAME, and Kubernetes does not resolve an IP put in
 * it as an address; a Service without a selector and an EndpointSlice is what points at an IP.
 * Nor, said outright (not only hinted), into a headless Service: "replicas on VMs at 10.8.0.21, .22" are
 * machines outside, and one virtual IP spreads over their addresses; unless every address is wanted
 * of DNS ("one name that resolves to all three IPs", "all the contact points").
 */
const EVERY_ADDRESS = /\b(?:resolves?|resolving)\s+to\s+(?:all|every|each)\b|\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?(?:(?:\d+|two|three|four|five)\s+)?(?:ips?|addresses|contact\s+points?|a\s+records?|records)\b/i;
const outsideByIp = (tree: DecisionTree, answers: Answers, key: string, top: string, text: string): boolean => {
  const target = tree.questions.find((q) => q.name === 'target')?.key;
  const address = tree.questions.find((q) => q.name === 'address')?.key;
  if (target === undefined || address === undefined) return false;
  if (top !== 'externalname' && (top !== 'headless' || answers.weak?.has(target) === true || EVERY_ADDRESS.test(text))) return false;
  return (key === target || key === address) && answers.facts.get(target) === 'outside' && answers.facts.get(address) === 'ip';
};
/**
 * Something outside named by its host name ("the managed Kafka at pkc-abc12.europe-west3.gcp.confluent.cloud",
 * "RDS at mydb.….rds.amazonaws.com") that pods are to reach is never read over into something else:
 * the name is there to point at, which is what an ExternalName does.
 */
const outsideByName = (tree: DecisionTree, answers: Answers, key: string, top: string): boolean => {
  const target = tree.questions.find((q) => q.name === 'target')?.key;
  const address = tree.questions.find((q) => q.name === 'address')?.key;
  if (top === 'externalname' || answers.hostNamed !== true || target === undefined || address === undefined) return false;
  return (key === target || key === address) && answers.facts.get(target) === 'outside' && answers.facts.get(address) === 'dns' && !answers.weak?.has(target);
};
/**
 * Facts that stand against the model: raw TCP or UDP, and an answer given by turning another down
 * ("I don't want to run a port-forward every time": not just me, the model's favourite here).
 */
const stands = (tree: DecisionTree, answers: Answers, key: string, top: string, text: string): boolean =>
  (tree.question(key)?.name === 'protocol' && TRANSPORTS.has(answers.facts.get(key) ?? '') && THROUGH_INGRESS.has(top)) ||
  outsideByIp(tree, answers, key, top, text) ||
  outsideByName(tree, answers, key, top) ||
  answers.byRefusal?.has(`${key}=${answers.facts.get(key) ?? ''}`) === true;
const neverReadOver = (tree: DecisionTree, answers: Answers, key: string, top: string, text: string): boolean =>
  FACTS_OF_THE_PLACE.has(tree.question(key)?.name ?? key) || stands(tree, answers, key, top, text);

export interface Reconciled {
  answers: Answers;
  walk: Walk;
  /** Why the reply differs from what the facts alone gave. */
  because?: 'doubted' | 'filled' | 'reread';
}

const probability = (reading: Reading, label: string): number => reading.find(([l]) => l === label)?.[1] ?? 0;

/** The model's belief in the outcomes still reachable with `answers`, and how many there are. */
function belief(tree: DecisionTree, answers: Answers, reading: Reading): { mass: number; outcomes: number } {
  const reachable = reachableRecommendations(tree, answers);
  return { mass: reading.reduce((sum, [label, p]) => sum + (reachable.has(label as RecommendationId) ? p : 0), 0), outcomes: reachable.size };
}

/**
 * Answers the questions the walk stops at, each with the answer whose outcomes hold nearly all the
 * model's belief (between answers the message states both of, even more), marking them guessed; null
 * where no answer does, where the asker voiced doubt (`unsure`, unless the key is in `free`), or
 * where the outcome reached is one the model finds unlikely.
 */
function fill(
  tree: DecisionTree,
  answers: Answers,
  reading: Reading,
  given: ReadonlySet<string>,
  free: ReadonlySet<string> = new Set(),
): { answers: Answers; walk: Walk; settled: boolean } | null {
  let current = answers;
  let settled = false;
  for (let guard = 0; guard <= tree.questions.length; guard++) {
    const walk = walkTree(tree, current);
    if (walk.kind === 'recommendation') return probability(reading, walk.recommendation) >= policy.doubted ? { answers: current, walk, settled } : null;
    const key = walk.question.key;
    // A question only a hint word left open ("a zookeeper ensemble") is filled where the model is
    // surer still; a doubt the message voices is asked.
    const hintedOnly = current.hinted?.has(key) === true && !free.has(key);
    if ((current.unsure?.has(key) === true && !free.has(key) && !hintedOnly) || given.has(key)) return null;
    // Answers the message sets against each other outright are the asker's to settle.
    if (current.opposed?.has(key) === true && walk.contested !== undefined) return null;
    settled ||= walk.contested !== undefined;
    const bar = (walk.contested !== undefined || hintedOnly) && !free.has(key) ? policy.sureOverContradiction : policy.sure;
    const values = walk.contested ?? walk.question.options.map((o) => o.value);
    // The answer holding most belief; of answers holding as much, the one leaving fewest outcomes open.
    const [best] = values
      .map((value) => ({ value, ...belief(tree, withAnswer(current, key, value), reading) }))
      .filter((b) => b.mass >= bar)
      .sort((x, y) => (Math.abs(y.mass - x.mass) < AS_MUCH ? x.outcomes - y.outcomes : y.mass - x.mass));
    if (!best) return null;
    current = withAnswer(current, key, best.value);
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
  model: Classifier<Outcome> | undefined = whichModels()?.outcome,
): Reconciled {
  if (!model) return { answers, walk };
  const reading = readWhole(model, text);
  const top = reading[0]?.[0] ?? UNDECIDED;

  if (walk.kind === 'question') {
    const filled = fill(tree, answers, reading, given);
    if (filled) return { answers: filled.answers, walk: filled.walk, because: filled.settled ? 'reread' : 'filled' };
    // The walk asks where the model still finds its outcomes likely: asking is right.
    if (belief(tree, answers, reading).mass >= policy.doubted) return { answers, walk };
  }
  // The facts read, first to last.
  const read = walk.steps.filter((s) => !s.assumed && !s.moot && !given.has(s.key)).map((s) => s.key);
  // Asks the question of `key` again, where reopening it leaves a question to ask.
  const askAt = (key: string): Reconciled => {
    const open = withQuestionOpen(answers, key);
    const asked = walkTree(tree, open);
    return asked.kind === 'question' ? { answers: open, walk: asked, because: 'doubted' } : { answers, walk };
  };
  if (walk.kind === 'recommendation' && probability(reading, walk.recommendation) >= policy.doubted) {
    // The model finds the message leaves the answer open: ask the first fact read.
    const first = top === UNDECIDED && (reading[0]?.[1] ?? 0) >= policy.undecided ? read.find((key) => !neverReadOver(tree, answers, key, top, text)) : undefined;
    return first === undefined ? { answers, walk } : askAt(first);
  }
  // The facts read so far lead only where the model finds unlikely: one of them is read over where
  // the rest then lead somewhere the model is sure of.
  if (read.length === 0) return { answers, walk };
  for (const key of read.filter((k) => !neverReadOver(tree, answers, k, top, text))) {
    const filled = fill(tree, withQuestionOpen(answers, key), reading, given, new Set([key]));
    if (filled) return { answers: filled.answers, walk: filled.walk, because: 'reread' };
  }
  if (walk.kind === 'question') return { answers, walk };
  // Ask where the readings part: the first fact whose other answers reach the model's outcome, else the last one read.
  const parting = top === UNDECIDED ? undefined : read.find((key) => reachableRecommendations(tree, withQuestionOpen(answers, key)).has(top as RecommendationId));
  // Only a fact that stands, taken otherwise, reaches what the model expects: the walk stands too.
  if (parting !== undefined && stands(tree, answers, parting, top, text)) return { answers, walk };
  return askAt(parting ?? (read.at(-1) as string));
}
