// kubectl reads YAML 1.1 (sigs.k8s.io/yaml): an unquoted `yes`, `no`, `on`, `off`, `y` or `n`
// is a boolean, `0755` an octal number, `1.10` the number 1.1. Where the Kubernetes schema wants
// a string (names, labels, annotations, selectors, hosts, paths, ...), kubectl then rejects the
// manifest ("cannot unmarshal bool into Go struct field ... of type string"), or the value it
// sends is not what was written. The paste is read as kubectl reads it (source.ts), so such a
// value arrives here as a boolean or number; the fix quotes the text as it was written.

import { CORE_SCHEMA, load } from 'js-yaml';
import { echoValue } from '../../../core/reply.js';
import { nodeAt, type Path } from '../../positions.js';
import { isIngress, isObj, isService, setAt } from '../objects.js';
import type { LintObject, Rule, RuleFinding } from '../types.js';

/** `*` is any key of a mapping, `[]` any item of a list. */
type Pattern = readonly string[];

const METADATA: Pattern[] = [
  ['metadata', 'name'],
  ['metadata', 'namespace'],
  ['metadata', 'generateName'],
  ['metadata', 'labels', '*'],
  ['metadata', 'annotations', '*'],
];

const SERVICE: Pattern[] = [
  ...['type', 'clusterIP', 'externalName', 'loadBalancerIP', 'loadBalancerClass', 'sessionAffinity', 'externalTrafficPolicy', 'internalTrafficPolicy', 'ipFamilyPolicy'].map((f) => ['spec', f]),
  ...['clusterIPs', 'externalIPs', 'loadBalancerSourceRanges', 'ipFamilies'].map((f) => ['spec', f, '[]']),
  ['spec', 'selector', '*'],
  ...['name', 'protocol', 'appProtocol'].map((f) => ['spec', 'ports', '[]', f]),
];

const BACKEND: Pattern[] = [
  ['service', 'name'],
  ['service', 'port', 'name'],
  ['resource', 'apiGroup'],
  ['resource', 'kind'],
  ['resource', 'name'],
];

const INGRESS: Pattern[] = [
  ['spec', 'ingressClassName'],
  ...BACKEND.map((b) => ['spec', 'defaultBackend', ...b]),
  ['spec', 'rules', '[]', 'host'],
  ['spec', 'rules', '[]', 'http', 'paths', '[]', 'path'],
  ['spec', 'rules', '[]', 'http', 'paths', '[]', 'pathType'],
  ...BACKEND.map((b) => ['spec', 'rules', '[]', 'http', 'paths', '[]', 'backend', ...b]),
  ['spec', 'tls', '[]', 'hosts', '[]'],
  ['spec', 'tls', '[]', 'secretName'],
];

/** The values at every path `pattern` matches. */
function matches(value: unknown, pattern: Pattern, at: Path = []): { path: Path; value: unknown }[] {
  if (pattern.length === 0) return [{ path: at, value }];
  const [step, ...rest] = pattern as [string, ...string[]];
  if (step === '[]') return Array.isArray(value) ? value.flatMap((item, i) => matches(item, rest, [...at, i])) : [];
  if (!isObj(value)) return [];
  if (step === '*') return Object.keys(value).flatMap((k) => matches(value[k], rest, [...at, k]));
  return step in value ? matches(value[step], rest, [...at, step]) : [];
}

/** What the field is, for the message: "a label value", "`spec.type`". */
function fieldName(path: Path): string {
  const parent = path[path.length - 2];
  if (parent === 'labels') return 'a label value';
  if (parent === 'annotations') return 'an annotation value';
  if (parent === 'selector') return 'a selector value';
  return echoValue(path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '['));
}

/** How kubectl reads the text: "the boolean true", "the octal number 0755 (493)", "the number 1.1". */
function reading(text: string, value: boolean | number): string {
  if (typeof value === 'boolean') return `the boolean \`${value}\``;
  const digits = text.replace(/^[-+]/, '');
  if (/^0[0-7_]+$/.test(digits)) return `the octal number ${text}, which is ${value}`;
  if (/^0x/i.test(digits)) return `the hexadecimal number ${value}`;
  if (/^0b/i.test(digits)) return `the binary number ${value}`;
  return String(value) === text ? 'a number' : `the number ${value}`;
}

/** True when YAML 1.2 (what most editors and linters assume) would read the text as a string. */
function onlyInYaml11(text: string): boolean {
  try {
    return typeof load(text, { schema: CORE_SCHEMA }) === 'string';
  } catch {
    return false;
  }
}

function finding(object: LintObject, path: Path, value: boolean | number): RuleFinding {
  const node = nodeAt(object.positions, [...object.base, ...path]);
  // A value that came through an alias or a `<<` merge has no text of its own here.
  const text = node?.kind === 'scalar' ? node.plain : undefined;
  const rejected = `${fieldName(path)} must be a string: kubectl rejects the manifest or changes the value.`;
  if (text === undefined) {
    return {
      path,
      severity: 'error',
      message: `This value comes from an alias or a \`<<\` merge, and kubectl reads it as ${reading(String(value), value)}, but ${rejected}`,
      fix: 'Quote the value where the anchor (`&name`) defines it.',
    };
  }
  const key = path[path.length - 1];
  const quoted = typeof key === 'string' ? `${key}: "${text}"` : `- "${text}"`;
  return {
    path,
    severity: 'error',
    message: `${echoValue(text)} is not quoted, so kubectl reads it as ${reading(text, value)}${onlyInYaml11(text) ? ' (YAML 1.1)' : ''}, but ${rejected}`,
    fix: `Quote it: ${echoValue(quoted)}.`,
    repair: (draft) => setAt(draft, path, text),
  };
}

export const yaml11Scalars: Rule = {
  id: 'yaml-1.1-scalars',
  summary: 'unquoted yes/no/on/off, 0755 or 1.10 where a string belongs: kubectl reads them as booleans and numbers',
  appliesTo: (o) => isService(o) || isIngress(o),
  check(o) {
    const patterns = [...METADATA, ...(isService(o) ? SERVICE : INGRESS)];
    return patterns.flatMap((pattern) =>
      matches(o.value, pattern).flatMap(({ path, value }) => (typeof value === 'boolean' || typeof value === 'number' ? [finding(o, path, value)] : [])),
    );
  },
};
