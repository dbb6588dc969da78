// `learn`, `quiz` and the welcome, text in, Reply out, with the real knowledge/ folder.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextFor } from '../../src/core/context.js';
import { handle } from '../../src/core/handle.js';
import { choiceCommands, toPlainText, type Choice, type Reply } from '../../src/core/reply.js';
import { welcome } from '../../src/core/welcome.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { walkCourse, expectWholeCourse, type Screen } from '../course-walk.js';
import { ask, builtInKnowledge, SHELL, testRuntime } from '../helpers.js';
import { knowledgeFolder, minimalTopic } from '../knowledge-folder.js';

const knowledge = builtInKnowledge();
const options = (r: Reply): Choice[] => r.blocks.flatMap((b) => (b.type === 'choices' ? b.options : []));
const commandOf = (r: Reply, label: string) => options(r).find((o) => o.label === label)?.command;

describe('learn', () => {
  it('alone, shows the table of contents with every lesson as a button and the quiz', async () => {
    const r = await ask('learn');
    expect(r.outcome).toBe('ok');
    expect(r.text).toContain('Onboarding course: how traffic reaches a Service');
    expect(r.text).toContain('10 short lessons');
    expect(r.text).toContain('1. What a Service is, and ClusterIP: One stable name and address');
    expect(choiceCommands(r)).toEqual([...knowledge.course.map((_, i) => `learn ${i + 1}`), 'quiz']);
    for (const alias of ['tour', 'onboard', 'learn toc', 'learn contents', 'learn the course']) {
      expect((await ask(alias)).text, alias).toContain('Onboarding course');
    }
  });

  it('shows a lesson with Next, Quiz me, Back and Table of contents, carrying the lesson number', async () => {
    const r = await ask('learn 4');
    expect(r.text).toContain('Lesson 4 of 10: NodePort, a port on every node');
    expect(r.text).toContain('30000-32767');
    expect(r.text).toContain('Check yourself: From which range does Kubernetes pick node ports by default?');
    expect(r.text).toContain('Service (type NodePort) (https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport)');
    expect(options(r).slice(0, 4)).toEqual([
      { label: 'Next', command: 'learn 5' },
      { label: 'Quiz me', command: 'quiz lesson 4' },
      { label: 'Back', command: 'learn 3' },
      { label: 'Table of contents', command: 'learn toc' },
    ]);
    expect(commandOf(r, 'NodePort Service')).toBe('explain nodeport');
    expect(r.data).toEqual({ lesson: 'nodeport', number: 4, of: 10, question: 'lesson-nodeport' });
    // Diagrams and YAML keep their fences.
    expect(r.blocks.filter((b) => b.type === 'code').map((b) => (b.type === 'code' ? b.language : ''))).toEqual(['yaml', 'text']);
  });

  it('has no Back on the first lesson and ends the last with the quiz', async () => {
    const first = await ask('learn 1');
    expect(options(first).map((o) => o.label)).not.toContain('Back');
    const last = await ask('learn 10');
    expect(commandOf(last, 'Finish: take the quiz')).toBe('quiz');
    expect(commandOf(last, 'Next')).toBeUndefined();
  });

  it('opens a lesson by id or by a topic it introduces', async () => {
    expect((await ask('learn gateway-api')).data.number).toBe(7);
    expect((await ask('learn about dns')).data.number).toBe(3);
    expect((await ask('learn port forward')).data.number).toBe(8);
    expect((await ask('learn #2')).data.number).toBe(2);
  });

  it('says what is wrong with a lesson that does not exist, and offers the contents', async () => {
    const r = await ask('learn 11');
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain('There is no lesson 11: the course has lessons 1 to 10.');
    expect(choiceCommands(r)).toEqual(['learn toc', 'learn 1']);
    expect((await ask('learn banana')).text).toContain('No lesson is called `banana`.');
    expect((await ask('learn session affinity')).text).toContain('`explain session-affinity` tells you about it');
    expect((await ask(`learn ${'9'.repeat(40)}`)).text).toContain('the course has lessons 1 to 10');
  });

  it('is reached from free text that asks for the course', async () => {
    for (const text of ['teach me kubernetes networking', 'start the course', "I'm new here", 'I’m new to kubernetes', 'onboard me', 'give me a tour']) {
      const r = await ask(text);
      expect(r.command, text).toBe('learn');
      expect(r.text, text).toContain('Onboarding course');
    }
    expect((await ask('teach me ingress')).data.number).toBe(6);
    expect((await ask('teach me how ingress works')).data.number).toBe(6);
    // Longer requests are questions, not lesson names.
    expect((await ask('teach me how to debug a service that times out')).command).not.toBe('learn');
  });
});

