// Every path of the decision tree, through the real command: each ends in the recommendation
// the tree says, with well-formed buttons; random clicking always ends in a recommendation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { emptyAnswers } from '../../src/knowledge/tree-facts.js';
import { reachableRecommendations } from '../../src/knowledge/tree-walk.js';
import { RECOMMENDATION_IDS, treePaths } from '../../src/knowledge/tree.js';
import { KINDS as YAML_KINDS, PARAMS as YAML_PARAMS } from '../../src/manifests/params.js';
import type { Choice, Reply } from '../../src/core/reply.js';
import { inlineCustomId } from '../../src/adapters/discord/buttons.js';
import { ask, builtInKnowledge, testRuntime } from '../helpers.js';

const tree = builtInKnowledge().tree;
const KNOWN_TOPIC_IDS = builtInKnowledge().topics.map((t) => t.id);
const paths = treePaths(tree);
const runtime = testRuntime();
const options = (reply: Reply): Choice[] => reply.blocks.flatMap((b) => (b.type === 'choices' ? b.options : []));
const commandFor = (answers: [string, string][]) => ['which', ...answers.map(([k, v]) => `${k}=${v}`)].join(' ');

/**
 * What a button may run: a compact canonical command for a command that exists or is coming.
 * Discord's custom_id holds 100 characters: on the tree's own paths every button carries its
 * command inside the id (as typed, or deflated); a typed line that answers nearly every question
 * (contradictions included) may need the adapter's embed carrier, still one short line.
 */
function expectWellFormed(choice: Choice, inline = true): void {
  if (inline) expect(inlineCustomId('share', choice.command, new Set()), choice.command).not.toBeNull();
  else expect(choice.command.length, choice.command).toBeLessThanOrEqual(200);
  expect(choice.label.length, choice.label).toBeLessThanOrEqual(80);
  const [word, ...rest] = choice.command.split(' ');
  switch (word) {
    case 'which':
      for (const part of rest) expect(part, choice.command).toMatch(/^(?:[a-z]{1,4}=(?:[a-z0-9+-]+(?:,[a-z0-9+-]+)*|\?)|vs=[a-z+,-]+|port=\d+)$/);
      break;
    case 'yaml': {
      const [kind, name, ...params] = rest;
      expect(YAML_KINDS, choice.command).toContain(kind);
      expect(name, choice.command).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
      for (const param of params) {
        const [key, value] = param.split('=');
        expect(YAML_PARAMS, choice.command).toContain(key);
        expect(value, choice.command).toMatch(/^\S+$/);
      }
      break;
    }
    case 'explain':
      expect(rest).toHaveLength(1);
      expect(KNOWN_TOPIC_IDS).toContain(rest[0]);
      break;
    case 'compare':
      expect(rest).toHaveLength(2);
      for (const id of rest) expect(KNOWN_TOPIC_IDS).toContain(id);
      break;
    default:
      throw new Error(`unexpected command in a button: ${choice.command}`);
  }
}

