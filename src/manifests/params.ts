// `yaml <kind> [name] [key=value…]`: the kinds, their parameters, and validation of every value.
// Parameter names are stable: other commands (the `which` decision tree) offer canonical
// commands such as `yaml nodeport web port=80 targetPort=8080` as buttons.

import { distance } from 'fastest-levenshtein';
import { echoValue } from '../core/reply.js';
import {
  canonical,
  checkDns1035Label,
  checkDns1123Label,
  checkDns1123Subdomain,
  checkEndpointAddress,
  checkExternalName,
  checkHostname,
  checkIngressPath,
  checkLabelKey,
  checkLabelValue,
  checkNodePort,
  checkPort,
  checkPortName,
  checkTargetPort,
  PATH_TYPES,
  PROTOCOLS,
  type PathType,
  type Protocol,
  suggestServiceName,
  type ValueProblem,
} from './names.js';

export const KINDS = ['clusterip', 'nodeport', 'loadbalancer', 'externalname', 'headless', 'ingress', 'httproute'] as const;
export type ManifestKind = (typeof KINDS)[number];

export interface KindInfo {
  kind: ManifestKind;
  /** What it is, for headings: "NodePort Service". */
  title: string;
  /** One line on when to use it. */
  summary: string;
  /** The `explain` topic for the "explain" button. */
  topic: string;
}

export const KIND_INFO: Record<ManifestKind, KindInfo> = {
  clusterip: { kind: 'clusterip', title: 'ClusterIP Service', summary: 'reachable only inside the cluster (the default type)', topic: 'clusterip' },
  nodeport: { kind: 'nodeport', title: 'NodePort Service', summary: 'a port (30000–32767) on every node; for tests, demos and bare metal', topic: 'nodeport' },
  loadbalancer: { kind: 'loadbalancer', title: 'LoadBalancer Service', summary: "one external address per Service from the cloud's load balancer", topic: 'loadbalancer' },
  externalname: { kind: 'externalname', title: 'ExternalName Service', summary: 'an in-cluster DNS alias (CNAME) for an outside name', topic: 'externalname' },
  headless: { kind: 'headless', title: 'headless Service', summary: 'no virtual IP; DNS returns the pod addresses (for StatefulSets)', topic: 'headless' },
  ingress: { kind: 'ingress', title: 'Ingress', summary: 'HTTP routing by host and path to Services, under one address', topic: 'ingress' },
  httproute: { kind: 'httproute', title: 'HTTPRoute (Gateway API)', summary: 'HTTP routing attached to a Gateway, the successor of Ingress', topic: 'gateway-api' },
};

const normalize = (word: string) => word.toLowerCase().replace(/[-_\s]/g, '');

const KIND_SPELLINGS: Record<string, ManifestKind> = {
  clusterip: 'clusterip',
  service: 'clusterip',
  svc: 'clusterip',
  internal: 'clusterip',
  nodeport: 'nodeport',
  np: 'nodeport',
  loadbalancer: 'loadbalancer',
  lb: 'loadbalancer',
  externalname: 'externalname',
  external: 'externalname',
  cname: 'externalname',
  headless: 'headless',
  headlessservice: 'headless',
  ingress: 'ingress',
  ing: 'ingress',
  httproute: 'httproute',
  route: 'httproute',
  gatewayapi: 'httproute',
};

/** The kind a word names (`NodePort`, `load-balancer`, `lb`), or null. */
export function kindFromWord(word: string): ManifestKind | null {
  return KIND_SPELLINGS[normalize(word)] ?? null;
}

/** Kinds close to a mistyped word, best first. */
export function suggestKinds(word: string): ManifestKind[] {
  const w = normalize(word);
  if (w === '' || w.length > 30) return [];
  return Object.entries(KIND_SPELLINGS)
    .map(([spelling, kind]) => ({ kind, d: distance(w, spelling) }))
    .filter((s) => s.d <= Math.max(1, Math.floor(s.kind.length / 4)))
    .sort((a, b) => a.d - b.d)
    .map((s) => s.kind)
    .filter((k, i, all) => all.indexOf(k) === i);
}

// ---- parameters -----------------------------------------------------------------------------

export const PARAMS = [
  'name',
  'namespace',
  'port',
  'targetPort',
  'nodePort',
  'protocol',
  'portName',
  'selector',
  'app',
  'externalTrafficPolicy',
  'sessionAffinity',
  'affinityTimeout',
  'externalName',
  'ip',
  'host',
  'path',
  'pathType',
  'service',
  'class',
  'tls',
  'gateway',
  'gatewayNamespace',
] as const;
export type ParamName = (typeof PARAMS)[number];