describe('quiz', () => {
  it('asks the first question of the course with lettered answers and buttons', async () => {
    const r = await ask('quiz');
    expect(r.text).toContain('Question 1 of 36');
    expect(r.text).toContain('Who can reach a Service of type ClusterIP?');
    expect(r.text).toContain('A. Clients inside the cluster, in any namespace');
    expect(choiceCommands(r)).toEqual([
      'quiz answer lesson-service-and-clusterip a score=0/0',
      'quiz answer lesson-service-and-clusterip b score=0/0',
      'quiz answer lesson-service-and-clusterip c score=0/0',
      'quiz answer lesson-service-and-clusterip d score=0/0',
      'quiz next lesson-service-and-clusterip score=0/0',
      'learn 1',
    ]);
  });

  it('says right, why, the score, and offers the next question and the lesson', async () => {
    const r = await ask('quiz answer nodeport-in-production c score=4/6');
    expect(r.text).toContain('Right!');
    expect(r.text).toContain('Your answer: C. High port numbers, changing node addresses, clients pick a node');
    expect(r.text).toContain('Why: Users would have to know');
    expect(r.text).toContain('Score so far: 5 of 7 right.');
    expect(r.data).toMatchObject({ correct: true, chosen: 'c', answer: 'c', score: { right: 5, answered: 7 } });
    expect(options(r)).toEqual([
      { label: 'Next question', command: 'quiz next nodeport-in-production score=5/7' },
      { label: 'Back to lesson 4', command: 'learn 4' },
      { label: 'Explain nodeport', command: 'explain nodeport' },
    ]);
  });

  it('says wrong, the right answer, why the choice was wrong and why the answer is right', async () => {
    const r = await ask('quiz answer nodeport-in-production A score=0/0');
    expect(r.text).toContain('Not quite');
    expect(r.text).toContain('Your answer: A. It cannot reach pods on other nodes');
    expect(r.text).toContain('The right answer: C. High port numbers');
    expect(r.text).toContain('It can: the node forwards to a ready pod anywhere');
    expect(r.text).toContain('Score so far: 0 of 1 right.');
    expect(r.data).toMatchObject({ correct: false, chosen: 'a', answer: 'c' });
  });

  it("asks a lesson's question and answers it with the way on through the course", async () => {
    const q = await ask('quiz lesson 4');
    expect(q.text).toContain('Lesson 4: check yourself');
    expect(choiceCommands(q)).toContain('quiz answer lesson-nodeport c lesson=4');
    expect(commandOf(q, 'Back to the lesson')).toBe('learn 4');
    const a = await ask('quiz answer lesson-nodeport c lesson=4');
    expect(a.text).toContain('Right!');
    expect(a.text).not.toContain('Score');
    expect(options(a).map((o) => o.command)).toEqual(['learn 5', 'learn 4', 'quiz nodeport', 'explain nodeport']);
    const last = await ask('quiz answer lesson-choosing-a-type b lesson=10');
    expect(commandOf(last, 'Take the whole quiz')).toBe('quiz');
  });

  it('runs through one topic, and knows the last question', async () => {
    const r = await ask('quiz me on ingress');
    expect(r.text).toContain('Question 1 of 4 on Ingress');
    const ids = knowledge.questions.filter((q) => q.topic === 'ingress').map((q) => q.id);
    expect(choiceCommands(r)[0]).toBe(`quiz answer ${ids[0]} a topic=ingress score=0/0`);
    const last = await ask(`quiz answer ${ids.at(-1)} b topic=ingress score=3/3`);
    expect(last.text).toContain('That was the last question. Score so far: 4 of 4 right.');
    expect(commandOf(last, 'Start again')).toBe('quiz ingress');
    const skipped = await ask(`quiz next ${ids.at(-1)} topic=ingress score=2/3`);
    expect(skipped.text).toContain('That was the last question');
    expect(skipped.text).toContain('2 of 3');
  });

  it('skips to the next question without changing the score', async () => {
    const r = await ask('quiz next default-service-type score=1/1');
    expect(r.text).toContain('Question 3 of 36');
    expect(choiceCommands(r)[0]).toBe('quiz answer why-a-service a score=1/1');
  });

  it('answers bad answers, ids, scores, lessons and topics with what would work', async () => {
    const cases: [string, string][] = [
      ['quiz answer lesson-nodeport e lesson=4', 'Answer with a letter from A to D.'],
      ['quiz answer lesson-nodeport', 'Answer with a letter from A to D.'],
      ['quiz answer nope a', 'There is no question `nope`.'],
      ['quiz answer', 'Which question?'],
      ['quiz next default-service-type score=5/2', 'is not RIGHT/ANSWERED'],
      ['quiz answer lesson-nodeport a lesson=42', 'There is no lesson `42`'],
      ['quiz answer lesson-nodeport a topic=ingress', 'is not on `ingress`'],
      ['quiz answer lesson-nodeport a topic=nope', 'There is no topic `nope`'],
      ['quiz lesson 0', 'There is no lesson `0`'],
      ['quiz lesson', 'needs the lesson number'],
      ['quiz bananas', 'I have no quiz topic called `bananas`.'],
      ['quiz session affinity', 'There are no questions on Session affinity (sticky sessions) yet.'],
    ];
    for (const [text, expected] of cases) {
      const r = await ask(text);
      expect(r.outcome, text).toBe('invalid');
      expect(r.text, text).toContain(expected);
      expect(choiceCommands(r).length, text).toBeGreaterThan(0);
    }
    const again = await ask('quiz answer lesson-nodeport z lesson=4');
    expect(choiceCommands(again)).toEqual(['quiz question lesson-nodeport lesson=4']);
    expect((await ask('quiz question lesson-nodeport lesson=4')).text).toContain('Lesson 4: check yourself');
  });

  it('is reached from free text', async () => {
    expect((await ask('quiz me')).text).toContain('Question 1 of 36');
    expect((await ask('test me on dns')).text).toContain('Question 1 of 2 on Service DNS names');
    expect((await ask('give me a quiz')).command).toBe('quiz');
    expect((await ask('take the quiz')).text).toContain('Question 1 of 36');
  });
});

