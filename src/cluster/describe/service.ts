// One Service in depth, as blocks: what it is, the pods its selector matches, its endpoints, the
// Ingress rules that route to it, and how to reach it. Pure: the command fetches, this renders.

import { age, countEndpoints, formatSelector, isHeadless, portLabel } from '../model.js';
import type { EndpointSlice, Node, Pod, ReadProblem, Service } from '../source.js';
import { fields, heading, paragraph, table, type Block } from '../../core/reply.js';
import { externalAddress, NONE } from './services-table.js';
import { reachBlocks, routeUrl, type IngressRoute } from './reach.js';

/** Rows of pods and endpoints shown before "and N more". */
export const ROWS_SHOWN = 10;

export interface ServiceView {
  service: Service;
  now: Date;
  /** The pods its selector matches, or why they are unknown. */
  pods: Pod[] | ReadProblem;
  slices: EndpointSlice[] | ReadProblem;
  routes: IngressRoute[] | ReadProblem;
  nodes: Node[] | ReadProblem;
}

function summaryFields(service: Service, now: Date): Block {
  const entries: { label: string; value: string }[] = [
    { label: 'Type', value: service.type + (isHeadless(service) ? ' (headless)' : '') },
  ];
  if (service.type === 'ExternalName') {
    entries.push({ label: 'External name', value: service.externalName ?? NONE });
  } else {
    entries.push({ label: 'Cluster IP', value: service.clusterIP ?? NONE });
    entries.push({ label: 'Selector', value: service.selector ? `\`${formatSelector(service.selector)}\`` : '(none: endpoints are managed by hand or by a controller)' });
  }
  entries.push({ label: 'Ports', value: service.ports.length > 0 ? service.ports.map((p) => (p.name ? `${p.name} ${portLabel(p)}` : portLabel(p))).join(', ') : NONE });
  if (service.type === 'LoadBalancer' || service.externalIPs.length > 0) entries.push({ label: 'External', value: externalAddress(service, now) });
  if (service.externalTrafficPolicy === 'Local') entries.push({ label: 'External traffic policy', value: 'Local (keeps the client source address; only nodes with a ready pod answer)' });
  if (service.publishNotReadyAddresses) entries.push({ label: 'Publishes not-ready addresses', value: 'yes' });
  const created = age(service.created, now);
  if (created !== null) entries.push({ label: 'Age', value: created });
  return fields(entries);
}

function podBlocks(service: Service, pods: Pod[] | ReadProblem): Block[] {
  if (service.type === 'ExternalName' || service.selector === null) return [];
  const blocks: Block[] = [heading('Pods')];
  if (!Array.isArray(pods)) return [...blocks, paragraph(`Unknown: ${pods.message}`)];
  if (pods.length === 0) return [...blocks, paragraph(`The selector \`${formatSelector(service.selector)}\` matches no running pod.`)];
  const ready = pods.filter((p) => p.ready).length;
  const sorted = [...pods].sort((a, b) => Number(a.ready) - Number(b.ready) || a.name.localeCompare(b.name));
  blocks.push(paragraph(`The selector matches ${pods.length} pod${pods.length === 1 ? '' : 's'}, ${ready} ready.`));
  blocks.push(
    table(
      ['Pod', 'Ready', 'Phase', 'Container ports'],
      sorted.slice(0, ROWS_SHOWN).map((p) => [
        p.name,
        p.ready ? 'yes' : 'no',
        p.phase,
        p.containerPorts.map((c) => `${c.name ? `${c.name} ` : ''}${c.containerPort}/${c.protocol}`).join(', ') || NONE,
      ]),
    ),
  );
  if (pods.length > ROWS_SHOWN) blocks.push(paragraph(`… and ${pods.length - ROWS_SHOWN} more.`));
  return blocks;
}

function endpointBlocks(service: Service, slices: EndpointSlice[] | ReadProblem): Block[] {
  if (service.type === 'ExternalName') return [];
  const blocks: Block[] = [heading('Endpoints')];
  if (!Array.isArray(slices)) return [...blocks, paragraph(`Unknown: ${slices.message}`)];
  const { ready, total } = countEndpoints(slices);
  if (total === 0) {
    return [...blocks, paragraph(`None: no EndpointSlice lists an address for it, so traffic to it goes nowhere.`)];
  }
  const endpoints = slices.flatMap((s) => s.endpoints);
  const label = (e: (typeof endpoints)[number]) => `${e.addresses[0] ?? '?'}${e.targetName ? ` (${e.targetName})` : ''}`;
  const readyOnes = endpoints.filter((e) => e.ready !== false && !e.terminating).map(label);
  const notReady = endpoints.filter((e) => e.ready === false || e.terminating).map(label);
  const parts = [`${ready} of ${total} ready.`];
  if (readyOnes.length > 0) parts.push(`Ready: ${readyOnes.slice(0, ROWS_SHOWN).join(', ')}${readyOnes.length > ROWS_SHOWN ? ` and ${readyOnes.length - ROWS_SHOWN} more` : ''}.`);
  if (notReady.length > 0) parts.push(`Not ready: ${notReady.slice(0, ROWS_SHOWN).join(', ')}${notReady.length > ROWS_SHOWN ? ` and ${notReady.length - ROWS_SHOWN} more` : ''}.`);
  return [...blocks, paragraph(parts.join(' '))];
}

function ingressBlocks(routes: IngressRoute[] | ReadProblem): Block[] {
  if (!Array.isArray(routes)) return [heading('Ingress rules'), paragraph(`Unknown: ${routes.message}`)];
  if (routes.length === 0) return [];
  return [
    heading('Ingress rules'),
    table(
      ['Ingress', 'Class', 'Host', 'Path', 'Port', 'URL'],
      routes.slice(0, ROWS_SHOWN).map((r) => [
        r.ingress.name,
        r.ingress.ingressClassName ?? r.ingress.classAnnotation ?? NONE,
        r.host ?? '*',
        r.path === null ? (r.host === null ? '(default backend)' : '/') : `${r.path} (${r.pathType ?? 'ImplementationSpecific'})`,
        r.servicePort ? r.port : `${r.port} (not a port of this Service)`,
        r.servicePort ? routeUrl(r) : NONE,
      ]),
    ),
    ...(routes.length > ROWS_SHOWN ? [paragraph(`… and ${routes.length - ROWS_SHOWN} more.`)] : []),
  ];
}

/** Everything about one Service except its diagnostics. */
export function describeService(view: ServiceView): Block[] {
  const { service } = view;
  return [
    heading(`Service \`${service.name}\` in \`${service.namespace}\``),
    summaryFields(service, view.now),
    ...podBlocks(service, view.pods),
    ...endpointBlocks(service, view.slices),
    ...ingressBlocks(view.routes),
    ...reachBlocks(service, view.routes, view.nodes, view.now),
  ];
}
