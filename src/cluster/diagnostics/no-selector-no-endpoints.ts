import { slicesOf } from '../model.js';
import { LINKS } from './links.js';
import { serviceRef, type Diagnostic } from './types.js';

export const noSelectorNoEndpoints: Diagnostic = {
  id: 'no-selector-no-endpoints',
  title: 'whether Services without a selector have EndpointSlices',
  needs: ['services', 'endpointslices'],
  check({ services, endpointslices }) {
    return services
      .filter((s) => s.type !== 'ExternalName' && s.selector === null && slicesOf(s, endpointslices).length === 0)
      .map((s) => ({
        diagnostic: 'no-selector-no-endpoints',
        severity: 'warning' as const,
        object: serviceRef(s),
        related: [],
        problem: 'Has no selector and no EndpointSlices.',
        why: 'Without a selector Kubernetes does not manage its endpoints: someone must create EndpointSlices (or Endpoints, which are mirrored into slices), and until then it routes nowhere.',
        fix: `Add a selector matching the pods, or create an EndpointSlice labelled \`kubernetes.io/service-name: ${s.name}\` with the backend addresses. To alias a DNS name outside the cluster, use type ExternalName instead.`,
        link: LINKS.withoutSelectors,
      }));
  },
};
