// nodePort outside the range kube-apiserver allocates from (--service-node-port-range, by
// default 30000-32767). A fixed nodePort inside the range works but can collide.

import { asInteger, NODE_PORT_MAX, NODE_PORT_MIN } from '../../names.js';
import { getObj, isService, servicePorts, serviceType, shown } from '../objects.js';
import type { Rule, RuleFinding } from '../types.js';

export const nodePortRange: Rule = {
  id: 'nodeport-range',
  summary: 'nodePort outside 30000-32767, or not a number',
  appliesTo: isService,
  check(o) {
    const out: RuleFinding[] = [];
    const external = ['NodePort', 'LoadBalancer'].includes(serviceType(o));
    for (const { index, port } of servicePorts(o)) {
      if (!('nodePort' in port)) continue;
      const n = asInteger(port.nodePort);
      const path = ['spec', 'ports', index, 'nodePort'];
      if (n !== null && typeof port.nodePort === 'number' && n >= NODE_PORT_MIN && n <= NODE_PORT_MAX) {
        if (external) {
          out.push({
            path,
            severity: 'note',
            message: `nodePort ${n} is fixed: applying fails if another Service already uses it.`,
            fix: 'Leave nodePort out to let Kubernetes pick a free one, unless something outside needs this exact port.',
          });
        }
        continue;
      }
      const what = n === null ? `${shown(port.nodePort)} is not a port number` : `${n} is outside ${NODE_PORT_MIN}–${NODE_PORT_MAX}`;
      out.push({
        path,
        severity: 'error',
        message: n === null
          ? `nodePort ${what}.`
          : `nodePort ${n} is outside the default NodePort range ${NODE_PORT_MIN}–${NODE_PORT_MAX} (kube-apiserver --service-node-port-range).`,
        fix: `Leave nodePort out to let Kubernetes choose, or pick a free port in ${NODE_PORT_MIN}–${NODE_PORT_MAX}. The corrected YAML leaves it out.`,
        repair: (draft) => {
          const p = getObj(draft, ['spec', 'ports', index]);
          if (p) delete p.nodePort;
        },
      });
    }
    return out;
  },
};