export interface ParamInfo {
  name: ParamName;
  description: string;
  example: string;
}

export const PARAM_INFO: Record<ParamName, ParamInfo> = {
  name: { name: 'name', description: 'the object name (also the second word: `yaml nodeport web`)', example: 'name=web' },
  namespace: { name: 'namespace', description: 'the namespace (default from the policy, else `default`; also `-n`)', example: 'namespace=shop' },
  port: { name: 'port', description: 'the Service port; for ingress/httproute the backend Service port (number, or a port name for ingress)', example: 'port=80' },
  targetPort: { name: 'targetPort', description: "the pods' container port, a number or its name (default: port)", example: 'targetPort=8080' },
  nodePort: { name: 'nodePort', description: '30000–32767; omit to let Kubernetes choose', example: 'nodePort=30080' },
  protocol: { name: 'protocol', description: '`TCP` (default), `UDP` or `SCTP`', example: 'protocol=UDP' },
  portName: { name: 'portName', description: 'the Service port name (default `http` for web ports)', example: 'portName=web' },
  selector: { name: 'selector', description: 'pod labels to select, `k=v,k2=v2` (default `app=<name>`)', example: 'selector=app=web,tier=frontend' },
  app: { name: 'app', description: 'shorthand for `selector=app=<value>`', example: 'app=web' },
  externalTrafficPolicy: { name: 'externalTrafficPolicy', description: '`Cluster` (default) or `Local` (keeps the client source IP)', example: 'externalTrafficPolicy=Local' },
  sessionAffinity: { name: 'sessionAffinity', description: '`None` (default) or `ClientIP` (each client IP sticks to one pod)', example: 'sessionAffinity=ClientIP' },
  affinityTimeout: { name: 'affinityTimeout', description: 'with `sessionAffinity=ClientIP`: seconds a client sticks, 1–86400 (default 10800, 3 hours)', example: 'affinityTimeout=3600' },
  externalName: { name: 'externalName', description: 'the outside DNS name (not an IP)', example: 'externalName=db.example.com' },
  ip: {
    name: 'ip',
    description: 'outside IP addresses to send to, `a,b`: a Service without a selector plus an EndpointSlice listing them (targetPort is their port)',
    example: 'ip=10.20.0.15',
  },
  host: { name: 'host', description: 'the host name to route (`*.example.com` allowed; default from the policy domain)', example: 'host=shop.example.com' },
  path: { name: 'path', description: 'the URL path, starting with `/` (default `/`)', example: 'path=/api' },
  pathType: { name: 'pathType', description: 'ingress: `Prefix` (default), `Exact`, `ImplementationSpecific`; httproute: `PathPrefix` (default), `Exact`', example: 'pathType=Exact' },
  service: { name: 'service', description: 'the backend Service name (default: the name)', example: 'service=web' },
  class: { name: 'class', description: 'the ingressClassName (default from the policy)', example: 'class=nginx' },
  tls: { name: 'tls', description: '`true` (Secret `<name>-tls`) or a TLS Secret name', example: 'tls=shop-tls' },
  gateway: { name: 'gateway', description: 'the Gateway the route attaches to', example: 'gateway=public' },
  gatewayNamespace: { name: 'gatewayNamespace', description: "the Gateway's namespace, when it is not the route's", example: 'gatewayNamespace=infra' },
};

const SERVICE_PARAMS: ParamName[] = ['name', 'namespace', 'port', 'targetPort', 'protocol', 'portName', 'selector', 'app'];

/** What the API server accepts for sessionAffinityConfig.clientIP.timeoutSeconds: whole seconds, 1 to 86400 (one day). */
export const isAffinityTimeout = (seconds: number): boolean => Number.isInteger(seconds) && seconds >= 1 && seconds <= 86400;

