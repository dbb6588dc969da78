// The real Slack adapter (Bolt, HTTP mode, port 0) against the fake Slack on loopback.

import { startSlack, type RunningSlack, type SlackOptions } from '../../src/adapters/slack/index.js';
import { EnvSchema } from '../../src/config.js';
import type { Command } from '../../src/core/command.js';
import { COMMANDS, createRegistry } from '../../src/core/registry.js';
import { createMetrics, type Metrics } from '../../src/http/metrics.js';
import { FakeSlack, SIGNING_SECRET } from '../fakes/slack-api.js';
import { testRuntime, type TestRuntime } from '../helpers.js';

export interface TestSlack {
  fake: FakeSlack;
  slack: RunningSlack;
  metrics: Metrics;
  runtime: TestRuntime;
  /** POST /slack/events on the running app. */
  events: string;
  base: string;
  close(): Promise<void>;
}

export interface TestSlackOptions extends Omit<SlackOptions, 'metrics' | 'port'> {
  /** Extra commands beside the real ones. */
  commands?: Command[];
  env?: Record<string, string>;
  policy?: unknown;
  /** Runs once the fake is up, before the app starts (set answers, read its URL). */
  beforeStart?: (fake: FakeSlack) => Record<string, string> | void | Promise<Record<string, string> | void>;
}

export async function startTestSlack(options: TestSlackOptions = {}): Promise<TestSlack> {
  const fake = await new FakeSlack().start();
  const extraEnv = (await options.beforeStart?.(fake)) ?? {};
  const metrics = createMetrics();
  const runtime = testRuntime(options.policy);
  runtime.observe = metrics.observe;
  const env = EnvSchema.parse({
    SLACK_BOT_TOKEN: 'xoxb-fake-bot-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: `${fake.url}/api/`,
    ...options.env,
    ...extraEnv,
  });
  const { commands, env: _env, policy: _policy, beforeStart: _before, ...slackOptions } = options;
  try {
    const slack = await startSlack({ env, policy: runtime.policy, policyFile: null }, runtime, {
      retryConfig: { retries: 0 },
      ...slackOptions,
      ...(commands ? { registry: createRegistry([...COMMANDS, ...commands]) } : {}),
      metrics,
      port: 0,
    });
    const base = `http://127.0.0.1:${slack.port}`;
    return {
      fake,
      slack,
      metrics,
      runtime,
      base,
      events: `${base}/slack/events`,
      async close() {
        await slack.stop();
        await fake.stop();
      },
    };
  } catch (error) {
    await fake.stop();
    throw error;
  }
}

/** A command that answers only when the test opens its gate: slow work, deterministically. */
export function gatedCommand(name: string, answer: () => ReturnType<Command['run']>): { command: Command; open: () => void } {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    open,
    command: {
      name,
      aliases: [],
      summary: 'test: answers when the gate opens',
      usage: name,
      examples: [name],
      async run() {
        await gate;
        return answer();
      },
    },
  };
}
