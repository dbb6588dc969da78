import type { Knowledge, Lesson } from '../../knowledge/index.js';
import type { Command } from '../command.js';
import {
  CONTENTS_COMMAND,
  contentsChoice,
  learnCommand,
  lessonById,
  lessonForTopic,
  lessonQuizCommand,
  meaningfulWords,
  parseLessonNumber,
  QUIZ_COMMAND,
  type Placed,
} from '../course.js';
import { choices, code, echo, heading, invalidInput, note, paragraph, reply, type Block, type Choice, type Reply } from '../reply.js';
import { LEVEL } from '../route.js';

/** Words that ask for the table of contents rather than a lesson. */
const CONTENTS_WORDS = new Set(['toc', 'contents', 'content', 'index', 'list', 'lessons', 'menu', 'course', 'overview']);

/** "teach me kubernetes networking", "start the course", "I'm new here", "onboard me". */
const WANTS_COURSE =
  /^(?:(?:please\s+)?teach\s+me|i\s+want\s+to\s+learn|help\s+me\s+learn|(?:i['’]?m|i\s+am)\s+new(?:\s+here|\s+to\s+(?:kubernetes|k8s))?|(?:start|begin|take|open)\s+(?:the\s+|your\s+)?(?:course|tour|onboarding|lessons?)|onboard\s+me|give\s+me\s+(?:a|the)\s+tour)\b\s*(.*?)[.!?]*$/i;
/** What the course as a whole is about: asking to learn only these is asking for the course. */
const GENERAL = new Set([
  ...['about', 'the', 'basics', 'kubernetes', 'k8s', 'networking', 'service', 'services', 'here', 'please', 'how', 'traffic', 'works'],
  // "I'm new here, where do I start?" asks for the course too.
  ...['where', 'what', 'do', 'i', 'should', 'start', 'begin', 'first', 'learn', 'to'],
]);

export const learn: Command = {
  name: 'learn',
  aliases: ['tour', 'onboard'],
  summary: 'The onboarding course: short lessons on how traffic reaches a Service, each ending with a quiz question.',
  usage: 'learn [lesson number | lesson id | toc]',
  examples: ['learn', 'learn 1', 'learn ingress', 'learn toc'],
  recognize(text) {
    const asked = WANTS_COURSE.exec(text.trim());
    if (!asked) return null;
    const rest = (asked[1] as string).trim();
    // "teach me kubernetes networking" is the course; "teach me ingress" goes to that lesson.
    const words = rest.toLowerCase().split(/[\s,;:]+/).filter((w) => w !== '');
    if (words.every((w) => GENERAL.has(w))) return { score: LEVEL.explicit, command: 'learn' };
    return words.length <= 4 ? { score: LEVEL.explicit, command: `learn ${rest}` } : null;
  },
  run(input, ctx) {
    const knowledge = ctx.runtime.knowledge;
    if (knowledge.course.length === 0) {
      return reply('learn', [note('No lessons are loaded, so there is no course to show. The knowledge folder needs `lessons/*.md`.', 'warning')], {
        outcome: 'unavailable',
        visibility: 'private',
      });
    }
    const words = meaningfulWords(input.args);
    if (words.length === 0 || (words.length === 1 && CONTENTS_WORDS.has(words[0] as string))) return contentsReply(knowledge);
    const placed = findLesson(knowledge, words);
    if (typeof placed === 'string') return notALesson(knowledge, placed);
    return lessonReply(knowledge, placed);
  },
};

/** The lesson `words` name: a number, a lesson id, or a topic a lesson introduces; else the problem. */
function findLesson(knowledge: Knowledge, words: string[]): Placed | string {
  const total = knowledge.course.length;
  const number = words.length === 1 ? parseLessonNumber(words[0] as string) : null;
  if (number !== null) {
    if (number >= 1 && number <= total) return { lesson: knowledge.course[number - 1] as Lesson, number };
    return `There is no lesson ${number > 999 ? echo(String(words[0]), 12) : number}: the course has lessons 1 to ${total}.`;
  }
  const phrase = words.join(' ');
  const byId = lessonById(knowledge, phrase.replace(/\s+/g, '-'));
  if (byId) return byId;
  const topic = knowledge.resolve(phrase);
  const byTopic = topic ? lessonForTopic(knowledge, topic.id) : undefined;
  if (byTopic) return byTopic;
  return topic
    ? `No lesson of the course is about ${topic.title}; \`explain ${topic.id}\` tells you about it.`
    : `No lesson is called ${echo(phrase)}.`;
}

function notALesson(knowledge: Knowledge, problem: string): Reply {
  const first = knowledge.course[0] as Lesson;
  return invalidInput('learn', problem, 'Pick a lesson by its number, or open the table of contents.', [
    contentsChoice,
    { label: `1. ${first.title}`, command: learnCommand(1) },
  ]);
}

function contentsReply(knowledge: Knowledge): Reply {
  const course = knowledge.course;
  const list = course.map((l, i) => `${i + 1}. **${l.title}**: ${l.summary}`).join('\n');
  const options: Choice[] = course.map((l, i) => ({ label: `${i + 1}. ${l.title}`, command: learnCommand(i + 1) }));
  if (knowledge.questions.length > 0) options.push({ label: 'Take the quiz', command: QUIZ_COMMAND });
  return reply(
    'learn',
    [
      heading('Onboarding course: how traffic reaches a Service'),
      paragraph(
        `${course.length} short lessons, one screen each, with a question at the end of each. ` +
          'Move on with the buttons; `learn 4` opens lesson 4 directly.',
      ),
      paragraph(list),
      choices(options, 'Lessons:'),
    ],
    { data: { lessons: course.map((l, i) => ({ number: i + 1, id: l.id, title: l.title })) } },
  );
}

/** One lesson: its text, the question that ends it, links, and the way on. */
export function lessonReply(knowledge: Knowledge, { lesson, number }: Placed): Reply {
  const total = knowledge.course.length;
  const blocks: Block[] = [heading(`Lesson ${number} of ${total}: ${lesson.title}`)];
  for (const section of lesson.sections) {
    if (section.kind === 'heading') blocks.push(paragraph(`**${section.text}**`));
    else if (section.kind === 'code') blocks.push(code(section.text, section.language ?? 'text'));
    else blocks.push(paragraph(section.text));
  }
  blocks.push(paragraph(`**Check yourself:** ${lesson.question.question} Press **Quiz me** to answer.`));
  blocks.push(paragraph(`Read more: ${lesson.links.map((l) => `[${l.title}](${l.url})`).join(' · ')}`));
  const way: Choice[] = [
    number < total ? { label: 'Next', command: learnCommand(number + 1) } : { label: 'Finish: take the quiz', command: QUIZ_COMMAND },
    { label: 'Quiz me', command: lessonQuizCommand(number) },
  ];
  if (number > 1) way.push({ label: 'Back', command: learnCommand(number - 1) });
  way.push({ label: 'Table of contents', command: CONTENTS_COMMAND });
  blocks.push(choices(way));
  const deeper = lesson.topics
    .map((id) => knowledge.topic(id))
    .filter((t) => t !== undefined)
    .slice(0, 3)
    .map((t) => ({ label: t.title, command: `explain ${t.id}` }));
  if (deeper.length > 0) blocks.push(choices(deeper, 'Go deeper:'));
  return reply('learn', blocks, { data: { lesson: lesson.id, number, of: total, question: lesson.question.id } });
}
