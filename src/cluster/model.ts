// Pure facts about cluster objects that describe/ and diagnostics/ both need: which pods a
// Service selects, which EndpointSlices belong to it, how many endpoints are ready, which
// container port a targetPort names, ages and port labels.

import type { EndpointSlice, Ingress, IngressBackend, Pod, Service, ServicePort } from './source.js';

/** Pods a Service routes to must carry every label of its selector. */
export function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  for (const key in selector) if (labels[key] !== selector[key]) return false;
  return true;
}

/** Pods that have finished (Succeeded, Failed) never become endpoints. */
export function isTerminal(pod: Pod): boolean {
  return pod.phase === 'Succeeded' || pod.phase === 'Failed';
}

/** The live pods a Service's selector matches, in its namespace; none without a selector. */
export function matchedPods(service: Service, pods: readonly Pod[]): Pod[] {
  const selector = service.selector;
  if (!selector || service.type === 'ExternalName') return [];
  return pods.filter((p) => p.namespace === service.namespace && !isTerminal(p) && selects(selector, p.labels));
}

export function isHeadless(service: Service): boolean {
  return service.clusterIP === 'None';
}

/** The EndpointSlices of a Service (label kubernetes.io/service-name). */
export function slicesOf(service: Service, slices: readonly EndpointSlice[]): EndpointSlice[] {
  return slices.filter((s) => s.namespace === service.namespace && s.serviceName === service.name);
}

export interface EndpointCount {
  ready: number;
  total: number;
}

/**
 * Ready and total endpoints across a Service's slices. An endpoint appears once per address
 * family (dual-stack has a slice per family), so endpoints are counted by the object behind them.
 * A null `ready` condition means unknown, which the API says to treat as ready.
 */
export function countEndpoints(slices: readonly EndpointSlice[]): EndpointCount {
  const seen = new Map<string, boolean>();
  for (const slice of slices) {
    for (const endpoint of slice.endpoints) {
      const key = endpoint.targetName ?? endpoint.addresses[0] ?? `${slice.name}#${seen.size}`;
      const ready = endpoint.ready !== false && !endpoint.terminating;
      seen.set(key, (seen.get(key) ?? false) || ready);
    }
  }
  let ready = 0;
  for (const value of seen.values()) if (value) ready++;
  return { ready, total: seen.size };
}

/** Groups slices by `namespace/service` for fast lookup over thousands of Services. */
export function indexSlices(slices: readonly EndpointSlice[]): Map<string, EndpointSlice[]> {
  const index = new Map<string, EndpointSlice[]>();
  for (const slice of slices) {
    if (slice.serviceName === null) continue;
    const key = `${slice.namespace}/${slice.serviceName}`;
    const list = index.get(key);
    if (list) list.push(slice);
    else index.set(key, [slice]);
  }
  return index;
}

/** The container port number a Service port's targetPort reaches on a pod, or null if the pod does not declare it. */
export function resolveTargetPort(port: ServicePort, pod: Pod): number | null {
  const target = port.targetPort;
  if (typeof target === 'number') {
    return pod.containerPorts.some((c) => c.containerPort === target && c.protocol === port.protocol) ? target : null;
  }
  const named = pod.containerPorts.find((c) => c.name === target && c.protocol === port.protocol);
  return named ? named.containerPort : null;
}

export function formatSelector(selector: Record<string, string> | null): string {
  if (!selector) return '(none)';
  return Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

/** `80→8080/TCP`, plus `, node 30080` for a nodePort. */
export function portLabel(port: ServicePort): string {
  const base = `${port.port}→${port.targetPort}/${port.protocol}`;
  return port.nodePort === null ? base : `${base} (node ${port.nodePort})`;
}

/** How long ago, kubectl style: 45s, 12m, 5h, 3d. Null when unknown. */
export function age(iso: string | null, now: Date): string | null {
  if (iso === null) return null;
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return null;
  const seconds = Math.max(0, Math.floor((now.getTime() - then) / 1000));
  if (seconds < 120) return `${seconds}s`;
  if (seconds < 2 * 3600) return `${Math.floor(seconds / 60)}m`;
  if (seconds < 2 * 86400) return `${Math.floor(seconds / 3600)}h`;
  return `${Math.floor(seconds / 86400)}d`;
}

/** Age in seconds, or null when unknown. */
export function ageSeconds(iso: string | null, now: Date): number | null {
  if (iso === null) return null;
  const then = Date.parse(iso);
  return Number.isNaN(then) ? null : (now.getTime() - then) / 1000;
}

/** Every Service backend of an Ingress (default backend and rule paths), with where it sits. */
export function ingressBackends(ingress: Ingress): { host: string | null; path: string | null; pathType: string | null; backend: IngressBackend }[] {
  const list: { host: string | null; path: string | null; pathType: string | null; backend: IngressBackend }[] = [];
  if (ingress.defaultBackend) list.push({ host: null, path: null, pathType: null, backend: ingress.defaultBackend });
  for (const rule of ingress.rules) for (const p of rule.paths) list.push({ host: rule.host, path: p.path, pathType: p.pathType, backend: p.backend });
  return list;
}

/** The Service port an Ingress backend port refers to, if the Service has it. */
export function backendPort(service: Service, port: { number: number | null; name: string | null }): ServicePort | undefined {
  return service.ports.find((p) => (port.number !== null ? p.port === port.number : p.name !== null && p.name === port.name));
}

export function backendPortLabel(port: { number: number | null; name: string | null }): string {
  return port.number !== null ? String(port.number) : (port.name ?? '?');
}
