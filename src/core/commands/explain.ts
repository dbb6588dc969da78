import type { Command } from '../command.js';
import { answerQuestion, compareReply, comparisonIn, topicReply } from '../answers.js';
import { onlyNames } from '../phrasing.js';
import { choices, heading, paragraph, reply } from '../reply.js';
import { LEVEL } from '../route.js';

/** "what is a headless service", "what's an ingress?", "how does kube-proxy work", "tell me about metallb". */
const QUESTION = /^(?:what(?:'|’)?s|what\s+(?:is|are)|define|describe|explain|tell\s+me\s+(?:more\s+)?about|how\s+(?:does|do)|what\s+(?:does|do)|eli5|meaning\s+of)\s+(.+?)(?:\s+(?:work|mean|do|stand\s+for|for))?\s*\??$/i;

export const explain: Command = {
  name: 'explain',
  aliases: ['what is', 'define'],
  summary: 'Explain a networking topic: the short answer, details, a diagram and links to the docs.',
  usage: 'explain <topic>',
  examples: ['explain nodeport', 'explain headless', 'what is an ingress', 'explain port-forward'],
  takesText: true,
  recognize(text) {
    const asked = QUESTION.exec(text.trim());
    if (asked && onlyNames(asked[1] as string)) return { score: LEVEL.topic, command: `explain ${(asked[1] as string).replace(/[?!.]+$/, '')}` };
    // A bare name ("headless service?", "ingress") is a request for that topic.
    if (onlyNames(text) && text.trim().split(/\s+/).length <= 4 && !/^(services?|svc)\??$/i.test(text.trim())) {
      return { score: LEVEL.topic, command: `explain ${text.trim().replace(/[?!.]+$/, '')}` };
    }
    return null;
  },
  run(input, ctx) {
    const knowledge = ctx.runtime.knowledge;
    const phrase = input.args.join(' ').trim();
    if (phrase === '') {
      const featured = ['clusterip', 'nodeport', 'loadbalancer', 'ingress', 'unreachable-service'].map((id) => knowledge.topic(id)).filter((t) => t !== undefined);
      return reply(
        'explain',
        [
          heading('What should I explain?'),
          paragraph(`I know ${knowledge.topics.length} topics, for example: ${knowledge.topics.map((t) => `\`${t.id}\``).join(', ')}.`),
          choices(featured.map((t) => ({ label: t.title, command: `explain ${t.id}` }))),
        ],
        { outcome: 'invalid', visibility: 'private' },
      );
    }
    const compared = comparisonIn(phrase, knowledge);
    if (compared) return compareReply('explain', compared, knowledge);
    const topic = knowledge.resolve(phrase);
    if (topic) return topicReply('explain', topic, knowledge);
    // Not a topic name ("what is the nodeport range"): answer it as a question.
    return answerQuestion('explain', phrase, knowledge);
  },
};
