// Lessons and quiz questions: the built-in course holds what the product promises, and broken
// lesson or quiz files (in temporary folders) stop loading with file:line and what is wrong.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_KNOWLEDGE, KnowledgeError, loadKnowledge, saveBuiltInSnapshot } from '../../src/knowledge/index.js';
import { MAX_LESSON_CHARS, MAX_LESSON_TITLE } from '../../src/knowledge/lessons.js';
import { MAX_OPTION_CHARS } from '../../src/knowledge/quiz.js';
import { builtInKnowledge } from '../helpers.js';
import { knowledgeFolder, minimalTopic, type KnowledgeFiles } from '../knowledge-folder.js';

const knowledge = builtInKnowledge();

function lesson(id: string, order: number, extra: { front?: string; quiz?: string; body?: string } = {}): string {
  return [
    '---',
    `id: ${id}`,
    `order: ${order}`,
    `title: Lesson ${id}`,
    'summary: One line.',
    'topics: [alpha]',
    'links:',
    '  - { title: Docs, url: "https://kubernetes.io/docs/" }',
    ...(extra.front ? [extra.front] : []),
    'quiz:',
    '  question: "Which?"',
    extra.quiz ??
      ['  options:', '    - text: "This one"', '      correct: true', '    - text: "That one"'].join('\n'),
    '  explanation: "Because."',
    '---',
    extra.body ?? `The ${id} lesson. See \`explain alpha\`.`,
    '',
  ].join('\n');
}

const QUIZ = (questions: string) => `questions:\n${questions}`;
const QUESTION = (id: string, topic = 'alpha', options = '      - { text: "Yes", correct: true }\n      - { text: "No" }') =>
  `  - id: ${id}\n    topic: ${topic}\n    question: "Is it?"\n    options:\n${options}\n    explanation: "It is."\n`;

type Folder = Omit<KnowledgeFiles, 'treeTopic'>;

const folder = ({ topics = { 'alpha.md': minimalTopic('alpha') }, ...rest }: Folder): string => knowledgeFolder({ topics, ...rest }, 'kc-course-');

function loadError(spec: Folder, options: Parameters<typeof loadKnowledge>[0] = {}): string {
  try {
    loadKnowledge({ builtIn: folder(spec), snapshot: null, ...options });
  } catch (error) {
    if (error instanceof KnowledgeError) return error.message;
    throw error;
  }
  throw new Error('expected a KnowledgeError');
}

