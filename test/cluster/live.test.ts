// The live source: the real @kubernetes/client-node 1.4.0 against a loopback fake API server with
// a real kubeconfig. Paging, where the configuration comes from, and one clear sentence per fault.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveSource, DEFAULT_REQUEST_TIMEOUT_MS, locateCluster, SERVICE_ACCOUNT_DIR } from '../../src/cluster/live.js';
import type { ClusterSource, ListResult, ResourceKind } from '../../src/cluster/source.js';
import { loadFixture } from '../fakes/cluster-fixture.js';
import { startFakeKubeApi, writeKubeconfig, type FakeKubeApi } from '../fakes/kube-api.js';

const TLS = {
  cert: readFileSync(new URL('../fixtures/tls/self-signed.crt', import.meta.url), 'utf8'),
  key: readFileSync(new URL('../fixtures/tls/self-signed.key', import.meta.url), 'utf8'),
};
const CA_FILE = new URL('../fixtures/tls/self-signed.crt', import.meta.url).pathname;
const TOKEN = 'fake-token-0123456789';
const emptyDir = () => mkdtempSync(join(tmpdir(), 'kc-empty-'));

let api: FakeKubeApi;
beforeAll(async () => {
  api = await startFakeKubeApi(loadFixture());
});
afterAll(async () => {
  await api.close();
});

/** A source on the fake with a short timeout, as tests want it. */
function live(kubeconfig = api.kubeconfig(), options: { timeoutMs?: number; pageSize?: number } = {}): ClusterSource {
  const source = createLiveSource({ kubeconfig, home: emptyDir(), inClusterRoot: emptyDir(), timeoutMs: options.timeoutMs ?? 1000, pageSize: options.pageSize });
  if (!source) throw new Error('expected a source');
  return source;
}

function problemOf<K extends ResourceKind>(result: ListResult<K>) {
  if (result.ok) throw new Error(`expected a problem, got ${result.items.length} items`);
  return result.problem;
}

async function withFault<T>(path: RegExp, fault: FakeKubeApi['faults'][number]['fault'], fn: () => Promise<T>): Promise<T> {
  api.faults.push({ path, fault });
  try {
    return await fn();
  } finally {
    api.faults.length = 0;
  }
}

