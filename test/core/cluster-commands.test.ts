// services, service and diagnose through the core, reading the real client-node against the fake
// API server: what people read, which requests were made, and which were never made.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLiveSource } from '../../src/cluster/live.js';
import type { ClusterSource } from '../../src/cluster/source.js';
import type { Request, Runtime } from '../../src/core/context.js';
import { registry } from '../../src/core/registry.js';
import { route } from '../../src/core/route.js';
import { choiceCommands } from '../../src/core/reply.js';
import { loadFixture } from '../fakes/cluster-fixture.js';
import { startFakeKubeApi, type FakeKubeApi, type KubeObject } from '../fakes/kube-api.js';
import { ask, builtInKnowledge, testRuntime } from '../helpers.js';

let api: FakeKubeApi;
const SLACK = (channel: string): Request => ({ platform: 'slack', user: 'U1', channel });

function bigNamespace(count: number): Record<string, KubeObject[]> {
  const services: KubeObject[] = [];
  const endpointslices: KubeObject[] = [];
  for (let i = 0; i < count; i++) {
    const name = `svc-${String(i).padStart(3, '0')}`;
    services.push({ metadata: { name, namespace: 'big' }, spec: { type: 'ClusterIP', clusterIP: `10.96.3.${i}`, selector: { app: name }, ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }] } });
    endpointslices.push({ metadata: { name: `${name}-x`, namespace: 'big', labels: { 'kubernetes.io/service-name': name } }, addressType: 'IPv4', endpoints: [{ addresses: [`10.244.3.${i}`], conditions: { ready: true } }] });
  }
  return { services, endpointslices };
}

beforeAll(async () => {
  const fixture = loadFixture();
  const big = bigNamespace(75);
  api = await startFakeKubeApi({
    ...fixture,
    services: [...(fixture.services ?? []), ...(big.services ?? [])],
    endpointslices: [...(fixture.endpointslices ?? []), ...(big.endpointslices ?? [])],
  });
});
afterAll(async () => {
  // Across every test in this file: nothing under /secrets was ever asked for.
  expect(api.requests.filter((r) => r.path.includes('/secrets'))).toEqual([]);
  await api.close();
});
beforeEach(() => {
  api.faults.length = 0;
});

function source(options: { server?: string; timeoutMs?: number } = {}): ClusterSource {
  const kubeconfig = api.kubeconfig(options.server ? { server: options.server } : {});
  const live = createLiveSource({ kubeconfig, home: mkdtempSync(join(tmpdir(), 'kc-')), timeoutMs: options.timeoutMs ?? 2000 });
  if (!live) throw new Error('no source');
  return live;
}

function runtime(policy?: unknown, cluster: ClusterSource = source()): Runtime {
  return { ...testRuntime(policy), cluster };
}

/** Requests made while `fn` ran. */
async function requestsDuring<T>(fn: () => Promise<T>): Promise<{ result: T; paths: string[] }> {
  const before = api.requests.length;
  const result = await fn();
  return { result, paths: api.requests.slice(before).map((r) => r.path) };
}

