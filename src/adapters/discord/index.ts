// The Discord adapter: a discord.js gateway client that turns @mentions, direct messages, the
// `/k8s` slash command and button presses into core calls, and sends the rendered replies.
// Transport only: what to answer is the core's business, how it looks is render.ts's.
//
// - Mentions in server channels and threads: the mention is stripped, the answer replies to the
//   message (public, like the question). Direct messages: every message is a question.
// - `/k8s command:<text>`: answered privately (ephemeral) with a "Share" button that runs the same
//   command again publicly. If the core has not answered within DEFER_AFTER_MS, the interaction
//   is deferred first (Discord allows 3 s for the first response) and the answer edited in.
// - Buttons carry their full command (buttons.ts): a press runs it like `/k8s` does.
// - Every message goes out with allowed_mentions parse: [], so text echoed from a user can never
//   ping @everyone, a role or a person.
// - Onboarding channels (policy): a new member's first message there gets the core's welcome as a
//   reply, and with `welcome.discordMemberJoin` a member joining the server is greeted at once
//   (welcome.ts says how "first" is known without storing who).

import {
  AttachmentBuilder,
  Client,
  DiscordAPIError,
  DiscordjsError,
  DiscordjsErrorCodes,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Options,
  Partials,
  RESTJSONErrorCodes,
  Status,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type Channel,
  type ChatInputCommandInteraction,
  type GuildMember,
  type Interaction,
  type Message,
  type MessageMentionOptions,
} from 'discord.js';
import { ConfigError, type Config } from '../../config.js';
import { contextFor, type Runtime } from '../../core/context.js';
import { handle, MAX_INPUT_CHARS } from '../../core/handle.js';
import { registry as defaultRegistry, type Registry } from '../../core/registry.js';
import { echo, invalidInput, paragraph, type Reply } from '../../core/reply.js';
import { welcome } from '../../core/welcome.js';
import type { CheckResult, Readiness } from '../../http/health.js';
import type { Metrics } from '../../http/metrics.js';
import { DRAIN_MS, InFlight, StartupError, type RunningService } from '../../lifecycle.js';
import { resolveButton } from './buttons.js';
import { DEFER_AFTER_MS } from './limits.js';
import { renderDiscord, type DiscordMessage } from './render.js';
import { autocomplete, COMMAND_OPTION, SLASH_COMMAND } from './slash.js';
import { isNewMember, RecentGreetings } from './welcome.js';

/** The gateway intents the bot asks for, and why each is needed. */
export const INTENTS = [
  {
    name: 'Guilds',
    bit: GatewayIntentBits.Guilds,
    why: "servers' channels and threads: discord.js delivers a channel's messages only when it knows the channel, and a thread's parent channel decides its namespaces",
  },
  { name: 'GuildMessages', bit: GatewayIntentBits.GuildMessages, why: '@mentions of the bot in server channels and threads' },
  {
    name: 'DirectMessages',
    bit: GatewayIntentBits.DirectMessages,
    why: 'direct messages to the bot (with Partials.Channel, since a DM channel is unknown until its first message)',
  },
] as const;

/** Asked for only with the policy's `welcome.discordMemberJoin`: it is privileged (enable it in the portal). */
export const MEMBER_JOIN_INTENT = {
  name: 'GuildMembers',
  bit: GatewayIntentBits.GuildMembers,
  why: 'guildMemberAdd, to greet people who join the server in its onboarding channels (policy welcome.discordMemberJoin)',
} as const;

/** The intents for a policy: INTENTS, plus Server Members when joins are to be greeted. */
export function intentsFor(runtime: Runtime): { name: string; bit: number; why: string }[] {
  return runtime.policy.welcome.discordMemberJoin ? [...INTENTS, MEMBER_JOIN_INTENT] : [...INTENTS];
}

export const MESSAGE_CONTENT_NOTE =
  'Message Content (privileged) is not requested: Discord sends the text of messages that mention the bot, and of DMs, without it';

/** Never ping anyone: replies quote user text. */
const NO_PINGS: MessageMentionOptions = { parse: [] };

/** Attachments read as part of a mention or DM (Discord turns a long paste into `message.txt`). */
const TEXT_ATTACHMENT = /\.(ya?ml|json|txt|md)$/i;

