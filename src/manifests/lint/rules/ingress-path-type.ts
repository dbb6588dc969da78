// pathType is required in networking.k8s.io/v1 (Exact, Prefix or ImplementationSpecific); the
// v1beta1 Ingresses people copy never had it. Prefix matches whole path segments, which is what
// a plain path meant for most controllers.

import { canonical, PATH_TYPES } from '../../names.js';
import { getObj, ingressPaths, insertAfter, isIngress, looksLikeRegex, shown } from '../objects.js';
import type { Rule, RuleFinding } from '../types.js';

export const ingressPathType: Rule = {
  id: 'ingress-path-type',
  summary: 'Ingress paths without pathType (required in networking.k8s.io/v1) or with an invalid one',
  appliesTo: isIngress,
  check(o) {
    const out: RuleFinding[] = [];
    for (const { path, entry } of ingressPaths(o)) {
      const value = entry.pathType;
      const set = (type: string) => (draft: Record<string, unknown>) => {
        const e = getObj(draft, path);
        if (e && (e.pathType === undefined || e.pathType === value)) insertAfter(e, 'path' in e ? 'path' : null, 'pathType', type);
      };
      if (value === undefined) {
        const regex = looksLikeRegex(entry.path);
        const type = regex ? 'ImplementationSpecific' : 'Prefix';
        out.push({
          path,
          severity: 'error',
          message: 'The path has no `pathType`; networking.k8s.io/v1 requires one.',
          fix: regex
            ? 'Add `pathType: ImplementationSpecific` (the path is a regular expression, which only your controller understands).'
            : 'Add `pathType: Prefix` (matches the path and everything below it, by whole segments); use `Exact` for one path only.',
          repair: set(type),
        });
        continue;
      }
      if ((PATH_TYPES as readonly unknown[]).includes(value)) continue;
      const text = typeof value === 'string' ? value : '';
      const right = canonical(text, PATH_TYPES) ?? (/^pathprefix$/i.test(text) ? 'Prefix' : null);
      out.push({
        path: [...path, 'pathType'],
        severity: 'error',
        message: `pathType ${shown(value)} is not an Ingress pathType${/^pathprefix$/i.test(text) ? ' (PathPrefix is the Gateway API spelling)' : ''}.`,
        fix: right ? `Use \`pathType: ${right}\`.` : 'Use `Prefix`, `Exact` or `ImplementationSpecific`.',
        ...(right ? { repair: set(right) } : {}),
      });
    }
    return out;
  },
};
