// `which`: the decision tree that recommends how to expose a workload. With no answers it asks
// one question at a time; answers given inline (`which internet http bare-metal prod`, `which
// a=pods`) or in free text skip the questions they answer. Stateless: every button carries the
// whole path as a canonical command.

import {
  applyImplications,
  answerValue,
  emptyAnswers,
  extractAnswers,
  mentionedKind,
  MAX_FACT_TEXT,
  readAnswers,
  type Answers,
} from '../../knowledge/tree-facts.js';
import { canonicalCommand, UNSURE, walkTree, withAnswer, withoutAnswer } from '../../knowledge/tree-walk.js';
import { MENTIONS_KEY, PORT_KEY, type DecisionTree, type RecommendationId } from '../../knowledge/tree.js';
import type { Command, CommandInput, Recognition } from '../command.js';
import type { Context } from '../context.js';
import { echo, invalidInput, note, type Block, type Reply } from '../reply.js';
import { questionReply, recommendationReply, START_OVER } from '../which/render.js';

const treeOf = (ctx: Context): DecisionTree => ctx.runtime.knowledge.tree;

function keyList(tree: DecisionTree): string {
  return tree.questions.map((q) => `\`${q.key}\` (${q.name})`).join(', ');
}

/** Applies `key=value` options over the answers found in the words; a reply when one is unusable. */
function applyOptions(tree: DecisionTree, answers: Answers, options: Record<string, string>): Answers | Reply {
  let result = answers;
  for (const [spelled, raw] of Object.entries(options)) {
    const values = raw
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (spelled.toLowerCase() === MENTIONS_KEY) {
      const kinds = values.map((v) => mentionedKind(tree, v));
      if (kinds.some((k) => k === undefined)) {
        return invalidInput('which', `${echo(`vs=${raw}`)} names something that is not a Service kind.`, 'Leave it out, or use kinds such as `vs=ingress,nodeport`.', [START_OVER]);
      }
      result = { ...result, mentions: [...new Set(kinds as RecommendationId[])] };
      continue;
    }
    if (spelled.toLowerCase() === PORT_KEY) {
      const port = /^\d{1,5}$/.test(raw) ? Number(raw) : 0;
      if (port < 1 || port > 65535) {
        return invalidInput('which', `${echo(`port=${raw}`)} is not a port.`, 'A port is a number from 1 to 65535, e.g. `port=5432`.', [START_OVER]);
      }
      result = { ...result, port };
      continue;
    }
    const key = tree.keyFor(spelled);
    if (key === undefined) {
      return invalidInput('which', `I don't know the answer ${echo(spelled, 24)}.`, `Answers are ${keyList(tree)}, e.g. \`which a=internet p=http\`.`, [START_OVER]);
    }
    const question = tree.question(key);
    if (raw === UNSURE) {
      result = withoutAnswer(result, key);
      result.unsure = new Set(result.unsure).add(key);
      continue;
    }
    const mapped = values.map((v) => answerValue(tree, key, v));
    if (!question || values.length === 0 || mapped.some((v) => v === undefined)) {
      const valid = question?.options.map((o) => `\`${o.value}\``).join(', ') ?? '';
      const without = withoutAnswer(result, key);
      return invalidInput(
        'which',
        `${echo(`${spelled}=${raw}`)} is not an answer to "${question?.text ?? key}".`,
        `\`${key}\` takes ${valid}.`,
        (question?.options ?? [])
          .filter((o) => !o.hidden)
          .map((o) => ({ label: o.label, command: canonicalCommand(tree, withAnswer(without, key, o.value)) })),
      );
    }
    const unique = [...new Set(mapped as string[])];
    if (unique.length === 1) {
      result = withAnswer(result, key, unique[0] as string);
    } else {
      const facts = new Map(result.facts);
      facts.delete(key);
      result = { ...result, facts, contested: new Map(result.contested).set(key, unique) };
    }
  }
  return result;
}

