// The real Bolt app in HTTP mode: signed slash commands, events and button presses in over
// loopback; Web API calls and response_url posts captured by the fake Slack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackBlock } from '../../src/adapters/slack/render.js';
import { code, note, paragraph, reply } from '../../src/core/reply.js';
import {
  BOT_USER_ID,
  buttonBody,
  eventBody,
  sendToApp,
  signature,
  slashCommandBody,
  type RecordedCall,
} from '../fakes/slack-api.js';
import { gatedCommand, startTestSlack, type TestSlack } from './harness.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

const blocksOf = (call: RecordedCall) => call.params.blocks as SlackBlock[];
const texts = (call: RecordedCall) =>
  blocksOf(call)
    .flatMap((b) => (b.type === 'header' ? [b.text.text] : b.type === 'section' && 'text' in b ? [b.text.text] : b.type === 'context' ? [b.elements[0]?.text] : []))
    .join('\n');
const buttons = (call: RecordedCall) => blocksOf(call).flatMap((b) => (b.type === 'actions' ? b.elements : []));
const responseUrlOf = (body: string) => new URL(new URLSearchParams(body).get('response_url') as string).pathname;
const payloadOf = (body: string) => JSON.parse(new URLSearchParams(body).get('payload') as string) as { response_url: string };

let t: TestSlack;
/** Sends a slash command, expects the empty acknowledgement, and returns the body it sent. */
async function sent(body: string): Promise<string> {
  expect(await sendToApp(t.events, body, FORM)).toEqual({ status: 200, body: '' });
  return body;
}
/** The first post to a slash command's response_url. */
const answerTo = (body: string) => t.fake.waitFor((c) => c.path === responseUrlOf(body), 'the response_url post');
const big = gatedCommand('slowbig', () => reply('slowbig', [paragraph('done')]));

beforeAll(async () => {
  t = await startTestSlack({
    lookingAfterMs: 0,
    commands: [
      big.command,
      {
        name: 'bigyaml',
        aliases: [],
        summary: 'test: a reply of many messages',
        usage: 'bigyaml',
        examples: ['bigyaml'],
        run: () =>
          reply(
            'bigyaml',
            Array.from({ length: 330 }, (_, i) => code(`kind: Service\nmetadata:\n  name: svc-${i}\n`, 'yaml', `svc-${i}.yaml`)),
          ),
      },
      { name: 'secret', aliases: [], summary: 'test: private', usage: 'secret', examples: ['secret'], run: () => reply('secret', [note('only you')], { visibility: 'private' }) },
    ],
  });
});
afterAll(async () => {
  await t?.close();
});

