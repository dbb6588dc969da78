// Ingress hosts: lowercase DNS names, a wildcard only as the whole first label (`*.example.com`),
// never an IP address, a port or a URL. TLS hosts follow the same rules.

import { checkHostname } from '../../names.js';
import { getList, isIngress, setAt } from '../objects.js';
import type { Rule, RuleFinding } from '../types.js';
import { echoValue } from '../../../core/reply.js';

export const ingressHost: Rule = {
  id: 'ingress-host',
  summary: 'Ingress rule and TLS hosts that are not valid host names (IPs, URLs, ports, uppercase, bad wildcards)',
  appliesTo: isIngress,
  check(o) {
    const out: RuleFinding[] = [];
    const report = (path: (string | number)[], host: unknown) => {
      if (typeof host !== 'string') return;
      const problem = checkHostname(host);
      if (!problem) return;
      out.push({
        path,
        severity: 'error',
        message: `host ${echoValue(host)} ${problem.reason}.`,
        fix: problem.suggestion ? `Use ${echoValue(problem.suggestion)}.` : 'Use a DNS name such as `shop.example.com`, or leave host out.',
        ...(problem.suggestion ? { repair: (draft: Record<string, unknown>) => setAt(draft, path, problem.suggestion) } : {}),
      });
    };
    getList(o.value, ['spec', 'rules']).forEach((rule, i) => {
      if (rule && typeof rule === 'object' && 'host' in rule) report(['spec', 'rules', i, 'host'], (rule as { host: unknown }).host);
    });
    getList(o.value, ['spec', 'tls']).forEach((tls, i) => {
      getList(tls, ['hosts']).forEach((host, j) => report(['spec', 'tls', i, 'hosts', j], host));
    });
    return out;
  },
};
