// A loopback stand-in for Slack: the Web API (POST /api/<method>) and response_urls
// (POST /respond/<id>). It records every call, answers like Slack, can be told to fail, and lets
// a test wait for a call without sleeping. Also: signing helpers for requests *from* Slack.

import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  /** Web API method (`chat.postMessage`) or `respond`. */
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Form or JSON parameters; JSON-valued form fields (blocks) are parsed. */
  params: Record<string, unknown>;
}

export interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

/** Checks its condition; true once satisfied (and then removed). */
type Waiter = () => boolean;

export const BOT_USER_ID = 'UBOT0001';
export const BOT_ID = 'BBOT0001';

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  private readonly server: Server;
  private readonly overrides = new Map<string, FakeAnswer[]>();
  private waiters: Waiter[] = [];
  private nextTs = 1;
  url = '';

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const method = path.startsWith('/api/') ? path.slice(5) : path.startsWith('/respond/') ? 'respond' : path;
        const call: RecordedCall = { method, path, headers: req.headers, params: parseBody(raw, req.headers['content-type']) };
        const answer = this.overrides.get(method)?.shift() ?? this.defaultAnswer(call);
        // Record before answering, so a test that awaited the response sees the call.
        this.record(call);
        res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
        res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** The next calls of `method` get these answers, in order, then the defaults again. */
  answer(method: string, ...answers: FakeAnswer[]): void {
    this.overrides.set(method, [...(this.overrides.get(method) ?? []), ...answers]);
  }

  /** Calls made so far of one method. */
  of(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /**
   * Resolves once `probe` returns something (checked now and after every call); rejects after `ms`,
   * a deadline for a failure report (generous: CI machines run many processes), not a timing check.
   */
  waitUntil<T>(probe: () => T | undefined, what: string, ms = 15_000): Promise<T> {
    const now = probe();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const waiter = () => {
        const found = probe();
        if (found === undefined) return false;
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`fake Slack: no ${what} within ${ms} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`));
      }, ms);
      this.waiters.push(waiter);
    });
  }

  /** The first call, past or future, that matches. */
  waitFor(match: (call: RecordedCall) => boolean, what = 'matching call'): Promise<RecordedCall> {
    return this.waitUntil(() => this.calls.find(match), what);
  }

  /** The `n`-th call (1-based) of `method`. */
  waitForCall(method: string, n = 1): Promise<RecordedCall> {
    return this.waitUntil(() => this.of(method)[n - 1], `call ${n} of ${method}`);
  }

  private record(call: RecordedCall): void {
    this.calls.push(call);
    this.waiters = this.waiters.filter((waiter) => !waiter());
  }

  private defaultAnswer(call: RecordedCall): FakeAnswer {
    const ts = () => `1700000000.${String(this.nextTs++).padStart(6, '0')}`;
    switch (call.method) {
      case 'respond':
        return { body: 'ok' };
      case 'auth.test':
        return { body: { ok: true, user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: 'T0001', user: 'kube-concierge' } };
      case 'chat.postMessage':
        {
        const posted = ts();
        return { body: { ok: true, channel: call.params.channel, ts: posted, message: { ts: posted } } };
      }
      case 'chat.postEphemeral':
        return { body: { ok: true, message_ts: ts() } };
      case 'chat.update':
        return { body: { ok: true, channel: call.params.channel, ts: call.params.ts } };
      case 'chat.delete':
        return { body: { ok: true, channel: call.params.channel, ts: call.params.ts } };
      default:
        return { body: { ok: false, error: 'unknown_method' } };
    }
  }
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return { raw };
    }
  }
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return params;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// ---- requests from Slack ---------------------------------------------------------------------

export const SIGNING_SECRET = 'test-signing-secret-0123456789';

/** `v0=` + HMAC-SHA256 of `v0:<timestamp>:<body>` (api.slack.com/authentication/verifying-requests-from-slack). */
export function signature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return 'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
}

export interface SendOptions {
  /** Unix seconds; default now. */
  timestamp?: number;
  /** Replaces the computed signature; null sends no signature headers at all. */
  signature?: string | null;
  secret?: string;
  /** More headers, e.g. Slack's `x-slack-retry-num` and `x-slack-retry-reason` on a redelivery. */
  headers?: Record<string, string>;
}

/** POSTs a signed body to `url` as Slack would and returns the HTTP status and body. */
export async function sendToApp(
  url: string,
  body: string,
  contentType: 'application/x-www-form-urlencoded' | 'application/json',
  options: SendOptions = {},
): Promise<{ status: number; body: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': contentType, ...options.headers };
  if (options.signature !== null) {
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] = options.signature ?? signature(body, timestamp, options.secret);
  }
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, body: await response.text() };
}

/** The form body of a slash command. */
export function slashCommandBody(text: string, fake: FakeSlack, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0001',
    team_domain: 'example',
    channel_id: 'C0PAYMENTS',
    channel_name: 'payments',
    user_id: 'U0ALICE',
    user_name: 'alice',
    command: '/k8s',
    text,
    api_app_id: 'A0APP',
    response_url: `${fake.url}/respond/cmd-${Math.random().toString(36).slice(2)}`,
    trigger_id: '1.2.abc',
    ...extra,
  }).toString();
}

/** The JSON body of an Events API callback. */
export function eventBody(event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: 'T0001',
    api_app_id: 'A0APP',
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2)}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T0001', user_id: BOT_USER_ID, is_bot: true }],
    event,
  });
}

/** The form body (`payload=<json>`) of a button press. */
export function buttonBody(
  fake: FakeSlack,
  button: { action_id: string; value: string; text?: string },
  where: { channel?: string; ephemeral?: boolean; messageTs?: string; threadTs?: string; user?: string } = {},
): string {
  const channel = where.channel ?? 'C0PAYMENTS';
  const messageTs = where.messageTs ?? '1700000000.000100';
  const payload: Record<string, unknown> = {
    type: 'block_actions',
    team: { id: 'T0001', domain: 'example' },
    user: { id: where.user ?? 'U0ALICE', username: 'alice', team_id: 'T0001' },
    api_app_id: 'A0APP',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: messageTs,
      channel_id: channel,
      is_ephemeral: where.ephemeral ?? false,
      ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
    },
    trigger_id: '1.2.abc',
    channel: { id: channel, name: 'payments' },
    response_url: `${fake.url}/respond/act-${Math.random().toString(36).slice(2)}`,
    actions: [
      {
        type: 'button',
        action_id: button.action_id,
        block_id: 'b1',
        text: { type: 'plain_text', text: button.text ?? button.value.slice(0, 75), emoji: true },
        value: button.value,
        action_ts: '1700000001.000200',
      },
    ],
  };
  if (!where.ephemeral) {
    payload.message = { type: 'message', ts: messageTs, bot_id: BOT_ID, text: 'earlier answer', ...(where.threadTs ? { thread_ts: where.threadTs } : {}) };
  }
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