describe('services', () => {
  it('lists a namespace as a table with ready endpoints, and offers the next look', async () => {
    const r = await ask('services shop', runtime());
    expect(r.outcome).toBe('ok');
    expect(r.text).toContain('Services in `shop`');
    expect(r.text).toContain('5 Services: 3 ClusterIP, 1 LoadBalancer, 1 ExternalName.');
    expect(r.text).toMatch(/storefront\s+LoadBalancer\s+10\.96\.10\.12\s+203\.0\.113\.20\s+80→http\/TCP \(node 31080\)\s+1\/1/);
    expect(r.text).toMatch(/web\s+ClusterIP\s+10\.96\.10\.10\s+—\s+80→http\/TCP\s+2\/2/);
    expect(choiceCommands(r)).toEqual(['service cart -n shop', 'diagnose shop']);
    expect(r.data).toMatchObject({ command: 'services shop', total: 5, page: 1, pages: 1 });
  });

  it('answers `svc in payments` and `services -n payments` the same way, with pending load balancers and no-ready counts', async () => {
    const a = await ask('svc in payments', runtime());
    const b = await ask('services -n payments', runtime());
    expect(a.text).toBe(b.text);
    expect(a.text).toContain('12 Services: 8 ClusterIP, 1 NodePort, 2 LoadBalancer (1 pending), 1 ExternalName. 5 have no ready endpoint.');
    expect(a.text).toMatch(/checkout\s+LoadBalancer\s+10\.96\.20\.15\s+pending \d+d/);
    expect(choiceCommands(a)[0]).toBe('service api -n payments');
  });

  it('`services all` with every namespace visible makes one cluster-wide call per kind', async () => {
    const { result, paths } = await requestsDuring(() => ask('services all', runtime()));
    expect(result.text).toContain('92 Services in 3 namespaces');
    expect(paths.sort()).toEqual(['/api/v1/services', '/apis/discovery.k8s.io/v1/endpointslices']);
  });

  it('pages a large namespace within the platform limits, with paging choices', async () => {
    const first = await ask('services big', runtime());
    const table = first.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.length).toBe(30);
    expect(first.text).toContain('75 Services: 75 ClusterIP. Showing 1–30, page 1 of 3.');
    expect(choiceCommands(first).slice(0, 2)).toEqual(['services big page=2', 'services big page=3']);
    const last = await ask('services big page=3', runtime());
    expect(last.text).toContain('Showing 61–75, page 3 of 3.');
    expect(last.text).toContain('svc-074');
    expect(last.text).not.toContain('svc-059');
    expect(choiceCommands(last)[0]).toBe('services big page=2');
    const beyond = await ask('services big page=4', runtime());
    expect(beyond.outcome).toBe('invalid');
    expect(beyond.text).toContain('There are only 3 pages; page 4 does not exist.');
    for (const bad of ['services big page=0', 'services big page=two', 'services big sort=name']) {
      expect((await ask(bad, runtime())).outcome).toBe('invalid');
    }
  });

  it('shows `?` for endpoints it may not read and names the permission', async () => {
    api.faults.push({ path: /endpointslices/, fault: { status: 403 } });
    const r = await ask('services shop', runtime());
    expect(r.outcome).toBe('ok');
    expect(r.text).toMatch(/web\s+ClusterIP\s+10\.96\.10\.10\s+—\s+80→http\/TCP\s+\?/);
    expect(r.text).toContain('Warning: Forbidden (403): the bot may not list endpointslices.discovery.k8s.io in namespace shop');
  });

  it('says nothing exists in an empty or unknown namespace', async () => {
    const r = await ask('services nowhere', runtime());
    expect(r.text).toContain('No Services in `nowhere` (or the namespace does not exist).');
  });

  it('refuses a namespace name that cannot exist, and two namespaces at once', async () => {
    expect((await ask('services Bad_NS', runtime())).text).toContain('`Bad_NS` is not a namespace name.');
    expect((await ask('services shop -n web', runtime())).text).toContain('That names two namespaces');
    expect((await ask('services shop -A', runtime())).text).toContain('one namespace and for all of them at once');
  });
});

