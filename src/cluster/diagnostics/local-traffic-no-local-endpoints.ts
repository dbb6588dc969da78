import { slicesOf } from '../model.js';
import { LINKS } from './links.js';
import { serviceRef, type Diagnostic } from './types.js';

/** Nodes named in a finding, at most this many. */
const NAMED = 4;

export const localTrafficNoLocalEndpoints: Diagnostic = {
  id: 'local-traffic-no-local-endpoints',
  title: 'whether externalTrafficPolicy: Local Services have endpoints on the nodes',
  needs: ['services', 'endpointslices', 'nodes'],
  check({ services, endpointslices, nodes }) {
    return services
      .filter((s) => s.externalTrafficPolicy === 'Local' && (s.type === 'NodePort' || s.type === 'LoadBalancer'))
      .flatMap((s) => {
        const endpoints = slicesOf(s, endpointslices).flatMap((slice) => slice.endpoints);
        // No endpoints is another finding; an endpoint without a node name leaves us no evidence.
        if (endpoints.length === 0 || endpoints.some((e) => e.nodeName === null) || nodes.length === 0) return [];
        const withLocal = new Set(endpoints.filter((e) => e.ready !== false && !e.terminating).map((e) => e.nodeName));
        const without = nodes.filter((n) => !withLocal.has(n.name)).map((n) => n.name);
        if (without.length === 0) return [];
        const named = without.slice(0, NAMED).map((n) => `\`${n}\``).join(', ') + (without.length > NAMED ? ` and ${without.length - NAMED} more` : '');
        return [
          {
            diagnostic: 'local-traffic-no-local-endpoints',
            severity: 'note' as const,
            object: serviceRef(s),
            related: [],
            problem: `Has \`externalTrafficPolicy: Local\` and ${without.length} of ${nodes.length} nodes run no ready endpoint of it: ${named}.`,
            why: s.type === 'LoadBalancer'
              ? 'With Local, a node forwards outside traffic only to its own pods; the load balancer\'s health check (healthCheckNodePort) steers around those nodes, but clients using their nodePort directly get no answer.'
              : 'With Local, a node forwards outside traffic only to its own pods: connections to the nodePort on those nodes get no answer.',
            fix: 'Send outside traffic only to nodes that run a pod (a load balancer does this through its health check), run a pod on every node (a DaemonSet), or use `externalTrafficPolicy: Cluster` if the client source address is not needed.',
            link: LINKS.trafficPolicy,
          },
        ];
      });
  },
};