describe('the built-in course', () => {
  it('runs from Services and ClusterIP to debugging and choosing, in 8-12 lessons', () => {
    const ids = knowledge.course.map((l) => l.id);
    expect(ids.length).toBeGreaterThanOrEqual(8);
    expect(ids.length).toBeLessThanOrEqual(12);
    expect(ids).toEqual([
      'service-and-clusterip',
      'selectors-and-ports',
      'dns-names',
      'nodeport',
      'loadbalancer',
      'ingress',
      'gateway-api',
      'port-forward-and-proxy',
      'debug-unreachable',
      'choosing-a-type',
    ]);
    expect(knowledge.course.map((l) => l.order)).toEqual(ids.map((_, i) => i + 1));
  });

  it('keeps every lesson to one screen with an example, links to kubernetes.io and one question', () => {
    for (const l of knowledge.course) {
      const text = l.sections.map((s) => s.text).join('\n');
      expect(text.length, l.id).toBeLessThanOrEqual(MAX_LESSON_CHARS);
      expect(l.title.length, l.id).toBeLessThanOrEqual(MAX_LESSON_TITLE);
      expect(l.sections.some((s) => s.kind === 'code'), `${l.id} has an example or diagram`).toBe(true);
      expect(l.links.some((k) => k.url.startsWith('https://kubernetes.io/')), l.id).toBe(true);
      expect(text, `${l.id} points at explain`).toMatch(/`explain [a-z-]+`/);
      expect(l.question.id).toBe(`lesson-${l.id}`);
      for (const topic of l.topics) expect(knowledge.topic(topic), `${l.id}: ${topic}`).toBeDefined();
    }
  });

  it('states the facts right for Kubernetes 1.28+', () => {
    const text = (id: string) => knowledge.course.find((l) => l.id === id)?.sections.map((s) => s.text).join('\n') ?? '';
    expect(text('nodeport')).toContain('30000-32767');
    expect(text('ingress')).toContain('apiVersion: networking.k8s.io/v1');
    expect(text('ingress')).toContain('pathType: Prefix');
    expect(text('ingress')).toContain('ingressClassName: traefik');
    expect(text('ingress')).toContain('not a Service type');
    expect(text('gateway-api')).toContain('apiVersion: gateway.networking.k8s.io/v1');
    expect(text('port-forward-and-proxy')).toContain('/api/v1/namespaces/shop/services/api:80/proxy/');
    expect(text('selectors-and-ports')).toContain('kubectl get endpointslices');
    expect(text('dns-names')).toContain('api.shop.svc.cluster.local');
    const all = knowledge.course.map((l) => l.sections.map((s) => s.text).join('\n')).join('\n');
    expect(all).not.toMatch(/extensions\/v1beta1|networking\.k8s\.io\/v1beta1|serviceName:|\/api\/v1\/proxy\//);
  });

  it('has quiz questions with exactly one right answer, an explanation and a known topic', () => {
    expect(knowledge.questions.length).toBeGreaterThanOrEqual(knowledge.course.length + 15);
    expect(new Set(knowledge.questions.map((q) => q.id)).size).toBe(knowledge.questions.length);
    for (const q of knowledge.questions) {
      expect(q.answer, q.id).toBeGreaterThanOrEqual(0);
      expect(q.answer, q.id).toBeLessThan(q.options.length);
      expect(q.explanation.length, q.id).toBeGreaterThan(20);
      expect(knowledge.topic(q.topic), q.id).toBeDefined();
      for (const o of q.options) expect(o.text.length, q.id).toBeLessThanOrEqual(MAX_OPTION_CHARS);
    }
    // The right answer is not always in the same place.
    expect(new Set(knowledge.questions.map((q) => q.answer)).size).toBeGreaterThanOrEqual(3);
  });

  it('asks in course order: each lesson, then the questions on its topics', () => {
    const ids = knowledge.questions.map((q) => q.id);
    expect(ids.slice(0, 3)).toEqual(['lesson-service-and-clusterip', 'default-service-type', 'why-a-service']);
    expect(ids.indexOf('lesson-nodeport')).toBeLessThan(ids.indexOf('nodeport-in-production'));
    expect(ids.indexOf('nodeport-in-production')).toBeLessThan(ids.indexOf('lesson-loadbalancer'));
  });

  it('names lesson and quiz files in messages from where the bot runs', () => {
    expect(knowledge.course[0]?.file).toMatch(/knowledge\/lessons\/01-service-and-clusterip\.md$/);
    expect(knowledge.question('default-service-type')?.file).toMatch(/knowledge\/quiz\.yaml$/);
  });
});

describe('broken lessons', () => {
  const one = (text: string) => ({ lessons: { '01-a.md': text } });

  it('reports a missing key, an unknown key and a YAML error at their lines', () => {
    expect(loadError(one(lesson('a', 1).replace('summary: One line.\n', '')))).toMatch(/01-a\.md:\d+: summary: is missing/);
    expect(loadError(one(lesson('a', 1, { front: 'colour: blue' })))).toMatch(/01-a\.md:9: unknown key "colour"/);
    expect(loadError(one(lesson('a', 1, { front: 'title: [oops' })))).toMatch(/01-a\.md:\d+: YAML: /);
  });

  it('requires exactly one right option, at the line of the options or the second one', () => {
    const none = lesson('a', 1, { quiz: '  options:\n    - text: "This"\n    - text: "That"' });
    expect(loadError(one(none))).toMatch(/01-a\.md:11: quiz\.options: no option is marked `correct: true`; exactly one must be/);
    const two = lesson('a', 1, { quiz: '  options:\n    - text: "This"\n      correct: true\n    - text: "That"\n      correct: true' });
    expect(loadError(one(two))).toMatch(/01-a\.md:15: quiz\.options\.1\.correct: a second option is marked `correct: true`/);
    const falseMark = lesson('a', 1, { quiz: '  options:\n    - text: "This"\n      correct: false\n    - text: "That"\n      correct: true' });
    expect(loadError(one(falseMark))).toMatch(/01-a\.md:13: quiz\.options\.0\.correct: can only be true/);
    const single = lesson('a', 1, { quiz: '  options:\n    - text: "This"\n      correct: true' });
    expect(loadError(one(single))).toMatch(/01-a\.md:11: quiz\.options: needs at least two options/);
    const repeated = lesson('a', 1, { quiz: '  options:\n    - text: "This"\n      correct: true\n    - text: "this"' });
    expect(loadError(one(repeated))).toMatch(/01-a\.md:14: quiz\.options\.1\.text: repeats an earlier option/);
    const long = lesson('a', 1, { quiz: `  options:\n    - text: "${'x'.repeat(71)}"\n      correct: true\n    - text: "No"` });
    expect(loadError(one(long))).toMatch(/01-a\.md:12: quiz\.options\.0\.text: must be at most 70 characters/);
  });

  it('requires an explanation', () => {
    expect(loadError(one(lesson('a', 1).replace('  explanation: "Because."\n', '')))).toMatch(/01-a\.md:9: quiz\.explanation: is missing/);
  });

  it('reports a topic that does not exist, in the lesson and in its question', () => {
    expect(loadError(one(lesson('a', 1).replace('topics: [alpha]', 'topics:\n  - alpha\n  - nope')))).toMatch(/01-a\.md:8: topics: no topic has the id "nope"/);
    expect(loadError(one(lesson('a', 1, { quiz: '  topic: nope\n  options:\n    - { text: "A", correct: true }\n    - { text: "B" }' })))).toMatch(
      /01-a\.md:11: topic: no topic has the id "nope"/,
    );
  });

  it('reports a dangling `explain`, a bad link and a lesson longer than a screen', () => {
    expect(loadError(one(lesson('a', 1, { body: 'Text.\n\nThen `explain nowhere`.' })))).toMatch(/01-a\.md:19: `explain nowhere` refers to "nowhere"/);
    expect(loadError(one(lesson('a', 1, { body: 'See [docs](http//x).' })))).toMatch(/01-a\.md:17: link .* must be \[label\]\(https:/);
    expect(loadError(one(lesson('a', 1, { body: 'word '.repeat(400) })))).toMatch(/01-a\.md:17: the lesson is 1999 characters; one lesson is one short screen of at most 1500/);
    expect(loadError(one(lesson('a', 1, { body: '' })))).toMatch(/01-a\.md:17: the lesson has no text/);
  });

  it('requires orders 1, 2, 3… with no gap or repeat, naming the later file', () => {
    expect(loadError({ lessons: { '01-a.md': lesson('a', 1), '02-b.md': lesson('b', 3) } })).toMatch(/02-b\.md:3: order 3: no lesson has order 2; orders run 1, 2, 3/);
    expect(loadError({ lessons: { '01-a.md': lesson('a', 1), '02-b.md': lesson('b', 1) } })).toMatch(/02-b\.md:3: order 1 is also lesson "a" \(\S*01-a\.md\)/);
    expect(loadError({ lessons: { '01-a.md': lesson('a', 2) } })).toMatch(/01-a\.md:3: order 2: no lesson has order 1/);
    expect(loadError({ lessons: { '01-a.md': lesson('a', 0) } })).toMatch(/01-a\.md:3: order: must be 1 or more/);
  });

  it('refuses two lessons with one id', () => {
    expect(loadError({ lessons: { '01-a.md': lesson('a', 1), '02-a.md': lesson('a', 2) } })).toMatch(/02-a\.md:2: lesson id "a" is already used by \S*01-a\.md/);
  });
});

describe('broken quiz.yaml', () => {
  it('reports schema problems at the line of the question', () => {
    expect(loadError({ quiz: QUIZ(QUESTION('q1') + QUESTION('q2').replace('    explanation: "It is."\n', '')) })).toMatch(/quiz\.yaml:9: questions\.1\.explanation: is missing/);
    expect(loadError({ quiz: QUIZ(QUESTION('q1', 'alpha', '      - { text: "Yes" }\n      - { text: "No" }')) })).toMatch(/quiz\.yaml:5: questions\.0\.options: no option is marked/);
    expect(loadError({ quiz: QUIZ(QUESTION('lesson-x')) })).toMatch(/quiz\.yaml:2: questions\.0\.id: must not start with "lesson-"/);
    expect(loadError({ quiz: 'questions: []\n' })).toMatch(/quiz\.yaml:1: questions: needs at least one question/);
    expect(loadError({ quiz: 'questions:\n  - id: [\n' })).toMatch(/quiz\.yaml:\d+: YAML: /);
  });

  it('reports a repeated id and an unknown topic at the question', () => {
    expect(loadError({ quiz: QUIZ(QUESTION('q1') + QUESTION('q1')) })).toMatch(/quiz\.yaml:9: question id "q1" is already used by \S*quiz\.yaml:2/);
    expect(loadError({ quiz: QUIZ(QUESTION('q1') + QUESTION('q2', 'beta')) })).toMatch(/quiz\.yaml:10: topic: no topic has the id "beta"/);
  });
});

describe('team overlay and policy course', () => {
  const overlayLesson = (id: string, order: number) =>
    lesson(id, order)
      .replace('topics: [alpha]', 'topics: [ingress]')
      .replace('`explain alpha`', '`explain ingress`');

  it('adds lessons and questions and replaces them by id', () => {
    const overlay = folder({
      topics: {},
      lessons: { 'ours.md': overlayLesson('our-ingress', 11), 'nodeport.md': overlayLesson('nodeport', 4).replace('title: Lesson nodeport', 'title: We do not use NodePort') },
      quiz: QUIZ(QUESTION('our-class', 'ingress') + QUESTION('default-service-type', 'clusterip')),
    });
    const k = loadKnowledge({ overlay });
    expect(k.course.map((l) => l.id).slice(3, 4)).toEqual(['nodeport']);
    expect(k.course[3]?.title).toBe('We do not use NodePort');
    expect(k.course.at(-1)?.id).toBe('our-ingress');
    expect(k.question('our-class')?.topic).toBe('ingress');
    expect(k.question('default-service-type')?.question).toBe('Is it?');
    expect(k.questions.length).toBe(knowledge.questions.length + 2);
  });

  it('names the overlay file when its order clashes, and suggests the policy course', () => {
    const overlay = folder({ topics: {}, lessons: { 'ours.md': overlayLesson('our-ingress', 6) } });
    expect(() => loadKnowledge({ overlay })).toThrow(/ours\.md:3: order 6 is also lesson "ingress" .*or list the course in the policy file \(`course:`\)/);
  });

  it('takes the course the policy lists, in its order, and checks its ids', () => {
    const overlay = folder({ topics: {}, lessons: { 'ours.md': overlayLesson('our-ingress', 6) } });
    const k = loadKnowledge({ overlay, course: ['service-and-clusterip', 'our-ingress', 'debug-unreachable'], policyFile: '/etc/kc/policy.yaml' });
    expect(k.course.map((l) => l.id)).toEqual(['service-and-clusterip', 'our-ingress', 'debug-unreachable']);
    // Only the course's lessons ask their questions; quiz.yaml's all stay.
    expect(k.questions.filter((q) => q.lesson !== undefined).map((q) => q.lesson)).toEqual(['service-and-clusterip', 'our-ingress', 'debug-unreachable']);
    expect(() => loadKnowledge({ course: ['nodeport', 'nope'], policyFile: '/etc/kc/policy.yaml' })).toThrow(
      /^\/etc\/kc\/policy\.yaml: course: no lesson has the id "nope"; the lessons are service-and-clusterip, /,
    );
    expect(() => loadKnowledge({ course: ['nodeport', 'nodeport'], policyFile: 'p.yaml' })).toThrow(/^p\.yaml: course: lesson "nodeport" is listed twice$/);
  });
});

describe('build snapshot', () => {
  it('covers lessons and quiz: reused for the same bytes, validated in full after an edit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-snap-'));
    cpSync(BUILT_IN_KNOWLEDGE, dir, { recursive: true });
    const snapshot = join(dir, 'snapshot.json');
    saveBuiltInSnapshot(dir, snapshot);
    const reused = loadKnowledge({ builtIn: dir, snapshot });
    expect(reused.course.map((l) => l.id)).toEqual(knowledge.course.map((l) => l.id));
    expect(reused.questions.map((q) => q.id)).toEqual(knowledge.questions.map((q) => q.id));
    expect(reused.course[0]?.file).toMatch(/lessons\/01-service-and-clusterip\.md$/);
    expect(reused.question('lb-cost')?.file).toMatch(/quiz\.yaml$/);

    writeFileSync(join(dir, 'quiz.yaml'), QUIZ(QUESTION('q1', 'nope')));
    expect(() => loadKnowledge({ builtIn: dir, snapshot })).toThrow(/quiz\.yaml:3: topic: no topic has the id "nope"/);
  });
});
