// Every diagnostic, in the order they are reported within a severity, and the runner that feeds
// them one namespace of a snapshot. A diagnostic whose inputs could not be read is not run; the
// runner reports it as unchecked with the reason, never as a problem.

import { inNamespace, problemIn, type ScopedProblem, type Snapshot } from '../snapshot.js';
import { duplicateServices } from './duplicate-services.js';
import { externalNameIp } from './externalname-ip.js';
import { headlessNoReady } from './headless-no-ready.js';
import { ingressBackendMissing } from './ingress-backend-missing.js';
import { ingressClassMissing } from './ingress-class-missing.js';
import { ingressNoClass } from './ingress-no-class.js';
import { loadBalancerPending } from './loadbalancer-pending.js';
import { localTrafficNoLocalEndpoints } from './local-traffic-no-local-endpoints.js';
import { noReadyPods } from './no-ready-pods.js';
import { noSelectorNoEndpoints } from './no-selector-no-endpoints.js';
import { nodePortOutOfRange } from './nodeport-out-of-range.js';
import { selectorMatchesNoPods } from './selector-matches-no-pods.js';
import { targetPortNotExposed } from './target-port-not-exposed.js';
import { SEVERITY_ORDER, type Diagnostic, type DiagnosticInput, type Finding } from './types.js';

export const DIAGNOSTICS: readonly Diagnostic[] = [
  selectorMatchesNoPods,
  noReadyPods,
  targetPortNotExposed,
  noSelectorNoEndpoints,
  headlessNoReady,
  loadBalancerPending,
  nodePortOutOfRange,
  externalNameIp,
  ingressBackendMissing,
  ingressNoClass,
  ingressClassMissing,
  duplicateServices,
  localTrafficNoLocalEndpoints,
];

export interface Unchecked {
  diagnostic: string;
  title: string;
  problem: ScopedProblem;
}

export interface Diagnosis {
  namespace: string;
  findings: Finding[];
  unchecked: Unchecked[];
  /** How many diagnostics ran. */
  ran: number;
}

/** The objects of one namespace, as diagnostics see them. */
export function diagnosticInput(snapshot: Snapshot, namespace: string): DiagnosticInput {
  return {
    namespace,
    now: snapshot.now,
    services: inNamespace(snapshot.services, namespace),
    endpointslices: inNamespace(snapshot.endpointslices, namespace),
    ingresses: inNamespace(snapshot.ingresses, namespace),
    ingressclasses: snapshot.ingressclasses.items,
    pods: inNamespace(snapshot.pods, namespace),
    nodes: snapshot.nodes.items,
    visibleServices: snapshot.services.items,
  };
}

export function diagnose(snapshot: Snapshot, namespace: string, diagnostics: readonly Diagnostic[] = DIAGNOSTICS): Diagnosis {
  const input = diagnosticInput(snapshot, namespace);
  const findings: Finding[] = [];
  const unchecked: Unchecked[] = [];
  let ran = 0;
  for (const diagnostic of diagnostics) {
    const missing = diagnostic.needs.map((kind) => problemIn<unknown>(snapshot[kind], namespace)).find((p) => p !== undefined);
    if (missing) {
      unchecked.push({ diagnostic: diagnostic.id, title: diagnostic.title, problem: missing });
      continue;
    }
    ran++;
    findings.push(...diagnostic.check(input));
  }
  return { namespace, findings: sortFindings(findings), unchecked, ran };
}

/** Errors first, then warnings, then notes; within a severity, by object. Stable otherwise. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      a.object.namespace.localeCompare(b.object.namespace) ||
      a.object.kind.localeCompare(b.object.kind) ||
      a.object.name.localeCompare(b.object.name),
  );
}
