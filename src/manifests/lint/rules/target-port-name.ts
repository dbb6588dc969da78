// targetPort by name ("http") sends traffic to the container port of that name in each selected
// pod. When the paste has no such pods we cannot tell whether the name exists: a note. When it
// has them and they lack the name, the Service has no working endpoints: an error.

import { checkPortName } from '../../names.js';
import { describeObject, getObj, isService, sameNamespace, selects, servicePorts, serviceType } from '../objects.js';
import type { Rule, RuleFinding } from '../types.js';
import { echoValue } from '../../../core/reply.js';

export const targetPortName: Rule = {
  id: 'target-port-name',
  summary: "targetPort given as a name: the selected pods must declare a containerPort with that name",
  appliesTo: (o) => isService(o) && serviceType(o) !== 'ExternalName',
  check(o, context) {
    const out: RuleFinding[] = [];
    const selector = getObj(o.value, ['spec', 'selector']);
    const pods = selector ? context.pods.filter((t) => sameNamespace(t.owner, o) && selects(selector, t.labels)) : [];
    for (const { index, port } of servicePorts(o)) {
      const name = port.targetPort;
      if (typeof name !== 'string' || checkPortName(name) !== null) continue;
      const path = ['spec', 'ports', index, 'targetPort'];
      if (pods.length === 0) {
        out.push({
          path,
          severity: 'note',
          message: `targetPort ${echoValue(name)} is a port name: the selected pods must declare a containerPort named ${echoValue(name)}, and I cannot see them in this paste.`,
          fix: `Check the pod spec has \`ports: [{name: ${name}, containerPort: …}]\`, or use the port number.`,
        });
        continue;
      }
      const lacking = pods.filter((p) => !p.ports.has(name));
      for (const pod of lacking) {
        const has = [...pod.ports].map(([n, c]) => `${n}=${c}`).join(', ');
        const only = pod.ports.size === 1 ? [...pod.ports.values()][0] : undefined;
        out.push({
          path,
          severity: 'error',
          message: `targetPort ${echoValue(name)}: the pods of ${describeObject(pod.owner)} (document ${pod.owner.doc}) have no containerPort named ${echoValue(name)}${has ? ` (they have ${echoValue(has)})` : ' (they name no ports)'}.`,
          fix: only !== undefined ? `Use ${echoValue(`targetPort: ${only}`)}, or name that containerPort ${echoValue(name)}.` : `Name the containerPort ${echoValue(name)} in the pod spec, or use its number.`,
        });
      }
    }
    return out;
  },
};
