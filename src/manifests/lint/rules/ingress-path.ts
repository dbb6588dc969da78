// Ingress path values. In networking.k8s.io/v1 a Prefix or Exact path is a literal path starting
// with "/": the glob `/bar/*` some controllers accepted is `/bar` with pathType Prefix, and a
// rule without a path (allowed by v1beta1) is `/`.

import { checkIngressPath } from '../../names.js';
import { getObj, ingressPaths, insertAfter, isIngress, looksLikeRegex } from '../objects.js';
import type { Rule, RuleFinding } from '../types.js';
import { echoValue } from '../../../core/reply.js';

export const ingressPath: Rule = {
  id: 'ingress-path',
  summary: 'Ingress paths: glob paths such as /bar/*, missing paths, paths not starting with /, regexes',
  appliesTo: isIngress,
  check(o) {
    const out: RuleFinding[] = [];
    for (const { path, entry } of ingressPaths(o)) {
      const type = entry.pathType;
      if (type === 'ImplementationSpecific') continue; // the controller decides what the path means
      const value = entry.path;
      const setPath = (to: string, pathType?: string) => (draft: Record<string, unknown>) => {
        const e = getObj(draft, path);
        if (!e) return;
        insertAfter(e, null, 'path', to);
        if (pathType && (e.pathType === undefined || e.pathType === 'Exact' || e.pathType === 'Prefix')) insertAfter(e, 'path', 'pathType', pathType);
      };
      if (value === undefined || value === '') {
        out.push({
          path,
          severity: 'error',
          message: 'The path entry has no `path`; in networking.k8s.io/v1 a Prefix or Exact path is required and starts with "/".',
          fix: 'Use `path: /` with `pathType: Prefix` to match every path (the corrected YAML does).',
          repair: setPath('/', 'Prefix'),
        });
        continue;
      }
      if (typeof value !== 'string') continue;
      if (looksLikeRegex(value)) {
        out.push({
          path: [...path, 'path'],
          severity: 'warning',
          message: `path ${echoValue(value)} looks like a regular expression, but Prefix and Exact paths match literally.`,
          fix: "Use a literal prefix, or `pathType: ImplementationSpecific` with your controller's regex support (ingress-nginx: the use-regex annotation).",
        });
        continue;
      }
      const problem = checkIngressPath(value);
      if (!problem) continue;
      const glob = /\*$/.test(value);
      out.push({
        path: [...path, 'path'],
        severity: 'error',
        message: `path ${echoValue(value)} ${problem.reason}.`,
        fix: problem.suggestion
          ? `Use ${echoValue(`path: ${problem.suggestion}`)}${glob ? ' with `pathType: Prefix` (it matches the path and everything below it)' : ''}.`
          : 'Write the path without it.',
        ...(problem.suggestion ? { repair: setPath(problem.suggestion, glob ? 'Prefix' : undefined) } : {}),
      });
    }
    return out;
  },
};
