// Shared set-up for tests: a runtime with the real config defaults and a log collector.

import { expect } from 'vitest';
import { DEFAULT_POLICY, PolicySchema, type Policy } from '../src/config.js';
import { contextFor, type Request, type Runtime } from '../src/core/context.js';
import { handle } from '../src/core/handle.js';
import { toPlainText, type Reply } from '../src/core/reply.js';
import { loadKnowledge, type Knowledge } from '../src/knowledge/index.js';
import { createLogger } from '../src/log.js';

export interface TestRuntime extends Runtime {
  logLines: string[];
}

let builtIn: Knowledge | undefined;

/** The real knowledge/ folder, loaded once per test file. */
export function builtInKnowledge(): Knowledge {
  builtIn ??= loadKnowledge();
  return builtIn;
}

export function testRuntime(policy: unknown = undefined, knowledge: Knowledge = builtInKnowledge()): TestRuntime {
  const logLines: string[] = [];
  const parsed: Policy = policy === undefined ? DEFAULT_POLICY : PolicySchema.parse(policy);
  return {
    policy: parsed,
    hasPolicyFile: policy !== undefined,
    log: createLogger({ level: 'debug', write: (line) => void logLines.push(line) }),
    knowledge,
    logLines,
  };
}

export const SHELL: Request = { platform: 'shell', user: 'local', channel: 'shell' };

/** Runs one message through the core and returns the reply with its plain text. */
export async function ask(text: string, runtime: Runtime = testRuntime(), request: Request = SHELL): Promise<Reply & { text: string }> {
  const reply = await handle(text, contextFor(runtime, request));
  return { ...reply, text: toPlainText(reply) };
}

/**
 * The facts a reply's text lacks: each fact is a term matched case-insensitively, "a | b" accepting either
 * (the eval sets' form, test/eval/score.ts).
 */
export function missingFacts(text: string, facts: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return facts.filter((fact) => !fact.split(' | ').some((f) => lower.includes(f.trim().toLowerCase())));
}

/** Asks `question` with `ask` and checks the answer comes from `topic` and holds every fact (the topic tables' check). */
export async function expectTopicAnswer(runtime: Runtime, question: string, topic: string, facts: readonly string[]): Promise<void> {
  const r = await ask(`ask ${question}`, runtime);
  expect(r.data.topic, r.text).toBe(topic);
  expect(missingFacts(r.text, facts), r.text).toEqual([]);
}
