// The kubectl command that creates what a rendered manifest describes, without writing YAML
// (`kubectl create service …`, `kubectl create ingress --rule …`), for the manifests it can
// express exactly. Useful on its own (the CKA/CKAD exams reward it) and with `--dry-run=client -o yaml`
// as a generator of a manifest to edit.

import type { ManifestParams } from './params.js';

/** Shell-safe enough for our checked values (DNS names, numbers, paths): quote what has specials. */
const arg = (value: string): string => (/^[A-Za-z0-9._:/=@,-]+$/.test(value) ? value : `"${value.replace(/"/g, '\\"')}"`);

const namespaceFlag = (p: ManifestParams): string => (p.namespace === 'default' ? '' : ` -n ${arg(p.namespace)}`);

/** Whether the Service selects `app=<name>`, the only selector `kubectl create service` sets. */
const selectsOwnName = (p: ManifestParams): boolean => {
  const keys = Object.keys(p.selector);
  return keys.length === 1 && p.selector.app === p.name;
};

/**
 * The kubectl line that creates the same object, or null when kubectl has no flag for a part of it
 * (a selector other than `app=<name>`, UDP/SCTP, externalTrafficPolicy, an HTTPRoute).
 */
export function imperativeCommand(p: ManifestParams): string | null {
  const ns = namespaceFlag(p);
  const tcp = `--tcp=${p.port}:${p.targetPort}`;
  switch (p.kind) {
    case 'clusterip':
    case 'nodeport':
    case 'loadbalancer':
    case 'headless': {
      if (p.protocol !== 'TCP' || !selectsOwnName(p) || p.externalTrafficPolicy !== undefined) return null;
      const type = p.kind === 'headless' ? 'clusterip' : p.kind;
      const extra = p.kind === 'headless' ? ' --clusterip=None' : p.kind === 'nodeport' && p.nodePort !== undefined ? ` --node-port=${p.nodePort}` : '';
      return `kubectl create service ${type} ${arg(p.name)} ${tcp}${extra}${ns}`;
    }
    case 'externalname':
      return p.hasPort ? null : `kubectl create service externalname ${arg(p.name)} --external-name=${arg(p.externalName)}${ns}`;
    case 'ingress': {
      if (p.pathType === 'ImplementationSpecific') return null;
      // In --rule, a path ending in `*` is pathType Prefix; without it, Exact.
      const path = p.pathType === 'Prefix' ? `${p.path}*` : p.path;
      const rule = `${p.host ?? ''}${path}=${p.service}:${p.portRef}${p.tlsSecret ? `,tls=${p.tlsSecret}` : ''}`;
      return `kubectl create ingress ${arg(p.name)}${p.ingressClass ? ` --class=${arg(p.ingressClass)}` : ''} --rule=${arg(rule)}${ns}`;
    }
    case 'httproute':
      return null;
  }
}