describe('learn and quiz take any input without throwing', () => {
  it('answers every argument list with a short reply (property)', async () => {
    const runtime = testRuntime();
    const ctx = contextFor(runtime, SHELL);
    const word = fc.oneof(
      fc.constantFrom('answer', 'next', 'lesson', 'question', 'a', 'e', 'z', '0', '4', '-1', '1e9', 'score=1/2', 'score=x', 'lesson=3', 'topic=dns', 'topic=', 'lesson-nodeport', '#3', '```'),
      fc.string({ maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('learn', 'quiz', 'tour'), fc.array(word, { maxLength: 6 }), async (command, words) => {
        const r = await handle([command, ...words].join(' '), ctx);
        expect(['ok', 'invalid']).toContain(r.outcome);
        expect(toPlainText(r).length).toBeLessThan(4000);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a newcomer pressing buttons alone, in the core', () => {
  it('goes through every lesson and the whole quiz', async () => {
    const screen = (r: Reply): Screen<string> => ({ text: toPlainText(r), buttons: options(r).map((o) => ({ label: o.label, button: o.command })) });
    const log = await walkCourse(knowledge, screen(await ask('learn')), async (command) => screen(await ask(command)));
    expectWholeCourse(knowledge, log);
    expect(log.finalText).toContain(`Score so far: ${log.answers.slice(10).filter((a) => a.right).length} of 36 right.`);
  });
});

describe('welcome', () => {
  it('greets with the course and its first choices, privately', () => {
    const r = welcome(knowledge);
    const text = toPlainText(r);
    expect(text).toContain('Welcome aboard!');
    expect(text).toContain('10 lessons of one screen each, from "What a Service is, and ClusterIP" to "Putting it together, which one when"');
    expect(options(r)).toEqual([
      { label: 'Start the course', command: 'learn 1' },
      { label: 'Take a quiz', command: 'quiz' },
      { label: 'Table of contents', command: 'learn toc' },
      { label: 'What else can you do?', command: 'help' },
    ]);
    expect(r.visibility).toBe('private');
  });

  it('offers only what exists when a folder has no lessons or questions', () => {
    const empty = loadKnowledge({ builtIn: knowledgeFolder({ topics: { 'alpha.md': minimalTopic('alpha') } }, 'kc-empty-'), snapshot: null });
    expect(choiceCommands(welcome(empty))).toEqual(['help']);
  });
});