describe('/k8s slash command', () => {
  it('acknowledges at once with an empty body, then answers on the response_url: ephemeral, with a Share button', async () => {
    const before = t.fake.calls.length;
    const body = slashCommandBody('help', t.fake);
    expect(await sendToApp(t.events, body, FORM)).toEqual({ status: 200, body: '' });
    const answer = await answerTo(body);
    expect(answer.params).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(blocksOf(answer)[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'kube-concierge: Kubernetes networking help', emoji: true } });
    expect(buttons(answer).at(-1)).toEqual({
      type: 'button',
      text: { type: 'plain_text', text: 'Share in channel', emoji: true },
      action_id: 'k8s_share',
      value: 'help',
    });
    expect(String(answer.params.text)).toContain('kube-concierge: Kubernetes networking help');
    // Nothing else was needed: one response_url post, no Web API call.
    expect(t.fake.calls.slice(before)).toEqual([answer]);
  });

  it('treats `/k8s` alone as help', async () => {
    expect(texts(await answerTo(await sent(slashCommandBody('', t.fake))))).toContain('kube-concierge: Kubernetes networking help');
  });

  it('answers a typo privately and offers no Share button', async () => {
    const answer = await answerTo(await sent(slashCommandBody('hlep &lt;!channel&gt;', t.fake)));
    expect(texts(answer)).toContain(":warning: I don't know the command `hlep`.");
    expect(buttons(answer).map((b) => b.action_id)).toEqual(['k8s_run_0']);
    expect(buttons(answer)[0]?.value).toBe('help <!channel>');
  });

  it('says "Looking…" when the core is slow, then replaces it with the answer', async () => {
    const body = slashCommandBody('slowbig', t.fake);
    expect(await sendToApp(t.events, body, FORM)).toEqual({ status: 200, body: '' });
    const path = responseUrlOf(body);
    const looking = await t.fake.waitFor((c) => c.path === path);
    expect(looking.params).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: ':hourglass_flowing_sand: Looking…' });
    big.open();
    const answer = await t.fake.waitUntil(() => t.fake.calls.filter((c) => c.path === path)[1], 'the answer');
    expect(answer.params).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(texts(answer)).toBe('done');
  });

  it('splits a long answer over several messages and sends what a slash command cannot carry to a DM', async () => {
    const body = slashCommandBody('bigyaml', t.fake);
    await sent(body);
    const path = responseUrlOf(body);
    // 330 code blocks: 7 messages of at most 50 blocks. The response_url takes 5 posts: 4 parts
    // and a notice; parts 5 to 7 go to the user's DM.
    await t.fake.waitUntil(() => (t.fake.of('chat.postMessage').filter((c) => c.params.channel === 'U0ALICE').length === 3 ? true : undefined), 'three DMs');
    const posts = t.fake.calls.filter((c) => c.path === path);
    expect(posts.map((c) => blocksOf(c).length)).toEqual([50, 50, 50, 50, 1]);
    expect(String(posts[4]?.params.text)).toBe('This answer has 7 parts and a slash-command reply can carry 5: parts 5–7 are in your direct messages with me.');
    const dms = t.fake.of('chat.postMessage').filter((c) => c.params.channel === 'U0ALICE');
    expect(dms.map((c) => blocksOf(c).length)).toEqual([50, 50, 31]);
    expect(texts(dms[2] as RecordedCall)).toContain('svc-329.yaml');
  });
});

describe('mentions and direct messages', () => {
  it('answers an @mention in its thread, with the bot token', async () => {
    const ts = '1700000100.000001';
    const response = await sendToApp(
      t.events,
      eventBody({ type: 'app_mention', user: 'U0ALICE', text: `<@${BOT_USER_ID}> help help`, ts, channel: 'C0PAYMENTS', event_ts: ts }),
      JSON_TYPE,
    );
    expect(response.status).toBe(200);
    const call = await t.fake.waitFor((c) => c.method === 'chat.postMessage' && c.params.thread_ts === ts);
    expect(call.headers.authorization).toBe('Bearer xoxb-fake-bot-token');
    expect(call.params.channel).toBe('C0PAYMENTS');
    expect(blocksOf(call)[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'help [command]', emoji: true } });
  });

  it('answers a mention inside a thread in that thread', async () => {
    const ts = '1700000100.000002';
    await sendToApp(
      t.events,
      eventBody({ type: 'app_mention', user: 'U0ALICE', text: `<@${BOT_USER_ID}>`, ts, thread_ts: '1700000000.000009', channel: 'C0PAYMENTS', event_ts: ts }),
      JSON_TYPE,
    );
    const call = await t.fake.waitFor((c) => c.method === 'chat.postMessage' && c.params.thread_ts === '1700000000.000009');
    expect(texts(call)).toContain('kube-concierge: Kubernetes networking help');
  });

  it('answers a private reply to a mention ephemerally, to the asker, in the thread', async () => {
    const ts = '1700000100.000003';
    await sendToApp(t.events, eventBody({ type: 'app_mention', user: 'U0BOB', text: `<@${BOT_USER_ID}> secret`, ts, channel: 'C0PAYMENTS' }), JSON_TYPE);
    const call = await t.fake.waitFor((c) => c.method === 'chat.postEphemeral' && c.params.thread_ts === ts);
    expect(call.params).toMatchObject({ channel: 'C0PAYMENTS', user: 'U0BOB' });
    expect(texts(call)).toBe(':information_source: only you');
  });

  it('shows "Looking…" in the thread and edits it into the answer', async () => {
    const slow = gatedCommand('slowmention', () => reply('slowmention', [paragraph('mention done')]));
    const own = await startTestSlack({ lookingAfterMs: 0, commands: [slow.command] });
    try {
      const ts = '1700000100.000004';
      await sendToApp(own.events, eventBody({ type: 'app_mention', user: 'U0ALICE', text: `<@${BOT_USER_ID}> slowmention`, ts, channel: 'C1' }), JSON_TYPE);
      const looking = await own.fake.waitForCall('chat.postMessage');
      expect(looking.params).toMatchObject({ channel: 'C1', thread_ts: ts, text: ':hourglass_flowing_sand: Looking…' });
      slow.open();
      const update = await own.fake.waitForCall('chat.update');
      expect(update.params).toMatchObject({ channel: 'C1', ts: '1700000000.000001' });
      expect(texts(update)).toBe('mention done');
      expect(own.fake.of('chat.postMessage')).toHaveLength(1);
    } finally {
      await own.close();
    }
  });

  it('answers a direct message at the top level and ignores bots, edits and other subtypes', async () => {
    const before = t.fake.of('chat.postMessage').length;
    const dm = (extra: Record<string, unknown>) =>
      eventBody({ type: 'message', channel_type: 'im', channel: 'D0ALICE', user: 'U0ALICE', text: 'help', ts: '1700000200.000001', ...extra });
    for (const ignored of [{ bot_id: 'B0OTHER' }, { subtype: 'message_changed' }, { user: BOT_USER_ID }, { channel_type: 'channel' }]) {
      expect((await sendToApp(t.events, dm(ignored), JSON_TYPE)).status).toBe(200);
    }
    await sendToApp(t.events, dm({ text: 'help help' }), JSON_TYPE);
    const call = await t.fake.waitFor((c) => c.method === 'chat.postMessage' && c.params.channel === 'D0ALICE');
    expect(call.params.thread_ts).toBeUndefined();
    expect(blocksOf(call)[0]).toMatchObject({ type: 'header', text: { text: 'help [command]' } });
    expect(t.fake.of('chat.postMessage').length - before).toBe(1);
  });
});

