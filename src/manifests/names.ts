// Validators for the values Kubernetes checks on Services, Ingresses and HTTPRoutes. Each returns
// null when the value is fine, or what is wrong and (when one exists) a value that would work.
// The rules are those of k8s.io/apimachinery/pkg/util/validation and the API validation of
// core/v1 Service and networking.k8s.io/v1 Ingress.

import { isIP } from 'node:net';
import { echoValue } from '../core/reply.js';

export interface ValueProblem {
  /** Why the value is rejected, as a phrase after the value: "must start with a letter". */
  reason: string;
  /** A value that would work, when one can be guessed. */
  suggestion?: string;
}

/** A character a name may not hold, as a reason names it: a backtick or line break in quotes would garble the message. */
function characterShown(c: string): string {
  if (c === ' ') return 'a space';
  if (c === '`') return 'a backtick';
  if (c === '\n' || c === '\r') return 'a line break';
  if (c === '\t') return 'a tab';
  if (/\s/.test(c)) return `the space U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${c}"`;
}

const problem = (reason: string, suggestion?: string): ValueProblem =>
  suggestion === undefined ? { reason } : { reason, suggestion };

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const IANA_SVC_NAME = /^[-a-z0-9]+$/;

/** Lowercases and replaces what a DNS label cannot hold, for "try this instead". */
function toLabel(value: string, max: number, mustStartWithLetter: boolean, allowDots = false): string | undefined {
  let s = value
    .toLowerCase()
    .replace(allowDots ? /[^a-z0-9.-]+/g : /[^a-z0-9-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-*\.-*/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '');
  if (mustStartWithLetter && /^[0-9]/.test(s)) s = `s-${s}`;
  s = s.slice(0, max).replace(/[-.]+$/, '');
  return s === '' ? undefined : s;
}

function labelProblems(value: string, max: number, what: string, mustStartWithLetter: boolean): ValueProblem | null {
  const suggestion = toLabel(value, max, mustStartWithLetter);
  if (value === '') return problem(`is empty; ${what} needs at least one character`);
  if (value.length > max) return problem(`is ${value.length} characters long; ${what} may have at most ${max}`, suggestion);
  const upper = /[A-Z]/.test(value);
  const bad = [...new Set(value.replace(/[A-Za-z0-9-]/g, ''))];
  if (upper || bad.length > 0) {
    const parts = [
      ...(bad.length > 0 ? [`contains ${bad.slice(0, 3).map(characterShown).join(', ')}`] : []),
      ...(upper ? [bad.length > 0 ? 'uppercase letters' : 'has uppercase letters'] : []),
    ];
    return problem(`${parts.join(' and ')}; ${what} may hold only lowercase letters, digits and "-"`, suggestion);
  }
  if (mustStartWithLetter && !/^[a-z]/.test(value)) return problem(`must start with a letter (${what})`, suggestion);
  if (value.startsWith('-') || value.endsWith('-')) return problem(`must start and end with a letter or digit (${what})`, suggestion);
  return null;
}

/** RFC 1035 label: Service names (they become DNS names and environment variable prefixes). */
export function checkDns1035Label(value: string): ValueProblem | null {
  return labelProblems(value, 63, 'a Service name (RFC 1035 label)', true);
}

/** RFC 1123 label: namespaces, Service port names. */
export function checkDns1123Label(value: string, what = 'an RFC 1123 label'): ValueProblem | null {
  return labelProblems(value, 63, what, false);
}

/** RFC 1123 subdomain: Ingress and HTTPRoute names, Secret names, ingress classes, DNS names. */
export function checkDns1123Subdomain(value: string, what = 'a DNS subdomain name'): ValueProblem | null {
  const suggestion = toLabel(value, 253, false, true);
  if (value === '') return problem(`is empty; ${what} needs at least one character`);
  if (value.length > 253) return problem(`is ${value.length} characters long; ${what} may have at most 253`, suggestion);
  if (DNS1123_SUBDOMAIN.test(value)) return null;
  if (DNS1123_SUBDOMAIN.test(value.toLowerCase())) return problem(`has uppercase letters; ${what} is lowercase`, value.toLowerCase());
  const bad = [...new Set(value.replace(/[a-z0-9.-]/g, ''))];
  if (bad.length > 0) {
    const shown = bad.slice(0, 3).map(characterShown).join(', ');
    return problem(`contains ${shown}; ${what} may hold only lowercase letters, digits, "-" and "."`, suggestion);
  }
  return problem(`must be dot-separated parts that each start and end with a letter or digit (${what})`, suggestion);
}

/** Label and selector keys: an optional DNS subdomain prefix and "/", then a name of up to 63. */
export function checkLabelKey(key: string): ValueProblem | null {
  const slash = key.indexOf('/');
  const prefix = slash === -1 ? null : key.slice(0, slash);
  const name = slash === -1 ? key : key.slice(slash + 1);
  if (prefix !== null) {
    const p = checkDns1123Subdomain(prefix, 'a label key prefix');
    if (p) return problem(`has the prefix ${echoValue(prefix)} that ${p.reason}`);
  }
  if (name === '') return problem('has an empty name part; a label key looks like app or example.com/tier');
  if (name.length > 63) return problem(`has a name part of ${name.length} characters; at most 63`);
  if (!LABEL_NAME.test(name)) {
    return problem('may hold only letters, digits, "-", "_" and "." and must start and end with a letter or digit');
  }
  return null;
}

export function checkLabelValue(value: string): ValueProblem | null {
  if (value.length > 63) return problem(`is ${value.length} characters long; a label value may have at most 63`);
  if (value !== '' && !LABEL_NAME.test(value)) {
    const suggestion = value.replace(/[^-A-Za-z0-9_.]+/g, '-').replace(/^[-_.]+|[-_.]+$/g, '');
    return problem(
      'may hold only letters, digits, "-", "_" and "." and must start and end with a letter or digit',
      suggestion === '' ? undefined : suggestion,
    );
  }
  return null;
}

/** IANA service name: container port names, and port names an Ingress backend may refer to. */
export function checkPortName(value: string): ValueProblem | null {
  if (value === '') return problem('is empty');
  if (value.length > 15) return problem(`is ${value.length} characters long; a port name may have at most 15`);
  if (!IANA_SVC_NAME.test(value)) {
    if (IANA_SVC_NAME.test(value.toLowerCase())) return problem('has uppercase letters; port names are lowercase', value.toLowerCase());
    return problem('may hold only lowercase letters, digits and "-"');
  }
  if (!/[a-z]/.test(value)) return problem('has no letter; a port name needs at least one (a bare number is a port number)');
  if (value.startsWith('-') || value.endsWith('-')) return problem('must start and end with a letter or digit');
  if (value.includes('--')) return problem('must not contain "--"');
  return null;
}

export const PORT_MIN = 1;
export const PORT_MAX = 65535;
/** The default NodePort range (kube-apiserver --service-node-port-range). */
export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;

/** A whole number in text, or null. Accepts "80" and the number 80 alike. */
export function asInteger(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value === 'string' && /^\s*\d{1,10}\s*$/.test(value)) return Number(value.trim());
  return null;
}

