// Fields that only mean something for some Service types. The API server rejects
// externalTrafficPolicy, loadBalancerSourceRanges, loadBalancerClass, healthCheckNodePort and
// allocateLoadBalancerNodePorts on types they do not apply to; externalName and loadBalancerIP
// are ignored there. loadBalancerIP is deprecated since Kubernetes 1.24.

import { get, getObj, insertAfter, isService, serviceType } from '../objects.js';
import type { Rule, RuleFinding } from '../types.js';

const EXTERNAL = ['NodePort', 'LoadBalancer'];

export const typeFields: Rule = {
  id: 'type-fields',
  summary: 'fields set on a Service type they do not apply to (externalTrafficPolicy on ClusterIP, ...)',
  appliesTo: isService,
  check(o) {
    const type = serviceType(o);
    const spec = getObj(o.value, ['spec']) ?? {};
    const out: RuleFinding[] = [];
    const drop = (field: string, severity: 'error' | 'warning', message: string): RuleFinding => ({
      path: ['spec', field],
      severity,
      message,
      fix: `Remove \`${field}\`, or change the type.`,
      repair: (draft) => {
        const s = getObj(draft, ['spec']);
        if (s && (get(draft, ['spec', 'type']) ?? 'ClusterIP') === type) delete s[field];
      },
    });
    if ('externalTrafficPolicy' in spec && !EXTERNAL.includes(type)) {
      out.push(drop('externalTrafficPolicy', 'error', `\`externalTrafficPolicy\` only applies to NodePort and LoadBalancer Services, not ${type}; the API server rejects it.`));
    }
    if ('healthCheckNodePort' in spec && !(type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local')) {
      out.push(drop('healthCheckNodePort', 'error', '`healthCheckNodePort` only applies to a LoadBalancer with `externalTrafficPolicy: Local`.'));
    }
    for (const field of ['loadBalancerSourceRanges', 'loadBalancerClass', 'allocateLoadBalancerNodePorts']) {
      if (field in spec && type !== 'LoadBalancer') out.push(drop(field, 'error', `\`${field}\` only applies to LoadBalancer Services, not ${type}.`));
    }
    if ('loadBalancerIP' in spec) {
      if (type !== 'LoadBalancer') out.push(drop('loadBalancerIP', 'warning', `\`loadBalancerIP\` is ignored on a ${type} Service.`));
      else {
        out.push({
          path: ['spec', 'loadBalancerIP'],
          severity: 'note',
          message: '`loadBalancerIP` is deprecated since Kubernetes 1.24 and some providers ignore it.',
          fix: "Use your provider's annotation for a fixed address (for example MetalLB's `metallb.universe.tf/loadBalancerIPs`).",
        });
      }
    }
    if ('externalName' in spec && type !== 'ExternalName') {
      const typeUnset = get(o.value, ['spec', 'type']) === undefined;
      const noSelector = spec.selector === undefined;
      if (typeUnset && noSelector) {
        out.push({
          path: ['spec', 'externalName'],
          severity: 'error',
          message: '`externalName` is set but `type` is not, so this is a ClusterIP Service and the name is ignored.',
          fix: 'Add `type: ExternalName`.',
          repair: (draft) => {
            const s = getObj(draft, ['spec']);
            if (s && s.type === undefined) insertAfter(s, null, 'type', 'ExternalName');
          },
        });
      } else {
        out.push(drop('externalName', 'warning', `\`externalName\` is ignored unless \`type: ExternalName\` (this Service is ${type}).`));
      }
    }
    return out;
  },
};
