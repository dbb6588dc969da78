// Ingress backends in networking.k8s.io/v1: `service: {name, port: {number | name}}`. The removed
// v1beta1 form `serviceName`/`servicePort` is converted, and `spec.backend` became
// `spec.defaultBackend`.

import { checkDns1035Label, checkPortName, PORT_MAX, PORT_MIN } from '../../names.js';
import type { Path } from '../../positions.js';
import { get, getObj, ingressBackends, isIngress, isObj, put, readPort, renameKey, shown } from '../objects.js';
import type { Obj, Rule, RuleFinding } from '../types.js';
import { echoValue } from '../../../core/reply.js';

/** service.port from a legacy servicePort as it stands in the draft (entities may be fixed by now). */
function portOf(value: unknown): { number: number } | { name: string } | null {
  const read = readPort(value);
  if ('name' in read) return { name: read.name };
  return read.number !== undefined ? { number: read.number } : null;
}

/** Converts a draft backend from serviceName/servicePort to service.name/service.port. */
function convert(backend: Obj): void {
  const name = backend.serviceName;
  const port = portOf(backend.servicePort);
  const service: Obj = { name };
  if (port) service.port = port;
  const rest = Object.fromEntries(Object.entries(backend).filter(([k]) => k !== 'serviceName' && k !== 'servicePort' && k !== 'service'));
  for (const k of Object.keys(backend)) delete backend[k];
  put(backend, 'service', service);
  for (const [k, v] of Object.entries(rest)) put(backend, k, v);
}

function legacyPortText(value: unknown): string {
  const port = portOf(value);
  if (!port) return 'a `port` you fill in';
  return 'number' in port ? `\`port.number: ${port.number}\`` : `\`port.name: ${port.name}\``;
}

export const ingressBackend: Rule = {
  id: 'ingress-backend',
  summary: 'serviceName/servicePort to service.name + service.port; spec.backend to spec.defaultBackend; backend ports',
  appliesTo: isIngress,
  check(o) {
    const out: RuleFinding[] = [];
    if (get(o.value, ['spec', 'backend']) !== undefined) {
      const both = get(o.value, ['spec', 'defaultBackend']) !== undefined;
      out.push({
        path: ['spec', 'backend'],
        severity: 'error',
        message: both ? '`spec.backend` and `spec.defaultBackend` are both set; `backend` is the removed v1beta1 name.' : '`spec.backend` is the removed v1beta1 name; networking.k8s.io/v1 calls it `spec.defaultBackend`.',
        fix: both ? 'Remove `spec.backend`.' : 'Rename it to `defaultBackend`.',
        repair: (draft) => {
          const spec = getObj(draft, ['spec']);
          if (!spec || !('backend' in spec)) return;
          if ('defaultBackend' in spec) delete spec.backend;
          else renameKey(spec, 'backend', 'defaultBackend');
        },
      });
    }
    for (const { path, backend } of ingressBackends(o)) {
      // Repairs find the backend again in the draft: spec.backend may have been renamed by now.
      const locate = (draft: Obj): Obj | undefined =>
        getObj(draft, path) ?? (path[1] === 'backend' ? getObj(draft, ['spec', 'defaultBackend']) : undefined);
      if ('serviceName' in backend || 'servicePort' in backend) {
        out.push({
          path: [...path, 'serviceName' in backend ? 'serviceName' : 'servicePort'],
          severity: 'error',
          message: '`serviceName`/`servicePort` were removed with extensions/v1beta1; networking.k8s.io/v1 has `service.name` and `service.port`.',
          fix: `Write \`service: {name: ${String(backend.serviceName ?? '…')}}\` with ${legacyPortText(backend.servicePort)}.`,
          repair: (draft) => {
            const b = locate(draft);
            if (b && ('serviceName' in b || 'servicePort' in b)) convert(b);
          },
        });
        if ('servicePort' in backend && portOf(backend.servicePort) === null) {
          out.push({ path: [...path, 'servicePort'], severity: 'error', message: `servicePort ${shown(backend.servicePort)} is neither a port number nor a port name.`, fix: 'Set `service.port.number` to a port of the Service.' });
        }
        continue;
      }
      checkV1Backend(path, backend, out);
    }
    return out;
  },
};

