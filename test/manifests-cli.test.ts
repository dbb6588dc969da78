// yaml and check as scripts use them: the built CLI, one JSON line in, one out.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const bin = new URL('../bin/kube-concierge.js', import.meta.url).pathname;
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|KUBE_CONCIERGE_|LOG_LEVEL|PORT$)/.test(k)));
const run = (args: string[], input = '') => spawnSync(process.execPath, [bin, ...args], { input, env, encoding: 'utf8', timeout: 15_000 });

describe('yaml and check through the CLI', () => {
  it('checks multi-line YAML sent as one JSON-string line and returns the corrected YAML', () => {
    const ingress = readFileSync(new URL('./fixtures/article-ingress.yaml', import.meta.url), 'utf8');
    const { status, stdout } = run(['--json'], `${JSON.stringify(`check\n${ingress}`)}\n`);
    expect(status).toBe(0);
    const reply = JSON.parse(stdout.trim()) as { command: string; data: { corrected: string; errors: number; schemaValid: boolean } };
    expect(reply.command).toBe('check');
    expect(reply.data.errors).toBe(11);
    expect(reply.data.schemaValid).toBe(true);
    expect(reply.data.corrected).toContain('apiVersion: networking.k8s.io/v1');
  });

  it('renders a manifest in one-shot mode', () => {
    const { status, stdout } = run(['yaml', 'nodeport', 'web', 'port=80', 'targetPort=8080']);
    expect(status).toBe(0);
    expect(stdout).toContain('type: NodePort');
    expect(stdout).toContain('kubectl apply -f web-service.yaml');
  });
});
