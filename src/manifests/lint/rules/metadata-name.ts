// Names the API server rejects: a Service name is an RFC 1035 label (it becomes a DNS name and an
// environment variable prefix); an Ingress name is a DNS subdomain; a namespace is an RFC 1123 label.

import { checkDns1035Label, checkDns1123Label, checkDns1123Subdomain } from '../../names.js';
import { get, isIngress, isService, str } from '../objects.js';
import type { Rule, RuleFinding } from '../types.js';
import { echoValue } from '../../../core/reply.js';

export const metadataName: Rule = {
  id: 'metadata-name',
  summary: 'missing or invalid metadata.name and metadata.namespace',
  appliesTo: (o) => isService(o) || isIngress(o),
  check(o) {
    const out: RuleFinding[] = [];
    // A name at the top level is the metadata-placement rule's finding.
    const name = get(o.value, ['metadata', 'name']) ?? o.value.name;
    const where = get(o.value, ['metadata', 'name']) === undefined && o.value.name !== undefined ? ['name'] : ['metadata', 'name'];
    if (name === undefined && get(o.value, ['metadata', 'generateName']) === undefined) {
      out.push({ path: ['metadata'], severity: 'error', message: `The ${o.kind} has no \`metadata.name\`.`, fix: 'Add `name:` under `metadata:`.' });
    } else if (typeof name === 'string') {
      const problem = isService(o) ? checkDns1035Label(name) : checkDns1123Subdomain(name, 'an Ingress name');
      if (problem) {
        out.push({
          path: where,
          severity: 'error',
          message: `The name ${echoValue(name)} ${problem.reason}.`,
          fix: problem.suggestion ? `Use a name such as ${echoValue(problem.suggestion)} (and update whatever refers to it).` : 'Choose a valid name.',
        });
      }
    } else if (name !== undefined) {
      out.push({ path: where, severity: 'error', message: 'The name is not text.', fix: 'Write the name as plain text, e.g. `name: web`.' });
    }
    const namespace = str(get(o.value, ['metadata', 'namespace']));
    const nsProblem = namespace === undefined ? null : checkDns1123Label(namespace, 'a namespace name');
    if (nsProblem) {
      out.push({
        path: ['metadata', 'namespace'],
        severity: 'error',
        message: `The namespace ${echoValue(namespace)} ${nsProblem.reason}.`,
        fix: nsProblem.suggestion ? `Use ${echoValue(nsProblem.suggestion)}.` : 'Use a valid namespace name.',
      });
    }
    return out;
  },
};
