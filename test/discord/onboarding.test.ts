// Onboarding in Discord, through the real discord.js client and the loopback fakes: a newcomer
// goes through the course and the quiz by pressing buttons alone, and new members are greeted in
// onboarding channels only, once per person per channel (first message, or joining the server
// when the policy turns on the Server Members intent).
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordService } from '../../src/adapters/discord/index.js';
import { isNewMember, NEW_MEMBER_WINDOW_MS, RecentGreetings } from '../../src/adapters/discord/welcome.js';
import { loadConfig } from '../../src/config.js';
import { expectWholeCourse, walkCourse, type Screen } from '../course-walk.js';
import { FakeDiscordApi } from '../fakes/discord-api.js';
import { FakeDiscordGateway } from '../fakes/discord-gateway.js';
import { builtInKnowledge, testRuntime } from '../helpers.js';
import { ALICE, BOT_ID, botMessage, CHANNEL_ID, discordHarness, GUILD_ID, harnessPerTest, jsonBody, type Harness } from './harness.js';

const start = harnessPerTest();
const body = jsonBody;

interface Pressable {
  customId: string;
  /** The message the button sits on, as the interaction carries it. */
  message: Record<string, unknown>;
}

/** What an answer shows: every message it took (first response and follow-ups), their buttons. */
function screenOf(messages: Record<string, any>[]): Screen<Pressable> {
  return {
    text: messages.map((m) => String(m.content ?? '')).join('\n'),
    buttons: messages.flatMap((m) =>
      (m.components ?? []).flatMap((row: any) => row.components).map((b: any) => ({ label: b.label as string, button: { customId: b.custom_id as string, message: m } })),
    ),
  };
}

/** The message data of every response to an interaction (callback `data`, or a follow-up's body). */
function answerTo(h: Harness, token: string): Record<string, any>[] {
  return h.responses(token).map((r) => (r.path.endsWith('/callback') ? body(r).data : body(r)));
}

