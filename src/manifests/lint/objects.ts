// Small, defensive readers for pasted objects (any field may be missing or of the wrong type),
// and the facts several rules share: which objects are Services and Ingresses, where an
// Ingress's backends are, which pods a paste defines.

import { echoValue } from '../../core/reply.js';
import type { Path } from '../positions.js';
import type { LintObject, Obj, PodTemplate } from './types.js';

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function get(value: unknown, path: Path): unknown {
  let v: unknown = value;
  for (const step of path) {
    if (typeof step === 'number') v = Array.isArray(v) ? v[step] : undefined;
    else v = isObj(v) && Object.hasOwn(v, step) ? v[step] : undefined;
    if (v === undefined) return undefined;
  }
  return v;
}

export const getObj = (value: unknown, path: Path): Obj | undefined => {
  const v = get(value, path);
  return isObj(v) ? v : undefined;
};

export const getList = (value: unknown, path: Path): unknown[] => {
  const v = get(value, path);
  return Array.isArray(v) ? v : [];
};

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Shows a pasted value in a message as inline code (see `echoValue`); a mapping or list by what it is. */
export function shown(v: unknown): string {
  if (v === null) return '`null`';
  if (isObj(v)) return 'a mapping';
  if (Array.isArray(v)) return 'a list';
  return echoValue(v);
}

/**
 * Sets an own, enumerable property, as js-yaml does for every key: plain assignment of a pasted
 * `__proto__` key would change the object's prototype instead.
 */
export function put(target: Obj, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A deep copy that shares nothing (aliases in the paste become separate copies; size is bounded by the reader). */
export function deepCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(deepCopy) as T;
  if (isObj(value)) {
    const out: Obj = {};
    for (const [k, v] of Object.entries(value)) put(out, k, deepCopy(v));
    return out as T;
  }
  return value;
}

/** Rebuilds an object with `key` renamed in place (keeps the field order people wrote). */
export function renameKey(target: Obj, from: string, to: string, value: unknown = target[from]): void {
  const entries = Object.entries(target).map(([k, v]) => (k === from ? ([to, value] as const) : ([k, v] as const)));
  for (const k of Object.keys(target)) delete target[k];
  for (const [k, v] of entries) put(target, k, v);
}

/** Inserts `key: value` right after `after` (null: first; not found: last), replacing an existing one. */
export function insertAfter(target: Obj, after: string | null, key: string, value: unknown): void {
  const entries = Object.entries(target).filter(([k]) => k !== key);
  const at = after === null ? -1 : entries.findIndex(([k]) => k === after);
  entries.splice(after === null ? 0 : at === -1 ? entries.length : at + 1, 0, [key, value]);
  for (const k of Object.keys(target)) delete target[k];
  for (const [k, v] of entries) put(target, k, v);
}

// ---- Services -------------------------------------------------------------------------------

export const isService = (o: LintObject) => o.kind === 'Service';
export const isIngress = (o: LintObject) => o.kind === 'Ingress';

const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];

/**
 * The Service type, `ClusterIP` when unset (the API default). A known type in the wrong case
 * (`nodeport`) counts as that type here; the service-type rule reports the spelling.
 */
export const serviceType = (o: LintObject): string => {
  const raw = str(get(o.value, ['spec', 'type'])) ?? 'ClusterIP';
  return SERVICE_TYPES.find((t) => t.toLowerCase() === raw.toLowerCase()) ?? raw;
};

export const isHeadless = (o: LintObject) => str(get(o.value, ['spec', 'clusterIP'])) === 'None';

export function servicePorts(o: LintObject): { index: number; port: Obj }[] {
  return getList(o.value, ['spec', 'ports']).flatMap((p, index) => (isObj(p) ? [{ index, port: p }] : []));
}

// ---- Ingresses ------------------------------------------------------------------------------

export const LEGACY_INGRESS_VERSIONS = ['extensions/v1beta1', 'networking.k8s.io/v1beta1'];