describe('service', () => {
  it('shows one Service in depth, then its diagnostics', async () => {
    const r = await ask('service web -n shop', runtime());
    expect(r.outcome).toBe('ok');
    for (const section of ['Service `web` in `shop`', 'Pods', 'Endpoints', 'Ingress rules', 'How to reach it', 'Diagnostics']) expect(r.text).toContain(section);
    expect(r.text).toContain('kubectl port-forward -n shop svc/web 8080:80');
    expect(r.text).toContain('http://localhost:8001/api/v1/namespaces/shop/services/web:http/proxy/');
    expect(r.text).toContain('Done: No problems found (13 checks).');
    expect(r.data).toMatchObject({ service: { namespace: 'shop', name: 'web', type: 'ClusterIP' }, findings: [] });
  });

  it("lists the Service's own findings, and the Ingress findings about it", async () => {
    const api_ = await ask('service api -n payments', runtime());
    expect(api_.text).toContain('Error: Service `api`: Selector `app=api` matches no running pod in `payments` (closest: pod `api-v2-7c8d9-aaaaa` has `app=api-v2`).');
    const checkout = await ask('service checkout -n payments', runtime());
    expect(checkout.text).toContain('names port 8443 of Service `checkout`, which has ports 443 (https)');
    expect(checkout.text).toContain('Warning: Service `checkout`: Type LoadBalancer, but it has had no external address');
    expect(checkout.text).not.toContain('api-gateway');
  });

  it('accepts namespace/name, a cluster DNS name and "in <namespace>"', async () => {
    const expected = (await ask('service admin -n payments', runtime())).text;
    for (const form of ['service payments/admin', 'service admin.payments.svc.cluster.local', 'inspect admin in payments', 'service admin in the payments namespace']) {
      expect((await ask(form, runtime())).text, form).toBe(expected);
    }
  });

  it('finds a Service in the one other namespace that has it when none was named', async () => {
    const r = await ask('service billing', runtime());
    expect(r.outcome).toBe('ok');
    expect(r.text).toContain('Note: There is no Service `billing` in `default`; this is the one in `payments`.');
    expect(r.text).toContain('Service `billing` in `payments`');
  });

  it('suggests close names for a Service that does not exist', async () => {
    const r = await ask('service reprots -n payments', runtime());
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain('There is no Service `reprots` in `payments`.');
    expect(choiceCommands(r)).toEqual(['service reports -n payments', 'services payments']);
  });

  it('asks for a name, and refuses one that cannot be a Service', async () => {
    expect((await ask('service', runtime())).text).toContain('Which Service? Give its name.');
    expect((await ask('service API_v2 -n shop', runtime())).text).toContain('`API_v2` is not a Service name.');
    expect((await ask('service web -A', runtime())).outcome).toBe('invalid');
  });
});

describe('diagnose', () => {
  it('finds nothing in a healthy namespace', async () => {
    const r = await ask('diagnose shop', runtime());
    expect(r.outcome).toBe('ok');
    expect(r.text).toContain('Done: No problems found: 13 of 13 checks ran over 5 Services and 1 Ingress.');
    expect(r.data).toMatchObject({ total: 0, findings: [] });
  });

  it('lists findings by severity with why, fix and docs, paged', async () => {
    const r = await ask('doctor -n payments', runtime());
    expect(r.text).toContain('7 errors, 6 warnings, 2 notes over 12 Services and 3 Ingresses (13 of 13 checks ran), most severe first. Showing 1–12, page 1 of 2.');
    const notes = r.blocks.filter((b) => b.type === 'note').map((b) => (b.type === 'note' ? b.tone : ''));
    expect(notes.slice(0, 7)).toEqual(Array(7).fill('error'));
    expect(r.text).toContain('Fix: Name a port the Service exposes');
    expect(r.text).toContain('(https://kubernetes.io/docs/concepts/services-networking/ingress/#resource-backend)');
    const page2 = await ask('diagnose payments page=2', runtime());
    expect(page2.text).toContain('Note: Service `reports`: Selects exactly the same 1 pod as Service `reports-copy`');
    const ids = (r.data.findings as { diagnostic: string }[]).map((f) => f.diagnostic);
    expect(new Set(ids).size).toBe(13);
  });

  it('over every namespace, names the namespace of each object', async () => {
    const r = await ask('diagnose all', runtime());
    expect(r.text).toContain('Error: Service `big/svc-000`: Selector `app=svc-000` matches no running pod in `big`.');
    const findings = r.data.findings as { object: { namespace: string; name: string } }[];
    expect(findings.some((f) => f.object.namespace === 'payments' && f.object.name === 'bank')).toBe(true);
    expect(findings.some((f) => f.object.namespace === 'shop')).toBe(false);
  });

  it('says which checks could not run and why, instead of reporting problems', async () => {
    api.faults.push({ path: /\/pods$/, fault: { status: 403 } });
    const r = await ask('diagnose payments', runtime());
    expect(r.text).not.toContain('matches no running pod');
    expect(r.text).toContain('Not checked (5)');
    expect(r.text).toContain('Forbidden (403): the bot may not list pods in namespace payments');
  });
});

