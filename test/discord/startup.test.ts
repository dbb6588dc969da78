// Starting the Discord adapter: the intents it logs, and a bad token or an unreachable Discord
// stopping start-up with one clear line (through the real login against the loopback fake).
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDiscord } from '../../src/adapters/discord/index.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { StartupError } from '../../src/lifecycle.js';
import { FakeDiscordApi } from '../fakes/discord-api.js';
import { testRuntime } from '../helpers.js';

const TOKEN = 'fake-bot-token-0123456789abcdef';
let fake: FakeDiscordApi;
beforeEach(async () => {
  fake = await new FakeDiscordApi().start();
});
afterEach(() => fake.close());

const config = (apiBase: string) => loadConfig({ env: { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: apiBase }, cwd: tmpdir() });

describe('startDiscord', () => {
  it('logs the intents it uses and why, and that Message Content is not needed', async () => {
    const runtime = testRuntime();
    await expect(startDiscord(config(fake.api), runtime)).rejects.toThrow();
    const line = JSON.parse(runtime.logLines.find((l) => l.includes('gateway intents')) ?? '{}') as Record<string, any>;
    expect(line.msg).toBe(
      'discord: gateway intents Guilds, GuildMessages, DirectMessages; Message Content (privileged) is not requested: Discord sends the text of messages that mention the bot, and of DMs, without it',
    );
    expect(Object.keys(line.intents)).toEqual(['Guilds', 'GuildMessages', 'DirectMessages']);
    expect(line.intents.GuildMessages).toContain('@mentions');
    expect(line.messageContent).toBe(false);
  });

  it('a token Discord rejects (401 on GET /gateway/bot) stops start-up with one line', async () => {
    const error = await startDiscord(config(fake.api), testRuntime()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      'environment: DISCORD_TOKEN was rejected by Discord (401 Unauthorized); copy the token again from the developer portal, Bot page',
    );
    expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.headers.authorization}`)).toEqual([`GET /gateway/bot Bot ${TOKEN}`]);
  });

  it('an unreachable Discord stops start-up with one line naming the URL', async () => {
    const closed = await new FakeDiscordApi().start();
    const api = closed.api;
    await closed.close();
    const error = await startDiscord(config(api), testRuntime()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toBe(`cannot reach Discord at ${api} (ECONNREFUSED)`);
  });
});

describe('kube-concierge with DISCORD_TOKEN set', () => {
  it('starts Discord instead of the shell, and exits 2 with one line when the token is rejected', async () => {
    const bin = new URL('../../bin/kube-concierge.js', import.meta.url).pathname;
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|KUBE_CONCIERGE_|LOG_LEVEL|PORT$)/.test(k)));
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, [bin], { env: { ...env, DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.api }, cwd: mkdtempSync(join(tmpdir(), 'kc-dc-')) }, (_e, stdout, stderr) =>
        resolve({ code: child.exitCode, stdout, stderr }),
      );
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(
      'kube-concierge: environment: DISCORD_TOKEN was rejected by Discord (401 Unauthorized); copy the token again from the developer portal, Bot page',
    );
    expect(result.stderr).toContain('discord: gateway intents');
    expect(result.stderr).not.toContain(TOKEN);
  });
});
