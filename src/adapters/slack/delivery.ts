// Where an answer goes and how. Two kinds of destination:
// - a response_url (slash commands, buttons on ephemeral messages, "Share in channel"): works
//   in any channel without membership, ephemeral or in_channel, at most 5 posts per URL;
// - a conversation (mentions, DMs, buttons on public messages): chat.postMessage in the thread,
//   chat.update for the "Looking…" message, chat.postEphemeral for private replies.
// Both show "Looking…" when the core is slow and replace it with the answer.

import type { RespondArguments, RespondFn, webApi } from '@slack/bolt';
import type { Reply } from '../../core/reply.js';
import { isDirectMessageChannel } from './inbound.js';
import { RESPONSE_URL_MAX_USES } from './limits.js';
import { renderSlack, statusMessage, type RenderOptions, type SlackMessage } from './render.js';

export const LOOKING_TEXT = ':hourglass_flowing_sand: Looking…';
/**
 * How long the core may take before "Looking…" shows. Acknowledgements never wait for it (Slack
 * allows 3 s for them); this only spares people a silent pause on slow (cluster) commands.
 */
export const LOOKING_AFTER_MS = 1000;

export interface Delivery {
  /** Shows a short status message that the answer will replace. */
  looking(): Promise<void>;
  deliver(reply: Reply): Promise<void>;
  /** Tells the user, briefly, that the answer could not be delivered. */
  fail(text: string): Promise<void>;
}

/** A reply worth sharing: it answered, and it is not marked private. */
export function shareable(reply: Reply): boolean {
  return reply.outcome === 'ok' && reply.visibility !== 'private';
}

const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

// ---- response_url ---------------------------------------------------------------------------

export interface ResponseUrlOptions {
  /** The first post replaces the message the URL belongs to (a button on an ephemeral message). */
  replaceOriginal: boolean;
  /** The command a "Share in channel" button re-runs; none when undefined. */
  share?: string;
  /** Who asked: parts beyond the URL's 5 uses go to their direct messages with the bot. */
  user: string;
  client: webApi.WebClient;
}

export class ResponseUrlDelivery implements Delivery {
  private uses = 0;
  private replaceNext: boolean;

  constructor(
    private readonly respond: RespondFn,
    private readonly options: ResponseUrlOptions,
  ) {
    this.replaceNext = options.replaceOriginal;
  }

  private async post(message: RespondArguments): Promise<void> {
    this.uses++;
    await this.respond(message);
  }

  async looking(): Promise<void> {
    await this.post({ response_type: 'ephemeral', replace_original: this.replaceNext, ...statusMessage(LOOKING_TEXT) });
    this.replaceNext = true;
  }

  async deliver(reply: Reply): Promise<void> {
    const share = this.options.share !== undefined && shareable(reply) ? this.options.share : undefined;
    await this.send(renderSlack(reply, share === undefined ? {} : { share }), 'ephemeral');
  }

  /** Posts `messages` publicly (Share in channel), then removes the ephemeral original. */
  async deliverPublicly(reply: Reply, byline: string): Promise<void> {
    if (!shareable(reply)) {
      // Re-running gave something not fit for the channel (say, the input is now invalid).
      this.replaceNext = true;
      return this.deliver(reply);
    }
    // An ephemeral message cannot become a public one: post anew, then delete the original.
    this.replaceNext = false;
    await this.send(renderSlack(reply, { byline }), 'in_channel', 1);
    await this.post({ delete_original: true });
  }

  async fail(text: string): Promise<void> {
    await this.post({ response_type: 'ephemeral', replace_original: this.replaceNext, ...statusMessage(text) });
  }

  /** Sends every message, keeping `reserve` uses of the URL; the overflow goes to a DM. */
  private async send(messages: SlackMessage[], type: 'ephemeral' | 'in_channel', reserve = 0): Promise<void> {
    const room = RESPONSE_URL_MAX_USES - this.uses - reserve;
    const direct = messages.length <= room ? messages : messages.slice(0, Math.max(0, room - 1));
    for (const message of direct) {
      await this.post({ response_type: type, replace_original: this.replaceNext, ...message });
      this.replaceNext = false;
    }
    if (direct.length === messages.length) return;
    const rest = messages.slice(direct.length);
    await this.post({
      response_type: 'ephemeral',
      replace_original: this.replaceNext,
      ...statusMessage(
        `This answer has ${messages.length} parts and a slash-command reply can carry ${direct.length + 1}: ` +
          `parts ${direct.length + 1}–${messages.length} are in your direct messages with me.`,
      ),
    });
    for (const message of rest) {
      await this.options.client.chat.postMessage({ channel: this.options.user, ...message, ...NO_UNFURL });
    }
  }
}

