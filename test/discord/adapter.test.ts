// The Discord adapter end to end: real discord.js objects from raw gateway payloads, real REST
// calls captured by the loopback fake (harness.ts). Asserts on what Discord would receive.
import { describe, expect, it } from 'vitest';
import { mentions, stripMention } from '../../src/adapters/discord/index.js';
import type { Command } from '../../src/core/command.js';
import { help } from '../../src/core/commands/help.js';
import { createRegistry } from '../../src/core/registry.js';
import { choices, code, paragraph, reply } from '../../src/core/reply.js';
import type { RecordedRequest } from '../fakes/discord-api.js';
import { BOT_ID, BOT_ROLE_ID, botMessage, CHANNEL_ID, DM_CHANNEL_ID, harnessPerTest, jsonBody, THREAD_ID, type Harness } from './harness.js';

const start = harnessPerTest();
const body = jsonBody;

/** Commands for these tests: the real `help`, plus ones that show context, fail, wait or offer many buttons. */
function testRegistry(gate?: Promise<void>) {
  const make = (name: string, run: Command['run']): Command => ({ name, aliases: [], summary: `${name} test command`, usage: name, examples: [name], run });
  return createRegistry([
    help,
    make('where', (_input, ctx) =>
      reply('where', [paragraph(`user ${ctx.user} channel ${ctx.channel} scope ${ctx.namespaces.all ? 'all' : ctx.namespaces.namespaces.join(',') || 'none'}`)]),
    ),
    make('boom', () => {
      throw new Error('kaboom with a token xoxb-1234567890-secret');
    }),
    make('slow', async () => {
      await gate;
      return reply('slow', [paragraph('finally done')]);
    }),
    make('long', () => reply('long', [code('line of yaml: value\n'.repeat(200), 'yaml', 'big.yaml')])),
    make('pick', () => reply('pick', [choices([{ label: 'Where am I?', command: 'where' }, { label: 'Long one', command: `where ${'x'.repeat(120)}` }])])),
  ]);
}

