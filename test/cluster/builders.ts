// Compact Kubernetes objects for diagnostic and describe tests. Each builder writes the raw JSON
// the API would send and passes it through the real schema (toPlain), so tests exercise the edge.

import { toPlain } from '../../src/cluster/schema.js';
import type { Snapshot } from '../../src/cluster/snapshot.js';
import type { EndpointSlice, Ingress, IngressClass, Node, Pod, Service } from '../../src/cluster/source.js';

export const NOW = new Date('2026-11-26T12:00:00Z');
export const LONG_AGO = '2026-11-01T09:00:00Z';

type Port = { name?: string; port: number; targetPort?: number | string; nodePort?: number; protocol?: string };

export function svc(name: string, spec: Record<string, unknown> & { ports?: Port[] }, extra: { namespace?: string; status?: unknown; created?: string } = {}): Service {
  return toPlain('services', {
    metadata: { name, namespace: extra.namespace ?? 'ns', creationTimestamp: extra.created ?? LONG_AGO },
    spec: { type: 'ClusterIP', clusterIP: '10.96.0.1', ...spec },
    status: extra.status ?? { loadBalancer: {} },
  });
}

export function pod(name: string, labels: Record<string, string>, options: { ready?: boolean; phase?: string; ports?: { name?: string; containerPort: number; protocol?: string }[]; namespace?: string } = {}): Pod {
  return toPlain('pods', {
    metadata: { name, namespace: options.namespace ?? 'ns', labels },
    spec: { containers: [{ name: 'app', image: 'example/app:1', ports: options.ports ?? [{ name: 'http', containerPort: 8080, protocol: 'TCP' }] }] },
    status: { phase: options.phase ?? 'Running', conditions: [{ type: 'Ready', status: options.ready === false ? 'False' : 'True' }] },
  });
}

export function slice(service: string, endpoints: { ip: string; ready?: boolean; node?: string | null; pod?: string }[], namespace = 'ns'): EndpointSlice {
  return toPlain('endpointslices', {
    metadata: { name: `${service}-abcde`, namespace, labels: { 'kubernetes.io/service-name': service } },
    addressType: 'IPv4',
    ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
    endpoints: endpoints.map((e) => ({
      addresses: [e.ip],
      conditions: { ready: e.ready ?? true },
      ...(e.node === null ? {} : { nodeName: e.node ?? 'node-a' }),
      targetRef: { kind: 'Pod', name: e.pod ?? `pod-${e.ip}` },
    })),
  });
}

export function ingress(name: string, spec: Record<string, unknown>, extra: { annotations?: Record<string, string>; status?: unknown; namespace?: string } = {}): Ingress {
  return toPlain('ingresses', {
    metadata: { name, namespace: extra.namespace ?? 'ns', ...(extra.annotations ? { annotations: extra.annotations } : {}) },
    spec,
    status: extra.status ?? {},
  });
}

/** An Ingress spec with one rule: host, path, Service name and port (number or name). */
export function rule(host: string | null, path: string, service: string, port: number | string, className: string | null = 'nginx'): Record<string, unknown> {
  return {
    ...(className === null ? {} : { ingressClassName: className }),
    rules: [
      {
        ...(host === null ? {} : { host }),
        http: { paths: [{ path, pathType: 'Prefix', backend: { service: { name: service, port: typeof port === 'number' ? { number: port } : { name: port } } } }] },
      },
    ],
  };
}

export function ingressClass(name: string, isDefault = false): IngressClass {
  return toPlain('ingressclasses', {
    metadata: { name, ...(isDefault ? { annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } } : {}) },
    spec: { controller: `example.com/${name}` },
  });
}

export function node(name: string, addresses: Record<string, string> = { InternalIP: '10.0.0.1' }): Node {
  return toPlain('nodes', { metadata: { name }, status: { addresses: Object.entries(addresses).map(([type, address]) => ({ type, address })) } });
}

export interface Objects {
  services?: Service[];
  endpointslices?: EndpointSlice[];
  ingresses?: Ingress[];
  ingressclasses?: IngressClass[];
  pods?: Pod[];
  nodes?: Node[];
}

/** A complete snapshot of namespace `ns` holding `objects` (everything read, nothing missing). */
export function snapshotOf(objects: Objects, now = NOW): Snapshot {
  const read = <T>(items: T[] | undefined) => ({ items: items ?? [], problems: [] });
  return {
    source: 'test objects',
    now,
    target: { all: false, namespaces: ['ns'] },
    services: read(objects.services),
    endpointslices: read(objects.endpointslices),
    ingresses: read(objects.ingresses),
    ingressclasses: read(objects.ingressclasses),
    pods: read(objects.pods),
    nodes: read(objects.nodes),
  };
}
