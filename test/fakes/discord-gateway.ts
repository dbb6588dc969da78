// A loopback stand-in for Discord's gateway (WebSocket, JSON encoding, no compression), enough
// for discord.js to log in, receive dispatches, lose the connection and resume:
// HELLO on connect; IDENTIFY -> READY; RESUME -> RESUMED; HEARTBEAT -> HEARTBEAT_ACK.
// https://discord.com/developers/docs/events/gateway#connection-lifecycle
// Pair it with FakeDiscordApi: `api.gateway = gateway.gatewayBot()` answers GET /gateway/bot.

import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface GatewayFrame {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

export interface FakeGatewayOptions {
  botUser: { id: string; username: string };
}

export class FakeDiscordGateway {
  /** Every frame the client sent, in order. */
  readonly received: GatewayFrame[] = [];
  private server: WebSocketServer;
  private socket: WebSocket | null = null;
  private sequence = 0;
  private waiters: { predicate: (f: GatewayFrame) => boolean; resolve: (f: GatewayFrame) => void }[] = [];

  constructor(private options: FakeGatewayOptions) {
    this.server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.server.on('connection', (socket) => this.accept(socket));
  }

  async start(): Promise<this> {
    await once(this.server, 'listening');
    return this;
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** What GET /gateway/bot answers. */
  gatewayBot(): { status: number; body: unknown } {
    return {
      status: 200,
      body: { url: this.url, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } },
    };
  }

  /** Resolves with the first frame from the client (seen or still to come) that matches. */
  waitFor(predicate: (f: GatewayFrame) => boolean): Promise<GatewayFrame> {
    const seen = this.received.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ predicate, resolve }));
  }

  /** Sends an event (op 0) to the connected client. */
  dispatch(t: string, d: unknown): void {
    this.send({ op: 0, t, s: ++this.sequence, d });
  }

  /** Closes the connection as a network fault would (4000 Unknown error: the client resumes). */
  drop(code = 4000): void {
    this.socket?.close(code, 'fake gateway dropped the connection');
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private send(frame: GatewayFrame): void {
    this.socket?.send(JSON.stringify(frame));
  }

  private accept(socket: WebSocket): void {
    this.socket = socket;
    socket.on('message', (data) => this.onFrame(JSON.parse(String(data)) as GatewayFrame));
    this.send({ op: 10, d: { heartbeat_interval: 45_000 } });
  }

  private onFrame(frame: GatewayFrame): void {
    this.received.push(frame);
    if (frame.op === 1) this.send({ op: 11, d: null });
    if (frame.op === 2) {
      this.dispatch('READY', {
        v: 10,
        user: { ...this.options.botUser, discriminator: '0', bot: true, avatar: null, global_name: null },
        guilds: [],
        session_id: 'fake-session',
        resume_gateway_url: this.url,
        application: { id: this.options.botUser.id, flags: 0 },
      });
    }
    if (frame.op === 6) this.dispatch('RESUMED', {});
    for (const waiter of [...this.waiters]) {
      if (waiter.predicate(frame)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(frame);
      }
    }
  }
}
