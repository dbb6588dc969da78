import { formatSelector, isTerminal, matchedPods } from '../model.js';
import type { Pod, Service } from '../source.js';
import { LINKS } from './links.js';
import { selectorServices, serviceRef, type Diagnostic } from './types.js';

/** A pod that matches every selector label but one, and that label as the pod has it. */
function nearMiss(service: Service, pods: readonly Pod[]): { pod: string; label: string } | null {
  const selector = Object.entries(service.selector ?? {});
  for (const pod of pods) {
    if (pod.namespace !== service.namespace || isTerminal(pod)) continue;
    const differing = selector.filter(([k, v]) => pod.labels[k] !== v);
    if (differing.length !== 1) continue;
    const [key] = differing[0] as [string, string];
    const has = pod.labels[key];
    return { pod: pod.name, label: has === undefined ? `no \`${key}\` label` : `\`${key}=${has}\`` };
  }
  return null;
}

export const selectorMatchesNoPods: Diagnostic = {
  id: 'selector-matches-no-pods',
  title: 'whether each Service selector matches pods',
  needs: ['services', 'pods'],
  check({ services, pods }) {
    return selectorServices(services)
      .filter((s) => matchedPods(s, pods).length === 0)
      .map((s) => {
        const near = nearMiss(s, pods);
        return {
          diagnostic: 'selector-matches-no-pods',
          severity: 'error' as const,
          object: serviceRef(s),
          related: [],
          problem: `Selector \`${formatSelector(s.selector)}\` matches no running pod in \`${s.namespace}\`${near ? ` (closest: pod \`${near.pod}\` has ${near.label})` : ''}.`,
          why: 'A Service sends traffic only to pods whose labels match its selector; with none it has no endpoints, so connections to it fail.',
          fix: `Make the selector equal the labels of the workload's pod template (\`kubectl get pods -n ${s.namespace} --show-labels\`), or start the workload if it is scaled to zero.`,
          link: LINKS.debugService,
        };
      });
  },
};
