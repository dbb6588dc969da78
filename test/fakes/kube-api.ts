// A loopback fake of the Kubernetes API server: serves Kubernetes JSON for the resources the bot
// reads (Services, EndpointSlices, Ingresses, IngressClasses, Pods, Nodes), pages lists with
// `limit`/`continue` as the real server does, answers legacy discovery (for kubectl), records
// every request, and injects faults (status codes, malformed JSON, hangs, answers held until the
// test releases them) per path.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A Kubernetes object as JSON (whatever the fixture holds). */
export type KubeObject = { apiVersion?: string; kind?: string; metadata: { name: string; namespace?: string } & Record<string, unknown> } & Record<string, unknown>;

interface ResourceType {
  /** Path prefix of the group version: `/api/v1` or `/apis/<group>/<version>`. */
  groupVersion: string;
  plural: string;
  kind: string;
  namespaced: boolean;
  shortNames?: string[];
}

const RESOURCES: ResourceType[] = [
  { groupVersion: '/api/v1', plural: 'services', kind: 'Service', namespaced: true, shortNames: ['svc'] },
  { groupVersion: '/api/v1', plural: 'pods', kind: 'Pod', namespaced: true, shortNames: ['po'] },
  { groupVersion: '/api/v1', plural: 'nodes', kind: 'Node', namespaced: false, shortNames: ['no'] },
  { groupVersion: '/api/v1', plural: 'namespaces', kind: 'Namespace', namespaced: false, shortNames: ['ns'] },
  { groupVersion: '/api/v1', plural: 'secrets', kind: 'Secret', namespaced: true },
  { groupVersion: '/apis/discovery.k8s.io/v1', plural: 'endpointslices', kind: 'EndpointSlice', namespaced: true },
  { groupVersion: '/apis/networking.k8s.io/v1', plural: 'ingresses', kind: 'Ingress', namespaced: true, shortNames: ['ing'] },
  { groupVersion: '/apis/networking.k8s.io/v1', plural: 'ingressclasses', kind: 'IngressClass', namespaced: false },
];

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
}

/** What to do instead of answering normally, for requests whose path matches. */
export type Fault =
  | { status: number; body?: unknown }
  | 'hang'
  /** No answer until `release()`, then the normal one: a slow API, without timers. */
  | 'hold'
  /** Headers and the start of the body, then nothing. */
  | 'stall'
  | 'malformed'
  | 'reset';

export interface FaultRule {
  /** Matched against the request path (without the query string). */
  path: RegExp;
  fault: Fault;
}

export interface FakeKubeApi {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Objects served, by plural resource name. */
  objects: Map<string, KubeObject[]>;
  faults: FaultRule[];
  /** Replaces the objects of a resource. */
  set(plural: string, items: KubeObject[]): void;
  /** Resolves with the first request (made or still to come) that matches. */
  waitForRequest(match: (request: RecordedRequest) => boolean): Promise<RecordedRequest>;
  /** Drops every 'hold' fault and answers the held requests normally. */
  release(): void;
  /** Writes a kubeconfig pointing at this server (plain HTTP, insecure-skip-tls-verify) and returns its path. */
  kubeconfig(options?: KubeconfigOptions): string;
  close(): Promise<void>;
}

export interface KubeconfigOptions {
  /** Server URL to write instead of this server's (to point at a closed port, or https). */
  server?: string;
  token?: string;
  namespace?: string;
  insecure?: boolean;
  /** A CA file the client should trust (certificate-authority). */
  caFile?: string;
  dir?: string;
}

/** Writes a kubeconfig file with one cluster, user and context, current. */
export function writeKubeconfig(server: string, options: Omit<KubeconfigOptions, 'server'> = {}): string {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'kc-kubeconfig-'));
  const path = join(dir, 'config');
  const insecure = options.insecure ?? true;
  const lines = [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- name: fake',
    '  cluster:',
    `    server: ${server}`,
    ...(insecure ? ['    insecure-skip-tls-verify: true'] : []),
    ...(options.caFile ? [`    certificate-authority: ${options.caFile}`] : []),
    'users:',
    '- name: tester',
    '  user:',
    `    token: ${options.token ?? 'fake-token-0123456789'}`,
    'contexts:',
    '- name: fake',
    '  context:',
    '    cluster: fake',
    '    user: tester',
    ...(options.namespace ? [`    namespace: ${options.namespace}`] : []),
    'current-context: fake',
    '',
  ];
  writeFileSync(path, lines.join('\n'), { mode: 0o600 });
  return path;
}

