// SIGTERM during a slow command: the reply in progress is finished and delivered, nothing new is
// taken, and the process exits 0. The slow command is `services shop` against a fake Kubernetes
// API that holds its answer until the test releases it, after the bot has logged the signal.
import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFixture } from '../fakes/cluster-fixture.js';
import { startFakeKubeApi, type FakeKubeApi } from '../fakes/kube-api.js';
import { FakeSlack, SIGNING_SECRET, sendToApp, slashCommandBody } from '../fakes/slack-api.js';
import { freePort, logLines, startBot } from './process.js';

let kube: FakeKubeApi;
beforeEach(async () => {
  kube = await startFakeKubeApi(loadFixture());
  kube.faults.push({ path: /\/services$/, fault: 'hold' });
});
afterEach(() => kube.close());

const servicesRequested = () => kube.waitForRequest((r) => r.path === '/api/v1/namespaces/shop/services');

/** A POST on a fresh connection: whether the port still takes one at all. */
function connects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/slack/events', agent: false }, () => resolve(true));
    req.on('error', () => resolve(false));
    req.end();
  });
}

describe('SIGTERM during a slow command', () => {
  let slack: FakeSlack;
  beforeEach(async () => {
    slack = await new FakeSlack().start();
  });
  afterEach(() => slack.stop());

  it('Slack HTTP mode: stops taking events, delivers the answer in flight, exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-policy-'));
    writeFileSync(join(dir, 'policy.yaml'), 'channels:\n  C0PAYMENTS: { namespaces: [shop] }\n');
    const port = await freePort();
    const bot = startBot([], {
      SLACK_BOT_TOKEN: 'xoxb-shutdown-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${slack.url}/api/`,
      PORT: String(port),
      KUBECONFIG: kube.kubeconfig(),
      KUBE_CONCIERGE_CONFIG: join(dir, 'policy.yaml'),
    });
    // A second SIGTERM means "exit now" (143): the cleanup below sends one only if none was sent.
    let signalled = false;
    try {
      await bot.stderrHas('slack: HTTP mode');
      const ack = await sendToApp(`http://127.0.0.1:${port}/slack/events`, slashCommandBody('services shop', slack), 'application/x-www-form-urlencoded');
      // The acknowledgement goes out empty at once; the answer follows on the response_url.
      expect(ack).toEqual({ status: 200, body: '' });
      await servicesRequested();

      signalled = bot.child.kill('SIGTERM');
      await bot.stderrHas('finishing the answers in flight');
      expect(await connects(port)).toBe(false);
      expect(slack.of('respond').some((c) => JSON.stringify(c.params).includes('Services in shop'))).toBe(false);

      kube.release();
      const answer = await slack.waitFor((c) => c.method === 'respond' && JSON.stringify(c.params).includes('Services in shop'), 'the services answer');
      expect(answer.params.response_type).toBe('ephemeral');
    } finally {
      if (!signalled) bot.child.kill('SIGTERM');
    }
    expect(await bot.exited).toBe(0);
    const lines = logLines(bot.stderr());
    const handled = lines.filter((l) => l.msg === 'command handled');
    expect(handled).toEqual([expect.objectContaining({ platform: 'slack', command: 'services', outcome: 'ok' })]);
    expect(lines.at(-1)?.msg).toBe('stopped');
  });

  it('--json: writes the reply in progress, reads no further line, exits 0', async () => {
    const bot = startBot(['--json'], { KUBECONFIG: kube.kubeconfig(), LOG_LEVEL: 'info' });
    // Two lines, the input left open: the second is queued input, not work in flight.
    bot.child.stdin.write('services shop\nhelp\n');
    await servicesRequested();

    bot.child.kill('SIGTERM');
    await bot.stderrHas('stopping after the reply in progress');
    expect(bot.stdout()).toBe('');
    kube.release();

    expect(await bot.exited).toBe(0);
    const replies = bot.stdout().trimEnd().split('\n').map((l) => JSON.parse(l) as { command: string; text: string });
    expect(replies.map((r) => r.command)).toEqual(['services']);
    expect(replies[0]?.text).toContain('Services in `shop`');
  });
});