export interface DiscordBotOptions {
  runtime: Runtime;
  /** Base URL of the REST API (DISCORD_API_BASE), without the version: `https://discord.com/api`. */
  apiBase?: string | undefined;
  /** The bot's user id, for mentions; after login it is the logged-in user's. */
  botUserId?: string;
  registry?: Registry;
  /** Defer an interaction when the core has not answered by then. */
  deferAfterMs?: number;
  /** Reads a text attachment (a URL from Discord's CDN). */
  fetchText?: (url: string) => Promise<string>;
  /** Counts gateway reconnects (kube_concierge_adapter_reconnects_total). */
  metrics?: Metrics;
}

export interface DiscordBot {
  client: Client;
  /** Gateway reconnects since start. */
  reconnects(): number;
  /** Whether every gateway shard is connected and identified (for /readyz). */
  connection(): CheckResult;
  /** Resolves when every event received so far has been handled. */
  idle(): Promise<void>;
  /** Stops taking new events, waits for the ones in flight (at most DRAIN_MS), closes the gateway connection. */
  stop(): Promise<void>;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`attachment download failed: HTTP ${response.status}`);
  return response.text();
}

function toPayload(message: DiscordMessage) {
  return {
    content: message.content === '' ? undefined : message.content,
    embeds: message.embeds,
    components: message.components,
    files: message.files.map((f) => new AttachmentBuilder(f.data, { name: f.name })),
    allowedMentions: NO_PINGS,
  };
}

/** Strips mentions of the bot (`<@id>`, `<@!id>`, or its managed role `<@&id>`). */
export function stripMention(text: string, botId: string, roleId: string | null): string {
  const role = roleId === null ? '' : `|<@&${roleId}>`;
  return text.replace(new RegExp(`<@!?${botId}>${role}`, 'g'), ' ').replace(/[ \t]+/g, ' ').trim();
}

/**
 * Whether a message's text mentions the bot. Only an explicit mention counts: replying to one of
 * the bot's messages pings it too, but a "thanks" in reply should not get an answer.
 */
export function mentions(text: string, botId: string, roleId: string | null): boolean {
  return text.includes(`<@${botId}>`) || text.includes(`<@!${botId}>`) || (roleId !== null && text.includes(`<@&${roleId}>`));
}