function status(code: number, reason: string, message: string): Record<string, unknown> {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code };
}

function discovery(path: string): unknown | undefined {
  if (path === '/api') return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [] };
  if (path === '/apis') {
    const groups = [...new Set(RESOURCES.filter((r) => r.groupVersion.startsWith('/apis/')).map((r) => r.groupVersion.slice(6)))];
    return {
      kind: 'APIGroupList',
      apiVersion: 'v1',
      groups: groups.map((gv) => {
        const [name, version] = gv.split('/') as [string, string];
        const entry = { groupVersion: gv, version };
        return { name, versions: [entry], preferredVersion: entry };
      }),
    };
  }
  const forGroup = RESOURCES.filter((r) => r.groupVersion === path);
  if (forGroup.length === 0) return undefined;
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: path === '/api/v1' ? 'v1' : path.slice(6),
    resources: forGroup.map((r) => ({
      name: r.plural,
      singularName: r.kind.toLowerCase(),
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: ['get', 'list', 'watch'],
      ...(r.shortNames ? { shortNames: r.shortNames } : {}),
    })),
  };
}

/**
 * Services as a server-side Table, which is what a real API server sends kubectl (it asks with
 * `Accept: application/json;as=Table;…`); kubectl then only prints the cells.
 */
const tableRows = new WeakMap<KubeObject, string>();

