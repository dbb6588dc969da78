// Onboarding (issue 10): `learn` and `quiz` in process beside `help`; loading knowledge/ with the
// build snapshot (what start-up does) beside parsing the lessons and quiz from source (what the
// snapshot saves) and a load without any snapshot; cold start answering `learn 1` beside
// `node -e ''`.

import { contextFor } from '../src/core/context.js';
import { handle } from '../src/core/handle.js';
import { welcome } from '../src/core/welcome.js';
import { BUILT_IN_KNOWLEDGE, loadKnowledge } from '../src/knowledge/index.js';
import { parseLesson, readLessonFolder } from '../src/knowledge/lessons.js';
import { parseQuizFile, readQuizFile } from '../src/knowledge/quiz.js';
import { benchRuntime, coldStartSection, measure, type Section } from './harness.js';

/** The snapshot `npm run build` wrote beside the compiled code (the bench runs the sources). */
const snapshot = new URL('../dist/knowledge.snapshot.json', import.meta.url).pathname;

export async function onboardingLatency(): Promise<Section> {
  const runtime = benchRuntime();
  const ctx = contextFor(runtime, { platform: 'shell', user: 'bench', channel: 'shell' });
  const baseline = await measure('`help` (baseline)', () => handle('help', ctx));
  const contents = await measure('`learn` (table of contents)', () => handle('learn', ctx));
  const lesson = await measure('`learn 6` (Ingress lesson)', () => handle('learn 6', ctx));
  const question = await measure('`quiz next lb-cost score=3/4`', () => handle('quiz next lb-cost score=3/4', ctx));
  const answer = await measure('`quiz answer lb-cost b score=3/4`', () => handle('quiz answer lb-cost b score=3/4', ctx));
  const free = await measure('free text "quiz me on ingress"', () => handle('quiz me on ingress', ctx));
  const greeting = await measure('welcome(knowledge)', () => welcome(runtime.knowledge));
  const rows = [contents, lesson, question, answer, free, greeting];
  const worst = Math.max(...rows.map((m) => m.p99Ms));
  return {
    title: 'Onboarding: learn and quiz in process',
    baseline,
    rows,
    verdicts: [`worst p99 ${worst.toFixed(3)} ms (target ≤ 2 ms, like help): ${worst <= 2 ? 'met' : 'NOT met'}`],
  };
}

export async function onboardingLoad(): Promise<Section> {
  // npm run bench builds first, so the snapshot matches the files.
  const baseline = await measure('loadKnowledge() with the build snapshot (start-up)', () => loadKnowledge({ snapshot }), 200, 20);
  const lessons = readLessonFolder(BUILT_IN_KNOWLEDGE);
  const quiz = readQuizFile(BUILT_IN_KNOWLEDGE);
  const parse = await measure(`parse and validate ${lessons.length} lessons and quiz.yaml (what the snapshot saves)`, () => {
    lessons.forEach(parseLesson);
    quiz.forEach(parseQuizFile);
  }, 200, 20);
  const full = await measure('loadKnowledge() without a snapshot', () => loadKnowledge({ snapshot: null }), 50, 5);
  return {
    title: 'Onboarding: loading knowledge/ with lessons and quiz (warm)',
    baseline,
    rows: [parse, full],
    verdicts: [`without the snapshot start-up would parse ${(full.p50Ms / baseline.p50Ms).toFixed(2)}× as long`],
  };
}

export async function onboardingColdStart(): Promise<Section> {
  return coldStartSection('Onboarding: cold start with lessons and quiz loaded', [
    { name: 'kube-concierge --json, one `help`', input: 'help\n' },
    { name: 'kube-concierge --json, one `learn 1`', input: 'learn 1\n', verdict: 'learn 1: ', target: 4 },
  ]);
}

export default [onboardingLatency, onboardingLoad, onboardingColdStart];
