// `npm run discord:register`: the PUT Discord receives (guild and global), and one clear line for
// each way it can fail. The script itself runs from dist/ (built by `npm test`'s pretest).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVITE_PERMISSIONS, INVITE_PERMISSIONS_BITS, inviteUrl, main, registerSlashCommand } from '../../src/adapters/discord/register.js';
import { slashCommand } from '../../src/adapters/discord/slash.js';
import { ConfigError } from '../../src/config.js';
import { registry } from '../../src/core/registry.js';
import { FakeDiscordApi } from '../fakes/discord-api.js';

const APP = '900000000000000001';
const GUILD = '400000000000000001';
const TOKEN = 'fake-bot-token-0123456789abcdef';
// View Channels, Send Messages, Send Messages in Threads, Read Message History, Embed Links, Attach Files.
const INVITE = `https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot+applications.commands&permissions=274878024704`;
let fake: FakeDiscordApi;

beforeEach(async () => {
  fake = await new FakeDiscordApi({ applicationId: APP }).start();
});
afterEach(() => fake.close());

const env = (extra: Record<string, string> = {}) => ({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_API_BASE: fake.api, ...extra });

describe('registering /k8s', () => {
  it('PUTs the command list to one server when DISCORD_GUILD_ID is set', async () => {
    const line = await registerSlashCommand(env({ DISCORD_GUILD_ID: GUILD }));
    expect(line).toBe(`Registered /k8s in server ${GUILD}; it can be used there now.\nInvite the bot to a server: ${INVITE}`);
    const [put] = fake.requests;
    expect(put?.method).toBe('PUT');
    expect(put?.path).toBe(`/applications/${APP}/guilds/${GUILD}/commands`);
    expect(put?.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(put?.json).toEqual([slashCommand(registry)]);
  });

  it('PUTs globally without DISCORD_GUILD_ID', async () => {
    expect(await registerSlashCommand(env())).toBe(`Registered /k8s globally: in every server the bot is in, and in DMs with it.\nInvite the bot to a server: ${INVITE}`);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /applications/${APP}/commands`]);
    expect((fake.requests[0]?.json as { name: string }[])[0]?.name).toBe('k8s');
  });

  it('asks for exactly the six permissions the README lists, and the README shows the same URL', () => {
    expect(INVITE_PERMISSIONS.map(([name]) => name)).toEqual(['ViewChannel', 'SendMessages', 'SendMessagesInThreads', 'ReadMessageHistory', 'EmbedLinks', 'AttachFiles']);
    expect(String(INVITE_PERMISSIONS_BITS)).toBe(String(1024n + 2048n + 274877906944n + 65536n + 16384n + 32768n));
    expect(inviteUrl(APP)).toBe(INVITE);
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain('permissions=274878024704');
  });

  it('says which setting is missing', async () => {
    await expect(registerSlashCommand({ DISCORD_APPLICATION_ID: APP })).rejects.toThrow(new ConfigError('environment: DISCORD_TOKEN is not set; copy the bot token from the developer portal (your application, Bot page)'));
    await expect(registerSlashCommand({ DISCORD_TOKEN: TOKEN })).rejects.toThrow('environment: DISCORD_APPLICATION_ID is not set');
    expect(fake.requests).toEqual([]);
  });

  it('explains 401, 403 and unknown ids in one line', async () => {
    fake.failNext(/^PUT /, 401, { message: '401: Unauthorized', code: 0 });
    await expect(registerSlashCommand(env())).rejects.toThrow('environment: DISCORD_TOKEN was rejected by Discord (401 Unauthorized); copy the token again from the developer portal, Bot page');
    fake.failNext(/^PUT /, 403, { message: 'Missing Access', code: 50001 });
    await expect(registerSlashCommand(env({ DISCORD_GUILD_ID: GUILD }))).rejects.toThrow(
      `Discord refused to register /k8s in server ${GUILD} (403 Missing Access): invite the bot to that server with the applications.commands scope (README: Discord), and check DISCORD_GUILD_ID`,
    );
    fake.failNext(/^PUT /, 404, { message: 'Unknown Guild', code: 10004 });
    await expect(registerSlashCommand(env({ DISCORD_GUILD_ID: GUILD }))).rejects.toThrow(`environment: DISCORD_GUILD_ID ${GUILD} is not a server this bot can see (10004 Unknown Guild)`);
  });
});

describe('npm run discord:register (the compiled script)', () => {
  const script = new URL('../../dist/adapters/discord/register.js', import.meta.url).pathname;
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|KUBE_CONCIERGE_|LOG_LEVEL|PORT$)/.test(k)));
  const run = (extra: Record<string, string>) =>
    promisify(execFile)(process.execPath, [script], { env: { ...cleanEnv, ...extra }, cwd: mkdtempSync(join(tmpdir(), 'kc-reg-')) }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  it('registers and prints one line', async () => {
    const result = await run(env({ DISCORD_GUILD_ID: GUILD }));
    expect(result).toEqual({ code: 0, stdout: `Registered /k8s in server ${GUILD}; it can be used there now.\nInvite the bot to a server: ${INVITE}\n`, stderr: '' });
    expect(fake.requests.map((r) => r.path)).toEqual([`/applications/${APP}/guilds/${GUILD}/commands`]);
  });

  it('exits 1 with one line when Discord refuses', async () => {
    fake.failNext(/^PUT /, 403, { message: 'Missing Access', code: 50001 });
    expect(await run(env())).toEqual({
      code: 1,
      stdout: '',
      stderr: 'kube-concierge: Discord refused to register /k8s globally (403 Missing Access): check that DISCORD_APPLICATION_ID is the application this DISCORD_TOKEN belongs to\n',
    });
  });

  it('exits 2 with one line when a setting is missing or invalid', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    try {
      const cwd = mkdtempSync(join(tmpdir(), 'kc-reg-'));
      expect(await main({ DISCORD_APPLICATION_ID: APP }, cwd)).toBe(2);
      expect(await main({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: 'my-app' }, cwd)).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(written).toEqual([
      'kube-concierge: environment: DISCORD_TOKEN is not set; copy the bot token from the developer portal (your application, Bot page)\n',
      'kube-concierge: environment: DISCORD_APPLICATION_ID must be the numeric application id\n',
    ]);
    expect(fake.requests).toEqual([]);
  });
});
