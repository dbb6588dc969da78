// "How do I reach it?": from a pod (cluster DNS), from a laptop (kubectl port-forward and the
// kubectl proxy URL in its current form), and from outside (nodePort, load balancer, external
// IPs, Ingress URLs) — only the ways that apply to this Service.

import { age, backendPort, backendPortLabel, ingressBackends } from '../model.js';
import type { Ingress, Node, ReadProblem, Service, ServicePort } from '../source.js';
import { code, heading, paragraph, type Block } from '../../core/reply.js';

/** The default cluster domain (kubelet --cluster-domain). */
export const CLUSTER_DOMAIN = 'cluster.local';
/** kubectl proxy's default listen address. */
export const KUBECTL_PROXY = 'http://localhost:8001';
/** Node addresses shown for a nodePort; the rest are "any node". */
const NODES_SHOWN = 3;
/** Ports given their own port-forward / proxy line. */
const PORTS_SHOWN = 3;

/** One Ingress path that sends traffic to the Service. */
export interface IngressRoute {
  ingress: Ingress;
  host: string | null;
  path: string | null;
  pathType: string | null;
  /** The backend port as the Ingress names it. */
  port: string;
  /** The Service port it resolves to, if the Service has it. */
  servicePort: ServicePort | null;
}

export function routesTo(service: Service, ingresses: readonly Ingress[]): IngressRoute[] {
  return ingresses
    .filter((i) => i.namespace === service.namespace)
    .flatMap((ingress) =>
      ingressBackends(ingress)
        .filter((b) => b.backend.service?.name === service.name)
        .map(({ host, path, pathType, backend }) => {
          const port = backend.service?.port ?? { number: null, name: null };
          return { ingress, host, path, pathType, port: backendPortLabel(port), servicePort: backendPort(service, port) ?? null };
        }),
    );
}

function tlsCovers(tlsHosts: readonly string[], host: string): boolean {
  return tlsHosts.some((t) => t === host || (t.startsWith('*.') && host.endsWith(t.slice(1)) && !host.slice(0, -t.length + 1).includes('.')));
}

/** The URL a route answers on: https when the host is in the Ingress's TLS list. */
export function routeUrl(route: IngressRoute): string {
  const address = route.ingress.loadBalancerIngress[0];
  const host = route.host ?? address?.hostname ?? address?.ip ?? '<ingress address>';
  const scheme = route.host !== null && tlsCovers(route.ingress.tlsHosts, route.host) ? 'https' : 'http';
  return `${scheme}://${host}${route.path ?? '/'}`;
}

/** A local port for port-forward: the same when unprivileged, else 8000 + port (80 → 8080). */
export function localPort(port: number): number {
  return port >= 1024 ? port : 8000 + port;
}

/** Port names and numbers of protocols that are not HTTP, which `kubectl proxy` cannot carry. */
const NOT_HTTP_NAMES = /^(postgres(ql)?|pg|mysql|mariadb|redis|mongo(db)?|amqp|kafka|zookeeper|memcached?|smtp|ssh|dns|tcp|udp|grpc|nats|cql|ldap)\b/;
const NOT_HTTP_PORTS = new Set([22, 25, 53, 389, 2181, 3306, 4222, 5432, 5672, 6379, 9042, 9092, 11211, 27017]);

/** Whether `kubectl proxy` (an HTTP proxy) can reach this port. */
export function mayBeHttp(port: ServicePort): boolean {
  const name = (port.appProtocol ?? port.name ?? '').toLowerCase();
  if (/^(https?|h2c|web|kubernetes\.io\/(h2c|wss?))\b/.test(name)) return true;
  return !NOT_HTTP_NAMES.test(name) && !NOT_HTTP_PORTS.has(port.port);
}

function isHttps(port: ServicePort): boolean {
  return port.appProtocol === 'https' || port.name === 'https' || port.port === 443;
}

/** The kubectl proxy URL: /api/v1/namespaces/NS/services/[https:]NAME:PORT/proxy/ (PORT = name or number). */
export function proxyUrl(service: Service, port: ServicePort): string {
  const scheme = isHttps(port) ? 'https:' : '';
  return `${KUBECTL_PROXY}/api/v1/namespaces/${service.namespace}/services/${scheme}${service.name}:${port.name ?? port.port}/proxy/`;
}

function portList(ports: readonly ServicePort[]): string {
  return ports.map((p) => (p.name ? `${p.port} (${p.name})` : String(p.port))).join(', ');
}

function fromPod(service: Service): Block {
  const { name, namespace } = service;
  const fqdn = `${name}.${namespace}.svc.${CLUSTER_DOMAIN}`;
  const names = `\`${name}\` (from namespace \`${namespace}\`), \`${name}.${namespace}\` or \`${fqdn}\``;
  if (service.type === 'ExternalName') {
    return paragraph(`**From a pod:** ${names} resolve to \`${service.externalName ?? '?'}\` (a DNS CNAME); nothing is proxied, so use the outside service's own port.`);
  }
  const ports = service.ports.length > 0 ? `, port ${portList(service.ports)}` : '';
  const headless = service.clusterIP === 'None' ? ' It is headless: the name resolves to the ready pods\' own addresses, not to one cluster IP.' : '';
  return paragraph(`**From a pod:** ${names}${ports}. \`${CLUSTER_DOMAIN}\` is the default cluster domain.${headless}`);
}