describe('live source: reading', () => {
  it('lists a namespace as plain objects, with the kubeconfig token', async () => {
    const before = api.requests.length;
    const result = await live().list('services', { namespace: 'shop' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.items.map((s) => s.name).sort()).toEqual(['cart', 'db', 'ext-payments', 'storefront', 'web']);
    const web = result.items.find((s) => s.name === 'web');
    expect(web).toEqual({
      namespace: 'shop',
      name: 'web',
      created: '2026-11-20T09:00:00.000Z',
      type: 'ClusterIP',
      clusterIP: '10.96.10.10',
      selector: { app: 'web' },
      ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 'http', nodePort: null, appProtocol: null }],
      externalName: null,
      externalIPs: [],
      loadBalancerIngress: [],
      loadBalancerClass: null,
      externalTrafficPolicy: null,
      publishNotReadyAddresses: false,
    });
    expect(Object.getPrototypeOf(web)).toBe(Object.prototype);
    const request = api.requests[before];
    expect(request).toMatchObject({ method: 'GET', path: '/api/v1/namespaces/shop/services', query: { limit: '500' } });
    expect(request?.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('pages with limit and continue until the server stops sending a continue token', async () => {
    const before = api.requests.length;
    const result = await live(undefined, { pageSize: 2 }).list('services', { namespace: 'shop' });
    expect(result.ok && result.items.length).toBe(5);
    const requests = api.requests.slice(before);
    expect(requests.map((r) => r.query)).toEqual([
      { limit: '2' },
      { limit: '2', continue: expect.any(String) },
      { limit: '2', continue: expect.any(String) },
    ]);
    expect(requests[1]?.query.continue).not.toBe(requests[2]?.query.continue);
  });

  it('lists every namespace with one cluster-wide call, and cluster-scoped kinds without a namespace', async () => {
    const before = api.requests.length;
    const source = live();
    const all = await source.list('endpointslices', { allNamespaces: true });
    const nodes = await source.list('nodes', { namespace: 'shop' });
    const classes = await source.list('ingressclasses', { allNamespaces: true });
    expect(all.ok && new Set(all.items.map((s) => s.namespace))).toEqual(new Set(['shop', 'payments']));
    expect(nodes.ok && nodes.items).toEqual([
      { name: 'node-a', addresses: [{ type: 'InternalIP', address: '10.0.0.11' }, { type: 'ExternalIP', address: '198.51.100.11' }, { type: 'Hostname', address: 'node-a' }] },
      { name: 'node-b', addresses: [{ type: 'InternalIP', address: '10.0.0.12' }, { type: 'ExternalIP', address: '198.51.100.12' }, { type: 'Hostname', address: 'node-b' }] },
    ]);
    expect(classes.ok && classes.items).toEqual([{ name: 'nginx', controller: 'k8s.io/ingress-nginx', isDefault: false }]);
    expect(api.requests.slice(before).map((r) => r.path)).toEqual([
      '/apis/discovery.k8s.io/v1/endpointslices',
      '/api/v1/nodes',
      '/apis/networking.k8s.io/v1/ingressclasses',
    ]);
  });

  it('keeps of a Pod only its labels, readiness and container ports', async () => {
    const result = await live().list('pods', { namespace: 'shop' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const web = result.items.find((p) => p.name === 'web-5d9c7-abcde');
    expect(web).toEqual({
      namespace: 'shop',
      name: 'web-5d9c7-abcde',
      labels: { app: 'web', 'pod-template-hash': '5d9c7' },
      phase: 'Running',
      ready: true,
      containerPorts: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
    });
    expect(JSON.stringify(result.items)).not.toContain('hunter2');
  });

  it('reads over HTTPS with the in-cluster service account and its CA', async () => {
    const secure = await startFakeKubeApi(loadFixture(), { tls: TLS });
    const root = emptyDir();
    const dir = join(root, SERVICE_ACCOUNT_DIR);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'token'), 'in-cluster-token-abcdef');
    writeFileSync(join(dir, 'ca.crt'), TLS.cert);
    writeFileSync(join(dir, 'namespace'), 'kube-concierge');
    const saved = { host: process.env.KUBERNETES_SERVICE_HOST, port: process.env.KUBERNETES_SERVICE_PORT };
    process.env.KUBERNETES_SERVICE_HOST = '127.0.0.1';
    process.env.KUBERNETES_SERVICE_PORT = String(secure.port);
    try {
      expect(locateCluster({ home: emptyDir(), inClusterRoot: root })).toEqual({ kind: 'in-cluster' });
      const source = createLiveSource({ home: emptyDir(), inClusterRoot: root, timeoutMs: 2000 });
      const result = await source?.list('services', { namespace: 'payments' });
      expect(result?.ok && result.items.length).toBe(12);
      expect(secure.requests[0]?.authorization).toBe('Bearer in-cluster-token-abcdef');
      expect(source?.describe()).toBe(`the cluster at https://127.0.0.1:${secure.port}`);
    } finally {
      if (saved.host === undefined) delete process.env.KUBERNETES_SERVICE_HOST;
      else process.env.KUBERNETES_SERVICE_HOST = saved.host;
      if (saved.port === undefined) delete process.env.KUBERNETES_SERVICE_PORT;
      else process.env.KUBERNETES_SERVICE_PORT = saved.port;
      await secure.close();
    }
  });
});

describe('live source: where the cluster is configured', () => {
  it('is absent when there is no KUBECONFIG, no ~/.kube/config and no service account', () => {
    expect(locateCluster({ home: emptyDir(), inClusterRoot: emptyDir() })).toEqual({ kind: 'none' });
    expect(createLiveSource({ home: emptyDir(), inClusterRoot: emptyDir() })).toBeNull();
  });

  it('uses ~/.kube/config when KUBECONFIG is not set', async () => {
    const home = emptyDir();
    mkdirSync(join(home, '.kube'));
    writeKubeconfig(api.url, { dir: join(home, '.kube') });
    expect(locateCluster({ home, inClusterRoot: emptyDir() })).toEqual({ kind: 'default-file', file: join(home, '.kube', 'config') });
    const result = await createLiveSource({ home, inClusterRoot: emptyDir() })?.list('services', { namespace: 'shop' });
    expect(result?.ok).toBe(true);
  });

  it('merges a KUBECONFIG list, skipping files that do not exist', async () => {
    const result = await live(`${join(emptyDir(), 'missing')}:${api.kubeconfig()}`).list('services', { namespace: 'shop' });
    expect(result.ok).toBe(true);
  });

  it('says so when KUBECONFIG names no file that exists', async () => {
    const missing = join(emptyDir(), 'nope.yaml');
    const problem = problemOf(await live(missing).list('services', { namespace: 'shop' }));
    expect(problem).toEqual({ reason: 'config', message: `KUBECONFIG names \`${missing}\`, which does not exist.` });
  });

  it('never repeats a broken kubeconfig, which may hold a token', async () => {
    const file = join(emptyDir(), 'config');
    writeFileSync(file, `users:\n- name: x\n  user:\n    token: super-secret-token-value\n  bad: [\n`);
    const problem = problemOf(await live(file).list('services', { namespace: 'shop' }));
    expect(problem.reason).toBe('config');
    expect(problem.message).toContain('is not a valid kubeconfig file');
    expect(problem.message).not.toContain('super-secret');
  });

  it('explains that a plain http:// server needs insecure-skip-tls-verify', async () => {
    const problem = problemOf(await live(api.kubeconfig({ insecure: false })).list('services', { namespace: 'shop' }));
    expect(problem.reason).toBe('config');
    expect(problem.message).toContain('plain http:// server');
    expect(problem.message).toContain('insecure-skip-tls-verify: true');
  });

  it('gives up on one request after 5 s by default', () => {
    expect(DEFAULT_REQUEST_TIMEOUT_MS).toBe(5000);
  });
});

describe('live source: faults become one sentence', () => {
  const fault = (status: number, body?: unknown) => ({ status, ...(body === undefined ? {} : { body }) });

  it('an API server that is not listening', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const problem = problemOf(await live(api.kubeconfig({ server: `http://127.0.0.1:${port}` })).list('services', { namespace: 'shop' }));
    expect(problem).toEqual({
      reason: 'unreachable',
      message: `Cannot reach the Kubernetes API at http://127.0.0.1:${port}: connection refused; check that the cluster is running and that the server address in the kubeconfig is right.`,
    });
  });

  it('an https:// URL pointing at a server that does not speak TLS', async () => {
    const problem = problemOf(await live(api.kubeconfig({ server: `https://127.0.0.1:${api.port}`, insecure: false })).list('services', { namespace: 'shop' }));
    expect(problem.reason).toBe('tls');
    expect(problem.message).toBe(
      `The TLS connection to the Kubernetes API at https://127.0.0.1:${api.port} failed: the server does not speak TLS on that port (is the kubeconfig server https:// where it should be http://, or the wrong port?).`,
    );
  });

  it('a self-signed certificate the kubeconfig does not trust, and the same with its CA', async () => {
    const secure = await startFakeKubeApi(loadFixture(), { tls: TLS });
    try {
      const untrusted = problemOf(await live(secure.kubeconfig({ insecure: false })).list('services', { namespace: 'shop' }));
      expect(untrusted.reason).toBe('tls');
      expect(untrusted.message).toContain('its certificate is self-signed and the kubeconfig does not trust it');
      const trusted = await live(secure.kubeconfig({ insecure: false, caFile: CA_FILE })).list('services', { namespace: 'shop' });
      expect(trusted.ok).toBe(true);
    } finally {
      await secure.close();
    }
  });

  it('401: credentials rejected', async () => {
    const problem = await withFault(/services/, fault(401), async () => problemOf(await live().list('services', { namespace: 'shop' })));
    expect(problem.reason).toBe('unauthorized');
    expect(problem.message).toBe(
      `The Kubernetes API at ${api.url} rejected the bot's credentials (401 Unauthorized): the token or client certificate in its kubeconfig is missing, wrong or expired.`,
    );
  });

  it('403: names the permission that is missing', async () => {
    const forbidden = fault(403, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'Forbidden', code: 403, message: 'endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:bots:kc" cannot list resource' });
    const problem = await withFault(/endpointslices/, forbidden, async () => problemOf(await live().list('endpointslices', { namespace: 'shop' })));
    expect(problem).toEqual({
      reason: 'forbidden',
      message: 'Forbidden (403): the bot may not list endpointslices.discovery.k8s.io in namespace shop; grant its account get and list on endpointslices.discovery.k8s.io.',
    });
    const nodes = await withFault(/nodes/, fault(403), async () => problemOf(await live().list('nodes', { allNamespaces: true })));
    expect(nodes.message).toContain('may not list nodes at cluster scope');
    const all = await withFault(/ingresses/, fault(403), async () => problemOf(await live().list('ingresses', { allNamespaces: true })));
    expect(all.message).toContain('may not list ingresses.networking.k8s.io in all namespaces');
  });

  it('404: the API is not served', async () => {
    const problem = await withFault(/endpointslices/, fault(404), async () => problemOf(await live().list('endpointslices', { namespace: 'shop' })));
    expect(problem).toEqual({
      reason: 'not-found',
      message: `The Kubernetes API at ${api.url} answered 404 Not Found for EndpointSlices (discovery.k8s.io/v1 (Kubernetes 1.21+)): the cluster may be too old or the server URL wrong.`,
    });
  });

  it('5xx: the server failed', async () => {
    for (const status of [500, 503]) {
      const problem = await withFault(/services/, fault(status, 'upstream connect error'), async () => problemOf(await live().list('services', { namespace: 'shop' })));
      expect(problem).toEqual({ reason: 'server-error', message: `The Kubernetes API at ${api.url} failed with ${status} while listing Services; ask again in a moment.` });
    }
  });

  it('malformed JSON, and JSON that is not a Kubernetes object', async () => {
    const broken = await withFault(/services/, 'malformed', async () => problemOf(await live().list('services', { namespace: 'shop' })));
    expect(broken).toEqual({ reason: 'malformed', message: `The Kubernetes API at ${api.url} sent a Services list that is not valid JSON.` });
    const shape = { kind: 'ServiceList', apiVersion: 'v1', metadata: {}, items: [{ metadata: { name: 'odd', namespace: 'shop' }, spec: { ports: [{ port: 'eighty' }] } }] };
    const odd = await withFault(/services/, fault(200, shape), async () => problemOf(await live().list('services', { namespace: 'shop' })));
    expect(odd.reason).toBe('malformed');
    expect(odd.message).toContain('"odd": spec.ports.0.port');
  });

  it('a server that never answers: the request is abandoned at the timeout', async () => {
    const problem = await withFault(/pods/, 'hang', async () => problemOf(await live(undefined, { timeoutMs: 300 }).list('pods', { namespace: 'shop' })));
    expect(problem).toEqual({ reason: 'timeout', message: `The Kubernetes API at ${api.url} did not answer within 0.3 s while listing Pods.` });
  }, 5000);

  it('a server that stops in the middle of the body: abandoned at the same timeout', async () => {
    const problem = await withFault(/services/, 'stall', async () => problemOf(await live(undefined, { timeoutMs: 300 }).list('services', { namespace: 'shop' })));
    expect(problem).toEqual({ reason: 'timeout', message: `The Kubernetes API at ${api.url} did not answer within 0.3 s while listing Services.` });
  }, 5000);

  it('a connection closed mid-request', async () => {
    const problem = await withFault(/services/, 'reset', async () => problemOf(await live().list('services', { namespace: 'shop' })));
    expect(problem.reason).toBe('unreachable');
    expect(problem.message).toBe(`Cannot reach the Kubernetes API at ${api.url}: the server closed the connection.`);
  });

  it('never puts the token, headers or a stack in a message', async () => {
    const messages: string[] = [];
    for (const f of [fault(401), fault(403), fault(404), fault(500), 'malformed' as const]) {
      messages.push(await withFault(/services/, f, async () => problemOf(await live().list('services', { namespace: 'shop' })).message));
    }
    for (const message of messages) {
      expect(message).not.toMatch(/fake-token|Headers|content-type|\bat .*\.js:\d+/i);
      expect(message.split('\n')).toHaveLength(1);
    }
  });

  it('recovers: after a fault the next request is answered', async () => {
    await withFault(/services/, fault(503), async () => problemOf(await live().list('services', { namespace: 'shop' })));
    const result = await live().list('services', { namespace: 'shop' });
    expect(result.ok).toBe(true);
  });
});
