// A headless Service (clusterIP: None) must have type ClusterIP: it has no virtual IP for a node
// port or a load balancer to forward to, and the API server rejects the combination.

import { getObj, getList, isHeadless, isObj, isService, serviceType } from '../objects.js';
import type { Rule } from '../types.js';

const EXTERNAL_ONLY = ['externalTrafficPolicy', 'healthCheckNodePort', 'loadBalancerIP', 'loadBalancerSourceRanges', 'loadBalancerClass', 'allocateLoadBalancerNodePorts'];

export const headlessType: Rule = {
  id: 'headless-type',
  summary: 'clusterIP: None (headless) with a type other than ClusterIP',
  appliesTo: (o) => isService(o) && isHeadless(o),
  check(o) {
    const type = serviceType(o);
    if (!['NodePort', 'LoadBalancer', 'ExternalName'].includes(type)) return [];
    return [
      {
        path: ['spec', 'type'],
        severity: 'error',
        message: `\`clusterIP: None\` (headless) with \`type: ${type}\`: a headless Service must be ClusterIP, and the API server rejects this.`,
        fix: `Keep it headless with \`type: ClusterIP\` (the corrected YAML drops the ${type}-only fields); if you wanted it reachable from outside, remove \`clusterIP: None\` instead.`,
        repair: (draft) => {
          const spec = getObj(draft, ['spec']);
          if (!spec) return;
          spec.type = 'ClusterIP';
          for (const field of EXTERNAL_ONLY) delete spec[field];
          for (const port of getList(spec, ['ports'])) if (isObj(port)) delete port.nodePort;
        },
      },
    ];
  },
};
