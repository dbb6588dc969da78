import { formatSelector, isHeadless, matchedPods } from '../model.js';
import { LINKS } from './links.js';
import { selectorServices, serviceRef, type Diagnostic } from './types.js';

/** Pods named in a finding, at most this many. */
const NAMED = 3;

export const noReadyPods: Diagnostic = {
  id: 'no-ready-pods',
  title: 'whether the pods behind each Service are ready',
  needs: ['services', 'pods'],
  check({ services, pods }) {
    // Headless Services have their own check (their DNS answer is what breaks); with
    // publishNotReadyAddresses, readiness does not gate the endpoints.
    return selectorServices(services)
      .filter((s) => !isHeadless(s) && !s.publishNotReadyAddresses)
      .flatMap((s) => {
        const matched = matchedPods(s, pods);
        if (matched.length === 0 || matched.some((p) => p.ready)) return [];
        const named = matched.slice(0, NAMED).map((p) => `\`${p.name}\` (${p.phase})`).join(', ');
        const more = matched.length > NAMED ? ` and ${matched.length - NAMED} more` : '';
        return [
          {
            diagnostic: 'no-ready-pods',
            severity: 'error' as const,
            object: serviceRef(s),
            related: [],
            problem: `Selector \`${formatSelector(s.selector)}\` matches ${matched.length} pod${matched.length === 1 ? '' : 's'}, none of them ready: ${named}${more}.`,
            why: 'Only ready pods receive Service traffic; until one passes its readiness probe the Service has no ready endpoints and connections fail.',
            fix: `Find out why the pods are not ready: \`kubectl describe pod -n ${s.namespace} ${matched[0]?.name ?? ''}\` shows failing readiness probes, crash loops or scheduling problems.`,
            link: LINKS.readinessProbes,
          },
        ];
      });
  },
};
