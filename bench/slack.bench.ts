// Slack: how fast /k8s is acknowledged over loopback at a steady 500 requests/s, for this bot
// and for a bare Bolt app whose handler only acks, in the same run. Each app runs in its own
// process (as deployed); a third process stands in for Slack's Web API and response_urls. The
// load is open-loop: requests leave on a fixed schedule whatever the answers do, and latency is
// counted from the scheduled time, so a stall shows in the tail instead of slowing the sender.
// Both apps get the very same signed requests, built before any is timed. The bot answers after
// its ack (response_url); the next round starts only once all those answers have arrived, so its
// leftover work never lands in the bare app's round.

import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { summarize, type Measurement, type Section } from './harness.js';

const RATE = Number(process.env.SLACK_BENCH_RATE ?? 500);
/** JIT warm-up of each app at the full rate before anything is counted. */
const WARMUP_S = 10;
/** Short rounds, alternating between the apps, so a burst of other work on the machine hits both alike. */
const ROUND_S = 3;
const ROUNDS = 10;
const SECRET = 'bench-signing-secret-0123456789';
const target = new URL('./slack-target.mjs', import.meta.url).pathname;
const bin = new URL('../bin/kube-concierge.js', import.meta.url).pathname;

export async function spawnTarget(args: string[], nodeFlags: string[] = []): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [...nodeFlags, target, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`slack-target ${args[0]} exited ${code}`)));
  });
  return { child, port: Number(line) };
}

interface SignedRequest {
  body: string;
  headers: Record<string, string | number>;
}

/** `count` signed `/k8s help` requests, each with its own response_url on the sink. */
export function signedRequests(sinkUrl: string, count: number): SignedRequest[] {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return Array.from({ length: count }, (_, i) => {
    const body = slashBody(sinkUrl, i);
    const signature = 'v0=' + createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex');
    return {
      body,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': Buffer.byteLength(body),
        'x-slack-request-timestamp': timestamp,
        'x-slack-signature': signature,
      },
    };
  });
}

function slashBody(sinkUrl: string, i: number): string {
  return new URLSearchParams({
    team_id: 'T0',
    channel_id: 'C0BENCH',
    user_id: 'U0BENCH',
    command: '/k8s',
    text: 'help',
    api_app_id: 'A0',
    response_url: `${sinkUrl}/respond/${i}`,
    trigger_id: 't',
  }).toString();
}

interface Round {
  samples: number[];
  errors: number;
  elapsedMs: number;
  /** CPU time the server process used during the round. */
  cpuMs: number;
}

/** User + system CPU time of a process so far, in ms (Linux /proc; 0 elsewhere). */
function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/** Sends RATE of `requests` per second for `seconds`, each at its scheduled time; waits for all answers. */
export async function load(port: number, requests: SignedRequest[], seconds: number, pid?: number): Promise<Round> {
  const cpuBefore = cpuMsOf(pid);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const total = RATE * seconds;
  const samples: number[] = [];
  let errors = 0;
  let sent = 0;
  let done = 0;
  const start = performance.now() + 5;
  await new Promise<void>((finish) => {
    const fire = (i: number) => {
      const due = start + (i * 1000) / RATE;
      const { body, headers } = requests[i % requests.length] as SignedRequest;
      const req = request(
        { host: '127.0.0.1', port, path: '/slack/events', method: 'POST', agent, headers },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode === 200) samples.push(performance.now() - due);
            else errors++;
            if (++done === total) finish();
          });
        },
      );
      req.on('error', () => {
        errors++;
        if (++done === total) finish();
      });
      req.end(body);
    };
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + (sent * 1000) / RATE <= now) fire(sent++);
      if (sent < total) setTimeout(tick, Math.max(0, start + (sent * 1000) / RATE - performance.now()));
    };
    setTimeout(tick, 5);
  });
  agent.destroy();
  return { samples, errors, elapsedMs: performance.now() - start, cpuMs: cpuMsOf(pid) - cpuBefore };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The bot as `npm start` runs it (LOG_LEVEL info, metrics on), HTTP mode on a free port. */
