// Whole-message readings for `which`. The phrase vocabulary (tree.yaml, tree-facts.ts) reads
// facts one by one; these models read the message whole: multinomial logistic regression over its
// words and word pairs, trained on labelled messages in test/ by `npm run train:which` and shipped
// as knowledge/which-model.json. The outcome model says how likely each recommendation is (see
// src/core/which/reading.ts); the route model says whether free text is a `which` question at all,
// for messages the routing rules leave to `ask` (see recognizeWhich).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { KnowledgeError } from './errors.js';
import { RECOMMENDATION_IDS } from './tree.js';

export const WHICH_MODEL_FILE = fileURLToPath(new URL('../../knowledge/which-model.json', import.meta.url));

/** The outcome model's label for a message that does not decide the answer. */
export const UNDECIDED = 'ask';
const Outcome = z.enum([...RECOMMENDATION_IDS, UNDECIDED]);
export type Outcome = z.infer<typeof Outcome>;
/** The route model's labels: a message `which` answers, or one for another command. */
const Route = z.enum(['which', 'other']);
export type Route = z.infer<typeof Route>;

export interface Example<L extends string> {
  text: string;
  label: L;
}
export interface TrainingSets {
  outcome: readonly Example<Outcome>[];
  route: readonly Example<Route>[];
}

/**
 * How the models are trained (`prefix`: words longer than this also count by their first letters;
 * `decimals`: weights are stored rounded to these, smaller ones dropped); part of the hash, so
 * changing it asks for a retrain.
 */
const TRAINING = { epochs: 30, rate: 0.5, l2: 1e-4, minCount: 2, seed: 1, prefix: 5, decimals: 2 } as const;

/** An array, checked no further here (a schema per element costs start-up time; parseWhichModels checks the lengths). */
const anArray = <T>() => z.custom<T[]>((v) => Array.isArray(v));
function classifierSchema<L extends z.ZodType<string>>(label: L) {
  return z.strictObject({
    examples: z.number().int().positive(),
    labels: z.array(label).min(2),
    bias: z.array(z.number()),
    /** The features that carry weight, sorted. */
    features: anArray<string>(),
    /** For each feature in turn, one weight per label. */
    weights: anArray<number>(),
  });
}
const ModelsSchema = z.strictObject({
  /** sha256 of the training settings and examples: a test checks it against the sets. */
  trainedOn: z.string().regex(/^[0-9a-f]{64}$/),
  outcome: classifierSchema(Outcome),
  route: classifierSchema(Route),
});
export interface Classifier<L extends string> {
  examples: number;
  labels: L[];
  bias: number[];
  features: string[];
  weights: number[];
}
export type WhichModels = z.infer<typeof ModelsSchema>;

/** Probabilities by label, most likely first. */
export type Reading<L extends string = Outcome> = [L, number][];

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
  // The stem of a long word ("replicas", "replicated" -> "repli~"), so endings not seen in training still count.
  for (const w of words) if (w.length > TRAINING.prefix) out.add(`${w.slice(0, TRAINING.prefix)}~`);
  return [...out];
}

export function trainingHash(sets: TrainingSets): string {
  const hash = createHash('sha256').update(JSON.stringify(TRAINING));
  for (const [name, examples] of Object.entries(sets) as [string, readonly Example<string>[]][]) {
    hash.update(`# ${name}\n`);
    for (const e of examples) hash.update(`${e.label}\t${e.text}\n`);
  }
  return hash.digest('hex');
}

export function trainWhichModels(sets: TrainingSets): WhichModels {
  return { trainedOn: trainingHash(sets), outcome: trainClassifier(sets.outcome), route: trainClassifier(sets.route) };
}

/** Trains a classifier: seeded stochastic gradient descent on softmax cross-entropy with L2. Deterministic. */
export function trainClassifier<L extends string>(examples: readonly Example<L>[]): Classifier<L> {
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
  const round = (w: number): number => Number(w.toFixed(TRAINING.decimals));
  const kept: string[] = [];
  const weights: number[] = [];
  for (const [f, i] of [...index].sort(([a], [c]) => (a < c ? -1 : 1))) {
    const row = W.map((w) => round(w[i] ?? 0));
    if (row.every((w) => w === 0)) continue;
    kept.push(f);
    weights.push(...row);
  }
  return { examples: examples.length, labels, bias: b.map(round), features: kept, weights };
}

function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, c) => a + c, 0);
  return e.map((v) => v / sum);
}

const offsets = new WeakMap<Classifier<string>, Map<string, number>>();
/** Where each feature's weights start in `weights`, built once per model. */
function offsetsOf(model: Classifier<string>): Map<string, number> {
  let found = offsets.get(model);
  if (!found) {
    const width = model.labels.length;
    found = new Map(model.features.map((f, i) => [f, i * width]));
    offsets.set(model, found);
  }
  return found;
}

/** Label probabilities for a message, most likely first. */
export function readWhole<L extends string>(model: Classifier<L>, text: string): Reading<L> {
  const z = [...model.bias];
  const at = offsetsOf(model);
  for (const f of features(text)) {
    const start = at.get(f);
    if (start !== undefined) for (let k = 0; k < z.length; k++) z[k] = (z[k] ?? 0) + (model.weights[start + k] ?? 0);
  }
  const p = softmax(z);
  return model.labels.map((label, k) => [label, p[k] ?? 0] as [L, number]).sort((a, c) => c[1] - a[1]);
}

/** Checks the models' shape: one bias and one weight per label for every feature. */
export function parseWhichModels(source: string, file: string): WhichModels {
  const models = ModelsSchema.parse(JSON.parse(source));
  for (const [name, model] of Object.entries({ outcome: models.outcome, route: models.route })) {
    const width = model.labels.length;
    if (model.bias.length !== width) throw new KnowledgeError(file, null, `${name} has ${model.bias.length} biases for ${width} labels`);
    if (model.weights.length !== model.features.length * width) {
      throw new KnowledgeError(file, null, `${name} has ${model.weights.length} weights for ${model.features.length} features of ${width} labels each`);
    }
  }
  return models;
}

const SHIPPED_NAME = 'knowledge/which-model.json';

/** Reads and checks a models file; a broken one is a KnowledgeError naming the file (the build stops on it). */
export function loadWhichModels(file = WHICH_MODEL_FILE, name = SHIPPED_NAME): WhichModels {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    throw new KnowledgeError(name, null, 'cannot be read; `npm run train:which` writes it');
  }
  try {
    return parseWhichModels(source, name);
  } catch (error) {
    if (error instanceof KnowledgeError) throw error;
    const reason = error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).slice(0, 3).join('; ') : 'is not JSON';
    throw new KnowledgeError(name, null, `${reason}; \`npm run train:which\` rewrites it`);
  }
}

let shipped: WhichModels | null | undefined;
/**
 * The shipped models, read once on first use; null when the file is missing or broken (the build
 * checks it, so only a damaged install gets here): `which` then reads by its phrases alone.
 */
export function whichModels(): WhichModels | null {
  if (shipped === undefined) {
    try {
      shipped = loadWhichModels();
    } catch {
      shipped = null;
    }
  }
  return shipped;
}

/**
 * Puts other models in place of the shipped ones (null: none, phrases alone; undefined: the
 * shipped file again, read on next use). For tools that measure models the file does not hold:
 * `npm run which:cv` scores each fold with a model that never saw it.
 */
export function useWhichModels(models: WhichModels | null | undefined): void {
  shipped = models;
}