export const KIND_PARAMS: Record<ManifestKind, readonly ParamName[]> = {
  // Session affinity is kept by kube-proxy on the cluster IP, so a headless Service (no cluster IP) has none.
  clusterip: [...SERVICE_PARAMS, 'ip', 'sessionAffinity', 'affinityTimeout'],
  headless: [...SERVICE_PARAMS, 'ip'],
  nodeport: [...SERVICE_PARAMS, 'nodePort', 'externalTrafficPolicy', 'sessionAffinity', 'affinityTimeout'],
  loadbalancer: [...SERVICE_PARAMS, 'nodePort', 'externalTrafficPolicy', 'sessionAffinity', 'affinityTimeout'],
  externalname: ['name', 'namespace', 'externalName', 'port', 'protocol', 'portName'],
  ingress: ['name', 'namespace', 'host', 'path', 'pathType', 'service', 'port', 'class', 'tls'],
  httproute: ['name', 'namespace', 'host', 'path', 'pathType', 'service', 'port', 'gateway', 'gatewayNamespace'],
};

/** Other spellings people type, by normalized form (lowercase, no `-`/`_`). */
const PARAM_SPELLINGS: Record<string, ParamName> = {
  ...Object.fromEntries(PARAMS.map((p) => [normalize(p), p])),
  ns: 'namespace',
  target: 'targetPort',
  containerport: 'targetPort',
  serviceport: 'port',
  proto: 'protocol',
  labels: 'selector',
  address: 'ip',
  addresses: 'ip',
  ips: 'ip',
  endpoint: 'ip',
  endpoints: 'ip',
  trafficpolicy: 'externalTrafficPolicy',
  etp: 'externalTrafficPolicy',
  affinity: 'sessionAffinity',
  sticky: 'sessionAffinity',
  timeoutseconds: 'affinityTimeout',
  hostname: 'host',
  svc: 'service',
  backend: 'service',
  servicename: 'service',
  ingressclass: 'class',
  ingressclassname: 'class',
  classname: 'class',
  secret: 'tls',
  tlssecret: 'tls',
  secretname: 'tls',
  gatewayname: 'gateway',
  parentref: 'gateway',
  gatewayns: 'gatewayNamespace',
};

export function paramFromKey(key: string): ParamName | null {
  return PARAM_SPELLINGS[normalize(key)] ?? null;
}

// ---- resolved parameters --------------------------------------------------------------------

export type HttpRoutePathType = 'PathPrefix' | 'Exact';

export interface ManifestParams {
  kind: ManifestKind;
  name: string;
  namespace: string;
  port: number;
  /** Ingress may name the backend port instead. */
  portRef: number | string;
  targetPort: number | string;
  nodePort?: number;
  protocol: Protocol;
  portName: string;
  /** Empty for a Service that sends to the addresses of `endpoints` instead. */
  selector: Record<string, string>;
  /** Outside addresses a Service without a selector sends to, listed in an EndpointSlice of their family. */
  endpoints?: { addressType: 'IPv4' | 'IPv6'; addresses: string[] };
  externalTrafficPolicy?: 'Cluster' | 'Local';
  sessionAffinity?: 'None' | 'ClientIP';
  /** sessionAffinityConfig.clientIP.timeoutSeconds. */
  affinityTimeout?: number;
  externalName: string;
  /** Whether ExternalName got an explicit port. */
  hasPort: boolean;
  host?: string;
  path: string;
  pathType: PathType;
  routePathType: HttpRoutePathType;
  service: string;
  ingressClass?: string;
  tlsSecret?: string;
  gateway: string;
  gatewayNamespace?: string;
  /** Values that are stand-ins the user should replace ("name", "externalName", ...). */
  placeholders: ParamName[];
  /** Values taken from the team policy's defaults. */
  fromPolicy: ParamName[];
}

export interface PolicyDefaults {
  namespace: string;
  ingressClass?: string | undefined;
  domain?: string | undefined;
}

export interface ParamProblem {
  /** The parameter as the user typed it (or the canonical name for positional input). */
  key: string;
  value: string | null;
  message: string;
  /** A replacement for `key=value` in the command, or null to drop it; undefined when unknown. */
  replacement?: string | null;
}

export type ParamResult = { ok: true; params: ManifestParams } | { ok: false; problems: ParamProblem[] };

export const DEFAULT_NAME = 'my-app';
const PLACEHOLDER_EXTERNAL_NAME = 'db.example.com';
const PLACEHOLDER_GATEWAY = 'my-gateway';

/** A default Service port name from the port: web ports are `http`/`https`. */
export function defaultPortName(port: number, protocol: Protocol): string {
  if (protocol === 'TCP' && [80, 8000, 8080, 3000, 5000, 8081, 8888, 9000].includes(port)) return 'http';
  if (protocol === 'TCP' && [443, 8443].includes(port)) return 'https';
  return `${protocol.toLowerCase()}-${port}`;
}