function fromLaptop(service: Service): Block[] {
  if (service.type === 'ExternalName') return [];
  const tcp = service.ports.filter((p) => p.protocol === 'TCP');
  if (tcp.length === 0) {
    return [paragraph('**From your laptop:** `kubectl port-forward` and `kubectl proxy` carry TCP (proxy: HTTP) only, and this Service has no TCP port.')];
  }
  const lines: string[] = [];
  const shown = tcp.slice(0, PORTS_SHOWN);
  const forward = service.selector !== null;
  if (forward) {
    for (const p of shown) lines.push(`kubectl port-forward -n ${service.namespace} svc/${service.name} ${localPort(p.port)}:${p.port}`);
  }
  const http = shown.filter(mayBeHttp);
  if (http.length > 0) {
    lines.push('kubectl proxy');
    for (const p of http) lines.push(`# then open ${proxyUrl(service, p)}`);
  }
  if (lines.length === 0) {
    return [paragraph('**From your laptop:** `kubectl port-forward` needs a selector to pick a pod and `kubectl proxy` carries HTTP only, so neither reaches this Service; use a pod in the cluster.')];
  }
  const intro = forward
    ? http.length > 0
      ? '**From your laptop** (with kubectl access): forward a local port, or for HTTP go through `kubectl proxy`:'
      : '**From your laptop** (with kubectl access), forward a local port:'
    : '**From your laptop** (with kubectl access): `kubectl port-forward` needs a selector to pick a pod, but `kubectl proxy` works for HTTP:';
  return [paragraph(intro), code(lines.join('\n'), 'sh')];
}

function nodeAddresses(nodes: readonly Node[]): { addresses: string[]; internal: boolean } {
  const external = nodes.flatMap((n) => n.addresses.filter((a) => a.type === 'ExternalIP').map((a) => a.address).slice(0, 1));
  if (external.length > 0) return { addresses: external, internal: false };
  return { addresses: nodes.flatMap((n) => n.addresses.filter((a) => a.type === 'InternalIP').map((a) => a.address).slice(0, 1)), internal: true };
}

function fromOutside(service: Service, routes: IngressRoute[] | ReadProblem, nodes: Node[] | ReadProblem, now: Date): Block {
  const lines: string[] = [];
  if (service.type === 'ExternalName') {
    return paragraph('**From outside the cluster:** an ExternalName Service only exists in cluster DNS; reach the outside service directly.');
  }
  const nodePorts = service.ports.filter((p) => p.nodePort !== null);
  if (nodePorts.length > 0 && (service.type === 'NodePort' || service.type === 'LoadBalancer')) {
    const ports = nodePorts.map((p) => `${p.nodePort} (→ ${p.port})`).join(', ');
    if (Array.isArray(nodes)) {
      const { addresses, internal } = nodeAddresses(nodes);
      const first = nodePorts[0]?.nodePort;
      const examples = addresses.slice(0, NODES_SHOWN).map((a) => `\`${a}:${first}\``).join(', ');
      const more = addresses.length > NODES_SHOWN ? ` and ${addresses.length - NODES_SHOWN} more nodes` : '';
      lines.push(
        addresses.length > 0
          ? `NodePort: any node's address on port ${ports}, e.g. ${examples}${more}${internal ? ' (internal addresses: from the nodes\' network)' : ''}.`
          : `NodePort: any node's address on port ${ports}.`,
      );
    } else {
      lines.push(`NodePort: any node's address on port ${ports} (I could not read the nodes: ${nodes.message})`);
    }
  }
  if (service.type === 'LoadBalancer') {
    const addresses = service.loadBalancerIngress.map((a) => a.ip ?? a.hostname ?? '').filter(Boolean);
    if (addresses.length > 0) {
      lines.push(`Load balancer: ${addresses.flatMap((a) => service.ports.slice(0, PORTS_SHOWN).map((p) => `\`${a}:${p.port}\``)).join(', ')}.`);
    } else {
      const waited = age(service.created, now);
      lines.push(`Load balancer: no address yet${waited ? ` (pending for ${waited})` : ''}.`);
    }
  }
  if (service.externalIPs.length > 0) {
    lines.push(`External IPs: ${service.externalIPs.flatMap((ip) => service.ports.slice(0, PORTS_SHOWN).map((p) => `\`${ip}:${p.port}\``)).join(', ')}.`);
  }
  if (!Array.isArray(routes)) {
    lines.push(`Ingress: unknown (I could not read the Ingresses: ${routes.message})`);
  } else if (routes.length > 0) {
    const urls = [...new Set(routes.filter((r) => r.servicePort !== null).map(routeUrl))];
    if (urls.length > 0) lines.push(`Ingress: ${urls.slice(0, 5).map((u) => `\`${u}\``).join(', ')}${urls.length > 5 ? ` and ${urls.length - 5} more` : ''}.`);
  }
  if (lines.length === 0) {
    return paragraph(
      `**From outside the cluster:** not reachable. It is a ${service.type} Service${Array.isArray(routes) ? ' and no Ingress routes to it' : ''}; expose it with a LoadBalancer or NodePort Service, or route to it from an Ingress.`,
    );
  }
  return paragraph(['**From outside the cluster:**', ...lines.map((l) => `- ${l}`)].join('\n'));
}

/** The "How to reach it" section. */
export function reachBlocks(service: Service, routes: IngressRoute[] | ReadProblem, nodes: Node[] | ReadProblem, now: Date): Block[] {
  return [heading('How to reach it'), fromPod(service), ...fromLaptop(service), fromOutside(service, routes, nodes, now)];
}
