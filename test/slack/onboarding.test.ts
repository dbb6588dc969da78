// Onboarding in Slack, through the real Bolt app (HTTP mode) and the loopback fake: a newcomer
// goes through the course and the quiz by pressing buttons alone, and people joining an
// onboarding channel are greeted there, privately, once per join.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackBlock, SlackButton } from '../../src/adapters/slack/render.js';
import { expectWholeCourse, walkCourse, type Screen } from '../course-walk.js';
import { BOT_USER_ID, buttonBody, eventBody, sendToApp, slashCommandBody, type RecordedCall } from '../fakes/slack-api.js';
import { builtInKnowledge } from '../helpers.js';
import { startTestSlack, type TestSlack } from './harness.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
const ONBOARDING = 'C0ONBOARD';

let t: TestSlack;
beforeAll(async () => {
  // "Looking…" never shows, so every answer is one post to its response_url.
  t = await startTestSlack({ lookingAfterMs: 60_000, policy: { onboardingChannels: [ONBOARDING] } });
});
afterAll(async () => {
  await t?.close();
});

const blocksOf = (params: Record<string, unknown>) => (params.blocks ?? []) as SlackBlock[];

function screenOf(params: Record<string, unknown>): Screen<SlackButton> {
  const blocks = blocksOf(params);
  const text = blocks
    .flatMap((b) => {
      if (b.type === 'header') return [b.text.text];
      if (b.type === 'section') return 'text' in b ? [b.text.text] : b.fields.map((f) => f.text);
      if (b.type === 'context') return b.elements.map((e) => e.text);
      return [];
    })
    .join('\n');
  const buttons = blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).map((e) => ({ label: e.text.text, button: e }));
  return { text, buttons };
}

/** Runs a slash command and returns its answer, posted to the response_url after the empty acknowledgement. */
async function slash(text: string): Promise<Record<string, unknown>> {
  const body = slashCommandBody(text, t.fake);
  expect(await sendToApp(t.events, body, FORM)).toEqual({ status: 200, body: '' });
  const path = new URL(new URLSearchParams(body).get('response_url') as string).pathname;
  const posted = await t.fake.waitFor((c) => c.path === path, `the answer to /k8s ${text}`);
  expect(posted.params).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  return posted.params;
}

/** Presses a button on an ephemeral answer, as Slack posts it, and returns what replaces it. */
async function press(button: SlackButton, channel = 'C0PAYMENTS', user = 'U0ALICE'): Promise<Screen<SlackButton>> {
  const body = buttonBody(t.fake, { action_id: button.action_id, value: button.value, text: button.text.text }, { ephemeral: true, channel, user });
  const response = await sendToApp(t.events, body, FORM);
  expect(response.status).toBe(200);
  const path = new URL((JSON.parse(new URLSearchParams(body).get('payload') as string) as { response_url: string }).response_url).pathname;
  const posted = await t.fake.waitFor((c) => c.path === path, `the answer to ${button.value}`);
  expect(posted.params).toMatchObject({ response_type: 'ephemeral', replace_original: true });
  return screenOf(posted.params);
}

describe('the course in Slack', () => {
  it('takes a newcomer from `/k8s learn` through every lesson and the whole quiz with buttons alone', async () => {
    const knowledge = builtInKnowledge();
    const start = screenOf(await slash('learn'));
    const log = await walkCourse(knowledge, start, (button) => press(button));
    expectWholeCourse(knowledge, log);
    expect(log.finalText).toMatch(/Score so far: \*\d+ of 36\* right\./);
  });

  it('renders a lesson within Block Kit: a header, the text, the diagram as code, the buttons', async () => {
    const message = await slash('learn 4');
    const blocks = blocksOf(message);
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Lesson 4 of 10: NodePort, a port on every node', emoji: true } });
    const { text, buttons } = screenOf(message);
    expect(text).toContain('```\nclient ---&gt; 192.168.1.21:30080   (any node)');
    expect(text).toContain('*30000-32767*');
    expect(buttons.map((b) => [b.label, b.button.value])).toEqual([
      ['Next', 'learn 5'],
      ['Quiz me', 'quiz lesson 4'],
      ['Back', 'learn 3'],
      ['Table of contents', 'learn toc'],
      ['NodePort Service', 'explain nodeport'],
      ['Share in channel', 'learn 4'],
    ]);
  });
});

