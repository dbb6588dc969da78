// The messages knowledge/which-model.json is trained on (npm run train:which; reading.test.ts checks
// the shipped models were trained on them as they are now):
// - outcome: every labelled `which` message in test/fixtures (our own scenarios and the blind sets
//   once scored), with the recommendation expected;
// - route: the same messages as `which` (but those our scenarios mark as another command's), and
//   the knowledge questions of test/eval as `other`.
// Sets still held out are left out: their first score is the measurement on unseen messages.

import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'zod';
import { RECOMMENDATION_IDS } from '../../src/knowledge/tree.js';
import { UNDECIDED, type Example, type Outcome, type Route, type TrainingSets } from '../../src/knowledge/which-model.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const EVAL = new URL('../eval/', import.meta.url);
/** `which` sets scored but not trained on. */
export const HELD_OUT: readonly string[] = [];
/** Knowledge sets held out (see test/eval/score.ts). */
export const HELD_OUT_QUESTIONS: readonly string[] = ['blind-13.yaml', 'blind-15.yaml', 'blind-19.yaml', 'blind-22.yaml', 'blind-28.yaml', 'blind-52.yaml', 'blind-53.yaml', 'blind-58.yaml', 'blind-54.yaml', 'blind-55.yaml', 'blind-56.yaml', 'blind-57.yaml', 'blind-59.yaml', 'blind-60.yaml', 'blind-61.yaml', 'blind-62.yaml', 'blind-63.yaml', 'blind-64.yaml', 'blind-65.yaml', 'blind-66.yaml', 'blind-67.yaml', 'blind-68.yaml', 'blind-69.yaml', 'blind-70.yaml', 'blind-71.yaml', 'blind-72.yaml', 'blind-73.yaml', 'blind-74.yaml', 'blind-75.yaml', 'blind-76.yaml'];

const Labelled = z.array(z.object({ say: z.string().min(1), expect: z.enum([...RECOMMENDATION_IDS, UNDECIDED]), routed: z.boolean().optional() }));
const Questions = z.array(z.object({ q: z.string().min(1) }));

const yamlFiles = (dir: URL, pattern: RegExp, held: readonly string[]): string[] =>
  readdirSync(dir)
    .filter((f) => pattern.test(f) && !held.includes(f))
    .sort();

export const trainingFiles = (): string[] => yamlFiles(FIXTURES, /^which-(?:scenarios|blind(?:-\d+)?)\.yaml$/, HELD_OUT);
const questionFiles = (): string[] => yamlFiles(EVAL, /\.yaml$/, HELD_OUT_QUESTIONS);

/** The training messages, but those of the `which` sets in `leftOut` (a fold `npm run which:cv` scores). */
export function trainingSets(leftOut: readonly string[] = []): TrainingSets {
  const labelled = trainingFiles()
    .filter((f) => !leftOut.includes(f))
    .flatMap((f) => Labelled.parse(load(readFileSync(new URL(f, FIXTURES), 'utf8'))));
  const outcome: Example<Outcome>[] = labelled.map((s) => ({ text: s.say, label: s.expect }));
  const route: Example<Route>[] = [
    ...labelled.map((s) => ({ text: s.say, label: s.routed === false ? ('other' as const) : ('which' as const) })),
    ...questionFiles().flatMap((f) => Questions.parse(load(readFileSync(new URL(f, EVAL), 'utf8'))).map((q) => ({ text: q.q, label: 'other' as const }))),
  ];
  return { outcome, route };
}
