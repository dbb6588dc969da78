// port and targetPort values: numbers 1-65535; a targetPort may be a container port *name*, but a
// string of digits ("8080") is read as a name and names need a letter. Protocols are TCP, UDP or
// SCTP, in capitals.

import { canonical, checkPortName, PORT_MAX, PORT_MIN, PROTOCOLS } from '../../names.js';
import { getObj, isService, readPort, servicePorts, shown } from '../objects.js';
import type { Rule, RuleFinding } from '../types.js';
import { echoValue } from '../../../core/reply.js';

export const portValues: Rule = {
  id: 'port-values',
  summary: 'port/targetPort that are not port numbers or names; protocols in the wrong case',
  appliesTo: isService,
  check(o) {
    const out: RuleFinding[] = [];
    for (const { index, port } of servicePorts(o)) {
      const at = (field: string) => ['spec', 'ports', index, field];
      const setField = (field: string, value: unknown) => (draft: Record<string, unknown>) => {
        const p = getObj(draft, ['spec', 'ports', index]);
        if (p) p[field] = value;
      };
      if ('port' in port) {
        const read = readPort(port.port);
        if ('number' in read && read.number !== undefined && typeof port.port !== 'number') {
          out.push({ path: at('port'), severity: 'error', message: `port ${shown(port.port)} is text, not a number.`, fix: `Use \`port: ${read.number}\`.`, repair: setField('port', read.number) });
        } else if (!('number' in read) || read.number === undefined) {
          out.push({ path: at('port'), severity: 'error', message: `port ${shown(port.port)} is not a port number.`, fix: `Use a number from ${PORT_MIN} to ${PORT_MAX}.` });
        } else if (read.number < PORT_MIN || read.number > PORT_MAX) {
          out.push({ path: at('port'), severity: 'error', message: `port ${read.number} is outside ${PORT_MIN}–${PORT_MAX}.`, fix: `Use a number from ${PORT_MIN} to ${PORT_MAX}.` });
        }
      }
      if ('targetPort' in port) {
        const value = port.targetPort;
        if (typeof value === 'number') {
          if (!Number.isInteger(value) || value < PORT_MIN || value > PORT_MAX) {
            out.push({ path: at('targetPort'), severity: 'error', message: `targetPort ${value} is outside ${PORT_MIN}–${PORT_MAX}.`, fix: 'Use the port your containers listen on.' });
          }
        } else if (typeof value === 'string') {
          const read = readPort(value);
          if ('number' in read && read.number !== undefined) {
            out.push({
              path: at('targetPort'),
              severity: 'error',
              message: `targetPort ${shown(value)} is a quoted number: Kubernetes reads a string as a port *name*, and names need a letter.`,
              fix: `Use \`targetPort: ${read.number}\` without quotes.`,
              repair: setField('targetPort', read.number),
            });
          } else {
            const problem = checkPortName(value);
            if (problem) {
              out.push({
                path: at('targetPort'),
                severity: 'error',
                message: `targetPort ${shown(value)} is neither a port number nor a valid port name: it ${problem.reason}.`,
                fix: problem.suggestion ? `Use ${echoValue(problem.suggestion)} (the name of a containerPort) or the port number.` : 'Use the port number, or the name of a containerPort.',
                ...(problem.suggestion ? { repair: setField('targetPort', problem.suggestion) } : {}),
              });
            }
          }
        } else if (value !== undefined) {
          out.push({ path: at('targetPort'), severity: 'error', message: `targetPort is ${shown(value)}, not a port.`, fix: 'Use the port number your containers listen on, or a containerPort name.' });
        }
      }
      if ('protocol' in port && !(PROTOCOLS as readonly unknown[]).includes(port.protocol)) {
        const right = typeof port.protocol === 'string' ? canonical(port.protocol, PROTOCOLS) : null;
        out.push({
          path: at('protocol'),
          severity: 'error',
          message: `protocol ${shown(port.protocol)} is not ${right ? `spelled \`${right}\`` : 'TCP, UDP or SCTP'}.`,
          fix: right ? `Use \`protocol: ${right}\`.` : 'Use `TCP` (the default), `UDP` or `SCTP`; HTTP is TCP.',
          ...(right ? { repair: setField('protocol', right) } : /^https?$/i.test(String(port.protocol)) ? { repair: setField('protocol', 'TCP') } : {}),
        });
      }
    }
    return out;
  },
};
