// Services -> one table row each, in the spirit of `kubectl get svc` but answering the on-call
// questions directly: where it is reachable from outside (or that it is still pending), which
// port goes where, and how many endpoints are ready.

import { age, countEndpoints, isHeadless, portLabel } from '../model.js';
import type { EndpointSlice, Service } from '../source.js';

export const NONE = '—';

export interface ServiceRow {
  namespace: string;
  name: string;
  type: string;
  clusterIP: string;
  external: string;
  ports: string;
  /** `ready/total`, `—` for ExternalName, `?` when EndpointSlices could not be read. */
  endpoints: string;
  ready: number | null;
  total: number | null;
}

/** Where a Service can be reached from outside, or why not yet. */
export function externalAddress(service: Service, now: Date): string {
  if (service.type === 'ExternalName') return service.externalName ? `→ ${service.externalName}` : NONE;
  const addresses = [...service.loadBalancerIngress.map((a) => a.ip ?? a.hostname ?? ''), ...service.externalIPs].filter(Boolean);
  if (addresses.length > 0) return addresses.join(', ');
  if (service.type === 'LoadBalancer') {
    const waited = age(service.created, now);
    return waited === null ? 'pending' : `pending ${waited}`;
  }
  return NONE;
}

export function serviceRow(service: Service, slices: readonly EndpointSlice[] | null, now: Date): ServiceRow {
  const counted = slices === null || service.type === 'ExternalName' ? null : countEndpoints(slices);
  return {
    namespace: service.namespace,
    name: service.name,
    type: service.type,
    clusterIP: isHeadless(service) ? 'None (headless)' : (service.clusterIP ?? NONE),
    external: externalAddress(service, now),
    ports: service.ports.length > 0 ? service.ports.map(portLabel).join(', ') : NONE,
    endpoints: service.type === 'ExternalName' ? NONE : counted === null ? '?' : `${counted.ready}/${counted.total}`,
    ready: counted?.ready ?? null,
    total: counted?.total ?? null,
  };
}

export const SERVICE_COLUMNS = ['Name', 'Type', 'Cluster IP', 'External', 'Ports', 'Ready/Total'];

export function serviceTableRow(row: ServiceRow, withNamespace: boolean): string[] {
  const cells = [row.name, row.type, row.clusterIP, row.external, row.ports, row.endpoints];
  return withNamespace ? [row.namespace, ...cells] : cells;
}

export function serviceColumns(withNamespace: boolean): string[] {
  return withNamespace ? ['Namespace', ...SERVICE_COLUMNS] : SERVICE_COLUMNS;
}

/** One line of counts: "12 Services: 8 ClusterIP, 2 NodePort, 1 LoadBalancer (1 pending), 1 ExternalName." */
export function servicesSummary(rows: readonly ServiceRow[]): string {
  const byType = new Map<string, number>();
  let pending = 0;
  let noReady = 0;
  for (const row of rows) {
    byType.set(row.type, (byType.get(row.type) ?? 0) + 1);
    if (row.external.startsWith('pending')) pending++;
    if (row.ready === 0 && row.type !== 'ExternalName') noReady++;
  }
  const order = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];
  const parts = order
    .filter((t) => byType.has(t))
    .map((t) => `${count(byType.get(t) ?? 0)} ${t}${t === 'LoadBalancer' && pending > 0 ? ` (${count(pending)} pending)` : ''}`);
  const total = `${count(rows.length)} Service${rows.length === 1 ? '' : 's'}`;
  const ready = noReady > 0 ? ` ${count(noReady)} ${noReady === 1 ? 'has' : 'have'} no ready endpoint.` : '';
  return `${total}: ${parts.join(', ')}.${ready}`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