function checkV1Backend(path: Path, backend: Obj, out: RuleFinding[]): void {
  const service = backend.service;
  if (service === undefined) {
    if (backend.resource === undefined) {
      out.push({ path, severity: 'error', message: 'The backend names no `service` (or `resource`).', fix: 'Add `service: {name: <service>, port: {number: 80}}`.' });
    }
    return;
  }
  if (!isObj(service)) {
    out.push({ path: [...path, 'service'], severity: 'error', message: 'The backend `service` is not a mapping.', fix: 'Write `service: {name: <service>, port: {number: 80}}`.' });
    return;
  }
  if (typeof service.name !== 'string') {
    out.push({ path: [...path, 'service'], severity: 'error', message: 'The backend service has no `name`.', fix: 'Add `name:` with the Service name.' });
  } else {
    const problem = checkDns1035Label(service.name);
    if (problem) out.push({ path: [...path, 'service', 'name'], severity: 'error', message: `Backend service name ${echoValue(service.name)} ${problem.reason}.`, fix: 'Use the name of an existing Service.' });
  }
  const port = service.port;
  if (!isObj(port)) {
    const read = port === undefined ? null : readPort(port);
    const converted = read && 'number' in read && read.number !== undefined ? { number: read.number } : read && 'name' in read ? { name: read.name } : null;
    out.push({
      path: [...path, 'service', port === undefined ? 'name' : 'port'],
      severity: 'error',
      message: port === undefined ? 'The backend service has no `port`.' : `The backend service port ${shown(port)} must be a mapping with \`number\` or \`name\`.`,
      fix: converted
        ? `Write \`port: {${'number' in converted ? `number: ${converted.number}` : `name: ${converted.name}`}}\`.`
        : 'Add `port: {number: 80}` (a port of the Service).',
      ...(converted
        ? {
            repair: (draft: Obj) => {
              const s = getObj(draft, [...path, 'service']);
              if (s && !isObj(s.port)) s.port = converted;
            },
          }
        : {}),
    });
    return;
  }
  const hasNumber = port.number !== undefined;
  const hasName = port.name !== undefined;
  if (hasNumber && hasName) {
    out.push({
      path: [...path, 'service', 'port'],
      severity: 'error',
      message: 'The backend port has both `number` and `name`; give one.',
      fix: 'Keep `number` (the corrected YAML does).',
      repair: (draft) => {
        const p = getObj(draft, [...path, 'service', 'port']);
        if (p) delete p.name;
      },
    });
  } else if (!hasNumber && !hasName) {
    out.push({ path: [...path, 'service', 'port'], severity: 'error', message: 'The backend port has neither `number` nor `name`.', fix: 'Add `number: 80` (a port of the Service).' });
  }
  if (hasNumber) {
    const read = readPort(port.number);
    const n = 'number' in read ? read.number : undefined;
    if (n === undefined) {
      out.push({ path: [...path, 'service', 'port', 'number'], severity: 'error', message: `Backend port number ${shown(port.number)} is not a number.`, fix: 'Use a port of the Service, e.g. `number: 80`.' });
    } else if (typeof port.number !== 'number') {
      out.push({
        path: [...path, 'service', 'port', 'number'],
        severity: 'error',
        message: `Backend port number ${shown(port.number)} is text.`,
        fix: `Use \`number: ${n}\`.`,
        repair: (draft) => {
          const p = getObj(draft, [...path, 'service', 'port']);
          if (p) p.number = n;
        },
      });
    } else if (n < PORT_MIN || n > PORT_MAX) {
      out.push({ path: [...path, 'service', 'port', 'number'], severity: 'error', message: `Backend port ${n} is outside ${PORT_MIN}–${PORT_MAX}.`, fix: 'Use a port of the Service.' });
    }
  }
  if (hasName && typeof port.name === 'string') {
    const problem = checkPortName(port.name);
    if (problem) out.push({ path: [...path, 'service', 'port', 'name'], severity: 'error', message: `Backend port name ${echoValue(port.name)} ${problem.reason}.`, fix: 'Use the port number, or a port name of the Service of at most 15 characters.' });
  }
}
