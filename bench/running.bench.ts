// Running it (issue 11): how long a chat process takes from spawn to a 200 on /readyz, and from
// SIGTERM (nothing in flight) to exit, beside a bare node:http server doing the same in the same
// run; and what /readyz and /metrics cost per request beside /healthz on one loopback server.

import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Readiness, clusterCheck, knowledgeCheck } from '../src/http/health.js';
import { createMetrics } from '../src/http/metrics.js';
import { serviceRoutes } from '../src/http/routes.js';
import { listenRoutes } from '../src/http/server.js';
import { FakeDiscordApi } from '../test/fakes/discord-api.js';
import { FakeDiscordGateway } from '../test/fakes/discord-gateway.js';
import { FakeSlack, SIGNING_SECRET } from '../test/fakes/slack-api.js';
import { freePort } from '../test/running/process.js';
import { benchRuntime, measure, summarize, type Measurement, type Section } from './harness.js';

const bin = new URL('../bin/kube-concierge.js', import.meta.url).pathname;
const RUNS = 15;
const BOT_ID = '900000000000000001';

const BARE_SERVER = `
const server = require('node:http').createServer((q, s) => s.end('{"status":"ok"}'));
server.listen(Number(process.env.PORT));
process.once('SIGTERM', () => server.close(() => process.exit(0)));`;

/** Polls `url` until it answers 200 (a benchmark may poll; tests wait on events instead). */
async function untilOk(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited ${child.exitCode} before ${url} answered`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

interface Timings {
  ready: number[];
  exit: number[];
}

async function timeProcess(args: string[], env: Record<string, string>, path: string, into: Timings): Promise<void> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH ?? '', HOME: mkdtempSync(`${tmpdir()}/kc-bench-`), LOG_LEVEL: 'warn', PORT: String(port), ...env },
    stdio: 'ignore',
  });
  await untilOk(`http://127.0.0.1:${port}${path}`, child);
  into.ready.push(performance.now() - t0);
  const t1 = performance.now();
  child.kill('SIGTERM');
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`${args.join(' ')}: exited ${code} after SIGTERM`);
  into.exit.push(performance.now() - t1);
}

async function lifecycleSections(): Promise<Section[]> {
  const slack = await new FakeSlack().start();
  const api = await new FakeDiscordApi({ applicationId: BOT_ID }).start();
  const gateway = await new FakeDiscordGateway({ botUser: { id: BOT_ID, username: 'kube-concierge' } }).start();
  api.gateway = gateway.gatewayBot();
  const cases: { name: string; args: string[]; env: Record<string, string>; path: string }[] = [
    { name: 'bare node:http server (baseline)', args: ['-e', BARE_SERVER], env: {}, path: '/healthz' },
    {
      name: '--serve web (Slack HTTP mode, fake Slack)',
      args: [bin, '--serve', 'web'],
      env: { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${slack.url}/api/` },
      path: '/readyz',
    },
    {
      name: '--serve worker (Discord gateway, fakes)',
      args: [bin, '--serve', 'worker'],
      env: { DISCORD_TOKEN: 'discord-bench-token-0123456789abcdef', DISCORD_API_BASE: api.api },
      path: '/readyz',
    },
  ];
  const timings = cases.map(() => ({ ready: [] as number[], exit: [] as number[] }));
  try {
    // One warm-up round, then rounds that alternate between the cases.
    for (let round = 0; round <= RUNS; round++) {
      for (const [i, c] of cases.entries()) {
        const into = round === 0 ? { ready: [], exit: [] } : (timings[i] as Timings);
        await timeProcess(c.args, c.env, c.path, into);
      }
    }
  } finally {
    await Promise.all([slack.stop(), api.close(), gateway.close()]);
  }
  const rows = (pick: (t: Timings) => number[]): Measurement[] => cases.map((c, i) => summarize(c.name, pick(timings[i] as Timings)));
  const [readyBase, ...ready] = rows((t) => t.ready) as [Measurement, ...Measurement[]];
  const [exitBase, ...exit] = rows((t) => t.exit) as [Measurement, ...Measurement[]];
  return [
    {
      title: 'Running: spawn to the first 200 on /readyz (issue 11)',
      baseline: readyBase,
      rows: ready,
      verdicts: [
        `${RUNS} runs each after a warm-up, alternating; the baseline answers /healthz from a bare node:http server.`,
        'The bot loads its knowledge base, connects (auth.test; the Discord gateway handshake), and only then reports ready.',
      ],
    },
    {
      title: 'Running: SIGTERM to exit with nothing in flight (issue 11)',
      baseline: exitBase,
      rows: exit,
      verdicts: ['The bot closes its listener or gateway connection, drains an empty InFlight and exits 0; the baseline closes its server and exits.'],
    },
  ];
}

async function routeSection(): Promise<Section> {
  const metrics = createMetrics();
  const platforms = ['slack', 'discord', 'shell'] as const;
  const commands = ['help', 'which', 'explain', 'compare', 'ask', 'yaml', 'check', 'services', 'service', 'diagnose'];
  const outcomes = ['ok', 'invalid', 'unavailable', 'error'] as const;
  for (let i = 0; i < 1000; i++) {
    metrics.observe({ platform: platforms[i % 3] as (typeof platforms)[number], command: commands[i % 10] ?? null, outcome: outcomes[i % 4] as (typeof outcomes)[number], ms: (i % 50) * 3 });
  }
  const runtime = benchRuntime();
  const readiness = new Readiness();
  readiness.add(knowledgeCheck(runtime));
  readiness.add(clusterCheck(runtime));
  readiness.add({ name: 'slack', required: true, check: () => ({ status: 'ok', detail: 'HTTP mode' }) });
  const server = await listenRoutes(0, serviceRoutes(metrics, readiness));
  const get = (path: string) => () => fetch(`http://127.0.0.1:${server.port}${path}`).then((r) => r.text());
  try {
    const healthz = await measure('GET /healthz (baseline)', get('/healthz'), 3000, 300);
    const readyz = await measure('GET /readyz (knowledge, cluster not configured, slack)', get('/readyz'), 3000, 300);
    const scrape = await measure('GET /metrics (120 command series, histograms, process metrics)', get('/metrics'), 3000, 300);
    const size = (await get('/metrics')()).length;
    return {
      title: 'Running: /readyz and /metrics beside /healthz over loopback (issue 11)',
      baseline: healthz,
      rows: [readyz, { ...scrape, extra: { body: `${Math.round(size / 1024)} kB` } }],
      verdicts: ['One client, one request at a time, on the standalone route server (the same handlers Bolt serves in HTTP mode).'],
    };
  } finally {
    await server.close();
  }
}

let lifecycle: Promise<Section[]> | undefined;

async function runningStartToReady(): Promise<Section> {
  lifecycle ??= lifecycleSections();
  return (await lifecycle)[0] as Section;
}

async function runningStopToExit(): Promise<Section> {
  lifecycle ??= lifecycleSections();
  return (await lifecycle)[1] as Section;
}

async function runningRoutes(): Promise<Section> {
  return routeSection();
}

export default [runningStartToReady, runningStopToExit, runningRoutes];
