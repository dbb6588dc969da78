import { formatSelector, isHeadless, matchedPods } from '../model.js';
import { LINKS } from './links.js';
import { selectorServices, serviceRef, type Diagnostic } from './types.js';

export const headlessNoReady: Diagnostic = {
  id: 'headless-no-ready',
  title: 'whether headless Services have ready pods',
  needs: ['services', 'pods'],
  check({ services, pods }) {
    return selectorServices(services)
      .filter((s) => isHeadless(s) && !s.publishNotReadyAddresses)
      .flatMap((s) => {
        const matched = matchedPods(s, pods);
        // No matching pod at all is the selector check's finding.
        if (matched.length === 0 || matched.some((p) => p.ready)) return [];
        return [
          {
            diagnostic: 'headless-no-ready',
            severity: 'warning' as const,
            object: serviceRef(s),
            related: [],
            problem: `Headless (clusterIP: None): selector \`${formatSelector(s.selector)}\` matches ${matched.length} pod${matched.length === 1 ? '' : 's'}, none of them ready.`,
            why: 'A headless Service\'s DNS name resolves to the addresses of its ready pods; with none ready it resolves to nothing, and clients or StatefulSet peers cannot find the pods.',
            fix: 'Make the pods ready; if peers must find each other before they are ready (clustered databases bootstrapping), set `publishNotReadyAddresses: true`.',
            link: LINKS.headless,
          },
        ];
      });
  },
};