export async function spawnBot(sinkUrl: string, nodeFlags: string[] = []): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, bin], {
    stdio: ['ignore', 'ignore', 'ignore'],
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: `${sinkUrl}/api/`,
      PORT: String(port),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    },
  });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the bot exited ${code}`))));
  for (;;) {
    const up = await Promise.race([fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false), exited]);
    if (up) return { child, port };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** How many response_url posts the sink has had. */
const answered = (sinkUrl: string) => fetch(`${sinkUrl}/count`).then(async (r) => Number(await r.text()));

export async function slackAckLatency(): Promise<Section> {
  const sink = await spawnTarget(['sink']);
  const sinkUrl = `http://127.0.0.1:${sink.port}`;
  const bare = await spawnTarget(['bare', sinkUrl]);
  const bot = await spawnBot(sinkUrl);
  // The same requests for both apps (Bolt rejects timestamps over 5 minutes old; a run takes about 2).
  const requests = signedRequests(sinkUrl, RATE * Math.max(WARMUP_S, ROUND_S));
  let expected = 0;
  /** One load on `which`; for the bot, then waits until every answer it owes has reached the sink. */
  const run = async (which: 'bare' | 'bot', seconds: number): Promise<Round> => {
    const app = which === 'bare' ? bare : bot;
    const round = await load(app.port, requests, seconds, app.child.pid);
    if (which === 'bot') {
      expected += round.samples.length;
      const deadline = performance.now() + 30_000;
      while ((await answered(sinkUrl)) < expected) {
        if (performance.now() > deadline) throw new Error('slack bench: the bot did not post every answer within 30 s');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    return round;
  };
  try {
    await run('bare', WARMUP_S);
    await run('bot', WARMUP_S);
    const runs = { bare: [] as Round[], bot: [] as Round[] };
    // Alternate (and swap who goes first), so drift in the machine's load hits both alike.
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 === 0 ? (['bare', 'bot'] as const) : (['bot', 'bare'] as const);
      for (const which of order) runs[which].push(await run(which, ROUND_S));
    }
    const measure = (name: string, rounds: Round[]): Measurement => {
      const pooled = summarize(name, rounds.flatMap((r) => r.samples), rounds.reduce((a, r) => a + r.elapsedMs, 0));
      // p99 is the median of the rounds' p99s: one round hit by another process's burst does not decide it.
      const roundP99 = rounds.map((r) => summarize(name, r.samples).p99Ms);
      if (process.env.SLACK_BENCH_VERBOSE) console.error(name, 'p99 per round:', roundP99.map((v) => v.toFixed(1)).join(' '));
      roundP99.sort((a, b) => a - b);
      const m = { ...pooled, p99Ms: roundP99[Math.floor(roundP99.length / 2)] as number };
      const errors = rounds.reduce((a, r) => a + r.errors, 0);
      const requests = rounds.reduce((a, r) => a + r.samples.length + r.errors, 0);
      const cpuUs = (rounds.reduce((a, r) => a + r.cpuMs, 0) * 1000) / requests;
      return {
        ...m,
        extra: {
          requests: String(requests),
          errors: String(errors),
          'server CPU per request': `${Math.round(cpuUs)} µs`,
          'pooled p99': `${pooled.p99Ms.toFixed(2)} ms`,
        },
      };
    };
    const baseline = measure(`bare Bolt app, no-op /k8s handler (baseline)`, runs.bare);
    const ours = measure('kube-concierge `/k8s help`, `npm start` (empty ack, answer to the response_url)', runs.bot);
    const ratio = ours.p99Ms / baseline.p99Ms;
    // Each round's p99 against the bare app's in the round beside it (same machine load), median.
    const paired = runs.bot.map((r, i) => summarize('', r.samples).p99Ms / summarize('', (runs.bare[i] as Round).samples).p99Ms).sort((a, b) => a - b);
    const pairedMedian = paired[Math.floor(paired.length / 2)] as number;
    return {
      title: `Slack: slash-command acknowledgement over loopback at ${RATE} requests/s (p99: median of ${ROUNDS} rounds)`,
      baseline,
      rows: [ours],
      verdicts: [
        `p99 ratio ${ratio.toFixed(2)}× the bare Bolt app (target ≤ 1.3×): ${ratio <= 1.3 ? 'met' : 'NOT met'}`,
        `round by round (each bot round against the bare round beside it): median p99 ratio ${pairedMedian.toFixed(2)}×, range ${(paired[0] as number).toFixed(2)}–${(paired.at(-1) as number).toFixed(2)}×`,
      ],
    };
  } finally {
    for (const p of [bot, bare, sink]) p.child.kill();
  }
}

export default [slackAckLatency];
