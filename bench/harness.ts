// A small benchmark harness: latency percentiles and throughput for an async function, and
// wall time of whole processes, always reported beside a baseline measured in the same run.

import { spawnSync } from 'node:child_process';
import { DEFAULT_POLICY } from '../src/config.js';
import type { Runtime } from '../src/core/context.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import { createLogger } from '../src/log.js';

let shared: Runtime | undefined;

/** The runtime a shell without a policy file gets (real knowledge, warn-level logs), built once. */
export function benchRuntime(): Runtime {
  shared ??= { policy: DEFAULT_POLICY, hasPolicyFile: false, log: createLogger({ level: 'warn' }), knowledge: loadKnowledge() };
  return shared;
}

export interface Measurement {
  name: string;
  /** Operations per second over the timed iterations. */
  opsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Extra figures a benchmark wants to show (peak RSS, …). */
  extra?: Record<string, string>;
}

export interface Section {
  title: string;
  baseline: Measurement;
  rows: Measurement[];
  /** What the targets are, in words, and whether they were met. */
  verdicts: string[];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export function summarize(name: string, samplesMs: number[], totalMs = samplesMs.reduce((a, b) => a + b, 0)): Measurement {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { name, opsPerSecond: (samplesMs.length / totalMs) * 1000, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
}

/** Times `fn` one call at a time after a warm-up. */
export async function measure(name: string, fn: () => unknown, iterations = 5000, warmup = 500): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = new Array<number>(iterations);
  const start = performance.now();
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn();
    samples[i] = performance.now() - t0;
  }
  return summarize(name, samples, performance.now() - start);
}

/** A case of a cold-start section: one `--json` line for a fresh process to answer. */
export interface ColdStartCase {
  name: string;
  input: string;
  /** The verdict's label; with `target`, it also says whether the median ratio meets it. */
  verdict?: string;
  target?: number;
}

/**
 * The bot started to answer one `--json` line and exit, for each case, beside `node -e ''` in
 * the same run: the cold-start sections share this one shape.
 */
export function coldStartSection(title: string, cases: ColdStartCase[]): Section {
  const bin = new URL('../bin/kube-concierge.js', import.meta.url).pathname;
  const baseline = measureProcess("node -e '' (baseline)", process.execPath, ['-e', '']);
  const rows = cases.map((c) => measureProcess(c.name, process.execPath, [bin, '--json'], c.input));
  const verdicts = cases.flatMap((c, i) => {
    if (c.verdict === undefined) return [];
    const ratio = (rows[i] as Measurement).p50Ms / baseline.p50Ms;
    const against = c.target === undefined ? '' : ` (target ≤ ${c.target}×): ${ratio <= c.target ? 'met' : 'NOT met'}`;
    return [`${c.verdict}median ratio ${ratio.toFixed(2)}× node -e ''${against}`];
  });
  return { title, baseline, rows, verdicts };
}

/** Wall time of a whole process, `runs` times (after one warm-up run). */
export function measureProcess(name: string, command: string, args: string[], input = '', runs = 15): Measurement {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const result = spawnSync(command, args, { input, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'warn' } });
    const elapsed = performance.now() - t0;
    if (result.status !== 0) throw new Error(`${name}: exited ${result.status}: ${result.stderr}`);
    if (i > 0) samples.push(elapsed);
  }
  return summarize(name, samples);
}

const ms = (v: number) => (v < 1 ? `${(v * 1000).toFixed(1)} µs` : `${v.toFixed(2)} ms`);

export function formatSection(section: Section): string {
  const rows = [section.baseline, ...section.rows];
  const lines = [
    `## ${section.title}`,
    '',
    '| case | ops/s | p50 | p99 | p50 ratio | p99 ratio | notes |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows.map((m) => {
      const base = section.baseline;
      const ratio = (a: number, b: number) => (m === base ? 'baseline' : `${(a / b).toFixed(2)}×`);
      const extra = m.extra ? Object.entries(m.extra).map(([k, v]) => `${k} ${v}`).join(', ') : '';
      return `| ${m.name} | ${Math.round(m.opsPerSecond).toLocaleString('en-US')} | ${ms(m.p50Ms)} | ${ms(m.p99Ms)} | ${ratio(m.p50Ms, base.p50Ms)} | ${ratio(m.p99Ms, base.p99Ms)} | ${extra} |`;
    }),
    '',
    ...section.verdicts.map((v) => `- ${v}`),
  ];
  return lines.join('\n');
}
