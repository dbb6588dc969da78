// The real discord.js client, not logged in, wired by the adapter and pointed at the loopback fake
// REST API. Gateway events are fed as raw payloads through discord.js's own handlers
// (`client.actions.*.handle`, internal and untyped: PLATFORM-FACTS §2), so interactions and
// messages are real discord.js objects and replies are real REST calls captured by the fake.

import { afterEach } from 'vitest';
import { createDiscordBot, type DiscordBot } from '../../src/adapters/discord/index.js';
import type { Registry } from '../../src/core/registry.js';
import { FakeDiscordApi, type RecordedRequest } from '../fakes/discord-api.js';
import { testRuntime, type TestRuntime } from '../helpers.js';

export const BOT_ID = '900000000000000001';
export const GUILD_ID = '400000000000000001';
export const CHANNEL_ID = '500000000000000001';
export const THREAD_ID = '500000000000000002';
export const DM_CHANNEL_ID = '500000000000000009';
export const BOT_ROLE_ID = '450000000000000001';
export const ALICE = { id: '200000000000000001', username: 'alice', discriminator: '0', global_name: 'Alice', avatar: null };

interface Actions {
  InteractionCreate: { handle(raw: unknown): void };
  MessageCreate: { handle(raw: unknown): void };
}

export interface HarnessOptions {
  policy?: unknown;
  registry?: Registry;
  deferAfterMs?: number;
}

export type Where = 'guild' | 'thread' | 'dm';

let nextId = 1n;
const snowflake = () => String(1_100_000_000_000_000_000n + nextId++);

function channelOf(where: Where) {
  if (where === 'dm') return { channel_id: DM_CHANNEL_ID, channel: { id: DM_CHANNEL_ID, type: 1 }, user: ALICE, context: 1 };
  const id = where === 'thread' ? THREAD_ID : CHANNEL_ID;
  return {
    guild_id: GUILD_ID,
    channel_id: id,
    channel: { id, type: where === 'thread' ? 11 : 0, guild_id: GUILD_ID },
    member: { user: ALICE, roles: [], permissions: '0', joined_at: '2024-01-01T00:00:00Z', deaf: false, mute: false, flags: 0 },
    context: 0,
  };
}

function baseInteraction(type: number, where: Where) {
  return {
    id: snowflake(),
    application_id: BOT_ID,
    type,
    token: `token-${snowflake()}`,
    version: 1,
    locale: 'en-US',
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: {},
    ...channelOf(where),
  };
}

