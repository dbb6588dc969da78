// ExternalName Services: the cluster DNS answers with a CNAME to externalName, so it must be a DNS
// name. An IP address does not work (there is no CNAME to an address); a selector is ignored.

import { checkExternalName, isIpAddress } from '../../names.js';
import { get, getObj, isService, serviceType, shown } from '../objects.js';
import type { Rule, RuleFinding } from '../types.js';
import { echoValue } from '../../../core/reply.js';

export const externalName: Rule = {
  id: 'external-name',
  summary: 'ExternalName Services with an IP address, an invalid or missing name, or a selector',
  appliesTo: (o) => isService(o) && serviceType(o) === 'ExternalName',
  check(o) {
    const out: RuleFinding[] = [];
    const value = get(o.value, ['spec', 'externalName']);
    if (value === undefined || value === null || value === '') {
      out.push({ path: ['spec'], severity: 'error', message: 'The ExternalName Service has no `externalName`.', fix: 'Add `externalName:` with the outside DNS name, e.g. `db.example.com`.' });
    } else if (typeof value !== 'string') {
      out.push({ path: ['spec', 'externalName'], severity: 'error', message: `externalName ${shown(value)} is not a DNS name.`, fix: 'Write the outside DNS name, e.g. `db.example.com`.' });
    } else if (isIpAddress(value)) {
      out.push({
        path: ['spec', 'externalName'],
        severity: 'error',
        message: `externalName ${echoValue(value)} is an IP address; ExternalName works by CNAME, which needs a DNS name.`,
        fix: `Use the DNS name behind ${value}. For a bare IP, use a Service without a selector (and without type ExternalName) plus an EndpointSlice (discovery.k8s.io/v1) labelled \`kubernetes.io/service-name: ${o.name || '<name>'}\` that lists ${value}.`,
      });
    } else {
      const problem = checkExternalName(value);
      if (problem) {
        out.push({
          path: ['spec', 'externalName'],
          severity: 'error',
          message: `externalName ${echoValue(value)} ${problem.reason}.`,
          fix: problem.suggestion ? `Use ${echoValue(problem.suggestion)}.` : 'Use a valid DNS name.',
          ...(problem.suggestion
            ? {
                repair: (draft: Record<string, unknown>) => {
                  const spec = getObj(draft, ['spec']);
                  if (spec) spec.externalName = problem.suggestion;
                },
              }
            : {}),
        });
      }
    }
    if (get(o.value, ['spec', 'selector']) !== undefined) {
      out.push({
        path: ['spec', 'selector'],
        severity: 'warning',
        message: 'An ExternalName Service ignores its selector: it points at a DNS name, not at pods.',
        fix: 'Remove the selector (the corrected YAML does).',
        repair: (draft) => {
          const spec = getObj(draft, ['spec']);
          if (spec) delete spec.selector;
        },
      });
    }
    return out;
  },
};
