// The examples knowledge/which-model.json is trained on: every labelled `which` message in
// test/fixtures (our own scenarios and the blind sets once scored), in file order. Used by
// `npm run train:which` and by model.test.ts, which checks the shipped model was trained on them.

import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'zod';
import { RECOMMENDATION_IDS } from '../../src/knowledge/tree.js';
import { UNDECIDED, type Example } from '../../src/knowledge/which-model.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
/** Sets scored but not yet trained on: their first score is the model's measurement on unseen messages. */
export const HELD_OUT: readonly string[] = ['which-blind-18.yaml', 'which-blind-19.yaml'];

const Labelled = z.array(z.object({ say: z.string().min(1), expect: z.enum([...RECOMMENDATION_IDS, UNDECIDED]) }));

export function trainingFiles(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => /^which-(?:scenarios|blind(?:-\d+)?)\.yaml$/.test(f) && !HELD_OUT.includes(f))
    .sort();
}

export function trainingExamples(): Example[] {
  return trainingFiles().flatMap((f) => Labelled.parse(load(readFileSync(new URL(f, FIXTURES), 'utf8'))).map((s) => ({ text: s.say, label: s.expect })));
}
