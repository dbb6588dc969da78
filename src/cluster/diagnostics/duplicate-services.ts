import { isHeadless, matchedPods, resolveTargetPort } from '../model.js';
import type { Pod, Service } from '../source.js';
import { LINKS } from './links.js';
import { selectorServices, serviceRef, type Diagnostic, type Finding } from './types.js';

/** The container ports (`8080/TCP`) a Service reaches on its pods. */
function reachedPorts(service: Service, pods: Pod[]): Set<string> {
  const ports = new Set<string>();
  for (const port of service.ports) {
    for (const pod of pods) {
      const number = resolveTargetPort(port, pod) ?? (typeof port.targetPort === 'number' ? port.targetPort : null);
      if (number !== null) ports.add(`${number}/${port.protocol}`);
    }
  }
  return ports;
}

export const duplicateServices: Diagnostic = {
  id: 'duplicate-services',
  title: 'whether two Services select exactly the same pods on the same port',
  needs: ['services', 'pods'],
  check({ services, pods }) {
    const candidates = selectorServices(services)
      .map((s) => {
        const matched = matchedPods(s, pods);
        return { service: s, key: matched.map((p) => p.name).sort().join('\n'), pods: matched };
      })
      .filter((c) => c.pods.length > 0);
    const findings: Finding[] = [];
    for (let i = 0; i < candidates.length; i++) {
      for (let j = i + 1; j < candidates.length; j++) {
        const a = candidates[i];
        const b = candidates[j];
        if (!a || !b || a.key !== b.key) continue;
        // A headless Service beside a ClusterIP one for the same pods is the StatefulSet pattern.
        if (isHeadless(a.service) !== isHeadless(b.service)) continue;
        const portsA = reachedPorts(a.service, a.pods);
        const shared = [...reachedPorts(b.service, b.pods)].filter((p) => portsA.has(p));
        if (shared.length === 0) continue;
        findings.push({
          diagnostic: 'duplicate-services',
          severity: 'note',
          object: serviceRef(a.service),
          related: [serviceRef(b.service)],
          problem: `Selects exactly the same ${a.pods.length} pod${a.pods.length === 1 ? '' : 's'} as Service \`${b.service.name}\`, on the same port (${shared.join(', ')}).`,
          why: 'Two Services for the same pods and port are often a leftover from a rename or a copy: clients may use either name, and a change made to one is easily missed on the other.',
          fix: `If one of them is unused, delete it; if both are meant (different types or audiences), nothing needs to change.`,
          link: LINKS.service,
        });
      }
    }
    return findings;
  },
};