// ---- a conversation -------------------------------------------------------------------------

export interface ConversationOptions {
  client: webApi.WebClient;
  channel: string;
  /** The thread to answer in; undefined answers at the top level (a DM). */
  threadTs: string | undefined;
  /** Who asked: private replies are shown to them alone. */
  user: string;
  /** A context line on the answer (who pressed which button), Slack mrkdwn. */
  byline?: string;
}

export class ConversationDelivery implements Delivery {
  private lookingTs: string | undefined;

  constructor(private readonly options: ConversationOptions) {}

  private get where() {
    const { channel, threadTs } = this.options;
    return threadTs === undefined ? { channel } : { channel, thread_ts: threadTs };
  }

  async looking(): Promise<void> {
    const posted = await this.options.client.chat.postMessage({ ...this.where, ...statusMessage(LOOKING_TEXT), ...NO_UNFURL });
    this.lookingTs = posted.ts;
  }

  async deliver(reply: Reply): Promise<void> {
    const { client, channel, user, byline } = this.options;
    const render: RenderOptions = byline === undefined ? {} : { byline };
    const messages = renderSlack(reply, render);
    // A private reply (a typo, a refused namespace) in a shared conversation goes to the asker alone.
    if (reply.visibility === 'private' && !isDirectMessageChannel(channel)) {
      await this.dropLooking();
      for (const message of messages) await client.chat.postEphemeral({ ...this.where, user, ...message });
      return;
    }
    let rest = messages;
    if (this.lookingTs !== undefined && messages[0] !== undefined) {
      await client.chat.update({ channel, ts: this.lookingTs, ...messages[0] });
      this.lookingTs = undefined;
      rest = messages.slice(1);
    }
    for (const message of rest) await client.chat.postMessage({ ...this.where, ...message, ...NO_UNFURL });
  }

  async fail(text: string): Promise<void> {
    const { client, channel, user } = this.options;
    if (this.lookingTs !== undefined) {
      await client.chat.update({ channel, ts: this.lookingTs, ...statusMessage(text) });
      this.lookingTs = undefined;
      return;
    }
    await client.chat.postEphemeral({ ...this.where, user, ...statusMessage(text) });
  }

  private async dropLooking(): Promise<void> {
    if (this.lookingTs === undefined) return;
    await this.options.client.chat.delete({ channel: this.options.channel, ts: this.lookingTs });
    this.lookingTs = undefined;
  }
}

// ---- what went wrong, for people and for metrics --------------------------------------------

interface SlackErrorShape {
  code?: unknown;
  data?: { error?: unknown };
  statusCode?: unknown;
}

/** A short, stable code for a delivery failure: Slack's error name, or the kind of failure. */
export function failureCode(error: unknown): string {
  const e = (error ?? {}) as SlackErrorShape;
  switch (e.code) {
    case 'slack_webapi_platform_error':
      return typeof e.data?.error === 'string' ? e.data.error : 'platform_error';
    case 'slack_webapi_rate_limited_error':
      return 'ratelimited';
    case 'slack_webapi_request_error':
      return 'request_error';
    case 'slack_webapi_http_error':
      return `http_${String(e.statusCode)}`;
    case 'slack_bolt_respond_error':
      return `response_url_${String(e.statusCode)}`;
    default:
      return 'internal_error';
  }
}

/** One sentence for the user about a failed delivery; never the raw error. */
export function failureText(code: string): string {
  if (code === 'not_in_channel' || code === 'channel_not_found') {
    return ":warning: I can't post in this conversation because I'm not in it. Invite me (`/invite @kube-concierge`) or use `/k8s` here.";
  }
  if (code === 'ratelimited' || code === 'http_429') return ':warning: Slack is rate-limiting me right now; please try again in a minute.';
  if (code.startsWith('response_url_')) return ':warning: Slack no longer accepts replies to that command; please run it again.';
  if (code === 'request_error' || code.startsWith('http_')) return ":warning: I couldn't reach Slack to post the answer; please try again.";
  if (code === 'internal_error') return ':x: Something went wrong on my side while answering. It has been logged; please try again.';
  return `:warning: Slack refused my answer (\`${code}\`). It has been logged; please try again or ask in another way.`;
}
