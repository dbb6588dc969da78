// `npm run which:cv [-- --folds N] [--policy doubted=0.2,sure=0.95 …] [--wrong]`: how `which` does on messages
// its whole-message models never saw, over every trained blind set rather than the few held out.
// The blind sets test/which/training.ts trains on are split, whole sets round-robin, into N folds
// (5 by default); each fold is scored through the real core (typed and free text, as
// `npm run which:blind` does) with models trained on everything but that fold, by the shipped
// thresholds and by each `--policy` given. The phrase rules were tuned on these sets once they had
// been scored, so the rules-alone line flatters the rules; the models' part is out of fold.
// `--wrong` lists every wrong recommendation.

import { parseArgs } from 'node:util';
import { trainWhichModels, useWhichModels } from '../src/knowledge/which-model.js';
import { READING_POLICY, useReadingPolicy, type ReadingPolicy } from '../src/core/which/reading.js';
import { formatMisses, formatSummary, loadBlindSet, scoreBlindSet, summarise, type BlindResult } from '../test/which/blind-score.js';
import { trainingFiles, trainingSets } from '../test/which/training.js';

const { values } = parseArgs({ options: { folds: { type: 'string', default: '5' }, policy: { type: 'string', multiple: true, default: [] }, wrong: { type: 'boolean', default: false } } });
const folds = Number(values.folds);
if (!Number.isInteger(folds) || folds < 2) throw new Error(`--folds takes a whole number from 2, not ${values.folds}`);

function policyOf(spec: string): Partial<ReadingPolicy> {
  const policy: Partial<ReadingPolicy> = {};
  for (const pair of spec.split(',')) {
    const [key, value] = pair.split('=');
    if (!key || !(key in READING_POLICY) || value === undefined || Number.isNaN(Number(value))) {
      throw new Error(`--policy takes ${Object.keys(READING_POLICY).join(', ')} as key=number pairs, not ${pair}`);
    }
    policy[key as keyof ReadingPolicy] = Number(value);
  }
  return policy;
}

const policies: [string, Partial<ReadingPolicy>][] = [['shipped', {}], ...values.policy.map((p): [string, Partial<ReadingPolicy>] => [p, policyOf(p)])];
const blind = trainingFiles().filter((f) => f.startsWith('which-blind'));
const number = (f: string) => Number(/-(\d+)\.yaml$/.exec(f)?.[1] ?? 1);
const sets = [...blind].sort((a, b) => number(a) - number(b));
const results = new Map<string, BlindResult[]>([['rules alone', []], ...policies.map(([name]): [string, BlindResult[]] => [name, []])]);

for (let k = 0; k < folds; k++) {
  const fold = sets.filter((_, i) => i % folds === k);
  const scenarios = fold.flatMap((f) => loadBlindSet(f));
  useWhichModels(trainWhichModels(trainingSets(fold)));
  for (const [name, policy] of policies) {
    useReadingPolicy(policy);
    results.get(name)?.push(...(await scoreBlindSet(scenarios)));
  }
  useWhichModels(null);
  results.get('rules alone')?.push(...(await scoreBlindSet(scenarios)));
  console.error(`fold ${k + 1}/${folds}: ${fold.length} sets, ${scenarios.length} messages`);
}
useReadingPolicy();
useWhichModels(undefined);

console.log(`${sets.length} blind sets in ${folds} folds, each scored by models trained without it:`);
for (const [name, scored] of results) {
  console.log(`\n== ${name}${name === 'shipped' ? ` (${JSON.stringify(READING_POLICY)})` : ''}`);
  console.log(formatSummary(summarise(scored, 'typed')));
  console.log(formatSummary(summarise(scored, 'free')));
  if (values.wrong) console.log(formatMisses(scored.filter((r) => r.verdict === 'wrong')));
}
