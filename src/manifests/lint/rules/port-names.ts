// Service port names: with more than one port every port needs a name, names are unique RFC 1123
// labels, and one port number may appear only once per protocol.

import { asInteger, checkDns1123Label, type Protocol } from '../../names.js';
import { defaultPortName } from '../../params.js';
import { getList, isObj, isService, put, servicePorts, str } from '../objects.js';
import type { Rule, RuleFinding } from '../types.js';
import { echoValue } from '../../../core/reply.js';

/** Names for every port of a draft: keeps valid unique names, fills in the rest. */
function nameAll(draft: Record<string, unknown>): void {
  const ports = getList(draft, ['spec', 'ports']).filter(isObj);
  const taken = new Set<string>();
  const valid = (n: unknown): n is string => typeof n === 'string' && checkDns1123Label(n) === null;
  for (const p of ports) if (valid(p.name) && !taken.has(p.name)) taken.add(p.name);
  const seen = new Set<string>();
  for (const p of ports) {
    if (valid(p.name) && !seen.has(p.name)) {
      seen.add(p.name);
      continue;
    }
    const number = asInteger(p.port) ?? 0;
    const protocol = (typeof p.protocol === 'string' ? p.protocol.toUpperCase() : 'TCP') as Protocol;
    const base = typeof p.name === 'string' && checkDns1123Label(p.name.toLowerCase()) === null ? p.name.toLowerCase() : defaultPortName(number, protocol);
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
    taken.add(name);
    seen.add(name);
    const rest = Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'name'));
    for (const k of Object.keys(p)) delete p[k];
    put(p, 'name', name);
    for (const [k, v] of Object.entries(rest)) put(p, k, v);
  }
}

export const portNames: Rule = {
  id: 'port-names',
  summary: 'unnamed ports in a multi-port Service, duplicate or invalid port names, duplicate ports',
  appliesTo: isService,
  check(o) {
    const out: RuleFinding[] = [];
    const ports = servicePorts(o);
    const names = new Map<string, number>();
    const numbers = new Map<string, number>();
    for (const { index, port } of ports) {
      const path = ['spec', 'ports', index];
      const name = str(port.name);
      if (ports.length > 1 && port.name === undefined) {
        out.push({
          path,
          severity: 'error',
          message: `Port entry ${index + 1} has no name; with more than one port, every port needs one.`,
          fix: 'Name each port (`name: http`); the corrected YAML names them after their port.',
          repair: nameAll,
        });
      }
      if (name !== undefined) {
        const problem = checkDns1123Label(name, 'a port name');
        if (problem) {
          out.push({ path: [...path, 'name'], severity: 'error', message: `Port name ${echoValue(name)} ${problem.reason}.`, fix: 'Use a lowercase name such as `http`.', repair: nameAll });
        }
        const first = names.get(name);
        if (first !== undefined) {
          out.push({
            path: [...path, 'name'],
            severity: 'error',
            message: `Port name ${echoValue(name)} is used twice (entries ${first + 1} and ${index + 1}); names must be unique.`,
            fix: 'Give each port its own name; the corrected YAML renames the second.',
            repair: nameAll,
          });
        } else names.set(name, index);
      }
      const number = asInteger(port.port);
      if (number !== null) {
        const key = `${number}/${typeof port.protocol === 'string' ? port.protocol.toUpperCase() : 'TCP'}`;
        const first = numbers.get(key);
        if (first !== undefined) {
          out.push({
            path: [...path, 'port'],
            severity: 'error',
            message: `Port ${key} appears twice (entries ${first + 1} and ${index + 1}); the API server rejects duplicates.`,
            fix: 'Remove one of them, or give it another port number.',
          });
        } else numbers.set(key, index);
      }
    }
    return out;
  },
};