export function rawMessage(content: string, where: Where, extra: Record<string, unknown> = {}) {
  const base = {
    id: snowflake(),
    type: 0,
    content,
    author: ALICE,
    embeds: [],
    attachments: [],
    components: [],
    mentions: content.includes(`<@${BOT_ID}>`) ? [{ id: BOT_ID, username: 'kube-concierge', discriminator: '0', bot: true, avatar: null }] : [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    flags: 0,
    timestamp: '2024-01-01T00:00:00.000Z',
    edited_timestamp: null,
  };
  const at =
    where === 'dm'
      ? { channel_id: DM_CHANNEL_ID, channel_type: 1 }
      : { channel_id: where === 'thread' ? THREAD_ID : CHANNEL_ID, guild_id: GUILD_ID, member: { roles: [], joined_at: '2024-01-01T00:00:00Z', deaf: false, mute: false, flags: 0 } };
  return { ...base, ...at, ...extra };
}

/** A message the bot sent earlier, as a button interaction carries it. */
export function botMessage(sent: { json: unknown; files?: { name: string; text: string }[] }, fake: FakeDiscordApi, flags = 64) {
  const json = (sent.json ?? {}) as Record<string, unknown>;
  return {
    id: snowflake(),
    type: 0,
    channel_id: CHANNEL_ID,
    author: { id: BOT_ID, username: 'kube-concierge', discriminator: '0', bot: true, avatar: null },
    content: json.content ?? '',
    embeds: json.embeds ?? [],
    components: json.components ?? [],
    attachments: (sent.files ?? []).map((f, i) => ({ id: String(i + 1), filename: f.name, size: Buffer.byteLength(f.text), url: fake.serveFile(f.name, f.text), proxy_url: fake.serveFile(f.name, f.text) })),
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    flags,
    timestamp: '2024-01-01T00:00:00.000Z',
    edited_timestamp: null,
  };
}

export interface Harness {
  fake: FakeDiscordApi;
  bot: DiscordBot;
  runtime: TestRuntime;
  /** `/k8s command:<text>` (no option when text is undefined); returns the interaction token. */
  slash(text: string | undefined, where?: Where): string;
  autocomplete(typed: string, where?: Where): string;
  button(customId: string, message: unknown, where?: Where): string;
  message(content: string, where?: Where, extra?: Record<string, unknown>): void;
  /** Waits until every event fed so far is fully handled. */
  idle(): Promise<void>;
  /** Requests that answered the interaction with this token (callback, @original edit, follow-ups). */
  responses(token: string): RecordedRequest[];
  close(): Promise<void>;
}

export async function discordHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await new FakeDiscordApi({ applicationId: BOT_ID }).start();
  const runtime = testRuntime(options.policy);
  const bot = createDiscordBot({
    runtime,
    apiBase: fake.api,
    botUserId: BOT_ID,
    ...(options.registry ? { registry: options.registry } : {}),
    // Long enough that a test never defers by accident; the defer test sets 0.
    deferAfterMs: options.deferAfterMs ?? 60_000,
  });
  bot.client.rest.setToken('test-token');
  const actions = (bot.client as unknown as { actions: Actions }).actions;
  // What GUILD_CREATE (Guilds intent) would have cached: the server, a channel, a thread in it,
  // and the bot's managed role.
  (bot.client.guilds as unknown as { _add(raw: unknown): unknown })._add({
    id: GUILD_ID,
    name: 'team',
    channels: [{ id: CHANNEL_ID, type: 0, name: 'payments', guild_id: GUILD_ID }],
    threads: [
      {
        id: THREAD_ID,
        type: 11,
        name: 'incident',
        parent_id: CHANNEL_ID,
        guild_id: GUILD_ID,
        thread_metadata: { archived: false, auto_archive_duration: 60, archive_timestamp: '2024-01-01T00:00:00Z', locked: false },
      },
    ],
    roles: [{ id: BOT_ROLE_ID, name: 'kube-concierge', permissions: '0', position: 1, color: 0, hoist: false, managed: true, mentionable: false, flags: 0, tags: { bot_id: BOT_ID } }],
    members: [],
    emojis: [],
    stickers: [],
    features: [],
  });

  return {
    fake,
    bot,
    runtime,
    slash(text, where = 'guild') {
      const raw = {
        ...baseInteraction(2, where),
        data: { id: '600000000000000001', name: 'k8s', type: 1, options: text === undefined ? [] : [{ name: 'command', type: 3, value: text }] },
      };
      actions.InteractionCreate.handle(raw);
      return raw.token;
    },
    autocomplete(typed, where = 'guild') {
      const raw = {
        ...baseInteraction(4, where),
        data: { id: '600000000000000001', name: 'k8s', type: 1, options: [{ name: 'command', type: 3, value: typed, focused: true }] },
      };
      actions.InteractionCreate.handle(raw);
      return raw.token;
    },
    button(customId, message, where = 'guild') {
      const raw = { ...baseInteraction(3, where), message, data: { custom_id: customId, component_type: 2 } };
      actions.InteractionCreate.handle(raw);
      return raw.token;
    },
    message(content, where = 'guild', extra = {}) {
      actions.MessageCreate.handle(rawMessage(content, where, extra));
    },
    idle: () => bot.idle(),
    responses(token) {
      return fake.requests.filter((r) => r.path.includes(`/${token}`));
    },
    async close() {
      await bot.stop();
      await fake.close();
    },
  };
}

/** A harness per test, closed after each: `const start = harnessPerTest();` then `await start(options)`. */
export function harnessPerTest(): (options?: HarnessOptions) => Promise<Harness> {
  let current: Harness | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (options = {}) => (current = await discordHarness(options));
}

/** A recorded request's JSON body, for assertions. */
export const jsonBody = (r: RecordedRequest | undefined) => (r?.json ?? {}) as Record<string, any>;
