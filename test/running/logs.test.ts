// The real bot, spawned with known fake tokens, serving Slack (HTTP mode) and Discord (gateway)
// at once against their loopback fakes, with a live cluster that refuses one namespace. A few
// commands on each platform, failures included, a dropped gateway connection, /readyz and
// /metrics scraped, then SIGTERM. The captured stderr (at LOG_LEVEL=debug, the most it can say)
// must hold no token or signing secret anywhere, one line per handled command with platform,
// command, duration and outcome, and never a user's message text at info level or above.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../fakes/cluster-fixture.js';
import { FakeDiscordApi } from '../fakes/discord-api.js';
import { FakeDiscordGateway } from '../fakes/discord-gateway.js';
import { startFakeKubeApi, type FakeKubeApi } from '../fakes/kube-api.js';
import { FakeSlack, SIGNING_SECRET, sendToApp, slashCommandBody } from '../fakes/slack-api.js';
import { BOT_ID, DM_CHANNEL_ID, rawMessage } from '../discord/harness.js';
import { freePort, logLines, startBot, type Bot } from './process.js';

const SLACK_BOT_TOKEN = 'xoxb-4242-e2e-bot-token-value';
const DISCORD_TOKEN = 'discord-e2e-token-0123456789abcdef';
const KUBE_TOKEN = 'kube-e2e-bearer-token-0123456789';
const SECRETS = [SLACK_BOT_TOKEN, SIGNING_SECRET, DISCORD_TOKEN, KUBE_TOKEN];
/** A word only users type: it must never reach a log line at info or above. */
const MARKER = 'quokkaz7';

let slack: FakeSlack;
let discordApi: FakeDiscordApi;
let gateway: FakeDiscordGateway;
let kube: FakeKubeApi;
let bot: Bot;
let base: string;

beforeAll(async () => {
  slack = await new FakeSlack().start();
  discordApi = await new FakeDiscordApi({ applicationId: BOT_ID }).start();
  gateway = await new FakeDiscordGateway({ botUser: { id: BOT_ID, username: 'kube-concierge' } }).start();
  discordApi.gateway = gateway.gatewayBot();
  kube = await startFakeKubeApi(loadFixture());
  kube.faults.push({ path: /\/namespaces\/payments\/services$/, fault: { status: 403 } });
  const dir = mkdtempSync(join(tmpdir(), 'kc-policy-'));
  writeFileSync(join(dir, 'policy.yaml'), 'channels:\n  C0PAYMENTS: { namespaces: [shop, payments] }\n');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  bot = startBot([], {
    SLACK_BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: `${slack.url}/api/`,
    DISCORD_TOKEN,
    DISCORD_API_BASE: discordApi.api,
    KUBECONFIG: kube.kubeconfig({ token: KUBE_TOKEN }),
    KUBE_CONCIERGE_CONFIG: join(dir, 'policy.yaml'),
    PORT: String(port),
    LOG_LEVEL: 'debug',
  });
  await bot.stderrHas('serving; SIGINT or SIGTERM stops');
  await bot.stderrHas('discord: connected to the gateway');
});

afterAll(async () => {
  bot?.child.kill('SIGKILL');
  await Promise.all([slack?.stop(), discordApi?.close(), gateway?.close(), kube?.close()]);
});

const slash = (text: string) => sendToApp(`${base}/slack/events`, slashCommandBody(text, slack), 'application/x-www-form-urlencoded');
/** Sends a slash command; the acknowledgement is empty and the answer follows on its response_url: that post's JSON. */
async function slashAnswer(text: string): Promise<string> {
  const body = slashCommandBody(text, slack);
  expect(await sendToApp(`${base}/slack/events`, body, 'application/x-www-form-urlencoded')).toEqual({ status: 200, body: '' });
  const path = new URL(new URLSearchParams(body).get('response_url') as string).pathname;
  return JSON.stringify((await slack.waitFor((c) => c.path === path, `the answer to ${text}`)).params);
}
const dmsPosted = (count: number) => discordApi.waitForCount((r) => r.method === 'POST' && r.path === `/channels/${DM_CHANNEL_ID}/messages`, count);