function run(input: CommandInput, ctx: Context): Reply {
  const tree = treeOf(ctx);
  const text = input.args.join(' ');
  if (text.length > MAX_FACT_TEXT) {
    return invalidInput(
      'which',
      `That is ${text.length} characters; I read a setup described in a few sentences.`,
      'Say who must reach it, what it speaks and where the cluster runs, e.g. `which internet http bare-metal prod`.',
      [{ label: 'Step by step', command: 'which' }],
    );
  }
  const found = text === '' ? emptyAnswers() : extractAnswers(text, tree);
  const applied = applyOptions(tree, found, input.options);
  if ('blocks' in applied) return applied;
  const answers = applied;
  applyImplications(tree, answers);

  const notes: Block[] = [];
  const understood = found.facts.size + found.contested.size + found.mentions.length > 0;
  if (text !== '' && !understood && Object.keys(input.options).length === 0) {
    notes.push(note(`I could not tell anything about your setup from ${echo(text)}, so let's go step by step.`));
  }
  const walk = walkTree(tree, answers);
  if (walk.kind === 'question') return questionReply(tree, answers, walk, notes);
  const defaults = ctx.runtime.policy.defaults;
  return recommendationReply(tree, answers, walk, { namespace: defaults.namespace, domain: defaults.domain, ingressClass: defaults.ingressClass }, notes);
}

// ---- free text ------------------------------------------------------------------------------

/** Phrasings that ask for a decision: "which service type", "how should I expose …". */
const DECISION_CUES: readonly RegExp[] = [
  /\bwhich (?:kind of |type of |sort of )?(?:k8s |kubernetes )?(?:service|svc)\b/,
  /\b(?:service|svc) type (?:for|should|to use|do (?:i|we)|would|fits|is best)\b/,
  /\bwhat (?:kind of |type of |sort of )?(?:k8s |kubernetes )?(?:service type|svc type|type of service|kind of service)\b/,
  /\b(?:right|correct|best|proper|appropriate|recommended) (?:service type|service|svc|type of service|kind of service|way to expose|option)\b/,
  /\bhow (?:do|can|should) (?:i|we) (?:let|allow|get|give) .{0,40}\b(?:reach|access|talk to|connect to|hit|call|use)\b/,
  /\b(?:need|needs|want|wants|looking for|require|requires) (?:a |an |the )?(?:tls termination|host[- ]based routing|path[- ]based routing|ingress|load ?balancer|nodeport|gateway|entry ?point|public (?:ip|endpoint|address|url))\b/,
  /\bwhat (?:kind of |type of |sort of )?(?:k8s |kubernetes )?(?:service type|service|svc)\b.*\b(?:use|need|pick|choose|create|want)\b/,
  /\bwhich (?:type|kind|one|option|approach)\b.*\b(?:use|need|pick|choose|go with)\b/,
  /\bshould (?:i|we) (?:use|pick|choose|go with|expose|put|create|make|run|set up|deploy|open)\b/,
  /\bshould (?:my|our|the|this|it) .{0,60}\b(?:use|be exposed|be reachable|be public)\b/,
  /\b(?:can|could) (?:i|we) (?:use|put|run|route|expose)\b/,
  /\bis (?:it )?(?:ok|okay|fine|safe|wise|bad|good|a good idea|a bad idea|recommended|enough|the right (?:choice|way)) (?:to )?(?:use|expose|put|run|for|with)\b/,
  /\bis (?:a |an )?(?:\w+ ){1,3}(?:ok|okay|fine|good|enough|a good idea|the right choice) (?:for|to)\b/,
  /\bdo (?:i|we) need (?:a |an )?(?:ingress|load ?balancer|nodeport|node port|service|gateway)\b/,
  /\bhow (?:do|should|can|could|would|to)(?: i| we| you)? (?:best )?(?:expose|publish|reach|access|connect to|get to|talk to|hit|query|open up|serve|make .{0,40}(?:reachable|accessible|available|public))\b/,
  /\b(?:need|needs|want|wants|trying|have|going|like|wanna|plan|planning) to (?:expose|publish|reach|access|connect to|open up|serve|make .{0,40}(?:reachable|accessible|available|public))\b/,
  /\bbest (?:way|option|practice|approach|choice) (?:to|for) (?:expos|reach|access|publish|serv|run|connect|give|get|provide|allow|open|make)/,
  /\b(?:recommend|recommendation)\b/,
  /\bhow (?:do|should|can) (?:i|we) (?:get|route|send) (?:external |outside |public )?(?:traffic|requests|users)\b/,
];