export function checkPort(value: unknown, what = 'a port'): ValueProblem | null {
  const n = asInteger(value);
  if (n === null) return problem(`is not a whole number; ${what} is a number from ${PORT_MIN} to ${PORT_MAX}`);
  if (n < PORT_MIN || n > PORT_MAX) return problem(`is outside ${PORT_MIN}–${PORT_MAX}, the range of ${what}`);
  return null;
}

export function checkNodePort(value: unknown): ValueProblem | null {
  const n = asInteger(value);
  if (n === null) return problem(`is not a whole number; a nodePort is a number from ${NODE_PORT_MIN} to ${NODE_PORT_MAX}`);
  if (n < NODE_PORT_MIN || n > NODE_PORT_MAX) {
    return problem(
      `is outside ${NODE_PORT_MIN}–${NODE_PORT_MAX}, the default NodePort range; leave nodePort out to let Kubernetes choose a free one`,
    );
  }
  return null;
}

/** A container port: a number or an IANA port name. */
export function checkTargetPort(value: string): ValueProblem | null {
  if (/^\d+$/.test(value)) return checkPort(value, 'a targetPort');
  const p = checkPortName(value);
  return p ? problem(`is neither a port number nor a valid port name: it ${p.reason}`, p.suggestion) : null;
}

export const PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** Case-insensitive match against allowed values; returns the canonical spelling or null. */
export function canonical<T extends string>(value: string, allowed: readonly T[]): T | null {
  return allowed.find((a) => a.toLowerCase() === value.toLowerCase()) ?? null;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** IPv4 dotted quad or an IPv6 address (anything with two colons and hex digits). */
export function isIpAddress(value: string): boolean {
  const v = value.replace(/^\[|\]$/g, '');
  return IPV4.test(v) || (/^[0-9a-fA-F:.]+$/.test(v) && (v.match(/:/g)?.length ?? 0) >= 2);
}

/**
 * An Ingress rule host or an HTTPRoute hostname: a lowercase DNS name, optionally with a
 * wildcard first label (`*.example.com`). Never an IP address, a port or a URL.
 */
export function checkHostname(value: string): ValueProblem | null {
  if (value === '') return problem('is empty; leave host out to match every host name');
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(value);
  if (url) return problem('is a URL; give only the host name', url[1]?.toLowerCase());
  if (isIpAddress(value)) {
    return problem('is an IP address; a host must be a DNS name (leave host out to match requests for any name or address)');
  }
  const port = /^([^:]+):(\d+)$/.exec(value);
  if (port) return problem('has a port; give only the host name (the port comes from the controller)', port[1]?.toLowerCase());
  if (value.endsWith('.')) return problem('ends with a dot; give the name without it', value.replace(/\.+$/, ''));
  const wildcard = value.startsWith('*.');
  const rest = wildcard ? value.slice(2) : value;
  if (rest.includes('*')) {
    return problem('has a "*" that is not the whole first label; a wildcard host looks like *.example.com');
  }
  const p = checkDns1123Subdomain(rest, 'a host name');
  if (p) return problem(p.reason, p.suggestion === undefined ? undefined : `${wildcard ? '*.' : ''}${p.suggestion}`);
  return null;
}

/** A DNS name for an ExternalName Service: never an IP address. */
export function checkExternalName(value: string): ValueProblem | null {
  if (isIpAddress(value)) {
    return problem(
      'is an IP address; externalName must be a DNS name. For an IP, use a Service without a selector plus an EndpointSlice that lists the address',
    );
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return problem('is a URL; give only the DNS name', /:\/\/([^/:?#]+)/.exec(value)?.[1]?.toLowerCase());
  // The API accepts a fully qualified name with its trailing dot.
  return checkDns1123Subdomain(value.replace(/\.$/, ''), 'a DNS name');
}

/**
 * An address a Service without a selector sends to, as an EndpointSlice lists it: an IPv4 or IPv6 address, but
 * not one the API rejects there (loopback, link-local, multicast, unspecified).
 */
export function checkEndpointAddress(value: string): ValueProblem | null {
  const family = isIP(value);
  if (family === 0) {
    return isIpAddress(value) || /^\d+(?:\.\d+){3}$/.test(value)
      ? problem('is not a valid IP address')
      : problem('is not an IP address; for a DNS name use an ExternalName Service (`yaml externalname NAME externalName=HOST`)');
  }
  const v = value.toLowerCase();
  if (family === 4) {
    const [a, b] = v.split('.').map(Number) as [number, number];
    if (a === 127) return problem('is a loopback address, which an EndpointSlice may not list: it would be each node itself');
    if (a === 169 && b === 254) return problem('is link-local (169.254.0.0/16), which an EndpointSlice may not list');
    if (a >= 224 && a <= 239) return problem('is a multicast address, which an EndpointSlice may not list');
    if (a === 0) return problem('is not an address a host can have');
    return null;
  }
  if (v === '::1') return problem('is the IPv6 loopback address, which an EndpointSlice may not list');
  if (v === '::') return problem('is not an address a host can have');
  if (/^fe[89ab]/.test(v)) return problem('is link-local (fe80::/10), which an EndpointSlice may not list');
  if (v.startsWith('ff')) return problem('is a multicast address, which an EndpointSlice may not list');
  return null;
}

/** IPv4 addresses in a sentence, not a network (`10.0.0.0/16`) nor part of a version (`1.2.3.4.5`). */
const IPV4_IN_TEXT = /(?<![\d.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\d/]|\.\d)/g;

/** The IPv4 addresses a sentence gives that a Service could send to (not 127.0.0.1 or 0.0.0.0, which are bind addresses). */
export const endpointAddressesIn = (text: string): string[] => [...new Set(text.match(IPV4_IN_TEXT) ?? [])].filter((a) => checkEndpointAddress(a) === null);

export const PATH_TYPES = ['Prefix', 'Exact', 'ImplementationSpecific'] as const;
export type PathType = (typeof PATH_TYPES)[number];

/** An Ingress path for pathType Prefix or Exact (networking.k8s.io/v1 validation). */
export function checkIngressPath(value: string): ValueProblem | null {
  if (value === '') return problem('is empty; use / to match every path');
  if (!value.startsWith('/')) return problem('must start with "/"', `/${value}`);
  const glob = /^(.*?)\/?\*+$/.exec(value);
  if (glob) {
    return problem(
      'is a glob; networking.k8s.io/v1 has no wildcards in paths: a Prefix path matches everything below it',
      glob[1] === '' ? '/' : glob[1],
    );
  }
  for (const seq of ['//', '/./', '/../', '%2f', '%2F']) if (value.includes(seq)) return problem(`must not contain "${seq}"`);
  for (const suffix of ['/..', '/.']) if (value.endsWith(suffix)) return problem(`must not end with "${suffix}"`);
  return null;
}

/**
 * Suggests a cleaned-up name from an arbitrary value (a Service name from `yaml web_API`), or
 * null when nothing usable is left.
 */
export function suggestServiceName(value: string): string | null {
  return toLabel(value, 63, true) ?? null;
}
