// Core: commands per second and latency for `help` and an unknown command, beside a no-op
// handler; cold start of `kube-concierge --json` answering one command, beside `node -e ''`.

import { contextFor } from '../src/core/context.js';
import { handle } from '../src/core/handle.js';
import { reply } from '../src/core/reply.js';
import { DEFAULT_POLICY } from '../src/config.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import { createLogger } from '../src/log.js';
import { measure, measureProcess, type Section } from './harness.js';

const bin = new URL('../bin/kube-concierge.js', import.meta.url).pathname;

export async function coreLatency(): Promise<Section> {
  const runtime = { policy: DEFAULT_POLICY, hasPolicyFile: false, log: createLogger({ level: 'warn' }), knowledge: loadKnowledge() };
  const ctx = contextFor(runtime, { platform: 'shell', user: 'bench', channel: 'shell' });
  const noop = async (_text: string) => reply(null, []);
  const baseline = await measure('no-op handler (baseline)', () => noop('help'));
  const help = await measure('`help`', () => handle('help', ctx));
  const unknown = await measure('unknown command `frobnicate now`', () => handle('frobnicate now', ctx));
  return {
    title: 'Core: handle(text) in process',
    baseline,
    rows: [help, unknown],
    verdicts: [`help p99 ${help.p99Ms.toFixed(3)} ms (target ≤ 2 ms): ${help.p99Ms <= 2 ? 'met' : 'NOT met'}`],
  };
}

export async function coldStart(): Promise<Section> {
  const baseline = measureProcess("node -e '' (baseline)", process.execPath, ['-e', '']);
  const json = measureProcess('kube-concierge --json, one `help`', process.execPath, [bin, '--json'], 'help\n');
  const ratio = json.p50Ms / baseline.p50Ms;
  return {
    title: 'Cold start: process start to answer and exit',
    baseline,
    rows: [json],
    verdicts: [`median ratio ${ratio.toFixed(2)}× node -e '' (target ≤ 4×): ${ratio <= 4 ? 'met' : 'NOT met'}`],
  };
}

export default [coreLatency, coldStart];
