// The shape of a diagnostic and of what it finds. A diagnostic is a pure function of the objects
// of one namespace: no I/O, no printing, no metrics (the k8sgpt-analyzer shape). It declares the
// kinds it needs; the runner does not call it when one of them could not be read, and says so
// instead, so a finding always rests on evidence.

import type { EndpointSlice, Ingress, IngressClass, Node, Pod, ResourceKind, Service } from '../source.js';

export type Severity = 'error' | 'warning' | 'note';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'note'];

export interface ObjectRef {
  kind: 'Service' | 'Ingress';
  namespace: string;
  name: string;
}

export interface Finding {
  /** The diagnostic's id. */
  diagnostic: string;
  severity: Severity;
  /** The object that is wrong. */
  object: ObjectRef;
  /** Other objects the finding is about (the Service an Ingress backend names, the twin Service). */
  related: ObjectRef[];
  /** What is wrong, naming the fields and values. Markdown-light. */
  problem: string;
  /** Why it matters: what breaks for whom. */
  why: string;
  /** What to change. */
  fix: string;
  /** kubernetes.io page for depth. */
  link: string;
}

export interface DiagnosticInput {
  namespace: string;
  now: Date;
  services: Service[];
  endpointslices: EndpointSlice[];
  ingresses: Ingress[];
  ingressclasses: IngressClass[];
  pods: Pod[];
  nodes: Node[];
  /** Every Service read, all visible namespaces (does any LoadBalancer anywhere have an address?). */
  visibleServices: Service[];
}

export interface Diagnostic {
  id: string;
  /** What it checks, for "could not check …" lines. */
  title: string;
  /** Kinds it reads; the runner skips it with a reason when one is incomplete. */
  needs: readonly ResourceKind[];
  check(input: DiagnosticInput): Finding[];
}

export const serviceRef = (s: { namespace: string; name: string }): ObjectRef => ({ kind: 'Service', namespace: s.namespace, name: s.name });
export const ingressRef = (i: { namespace: string; name: string }): ObjectRef => ({ kind: 'Ingress', namespace: i.namespace, name: i.name });

/** Services that route to pods by selector (ExternalName and selector-less ones do not). */
export function selectorServices(services: readonly Service[]): Service[] {
  return services.filter((s) => s.type !== 'ExternalName' && s.selector !== null);
}