const TRUE = /^(true|yes|on|1)$/i;
const FALSE = /^(false|no|off|0|none)$/i;

function describe(p: ValueProblem): string {
  return p.suggestion === undefined ? p.reason : `${p.reason}; try ${echoValue(p.suggestion)}`;
}

/**
 * Validates `yaml` input: the kind, an optional name word, key=value options and the namespace
 * flag. Reports every problem at once, each with what would work.
 */
export function resolveParams(
  kind: ManifestKind,
  nameWord: string | undefined,
  options: Record<string, string>,
  namespaceFlag: string | undefined,
  defaults: PolicyDefaults,
): ParamResult {
  const problems: ParamProblem[] = [];
  const allowed = KIND_PARAMS[kind];
  const given = new Map<ParamName, { key: string; value: string }>();

  for (const [key, value] of Object.entries(options)) {
    const param = paramFromKey(key);
    if (param === null) {
      const close = PARAMS.map((p) => ({ p, d: distance(normalize(key), normalize(p)) }))
        .filter((c) => c.d <= 2 && allowed.includes(c.p))
        .sort((a, b) => a.d - b.d)[0];
      problems.push(
        close
          ? { key, value, message: `${echoValue(key)} is not a parameter; did you mean \`${close.p}\`?`, replacement: `${close.p}=${value}` }
          : {
              key,
              value,
              message: `${echoValue(key)} is not a parameter of \`yaml ${kind}\`. It takes ${allowed.map((p) => `\`${p}\``).join(', ')}.`,
              replacement: null,
            },
      );
      continue;
    }
    if (!allowed.includes(param)) {
      const takers = KINDS.filter((k) => KIND_PARAMS[k].includes(param));
      problems.push({
        key,
        value,
        message: `\`${param}\` does not apply to ${KIND_INFO[kind].title}; it is for ${takers.map((k) => `\`${k}\``).join(', ')}.`,
        replacement: null,
      });
      continue;
    }
    if (given.has(param)) {
      problems.push({ key, value, message: `\`${param}\` is given twice (as ${echoValue(given.get(param)?.key ?? param)} and ${echoValue(key)}); keep one.`, replacement: null });
      continue;
    }
    given.set(param, { key, value });
  }

  const raw = (p: ParamName) => given.get(p)?.value;
  const bad = (p: ParamName, value: string, vp: ValueProblem, what: string) =>
    problems.push({
      key: given.get(p)?.key ?? p,
      value,
      message: `${what} ${echoValue(value)} ${describe(vp)}.`,
      replacement: vp.suggestion === undefined ? undefined : `${p}=${vp.suggestion}`,
    });

  const placeholders: ParamName[] = [];
  const fromPolicy: ParamName[] = [];

  // name: the second word or name=
  const nameOption = raw('name');
  if (nameWord !== undefined && nameOption !== undefined && nameWord !== nameOption) {
    problems.push({ key: 'name', value: nameOption, message: `Two names: ${echoValue(nameWord)} and ${echoValue(`name=${nameOption}`)}; give one.`, replacement: null });
  }
  const isService = kind !== 'ingress' && kind !== 'httproute';
  let name = nameWord ?? nameOption ?? DEFAULT_NAME;
  if (nameWord === undefined && nameOption === undefined) placeholders.push('name');
  const nameProblem = isService ? checkDns1035Label(name) : checkDns1123Subdomain(name, `an ${KIND_INFO[kind].title} name`);
  if (nameProblem) {
    problems.push({
      key: 'name',
      value: name,
      message: `The name ${echoValue(name)} ${describe(nameProblem)}.`,
      replacement: nameProblem.suggestion === undefined ? undefined : `name=${nameProblem.suggestion}`,
    });
    name = nameProblem.suggestion ?? DEFAULT_NAME;
  }

  // namespace: -n, namespace=, the policy default
  const nsOption = raw('namespace');
  if (namespaceFlag !== undefined && nsOption !== undefined && namespaceFlag !== nsOption) {
    problems.push({ key: 'namespace', value: nsOption, message: `Two namespaces: ${echoValue(`-n ${namespaceFlag}`)} and ${echoValue(`namespace=${nsOption}`)}; give one.`, replacement: null });
  }
  const namespace = namespaceFlag ?? nsOption ?? defaults.namespace;
  if (namespaceFlag === undefined && nsOption === undefined && defaults.namespace !== 'default') fromPolicy.push('namespace');
  const nsProblem = checkDns1123Label(namespace, 'a namespace name (RFC 1123 label)');
  if (nsProblem) bad('namespace', namespace, nsProblem, 'The namespace');

  // protocol
  let protocol: Protocol = 'TCP';
  const protocolRaw = raw('protocol');
  if (protocolRaw !== undefined) {
    const p = canonical(protocolRaw, PROTOCOLS);
    if (p) protocol = p;
    else bad('protocol', protocolRaw, { reason: `is not a Service protocol; use ${PROTOCOLS.map((x) => `\`${x}\``).join(', ')}`, suggestion: 'TCP' }, 'protocol');
  }

  // port (a number for Services; a number or a port name for an Ingress backend)
  let port = 80;
  let portRef: number | string = 80;
  const portRaw = raw('port');
  if (portRaw !== undefined) {
    if (kind === 'ingress' && !/^\d+$/.test(portRaw)) {
      const p = checkPortName(portRaw);
      if (p) bad('port', portRaw, { reason: `is neither a port number nor a port name: it ${p.reason}`, ...(p.suggestion ? { suggestion: p.suggestion } : {}) }, 'port');
      else portRef = portRaw;
    } else {
      const p = checkPort(portRaw);
      if (p) bad('port', portRaw, p, 'port');
      else port = portRef = Number(portRaw);
    }
  }

  let targetPort: number | string = port;
  const targetRaw = raw('targetPort');
  if (targetRaw !== undefined) {
    const p = checkTargetPort(targetRaw);
    if (p) bad('targetPort', targetRaw, p, 'targetPort');
    else targetPort = /^\d+$/.test(targetRaw) ? Number(targetRaw) : targetRaw;
  }

  let nodePort: number | undefined;
  const nodeRaw = raw('nodePort');
  if (nodeRaw !== undefined) {
    const p = checkNodePort(nodeRaw);
    if (p) problems.push({ key: given.get('nodePort')?.key ?? 'nodePort', value: nodeRaw, message: `nodePort ${echoValue(nodeRaw)} ${p.reason}.`, replacement: null });
    else nodePort = Number(nodeRaw);
  }

  let portName = defaultPortName(port, protocol);
  const portNameRaw = raw('portName');
  if (portNameRaw !== undefined) {
    const p = checkDns1123Label(portNameRaw, 'a port name');
    if (p) bad('portName', portNameRaw, p, 'portName');
    else portName = portNameRaw;
  }

  // selector and app
  const selector: Record<string, string> = {};
  const appRaw = raw('app');
  if (appRaw !== undefined) {
    const p = checkLabelValue(appRaw);
    if (p) bad('app', appRaw, p, 'app');
    else selector.app = appRaw;
  }
  const selectorRaw = raw('selector');
  if (selectorRaw !== undefined) {
    const pairs = selectorRaw.split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (pairs.length === 0) problems.push({ key: 'selector', value: selectorRaw, message: 'selector is empty; write it as `selector=app=web,tier=frontend`.', replacement: null });
    for (const pair of pairs) {
      const m = /^([^=:]+)[=:](.*)$/.exec(pair);
      if (!m) {
        problems.push({ key: 'selector', value: selectorRaw, message: `selector part ${echoValue(pair)} is not \`key=value\`; write \`selector=app=web,tier=frontend\`.`, replacement: null });
        continue;
      }
      const [k, v] = [(m[1] as string).trim(), (m[2] as string).trim()];
      const kp = checkLabelKey(k);
      const vp = checkLabelValue(v);
      if (kp) problems.push({ key: 'selector', value: selectorRaw, message: `selector key ${echoValue(k)} ${describe(kp)}.`, replacement: null });
      else if (vp) problems.push({ key: 'selector', value: selectorRaw, message: `selector value ${echoValue(v)} (for ${echoValue(k)}) ${describe(vp)}.`, replacement: null });
      else selector[k] = v;
    }
  }
  // ip: addresses outside the cluster; the Service then has no selector, and an EndpointSlice lists them.
  let endpoints: ManifestParams['endpoints'];
  const ipRaw = raw('ip');
  if (ipRaw !== undefined) {
    const addresses = [...new Set(ipRaw.split(',').map((a) => a.trim().replace(/^\[|\]$/g, '')).filter((a) => a !== ''))];
    const before = problems.length;
    if (addresses.length === 0) problems.push({ key: given.get('ip')?.key ?? 'ip', value: ipRaw, message: 'ip is empty; write it as `ip=10.20.0.15` (or `ip=10.0.0.5,10.0.0.6`).', replacement: null });
    for (const address of addresses) {
      const p = checkEndpointAddress(address);
      if (p) bad('ip', address, p, 'ip');
    }
    const families = new Set(addresses.map((a) => (a.includes(':') ? 'IPv6' : 'IPv4') as 'IPv4' | 'IPv6'));
    if (families.size > 1) problems.push({ key: given.get('ip')?.key ?? 'ip', value: ipRaw, message: 'ip mixes IPv4 and IPv6 addresses; an EndpointSlice lists one family, so give one (or make one Service per family).', replacement: null });
    if (appRaw !== undefined || selectorRaw !== undefined) {
      problems.push({ key: given.get('ip')?.key ?? 'ip', value: ipRaw, message: 'ip and a selector together: a Service either selects pods or sends to the addresses its EndpointSlice lists; drop one.', replacement: null });
    }
    if (typeof targetPort === 'string') {
      problems.push({ key: given.get('targetPort')?.key ?? 'targetPort', value: String(targetPort), message: `targetPort ${echoValue(targetPort)} names a container port, but the addresses in ip= are not pods: give their port as a number.`, replacement: null });
    }
    if (problems.length === before) endpoints = { addressType: [...families][0] as 'IPv4' | 'IPv6', addresses };
    // 192.0.2.0/24 is for documentation (RFC 5737): a stand-in to replace.
    if (addresses.some((a) => a.startsWith('192.0.2.'))) placeholders.push('ip');
  }
  if (endpoints === undefined && Object.keys(selector).length === 0) selector.app = name;

  /** A parameter that takes one of two values, spelt as the API spells it whatever case was typed. */
  const eitherOf = <T extends string>(param: ParamName, values: readonly [T, T]): T | undefined => {
    const given = raw(param);
    if (given === undefined) return undefined;
    const value = canonical(given, values);
    if (value === null) bad(param, given, { reason: `must be \`${values[0]}\` or \`${values[1]}\`` }, param);
    return value ?? undefined;
  };
  const externalTrafficPolicy = eitherOf('externalTrafficPolicy', ['Cluster', 'Local']);
  let sessionAffinity = eitherOf('sessionAffinity', ['None', 'ClientIP']);
  let affinityTimeout: number | undefined;
  const timeoutRaw = raw('affinityTimeout');
  if (timeoutRaw !== undefined) {
    const seconds = Number(timeoutRaw);
    if (isAffinityTimeout(seconds)) {
      affinityTimeout = seconds;
      sessionAffinity ??= 'ClientIP';
    } else bad('affinityTimeout', timeoutRaw, { reason: 'must be whole seconds from 1 to 86400' }, 'affinityTimeout');
  }

  let externalName = PLACEHOLDER_EXTERNAL_NAME;
  const extRaw = raw('externalName');
  if (extRaw !== undefined) {
    const p = checkExternalName(extRaw);
    if (p) bad('externalName', extRaw, p, 'externalName');
    else externalName = extRaw;
  } else if (kind === 'externalname') placeholders.push('externalName');

  // host: given, or <name>.<policy domain>
  let host: string | undefined;
  const hostRaw = raw('host');
  if (hostRaw !== undefined) {
    const p = checkHostname(hostRaw);
    if (p) bad('host', hostRaw, p, 'host');
    else host = hostRaw;
  } else if ((kind === 'ingress' || kind === 'httproute') && defaults.domain) {
    host = `${name.split('.')[0]}.${defaults.domain}`;
    fromPolicy.push('host');
  }

  let path = '/';
  const pathRaw = raw('path');
  if (pathRaw !== undefined) {
    const p = checkIngressPath(pathRaw);
    if (p) bad('path', pathRaw, p, 'path');
    else path = pathRaw;
  }

  let pathType: PathType = 'Prefix';
  let routePathType: HttpRoutePathType = 'PathPrefix';
  const ptRaw = raw('pathType');
  if (ptRaw !== undefined) {
    if (kind === 'httproute') {
      const p = canonical(ptRaw, ['PathPrefix', 'Exact', 'Prefix'] as const);
      if (p) routePathType = p === 'Prefix' ? 'PathPrefix' : p;
      else bad('pathType', ptRaw, { reason: 'is not an HTTPRoute path match type; use `PathPrefix` or `Exact`', suggestion: 'PathPrefix' }, 'pathType');
    } else {
      const p = canonical(ptRaw, [...PATH_TYPES, 'PathPrefix'] as const);
      if (p) pathType = p === 'PathPrefix' ? 'Prefix' : p;
      else bad('pathType', ptRaw, { reason: 'is not an Ingress pathType; use `Prefix`, `Exact` or `ImplementationSpecific`', suggestion: 'Prefix' }, 'pathType');
    }
  }

  // The backend defaults to a Service of the same name, made a valid Service name ("shop.web" -> "shop-web").
  let service = checkDns1035Label(name) === null ? name : (suggestServiceName(name) ?? DEFAULT_NAME);
  const serviceRaw = raw('service');
  if (serviceRaw !== undefined) {
    const p = checkDns1035Label(serviceRaw);
    if (p) bad('service', serviceRaw, p, 'service');
    else service = serviceRaw;
  }

  let ingressClass: string | undefined;
  const classRaw = raw('class');
  if (classRaw !== undefined) {
    const p = checkDns1123Subdomain(classRaw, 'an IngressClass name');
    if (p) bad('class', classRaw, p, 'class');
    else ingressClass = classRaw;
  } else if (kind === 'ingress' && defaults.ingressClass) {
    ingressClass = defaults.ingressClass;
    fromPolicy.push('class');
  }

  let tlsSecret: string | undefined;
  const tlsRaw = raw('tls');
  if (tlsRaw !== undefined && !FALSE.test(tlsRaw)) {
    const secret = TRUE.test(tlsRaw) ? `${name}-tls` : tlsRaw;
    const p = checkDns1123Subdomain(secret, 'a Secret name');
    if (p) bad('tls', tlsRaw, p, 'tls');
    else tlsSecret = secret;
    if (host === undefined && hostRaw === undefined) {
      problems.push({
        key: 'tls',
        value: tlsRaw,
        message: 'TLS needs a host name: the certificate is picked by host. Add `host=…` (for example `host=shop.example.com`).',
        replacement: undefined,
      });
    }
  }

  let gateway = PLACEHOLDER_GATEWAY;
  const gwRaw = raw('gateway');
  if (gwRaw !== undefined) {
    const p = checkDns1123Subdomain(gwRaw, 'a Gateway name');
    if (p) bad('gateway', gwRaw, p, 'gateway');
    else gateway = gwRaw;
  } else if (kind === 'httproute') placeholders.push('gateway');

  let gatewayNamespace: string | undefined;
  const gwNsRaw = raw('gatewayNamespace');
  if (gwNsRaw !== undefined) {
    const p = checkDns1123Label(gwNsRaw, 'a namespace name');
    if (p) bad('gatewayNamespace', gwNsRaw, p, 'gatewayNamespace');
    else gatewayNamespace = gwNsRaw;
  }

  if (problems.length > 0) {
    const order = (pr: ParamProblem) => {
      const param = paramFromKey(pr.key);
      return param === null ? PARAMS.length : PARAMS.indexOf(param);
    };
    return { ok: false, problems: problems.map((pr, i) => ({ pr, i })).sort((a, b) => order(a.pr) - order(b.pr) || a.i - b.i).map((x) => x.pr) };
  }
  const params: ManifestParams = {
    kind,
    name,
    namespace,
    port,
    portRef,
    targetPort,
    protocol,
    portName,
    selector,
    externalName,
    hasPort: portRaw !== undefined,
    path,
    pathType,
    routePathType,
    service,
    gateway,
    placeholders,
    fromPolicy,
  };
  if (nodePort !== undefined) params.nodePort = nodePort;
  if (endpoints !== undefined) params.endpoints = endpoints;
  if (externalTrafficPolicy !== undefined) params.externalTrafficPolicy = externalTrafficPolicy;
  if (sessionAffinity !== undefined) params.sessionAffinity = sessionAffinity;
  if (affinityTimeout !== undefined && sessionAffinity === 'ClientIP') params.affinityTimeout = affinityTimeout;
  if (host !== undefined) params.host = host;
  if (ingressClass !== undefined) params.ingressClass = ingressClass;
  if (tlsSecret !== undefined) params.tlsSecret = tlsSecret;
  if (gatewayNamespace !== undefined) params.gatewayNamespace = gatewayNamespace;
  return { ok: true, params };
}