/** Phrasings that belong to other commands: definitions, comparisons, YAML, troubleshooting. */
const OTHER_COMMANDS: readonly RegExp[] = [
  /^(?:what|what's|whats) (?:is|are|does|do)\b/,
  /^(?:explain|define|describe|tell me about)\b/,
  /\b(?:explain|difference|differences|differ)\b/,
  /\b(?:vs\.?|versus|compared? (?:to|with)|compare)\b/,
  /\b(?:yaml|manifest|manifests)\b/,
  /\bwhy (?:is|isn't|isnt|does|doesn't|doesnt|can't|cant|won't|wont|am|do|are)\b/,
  /\bhow (?:does|do) .{0,40}\bwork\b/,
  /\b(?:not working|doesn't work|doesnt work|stopped working|can't reach|cant reach|cannot reach|can't connect|cant connect|cannot connect|unreachable|timed out|timeout|refused|stuck|error|errors|failing|fails|broken|502|503|504)\b/,
  /^(?:show|list|get) (?:me )?(?:the |all )?(?:services|svc|ingress(?:es)?|endpoints|endpointslices)\b/,
];

/** Intent without a question form ("I'd like to use the Gateway API"): counts when the text also states facts. */
const INTENT_CUES: readonly RegExp[] = [
  /\b(?:expos(?:e|ed|ing)|reachable|accessible|localhost|publicly)\b/,
  /\bfrom (?:my|our|their|the) (?:host )?(?:laptops?|machines?|computers?|workstations?|pc|mac|desktop|browser|phone)\b/,
  /\b(?:like|want|wants|need|needs|plan|planning|going|trying|have) to (?:use|point|alias|map|give|refer|hit|call|curl|run|open|route)\b/,
  /\bhow (?:do|can|should) (?:i|we) (?:map|alias|point|give|name|refer)\b/,
  /\b(?:want|need|like) (?:my|our|the) \w+ to (?:use|reach|refer|talk|call|connect|find|access)\b/,
  /\beach other\b/,
  /\bneeds? (?:a |an )?(?:per[- ]pod|stable|its own|their own|dns alias|alias|name for)\b/,
];

export function recognizeWhich(text: string, tree: DecisionTree): Recognition | null {
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
  if (lower === '' || lower.length > MAX_FACT_TEXT) return null;
  const decision = DECISION_CUES.some((cue) => cue.test(lower));
  const otherCommand = OTHER_COMMANDS.some((cue) => cue.test(lower));
  const { answers, implied } = readAnswers(text, tree);
  const facts = answers.facts.size + answers.contested.size;
  let score: number;
  if (decision) score = otherCommand ? 0.7 : 0.9;
  else if (otherCommand) return null;
  else if (INTENT_CUES.some((cue) => cue.test(lower))) score = facts >= 1 ? 0.8 : 0.6;
  // A statement of facts ("internal gRPC service, only called by other pods"): enough to
  // decide on, but a more confident reading by another command wins.
  else if (facts >= 3) score = 0.65;
  else if (facts === 2) score = 0.55;
  else return null;
  applyImplications(tree, answers, implied);
  return { score, command: canonicalCommand(tree, answers) };
}

export const which: Command = {
  name: 'which',
  aliases: ['recommend', 'choose'],
  summary: 'Recommends how to expose a workload (Service type, Ingress, Gateway API or port-forward), asking only what it needs.',
  usage: 'which [answers…]',
  examples: ['which', 'which internet http bare-metal prod', 'which how do I reach postgres from my laptop', 'which a=pods t=peers'],
  recognize: (text, knowledge) => recognizeWhich(text, knowledge.tree),
  run,
};
