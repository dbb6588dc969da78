// The knowledge base through the real command: --json answers, and a broken team overlay stops
// start-up with one line naming the file and line (exit 2).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { isTrustedLink } from '../../src/core/reply.js';
import { buildRuntime } from '../../src/main.js';

const bin = new URL('../../bin/kube-concierge.js', import.meta.url).pathname;
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|KUBE_CONCIERGE_|LOG_LEVEL|PORT$)/.test(k)));

function run(args: string[], input: string, cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { input, env: cleanEnv, cwd, encoding: 'utf8', timeout: 15_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('kube-concierge with the knowledge base', () => {
  it('answers explain, compare and a free-text question in --json mode', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kc-kb-'));
    const { code, stdout } = run(['--json'], 'explain nodeprot\nnodeport vs lb?\nwhy is my external ip pending\n', cwd);
    expect(code).toBe(0);
    const replies = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { command: string; text: string; data: Record<string, unknown> });
    expect(replies.map((r) => r.command)).toEqual(['explain', 'compare', 'ask']);
    expect(replies[0]?.text).toContain('30000-32767');
    expect(replies[1]?.data.topics).toEqual(['nodeport', 'loadbalancer']);
    expect(replies[2]?.text).toContain('MetalLB');
  });

  it('loads a team overlay relative to the policy file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-kb-'));
    mkdirSync(join(dir, 'conf', 'team', 'topics'), { recursive: true });
    writeFileSync(join(dir, 'conf', 'policy.yaml'), 'knowledge: ./team\n');
    writeFileSync(
      join(dir, 'conf', 'team', 'topics', 'our-ingress.md'),
      '---\nid: our-ingress\ntitle: Our ingress setup\naliases: [team ingress]\nlinks:\n  - { title: Ingress, url: "https://kubernetes.io/docs/concepts/services-networking/ingress/" }\n---\nWe use the class `public` for everything. Ask #platform for a host name.\n',
    );
    const { code, stdout } = run(['--config', 'conf/policy.yaml', 'explain', 'team ingress'], '', dir);
    expect(code).toBe(0);
    expect(stdout).toContain('We use the class `public`');
  });

  it('trusts the link hosts of a team overlay once the runtime is built (in process)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-kb-'));
    mkdirSync(join(dir, 'team', 'topics'), { recursive: true });
    writeFileSync(join(dir, 'policy.yaml'), 'knowledge: ./team\n');
    writeFileSync(
      join(dir, 'team', 'topics', 'our-ingress.md'),
      '---\nid: our-ingress\ntitle: Our ingress setup\nlinks:\n  - { title: Runbook, url: "https://wiki.example.com/ingress" }\n---\nWe use the class `public` for everything. Ask #platform for a host name.\n',
    );
    expect(isTrustedLink('https://wiki.example.com/ingress')).toBe(false);
    await buildRuntime(loadConfig({ env: {}, cwd: dir, configFile: 'policy.yaml' }), 'warn');
    expect(isTrustedLink('https://wiki.example.com/ingress')).toBe(true);
    expect(isTrustedLink('https://evil.example/')).toBe(false);
  });

  it('stops on a broken overlay file with file:line and exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-kb-'));
    mkdirSync(join(dir, 'team', 'topics'), { recursive: true });
    writeFileSync(join(dir, 'policy.yaml'), 'knowledge: team\n');
    writeFileSync(join(dir, 'team', 'topics', 'bad.md'), '---\nid: bad\ntitle: Bad\nrelated: [nowhere]\nlinks:\n  - { title: D, url: "https://kubernetes.io/" }\n---\nOne. Two.\n');
    const { code, stdout, stderr } = run(['--config', 'policy.yaml', '--json'], 'help\n', dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toMatch(/^kube-concierge: \S*bad\.md:4: related: no topic has the id "nowhere"$/);
  });
});