export function createDiscordBot(options: DiscordBotOptions): DiscordBot {
  const { runtime } = options;
  const log = runtime.log.child({ adapter: 'discord' });
  const registry = options.registry ?? defaultRegistry;
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
  const readText = options.fetchText ?? fetchText;
  const memberJoin = runtime.policy.welcome.discordMemberJoin;
  const greeted = new RecentGreetings();
  const client = new Client({
    intents: intentsFor(runtime).map((i) => i.bit),
    partials: [Partials.Channel],
    // The bot never reads earlier messages, so it keeps none.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    rest: options.apiBase ? { api: options.apiBase } : {},
  });
  const inFlight = new InFlight();
  let reconnects = 0;

  const track = (what: string, work: () => Promise<void>) => {
    // Stopping: events that arrive while the answers in flight finish are left alone.
    if (!inFlight.accepting) return;
    void inFlight.track(work().catch((error: unknown) => log.error({ err: error, event: what }, 'discord: handling an event failed')));
  };

  /** The channel whose policy applies: a thread inherits its parent's unless listed itself. */
  const policyChannel = (channelId: string, channel: Channel | null | undefined): string => {
    const known = channel ?? client.channels.cache.get(channelId);
    if (known?.isThread() && known.parentId && runtime.policy.channels[channelId] === undefined) return known.parentId;
    return channelId;
  };

  const run = (text: string, user: string, channel: string): Promise<Reply> =>
    handle(text, contextFor(runtime, { platform: 'discord', user, channel }), registry);

  // ---- interactions ---------------------------------------------------------------------------

  async function answerInteraction(
    interaction: ChatInputCommandInteraction | ButtonInteraction,
    text: string,
    mode: 'private' | 'share',
  ): Promise<void> {
    const inDm = interaction.guildId === null;
    // Private means ephemeral; in a DM everything is private already.
    const wantPrivate = mode === 'private' && !inDm;
    let deferral: Promise<unknown> | null = null;
    const timer = setTimeout(() => {
      deferral = interaction.deferReply(wantPrivate ? { flags: MessageFlags.Ephemeral } : {});
    }, deferAfterMs);
    let reply: Reply;
    try {
      reply = await run(text, interaction.user.id, policyChannel(interaction.channelId ?? '', interaction.channel));
    } finally {
      clearTimeout(timer);
    }
    // Once deferred, the deferral fixed the visibility; otherwise the reply may ask for its own.
    const isPrivate = deferral !== null ? wantPrivate : !inDm && (reply.visibility === 'private' || (wantPrivate && reply.visibility !== 'public'));
    if (mode === 'share' && !isPrivate) reply = { ...reply, blocks: [paragraph(`Shared by <@${interaction.user.id}>:`), ...reply.blocks] };
    const share = isPrivate && reply.outcome === 'ok' ? text : undefined;
    const [first, ...rest] = renderDiscord(reply, { share });
    const flags = isPrivate ? MessageFlags.Ephemeral : undefined;
    if (deferral !== null) {
      await deferral;
      await interaction.editReply(toPayload(first as DiscordMessage));
    } else {
      await interaction.reply({ ...toPayload(first as DiscordMessage), flags });
    }
    for (const message of rest) await interaction.followUp({ ...toPayload(message), flags });
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    const pressed = await resolveButton(interaction.customId, {
      embeds: interaction.message.embeds,
      readFile: async (name) => {
        const attachment = interaction.message.attachments.find((a) => a.name === name);
        if (attachment === undefined) return undefined;
        try {
          return await readText(attachment.url);
        } catch (error) {
          log.warn({ err: error }, 'discord: could not download a button command file');
          return undefined;
        }
      },
    });
    log.debug({ kind: 'button', channel: interaction.channelId, user: interaction.user.id, known: pressed !== null }, 'discord: button');
    if (pressed === null) {
      await interaction.reply({
        content: "I could not read this button's command (it may come from an older version of the bot). Run the command again with `/k8s`.",
        flags: MessageFlags.Ephemeral,
        allowedMentions: NO_PINGS,
      });
      return;
    }
    await answerInteraction(interaction, pressed.command, pressed.action === 'share' ? 'share' : 'private');
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    await interaction.respond(focused.name === COMMAND_OPTION ? autocomplete(registry, String(focused.value)) : []);
  }

  async function onInteraction(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) return await onAutocomplete(interaction);
      if (interaction.isChatInputCommand() && interaction.commandName === SLASH_COMMAND) {
        log.debug({ kind: 'slash', channel: interaction.channelId, user: interaction.user.id }, 'discord: /k8s');
        const text = (interaction.options.getString(COMMAND_OPTION) ?? '').trim();
        return await answerInteraction(interaction, text === '' ? 'help' : text, 'private');
      }
      if (interaction.isButton()) return await onButton(interaction);
    } catch (error) {
      log.error({ err: error, interaction: interaction.type }, 'discord: answering an interaction failed');
      if (interaction.isRepliable()) await apologise(interaction);
    }
  }

  async function apologise(interaction: ChatInputCommandInteraction | ButtonInteraction | Interaction): Promise<void> {
    if (!interaction.isRepliable()) return;
    const sorry = { content: 'Sorry, I could not send that answer to Discord. It has been logged.', flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS } as const;
    try {
      if (interaction.deferred || interaction.replied) await interaction.followUp(sorry);
      else await interaction.reply(sorry);
    } catch (error) {
      log.warn({ err: error }, 'discord: could not send the apology either');
    }
  }

  // ---- welcome --------------------------------------------------------------------------------

  /** The core's welcome, addressed to one person (Discord has no private messages outside interactions). */
  const welcomeFor = (userId: string): DiscordMessage => {
    const greeting = welcome(runtime.knowledge);
    return renderDiscord({ ...greeting, blocks: [paragraph(`Welcome, <@${userId}>!`), ...greeting.blocks] })[0] as DiscordMessage;
  };

  const isOnboarding = (userId: string, channelId: string): boolean =>
    contextFor(runtime, { platform: 'discord', user: userId, channel: channelId }).onboarding === true;

  /** A new member's first message in an onboarding channel: reply with the welcome (once). */
  async function welcomeNewcomer(message: Message<true>): Promise<void> {
    if (!isOnboarding(message.author.id, message.channelId)) return;
    if (!isNewMember(message.member?.joinedTimestamp, message.createdTimestamp)) return;
    if (!greeted.claim(message.author.id, message.channelId)) return;
    log.info({ channel: message.channelId, how: 'first message' }, 'discord: welcoming a newcomer');
    try {
      await message.reply({ ...toPayload(welcomeFor(message.author.id)), allowedMentions: { ...NO_PINGS, repliedUser: true }, failIfNotExists: false });
    } catch (error) {
      log.warn({ err: error, channel: message.channelId }, 'discord: could not send the welcome');
    }
  }

  /** Someone joined the server (Server Members intent): greet them in its onboarding channels. */
  async function onMemberJoin(member: GuildMember): Promise<void> {
    if (member.user.bot) return;
    for (const channelId of runtime.policy.onboardingChannels) {
      const channel = client.channels.cache.get(channelId);
      if (!channel || channel.isDMBased() || channel.guildId !== member.guild.id || !channel.isSendable()) continue;
      if (!greeted.claim(member.id, channelId)) continue;
      log.info({ channel: channelId, how: 'joined the server' }, 'discord: welcoming a newcomer');
      try {
        await channel.send({ ...toPayload(welcomeFor(member.id)), allowedMentions: { parse: [], users: [member.id] } });
      } catch (error) {
        log.warn({ err: error, channel: channelId }, 'discord: could not send the welcome');
      }
    }
  }

  // ---- messages -------------------------------------------------------------------------------

  /** The text of a text attachment (Discord turns a long paste into `message.txt`), or a reply saying why not. */
  async function attachedText(message: Message): Promise<string | Reply> {
    const attachment = message.attachments.find((a) => TEXT_ATTACHMENT.test(a.name) || (a.contentType ?? '').startsWith('text/'));
    if (attachment === undefined) return '';
    const name = echo(attachment.name);
    if (attachment.size > MAX_INPUT_CHARS) {
      return invalidInput(null, `The attached ${name} is too large: I read files up to ${MAX_INPUT_CHARS / (1024 * 1024)} MB.`, 'Attach one manifest at a time.');
    }
    try {
      return await readText(attachment.url);
    } catch (error) {
      log.warn({ err: error }, 'discord: could not download an attachment');
      return invalidInput(null, `I could not download the attached ${name}.`, 'Try again, or paste its text in a code block.');
    }
  }

  async function onMessage(message: Message): Promise<void> {
    if (message.author.bot || message.system) return;
    if (message.inGuild()) await welcomeNewcomer(message);
    const botId = options.botUserId ?? client.user?.id;
    if (botId === undefined) return;
    const inDm = !message.inGuild();
    const roleId = message.inGuild() ? (message.guild.roles.botRoleFor(botId)?.id ?? null) : null;
    if (!inDm && !mentions(message.content, botId, roleId)) return;
    log.debug({ kind: inDm ? 'dm' : 'mention', channel: message.channelId, user: message.author.id }, 'discord: message');

    const typing = setTimeout(() => {
      if (message.channel.isSendable()) message.channel.sendTyping().catch(() => undefined);
    }, deferAfterMs);
    let reply: Reply;
    try {
      const question = stripMention(message.content, botId, roleId);
      const attached = await attachedText(message);
      if (typeof attached !== 'string') reply = attached;
      else {
        const text = [question, attached].filter((t) => t.trim() !== '').join('\n');
        reply = await run(text === '' ? 'help' : text, message.author.id, policyChannel(message.channelId, message.channel));
      }
    } finally {
      clearTimeout(typing);
    }
    const [first, ...rest] = renderDiscord(reply);
    if (!message.channel.isSendable()) return;
    if (inDm) await message.channel.send(toPayload(first as DiscordMessage));
    else {
      try {
        // A reply notifies the person who asked (and no one else); it still posts if they deleted the question.
        await message.reply({ ...toPayload(first as DiscordMessage), allowedMentions: { ...NO_PINGS, repliedUser: true }, failIfNotExists: false });
      } catch (error) {
        // Replying needs Read Message History; without it, answer in the channel rather than not at all.
        if (!(error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.MissingPermissions)) throw error;
        log.warn({ channel: message.channelId }, 'discord: cannot reply (Read Message History missing); sending to the channel');
        await message.channel.send(toPayload(first as DiscordMessage));
      }
    }
    for (const part of rest) await message.channel.send(toPayload(part));
  }

  // ---- wiring -----------------------------------------------------------------------------------

  client.on(Events.InteractionCreate, (interaction) => track('interaction', () => onInteraction(interaction)));
  client.on(Events.MessageCreate, (message) => track('message', () => onMessage(message)));
  if (memberJoin) client.on(Events.GuildMemberAdd, (member) => track('member', () => onMemberJoin(member)));
  client.on(Events.ClientReady, (ready) =>
    log.info({ user: ready.user.tag, id: ready.user.id, guilds: ready.guilds.cache.size }, 'discord: connected to the gateway'),
  );
  client.on(Events.ShardDisconnect, (event, shard) => log.error({ shard, code: event.code }, 'discord: gateway closed for good'));
  client.on(Events.ShardReconnecting, (shard) => {
    reconnects++;
    options.metrics?.reconnected('discord');
    log.warn({ shard, reconnects }, 'discord: gateway connection lost, reconnecting');
  });
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'discord: gateway connection resumed'));
  client.on(Events.ShardError, (error, shard) => log.warn({ err: error, shard }, 'discord: gateway error'));
  client.on(Events.Invalidated, () => log.error('discord: session invalidated; restart the bot'));
  client.on(Events.Warn, (message) => log.warn({ detail: message }, 'discord: warning'));
  // discord.js re-emits a listener's rejection as 'error'; without a listener it would crash.
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord: client error'));

  return {
    client,
    reconnects: () => reconnects,
    connection() {
      const shards = [...client.ws.shards.values()];
      if (client.isReady() && shards.every((shard) => shard.status === Status.Ready)) {
        return { status: 'ok', detail: `gateway connected (${client.guilds.cache.size} servers)` };
      }
      return { status: 'down', detail: client.readyAt === null ? 'gateway connecting' : 'gateway reconnecting' };
    },
    idle: () => inFlight.idle(),
    async stop() {
      const abandoned = await inFlight.drain(DRAIN_MS);
      if (abandoned > 0) log.warn({ abandoned }, 'discord: stopped before every answer was delivered');
      await client.destroy();
    },
  };
}