describe('/k8s slash command', () => {
  it('answers privately (flags 64) with a Share button, and never pings', async () => {
    const h = await start({ registry: testRegistry() });
    const token = h.slash('help');
    await h.idle();
    const [callback] = h.responses(token);
    expect(callback?.method).toBe('POST');
    expect(callback?.path).toMatch(/\/callback$/);
    expect(callback?.headers.authorization).toBeUndefined();
    const data = body(callback).data;
    expect(body(callback).type).toBe(4);
    expect(data.flags).toBe(64);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.content).toContain('kube-concierge: Kubernetes networking help');
    const buttons = data.components.flatMap((row: any) => row.components);
    expect(buttons.at(-1)).toEqual({ type: 2, style: 1, label: 'Share', custom_id: 'sc:help' });
  });

  it('runs `help` when the option is left empty', async () => {
    const h = await start({ registry: testRegistry() });
    const token = h.slash(undefined);
    await h.idle();
    expect(body(h.responses(token)[0]).data.content).toContain('kube-concierge: Kubernetes networking help');
  });

  it('a failing command gets a short private message and no Share button; the log has no token', async () => {
    const h = await start({ registry: testRegistry() });
    const token = h.slash('boom');
    await h.idle();
    const data = body(h.responses(token)[0]).data;
    expect(data.content).toContain('Something went wrong while running `boom`');
    expect(data.content).not.toContain('kaboom');
    expect(data.flags).toBe(64);
    expect(data.components.flatMap((row: any) => row.components).map((b: any) => b.label)).not.toContain('Share');
    expect(h.runtime.logLines.join('\n')).not.toContain('xoxb-1234567890-secret');
  });

  it('defers when the core is slow, then edits the answer in', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const h = await start({ registry: testRegistry(gate), deferAfterMs: 0 });
    const token = h.slash('slow');
    const deferral = await h.fake.waitFor((r) => r.path.includes(`/${token}/callback`));
    expect(body(deferral)).toEqual({ type: 5, data: { flags: 64 } });
    open();
    await h.idle();
    const edit = h.responses(token).find((r) => r.method === 'PATCH');
    expect(edit?.path).toBe(`/webhooks/${BOT_ID}/${token}/messages/@original`);
    expect(body(edit).content).toBe('finally done');
    expect(body(edit).allowed_mentions).toEqual({ parse: [] });
  });

  it('splits a long answer: the first part answers, the rest follow up, all private', async () => {
    const h = await start({ registry: testRegistry() });
    const token = h.slash('long');
    await h.idle();
    const [first, ...rest] = h.responses(token);
    expect(body(first).data.flags).toBe(64);
    expect(body(first).data.content).toMatch(/^-# big\.yaml, part 1 of \d\n```yaml\n/);
    expect(rest.length).toBeGreaterThan(0);
    for (const followUp of rest) {
      expect(followUp.path).toBe(`/webhooks/${BOT_ID}/${token}`);
      expect(body(followUp).flags).toBe(64);
      expect(body(followUp).content.length).toBeLessThanOrEqual(2000);
    }
  });

  it('in a DM answers without the ephemeral flag and without Share', async () => {
    const h = await start({ registry: testRegistry() });
    const token = h.slash('where', 'dm');
    await h.idle();
    const data = body(h.responses(token)[0]).data;
    expect(data.flags).toBeUndefined();
    expect(data.content).toBe(`user 200000000000000001 channel ${DM_CHANNEL_ID} scope none`);
    expect(data.components).toEqual([]);
  });

  it('uses the channel id for the namespace policy, and a thread inherits its parent channel', async () => {
    const h = await start({ registry: testRegistry(), policy: { channels: { [CHANNEL_ID]: { namespaces: ['payments'] } } } });
    const inChannel = h.slash('where');
    const inThread = h.slash('where', 'thread');
    await h.idle();
    expect(body(h.responses(inChannel)[0]).data.content).toBe(`user 200000000000000001 channel ${CHANNEL_ID} scope payments`);
    expect(body(h.responses(inThread)[0]).data.content).toBe(`user 200000000000000001 channel ${CHANNEL_ID} scope payments`);
  });

  it('apologises in one short line when Discord rejects the answer', async () => {
    const h = await start({ registry: testRegistry() });
    h.fake.failNext(/^POST \/interactions\/.*\/callback$/, 400, { message: 'Invalid Form Body', code: 50035 });
    const token = h.slash('help');
    await h.idle();
    const [rejected, apology] = h.responses(token);
    expect(body(rejected).data.content).toContain('kube-concierge');
    expect(body(apology).data).toMatchObject({ content: 'Sorry, I could not send that answer to Discord. It has been logged.', flags: 64 });
    expect(h.runtime.logLines.some((l) => l.includes('answering an interaction failed'))).toBe(true);
  });
});

describe('autocomplete', () => {
  it('offers command names from the registry', async () => {
    const h = await start({ registry: testRegistry() });
    const token = h.autocomplete('wh');
    await h.idle();
    expect(body(h.responses(token)[0])).toEqual({ type: 8, data: { choices: [{ name: 'where — where test command', value: 'where' }] } });
  });
});

