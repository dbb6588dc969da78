import { OPTION_LETTERS, type Knowledge, type Lesson, type Question } from '../../knowledge/index.js';
import type { Command } from '../command.js';
import { backToLesson, contentsChoice, learnCommand, lessonById, meaningfulWords, parseLessonNumber, QUIZ_COMMAND, type Placed } from '../course.js';
import { choices, echo, heading, invalidInput, paragraph, reply, type Block, type Choice, type Reply } from '../reply.js';
import { LEVEL } from '../route.js';

// Canonical forms (what the buttons carry; progress and score travel in the command):
//   quiz [topic]                                   the first question (on that topic)
//   quiz lesson N                                  the question that ends lesson N
//   quiz answer ID LETTER [topic=T] [score=R/N]    answer a question of the quiz
//   quiz answer ID LETTER lesson=N                 answer a lesson's question
//   quiz next ID [topic=T] [score=R/N]             the question after ID
//   quiz question ID [topic=T] [score=R/N | lesson=N]  that question again

/** "quiz me", "test me on ingress", "give me a quiz about dns", "take the quiz", "ask me a question". */
const WANTS_QUIZ = /^(?:quiz\s+me|test\s+me|test\s+my\s+knowledge|give\s+me\s+(?:a\s+|another\s+)?quiz(?:\s+question)?|(?:take|start|do)\s+(?:a|the)\s+quiz|ask\s+me\s+(?:a\s+)?(?:question|quiz))(?:\s+(?:on|about|in)\s+(.+?))?[.!?]*$/i;

/** Answered and right so far, in a run through the quiz. */
interface Score {
  right: number;
  answered: number;
}

/** Where a question is asked: in a run through the quiz (all of it, or one topic's), or at the end of a lesson. */
type Mode = { kind: 'run'; topic: string | undefined; score: Score } | { kind: 'lesson'; at: Placed };

export const quiz: Command = {
  name: 'quiz',
  aliases: [],
  summary: 'A multiple-choice question with answer buttons: says whether you were right and why, then asks the next.',
  usage: 'quiz [topic | lesson <number>]',
  examples: ['quiz', 'quiz ingress', 'quiz lesson 4'],
  recognize(text) {
    const asked = WANTS_QUIZ.exec(text.trim());
    if (!asked) return null;
    const topic = asked[1]?.trim();
    if (topic === undefined) return { score: LEVEL.explicit, command: 'quiz' };
    return topic.split(/\s+/).length <= 4 ? { score: LEVEL.explicit, command: `quiz ${topic}` } : null;
  },
  run(input, ctx) {
    const knowledge = ctx.runtime.knowledge;
    if (knowledge.questions.length === 0) {
      return invalidInput('quiz', 'No quiz questions are loaded.', 'The knowledge folder needs `quiz.yaml` or lessons with their questions.');
    }
    // The canonical forms are read word for word (`a` is an answer there, not filler).
    const [verb, ...rest] = input.args.map((a) => a.toLowerCase());
    const mode = modeOf(knowledge, input.options);
    if (typeof mode === 'string') return invalidInput('quiz', mode, 'Start again with `quiz`.', [startChoice()]);
    if (verb === 'answer') return answer(knowledge, rest, mode);
    if (verb === 'next' || verb === 'skip') return next(knowledge, rest, mode);
    if (verb === 'question') {
      const question = findQuestion(knowledge, mode, rest[0]);
      return 'blocks' in question ? question : questionReply(knowledge, question, mode);
    }
    if (verb === 'lesson') return lessonQuestion(knowledge, rest);
    const words = meaningfulWords(input.args);
    return first(knowledge, words.length === 0 ? undefined : words.join(' '));
  },
};

const startChoice = (): Choice => ({ label: 'Start the quiz', command: QUIZ_COMMAND });
const letterOf = (index: number): string => OPTION_LETTERS[index] as string;

/** The mode the options carry: `lesson=N`, or a run with `topic=` and `score=`; a string says what is wrong. */
function modeOf(knowledge: Knowledge, options: Record<string, string>): Mode | string {
  if (options.lesson !== undefined) {
    const number = parseLessonNumber(options.lesson);
    const lesson = number === null ? undefined : knowledge.course[number - 1];
    if (number === null || lesson === undefined) return `There is no lesson ${echo(options.lesson, 12)}: the course has lessons 1 to ${knowledge.course.length}.`;
    return { kind: 'lesson', at: { lesson, number } };
  }
  let score: Score = { right: 0, answered: 0 };
  if (options.score !== undefined) {
    const m = /^(\d{1,5})\/(\d{1,5})$/.exec(options.score);
    const right = Number(m?.[1]);
    const answered = Number(m?.[2]);
    if (!m || right > answered) return `The score ${echo(options.score, 16)} is not RIGHT/ANSWERED, such as \`score=3/4\`.`;
    score = { right, answered };
  }
  const topic = options.topic;
  if (topic !== undefined && knowledge.topic(topic) === undefined) return `There is no topic ${echo(topic)}.`;
  return { kind: 'run', topic, score };
}

