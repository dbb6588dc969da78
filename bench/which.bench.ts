// `which`: answering in process (interactive step, inline answers, free text routed by
// recognition) beside `help`; and loading knowledge/tree.yaml (parse, schema, graph checks)
// beside a bare js-yaml parse of the same file.

import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { contextFor } from '../src/core/context.js';
import { handle } from '../src/core/handle.js';
import { BUILT_IN_TREE_FILE, parseTree } from '../src/knowledge/tree.js';
import { benchRuntime, coldStartSection, measure, type Section } from './harness.js';


export async function whichLatency(): Promise<Section> {
  const runtime = benchRuntime();
  const ctx = contextFor(runtime, { platform: 'shell', user: 'bench', channel: 'shell' });
  const baseline = await measure('`help` (baseline)', () => handle('help', ctx));
  const first = await measure('`which` (first question)', () => handle('which', ctx));
  const inline = await measure('`which internet http bare-metal prod`', () => handle('which internet http bare-metal prod', ctx));
  const free = await measure('free text "I need to expose my API on bare metal for production"', () =>
    handle('I need to expose my API on bare metal for production', ctx),
  );
  const long = 'We run Kubernetes on our own servers in a datacenter, no cloud load balancer, and need to expose ten HTTP services to customers in production; some use websockets and we must keep the client IP. '.repeat(4);
  const longFree = await measure(`free text, ${long.length} characters`, () => handle(long, ctx), 2000, 200);
  return {
    title: 'which: handle(text) in process',
    baseline,
    rows: [first, inline, free, longFree],
    verdicts: [`free-text which p99 ${free.p99Ms.toFixed(3)} ms (target ≤ 5 ms): ${free.p99Ms <= 5 ? 'met' : 'NOT met'}`],
  };
}

export async function treeLoad(): Promise<Section> {
  const source = readFileSync(BUILT_IN_TREE_FILE, 'utf8');
  const topicIds = benchRuntime().knowledge.topics.map((t) => t.id);
  const baseline = await measure('js-yaml load() of tree.yaml (baseline)', () => load(source), 100, 10);
  const full = await measure('parseTree: parse with lines, schema, graph and topic checks', () => parseTree(source, 'tree.yaml', topicIds), 100, 10);
  return {
    title: 'which: loading knowledge/tree.yaml (warm)',
    baseline,
    rows: [full],
    verdicts: [`validation adds ${(full.p50Ms / baseline.p50Ms).toFixed(2)}× a bare parse at the median (target ≤ 3×): ${full.p50Ms / baseline.p50Ms <= 3 ? 'met' : 'NOT met'}`],
  };
}

/** Start-up now loads and validates the tree; this shows what that costs a one-shot process. */
export async function whichColdStart(): Promise<Section> {
  return coldStartSection('which: cold start with the tree loaded and validated', [
    { name: 'kube-concierge --json, one `help`', input: 'help\n' },
    { name: 'kube-concierge --json, one free-text `which`', input: 'I need to expose my API on bare metal for production\n', verdict: 'free-text which: ', target: 4 },
  ]);
}

export default [whichLatency, treeLoad, whichColdStart];
