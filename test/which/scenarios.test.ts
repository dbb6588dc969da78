// The scenarios in test/fixtures/which-scenarios.yaml: each message, as `which <message>` and
// (unless marked otherwise) as free text, must get the expected recommendation, or a question
// where the message does not say enough. A wrong recommendation is the worst outcome.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RECOMMENDATION_IDS } from '../../src/knowledge/tree.js';
import { ask, testRuntime } from '../helpers.js';

const ScenarioSchema = z.strictObject({
  say: z.string().min(1),
  expect: z.enum([...RECOMMENDATION_IDS, 'ask']),
  tricky: z.boolean().optional(),
  routed: z.boolean().optional(),
});
const scenarios = z.array(ScenarioSchema).parse(load(readFileSync(new URL('../fixtures/which-scenarios.yaml', import.meta.url), 'utf8')));
const runtime = testRuntime();

/** The recommendation a reply gives, or `ask` when it asks a question instead. */
async function outcome(message: string): Promise<{ got: string; command: string | null }> {
  const reply = await ask(message, runtime);
  return { got: typeof reply.data.recommendation === 'string' ? reply.data.recommendation : 'ask', command: reply.command };
}

describe('which scenarios', () => {
  it('has at least forty, including tricky ones and ones that must ask', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
    expect(scenarios.filter((s) => s.tricky).length).toBeGreaterThanOrEqual(10);
    expect(scenarios.filter((s) => s.expect === 'ask').length).toBeGreaterThanOrEqual(5);
    expect(new Set(scenarios.map((s) => s.expect))).toEqual(new Set([...RECOMMENDATION_IDS, 'ask']));
  });

  it.each(scenarios.map((s) => [s.say, s] as const))('%s', async (_say, scenario) => {
    const inline = /^[a-z]+=/.test(scenario.say) || scenario.routed === false;
    const typed = await outcome(`which ${scenario.say}`);
    expect(typed.got).toBe(scenario.expect);
    if (!inline) {
      const free = await outcome(scenario.say);
      expect(free.command, 'free text reaches which').toBe('which');
      expect(free.got).toBe(scenario.expect);
    }
  });
});
