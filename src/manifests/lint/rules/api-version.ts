// apiVersion of Services and Ingresses: a Service is v1; an Ingress is networking.k8s.io/v1 since
// Kubernetes 1.19, and extensions/v1beta1 and networking.k8s.io/v1beta1 were removed in 1.22.

import { insertAfter, isIngress, isService, LEGACY_INGRESS_VERSIONS, shown } from '../objects.js';
import type { Rule } from '../types.js';
import { echoValue } from '../../../core/reply.js';

const EXPECTED: Record<string, string> = { Service: 'v1', Ingress: 'networking.k8s.io/v1' };

export const apiVersion: Rule = {
  id: 'api-version',
  summary: 'Service apiVersion v1; legacy Ingress (extensions/v1beta1, networking.k8s.io/v1beta1) to networking.k8s.io/v1',
  appliesTo: (o) => isService(o) || isIngress(o),
  check(o) {
    const want = EXPECTED[o.kind] as string;
    const have = o.value.apiVersion;
    if (have === want) return [];
    const repair = (draft: Record<string, unknown>) => {
      if ('apiVersion' in draft) draft.apiVersion = want;
      else insertAfter(draft, null, 'apiVersion', want);
    };
    if (have === undefined) {
      return [{ path: [], severity: 'error', message: `The ${o.kind} has no \`apiVersion\`.`, fix: `Add \`apiVersion: ${want}\`.`, repair }];
    }
    if (isIngress(o) && typeof have === 'string' && LEGACY_INGRESS_VERSIONS.includes(have)) {
      return [
        {
          path: ['apiVersion'],
          severity: 'error',
          message: `${echoValue(have)} Ingress was removed in Kubernetes 1.22; clusters today reject it.`,
          fix: `Use \`apiVersion: ${want}\` (backends become service.name + service.port, and every path needs a pathType).`,
          repair,
        },
      ];
    }
    return [{ path: ['apiVersion'], severity: 'error', message: `apiVersion ${shown(have)} is not an API version of ${o.kind}.`, fix: `Use \`apiVersion: ${want}\`.`, repair }];
  },
};
