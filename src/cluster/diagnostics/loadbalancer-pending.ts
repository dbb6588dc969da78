import { ageSeconds, age } from '../model.js';
import type { Service } from '../source.js';
import { LINKS } from './links.js';
import { serviceRef, type Diagnostic } from './types.js';

/** Cloud load balancers usually get an address within a minute or two; after this, something is wrong. */
export const PENDING_AFTER_SECONDS = 5 * 60;

const hasAddress = (s: Service) => s.loadBalancerIngress.length > 0;

export const loadBalancerPending: Diagnostic = {
  id: 'loadbalancer-pending',
  title: 'whether LoadBalancer Services have an address',
  needs: ['services'],
  check({ services, visibleServices, now }) {
    const balancers = visibleServices.filter((s) => s.type === 'LoadBalancer');
    const noneHasAddress = !balancers.some(hasAddress);
    return services
      .filter((s) => s.type === 'LoadBalancer' && !hasAddress(s))
      .flatMap((s) => {
        const seconds = ageSeconds(s.created, now);
        // Without a creation time there is no evidence it has waited long.
        if (seconds === null || seconds < PENDING_AFTER_SECONDS) return [];
        const nodePorts = s.ports.map((p) => p.nodePort).filter((n): n is number => n !== null);
        const cause = s.loadBalancerClass
          ? `It asks for loadBalancerClass \`${s.loadBalancerClass}\`, which only that implementation provisions; check that it is installed.`
          : noneHasAddress
            ? `None of the ${balancers.length} LoadBalancer Service${balancers.length === 1 ? '' : 's'} I can see has an address, so the cluster probably has no load-balancer implementation (a cloud controller manager, or MetalLB on bare metal).`
            : `Other LoadBalancer Services have addresses, so look at this one's events: \`kubectl describe svc -n ${s.namespace} ${s.name}\`.`;
        return [
          {
            diagnostic: 'loadbalancer-pending',
            severity: 'warning' as const,
            object: serviceRef(s),
            related: [],
            problem: `Type LoadBalancer, but it has had no external address for ${age(s.created, now)}. ${cause}`,
            why: `Nobody outside the cluster can reach it through a load balancer until one is assigned${nodePorts.length > 0 ? `; meanwhile it answers on every node at nodePort ${nodePorts.join(', ')}` : ''}.`,
            fix: noneHasAddress && !s.loadBalancerClass
              ? 'On a cloud, check the cloud controller manager and its quota; on bare metal or a local cluster install MetalLB (or use the provider\'s tunnel), or expose the workload through NodePort or an Ingress instead.'
              : 'Read the Service events for the provisioning error (quota, subnet, annotations) and fix what they name.',
            link: LINKS.loadBalancer,
          },
        ];
      });
  },
};
