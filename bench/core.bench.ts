// Core: commands per second and latency for `help`, an unknown command and the knowledge
// answers (explain, compare, a free-text question), beside a no-op handler; cold start of
// `kube-concierge --json` answering one command or one question, beside `node -e ''`.

import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { contextFor } from '../src/core/context.js';
import { handle } from '../src/core/handle.js';
import { reply } from '../src/core/reply.js';
import { benchRuntime, coldStartSection, measure, type Measurement, type Section } from './harness.js';


export async function coreLatency(): Promise<Section> {
  const runtime = benchRuntime();
  const ctx = contextFor(runtime, { platform: 'shell', user: 'bench', channel: 'shell' });
  const noop = async (_text: string) => reply(null, []);
  const baseline = await measure('no-op handler (baseline)', () => noop('help'));
  const help = await measure('`help`', () => handle('help', ctx));
  const unknown = await measure('unknown command `frobnicate now`', () => handle('frobnicate now', ctx));
  const explain = await withCpu(() => measure('`explain nodeport`', () => handle('explain nodeport', ctx)));
  const compare = await withCpu(() => measure('free text `nodeport vs lb?` (compare)', () => handle('nodeport vs lb?', ctx)));
  const questions = ["i can't reach my service", 'how do I keep the client source ip', 'does ingress support udp', 'whats the dns name of a svc in another namespace'];
  let i = 0;
  const question = await withCpu(() => measure('free-text question (ask, 4 rotating)', () => handle(questions[i++ % questions.length] as string, ctx)));
  // Every question of the answer-quality set in turn: the realistic mix of words and topics.
  const evalSet = (load(readFileSync(new URL('../test/eval/questions.yaml', import.meta.url), 'utf8')) as { q: string }[]).map((e) => e.q);
  let j = 0;
  const mixed = await withCpu(() => measure(`free text, all ${evalSet.length} eval questions in turn`, () => handle(evalSet[j++ % evalSet.length] as string, ctx)));
  const answers = [explain, compare, question, mixed];
  const worst = Math.max(...answers.map((m) => m.p99Ms));
  return {
    title: 'Core: handle(text) in process',
    baseline,
    rows: [help, unknown, ...answers],
    verdicts: [
      `help p99 ${help.p99Ms.toFixed(3)} ms (target ≤ 2 ms): ${help.p99Ms <= 2 ? 'met' : 'NOT met'}`,
      `answering (explain, compare, ask) worst p99 ${worst.toFixed(3)} ms (target ≤ 5 ms): ${worst <= 5 ? 'met' : 'NOT met'}`,
    ],
  };
}

/**
 * Adds the process CPU time per call (all threads, GC included) to a measurement: a figure that
 * a busy machine inflates less than wall-clock percentiles.
 */
async function withCpu(run: () => Promise<Measurement>, calls = 5500): Promise<Measurement> {
  const before = process.cpuUsage();
  const m = await run();
  const used = process.cpuUsage(before);
  return { ...m, extra: { ...m.extra, 'CPU/call': `${Math.round((used.user + used.system) / calls)} µs` } };
}

export async function coldStart(): Promise<Section> {
  return coldStartSection('Cold start: process start to answer and exit', [
    { name: 'kube-concierge --json, one `help`', input: 'help\n', verdict: '', target: 4 },
    { name: 'kube-concierge --json, one question (builds the index)', input: 'why is my external ip pending\n', verdict: 'first question: ' },
  ]);
}

export default [coreLatency, coldStart];
