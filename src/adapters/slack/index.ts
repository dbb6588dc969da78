// The Slack adapter: Bolt wiring. Entry points are the slash command, @mentions, direct messages
// and buttons; every one acknowledges at once, then (after-acks.ts) runs the text through the core
// and delivers the rendered reply (delivery.ts). People joining an onboarding channel get the core's welcome.
// Socket Mode when SLACK_APP_TOKEN is set; otherwise HTTP mode on PORT, where POST /slack/events
// (signature-checked by Bolt), GET /healthz, GET /readyz and GET /metrics share one server.
// Stopping closes the endpoint or socket first, then waits for the answers in flight (InFlight).

import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import {
  App,
  SocketModeReceiver,
  webApi,
  type BlockButtonAction,
  type RespondFn,
  type SlackActionMiddlewareArgs,
  type SlackCommandMiddlewareArgs,
  type CustomRoute,
} from '@slack/bolt';
import type { Config } from '../../config.js';
import { contextFor, type Request, type Runtime } from '../../core/context.js';
import { handle } from '../../core/handle.js';
import { registry as defaultRegistry, type Registry } from '../../core/registry.js';
import type { Reply } from '../../core/reply.js';
import { welcome } from '../../core/welcome.js';
import { Readiness, type CheckResult } from '../../http/health.js';
import { createMetrics, type Metrics } from '../../http/metrics.js';
import { nodeHandler } from '../../http/response.js';
import { serviceRoutes } from '../../http/routes.js';
import { listenError, listenRoutes, type HttpServer } from '../../http/server.js';
import { DRAIN_MS, InFlight, StartupError, type RunningService } from '../../lifecycle.js';
import { afterAcks } from './after-acks.js';
import { boltLogger } from './bolt-logger.js';
import {
  ConversationDelivery,
  failureCode,
  failureText,
  LOOKING_AFTER_MS,
  ResponseUrlDelivery,
  type Delivery,
} from './delivery.js';
import { fromSlackText, isDirectMessageChannel, isUserId } from './inbound.js';
import { createNodeFetch } from './node-fetch.js';
import { decodeCommand, escapeSlack, RUN_ACTION, SHARE_ACTION } from './render.js';

export interface SlackOptions {
  /** Served at /metrics; main passes the one that `runtime.observe` feeds. */
  metrics?: Metrics;
  /** Served at /readyz; the adapter adds its own check (`slack`) to it. */
  readiness?: Readiness;
  /** Overrides PORT (tests pass 0 for any free port). */
  port?: number;
  /** The commands; tests add their own. */
  registry?: Registry;
  /** How long the core may take before a "Looking…" message shows. */
  lookingAfterMs?: number;
  /** Web API retries; tests pass `{ retries: 0 }`. */
  retryConfig?: webApi.RetryOptions;
}

export interface RunningSlack extends RunningService {
  mode: 'socket' | 'http';
  /** The port serving /slack/events (HTTP mode) or /healthz and /metrics (Socket Mode). */
  port: number;
}

/**
 * Web API retries: rate-limited calls wait as long as Slack's Retry-After asks (WebClient does
 * that) and other failures back off briefly; a chat answer is useless after half a minute, so
 * not Bolt's default of ten retries over thirty minutes.
 */
export const DEFAULT_RETRY: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000, randomize: true };
/** Per-call Web API timeout. */
const API_TIMEOUT_MS = 10_000;

/** Slack's own words for a token it does not accept. */
const REJECTED_TOKEN = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);

interface Identity {
  botId: string;
  botUserId: string;
}

/** auth.test, once, before Bolt starts: a rejected token or unreachable API stops start-up with one line. */
async function identify(token: string, clientOptions: webApi.WebClientOptions, apiUrl: string): Promise<Identity> {
  try {
    const result = await new webApi.WebClient(token, clientOptions).auth.test();
    if (typeof result.user_id !== 'string' || typeof result.bot_id !== 'string') {
      throw new StartupError('Slack: SLACK_BOT_TOKEN is not a bot token; use the Bot User OAuth Token (xoxb-…) from OAuth & Permissions');
    }
    return { botId: result.bot_id, botUserId: result.user_id };
  } catch (error) {
    if (error instanceof StartupError) throw error;
    const code = failureCode(error);
    if (REJECTED_TOKEN.has(code)) {
      throw new StartupError(
        `Slack rejected SLACK_BOT_TOKEN (${code}); copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page`,
      );
    }
    throw new StartupError(`Slack: auth.test at ${apiUrl} failed (${code}); check SLACK_API_URL and the network`);
  }
}