describe('the welcome in Slack', () => {
  const joined = (user: string, channel: string) =>
    eventBody({ type: 'member_joined_channel', user, channel, channel_type: 'C', team: 'T0001', event_ts: '1700000900.000001' });
  const welcomes = () => t.fake.of('chat.postEphemeral').filter((c) => screenOf(c.params).text.includes('Welcome aboard!'));
  const welcomesTo = (user: string) => welcomes().filter((c) => c.params.user === user);

  it('greets a person who joins an onboarding channel, privately, with the course', async () => {
    expect((await sendToApp(t.events, joined('U0NEWBIE', ONBOARDING), JSON_TYPE)).status).toBe(200);
    const call = await t.fake.waitFor((c) => c.method === 'chat.postEphemeral' && c.params.user === 'U0NEWBIE');
    expect(call.headers.authorization).toBe('Bearer xoxb-fake-bot-token');
    expect(call.params.channel).toBe(ONBOARDING);
    expect(call.params.thread_ts).toBeUndefined();
    const blocks = blocksOf(call.params);
    expect(blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', verbatim: true, text: ':wave: <@U0NEWBIE>' }] });
    const { text, buttons } = screenOf(call.params);
    expect(text).toContain('Welcome aboard!');
    expect(text).toContain('10 lessons of one screen each');
    expect(buttons.map((b) => [b.label, b.button.value])).toEqual([
      ['Start the course', 'learn 1'],
      ['Take a quiz', 'quiz'],
      ['Table of contents', 'learn toc'],
      ['What else can you do?', 'help'],
    ]);
    // "Start the course" replaces the welcome with lesson 1, for the newcomer alone.
    const lesson = await press((buttons[0] as { button: SlackButton }).button, ONBOARDING, 'U0NEWBIE');
    expect(lesson.text).toContain('Lesson 1 of 10: What a Service is, and ClusterIP');
  });

  it('greets in configured channels only, never the bot itself, and once per join (a redelivery is ignored)', async () => {
    await sendToApp(t.events, joined('U0ELSEWHERE', 'C0PAYMENTS'), JSON_TYPE);
    await sendToApp(t.events, joined(BOT_USER_ID, ONBOARDING), JSON_TYPE);
    await sendToApp(t.events, joined('U0ONCE', ONBOARDING), JSON_TYPE);
    // Slack redelivers an event it thinks timed out; the first delivery already greeted.
    await sendToApp(t.events, joined('U0ONCE', ONBOARDING), JSON_TYPE, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    // A later greeting marks the point by which the earlier events were handled.
    await sendToApp(t.events, joined('U0LAST', ONBOARDING), JSON_TYPE);
    await t.fake.waitFor((c: RecordedCall) => c.method === 'chat.postEphemeral' && c.params.user === 'U0LAST');
    expect(welcomesTo('U0ONCE')).toHaveLength(1);
    expect(welcomesTo('U0ELSEWHERE')).toHaveLength(0);
    expect(welcomesTo(BOT_USER_ID)).toHaveLength(0);
    expect(t.fake.calls.filter((c) => c.method === 'chat.postMessage' && c.params.channel === ONBOARDING)).toHaveLength(0);
    // Info-level logs name the channel, never the person.
    const info = t.runtime.logLines.filter((l) => (JSON.parse(l) as { level: number }).level >= 30);
    expect(info.some((l) => l.includes('slack: welcoming a newcomer'))).toBe(true);
    expect(info.join('\n')).not.toContain('U0ONCE');
  });
});