describe('every path of the tree', () => {
  it('covers all nine recommendations', () => {
    expect(new Set(paths.map((p) => p.recommendation))).toEqual(new Set(RECOMMENDATION_IDS));
    expect(paths.length).toBeGreaterThan(100);
  });

  it('reaches exactly its recommendation with all its answers, and reaches it from every prefix', () => {
    // Unsure of every open question, so that no assumption is taken for it.
    const unsure = new Set(tree.questions.map((q) => q.key));
    for (const path of paths) {
      const answersAfter = (n: number) => ({ ...emptyAnswers(), facts: new Map(path.answers.slice(0, n)), unsure });
      expect([...reachableRecommendations(tree, answersAfter(path.answers.length))], commandFor(path.answers)).toEqual([path.recommendation]);
      for (let n = 0; n < path.answers.length; n++) expect(reachableRecommendations(tree, answersAfter(n)).has(path.recommendation)).toBe(true);
    }
  });

  it('ends, through `which` with its answers, in the recommendation the tree names, with well-formed buttons', async () => {
    for (const path of paths) {
      const command = commandFor(path.answers);
      const reply = await ask(command, runtime);
      expect(reply.outcome, command).toBe('ok');
      expect(reply.data.recommendation, command).toBe(path.recommendation);
      expect(Object.keys(reply.data.answers as object).length, command).toBe(path.answers.length);
      expect(reply.text, command).toContain('Caveats');
      const buttons = options(reply);
      for (const choice of buttons) expectWellFormed(choice);
      expect(buttons.some((c) => c.command.startsWith('explain ')), command).toBe(true);
      if (path.recommendation !== 'port-forward') expect(buttons.some((c) => c.command.startsWith('yaml ')), command).toBe(true);
      expect(buttons.some((c) => c.label === 'Start over' && c.command === 'which'), command).toBe(true);
    }
  });

  it('asks each question of a path in turn when the answers come one by one, with Back undoing the last', async () => {
    for (const path of paths) {
      // Answers of `assume` nodes are not asked: skip them unless the path needs another value.
      let given: [string, string][] = [];
      for (const [key, value] of path.answers) {
        const reply = await ask(commandFor(given), runtime);
        const node = [...tree.nodes.values()].find((n) => 'ask' in n && n.ask === key && n.assume === value);
        if (reply.data.recommendation !== undefined) break;
        if (node && reply.data.question !== tree.question(key)?.name) continue;
        // Questions with an `otherwise` branch are never asked: only a message (or a typed answer) opens their other branches.
        const silent = [...tree.nodes.values()].some((n) => 'ask' in n && n.ask === key && n.otherwise !== undefined);
        if (silent && reply.data.question !== tree.question(key)?.name) {
          given = [...given, [key, value]];
          continue;
        }
        expect(reply.data.question, commandFor(given)).toBe(tree.question(key)?.name);
        const next = options(reply).find((c) => c.command === commandFor([...given, [key, value]]));
        const back = options(reply).find((c) => c.label === 'Back');
        if (given.length > 1) expect(back?.command).toBe(commandFor(given.slice(0, -1)));
        if (value !== 'out') expect(next, `${commandFor(given)} offers ${key}=${value}`).toBeDefined();
        given = [...given, [key, value]];
      }
    }
  });
});

describe('clicking through', () => {
  it('always reaches a recommendation, whatever answer is pressed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), async (picks) => {
        let reply = await ask('which', runtime);
        for (const pick of picks) {
          if (reply.data.recommendation !== undefined) break;
          // The first choices block holds the answers; the second is Back / Start over.
          const first = reply.blocks.find((b) => b.type === 'choices');
          if (first?.type !== 'choices') throw new Error('a question without answers');
          const choice = first.options[pick % first.options.length] as Choice;
          expectWellFormed(choice);
          reply = await ask(choice.command, runtime);
        }
        expect(RECOMMENDATION_IDS).toContain(reply.data.recommendation);
      }),
      { numRuns: 200 },
    );
  });

  it('answers any combination of known answers with a question or a recommendation', async () => {
    const answer = (key: string) => fc.option(fc.constantFrom(...(tree.question(key)?.options.map((o) => o.value) ?? [])), { nil: undefined });
    const combination = fc.record(Object.fromEntries(tree.questions.map((q) => [q.key, answer(q.key)])));
    await fc.assert(
      fc.asyncProperty(combination, async (chosen) => {
        const given = Object.entries(chosen).filter((e): e is [string, string] => e[1] !== undefined);
        const reply = await ask(commandFor(given), runtime);
        expect(reply.outcome).toBe('ok');
        expect(reply.data.recommendation !== undefined || typeof reply.data.question === 'string').toBe(true);
        for (const choice of options(reply)) expectWellFormed(choice, false);
      }),
      { numRuns: 200 },
    );
  });
});
