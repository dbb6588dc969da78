import { isIP } from 'node:net';
import { LINKS } from './links.js';
import { serviceRef, type Diagnostic } from './types.js';

export const externalNameIp: Diagnostic = {
  id: 'externalname-ip',
  title: 'whether ExternalName Services hold DNS names',
  needs: ['services'],
  check({ services }) {
    return services
      .filter((s) => s.type === 'ExternalName' && s.externalName !== null && isIP(s.externalName) !== 0)
      .map((s) => ({
        diagnostic: 'externalname-ip',
        severity: 'error' as const,
        object: serviceRef(s),
        related: [],
        problem: `externalName is the IP address \`${s.externalName}\`.`,
        why: 'An ExternalName Service is published as a DNS CNAME to that name; an IP address is treated as a host name made of digits, which DNS does not resolve, so lookups of the Service fail.',
        fix: 'To point a Service at a fixed IP address, use a Service without a selector and an EndpointSlice holding that address; keep ExternalName for DNS names.',
        link: LINKS.externalName,
      }));
  },
};
