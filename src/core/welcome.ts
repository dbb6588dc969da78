// The greeting for people who join a channel the policy marks for onboarding. Built here, once,
// so every adapter sends the same words and the same first choices; an adapter adds only how it
// addresses the person (a mention) and how it delivers the message.

import type { Knowledge } from '../knowledge/index.js';
import { contentsChoice, learnCommand, QUIZ_COMMAND } from './course.js';
import { choices, heading, paragraph, reply, type Choice, type Reply } from './reply.js';

/**
 * The welcome: what the channel and the bot are for, and the course's first step as a button.
 * Private where the platform can show a message to one person (Slack); it is about them alone.
 */
export function welcome(knowledge: Knowledge): Reply {
  const course = knowledge.course;
  const options: Choice[] = [];
  const lines = [
    "I'm kube-concierge. This channel is where the team gets up to speed on how traffic reaches our services in Kubernetes.",
  ];
  if (course.length > 0) {
    lines.push(
      `There is a short course for you: ${course.length} lessons of one screen each, from "${course[0]?.title}" to "${course.at(-1)?.title}", ` +
        'each ending with one question. Go at your own pace; the buttons take you through it.',
    );
    options.push({ label: 'Start the course', command: learnCommand(1) });
  }
  if (knowledge.questions.length > 0) options.push({ label: 'Take a quiz', command: QUIZ_COMMAND });
  if (course.length > 0) options.push(contentsChoice);
  options.push({ label: 'What else can you do?', command: 'help' });
  lines.push('You can also ask me anything about Services, Ingress and friends, in plain words.');
  return reply('welcome', [heading('Welcome aboard!'), paragraph(lines.join(' ')), choices(options)], {
    visibility: 'private',
    data: { lessons: course.length, questions: knowledge.questions.length },
  });
}
