// A second reading of a `which` message. The phrase vocabulary (tree.yaml, tree-facts.ts) reads
// facts one by one; this model reads the message whole: multinomial logistic regression over its
// words and word pairs, trained on the labelled scenario sets (test/fixtures/which-*.yaml) by
// `npm run train:which` and shipped as knowledge/which-model.json. `which` uses it to check the
// facts it read (a recommendation the model finds unlikely is asked about, not given) and to fill
// in what the message left unsaid when the model is sure (shown as assumptions to change).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { RECOMMENDATION_IDS } from './tree.js';

export const WHICH_MODEL_FILE = fileURLToPath(new URL('../../knowledge/which-model.json', import.meta.url));

/** The model's label for a message that does not decide the answer. */
export const UNDECIDED = 'ask';
const Label = z.enum([...RECOMMENDATION_IDS, UNDECIDED]);
export type Label = z.infer<typeof Label>;

export interface Example {
  text: string;
  label: Label;
}

/** How the model is trained; part of the hash, so changing it asks for a retrain. */
const TRAINING = { epochs: 30, rate: 0.5, l2: 1e-4, minCount: 2, seed: 1 } as const;
/** Weights are stored to this many decimals; smaller ones are dropped. */
const DECIMALS = 3;

const ModelSchema = z.strictObject({
  /** sha256 of the training settings and examples: a test checks it against the sets. */
  trainedOn: z.string().regex(/^[0-9a-f]{64}$/),
  examples: z.number().int().positive(),
  labels: z.array(Label).min(2),
  bias: z.array(z.number()),
  /** Per feature, one weight per label. */
  weights: z.record(z.string(), z.array(z.number())),
});
export type WhichModel = z.infer<typeof ModelSchema>;

/** Probabilities by label, most likely first. */
export type Reading = [Label, number][];

/** Lower-case words (apostrophes and punctuation dropped, dots and dashes inside kept) and adjacent pairs. */
export function features(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9./:-]+/g, ' ')
    .split(' ')
    .map((w) => w.replace(/[.:-]+$/, ''))
    .filter((w) => w !== '');
  const out = new Set(words);
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]}_${words[i + 1]}`);
  return [...out];
}

export function trainingHash(examples: readonly Example[]): string {
  const hash = createHash('sha256').update(JSON.stringify(TRAINING));
  for (const e of examples) hash.update(`${e.label}\t${e.text}\n`);
  return hash.digest('hex');
}

/** Trains the model: seeded stochastic gradient descent on softmax cross-entropy with L2. Deterministic. */
export function trainWhichModel(examples: readonly Example[]): WhichModel {
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const counts = new Map<string, number>();
  const rows = examples.map((e) => features(e.text));
  for (const row of rows) for (const f of row) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= TRAINING.minCount) index.set(f, index.size);
  // W[k][i]: label k, feature i.
  const W = labels.map(() => new Array<number>(index.size).fill(0));
  const b = labels.map(() => 0);
  const data = examples.map((e, n) => ({ f: (rows[n] ?? []).flatMap((x) => index.get(x) ?? []), y: labels.indexOf(e.label) }));
  let seed: number = TRAINING.seed;
  const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let epoch = 0; epoch < TRAINING.epochs; epoch++) {
    for (let i = data.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [data[i], data[j]] = [data[j] as (typeof data)[number], data[i] as (typeof data)[number]];
    }
    const rate = TRAINING.rate / (1 + epoch * 0.2);
    for (const { f, y } of data) {
      const p = softmax(W.map((w, k) => f.reduce((s, i) => s + (w[i] ?? 0), b[k] ?? 0)));
      const scale = 1 / Math.sqrt(f.length || 1);
      W.forEach((w, k) => {
        const g = (p[k] ?? 0) - (k === y ? 1 : 0);
        b[k] = (b[k] ?? 0) - rate * g;
        for (const i of f) w[i] = (w[i] ?? 0) - rate * (g * scale + TRAINING.l2 * (w[i] ?? 0));
      });
    }
  }
  const round = (w: number): number => Number(w.toFixed(DECIMALS));
  const weights: Record<string, number[]> = {};
  for (const [f, i] of [...index].sort(([a], [c]) => (a < c ? -1 : 1))) {
    const row = W.map((w) => round(w[i] ?? 0));
    if (row.some((w) => w !== 0)) weights[f] = row;
  }
  return { trainedOn: trainingHash(examples), examples: examples.length, labels, bias: b.map(round), weights };
}

function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, c) => a + c, 0);
  return e.map((v) => v / sum);
}

/** Label probabilities for a message, most likely first. */
export function readWhole(model: WhichModel, text: string): Reading {
  const z = [...model.bias];
  for (const f of features(text)) {
    const row = model.weights[f];
    if (row) for (let k = 0; k < z.length; k++) z[k] = (z[k] ?? 0) + (row[k] ?? 0);
  }
  const p = softmax(z);
  return model.labels.map((label, k) => [label, p[k] ?? 0] as [Label, number]).sort((a, c) => c[1] - a[1]);
}

/** Checks a model's shape: one bias and one weight per label for every feature. */
export function parseWhichModel(source: string, file: string): WhichModel {
  const model = ModelSchema.parse(JSON.parse(source));
  const width = model.labels.length;
  const bad = model.bias.length !== width ? 'bias' : Object.keys(model.weights).find((f) => model.weights[f]?.length !== width);
  if (bad !== undefined) throw new Error(`${file}: "${bad}" does not have one weight for each of the ${width} labels`);
  return model;
}

let shipped: WhichModel | undefined;
/** The shipped model, read once on first use. */
export function whichModel(): WhichModel {
  shipped ??= parseWhichModel(readFileSync(WHICH_MODEL_FILE, 'utf8'), 'knowledge/which-model.json');
  return shipped;
}
