// Loads a `kubectl get … -o yaml` List fixture into the shape the fake API server serves:
// objects grouped by plural resource name.

import { readFileSync } from 'node:fs';
import { loadAll } from 'js-yaml';
import type { KubeObject } from './kube-api.js';

const PLURAL: Record<string, string> = {
  Service: 'services',
  EndpointSlice: 'endpointslices',
  Ingress: 'ingresses',
  IngressClass: 'ingressclasses',
  Pod: 'pods',
  Node: 'nodes',
  Secret: 'secrets',
};

export const CLUSTER_FIXTURE = new URL('../fixtures/cluster/cluster.yaml', import.meta.url).pathname;

export function loadFixture(path = CLUSTER_FIXTURE): Record<string, KubeObject[]> {
  const grouped: Record<string, KubeObject[]> = {};
  for (const document of loadAll(readFileSync(path, 'utf8'))) {
    const doc = document as { kind?: string; items?: KubeObject[] } | null;
    if (!doc) continue;
    for (const item of doc.kind === 'List' ? (doc.items ?? []) : [doc as KubeObject]) {
      const plural = PLURAL[item.kind ?? ''];
      if (!plural) throw new Error(`fixture: no plural for kind ${item.kind}`);
      (grouped[plural] ??= []).push(item);
    }
  }
  return grouped;
}