describe('a run with known fake tokens', () => {
  it('answers on both platforms, failures included', async () => {
    expect(await slashAnswer('help')).toContain('Kubernetes networking help');
    await slashAnswer(`explain ${MARKER}`);
    expect(await slashAnswer(`yaml nodeport ${MARKER} nodePort=80`)).toContain('30000');
    expect((await slash('services shop')).body).toBe('');
    await slack.waitFor((c) => c.method === 'respond' && JSON.stringify(c.params).includes('Services in shop'), 'the services answer');
    expect((await slash('services payments')).body).toBe('');
    await slack.waitFor((c) => c.method === 'respond' && JSON.stringify(c.params).includes('Forbidden (403)'), 'the forbidden answer');
    const forged = await sendToApp(`${base}/slack/events`, slashCommandBody('help', slack), 'application/x-www-form-urlencoded', { signature: 'v0=forged' });
    expect(forged.status).toBe(401);

    gateway.dispatch('MESSAGE_CREATE', rawMessage('help', 'dm'));
    await dmsPosted(1);
    gateway.dispatch('MESSAGE_CREATE', rawMessage(`what is a ${MARKER} service?`, 'dm'));
    await dmsPosted(2);
  });

  it('is ready, with every check named (the cluster answered a read)', async () => {
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ready',
      checks: {
        knowledge: { status: 'ok', detail: expect.stringMatching(/^\d+ topics, \d+ lessons, decision tree$/), required: true },
        cluster: { status: 'ok', detail: 'the API answers', required: false },
        slack: { status: 'ok', detail: 'HTTP mode, POST /slack/events', required: true },
        discord: { status: 'ok', detail: 'gateway connected (0 servers)', required: true },
      },
    });
  });

  it('counts a dropped gateway connection, cluster errors and commands in /metrics', async () => {
    gateway.drop();
    await gateway.waitFor((f) => f.op === 6);
    await bot.stderrHas('discord: gateway connection resumed');
    const text = await fetch(`${base}/metrics`).then((r) => r.text());
    expect(text).toContain('kube_concierge_commands_total{platform="slack",command="help",outcome="ok"} 1');
    expect(text).toContain('kube_concierge_commands_total{platform="slack",command="services",outcome="unavailable"} 1');
    expect(text).toContain('kube_concierge_commands_total{platform="discord",command="help",outcome="ok"} 1');
    expect(text).toContain('kube_concierge_command_duration_seconds_count{platform="slack",command="services"} 2');
    expect(text).toContain('kube_concierge_cluster_api_errors_total{reason="forbidden",resource="services"} 1');
    expect(text).toContain('kube_concierge_adapter_reconnects_total{platform="discord"} 1');
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('exits 0 on SIGTERM, and its logs hold no secret, one line per command, no message text at info', async () => {
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    const stderr = bot.stderr();
    for (const secret of SECRETS) expect(stderr).not.toContain(secret);
    expect(bot.stdout()).toBe('');

    const lines = logLines(stderr);
    expect(lines.some((l) => l.level === 20)).toBe(true); // debug lines were written too
    const handled = lines.filter((l) => l.msg === 'command handled');
    expect(handled.map((l) => `${l.platform} ${l.command} ${l.outcome}`).sort()).toEqual(
      ['slack help ok', 'slack explain invalid', 'slack yaml invalid', 'slack services ok', 'slack services unavailable', 'discord help ok', expect.stringMatching(/^discord /)].sort(),
    );
    for (const line of handled) {
      expect(Object.keys(line).sort()).toEqual(['level', 'time', 'platform', 'command', 'outcome', 'ms', 'msg'].sort());
      expect(line.ms).toEqual(expect.any(Number));
    }
    const infoAndAbove = lines.filter((l) => (l.level as number) >= 30).map((l) => JSON.stringify(l));
    expect(infoAndAbove.filter((l) => l.includes(MARKER))).toEqual([]);
  });
});
