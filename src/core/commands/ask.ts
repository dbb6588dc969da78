import type { Command } from '../command.js';
import { answerQuestion } from '../answers.js';

export const ask: Command = {
  name: 'ask',
  aliases: ['question'],
  summary: 'Answer a question in plain words from the knowledge base (free text lands here too).',
  usage: 'ask <question>',
  examples: ['ask how do I reach a ClusterIP service from my laptop', 'ask why is my EXTERNAL-IP pending', 'ask can an ingress route UDP'],
  takesText: true,
  // A pasted block keeps its lines: the answer reads kubectl tables by line.
  takesBody: true,
  // No recogniser: free text that no other command claims comes here as the fallback.
  run(input, ctx) {
    // A token with spaces in it was quoted ("shows 'Kubernetes Ingress Controller Fake Certificate'"): it is quoted again, since
    // a quoted message is read as the symptom's words, not the asker's.
    const line = input.args.map((a) => (/\s/.test(a) ? `'${a}'` : a)).join(' ');
    const question = input.body === null ? line : `${line}\n${input.body}`;
    return answerQuestion('ask', question, ctx.runtime.knowledge);
  },
};
