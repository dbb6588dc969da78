// The real command with Slack credentials: `kube-concierge` starts the Slack adapter instead of
// the shell, serves until SIGTERM, and stops with one line when Slack rejects the token.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlack, SIGNING_SECRET, sendToApp, slashCommandBody } from '../fakes/slack-api.js';
import { freePort } from '../running/process.js';

const bin = new URL('../../bin/kube-concierge.js', import.meta.url).pathname;
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|KUBE_CONCIERGE_|LOG_LEVEL|PORT$)/.test(k)),
);

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, [bin], { env: { ...cleanEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const seen: (() => void)[] = [];
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    for (const check of seen.splice(0)) check();
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  /** Resolves when stderr contains `text`. */
  const stderrHas = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => (stderr.includes(text) ? resolve() : seen.push(check));
      void exited.then(() => reject(new Error(`exited before logging "${text}": ${stderr}`)));
      check();
    });
  return { child, exited, stderrHas, output: () => ({ stdout, stderr }) };
}

describe('kube-concierge with Slack credentials', () => {
  let fake: FakeSlack;
  beforeEach(async () => {
    fake = await new FakeSlack().start();
  });
  afterEach(async () => {
    await fake.stop();
  });

  it('serves /k8s in HTTP mode until SIGTERM, then exits 0', async () => {
    const port = await freePort();
    const run = start({
      SLACK_BOT_TOKEN: 'xoxb-cli-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${fake.url}/api/`,
      PORT: String(port),
      LOG_LEVEL: 'info',
    });
    try {
      await run.stderrHas('slack: HTTP mode');
      const body = slashCommandBody('help', fake);
      const response = await sendToApp(`http://127.0.0.1:${port}/slack/events`, body, 'application/x-www-form-urlencoded');
      expect(response).toEqual({ status: 200, body: '' });
      const path = new URL(new URLSearchParams(body).get('response_url') as string).pathname;
      const answer = await fake.waitFor((c) => c.path === path, 'the response_url post');
      expect(JSON.stringify(answer.params)).toContain('kube-concierge: Kubernetes networking help');
      expect(await fetch(`http://127.0.0.1:${port}/metrics`).then((r) => r.text())).toContain(
        'kube_concierge_commands_total{platform="slack",command="help",outcome="ok"} 1',
      );
    } finally {
      run.child.kill('SIGTERM');
    }
    const [code] = await run.exited;
    expect(code).toBe(0);
    expect(run.output().stdout).toBe('');
    expect(run.output().stderr).not.toContain('xoxb-cli-token');
  });

  it('stops with one line and a non-zero exit when Slack rejects the token', async () => {
    fake.answer('auth.test', { body: { ok: false, error: 'invalid_auth' } });
    const run = start({ SLACK_BOT_TOKEN: 'xoxb-revoked', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${fake.url}/api/`, PORT: String(await freePort()) });
    const [code] = await run.exited;
    expect(code).toBe(1);
    expect(run.output().stderr).toBe(
      "kube-concierge: Slack rejected SLACK_BOT_TOKEN (invalid_auth); copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page\n",
    );
  });
});