describe('buttons', () => {
  it('a pressed button runs its command privately, with Share', async () => {
    const h = await start({ registry: testRegistry() });
    const first = h.slash('pick');
    await h.idle();
    const shown = h.responses(first)[0] as RecordedRequest;
    const [whereButton] = body(shown).data.components[0].components;
    expect(whereButton).toEqual({ type: 2, style: 2, label: 'Where am I?', custom_id: 'rc:where' });

    const press = h.button(whereButton.custom_id, botMessage({ json: body(shown).data }, h.fake));
    await h.idle();
    const data = body(h.responses(press)[0]).data;
    expect(data.content).toBe(`user 200000000000000001 channel ${CHANNEL_ID} scope none`);
    expect(data.flags).toBe(64);
    expect(data.components[0].components[0]).toMatchObject({ label: 'Share', custom_id: 'sc:where' });
  });

  it('a command too long for the custom_id is read back from the message it sits on', async () => {
    const h = await start({ registry: testRegistry() });
    const first = h.slash('pick');
    await h.idle();
    const shown = body(h.responses(first)[0]).data;
    const longButton = shown.components[0].components[1];
    expect(longButton.custom_id.length).toBeLessThanOrEqual(100);
    const press = h.button(longButton.custom_id, botMessage({ json: shown }, h.fake));
    await h.idle();
    // `where` ignores its arguments, so the answer shows the long command ran.
    expect(body(h.responses(press)[0]).data.content).toBe(`user 200000000000000001 channel ${CHANNEL_ID} scope none`);
  });

  it('a command carried in an attached file is downloaded and run', async () => {
    const h = await start({ registry: testRegistry() });
    const press = h.button('rf:1', botMessage({ json: { content: 'x' }, files: [{ name: 'command-1.txt', text: 'where' }] }, h.fake));
    await h.idle();
    expect(body(h.responses(press)[0]).data.content).toBe(`user 200000000000000001 channel ${CHANNEL_ID} scope none`);
  });

  it('Share runs the command again publicly and says who shared it', async () => {
    const h = await start({ registry: testRegistry() });
    const press = h.button('sc:where', botMessage({ json: { content: 'user … scope none' } }, h.fake));
    await h.idle();
    const data = body(h.responses(press)[0]).data;
    expect(data.flags).toBeUndefined();
    expect(data.content).toBe(`Shared by <@200000000000000001>:\n\nuser 200000000000000001 channel ${CHANNEL_ID} scope none`);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.components).toEqual([]);
  });

  it('a damaged or foreign custom_id gets a short private explanation', async () => {
    const h = await start({ registry: testRegistry() });
    const press = h.button('re:7', botMessage({ json: { content: 'no embeds here' } }, h.fake));
    await h.idle();
    expect(body(h.responses(press)[0]).data).toMatchObject({
      content: "I could not read this button's command (it may come from an older version of the bot). Run the command again with `/k8s`.",
      flags: 64,
    });
  });
});

