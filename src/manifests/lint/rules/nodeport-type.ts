// nodePort on a Service whose type has no node ports: only NodePort and LoadBalancer Services
// allocate them, and the API server rejects a nodePort elsewhere.

import { get, getList, getObj, insertAfter, isHeadless, isObj, isService, servicePorts, serviceType } from '../objects.js';
import type { Rule } from '../types.js';

export const nodePortType: Rule = {
  id: 'nodeport-type',
  summary: 'nodePort set on a Service that is not NodePort or LoadBalancer',
  appliesTo: (o) => isService(o) && !['NodePort', 'LoadBalancer'].includes(serviceType(o)),
  check(o) {
    const withNodePort = servicePorts(o).filter(({ port }) => 'nodePort' in port);
    const first = withNodePort[0];
    if (!first) return [];
    const typeSet = get(o.value, ['spec', 'type']) !== undefined;
    const type = serviceType(o);
    const removeNodePorts = (draft: Record<string, unknown>) => {
      for (const port of getList(draft, ['spec', 'ports'])) if (isObj(port)) delete port.nodePort;
    };
    if (!typeSet && !isHeadless(o)) {
      return [
        {
          path: ['spec', 'ports', first.index, 'nodePort'],
          severity: 'error',
          message: 'nodePort is set but `type` is not, so this is a ClusterIP Service, which has no node ports.',
          fix: 'Add `type: NodePort` (the corrected YAML does), or remove nodePort.',
          repair: (draft) => {
            const spec = getObj(draft, ['spec']);
            if (spec && spec.type === undefined) insertAfter(spec, null, 'type', 'NodePort');
          },
        },
      ];
    }
    return [
      {
        path: ['spec', 'ports', first.index, 'nodePort'],
        severity: 'error',
        message: `nodePort is set on a ${isHeadless(o) ? 'headless ' : ''}${type} Service, which has no node ports; the API server rejects it.`,
        fix: 'Remove nodePort (the corrected YAML does), or use `type: NodePort` if it should be reachable on the nodes.',
        repair: removeNodePorts,
      },
    ];
  },
};
