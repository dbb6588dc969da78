// `--serve web|worker`: the Procfile's process types. A PaaS gives every process type the same
// environment, so each serves only its part: web = Slack's HTTP mode, worker = Socket Mode and
// Discord; a process that cannot serve its part stops with one line. Every chat mode serves
// /healthz, /readyz and /metrics on PORT (the worker without Slack on a server of its own).
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EnvSchema } from '../../src/config.js';
import { parseCli, planChat } from '../../src/main.js';
import { FakeDiscordApi } from '../fakes/discord-api.js';
import { FakeDiscordGateway } from '../fakes/discord-gateway.js';
import { FakeSlack, SIGNING_SECRET } from '../fakes/slack-api.js';
import { BOT_ID } from '../discord/harness.js';
import { freePort, logLines, startBot } from './process.js';

const DISCORD_TOKEN = 'discord-serve-token-0123456789abcdef';
const env = (vars: Record<string, string>) => EnvSchema.parse(vars);
const SLACK_HTTP = { SLACK_BOT_TOKEN: 'xoxb-1-serve', SLACK_SIGNING_SECRET: SIGNING_SECRET };
const SLACK_SOCKET = { SLACK_BOT_TOKEN: 'xoxb-1-serve', SLACK_APP_TOKEN: 'xapp-1-serve' };

describe('planChat', () => {
  it('without --serve, serves whatever has credentials', () => {
    expect(planChat(env({ ...SLACK_HTTP, DISCORD_TOKEN }), undefined)).toEqual({ slack: 'http', discord: true, leftToOthers: [] });
    expect(planChat(env(SLACK_SOCKET), undefined)).toEqual({ slack: 'socket', discord: false, leftToOthers: [] });
  });

  it('web serves Slack HTTP mode only, and leaves Discord to the worker', () => {
    expect(planChat(env({ ...SLACK_HTTP, DISCORD_TOKEN }), 'web')).toEqual({ slack: 'http', discord: false, leftToOthers: ['discord (--serve worker)'] });
    expect(() => planChat(env({ DISCORD_TOKEN }), 'web')).toThrow(
      '--serve web runs Slack in HTTP mode and needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (the app\'s Basic Information page)',
    );
    expect(() => planChat(env({ ...SLACK_SOCKET, SLACK_SIGNING_SECRET: SIGNING_SECRET }), 'web')).toThrow(
      '--serve web runs Slack in HTTP mode, but SLACK_APP_TOKEN is set, which selects Socket Mode; unset it, or run --serve worker instead',
    );
  });

  it('worker serves Socket Mode and Discord only, and leaves Slack HTTP mode to web', () => {
    expect(planChat(env({ ...SLACK_SOCKET, DISCORD_TOKEN }), 'worker')).toEqual({ slack: 'socket', discord: true, leftToOthers: [] });
    expect(planChat(env({ ...SLACK_HTTP, DISCORD_TOKEN }), 'worker')).toEqual({ slack: null, discord: true, leftToOthers: ['slack HTTP mode (--serve web)'] });
    expect(() => planChat(env(SLACK_HTTP), 'worker')).toThrow(
      '--serve worker runs Slack Socket Mode (SLACK_APP_TOKEN) and/or Discord (DISCORD_TOKEN), and neither is set',
    );
  });

  it('--serve takes web or worker, and no command words', () => {
    expect(parseCli(['--serve', 'web']).serve).toBe('web');
    expect(() => parseCli(['--serve', 'http'])).toThrow('--serve takes web or worker, not "http"');
    expect(() => parseCli(['--serve=worker', 'help'])).toThrow('--serve starts the chat adapters; it takes neither command words nor --json');
  });
});

describe('the Procfile', () => {
  it('runs web as --serve web and worker as --serve worker', () => {
    const lines = readFileSync(new URL('../../Procfile', import.meta.url), 'utf8').trimEnd().split('\n');
    expect(lines).toEqual(['web: node bin/kube-concierge.js --serve web', 'worker: node bin/kube-concierge.js --serve worker']);
  });
});

describe('kube-concierge --serve', () => {
  let slack: FakeSlack;
  let discordApi: FakeDiscordApi;
  let gateway: FakeDiscordGateway;
  beforeEach(async () => {
    slack = await new FakeSlack().start();
    discordApi = await new FakeDiscordApi({ applicationId: BOT_ID }).start();
    gateway = await new FakeDiscordGateway({ botUser: { id: BOT_ID, username: 'kube-concierge' } }).start();
    discordApi.gateway = gateway.gatewayBot();
  });
  afterEach(async () => {
    await Promise.all([slack.stop(), discordApi.close(), gateway.close()]);
  });

  it('web without Slack HTTP credentials stops at once with one line', async () => {
    const bot = startBot(['--serve', 'web'], { DISCORD_TOKEN, DISCORD_API_BASE: discordApi.api });
    expect(await bot.exited).toBe(2);
    expect(bot.stderr()).toBe(
      "kube-concierge: --serve web runs Slack in HTTP mode and needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (the app's Basic Information page)\n",
    );
    expect(discordApi.requests).toEqual([]);
  });

  it('worker with Discord serves /healthz, /readyz and /metrics on PORT, and leaves Slack HTTP mode alone', async () => {
    const port = await freePort();
    const bot = startBot(['--serve', 'worker'], {
      ...SLACK_HTTP,
      SLACK_API_URL: `${slack.url}/api/`,
      DISCORD_TOKEN,
      DISCORD_API_BASE: discordApi.api,
      PORT: String(port),
    });
    try {
      await bot.stderrHas('serving; SIGINT or SIGTERM stops');
      await bot.stderrHas('discord: connected to the gateway');
      const base = `http://127.0.0.1:${port}`;
      expect(await fetch(`${base}/healthz`).then((r) => r.json())).toEqual({ status: 'ok' });
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({
        status: 'ready',
        checks: { discord: { status: 'ok', required: true }, knowledge: { status: 'ok' }, cluster: { status: 'ok', detail: 'not configured' } },
      });
      expect(await fetch(`${base}/metrics`).then((r) => r.text())).toContain('# TYPE kube_concierge_commands_total counter');
      expect(slack.calls).toEqual([]);
    } finally {
      bot.child.kill('SIGTERM');
    }
    expect(await bot.exited).toBe(0);
    const serving = logLines(bot.stderr()).find((l) => l.msg === 'serving; SIGINT or SIGTERM stops');
    expect(serving).toMatchObject({ services: [`http :${port}`, 'discord'], leftToOthers: ['slack HTTP mode (--serve web)'] });
  });

  it('--check-config --serve reports what the process would serve, or the one line why not', async () => {
    const ok = startBot(['--check-config', '--serve', 'web'], { ...SLACK_HTTP, DISCORD_TOKEN });
    expect(await ok.exited).toBe(0);
    expect(ok.stdout()).toContain('chat (--serve web): slack (HTTP mode on port 3000)\nleft to the other process: discord (--serve worker)');
    const bad = startBot(['--check-config', '--serve', 'worker'], SLACK_HTTP);
    expect(await bad.exited).toBe(2);
    expect(bad.stderr()).toBe('kube-concierge: --serve worker runs Slack Socket Mode (SLACK_APP_TOKEN) and/or Discord (DISCORD_TOKEN), and neither is set\n');
  });
});