/** Starts the Slack adapter; resolves once it is serving. */
export async function startSlack(config: Config, runtime: Runtime, options: SlackOptions = {}): Promise<RunningSlack> {
  const env = config.env;
  const token = env.SLACK_BOT_TOKEN;
  if (token === undefined) throw new StartupError('Slack: SLACK_BOT_TOKEN is not set');
  const mode = env.SLACK_APP_TOKEN !== undefined ? 'socket' : 'http';
  const log = runtime.log.child({ adapter: 'slack' });
  const logger = boltLogger(log);
  const metrics = options.metrics ?? createMetrics();
  const registry = options.registry ?? defaultRegistry;
  const lookingAfterMs = options.lookingAfterMs ?? LOOKING_AFTER_MS;
  const apiUrl = env.SLACK_API_URL === undefined ? 'https://slack.com/api/' : env.SLACK_API_URL.replace(/\/?$/, '/');
  const nodeFetch = createNodeFetch();
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: apiUrl,
    retryConfig: options.retryConfig ?? DEFAULT_RETRY,
    timeout: API_TIMEOUT_MS,
    logger,
    // respond() and every Web API call go through it.
    fetch: nodeFetch,
  };

  const identity = await identify(token, clientOptions, apiUrl).catch(async (error: unknown) => {
    await nodeFetch.close();
    throw error;
  });
  const readiness = options.readiness ?? new Readiness();
  const routes = serviceRoutes(metrics, readiness);
  const customRoutes: CustomRoute[] = routes.map((route) => ({ path: route.path, method: [route.method], handler: nodeHandler(route) }));

  // Built here rather than by Bolt so that its connection state reaches /readyz and /metrics.
  const socket =
    mode === 'socket' ? new SocketModeReceiver({ appToken: env.SLACK_APP_TOKEN as string, logger, installerOptions: { clientOptions } }) : undefined;
  let connection: CheckResult = { status: 'down', detail: 'connecting' };
  socket?.client.on('connected', () => {
    connection = { status: 'ok', detail: 'Socket Mode connected' };
  });
  socket?.client.on('disconnected', () => {
    connection = { status: 'down', detail: 'Socket Mode disconnected' };
  });
  socket?.client.on('reconnecting', () => {
    connection = { status: 'down', detail: 'Socket Mode reconnecting' };
    metrics.reconnected('slack');
    log.warn('slack: Socket Mode connection lost, reconnecting');
  });
  readiness.add({
    name: 'slack',
    required: true,
    check: () => (mode === 'http' ? { status: 'ok', detail: 'HTTP mode, POST /slack/events' } : connection),
  });

  const app = new App({
    token,
    // Known from auth.test above, so Bolt does not call it again (from its constructor, where a
    // failure would be an unhandled rejection).
    botId: identity.botId,
    botUserId: identity.botUserId,
    logger,
    clientOptions,
    // Nothing is remembered between requests: every button carries its command.
    convoStore: false,
    ...(mode === 'socket'
      ? { socketMode: true, receiver: socket }
      : { signingSecret: env.SLACK_SIGNING_SECRET as string, customRoutes, processBeforeResponse: false }),
  });

  const inFlight = new InFlight();
  const track = (work: Promise<void>) => inFlight.track(work);
  // Every answer starts after the acknowledgements due (after-acks.ts).
  const later = afterAcks();

  const ask = (text: string, request: Request): Promise<Reply> => handle(text, contextFor(runtime, request), registry);

  /** Waits for the core's answer, showing "Looking…" if it is slow, and delivers it. */
  async function answer(pending: Promise<Reply>, delivery: Delivery, deliver?: (reply: Reply) => Promise<void>): Promise<void> {
    let code: string | null = null;
    try {
      const shown: { looking?: Promise<void> } = {};
      const timer = setTimeout(() => {
        shown.looking = delivery.looking().catch((error: unknown) => {
          log.warn({ code: failureCode(error) }, 'could not show the looking message');
        });
      }, lookingAfterMs);
      const reply = await pending;
      clearTimeout(timer);
      await shown.looking;
      await (deliver ?? ((r: Reply) => delivery.deliver(r)))(reply);
    } catch (error) {
      code = failureCode(error);
      metrics.deliveryFailed('slack', code);
      log.warn({ code, err: code === 'internal_error' ? error : undefined }, 'slack reply not delivered');
    }
    if (code === null) return;
    try {
      await delivery.fail(failureText(code));
    } catch (error) {
      log.warn({ code: failureCode(error) }, 'could not tell the user about a failed reply');
    }
  }

  // /k8s <text>: acknowledged empty at once (Bolt has checked the signature by then); the answer,
  // ephemeral by default with a "Share in channel" button, follows on the response_url.
  app.command(/^\/.+/, async ({ command, ack, respond, client }: SlackCommandMiddlewareArgs & { client: webApi.WebClient }) => {
    await ack();
    const text = fromSlackText(command.text ?? '') || 'help';
    const delivery = new ResponseUrlDelivery(respond, { replaceOriginal: false, share: text, user: command.user_id, client });
    await track(later(() => answer(ask(text, { platform: 'slack', user: command.user_id, channel: command.channel_id }), delivery)));
  });

  // @kube-concierge <text> in a channel: answered in the thread.
  app.event('app_mention', async ({ event, client, context }) => {
    if (context.retryReason === 'http_timeout' || event.bot_id !== undefined || event.subtype !== undefined || !event.user) return;
    const { user, channel } = event;
    const text = fromSlackText(event.text, identity.botUserId) || 'help';
    const delivery = new ConversationDelivery({ client, channel, threadTs: event.thread_ts ?? event.ts, user });
    await track(later(() => answer(ask(text, { platform: 'slack', user, channel }), delivery)));
  });

  // Direct messages: new messages from people only (no edits, joins or bots).
  app.message(async ({ message, client, context }) => {
    if (context.retryReason === 'http_timeout') return;
    if (message.channel_type !== 'im' || message.subtype !== undefined || message.bot_id !== undefined) return;
    if (!message.user || message.user === identity.botUserId) return;
    const { user, channel } = message;
    const text = fromSlackText(message.text ?? '', identity.botUserId) || 'help';
    const delivery = new ConversationDelivery({ client, channel, threadTs: message.thread_ts, user });
    await track(later(() => answer(ask(text, { platform: 'slack', user, channel }), delivery)));
  });

  // Someone joined a channel the policy marks for onboarding: the core's welcome, shown to them
  // alone (chat.postEphemeral), with the course's first step as a button. Slack sends this event
  // once per join, so nothing is remembered about who was greeted.
  app.event('member_joined_channel', async ({ event, client, context }) => {
    if (context.retryReason === 'http_timeout' || event.user === identity.botUserId || !isUserId(event.user)) return;
    if (!contextFor(runtime, { platform: 'slack', user: event.user, channel: event.channel }).onboarding) return;
    log.info({ channel: event.channel }, 'slack: welcoming a newcomer');
    const delivery = new ConversationDelivery({ client, channel: event.channel, threadTs: undefined, user: event.user, byline: `:wave: <@${event.user}>` });
    await track(later(() => answer(Promise.resolve(welcome(runtime.knowledge)), delivery)));
  });

  // A button: run its command; update an ephemeral message in place, follow up a public one in its thread.
  app.action<BlockButtonAction>(
    { type: 'block_actions', action_id: RUN_ACTION },
    async ({ ack, body, action, respond, client }: SlackActionMiddlewareArgs<BlockButtonAction> & { client: webApi.WebClient }) => {
      await ack();
      const { user, channel, command } = pressed(body, action);
      if (channel === undefined) return;
      const request: Request = { platform: 'slack', user, channel };
      const ephemeral = body.container.is_ephemeral === true || body.message === undefined;
      let delivery: Delivery;
      if (ephemeral) {
        delivery = new ResponseUrlDelivery(respond, { replaceOriginal: true, share: command ?? undefined, user, client });
      } else {
        const message = body.message as { ts: string; thread_ts?: string };
        delivery = new ConversationDelivery({
          client,
          channel,
          threadTs: message.thread_ts ?? (isDirectMessageChannel(channel) ? undefined : message.ts),
          user,
          ...(isUserId(user) ? { byline: `<@${user}> chose *${escapeSlack(action.text.text)}*` } : {}),
        });
      }
      if (command === null) {
        await track(delivery.fail(':warning: That button could not be read; type the command instead.').catch(() => {}));
        return;
      }
      await track(later(() => answer(ask(command, request), delivery)));
    },
  );

  // "Share in channel": run the command again and post the answer publicly.
  app.action<BlockButtonAction>(
    { type: 'block_actions', action_id: SHARE_ACTION },
    async ({ ack, body, action, respond, client }: SlackActionMiddlewareArgs<BlockButtonAction> & { client: webApi.WebClient }) => {
      await ack();
      const { user, channel, command } = pressed(body, action);
      if (channel === undefined || command === null) return;
      const delivery = new ResponseUrlDelivery(respond as RespondFn, { replaceOriginal: true, user, client });
      const byline = `${isUserId(user) ? `<@${user}> shared` : 'Shared'}: \`${escapeSlack(command.replace(/\s+/g, ' ').slice(0, 200))}\``;
      await track(
        later(() => answer(ask(command, { platform: 'slack', user, channel }), delivery, (reply) => delivery.deliverPublicly(reply, byline))),
      );
    },
  );

  app.error(async (error) => {
    log.warn({ code: failureCode(error) }, 'slack listener error');
  });

  const port = options.port ?? env.PORT;
  let httpServer: HttpServer | null = null;
  let eventServer: Server | null = null;
  let boundPort: number;
  try {
    if (mode === 'http') {
      eventServer = (await app.start(port)) as Server;
      boundPort = (eventServer.address() as AddressInfo).port;
    } else {
      httpServer = await listenRoutes(port, routes);
      boundPort = httpServer.port;
      await app.start();
    }
  } catch (error) {
    await httpServer?.close();
    await nodeFetch.close();
    throw startFailure(error, port);
  }
  log.info({ mode, port: boundPort }, mode === 'http' ? 'slack: HTTP mode, POST /slack/events' : 'slack: Socket Mode connected');

  return {
    name: mode === 'socket' ? 'slack (socket mode)' : `slack (http :${boundPort})`,
    mode,
    port: boundPort,
    async stop() {
      // No new events: the listener (HTTP mode) or the socket closes now. Bolt's stop resolves
      // once every HTTP connection has ended, which waits for acknowledgements still due.
      const closing = app.stop().catch(() => {});
      // Answers already acknowledged still go out, within reason.
      const abandoned = await inFlight.drain(DRAIN_MS);
      if (abandoned > 0) log.warn({ abandoned }, 'slack: stopped before every answer was delivered');
      eventServer?.closeAllConnections();
      await closing;
      await httpServer?.close();
      await nodeFetch.close();
    },
  };
}

/** Who pressed a button, where, and the command it carries (null when it does not decode). */
function pressed(body: BlockButtonAction, action: BlockButtonAction['actions'][number]) {
  const channel: unknown = body.channel?.id ?? body.container.channel_id;
  return {
    user: body.user.id,
    channel: typeof channel === 'string' ? channel : undefined,
    command: decodeCommand(action.action_id, action.value ?? ''),
  };
}

function startFailure(error: unknown, port: number): StartupError {
  const portProblem = listenError(error, port);
  if (portProblem !== null) return portProblem;
  const code = failureCode(error);
  if (REJECTED_TOKEN.has(code)) {
    return new StartupError(`Slack rejected SLACK_APP_TOKEN (${code}); create an app-level token with scope connections:write (Basic Information page)`);
  }
  return new StartupError(`Slack: could not start (${code === 'internal_error' ? String((error as Error)?.message ?? error) : code})`);
}
