// spec.type values the API does not have: wrong case (`Nodeport`), "Headless" (a ClusterIP with
// clusterIP: None), "Ingress" (a kind of its own).

import { canonical } from '../../names.js';
import { get, getObj, insertAfter, isService, shown } from '../objects.js';
import type { Rule } from '../types.js';

const TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] as const;

export const serviceTypeValue: Rule = {
  id: 'service-type',
  summary: 'Service types that do not exist (wrong case, Headless, Ingress)',
  appliesTo: isService,
  check(o) {
    const type = get(o.value, ['spec', 'type']);
    if (type === undefined || (TYPES as readonly unknown[]).includes(type)) return [];
    const text = typeof type === 'string' ? type : '';
    const right = canonical(text.replace(/[\s_-]/g, ''), TYPES);
    if (right) {
      return [
        {
          path: ['spec', 'type'],
          severity: 'error',
          message: `type ${shown(type)} is spelled \`${right}\` (types are case-sensitive).`,
          fix: `Use \`type: ${right}\`.`,
          repair: (draft) => {
            const spec = getObj(draft, ['spec']);
            if (spec) spec.type = right;
          },
        },
      ];
    }
    if (/^headless$/i.test(text)) {
      return [
        {
          path: ['spec', 'type'],
          severity: 'error',
          message: 'There is no type `Headless`: a headless Service is a ClusterIP Service with `clusterIP: None`.',
          fix: 'Use `type: ClusterIP` and `clusterIP: None`.',
          repair: (draft) => {
            const spec = getObj(draft, ['spec']);
            if (!spec) return;
            spec.type = 'ClusterIP';
            insertAfter(spec, 'type', 'clusterIP', 'None');
          },
        },
      ];
    }
    if (/^ingress$/i.test(text)) {
      return [
        {
          path: ['spec', 'type'],
          severity: 'error',
          message: 'Ingress is not a Service type: it is an object of its own (kind: Ingress) that routes HTTP to Services.',
          fix: 'Make this a ClusterIP Service and add an Ingress for it (`yaml ingress`).',
        },
      ];
    }
    return [
      {
        path: ['spec', 'type'],
        severity: 'error',
        message: `type ${shown(type)} is not a Service type.`,
        fix: `Use one of ${TYPES.map((t) => `\`${t}\``).join(', ')} (leave it out for ClusterIP).`,
      },
    ];
  },
};