describe('mentions and direct messages', () => {
  const posts = (h: Harness, channel: string) => h.fake.find('POST', new RegExp(`^/channels/${channel}/messages$`));

  it('answers a mention in a channel by replying to it, pinging only the asker', async () => {
    const h = await start({ registry: testRegistry() });
    h.message(`<@${BOT_ID}> where`);
    await h.idle();
    const [sent] = posts(h, CHANNEL_ID);
    expect(sent?.headers.authorization).toBe('Bot test-token');
    expect(body(sent)).toMatchObject({
      content: `user 200000000000000001 channel ${CHANNEL_ID} scope none`,
      allowed_mentions: { parse: [], replied_user: true },
      message_reference: { fail_if_not_exists: false },
    });
  });

  it('without Read Message History (reply refused with 50013) answers in the channel instead', async () => {
    const h = await start({ registry: testRegistry() });
    h.fake.failNext(/^POST \/channels\/\d+\/messages$/, 403, { message: 'Missing Permissions', code: 50013 });
    h.message(`<@${BOT_ID}> where`);
    await h.idle();
    const [refused, sent] = posts(h, CHANNEL_ID);
    expect(body(refused).message_reference).toBeDefined();
    expect(body(sent).message_reference).toBeUndefined();
    expect(body(sent).content).toContain('scope none');
  });

  it('answers a mention in a thread in the thread, with the parent channel’s namespaces', async () => {
    const h = await start({ registry: testRegistry(), policy: { channels: { [CHANNEL_ID]: { namespaces: ['payments'] } } } });
    h.message(`<@!${BOT_ID}>   where`, 'thread');
    await h.idle();
    expect(body(posts(h, THREAD_ID)[0]).content).toBe(`user 200000000000000001 channel ${CHANNEL_ID} scope payments`);
  });

  it('answers a mention of the bot’s role like a mention of the bot', async () => {
    const h = await start({ registry: testRegistry() });
    h.message(`<@&${BOT_ROLE_ID}> where`);
    await h.idle();
    expect(body(posts(h, CHANNEL_ID)[0]).content).toContain('scope none');
  });

  it('a bare mention gets the help overview', async () => {
    const h = await start({ registry: testRegistry() });
    h.message(`<@${BOT_ID}>`);
    await h.idle();
    expect(body(posts(h, CHANNEL_ID)[0]).content).toContain('kube-concierge: Kubernetes networking help');
  });

  it('ignores channel messages without a mention, and messages from bots (itself included)', async () => {
    const h = await start({ registry: testRegistry() });
    h.message('where, without a mention');
    h.message(`<@${BOT_ID}> where`, 'guild', { author: { id: '700000000000000001', username: 'otherbot', discriminator: '0', bot: true, avatar: null } });
    h.message(`<@${BOT_ID}> where`, 'guild', { author: { id: BOT_ID, username: 'kube-concierge', discriminator: '0', bot: true, avatar: null } });
    h.message('hello', 'dm', { author: { id: BOT_ID, username: 'kube-concierge', discriminator: '0', bot: true, avatar: null } });
    await h.idle();
    expect(h.fake.requests).toEqual([]);
  });

  it('answers every direct message (channel_type 1), as a plain message', async () => {
    const h = await start({ registry: testRegistry() });
    h.message('where', 'dm');
    await h.idle();
    const [sent] = posts(h, DM_CHANNEL_ID);
    expect(body(sent)).toMatchObject({ content: `user 200000000000000001 channel ${DM_CHANNEL_ID} scope none`, allowed_mentions: { parse: [] } });
    expect(body(sent).message_reference).toBeUndefined();
  });

  it('sends a long answer as several messages in order, each within 2000 characters', async () => {
    const h = await start({ registry: testRegistry() });
    h.message(`<@${BOT_ID}> long`);
    await h.idle();
    const sent = posts(h, CHANNEL_ID);
    expect(sent.length).toBeGreaterThan(1);
    expect(body(sent[0]).message_reference).toBeDefined();
    expect(sent.slice(1).every((r) => body(r).message_reference === undefined)).toBe(true);
    expect(sent.map((r) => body(r).content)).toEqual(sent.map((_, i) => expect.stringContaining(`part ${i + 1} of ${sent.length}`)));
  });

  it('reads a pasted file (Discord turns a long paste into message.txt) as the rest of the message', async () => {
    const h = await start({ registry: testRegistry() });
    const url = h.fake.serveFile('message.txt', 'where\nis this?');
    h.message(`<@${BOT_ID}>`, 'guild', {
      attachments: [{ id: '1', filename: 'message.txt', size: 14, url, proxy_url: url, content_type: 'text/plain; charset=utf-8' }],
    });
    await h.idle();
    expect(body(posts(h, CHANNEL_ID)[0]).content).toContain('scope none');
  });

  it('shows typing while the core is slow', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const h = await start({ registry: testRegistry(gate), deferAfterMs: 0 });
    h.message('slow', 'dm');
    await h.fake.waitFor((r) => r.path === `/channels/${DM_CHANNEL_ID}/typing`);
    open();
    await h.idle();
    expect(body(posts(h, DM_CHANNEL_ID)[0]).content).toBe('finally done');
  });
});

describe('mention parsing', () => {
  it('finds and strips the bot’s user and role mentions only', () => {
    expect(mentions('<@1> hi', '1', null)).toBe(true);
    expect(mentions('<@!1> hi', '1', null)).toBe(true);
    expect(mentions('<@&5> hi', '1', '5')).toBe(true);
    expect(mentions('<@12> hi', '1', null)).toBe(false);
    expect(stripMention('<@1> compare <@2> and\t<@!1>  lb', '1', null)).toBe('compare <@2> and lb');
    expect(stripMention('<@&5> help', '1', '5')).toBe('help');
  });
});