/** The one-line reason a login failed, as the error main prints. */
export function loginError(error: unknown, apiBase: string): Error {
  if (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid) {
    return new ConfigError('environment: DISCORD_TOKEN was rejected by Discord (401 Unauthorized); copy the token again from the developer portal, Bot page');
  }
  if (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.DisallowedIntents) {
    return new StartupError('Discord refused the gateway intents (close code 4014); see README: Discord, intents');
  }
  if (error instanceof DiscordAPIError) return new StartupError(`Discord refused to connect: ${error.status} ${error.message}`);
  const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
  return new StartupError(`cannot reach Discord at ${apiBase}${cause ? ` (${cause})` : ''}`);
}

export interface DiscordService extends RunningService {
  /** Gateway reconnects since start. */
  reconnects(): number;
}

export interface DiscordServiceOptions {
  /** Counts gateway reconnects; main passes the one served at /metrics. */
  metrics?: Metrics;
  /** Served at /readyz; the adapter adds its own check (`discord`) to it. */
  readiness?: Readiness;
}

/** Connects to the gateway and serves until stopped. A bad token rejects with a one-line ConfigError. */
export async function startDiscord(config: Config, runtime: Runtime, options: DiscordServiceOptions = {}): Promise<DiscordService> {
  const token = config.env.DISCORD_TOKEN;
  if (token === undefined) throw new ConfigError('environment: DISCORD_TOKEN is not set');
  const apiBase = config.env.DISCORD_API_BASE;
  const intents = intentsFor(runtime);
  runtime.log.info(
    { adapter: 'discord', intents: Object.fromEntries(intents.map((i) => [i.name, i.why])), partials: ['Channel'], messageContent: false },
    `discord: gateway intents ${intents.map((i) => i.name).join(', ')}; ${MESSAGE_CONTENT_NOTE}`,
  );
  const bot = createDiscordBot({ runtime, apiBase, ...(options.metrics ? { metrics: options.metrics } : {}) });
  options.readiness?.add({ name: 'discord', required: true, check: () => bot.connection() });
  try {
    await bot.client.login(token);
  } catch (error) {
    await bot.client.destroy();
    throw loginError(error, apiBase ?? 'https://discord.com/api');
  }
  return { name: 'discord', stop: () => bot.stop(), reconnects: bot.reconnects };
}
