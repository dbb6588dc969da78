// Scores blind `which` scenario sets (test/fixtures/which-blind*.yaml): sets written before the
// extractor was tuned on them, each message with the recommendation a senior engineer would give,
// `ask` where the message does not decide it, and `also` for other defensible answers. Every
// message runs twice through the real core: as `which <message>` and as free text. Used by
// blind.test.ts and by `npm run which:blind`.

import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'zod';
import { RECOMMENDATION_IDS } from '../../src/knowledge/tree.js';
import { ask, testRuntime } from '../helpers.js';

const Answer = z.enum([...RECOMMENDATION_IDS, 'ask']);
const BlindScenarioSchema = z.strictObject({
  say: z.string().min(1),
  expect: Answer,
  also: z.array(Answer).optional(),
  tricky: z.boolean().optional(),
  note: z.string().optional(),
});
export type BlindScenario = z.infer<typeof BlindScenarioSchema>;

/** right: an accepted answer; asked: a question where a recommendation was expected; wrong: a
 * recommendation that is not accepted (or one given where the message should get a question);
 * elsewhere: free text that did not reach `which` at all. */
export type Verdict = 'right' | 'asked' | 'wrong' | 'elsewhere';
export type Mode = 'typed' | 'free';

export interface BlindResult {
  scenario: BlindScenario;
  mode: Mode;
  got: string;
  command: string | null;
  verdict: Verdict;
}

/** Every set `npm run which:blind` scores; blind.test.ts floors each it trains on, at 0 wrong
 * (sets held out from the which model's training, test/which/training.ts HELD_OUT: scored, not floored). */
export const BLIND_SETS = ['which-blind.yaml', 'which-blind-2.yaml', 'which-blind-3.yaml', 'which-blind-4.yaml', 'which-blind-5.yaml', 'which-blind-6.yaml', 'which-blind-8.yaml', 'which-blind-9.yaml', 'which-blind-11.yaml', 'which-blind-7.yaml', 'which-blind-10.yaml', 'which-blind-12.yaml', 'which-blind-14.yaml', 'which-blind-13.yaml', 'which-blind-17.yaml', 'which-blind-16.yaml', 'which-blind-15.yaml', 'which-blind-18.yaml', 'which-blind-19.yaml', 'which-blind-20.yaml', 'which-blind-21.yaml', 'which-blind-22.yaml', 'which-blind-23.yaml', 'which-blind-24.yaml', 'which-blind-25.yaml', 'which-blind-26.yaml', 'which-blind-27.yaml', 'which-blind-28.yaml', 'which-blind-29.yaml', 'which-blind-30.yaml', 'which-blind-31.yaml', 'which-blind-32.yaml', 'which-blind-33.yaml', 'which-blind-34.yaml', 'which-blind-35.yaml', 'which-blind-36.yaml', 'which-blind-37.yaml', 'which-blind-38.yaml', 'which-blind-39.yaml', 'which-blind-40.yaml', 'which-blind-41.yaml', 'which-blind-42.yaml', 'which-blind-43.yaml', 'which-blind-44.yaml', 'which-blind-45.yaml', 'which-blind-46.yaml', 'which-blind-47.yaml', 'which-blind-48.yaml', 'which-blind-49.yaml', 'which-blind-50.yaml', 'which-blind-51.yaml', 'which-blind-52.yaml', 'which-blind-53.yaml', 'which-blind-54.yaml', 'which-blind-55.yaml', 'which-blind-56.yaml', 'which-blind-57.yaml', 'which-blind-58.yaml', 'which-blind-59.yaml', 'which-blind-60.yaml', 'which-blind-61.yaml', 'which-blind-63.yaml', 'which-blind-62.yaml', 'which-blind-64.yaml', 'which-blind-65.yaml', 'which-blind-66.yaml', 'which-blind-67.yaml', 'which-blind-68.yaml', 'which-blind-69.yaml', 'which-blind-70.yaml', 'which-blind-71.yaml', 'which-blind-72.yaml', 'which-blind-73.yaml', 'which-blind-74.yaml', 'which-blind-75.yaml', 'which-blind-76.yaml', 'which-blind-77.yaml', 'which-blind-78.yaml', 'which-blind-79.yaml', 'which-blind-80.yaml', 'which-blind-85.yaml', 'which-blind-81.yaml', 'which-blind-82.yaml', 'which-blind-83.yaml', 'which-blind-84.yaml', 'which-blind-90.yaml', 'which-blind-88.yaml', 'which-blind-89.yaml', 'which-blind-86.yaml', 'which-blind-87.yaml', 'which-blind-91.yaml', 'which-blind-92.yaml', 'which-blind-93.yaml', 'which-blind-94.yaml', 'which-blind-95.yaml', 'which-blind-96.yaml', 'which-blind-99.yaml', 'which-blind-100.yaml', 'which-blind-97.yaml', 'which-blind-98.yaml', 'which-blind-103.yaml', 'which-blind-104.yaml', 'which-blind-101.yaml', 'which-blind-102.yaml', 'which-blind-105.yaml', 'which-blind-106.yaml', 'which-blind-107.yaml', 'which-blind-108.yaml', 'which-blind-109.yaml', 'which-blind-110.yaml', 'which-blind-111.yaml', 'which-blind-112.yaml', 'which-blind-113.yaml', 'which-blind-114.yaml', 'which-blind-115.yaml', 'which-blind-116.yaml', 'which-blind-117.yaml', 'which-blind-118.yaml', 'which-blind-119.yaml', 'which-blind-120.yaml', 'which-blind-121.yaml', 'which-blind-122.yaml', 'which-blind-123.yaml', 'which-blind-124.yaml', 'which-blind-125.yaml', 'which-blind-126.yaml', 'which-blind-127.yaml', 'which-blind-128.yaml', 'which-blind-129.yaml', 'which-blind-130.yaml'] as const;

