// The cluster commands through the real CLI: `--cluster-dump`, a live API through KUBECONFIG, and
// no cluster at all, in one-shot and `--json` modes. The fake API runs in this process, so the
// CLI is spawned asynchronously.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLUSTER_FIXTURE, loadFixture } from './fakes/cluster-fixture.js';
import { startFakeKubeApi, type FakeKubeApi } from './fakes/kube-api.js';

const bin = new URL('../bin/kube-concierge.js', import.meta.url).pathname;
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|KUBE_CONCIERGE_|KUBECONFIG$|KUBERNETES_|LOG_LEVEL|PORT$|HOME$)/.test(k)),
);

function run(args: string[], input = '', env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...cleanEnv, HOME: mkdtempSync(join(tmpdir(), 'kc-home-')), ...env },
      cwd: mkdtempSync(join(tmpdir(), 'kc-cli-')),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

let api: FakeKubeApi;
beforeAll(async () => {
  api = await startFakeKubeApi(loadFixture());
});
afterAll(async () => {
  await api.close();
});

describe('kube-concierge with a cluster', () => {
  it('--cluster-dump answers the three commands in one-shot mode', async () => {
    const services = await run(['--cluster-dump', CLUSTER_FIXTURE, 'services', 'shop']);
    expect(services.code).toBe(0);
    expect(services.stdout).toContain('Services in `shop`');
    expect(services.stdout).toContain('Note: Read from the dump file cluster.yaml, not the live cluster.');
    const service = await run(['--cluster-dump', CLUSTER_FIXTURE, 'service', 'api', '-n', 'payments']);
    expect(service.stdout).toContain('Selector `app=api` matches no running pod');
    const diagnose = await run(['--cluster-dump', CLUSTER_FIXTURE, 'diagnose', 'shop']);
    expect(diagnose.stdout).toContain('No problems found');
  });

  it('--json against the live API from KUBECONFIG: one JSON line per command, pressing a choice works', async () => {
    const { code, stdout } = await run(['--json'], 'services shop\nservice web -n shop\ndiagnose payments\n', { KUBECONFIG: api.kubeconfig() });
    expect(code).toBe(0);
    const replies = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { command: string; text: string; data: Record<string, unknown>; blocks: { type: string; options?: { command: string }[] }[] });
    expect(replies.map((r) => r.command)).toEqual(['services', 'service', 'diagnose']);
    expect(replies[0]?.data).toMatchObject({ total: 5 });
    expect(replies[1]?.text).toContain('How to reach it');
    expect((replies[2]?.data.findings as unknown[]).length).toBe(15);
    const next = replies[2]?.blocks.flatMap((b) => b.options ?? []).map((o) => o.command)[0];
    expect(next).toBe('diagnose payments page=2');
    const pressed = await run(['--json', next as string], '', { KUBECONFIG: api.kubeconfig() });
    expect(JSON.parse(pressed.stdout)).toMatchObject({ command: 'diagnose', data: { page: 2 } });
    expect(api.requests.some((r) => r.path.includes('/secrets'))).toBe(false);
  });

  it('without any cluster configured, says how to connect one', async () => {
    const { code, stdout } = await run(['services']);
    expect(code).toBe(1);
    expect(stdout).toContain('No cluster is connected.');
    expect(stdout).toContain('KUBECONFIG');
  });

  it('stops at start with one line for a broken dump file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-dump-'));
    writeFileSync(join(dir, 'bad.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: { name: x }\nspec: { ports: [{ port: many }] }\n');
    const bad = await run(['--cluster-dump', join(dir, 'bad.yaml'), 'help']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^kube-concierge: .*bad\.yaml: document 1 \(Service "x": spec\.ports\.0\.port: /);
    const missing = await run(['--cluster-dump', join(dir, 'none.yaml'), 'help']);
    expect(missing.stderr).toBe(`kube-concierge: ${join(dir, 'none.yaml')}: no such file\n`);
    const noValue = await run(['--cluster-dump']);
    expect(noValue.stderr).toBe('kube-concierge: --cluster-dump needs a value\n');
  });
});