/** The questions of a run: the whole quiz, or one topic's, in course order. */
function runOf(knowledge: Knowledge, topic: string | undefined): readonly Question[] {
  return topic === undefined ? knowledge.questions : knowledge.questions.filter((q) => q.topic === topic);
}

/** The first question of the quiz, or of the questions on a topic. */
function first(knowledge: Knowledge, phrase: string | undefined): Reply {
  if (phrase === undefined) return questionReply(knowledge, knowledge.questions[0] as Question, { kind: 'run', topic: undefined, score: { right: 0, answered: 0 } });
  const topic = knowledge.resolve(phrase);
  const covered = [...new Set(knowledge.questions.map((q) => q.topic))];
  const suggestions = covered.slice(0, 4).map((id) => ({ label: knowledge.topic(id)?.title ?? id, command: `quiz ${id}` }));
  if (topic === undefined) {
    return invalidInput('quiz', `I have no quiz topic called ${echo(phrase)}.`, `Try one of: ${covered.map((id) => `\`${id}\``).join(', ')}.`, [startChoice(), ...suggestions]);
  }
  const run = runOf(knowledge, topic.id);
  if (run.length === 0) {
    return invalidInput('quiz', `There are no questions on ${topic.title} yet.`, `\`explain ${topic.id}\` tells you about it; these topics have questions.`, [
      startChoice(),
      ...suggestions,
    ]);
  }
  return questionReply(knowledge, run[0] as Question, { kind: 'run', topic: topic.id, score: { right: 0, answered: 0 } });
}

function lessonQuestion(knowledge: Knowledge, words: string[]): Reply {
  const word = words.join('-');
  const number = parseLessonNumber(word);
  const placed =
    number !== null ? (knowledge.course[number - 1] ? { lesson: knowledge.course[number - 1] as Lesson, number } : undefined) : lessonById(knowledge, word);
  if (placed === undefined) {
    return invalidInput(
      'quiz',
      word === '' ? '`quiz lesson` needs the lesson number, such as `quiz lesson 4`.' : `There is no lesson ${echo(word, 24)}: the course has lessons 1 to ${knowledge.course.length}.`,
      undefined,
      [contentsChoice, startChoice()],
    );
  }
  return questionReply(knowledge, placed.lesson.question, { kind: 'lesson', at: placed });
}

/** The options of a mode, as command words (`topic=ingress score=3/4`, `lesson=4`). */
function modeOptions(mode: Mode): string {
  if (mode.kind === 'lesson') return `lesson=${mode.at.number}`;
  return [mode.topic === undefined ? '' : `topic=${mode.topic}`, `score=${mode.score.right}/${mode.score.answered}`].filter((w) => w !== '').join(' ');
}

function questionReply(knowledge: Knowledge, question: Question, mode: Mode): Reply {
  const blocks: Block[] = [];
  if (mode.kind === 'lesson') {
    blocks.push(heading(`Lesson ${mode.at.number}: check yourself`));
  } else {
    const run = runOf(knowledge, mode.topic);
    const on = mode.topic === undefined ? '' : ` on ${knowledge.topic(mode.topic)?.title ?? mode.topic}`;
    blocks.push(heading(`Question ${run.indexOf(question) + 1} of ${run.length}${on}`));
  }
  blocks.push(paragraph(question.question));
  blocks.push(paragraph(question.options.map((o, i) => `**${letterOf(i).toUpperCase()}.** ${o.text}`).join('\n')));
  const suffix = modeOptions(mode);
  blocks.push(
    choices(
      question.options.map((_, i) => ({ label: letterOf(i).toUpperCase(), command: `quiz answer ${question.id} ${letterOf(i)} ${suffix}` })),
      'Your answer:',
    ),
  );
  const more: Choice[] =
    mode.kind === 'lesson'
      ? [{ label: 'Back to the lesson', command: learnCommand(mode.at.number) }]
      : [{ label: 'Skip', command: `quiz next ${question.id} ${suffix}` }, ...backToLesson(knowledge, question.topic)];
  blocks.push(choices(more));
  return reply('quiz', blocks, { data: { question: question.id, topic: question.topic, options: question.options.length } });
}

