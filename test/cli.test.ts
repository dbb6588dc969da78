// The real command, as people and scripts run it: `kube-concierge` from bin/, built by `npm test`'s
// pretest step (and by `npm ci`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../bin/kube-concierge.js', import.meta.url).pathname;
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|KUBE_CONCIERGE_|LOG_LEVEL|PORT$)/.test(k)),
);

function run(args: string[], input = '', env: Record<string, string> = {}, cwd = mkdtempSync(join(tmpdir(), 'kc-cli-'))) {
  const result = spawnSync(process.execPath, [bin, ...args], { input, env: { ...cleanEnv, ...env }, cwd, encoding: 'utf8', timeout: 15_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('kube-concierge', () => {
  it('--json answers `help` and `foo` with two JSON lines and nothing else on stdout', () => {
    const { code, stdout } = run(['--json'], 'help\nfoo\n', { LOG_LEVEL: 'info' });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const reply = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(reply)).toEqual(expect.arrayContaining(['command', 'text', 'blocks', 'data']));
    }
  });

  it('logs to stderr, never stdout, one line per command without the message text', () => {
    const { stdout, stderr } = run(['--json'], 'help my secret words\n', { LOG_LEVEL: 'info' });
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain('"msg":"command handled"');
    expect(stderr).not.toContain('secret words');
  });

  it('runs one command from its arguments and exits', () => {
    const { code, stdout } = run(['help', 'help']);
    expect(code).toBe(0);
    expect(stdout).toContain('help [command]');
    const json = run(['--json', 'help']);
    expect(JSON.parse(json.stdout)).toMatchObject({ command: 'help' });
  });

  it('passes flags after the command word to the command', () => {
    const { code, stdout } = run(['help', '-n', 'payments']);
    expect(code).toBe(1);
    expect(stdout).toContain('`help` does not take `-n`');
  });

  it('answers piped plain lines without a prompt', () => {
    const { code, stdout } = run([], 'help help\n');
    expect(code).toBe(0);
    expect(stdout).toContain('help [command]');
    expect(stdout).not.toContain('k8s>');
  });

  it('stops on a bad setting with one line naming it', () => {
    const bad = run(['--json'], 'help\n', { PORT: 'eighty' });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('kube-concierge: environment: PORT must be a port number\n');

    const cwd = mkdtempSync(join(tmpdir(), 'kc-cli-'));
    writeFileSync(join(cwd, 'policy.yaml'), 'channels: { C1: { namespaces: [Bad_Name] } }\n');
    const policy = run(['--config', 'policy.yaml', 'help'], '', {}, cwd);
    expect(policy.code).toBe(2);
    expect(policy.stderr.trim().split('\n')).toEqual([
      'kube-concierge: policy.yaml: channels.C1.namespaces.0: must be a namespace name or "*" for all namespaces',
    ]);
  });

  it('reads .env from the working directory', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kc-cli-'));
    writeFileSync(join(cwd, '.env'), 'LOG_LEVEL=shout\n');
    const { code, stderr } = run(['help'], '', {}, cwd);
    expect(code).toBe(2);
    expect(stderr).toContain('LOG_LEVEL must be one of');
  });

  it('rejects an unknown option and prints usage on --help', () => {
    const bad = run(['--colour']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('kube-concierge: unknown option --colour; see --help\n');
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: kube-concierge');
  });
});
