// Fields the API does not have: typos (`targetport`, `selecter`), wrong case, and fields at the
// wrong level (`ports` beside `spec` instead of inside it). kubectl validates fields strictly by
// default, so these stop `kubectl apply`. The known fields come from fields.ts, checked against
// the types generated from the Kubernetes OpenAPI.

import { distance } from 'fastest-levenshtein';
import { INGRESS, LEGACY_INGRESS_FIELDS, OBJECT_META, SERVICE, type FieldTable } from '../../fields.js';
import type { Path } from '../../positions.js';
import { getObj, isIngress, isObj, isService, put, renameKey } from '../objects.js';
import type { Obj, Rule, RuleFinding } from '../types.js';
import { echoValue } from '../../../core/reply.js';

const META_FIELDS = new Set(Object.keys(OBJECT_META.fields));
/** Most findings reported for one object; a paste of noise is summarised, not listed. */
const MAX_FINDINGS = 30;

type Suggestion = { rename: string } | { move: string } | null;

function suggest(key: string, table: FieldTable): Suggestion {
  const known = Object.keys(table.fields);
  const lower = key.toLowerCase();
  const sameCase = known.find((k) => k.toLowerCase() === lower);
  if (sameCase) return { rename: sameCase };
  if (key.length >= 4) {
    const close = known
      .map((k) => ({ k, d: distance(lower, k.toLowerCase()) }))
      .filter((c) => c.d <= 2)
      .sort((a, b) => a.d - b.d)[0];
    if (close) return { rename: close.k };
  }
  for (const [child, shape] of Object.entries(table.fields)) {
    if (typeof shape === 'object' && 'fields' in shape && key in shape.fields) return { move: child };
  }
  return null;
}

/**
 * The map an unknown key was meant to sit in: "selector:" left empty on the line before "app: web", which was
 * indented too little, so YAML reads `app` as a field of `spec` and `selector` as null.
 */
function emptyMapBefore(value: Obj, keys: string[], at: number, table: FieldTable): string | null {
  const before = keys[at - 1];
  if (before === undefined || table.fields[before] !== 'free' || value[before] !== null) return null;
  return before;
}

function walk(value: Obj, table: FieldTable, path: Path, out: RuleFinding[]): void {
  const keys = Object.keys(value);
  for (const [at, key] of keys.entries()) {
    if (out.length >= MAX_FINDINGS) return;
    const shape = table.fields[key];
    const child = value[key];
    if (shape === undefined) {
      if (LEGACY_INGRESS_FIELDS[table.type]?.includes(key)) continue; // the Ingress migration rules
      if (path.length === 0 && META_FIELDS.has(key)) continue; // the metadata-placement rule
      const into = emptyMapBefore(value, keys, at, table);
      out.push(finding(key, table, path, into === null ? undefined : { move: into }));
    } else if (typeof shape === 'object' && 'fields' in shape && isObj(child)) {
      walk(child, shape, [...path, key], out);
    } else if (typeof shape === 'object' && 'items' in shape && Array.isArray(child)) {
      child.forEach((item, i) => {
        if (isObj(item)) walk(item, shape.items, [...path, key, i], out);
      });
    }
  }
}

function finding(key: string, table: FieldTable, parent: Path, known?: Suggestion): RuleFinding {
  const s = known ?? suggest(key, table);
  const where = `${table.type}${parent.length > 0 ? ` (\`${parent.filter((p) => typeof p === 'string').join('.')}\`)` : ''}`;
  if (s && 'rename' in s) {
    return {
      path: [...parent, key],
      severity: 'error',
      message: `${echoValue(key)} is not a field of ${where}; did you mean \`${s.rename}\`?`,
      fix: `Rename it to \`${s.rename}\`.`,
      repair: (draft) => {
        const target = parent.length === 0 ? draft : getObj(draft, parent);
        if (!target || !(key in target)) return;
        if (s.rename in target) delete target[key];
        else renameKey(target, key, s.rename);
      },
    };
  }
  if (s && 'move' in s) {
    return {
      path: [...parent, key],
      severity: 'error',
      message: `${echoValue(key)} is not a field of ${where}; it belongs under \`${s.move}\` (is it indented too little?).`,
      fix: `Indent ${echoValue(`${key}:`)} under \`${s.move}:\`.`,
      repair: (draft) => {
        const target = parent.length === 0 ? draft : getObj(draft, parent);
        if (!target || !(key in target)) return;
        if (!isObj(target[s.move])) target[s.move] = {};
        const into = target[s.move] as Obj;
        if (!(key in into)) put(into, key, target[key]);
        delete target[key];
      },
    };
  }
  return {
    path: [...parent, key],
    severity: 'error',
    message: `${echoValue(key)} is not a field of ${where}.`,
    fix: 'Remove it: kubectl rejects unknown fields (strict field validation is its default). The corrected YAML leaves it out.',
    repair: (draft) => {
      const target = parent.length === 0 ? draft : getObj(draft, parent);
      if (target) delete target[key];
    },
  };
}

export const unknownFields: Rule = {
  id: 'unknown-fields',
  summary: 'fields the API does not know: typos such as targetport, wrong case, wrong level',
  appliesTo: (o) => isService(o) || isIngress(o),
  check(o) {
    const out: RuleFinding[] = [];
    walk(o.value, isService(o) ? SERVICE : INGRESS, [], out);
    return out;
  },
};
