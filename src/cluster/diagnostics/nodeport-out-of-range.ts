import { LINKS } from './links.js';
import { serviceRef, type Diagnostic } from './types.js';

/** kube-apiserver --service-node-port-range default. */
export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;

export const nodePortOutOfRange: Diagnostic = {
  id: 'nodeport-out-of-range',
  title: 'whether nodePorts are in the default range',
  needs: ['services'],
  check({ services }) {
    return services.flatMap((s) =>
      s.ports
        .filter((p) => p.nodePort !== null && (p.nodePort < NODE_PORT_MIN || p.nodePort > NODE_PORT_MAX))
        .map((p) => ({
          diagnostic: 'nodeport-out-of-range',
          severity: 'warning' as const,
          object: serviceRef(s),
          related: [],
          problem: `Port ${p.port}/${p.protocol} uses nodePort ${p.nodePort}, outside the default NodePort range ${NODE_PORT_MIN}–${NODE_PORT_MAX}.`,
          why: 'The API server accepts it only when its --service-node-port-range was widened; the same manifest is rejected on a cluster with the default range, and firewalls usually open only that range.',
          fix: `Use a nodePort between ${NODE_PORT_MIN} and ${NODE_PORT_MAX}, or leave nodePort out and let Kubernetes choose one.`,
          link: LINKS.nodePort,
        })),
    );
  },
};
