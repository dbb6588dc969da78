// Services without ports, and port entries without `port` (the one required field of a
// ServicePort). A headless or ExternalName Service may have none.

import { asInteger } from '../../names.js';
import { get, getObj, insertAfter, isHeadless, isService, servicePorts, serviceType } from '../objects.js';
import type { Rule, RuleFinding } from '../types.js';

export const portMissing: Rule = {
  id: 'port-missing',
  summary: 'a Service with no ports, or a port entry without `port`',
  appliesTo: isService,
  check(o) {
    const out: RuleFinding[] = [];
    const ports = servicePorts(o);
    const type = serviceType(o);
    if (ports.length === 0 && type !== 'ExternalName' && !isHeadless(o)) {
      out.push({
        path: get(o.value, ['spec', 'ports']) === undefined ? ['spec'] : ['spec', 'ports'],
        severity: 'error',
        message: `The ${type} Service has no ports; it needs at least one.`,
        fix: 'Add `ports:` with `- port: 80` and `targetPort:` (the port your pods listen on).',
      });
    }
    for (const { index, port } of ports) {
      if ('port' in port) continue;
      const target = asInteger(port.targetPort);
      out.push({
        path: ['spec', 'ports', index],
        severity: 'error',
        message: `Port entry ${index + 1} has no \`port\`, the port clients connect to (it is required).`,
        fix:
          target !== null
            ? `Add \`port: ${target}\` (the corrected YAML uses the targetPort's number).`
            : 'Add `port:`, for example `port: 80`.',
        ...(target !== null
          ? {
              repair: (draft: Record<string, unknown>) => {
                const p = getObj(draft, ['spec', 'ports', index]);
                if (p && !('port' in p)) insertAfter(p, 'name' in p ? 'name' : null, 'port', target);
              },
            }
          : {}),
      });
    }
    return out;
  },
};
