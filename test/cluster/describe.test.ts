// describe/: pure objects -> blocks, compared as whole text (golden) on the fixture cluster.
import { describe, expect, it } from 'vitest';
import { loadClusterDump } from '../../src/cluster/dump.js';
import { findingBlocks, uncheckedBlocks } from '../../src/cluster/describe/findings.js';
import { localPort, mayBeHttp, proxyUrl, reachBlocks, routesTo, routeUrl } from '../../src/cluster/describe/reach.js';
import { describeService } from '../../src/cluster/describe/service.js';
import { serviceColumns, serviceRow, servicesSummary, serviceTableRow } from '../../src/cluster/describe/services-table.js';
import { diagnose } from '../../src/cluster/diagnostics/index.js';
import { indexSlices, matchedPods, slicesOf } from '../../src/cluster/model.js';
import { inNamespace, readSnapshot, type Snapshot } from '../../src/cluster/snapshot.js';
import { RESOURCE_KINDS, type Service } from '../../src/cluster/source.js';
import { reply, table, toPlainText, type Block } from '../../src/core/reply.js';
import { CLUSTER_FIXTURE } from '../fakes/cluster-fixture.js';
import { ingress, NOW, rule, svc } from './builders.js';

const text = (blocks: Block[]) => toPlainText(reply(null, blocks));
const snapshot: Snapshot = await readSnapshot(loadClusterDump(CLUSTER_FIXTURE), { all: false, namespaces: ['shop', 'payments'] }, RESOURCE_KINDS, NOW);

function find(namespace: string, name: string): Service {
  const found = snapshot.services.items.find((s) => s.namespace === namespace && s.name === name);
  if (!found) throw new Error(`no ${namespace}/${name}`);
  return found;
}

function described(namespace: string, name: string): string {
  const service = find(namespace, name);
  return text(
    describeService({
      service,
      now: NOW,
      pods: matchedPods(service, inNamespace(snapshot.pods, namespace)),
      slices: slicesOf(service, snapshot.endpointslices.items),
      routes: routesTo(service, snapshot.ingresses.items),
      nodes: snapshot.nodes.items,
    }),
  );
}

