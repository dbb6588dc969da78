import { matchedPods, resolveTargetPort } from '../model.js';
import type { Pod, Service, ServicePort } from '../source.js';
import { LINKS } from './links.js';
import { selectorServices, serviceRef, type Diagnostic, type Finding } from './types.js';

function declared(pods: readonly Pod[]): string {
  const ports = new Set(pods.flatMap((p) => p.containerPorts.map((c) => `${c.name ? `${c.name} ` : ''}${c.containerPort}/${c.protocol}`)));
  return [...ports].slice(0, 6).join(', ');
}

function portName(port: ServicePort): string {
  return port.name ? `\`${port.name}\` (${port.port}/${port.protocol})` : `${port.port}/${port.protocol}`;
}

function check(service: Service, port: ServicePort, pods: Pod[]): Finding | null {
  if (pods.some((p) => resolveTargetPort(port, p) !== null)) return null;
  const base = { diagnostic: 'target-port-not-exposed', object: serviceRef(service), related: [], link: LINKS.servicePorts };
  const has = declared(pods);
  if (typeof port.targetPort === 'string') {
    return {
      ...base,
      severity: 'error',
      problem: `Port ${portName(port)} targets the container port named \`${port.targetPort}\`, which ${pods.length === 1 ? 'the matched pod does not declare' : `none of the ${pods.length} matched pods declares`}${has ? ` (declared: ${has})` : ''}.`,
      why: 'A named targetPort is looked up in each pod\'s container ports; pods without that name are left out of the port\'s endpoints, so the port has no backends.',
      fix: `Name the container port \`${port.targetPort}\` in the pod template, or set targetPort to a port number or a name the pods declare.`,
    };
  }
  // A numeric targetPort works whether or not the container declares it (containerPort is
  // informational), so this is only evidence when the pods declare other ports.
  if (!has) return null;
  return {
    ...base,
    severity: 'warning',
    problem: `Port ${portName(port)} sends traffic to container port ${port.targetPort}/${port.protocol}, but the matched pods declare only ${has}.`,
    why: `Traffic goes to port ${port.targetPort} on the pods whatever they declare; if the application listens on another port, connections are refused.`,
    fix: 'Set targetPort to the port the container listens on (a port name such as `http` keeps the two in step), or declare the port in the pod template if the application does listen on it.',
  };
}

export const targetPortNotExposed: Diagnostic = {
  id: 'target-port-not-exposed',
  title: 'whether each Service targetPort is a port its pods expose',
  needs: ['services', 'pods'],
  check({ services, pods }) {
    return selectorServices(services).flatMap((s) => {
      const matched = matchedPods(s, pods);
      if (matched.length === 0) return [];
      return s.ports.map((p) => check(s, p, matched)).filter((f): f is Finding => f !== null);
    });
  },
};
