// Socket Mode: the real Bolt app opens a WebSocket (undici) to a loopback fake of Slack's
// Socket Mode endpoint, acknowledges envelopes over it, and answers through the fake Web API.
// Start-up failures stop with one clear line.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { startSlack } from '../../src/adapters/slack/index.js';
import { EnvSchema } from '../../src/config.js';
import { StartupError } from '../../src/lifecycle.js';
import { BOT_USER_ID, FakeSlack } from '../fakes/slack-api.js';
import { testRuntime } from '../helpers.js';
import { startTestSlack, type TestSlack } from './harness.js';

/** Slack's side of a Socket Mode connection: says hello, sends envelopes, collects acks. */
class FakeSocketMode {
  readonly server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  readonly acks: Record<string, unknown>[] = [];
  private socket: WebSocket | null = null;
  private connected!: () => void;
  readonly ready = new Promise<void>((resolve) => {
    this.connected = resolve;
  });
  private waiters: (() => boolean)[] = [];

  constructor() {
    this.server.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (data) => {
        this.acks.push(JSON.parse(String(data)) as Record<string, unknown>);
        this.waiters = this.waiters.filter((w) => !w());
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0APP' } }));
      this.connected();
    });
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link/?ticket=t`;
  }

  /** Sends one envelope and resolves with the app's ack for it. */
  send(type: string, payload: unknown): Promise<Record<string, unknown>> {
    const envelopeId = `env-${Math.random().toString(36).slice(2)}`;
    this.socket?.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api' }));
    return new Promise((resolve) => {
      const check = () => {
        const ack = this.acks.find((a) => a.envelope_id === envelopeId);
        if (ack) resolve(ack);
        return ack !== undefined;
      };
      if (!check()) this.waiters.push(check);
    });
  }

  close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('Socket Mode', () => {
  let t: TestSlack;
  const socket = new FakeSocketMode();

  beforeAll(async () => {
    t = await startTestSlack({
      beforeStart: (fake) => {
        fake.answer('apps.connections.open', { body: { ok: true, url: socket.url } });
        return { SLACK_APP_TOKEN: 'xapp-1-A0APP-fake' };
      },
    });
    await socket.ready;
  });
  afterAll(async () => {
    await t?.close();
    await socket.close();
  });

  it('connects with the app-level token', () => {
    expect(t.slack.mode).toBe('socket');
    const open = t.fake.of('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]?.headers.authorization).toBe('Bearer xapp-1-A0APP-fake');
  });

  it('acks a slash command over the socket at once, then answers on its response_url', async () => {
    const ack = await socket.send('slash_commands', {
      command: '/k8s',
      text: 'help help',
      user_id: 'U0ALICE',
      channel_id: 'C0PAYMENTS',
      team_id: 'T0001',
      api_app_id: 'A0APP',
      response_url: `${t.fake.url}/respond/socket-1`,
      trigger_id: '1.2.3',
    });
    expect(ack).toMatchObject({ envelope_id: expect.any(String) });
    expect(ack.payload ?? {}).toEqual({});
    const answer = await t.fake.waitFor((c) => c.path === '/respond/socket-1');
    expect(answer.params).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(answer.params)).toContain('help [command]');
  });

  it('answers a mention delivered over the socket in its thread', async () => {
    const ts = '1700000700.000001';
    await socket.send('events_api', {
      type: 'event_callback',
      team_id: 'T0001',
      api_app_id: 'A0APP',
      event_id: 'Ev1',
      event_time: 1,
      authorizations: [{ team_id: 'T0001', user_id: BOT_USER_ID, is_bot: true }],
      event: { type: 'app_mention', user: 'U0ALICE', text: `<@${BOT_USER_ID}> help`, ts, channel: 'C0PAYMENTS' },
    });
    const call = await t.fake.waitFor((c) => c.method === 'chat.postMessage' && c.params.thread_ts === ts);
    expect(call.headers.authorization).toBe('Bearer xoxb-fake-bot-token');
  });

  it('serves /healthz, /readyz and /metrics on PORT beside the socket', async () => {
    const health = await fetch(`http://127.0.0.1:${t.slack.port}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`http://127.0.0.1:${t.slack.port}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { slack: { status: 'ok', detail: 'Socket Mode connected', required: true } } });
    expect(await fetch(`http://127.0.0.1:${t.slack.port}/metrics`).then((r) => r.text())).toContain('kube_concierge_commands_total');
  });
});

describe('start-up failures', () => {
  const config = (fakeUrl: string, extra: Record<string, string> = {}) => ({
    env: EnvSchema.parse({ SLACK_BOT_TOKEN: 'xoxb-bad', SLACK_SIGNING_SECRET: 'secret-123456', SLACK_API_URL: `${fakeUrl}/api/`, ...extra }),
    policy: testRuntime().policy,
    policyFile: null,
  });

  it('stops with one clear line when Slack rejects the bot token', async () => {
    const fake = await new FakeSlack().start();
    try {
      fake.answer('auth.test', { body: { ok: false, error: 'invalid_auth' } });
      const started = startSlack(config(fake.url), testRuntime(), { port: 0, retryConfig: { retries: 0 } });
      await expect(started).rejects.toThrow(StartupError);
      await expect(started).rejects.toThrow(
        "Slack rejected SLACK_BOT_TOKEN (invalid_auth); copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page",
      );
    } finally {
      await fake.stop();
    }
  });

  it('stops with one clear line when Slack rejects the app-level token', async () => {
    const fake = await new FakeSlack().start();
    try {
      fake.answer('apps.connections.open', { body: { ok: false, error: 'invalid_auth' } });
      const started = startSlack(config(fake.url, { SLACK_APP_TOKEN: 'xapp-bad' }), testRuntime(), { port: 0, retryConfig: { retries: 0 } });
      await expect(started).rejects.toThrow(/^Slack rejected SLACK_APP_TOKEN \(invalid_auth\); create an app-level token with scope connections:write/);
    } finally {
      await fake.stop();
    }
  });

  it('stops when the Web API cannot be reached', async () => {
    const fake = await new FakeSlack().start();
    const url = fake.url;
    await fake.stop();
    const started = startSlack(config(url), testRuntime(), { port: 0, retryConfig: { retries: 0 } });
    await expect(started).rejects.toThrow(`Slack: auth.test at ${url}/api/ failed (request_error); check SLACK_API_URL and the network`);
  });

  it('stops when PORT is taken', async () => {
    const fake = await new FakeSlack().start();
    const taken = await startTestSlack();
    try {
      const started = startSlack(config(fake.url), testRuntime(), { port: taken.slack.port, retryConfig: { retries: 0 } });
      await expect(started).rejects.toThrow(`PORT ${taken.slack.port} is already in use; set PORT to a free port`);
    } finally {
      await taken.close();
      await fake.stop();
    }
  });
});