function findQuestion(knowledge: Knowledge, mode: Mode, id: string | undefined): Question | Reply {
  const question = id === undefined ? undefined : knowledge.question(id);
  if (question === undefined) {
    return invalidInput('quiz', id === undefined ? 'Which question? The buttons carry its id.' : `There is no question ${echo(id)}.`, 'The quiz may have changed; start it again.', [startChoice()]);
  }
  if (mode.kind === 'run' && mode.topic !== undefined && question.topic !== mode.topic) {
    return invalidInput('quiz', `Question ${echo(question.id)} is not on ${echo(mode.topic)}.`, undefined, [startChoice()]);
  }
  return question;
}

function answer(knowledge: Knowledge, words: string[], mode: Mode): Reply {
  const question = findQuestion(knowledge, mode, words[0]);
  if ('blocks' in question) return question;
  const picked = (words[1] ?? '').toLowerCase();
  const index = /^[1-9]$/.test(picked) ? Number(picked) - 1 : OPTION_LETTERS.indexOf(picked as (typeof OPTION_LETTERS)[number]);
  if (index < 0 || index >= question.options.length) {
    const last = letterOf(question.options.length - 1).toUpperCase();
    return invalidInput('quiz', `Answer with a letter from A to ${last}.`, undefined, [
      { label: 'Show the question again', command: `quiz question ${question.id} ${modeOptions(mode)}` },
    ]);
  }
  const right = index === question.answer;
  const chosen = question.options[index] as Question['options'][number];
  const correct = question.options[question.answer] as Question['options'][number];
  const line = (i: number, text: string) => `**${letterOf(i).toUpperCase()}.** ${text}`;
  const blocks: Block[] = [
    heading(right ? 'Right!' : 'Not quite'),
    paragraph(question.question),
    paragraph(right ? `Your answer: ${line(index, chosen.text)}` : `Your answer: ${line(index, chosen.text)}\nThe right answer: ${line(question.answer, correct.text)}`),
  ];
  if (!right && chosen.why !== undefined) blocks.push(paragraph(chosen.why));
  blocks.push(paragraph(`**Why:** ${question.explanation}`));
  const data: Record<string, unknown> = { question: question.id, topic: question.topic, chosen: letterOf(index), answer: letterOf(question.answer), correct: right };
  let way: Choice[];
  if (mode.kind === 'lesson') {
    const { number } = mode.at;
    way = [
      number < knowledge.course.length ? { label: 'Next lesson', command: learnCommand(number + 1) } : { label: 'Take the whole quiz', command: QUIZ_COMMAND },
      { label: 'Back to the lesson', command: learnCommand(number) },
    ];
    if (runOf(knowledge, question.topic).length > 1) way.push({ label: 'More questions on this', command: `quiz ${question.topic}` });
  } else {
    const score = { right: mode.score.right + (right ? 1 : 0), answered: mode.score.answered + 1 };
    data.score = score;
    const after: Mode = { ...mode, score };
    const run = runOf(knowledge, mode.topic);
    const last = run.indexOf(question) === run.length - 1;
    blocks.push(paragraph(last ? `That was the last question. ${scoreLine(score)}` : scoreLine(score)));
    way = [last ? { label: 'Start again', command: mode.topic === undefined ? QUIZ_COMMAND : `quiz ${mode.topic}` } : { label: 'Next question', command: `quiz next ${question.id} ${modeOptions(after)}` }];
    way.push(...backToLesson(knowledge, question.topic));
    if (last) way.push(contentsChoice);
  }
  way.push({ label: `Explain ${question.topic}`, command: `explain ${question.topic}` });
  return reply('quiz', [...blocks, choices(way)], { data });
}

function scoreLine(score: Score): string {
  return `Score so far: **${score.right} of ${score.answered}** right.`;
}

function next(knowledge: Knowledge, words: string[], given: Mode): Reply {
  // `next` belongs to a run through the quiz; after a lesson's question the way on is the next lesson.
  const mode: Mode & { kind: 'run' } = given.kind === 'run' ? given : { kind: 'run', topic: undefined, score: { right: 0, answered: 0 } };
  const question = findQuestion(knowledge, mode, words[0]);
  if ('blocks' in question) return question;
  const run = runOf(knowledge, mode.topic);
  const following = run[run.indexOf(question) + 1];
  if (following !== undefined) return questionReply(knowledge, following, mode);
  return reply(
    'quiz',
    [
      heading('That was the last question'),
      paragraph(`${scoreLine(mode.score)} Go over any lesson again, or start the quiz from the top.`),
      choices([{ label: 'Start again', command: mode.topic === undefined ? QUIZ_COMMAND : `quiz ${mode.topic}` }, contentsChoice]),
    ],
    { data: { finished: true, score: mode.score } },
  );
}