/** A set by its name in test/fixtures, or a file by its path. */
export function loadBlindSet(name: string): BlindScenario[] {
  const file = existsSync(name) && name.includes('/') ? name : new URL(`../fixtures/${basename(name)}`, import.meta.url);
  return z.array(BlindScenarioSchema).parse(load(readFileSync(file, 'utf8')));
}

function verdictOf(scenario: BlindScenario, got: string, command: string | null): Verdict {
  const accepted = new Set<string>([scenario.expect, ...(scenario.also ?? [])]);
  if (command !== 'which') return 'elsewhere';
  if (accepted.has(got)) return 'right';
  return got === 'ask' ? 'asked' : 'wrong';
}

export async function scoreBlindSet(scenarios: BlindScenario[]): Promise<BlindResult[]> {
  const runtime = testRuntime();
  const results: BlindResult[] = [];
  for (const scenario of scenarios) {
    for (const mode of ['typed', 'free'] as const) {
      const reply = await ask(mode === 'typed' ? `which ${scenario.say}` : scenario.say, runtime);
      const got = typeof reply.data.recommendation === 'string' ? reply.data.recommendation : 'ask';
      results.push({ scenario, mode, got, command: reply.command, verdict: verdictOf(scenario, got, reply.command) });
    }
  }
  return results;
}

export interface BlindSummary {
  mode: Mode;
  total: number;
  right: number;
  asked: number;
  wrong: number;
  elsewhere: number;
}

export function summarise(results: BlindResult[], mode: Mode): BlindSummary {
  const mine = results.filter((r) => r.mode === mode);
  const count = (v: Verdict) => mine.filter((r) => r.verdict === v).length;
  return { mode, total: mine.length, right: count('right'), asked: count('asked'), wrong: count('wrong'), elsewhere: count('elsewhere') };
}

const pct = (n: number, total: number) => `${((100 * n) / total).toFixed(1)}%`;

export function formatSummary(s: BlindSummary): string {
  return `${s.mode.padEnd(5)} right-first ${pct(s.right, s.total)} (${s.right}/${s.total})  wrong ${pct(s.wrong, s.total)} (${s.wrong})  asked ${pct(s.asked, s.total)} (${s.asked})  elsewhere ${pct(s.elsewhere, s.total)} (${s.elsewhere})`;
}

/** One line per scenario that is not right, for a failure message or the script's output. */
export function formatMisses(results: BlindResult[]): string {
  return results
    .filter((r) => r.verdict !== 'right')
    .map((r) => `${r.verdict.toUpperCase().padEnd(9)} ${r.mode.padEnd(5)} expected ${[r.scenario.expect, ...(r.scenario.also ?? [])].join('|')}, got ${r.command === 'which' ? r.got : `command ${r.command ?? 'none'}`}: ${r.scenario.say}`)
    .join('\n');
}