describe('describeService', () => {
  it('a ClusterIP Service behind an Ingress with TLS', () => {
    expect(described('shop', 'web')).toBe(`Service \`web\` in \`shop\`

Type: ClusterIP
Cluster IP: 10.96.10.10
Selector: \`app=web\`
Ports: http 80→http/TCP
Age: 6d

Pods

The selector matches 2 pods, 2 ready.

Pod              Ready  Phase    Container ports
web-5d9c7-abcde  yes    Running  http 8080/TCP
web-5d9c7-fghij  yes    Running  http 8080/TCP

Endpoints

2 of 2 ready. Ready: 10.244.1.11 (web-5d9c7-abcde), 10.244.2.12 (web-5d9c7-fghij).

Ingress rules

Ingress  Class  Host              Path        Port  URL
shop     nginx  shop.example.com  / (Prefix)  80    https://shop.example.com/

How to reach it

From a pod: \`web\` (from namespace \`shop\`), \`web.shop\` or \`web.shop.svc.cluster.local\`, port 80 (http). \`cluster.local\` is the default cluster domain.

From your laptop (with kubectl access): forward a local port, or for HTTP go through \`kubectl proxy\`:

\`\`\`sh
kubectl port-forward -n shop svc/web 8080:80
kubectl proxy
# then open http://localhost:8001/api/v1/namespaces/shop/services/web:http/proxy/
\`\`\`

From outside the cluster:
- Ingress: \`https://shop.example.com/\`.`);
  });

  it('a headless database: DNS to the pods, port-forward, no HTTP proxy, not reachable from outside', () => {
    expect(described('shop', 'db')).toBe(`Service \`db\` in \`shop\`

Type: ClusterIP (headless)
Cluster IP: None
Selector: \`app=db\`
Ports: postgres 5432→5432/TCP
Age: 6d

Pods

The selector matches 1 pod, 1 ready.

Pod   Ready  Phase    Container ports
db-0  yes    Running  postgres 5432/TCP

Endpoints

1 of 1 ready. Ready: 10.244.1.41 (db-0).

How to reach it

From a pod: \`db\` (from namespace \`shop\`), \`db.shop\` or \`db.shop.svc.cluster.local\`, port 5432 (postgres). \`cluster.local\` is the default cluster domain. It is headless: the name resolves to the ready pods' own addresses, not to one cluster IP.

From your laptop (with kubectl access), forward a local port:

\`\`\`sh
kubectl port-forward -n shop svc/db 5432:5432
\`\`\`

From outside the cluster: not reachable. It is a ClusterIP Service and no Ingress routes to it; expose it with a LoadBalancer or NodePort Service, or route to it from an Ingress.`);
  });

  it('a pending LoadBalancer: nodePorts work meanwhile; an Ingress naming a port it lacks gets no URL', () => {
    expect(described('payments', 'checkout')).toBe(`Service \`checkout\` in \`payments\`

Type: LoadBalancer
Cluster IP: 10.96.20.15
Selector: \`app=checkout\`
Ports: https 443→8443/TCP (node 32443)
External: pending 25d
Age: 25d

Pods

The selector matches 1 pod, 1 ready.

Pod                   Ready  Phase    Container ports
checkout-4d5f6-eeeee  yes    Running  8443/TCP

Endpoints

1 of 1 ready. Ready: 10.244.1.71 (checkout-4d5f6-eeeee).

Ingress rules

Ingress       Class  Host             Path                Port                               URL
payments-web  nginx  pay.example.com  /checkout (Prefix)  8443 (not a port of this Service)  —

How to reach it

From a pod: \`checkout\` (from namespace \`payments\`), \`checkout.payments\` or \`checkout.payments.svc.cluster.local\`, port 443 (https). \`cluster.local\` is the default cluster domain.

From your laptop (with kubectl access): forward a local port, or for HTTP go through \`kubectl proxy\`:

\`\`\`sh
kubectl port-forward -n payments svc/checkout 8443:443
kubectl proxy
# then open http://localhost:8001/api/v1/namespaces/payments/services/https:checkout:https/proxy/
\`\`\`

From outside the cluster:
- NodePort: any node's address on port 32443 (→ 443), e.g. \`198.51.100.11:32443\`, \`198.51.100.12:32443\`.
- Load balancer: no address yet (pending for 25d).`);
  });

  it('an ExternalName Service is DNS only', () => {
    expect(described('payments', 'bank')).toBe(`Service \`bank\` in \`payments\`

Type: ExternalName
External name: 10.20.30.40
Ports: —
Age: 25d

How to reach it

From a pod: \`bank\` (from namespace \`payments\`), \`bank.payments\` or \`bank.payments.svc.cluster.local\` resolve to \`10.20.30.40\` (a DNS CNAME); nothing is proxied, so use the outside service's own port.

From outside the cluster: an ExternalName Service only exists in cluster DNS; reach the outside service directly.`);
  });

  it('says what it could not read instead of guessing', () => {
    const service = find('payments', 'gateway');
    const forbidden = { reason: 'forbidden' as const, message: 'Forbidden (403): the bot may not list pods in namespace payments.' };
    const out = text(describeService({ service, now: NOW, pods: forbidden, slices: forbidden, routes: forbidden, nodes: forbidden }));
    expect(out).toContain('Pods\n\nUnknown: Forbidden (403)');
    expect(out).toContain('Endpoints\n\nUnknown: Forbidden (403)');
    expect(out).toContain('Ingress rules\n\nUnknown: Forbidden (403)');
    expect(out).toContain("- NodePort: any node's address on port 30080 (→ 80) (I could not read the nodes: Forbidden (403)");
    expect(out).toContain('- Ingress: unknown (I could not read the Ingresses: Forbidden (403)');
    expect(out).not.toContain('not reachable');
  });
});

describe('services table', () => {
  it('rows for a namespace: type, cluster IP, external address or pending, ports, ready/total', () => {
    const index = indexSlices(snapshot.endpointslices.items);
    const rows = ['storefront', 'db', 'ext-payments', 'web'].map((n) => serviceRow(find('shop', n), index.get(`shop/${n}`) ?? [], NOW));
    rows.push(serviceRow(find('payments', 'checkout'), index.get('payments/checkout') ?? [], NOW));
    rows.push(serviceRow(find('payments', 'worker'), null, NOW));
    expect(text([table(serviceColumns(true), rows.map((r) => serviceTableRow(r, true)))])).toBe(
      `Namespace  Name          Type          Cluster IP       External                Ports                      Ready/Total
shop       storefront    LoadBalancer  10.96.10.12      203.0.113.20            80→http/TCP (node 31080)   1/1
shop       db            ClusterIP     None (headless)  —                       5432→5432/TCP              1/1
shop       ext-payments  ExternalName  —                → payments.example.com  —                          —
shop       web           ClusterIP     10.96.10.10      —                       80→http/TCP                2/2
payments   checkout      LoadBalancer  10.96.20.15      pending 25d             443→8443/TCP (node 32443)  1/1
payments   worker        ClusterIP     10.96.20.11      —                       9000→9000/TCP              ?`,
    );
    expect(servicesSummary(rows)).toBe('6 Services: 3 ClusterIP, 2 LoadBalancer (1 pending), 1 ExternalName.');
  });

  it('counts an endpoint once across dual-stack slices, and terminating ones as not ready', () => {
    const service = svc('dual', { selector: { app: 'd' }, ports: [{ port: 80 }] });
    const slice = (name: string, family: string, addresses: string[]) => ({
      namespace: 'ns', name, serviceName: 'dual', addressType: family, ports: [],
      endpoints: addresses.map((a, i) => ({ addresses: [a], ready: i === 2 ? false : true, terminating: i === 1, nodeName: 'n', targetName: `pod-${i}` })),
    });
    const row = serviceRow(service, [slice('v4', 'IPv4', ['10.0.0.1', '10.0.0.2', '10.0.0.3']), slice('v6', 'IPv6', ['fd00::1', 'fd00::2', 'fd00::3'])], NOW);
    expect(row.endpoints).toBe('1/3');
  });
});

