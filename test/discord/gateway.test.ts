// `npm start` with a Discord token, end to end through the real gateway protocol: startDiscord logs
// in against a loopback gateway and REST API, identifies with the least intents, answers a DM and
// a mention dispatched over the socket, and resumes after the connection drops.
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordService } from '../../src/adapters/discord/index.js';
import { loadConfig } from '../../src/config.js';
import { FakeDiscordApi } from '../fakes/discord-api.js';
import { FakeDiscordGateway } from '../fakes/discord-gateway.js';
import { testRuntime, type TestRuntime } from '../helpers.js';
import { ALICE, BOT_ID, CHANNEL_ID, DM_CHANNEL_ID, GUILD_ID, rawMessage } from './harness.js';

const TOKEN = 'fake-bot-token-0123456789abcdef';
let api: FakeDiscordApi;
let gateway: FakeDiscordGateway;
let service: DiscordService | undefined;
let runtime: TestRuntime;

beforeEach(async () => {
  api = await new FakeDiscordApi({ applicationId: BOT_ID }).start();
  gateway = await new FakeDiscordGateway({ botUser: { id: BOT_ID, username: 'kube-concierge' } }).start();
  api.gateway = gateway.gatewayBot();
  runtime = testRuntime();
});
afterEach(async () => {
  await service?.stop();
  service = undefined;
  await gateway.close();
  await api.close();
});

const posted = (channel: string, count: number) => api.waitForCount((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`, count);
const contentOf = (r: { json: unknown } | undefined) => (r?.json as { content?: string } | null)?.content ?? '';

describe('Discord over the gateway', () => {
  it('identifies with Guilds, GuildMessages and DirectMessages only, then answers DMs and mentions', async () => {
    service = await startDiscord(loadConfig({ env: { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: api.api }, cwd: tmpdir() }), runtime);
    const identify = await gateway.waitFor((f) => f.op === 2);
    const d = identify.d as { token: string; intents: number };
    expect(d.token).toBe(TOKEN);
    expect(d.intents).toBe(1 | 512 | 4096);
    expect(d.intents & 32768).toBe(0); // MessageContent

    gateway.dispatch('MESSAGE_CREATE', rawMessage('help', 'dm'));
    expect(contentOf((await posted(DM_CHANNEL_ID, 1))[0])).toContain('kube-concierge: Kubernetes networking help');

    gateway.dispatch('GUILD_CREATE', {
      id: GUILD_ID, name: 'team', unavailable: false, member_count: 2, large: false, joined_at: '2024-01-01T00:00:00Z',
      channels: [{ id: CHANNEL_ID, type: 0, name: 'payments' }], threads: [], roles: [], members: [], emojis: [], stickers: [], features: [], voice_states: [], presences: [],
    });
    gateway.dispatch('MESSAGE_CREATE', rawMessage('not for the bot', 'guild'));
    gateway.dispatch('MESSAGE_CREATE', rawMessage(`<@${BOT_ID}> help help`, 'guild'));
    const [reply] = await posted(CHANNEL_ID, 1);
    expect(contentOf(reply)).toContain('help [command]');
    expect((reply?.json as Record<string, unknown>).allowed_mentions).toEqual({ parse: [], replied_user: true });
    expect(runtime.logLines.some((l) => l.includes('"msg":"discord: connected to the gateway"'))).toBe(true);
  });

  it('resumes after the connection drops, logs it and counts the reconnect', async () => {
    service = await startDiscord(loadConfig({ env: { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: api.api }, cwd: tmpdir() }), runtime);
    await gateway.waitFor((f) => f.op === 2);
    gateway.drop();
    const resume = await gateway.waitFor((f) => f.op === 6);
    expect(resume.d).toMatchObject({ token: TOKEN, session_id: 'fake-session' });
    expect(service.reconnects()).toBe(1);

    gateway.dispatch('MESSAGE_CREATE', rawMessage('help', 'dm', { author: ALICE }));
    await posted(DM_CHANNEL_ID, 1);
    const lines = runtime.logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.find((l) => l.msg === 'discord: gateway connection lost, reconnecting')).toMatchObject({ level: 40, reconnects: 1, shard: 0 });
    expect(lines.some((l) => l.msg === 'discord: gateway connection resumed')).toBe(true);
    expect(runtime.logLines.join('\n')).not.toContain(TOKEN);
  });
});
