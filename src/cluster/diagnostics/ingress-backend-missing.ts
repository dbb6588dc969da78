import { backendPort, backendPortLabel, ingressBackends } from '../model.js';
import { LINKS } from './links.js';
import { ingressRef, serviceRef, type Diagnostic, type Finding } from './types.js';

function where(host: string | null, path: string | null): string {
  if (host === null && path === null) return 'The default backend';
  return `The backend for \`${host ?? '*'}${path ?? '/'}\``;
}

export const ingressBackendMissing: Diagnostic = {
  id: 'ingress-backend-missing',
  title: 'whether Ingress backends name existing Services and ports',
  needs: ['ingresses', 'services'],
  check({ ingresses, services, namespace }) {
    const byName = new Map(services.map((s) => [s.name, s]));
    const findings: Finding[] = [];
    for (const ingress of ingresses) {
      const reported = new Set<string>();
      for (const { host, path, backend } of ingressBackends(ingress)) {
        const target = backend.service;
        if (!target) continue;
        const key = `${target.name}:${backendPortLabel(target.port)}`;
        if (reported.has(key)) continue;
        const service = byName.get(target.name);
        const base = { diagnostic: 'ingress-backend-missing', severity: 'error' as const, object: ingressRef(ingress), link: LINKS.ingressBackend };
        if (!service) {
          reported.add(key);
          const names = services.slice(0, 5).map((s) => `\`${s.name}\``).join(', ');
          findings.push({
            ...base,
            related: [{ kind: 'Service', namespace, name: target.name }],
            problem: `${where(host, path)} names Service \`${target.name}\`, which does not exist in \`${namespace}\`.`,
            why: 'The ingress controller has nowhere to send those requests and answers them with an error (usually 503).',
            fix: `Create the Service, or correct \`backend.service.name\`${names ? ` (Services here: ${names})` : ''}. An Ingress can only name Services in its own namespace.`,
          });
          continue;
        }
        if (backendPort(service, target.port)) continue;
        reported.add(key);
        const has = service.ports.map((p) => (p.name ? `${p.port} (${p.name})` : String(p.port))).join(', ') || 'none';
        findings.push({
          ...base,
          related: [serviceRef(service)],
          problem: `${where(host, path)} names port ${target.port.number !== null ? target.port.number : `\`${target.port.name}\``} of Service \`${service.name}\`, which has ports ${has}.`,
          why: 'The controller finds no such Service port, so those requests get an error instead of reaching the pods.',
          fix: 'Name a port the Service exposes (`service.port.number` or `service.port.name`): an Ingress backend names the Service port, not the container port.',
        });
      }
    }
    return findings;
  },
};
