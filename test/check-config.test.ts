import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;
const bin = join(root, 'bin/kube-concierge.js');
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|KUBE_CONCIERGE_|LOG_LEVEL|PORT$)/.test(k)),
);

function checkConfig(args: string[], env: Record<string, string> = {}, cwd = mkdtempSync(join(tmpdir(), 'kc-check-'))) {
  const r = spawnSync(process.execPath, [bin, '--check-config', ...args], { env: { ...cleanEnv, ...env }, cwd, encoding: 'utf8', timeout: 15_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kube-concierge --check-config', () => {
  it('accepts the documented example file and says what would start', () => {
    const r = checkConfig(['--config', join(root, 'config.example.yaml')], {
      SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
      SLACK_APP_TOKEN: 'xapp-1-A-2-def',
      DISCORD_TOKEN: 'discord-token-of-enough-length',
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('configuration OK');
    expect(r.stdout).toContain('chat: slack (socket mode), discord');
    expect(r.stdout).toContain('channels with namespace access: 3');
    expect(r.stdout).not.toContain('xoxb-');
  });

  it('reports HTTP mode with its port when only the signing secret is set', () => {
    const r = checkConfig([], { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abcdef0123456789', PORT: '8080' });
    expect(r.stdout).toContain('chat: slack (HTTP mode on port 8080)');
  });

  it('stops on a bad policy file with the file, the path of the setting and what is valid', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kc-check-'));
    writeFileSync(join(cwd, 'policy.yaml'), 'defaults:\n  namespace: default\n  ingressclass: nginx\n');
    const r = checkConfig(['--config', 'policy.yaml'], {}, cwd);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'kube-concierge: policy.yaml: defaults: unknown setting "ingressclass"; valid settings here: namespace, ingressClass, domain\n',
    );
  });

  it('stops on a bad environment variable, naming it', () => {
    const r = checkConfig([], { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'bad-token' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kube-concierge: environment: SLACK_APP_TOKEN must be an app-level token starting with xapp- (scope connections:write)\n');
  });
});