/** Every backend of an Ingress with its path: spec.backend, spec.defaultBackend and each rule path's. */
export function ingressBackends(o: LintObject): { path: Path; backend: Obj }[] {
  const out: { path: Path; backend: Obj }[] = [];
  for (const key of ['defaultBackend', 'backend']) {
    const b = getObj(o.value, ['spec', key]);
    if (b) out.push({ path: ['spec', key], backend: b });
  }
  for (const { path } of ingressPaths(o)) {
    const b = getObj(o.value, [...path, 'backend']);
    if (b) out.push({ path: [...path, 'backend'], backend: b });
  }
  return out;
}

/** Every spec.rules[i].http.paths[j] of an Ingress with its path. */
export function ingressPaths(o: LintObject): { path: Path; entry: Obj }[] {
  const out: { path: Path; entry: Obj }[] = [];
  getList(o.value, ['spec', 'rules']).forEach((rule, i) => {
    getList(rule, ['http', 'paths']).forEach((entry, j) => {
      if (isObj(entry)) out.push({ path: ['spec', 'rules', i, 'http', 'paths', j], entry });
    });
  });
  return out;
}

/**
 * A port as people write it: a number, a numeric string, a name, or a number with HTML debris
 * copied from a web page (`8080&nbsp;`).
 */
export function readPort(value: unknown): { number: number } | { name: string } | { junk: string; number?: number } {
  if (typeof value === 'number' && Number.isInteger(value)) return { number: value };
  if (typeof value !== 'string') return { junk: String(value) };
  const cleaned = decodeEntities(value).trim();
  if (/^\d+$/.test(cleaned)) return cleaned === value ? { number: Number(cleaned) } : { junk: value, number: Number(cleaned) };
  if (/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(cleaned) && cleaned === value) return { name: cleaned };
  return { junk: value };
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#160': ' ' };
export const ENTITY = /&(nbsp|amp|lt|gt|quot|apos|#39|#160);/g;

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_m, name: string) => ENTITIES[name] ?? '');
}

/** A path that looks like a regular expression (`/api/(.*)`, `/v[0-9]+`), which Prefix and Exact match literally. */
export const looksLikeRegex = (path: unknown): boolean => typeof path === 'string' && /[()[\]{}|^$+?\\]|\.\*/.test(path);

// ---- Pods the paste defines ------------------------------------------------------------------

const TEMPLATE_PATHS: Record<string, Path> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  Pod: [],
};

export function podTemplates(objects: readonly LintObject[]): PodTemplate[] {
  const out: PodTemplate[] = [];
  for (const o of objects) {
    const at = TEMPLATE_PATHS[o.kind];
    if (at === undefined) continue;
    const template = at.length === 0 ? o.value : getObj(o.value, at);
    if (!template) continue;
    const labels: Record<string, string> = {};
    for (const [k, v] of Object.entries(getObj(template, ['metadata', 'labels']) ?? {})) if (typeof v === 'string') labels[k] = v;
    const ports = new Map<string, number>();
    for (const list of ['containers', 'initContainers']) {
      for (const container of getList(template, ['spec', list])) {
        for (const p of getList(container, ['ports'])) {
          const name = str(get(p, ['name']));
          const number = get(p, ['containerPort']);
          if (name !== undefined && typeof number === 'number') ports.set(name, number);
        }
      }
    }
    out.push({ owner: o, labels, ports });
  }
  return out;
}

/** Objects that land in the same namespace (an object without one goes where `kubectl -n` says). */
export const sameNamespace = (a: LintObject, b: LintObject) => a.namespace === null || b.namespace === null || a.namespace === b.namespace;

export function selects(selector: Obj, labels: Record<string, string>): boolean {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([k, v]) => labels[k] === String(v));
}

export const describeObject = (o: LintObject) => `${o.kind}${o.name ? ` ${echoValue(o.name)}` : ''}`;

/** Sets the value at `path` when its parent exists in `root`. */
export function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = get(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (typeof last === 'number' && Array.isArray(parent)) parent[last] = value;
  else if (typeof last === 'string' && isObj(parent)) put(parent, last, value);
}

/** Deletes the field at `path` when its parent exists in `root`. */
export function deleteAt(root: unknown, path: Path): void {
  const parent = get(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (typeof last === 'string' && isObj(parent)) delete parent[last];
}