describe('who sees what', () => {
  const policy = { channels: { C1: { namespaces: ['shop'] }, C2: { namespaces: ['shop', 'payments'] } } };

  it('refuses a namespace outside the channel before reading anything', async () => {
    for (const command of ['services payments', 'service api -n payments', 'diagnose payments', 'service payments/api', 'svc in payments']) {
      const { result, paths } = await requestsDuring(() => ask(command, runtime(policy), SLACK('C1')));
      expect(result.outcome, command).toBe('invalid');
      expect(result.text, command).toContain('This channel may not look at namespace `payments`. It may see `shop`.');
      expect(paths, command).toEqual([]);
    }
  });

  it('offers, on a refusal, the same request in the namespaces the channel may see', async () => {
    const buttons = async (command: string) =>
      (await ask(command, runtime(policy), SLACK('C1'))).blocks.flatMap((b) => (b.type === 'choices' ? b.options.map((o) => o.command) : []));
    expect(await buttons('service api -n payments')).toEqual(['service api -n shop']);
    expect(await buttons('services payments')).toEqual(['services shop']);
    expect(await buttons('diagnose payments')).toEqual(['diagnose shop']);
  });

  it('`all` means the channel\'s namespaces: one call per namespace, nothing else', async () => {
    const { result, paths } = await requestsDuring(() => ask('services all', runtime(policy), SLACK('C1')));
    expect(result.text).toContain('Services in `shop`');
    expect(result.text).not.toMatch(/^payments /m);
    expect(paths.sort()).toEqual(['/api/v1/namespaces/shop/services', '/apis/discovery.k8s.io/v1/namespaces/shop/endpointslices']);
    const two = await requestsDuring(() => ask('diagnose -A', runtime(policy), SLACK('C2')));
    expect(two.paths.filter((p) => p.includes('/namespaces/')).every((p) => /\/namespaces\/(shop|payments)\//.test(p))).toBe(true);
    expect(two.paths.some((p) => /^\/api\/v1\/(services|pods)$/.test(p))).toBe(false);
  });

  it("defaults to the channel's only namespace, and searches only visible namespaces for a Service", async () => {
    const r = await ask('services', runtime(policy), SLACK('C1'));
    expect(r.text).toContain('Services in `shop`');
    const { result, paths } = await requestsDuring(() => ask('service billing', runtime(policy), SLACK('C1')));
    expect(result.text).toContain('There is no Service `billing` in `shop`.');
    expect(paths.some((p) => p.includes('payments'))).toBe(false);
  });

  it('a chat channel with no entry sees nothing and reads nothing', async () => {
    const { result, paths } = await requestsDuring(() => ask('services all', runtime(policy), SLACK('C-unlisted')));
    expect(result.outcome).toBe('invalid');
    expect(result.text).toContain('This channel may not look at any namespace of the cluster.');
    expect(paths).toEqual([]);
  });

  it('never shows a Pod spec or a Secret', async () => {
    const texts = await Promise.all(['services all', 'service web -n shop', 'diagnose all', 'service db -n shop'].map(async (c) => JSON.stringify(await ask(c, runtime()))));
    for (const t of texts) expect(t).not.toMatch(/hunter2|DB_PASSWORD|c2VjcmV0|ghcr\.io|readinessProbe/);
  });
});

describe('faults', () => {
  it('no cluster configured: says how to connect one', async () => {
    const r = await ask('services shop', testRuntime());
    expect(r.outcome).toBe('unavailable');
    expect(r.text).toContain('No cluster is connected.');
    expect(r.text).toContain('Set `KUBECONFIG`');
    expect(r.text).toContain('--cluster-dump file.yaml');
  });

  it('API down: one sentence, and every other command keeps working', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const down = runtime(undefined, source({ server: `http://127.0.0.1:${port}` }));
    for (const command of ['services shop', 'service web -n shop', 'diagnose shop']) {
      const r = await ask(command, down);
      expect(r.outcome, command).toBe('unavailable');
      expect(r.text, command).toBe(`Error: Cannot reach the Kubernetes API at http://127.0.0.1:${port}: connection refused; check that the cluster is running and that the server address in the kubeconfig is right.`);
    }
    expect((await ask('help', down)).outcome).toBe('ok');
  });

  it('a hanging API server: answered at the timeout, then the next command is fine', async () => {
    api.faults.push({ path: /services/, fault: 'hang' });
    const slow = runtime(undefined, source({ timeoutMs: 300 }));
    const r = await ask('services shop', slow);
    expect(r.outcome).toBe('unavailable');
    expect(r.text).toBe(`Error: The Kubernetes API at ${api.url} did not answer within 0.3 s while listing Services.`);
    api.faults.length = 0;
    expect((await ask('services shop', slow)).outcome).toBe('ok');
    expect((await ask('help', slow)).outcome).toBe('ok');
  }, 5000);

  it('401 and 5xx give one sentence each, no stack and no headers', async () => {
    for (const status of [401, 500]) {
      api.faults.length = 0;
      api.faults.push({ path: /./, fault: { status } });
      const r = await ask('diagnose shop', runtime());
      expect(r.outcome).toBe('unavailable');
      expect(r.text.split('\n')).toHaveLength(1);
      expect(r.text).not.toMatch(/Headers|at .*\.js|ApiException/);
    }
  });
});

describe('free text', () => {
  const routed = (text: string) => route(text, registry, builtInKnowledge())?.command ?? null;

  it('routes the phrasings people use', () => {
    expect(routed('show services in payments')).toBe('services payments');
    expect(routed("what's exposed in shop")).toBe('services shop');
    expect(routed('list all services across all namespaces')).toBe('services all');
    expect(routed('which services are running in the payments namespace?')).toBe('services payments');
    expect(routed("why can't I reach my service api in payments")).toBe('service api -n payments');
    expect(routed('api service not reachable')).toBe('service api');
    expect(routed('how do I reach the checkout service in payments?')).toBe('service checkout -n payments');
    expect(routed("what's wrong in payments")).toBe('diagnose payments');
    expect(routed("why can't I reach my service in payments")).toBe('diagnose payments');
    expect(routed('is anything broken across the cluster?')).toBe('diagnose all');
    expect(routed('describe api in payments')).toBe('service api -n payments');
    expect(routed('how do I reach api in namespace payments')).toBe('service api -n payments');
    expect(routed('how can I access checkout in the shop namespace')).toBe('service checkout -n shop');
  });

  it('leaves knowledge questions alone', () => {
    for (const text of [
      'what is a service',
      'which service type should I use?',
      'nodeport vs lb?',
      'how do I reach a ClusterIP service from my laptop',
      'how do I reach the database in payments',
      'describe ingress in payments',
      'explain headless services',
      'what is the difference between services and ingress',
      "what's wrong with my ingress yaml",
      'I need to expose my API service on bare metal',
      'my service fails to start',
      // No namespace and no Service named: the checklist of common causes (ask) answers it.
      "why can't I reach my service",
    ]) {
      expect(['services', 'service', 'diagnose']).not.toContain(route(text, registry, builtInKnowledge())?.name);
    }
  });

  it('runs a routed phrase end to end', async () => {
    const r = await ask('show services in payments', runtime());
    expect(r.command).toBe('services');
    expect(r.text).toContain('Services in `payments`');
  });
});

describe('hostile input', () => {
  it('any words after the cluster commands get a short reply, never a throw', async () => {
    const dump = runtime();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('services', 'service', 'diagnose', 'svc', 'inspect', 'doctor'), fc.string({ maxLength: 80 }), async (command, rest) => {
        const r = await ask(`${command} ${rest}`, dump);
        expect(['ok', 'invalid', 'unavailable']).toContain(r.outcome);
        expect(r.text.length).toBeLessThan(20_000);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