describe('how to reach it', () => {
  const port = (p: Partial<Service['ports'][number]>) => ({ name: null, protocol: 'TCP', port: 80, targetPort: 8080, nodePort: null, appProtocol: null, ...p });

  it('builds the kubectl proxy URL in its current form, port by name or number, https with a scheme prefix', () => {
    const s = svc('api', { selector: { app: 'api' } }, { namespace: 'payments' });
    expect(proxyUrl(s, port({ name: 'http' }))).toBe('http://localhost:8001/api/v1/namespaces/payments/services/api:http/proxy/');
    expect(proxyUrl(s, port({ port: 8080 }))).toBe('http://localhost:8001/api/v1/namespaces/payments/services/api:8080/proxy/');
    expect(proxyUrl(s, port({ port: 443 }))).toBe('http://localhost:8001/api/v1/namespaces/payments/services/https:api:443/proxy/');
    expect(proxyUrl(s, port({ port: 8443, appProtocol: 'https' }))).toBe('http://localhost:8001/api/v1/namespaces/payments/services/https:api:8443/proxy/');
  });

  it('picks unprivileged local ports for port-forward', () => {
    expect([localPort(80), localPort(443), localPort(53), localPort(8080), localPort(5432)]).toEqual([8080, 8443, 8053, 8080, 5432]);
  });

  it('knows which ports kubectl proxy cannot carry', () => {
    expect(mayBeHttp(port({ name: 'postgres', port: 5432 }))).toBe(false);
    expect(mayBeHttp(port({ port: 6379 }))).toBe(false);
    expect(mayBeHttp(port({ name: 'metrics', port: 9090 }))).toBe(true);
    expect(mayBeHttp(port({ name: 'http', port: 5432 }))).toBe(true);
  });

  it('gives Ingress URLs with https for TLS hosts (wildcards cover one label) and the address when there is no host', () => {
    const service = svc('web', { selector: { app: 'web' }, ports: [{ port: 80 }] });
    const tls = ingress('a', { ...rule('a.example.com', '/shop', 'web', 80), tls: [{ hosts: ['*.example.com'] }] });
    const deep = ingress('b', { ...rule('x.a.example.com', '/', 'web', 80), tls: [{ hosts: ['*.example.com'] }] });
    const bare = ingress('c', rule(null, '/', 'web', 80), { status: { loadBalancer: { ingress: [{ ip: '203.0.113.5' }] } } });
    const pending = ingress('d', rule(null, '/x', 'web', 80));
    expect(routesTo(service, [tls, deep, bare, pending]).map(routeUrl)).toEqual([
      'https://a.example.com/shop',
      'http://x.a.example.com/',
      'http://203.0.113.5/',
      'http://<ingress address>/x',
    ]);
  });

  it('offers no laptop route to a UDP-only Service', () => {
    const dns = svc('dns', { selector: { app: 'dns' }, ports: [{ port: 53, protocol: 'UDP' }] });
    expect(text(reachBlocks(dns, [], [], NOW))).toContain('`kubectl port-forward` and `kubectl proxy` carry TCP (proxy: HTTP) only, and this Service has no TCP port.');
  });
});

describe('findings as blocks', () => {
  it('a finding: severity, object and problem, then why, the fix and the docs link', () => {
    const result = diagnose(snapshot, 'payments');
    const bank = result.findings.find((f) => f.object.name === 'bank');
    expect(bank).toBeDefined();
    expect(text(findingBlocks(bank!, true))).toBe(
      'Error: Service `payments/bank`: externalName is the IP address `10.20.30.40`.\n\n' +
        'An ExternalName Service is published as a DNS CNAME to that name; an IP address is treated as a host name made of digits, which DNS does not resolve, so lookups of the Service fail. ' +
        '**Fix:** To point a Service at a fixed IP address, use a Service without a selector and an EndpointSlice holding that address; keep ExternalName for DNS names. Kubernetes docs (https://kubernetes.io/docs/concepts/services-networking/service/#externalname)'.replace('**Fix:**', 'Fix:'),
    );
  });

  it('groups unchecked diagnostics by reason', () => {
    const problem = { resource: 'pods' as const, namespace: 'x', reason: 'forbidden' as const, message: 'Forbidden (403): pods.' };
    expect(text(uncheckedBlocks([
      { diagnostic: 'a', title: 'check a', problem },
      { diagnostic: 'b', title: 'check b', problem },
    ]))).toBe('Warning: Not checked (2): check a; check b. Forbidden (403): pods.');
  });

  it('the healthy namespace of the fixture has no finding at all', () => {
    expect(diagnose(snapshot, 'shop')).toMatchObject({ findings: [], unchecked: [] });
  });
});