describe('the course in Discord', () => {
  it('takes a newcomer from `/k8s learn` through every lesson and the whole quiz with buttons alone', async () => {
    const knowledge = builtInKnowledge();
    const h = await start();
    const first = h.slash('learn');
    await h.idle();
    const log = await walkCourse(knowledge, screenOf(answerTo(h, first)), async ({ customId, message }) => {
      const token = h.button(customId, botMessage({ json: message }, h.fake));
      await h.idle();
      const answer = answerTo(h, token);
      // Each press answers privately, for the person who pressed.
      expect(answer[0]?.flags).toBe(64);
      return screenOf(answer);
    });
    expectWholeCourse(knowledge, log);
    expect(log.finalText).toMatch(/Score so far: \*\*\d+ of 36\*\* right\./);
  });

  it('fits a lesson in one message: heading, text, code blocks and its buttons', async () => {
    const h = await start();
    const token = h.slash('learn 6');
    await h.idle();
    const [data, ...more] = answerTo(h, token);
    expect(more).toEqual([]);
    expect(data?.content).toMatch(/^### Lesson 6 of 10: Ingress, controllers and IngressClass\n/);
    expect(data?.content).toContain('```yaml\napiVersion: networking.k8s.io/v1');
    expect(data?.content.length).toBeLessThanOrEqual(2000);
    const labels = screenOf([data as Record<string, any>]).buttons.map((b) => b.label);
    expect(labels).toEqual(['Next', 'Quiz me', 'Back', 'Table of contents', 'Ingress', 'Ingress controllers and IngressClass', 'TLS (HTTPS) for an Ingress', 'Share']);
  });
});

describe('the welcome in Discord: first message of a new member', () => {
  const BOB = { id: '200000000000000002', username: 'bob', discriminator: '0', global_name: 'Bob', avatar: null };
  const member = (joinedAt: string) => ({ roles: [], joined_at: joinedAt, deaf: false, mute: false, flags: 0 });
  const AT = '2024-03-10T12:00:00.000Z';
  const posts = (h: Harness) => h.fake.find('POST', new RegExp(`^/channels/${CHANNEL_ID}/messages$`));
  const welcomes = (h: Harness) => posts(h).filter((r) => String(body(r).content).includes('Welcome aboard!'));

  it('replies to a new member’s first message in an onboarding channel, once, with the course', async () => {
    const h = await start({ policy: { onboardingChannels: [CHANNEL_ID] } });
    h.message('hello everyone', 'guild', { timestamp: AT, member: member('2024-03-10T11:00:00Z') });
    await h.idle();
    const [welcome] = welcomes(h);
    expect(body(welcome).content).toMatch(/^Welcome, <@200000000000000001>!\n\n### Welcome aboard!\n/);
    expect(body(welcome).allowed_mentions).toEqual({ parse: [], replied_user: true });
    expect(body(welcome).message_reference).toMatchObject({ fail_if_not_exists: false });
    const buttons = screenOf([body(welcome)]).buttons;
    expect(buttons.map((b) => b.label)).toEqual(['Start the course', 'Take a quiz', 'Table of contents', 'What else can you do?']);

    // Later messages from the same person get nothing more.
    h.message('anyone here?', 'guild', { timestamp: AT, member: member('2024-03-10T11:00:00Z') });
    h.message('ok', 'guild', { timestamp: AT, member: member('2024-03-10T11:00:00Z') });
    await h.idle();
    expect(welcomes(h)).toHaveLength(1);

    // Pressing "Start the course" opens lesson 1 for the one who pressed.
    const token = h.button((buttons[0] as { button: Pressable }).button.customId, botMessage({ json: body(welcome) }, h.fake, 0));
    await h.idle();
    expect(answerTo(h, token)[0]?.content).toContain('Lesson 1 of 10: What a Service is, and ClusterIP');
  });

  it('greets each newcomer, and neither long-time members nor anyone outside onboarding channels', async () => {
    const h = await start({ policy: { onboardingChannels: [CHANNEL_ID] } });
    h.message('first', 'guild', { author: BOB, timestamp: AT, member: member('2024-03-09T12:00:00Z') });
    h.message('been here for ages', 'guild', { timestamp: AT, member: member('2023-01-01T00:00:00Z') });
    h.message('in a thread', 'thread', { timestamp: AT, member: member('2024-03-10T11:00:00Z') });
    await h.idle();
    expect(welcomes(h).map((r) => String(body(r).content).slice(0, 31))).toEqual(['Welcome, <@200000000000000002>!']);
    expect(h.fake.requests.filter((r) => String(body(r).content ?? '').includes('Welcome aboard!'))).toHaveLength(1);

    const other = await discordHarness({ policy: { onboardingChannels: ['500000000000000077'] } });
    try {
      other.message('hello', 'guild', { timestamp: AT, member: member('2024-03-10T11:00:00Z') });
      await other.idle();
      expect(other.fake.requests).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('greets and still answers when the first message asks the bot something', async () => {
    const h = await start({ policy: { onboardingChannels: [CHANNEL_ID] } });
    h.message(`<@${BOT_ID}> help help`, 'guild', { timestamp: AT, member: member('2024-03-10T11:00:00Z') });
    await h.idle();
    expect(posts(h).map((r) => (String(body(r).content).includes('Welcome aboard!') ? 'welcome' : String(body(r).content).includes('help [command]') ? 'answer' : '?'))).toEqual([
      'welcome',
      'answer',
    ]);
  });

  it('knows a new member from joined_at alone, and forgets greetings after the window', () => {
    const at = Date.parse(AT);
    expect(isNewMember(at - NEW_MEMBER_WINDOW_MS, at)).toBe(true);
    expect(isNewMember(at - NEW_MEMBER_WINDOW_MS - 1, at)).toBe(false);
    expect(isNewMember(null, at)).toBe(false);
    let now = 0;
    const greetings = new RecentGreetings(1000, 3, () => now);
    expect(greetings.claim('u1', 'c1')).toBe(true);
    expect(greetings.claim('u1', 'c1')).toBe(false);
    expect(greetings.claim('u1', 'c2')).toBe(true);
    now = 1000;
    expect(greetings.size).toBe(2);
    expect(greetings.claim('u1', 'c1')).toBe(true);
    expect(greetings.size).toBe(1);
    // Bounded: the oldest is forgotten first.
    for (const user of ['u2', 'u3', 'u4']) greetings.claim(user, 'c1');
    expect(greetings.size).toBe(3);
  });
});

describe('the welcome in Discord: joining the server (Server Members intent)', () => {
  const TOKEN = 'fake-bot-token-0123456789abcdef';
  let service: DiscordService | undefined;
  let api: FakeDiscordApi | undefined;
  let gateway: FakeDiscordGateway | undefined;
  afterEach(async () => {
    await service?.stop();
    await gateway?.close();
    await api?.close();
    service = undefined;
  });

  it('asks for GuildMembers only when configured, and greets a joining member in the server’s onboarding channel', async () => {
    api = await new FakeDiscordApi({ applicationId: BOT_ID }).start();
    gateway = await new FakeDiscordGateway({ botUser: { id: BOT_ID, username: 'kube-concierge' } }).start();
    api.gateway = gateway.gatewayBot();
    const runtime = testRuntime({ onboardingChannels: [CHANNEL_ID, '500000000000000088'], welcome: { discordMemberJoin: true } });
    service = await startDiscord(loadConfig({ env: { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: api.api }, cwd: tmpdir() }), runtime);
    const identify = await gateway.waitFor((f) => f.op === 2);
    expect((identify.d as { intents: number }).intents).toBe(1 | 2 | 512 | 4096);
    expect(runtime.logLines.some((l) => l.includes('gateway intents Guilds, GuildMessages, DirectMessages, GuildMembers'))).toBe(true);

    gateway.dispatch('GUILD_CREATE', {
      id: GUILD_ID, name: 'team', unavailable: false, member_count: 2, large: false, joined_at: '2024-01-01T00:00:00Z',
      channels: [{ id: CHANNEL_ID, type: 0, name: 'k8s-onboarding' }], threads: [], roles: [], members: [], emojis: [], stickers: [], features: [], voice_states: [], presences: [],
    });
    const newcomer = { ...ALICE, id: '200000000000000003', username: 'carol' };
    gateway.dispatch('GUILD_MEMBER_ADD', { guild_id: GUILD_ID, user: { ...newcomer, id: '200000000000000004', bot: true }, roles: [], joined_at: '2024-03-10T11:00:00Z', deaf: false, mute: false, flags: 0 });
    gateway.dispatch('GUILD_MEMBER_ADD', { guild_id: GUILD_ID, user: newcomer, roles: [], joined_at: '2024-03-10T11:00:00Z', deaf: false, mute: false, flags: 0 });
    const [greeting] = await api.waitForCount((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`, 1);
    expect(body(greeting).content).toMatch(/^Welcome, <@200000000000000003>!\n\n### Welcome aboard!/);
    expect(body(greeting).allowed_mentions).toEqual({ parse: [], users: ['200000000000000003'] });

    // Their first message afterwards is not greeted again.
    gateway.dispatch('MESSAGE_CREATE', {
      id: '1200000000000000001', type: 0, content: 'hi', channel_id: CHANNEL_ID, guild_id: GUILD_ID, author: newcomer,
      member: { roles: [], joined_at: '2024-03-10T11:00:00Z', deaf: false, mute: false, flags: 0 },
      embeds: [], attachments: [], components: [], mentions: [], mention_roles: [], mention_everyone: false, pinned: false, tts: false, flags: 0,
      timestamp: '2024-03-10T11:05:00.000Z', edited_timestamp: null,
    });
    gateway.dispatch('MESSAGE_CREATE', {
      id: '1200000000000000002', type: 0, content: `<@${BOT_ID}> help`, channel_id: CHANNEL_ID, guild_id: GUILD_ID, author: newcomer,
      member: { roles: [], joined_at: '2024-03-10T11:00:00Z', deaf: false, mute: false, flags: 0 },
      embeds: [], attachments: [], components: [], mentions: [{ id: BOT_ID, username: 'kube-concierge', discriminator: '0', bot: true, avatar: null }],
      mention_roles: [], mention_everyone: false, pinned: false, tts: false, flags: 0, timestamp: '2024-03-10T11:06:00.000Z', edited_timestamp: null,
    });
    const posted = await api.waitForCount((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`, 2);
    expect(String(body(posted[1]).content)).toContain('kube-concierge: Kubernetes networking help');
    expect(posted.filter((r) => String(body(r).content).includes('Welcome aboard!'))).toHaveLength(1);
  });
});