/** One Service as a Table row, the cells `kubectl get svc` prints. */
function tableRow(o: KubeObject): unknown {
  const spec = (o.spec ?? {}) as { type?: string; clusterIP?: string; ports?: { port: number; nodePort?: number; protocol?: string }[]; selector?: Record<string, string> };
  const ingress = ((o.status as { loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] } } | undefined)?.loadBalancer?.ingress ?? [])
    .map((a) => a.ip ?? a.hostname)
    .join(',');
  const ports = (spec.ports ?? []).map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`).join(',');
  const selector = Object.entries(spec.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
  return {
    cells: [o.metadata.name, spec.type ?? 'ClusterIP', spec.clusterIP ?? '<none>', ingress || (spec.type === 'LoadBalancer' ? '<pending>' : '<none>'), ports || '<none>', '10d', selector || '<none>'],
    object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata },
  };
}

function serviceTable(items: KubeObject[], metadata: Record<string, unknown>): string {
  const column = (name: string, priority = 0) => ({ name, type: 'string', format: name === 'Name' ? 'name' : '', description: '', priority });
  const head = JSON.stringify({
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata,
    columnDefinitions: [column('Name'), column('Type'), column('Cluster-IP'), column('External-IP'), column('Port(s)'), column('Age'), column('Selector', 1)],
  });
  const rows = items.map((o) => {
    let row = tableRows.get(o);
    if (row === undefined) {
      row = JSON.stringify(tableRow(o));
      tableRows.set(o, row);
    }
    return row;
  });
  return `${head.slice(0, -1)},"rows":[${rows.join(',')}]}`;
}

/** Which resource and namespace a list path names, or null. */
function matchList(path: string): { resource: ResourceType; namespace: string | null; name: string | null } | null {
  for (const resource of RESOURCES) {
    const gv = resource.groupVersion;
    if (path === `${gv}/${resource.plural}`) return { resource, namespace: null, name: null };
    if (!path.startsWith(`${gv}/`)) continue;
    const rest = path.slice(gv.length + 1).split('/');
    if (resource.namespaced && rest[0] === 'namespaces' && rest[2] === resource.plural && rest.length <= 4) {
      return { resource, namespace: rest[1] ?? null, name: rest[3] ?? null };
    }
    if (!resource.namespaced && rest[0] === resource.plural && rest.length === 2) {
      return { resource, namespace: null, name: rest[1] ?? null };
    }
  }
  return null;
}

export interface FakeOptions {
  /** Serve HTTPS with this certificate and key instead of plain HTTP. */
  tls?: { cert: string; key: string };
}

export async function startFakeKubeApi(initial: Record<string, KubeObject[]> = {}, options: FakeOptions = {}): Promise<FakeKubeApi> {
  const objects = new Map<string, KubeObject[]>(Object.entries(initial));
  const requests: RecordedRequest[] = [];
  const faults: FaultRule[] = [];
  const hanging = new Set<ServerResponse>();
  const held: { req: IncomingMessage; res: ServerResponse; path: string; query: Record<string, string> }[] = [];
  const waiters: { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  const encoded = new WeakMap<KubeObject, string>();

  const send = (res: ServerResponse, code: number, body: unknown) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(code, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };

  const serve = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const query = Object.fromEntries(url.searchParams);
    const recorded: RecordedRequest = { method: req.method ?? 'GET', path, query, authorization: req.headers.authorization };
    requests.push(recorded);
    for (const waiter of [...waiters]) {
      if (waiter.match(recorded)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(recorded);
      }
    }

    const rule = faults.find((f) => f.path.test(path));
    if (rule?.fault === 'hold') {
      held.push({ req, res, path, query });
      return;
    }
    if (rule) {
      const fault = rule.fault;
      if (fault === 'hang' || fault === 'stall') {
        if (fault === 'stall') {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write('{"kind":"ServiceList","items":[');
        }
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      if (fault === 'reset') {
        req.socket.destroy();
        return;
      }
      if (fault === 'malformed') {
        send(res, 200, '{"kind":"ServiceList","items":[{"metadata":');
        return;
      }
      send(res, fault.status, fault.body ?? status(fault.status, 'Fault', `injected ${fault.status}`));
      return;
    }
    answer(req, res, path, query);
  };

  const answer = (req: IncomingMessage, res: ServerResponse, path: string, query: Record<string, string>) => {
    if (req.method !== 'GET') {
      send(res, 405, status(405, 'MethodNotAllowed', 'the fake API server is read-only'));
      return;
    }

    const found = discovery(path);
    if (found !== undefined) {
      send(res, 200, found);
      return;
    }
    const match = matchList(path);
    if (!match) {
      send(res, 404, status(404, 'NotFound', 'the server could not find the requested resource'));
      return;
    }
    const { resource, namespace, name } = match;
    const all = (objects.get(resource.plural) ?? []).filter((o) => namespace === null || o.metadata.namespace === namespace);
    const apiVersion = resource.groupVersion === '/api/v1' ? 'v1' : resource.groupVersion.slice(6);
    if (name !== null) {
      const object = all.find((o) => o.metadata.name === name);
      if (object) send(res, 200, { apiVersion, kind: resource.kind, ...object });
      else send(res, 404, status(404, 'NotFound', `${resource.plural} "${name}" not found`));
      return;
    }
    const asTable = resource.plural === 'services' && /as=Table/.test(req.headers.accept ?? '');
    const limit = Number(query.limit ?? 0);
    const offset = query.continue ? Number(Buffer.from(query.continue, 'base64url').toString()) : 0;
    const end = limit > 0 ? Math.min(all.length, offset + limit) : all.length;
    const metadata: Record<string, unknown> = { resourceVersion: '1000' };
    if (end < all.length) {
      metadata.continue = Buffer.from(String(end)).toString('base64url');
      metadata.remainingItemCount = all.length - end;
    }
    const page = all.slice(offset, end);
    if (asTable) {
      send(res, 200, serviceTable(page, metadata));
      return;
    }
    // Each object is encoded once and reused, as an API server serves lists from its cache; it
    // keeps the fake's own cost small beside the clients being measured.
    const items = page.map((o) => {
      let json = encoded.get(o);
      if (json === undefined) {
        json = JSON.stringify({ apiVersion, kind: resource.kind, ...o });
        encoded.set(o, json);
      }
      return json;
    });
    const head = JSON.stringify({ apiVersion, kind: `${resource.kind}List`, metadata });
    send(res, 200, `${head.slice(0, -1)},"items":[${items.join(',')}]}`);
  };

  const server: Server = options.tls ? createTlsServer(options.tls, serve) : createServer(serve);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;

  return {
    url,
    port,
    requests,
    objects,
    faults,
    set(plural, items) {
      objects.set(plural, items);
    },
    waitForRequest(match) {
      const seen = requests.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    release() {
      for (let i = faults.length - 1; i >= 0; i--) if (faults[i]?.fault === 'hold') faults.splice(i, 1);
      for (const { req, res, path, query } of held.splice(0)) answer(req, res, path, query);
    },
    kubeconfig(options = {}) {
      return writeKubeconfig(options.server ?? url, options);
    },
    async close() {
      for (const res of hanging) res.destroy();
      for (const { res } of held.splice(0)) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
