import type { Command } from '../command.js';
import { compareReply, topicReply, topicsNamed } from '../answers.js';
import { readIntent } from '../intent.js';
import { ASKS_HOW_TO_GET, isGeneric, isServiceSide, namesBesideVs, namesIn, namingText, asksCostOnCloud } from '../phrasing.js';
import { echo, invalidInput } from '../reply.js';
import { LEVEL } from '../route.js';
import { choiceForSetup } from './which.js';

/** "nodeport or lb?", "should I use ingress or a load balancer": a choice between alternatives. */
const ASKS_TO_CHOOSE = /\b(or|instead\s+of|rather\s+than|better\s+than)\b/i;
/** A question where something goes or lives: about that thing, whatever alternatives it names. */
const ASKS_WHERE = /^where\b/i;

/**
 * "tls termination at ingress vs tls passthrough": both sides lead with one name, so two ways of one thing are set against
 * each other, not two things ("port-forward vs kubectl proxy" leads with two names, though one topic explains both).
 */
function sidesLeadWithOneName(text: string): boolean {
  const sides = namingText(text).split(/\s+(?:vs\.?|versus)\s+/i);
  if (sides.length !== 2) return false;
  const [left, right] = sides.map((side) => namesIn(side)[0]?.toLowerCase());
  return left !== undefined && left === right;
}

export const compare: Command = {
  name: 'compare',
  aliases: ['vs', 'versus', 'difference', 'diff'],
  summary: 'Put Service types and alternatives side by side: reach, address, ports, protocols, routing, cost, availability.',
  usage: 'compare <a> <b> [c…]',
  examples: ['compare nodeport loadbalancer', 'compare clusterip nodeport loadbalancer ingress', 'compare ingress gateway-api'],
  recognize(text, knowledge) {
    const t = text.trim();
    const words = t.split(/\s+/);
    if (words.length > 16 || asksCostOnCloud(t)) return null;
    // "service vs ingress": the Service in general is one of the sides.
    const service = words.some((_, i) => isServiceSide(words, i)) ? ['service'] : [];
    const names = [...service, ...namesIn(t).filter((n) => !/^(services?|svc)$/i.test(n))];
    if (names.length < 2) return null;
    // "ingress vs gateway api for host routing of 3 services on aks?": asked for a described setup,
    // the comparison is a choice that `which` answers with its recommendation.
    if (readIntent(t).comparison) {
      if (!namesBesideVs(t) || sidesLeadWithOneName(t)) return null;
      return { score: choiceForSetup(t, knowledge.tree) ? LEVEL.choice : LEVEL.explicit, command: `compare ${names.join(' ')}` };
    }
    // A choice: `which` answers it instead when the message also describes the workload.
    // The choice must be between names: "nlb internal instead of internet-facing" chooses a value.
    // Nor "on the httproute or the gateway?": a choice between parts of one topic asks about that topic.
    // Nor "where does the certificate go if I use a Gateway instead of an Ingress?": where something goes, for a choice made.
    const topics = new Set(names.flatMap((n) => knowledge.resolve(n)?.id ?? []));
    if (ASKS_TO_CHOOSE.test(t) && !ASKS_WHERE.test(t) && !ASKS_HOW_TO_GET.test(t) && topics.size >= 2 && names.every((n) => !isGeneric(n)) && namesBesideVs(t.replace(ASKS_TO_CHOOSE, 'vs'))) {
      return { score: LEVEL.choice, command: `compare ${names.join(' ')}` };
    }
    return null;
  },
  run(input, ctx) {
    const knowledge = ctx.runtime.knowledge;
    const { topics, unknown } = topicsNamed(input.args, knowledge);
    const comparable = knowledge.topics.filter((t) => t.compare !== undefined).map((t) => t.id);
    if (topics.length === 0 || (topics.length === 1 && unknown.length > 0)) {
      const what = unknown.length > 0 ? `I don't know ${unknown.slice(0, 3).map((w) => echo(w, 24)).join(', ')}.` : 'Name two or more things to compare.';
      return invalidInput('compare', what, `I can compare: ${comparable.map((id) => `\`${id}\``).join(', ')}.`, [
        { label: 'compare nodeport loadbalancer', command: 'compare nodeport loadbalancer' },
        { label: 'compare ingress loadbalancer', command: 'compare ingress loadbalancer' },
      ]);
    }
    if (topics.length === 1) {
      // "port vs targetPort": both names belong to one topic, which explains them together.
      const only = topics[0] as (typeof topics)[number];
      return topicReply('compare', only, knowledge);
    }
    return compareReply('compare', topics.slice(0, 5), knowledge, unknown);
  },
};