describe('buttons', () => {
  it('runs the command of a button on an ephemeral message and replaces that message', async () => {
    const body = buttonBody(t.fake, { action_id: 'k8s_run_0', value: 'help help' }, { ephemeral: true });
    expect(await sendToApp(t.events, body, FORM)).toEqual({ status: 200, body: '' });
    const call = await t.fake.waitFor((c) => c.path === new URL(payloadOf(body).response_url).pathname);
    expect(call.params).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(blocksOf(call)[0]).toMatchObject({ type: 'header', text: { text: 'help [command]' } });
    expect(buttons(call).at(-1)).toMatchObject({ action_id: 'k8s_share', value: 'help help' });
  });

  it('follows up a button on a public message in its thread, saying who pressed it', async () => {
    const body = buttonBody(t.fake, { action_id: 'k8s_run_1', value: 'help help', text: 'help help' }, { messageTs: '1700000300.000001' });
    await sendToApp(t.events, body, FORM);
    const call = await t.fake.waitFor((c) => c.method === 'chat.postMessage' && c.params.thread_ts === '1700000300.000001');
    expect(blocksOf(call)[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', verbatim: true, text: '<@U0ALICE> chose *help help*' }] });
  });

  it('decodes a compressed command', async () => {
    const { encodeCommand } = await import('../../src/adapters/slack/render.js');
    const long = `help ${'x'.repeat(2100)}`;
    const encoded = encodeCommand(long);
    expect(encoded?.compressed).toBe(true);
    const body = buttonBody(t.fake, { action_id: 'k8s_runz_0', value: encoded?.value as string }, { ephemeral: true });
    await sendToApp(t.events, body, FORM);
    const call = await t.fake.waitFor((c) => c.path === new URL(payloadOf(body).response_url).pathname);
    expect(texts(call)).toContain('There is no command');
  });

  it('shares an answer in the channel: posts it in_channel with a byline, then deletes the ephemeral one', async () => {
    const body = buttonBody(t.fake, { action_id: 'k8s_share', value: 'help help' }, { ephemeral: true });
    await sendToApp(t.events, body, FORM);
    const path = new URL(payloadOf(body).response_url).pathname;
    const remove = await t.fake.waitFor((c) => c.path === path && c.params.delete_original === true);
    const posts = t.fake.calls.filter((c) => c.path === path);
    expect(posts.indexOf(remove)).toBe(posts.length - 1);
    const shared = posts[0] as RecordedCall;
    expect(shared.params).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(blocksOf(shared)[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', verbatim: true, text: '<@U0ALICE> shared: `help help`' }] });
    expect(buttons(shared).some((b) => b.action_id === 'k8s_share')).toBe(false);
  });
});

describe('request signatures', () => {
  it('rejects forged, stale and unsigned requests with 401 and runs nothing', async () => {
    const before = t.fake.calls.length;
    const forged = slashCommandBody('help', t.fake);
    const now = Math.floor(Date.now() / 1000);
    expect((await sendToApp(t.events, forged, FORM, { signature: signature(forged, now, 'not-the-secret') })).status).toBe(401);
    expect((await sendToApp(t.events, forged, FORM, { signature: signature(forged + '&x=1', now) })).status).toBe(401);
    const stale = slashCommandBody('help', t.fake);
    expect((await sendToApp(t.events, stale, FORM, { timestamp: now - 5 * 60 - 1 })).status).toBe(401);
    expect((await sendToApp(t.events, slashCommandBody('help', t.fake), FORM, { signature: null })).status).toBe(401);
    const event = eventBody({ type: 'app_mention', user: 'U0ALICE', text: `<@${BOT_USER_ID}> help`, ts: '1700000400.000001', channel: 'C0' });
    expect((await sendToApp(t.events, event, JSON_TYPE, { signature: signature(event, now, 'wrong-secret-123') })).status).toBe(401);
    // A good request afterwards is the only one answered.
    const good = slashCommandBody('help help', t.fake);
    const answer = await answerTo(await sent(good));
    expect(texts(answer)).toContain('help [command]');
    expect(t.fake.calls.slice(before)).toEqual([answer]);
  });
});

describe('errors', () => {
  it('tells the user when Slack refuses the answer, and keeps serving', async () => {
    t.fake.answer('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    const ts = '1700000500.000001';
    await sendToApp(t.events, eventBody({ type: 'app_mention', user: 'U0ALICE', text: `<@${BOT_USER_ID}> help`, ts, channel: 'C0NOTIN' }), JSON_TYPE);
    const told = await t.fake.waitFor((c) => c.method === 'chat.postEphemeral' && c.params.channel === 'C0NOTIN');
    expect(told.params.user).toBe('U0ALICE');
    expect(texts(told)).toContain("I can't post in this conversation because I'm not in it");
    const metrics = await fetch(`${t.base}/metrics`).then((r) => r.text());
    expect(metrics).toContain('kube_concierge_delivery_failures_total{platform="slack",code="not_in_channel"} 1');
    // Still serving.
    const again = await answerTo(await sent(slashCommandBody('help', t.fake)));
    expect(texts(again)).toContain('kube-concierge: Kubernetes networking help');
  });

  it('retries a rate-limited call after Retry-After', async () => {
    const own = await startTestSlack({ retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } });
    try {
      own.fake.answer('chat.postMessage', { status: 429, headers: { 'retry-after': '0' }, body: { ok: false, error: 'ratelimited' } });
      const ts = '1700000600.000001';
      await sendToApp(own.events, eventBody({ type: 'app_mention', user: 'U0ALICE', text: `<@${BOT_USER_ID}> help`, ts, channel: 'C1' }), JSON_TYPE);
      await own.fake.waitForCall('chat.postMessage', 2);
      expect(own.fake.of('chat.postMessage').map((c) => c.params.thread_ts)).toEqual([ts, ts]);
      expect(own.fake.of('chat.postEphemeral')).toHaveLength(0);
    } finally {
      await own.close();
    }
  });
});

describe('health and metrics', () => {
  it('serves GET /healthz and Prometheus text at GET /metrics on the same port', async () => {
    const health = await fetch(`${t.base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const metrics = await fetch(`${t.base}/metrics`);
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    const text = await metrics.text();
    expect(text).toMatch(/kube_concierge_commands_total\{platform="slack",command="help",outcome="ok"\} \d+/);
    expect(text).toContain('kube_concierge_command_duration_seconds_bucket{le="0.001",platform="slack",command="help"}');
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('answers 404 for other paths', async () => {
    expect((await fetch(`${t.base}/nope`)).status).toBe(404);
  });
});
