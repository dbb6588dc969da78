// A loopback stand-in for Discord's REST API (node:http on 127.0.0.1), for discord.js's REST
// client and the registration script. It records every request (JSON and multipart bodies
// decoded) and answers the routes the adapter uses with what Discord would send:
// - POST /interactions/{id}/{token}/callback -> 204 with NO content-type (discord.js would try
//   to parse an empty JSON body otherwise; PLATFORM-FACTS §2)
// - PATCH /webhooks/{app}/{token}/messages/@original, POST /webhooks/{app}/{token} (follow-ups),
//   POST /channels/{id}/messages -> 200 with a message object
// - POST /channels/{id}/typing -> 204
// - PUT /applications/{app}[/guilds/{guild}]/commands -> 200 with the commands given ids
// - GET /gateway/bot -> whatever `gateway` says (tests set a 401 for a bad token)
// - GET /files/{name} -> a file registered with `serveFile` (stands in for Discord's CDN)
// `failNext(status, body)` makes the next matching request fail, to test error paths.

import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedFile {
  field: string;
  name: string;
  contentType: string;
  text: string;
  size: number;
}

export interface RecordedRequest {
  method: string;
  /** Path after the API prefix and version, e.g. `/channels/1/messages`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** The JSON body (from `payload_json` for multipart requests), or null. */
  json: Record<string, unknown> | unknown[] | null;
  files: RecordedFile[];
}

export interface FakeDiscordOptions {
  applicationId?: string;
}

interface Failure {
  match: RegExp;
  status: number;
  body: unknown;
}

export class FakeDiscordApi {
  readonly requests: RecordedRequest[] = [];
  readonly applicationId: string;
  /** Answer to GET /gateway/bot. */
  gateway: { status: number; body: unknown } = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
  private server: Server;
  private failures: Failure[] = [];
  private files = new Map<string, string>();
  private waiters: { predicate: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  private nextId = 1n;

  constructor(options: FakeDiscordOptions = {}) {
    this.applicationId = options.applicationId ?? '900000000000000001';
    this.server = createServer((req, res) => void this.serve(req, res));
  }

  async start(): Promise<this> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return this;
  }

  get origin(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** What DISCORD_API_BASE / REST `api` should be (discord.js appends `/v10`). */
  get api(): string {
    return `${this.origin}/api`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close');
  }

  failNext(match: RegExp, status: number, body: unknown = { message: 'failure', code: 0 }): void {
    this.failures.push({ match, status, body });
  }

  /** Serves `text` at `${origin}/files/${name}` and returns that URL. */
  serveFile(name: string, text: string): string {
    this.files.set(name, text);
    return `${this.origin}/files/${encodeURIComponent(name)}`;
  }

  /** Requests matching `predicate` (method and path, by default). */
  find(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** Resolves with the first request (already seen or still to come) that matches. */
  waitFor(predicate: (r: RecordedRequest) => boolean): Promise<RecordedRequest> {
    const seen = this.requests.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ predicate, resolve }));
  }

  /** Resolves once `count` requests match. */
  async waitForCount(predicate: (r: RecordedRequest) => boolean, count: number): Promise<RecordedRequest[]> {
    while (this.requests.filter(predicate).length < count) {
      await new Promise<RecordedRequest>((resolve) => this.waiters.push({ predicate, resolve }));
    }
    return this.requests.filter(predicate);
  }

  private snowflake(): string {
    return String(1_300_000_000_000_000_000n + this.nextId++);
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', this.origin);

    if (req.method === 'GET' && url.pathname.startsWith('/files/')) {
      const text = this.files.get(decodeURIComponent(url.pathname.slice('/files/'.length)));
      if (text === undefined) return send(res, 404, { message: 'Not Found' });
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
      return;
    }

    const path = decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, '');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: req.headers,
      ...(await decodeBody(req.headers['content-type'], raw)),
    };
    this.requests.push(recorded);
    for (const waiter of [...this.waiters]) {
      if (waiter.predicate(recorded)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(recorded);
      }
    }

    const failure = this.failures.find((f) => f.match.test(`${recorded.method} ${path}`));
    if (failure) {
      this.failures.splice(this.failures.indexOf(failure), 1);
      return send(res, failure.status, failure.body);
    }
    this.answer(recorded, res);
  }

  private answer(r: RecordedRequest, res: ServerResponse): void {
    const body = (r.json ?? {}) as Record<string, unknown>;
    if (r.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(r.path)) {
      res.writeHead(204).end();
      return;
    }
    if (r.method === 'POST' && /^\/channels\/\d+\/typing$/.test(r.path)) {
      res.writeHead(204).end();
      return;
    }
    let m = /^\/channels\/(\d+)\/messages$/.exec(r.path);
    if (r.method === 'POST' && m) return send(res, 200, this.message(m[1] as string, body));
    m = /^\/webhooks\/(\d+)\/[^/]+(\/messages\/@original)?$/.exec(r.path);
    if ((r.method === 'POST' && m && !m[2]) || (r.method === 'PATCH' && m?.[2])) {
      return send(res, 200, this.message('100000000000000099', body));
    }
    if (r.method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(r.path)) {
      const list = Array.isArray(r.json) ? r.json : [];
      return send(res, 200, list.map((c) => ({ ...(c as object), id: this.snowflake(), application_id: this.applicationId, version: '1' })));
    }
    if (r.method === 'GET' && r.path === '/gateway/bot') return send(res, this.gateway.status, this.gateway.body);
    send(res, 404, { message: `404: Not Found (fake has no route for ${r.method} ${r.path})`, code: 0 });
  }

  private message(channelId: string, body: Record<string, unknown>): Record<string, unknown> {
    return {
      id: this.snowflake(),
      type: 0,
      channel_id: channelId,
      author: { id: this.applicationId, username: 'kube-concierge', discriminator: '0', bot: true, avatar: null, global_name: null },
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      flags: body.flags ?? 0,
      timestamp: new Date(0).toISOString(),
      edited_timestamp: null,
    };
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function decodeBody(contentType: string | undefined, raw: Buffer): Promise<Pick<RecordedRequest, 'json' | 'files'>> {
  if (raw.length === 0) return { json: null, files: [] };
  if (contentType?.startsWith('application/json')) return { json: JSON.parse(raw.toString('utf8')) as RecordedRequest['json'], files: [] };
  if (contentType?.startsWith('multipart/form-data')) {
    // undici's own multipart parser, through a Response.
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    let json: RecordedRequest['json'] = null;
    const files: RecordedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (field === 'payload_json' && typeof value === 'string') json = JSON.parse(value) as RecordedRequest['json'];
      else if (typeof value !== 'string') {
        const text = await value.text();
        files.push({ field, name: value.name, contentType: value.type, text, size: value.size });
      }
    }
    return { json, files };
  }
  return { json: { raw: raw.toString('utf8') }, files: [] };
}
