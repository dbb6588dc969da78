// Which controller serves an Ingress: spec.ingressClassName (since Kubernetes 1.18). The
// `kubernetes.io/ingress.class` annotation is deprecated, and the API server rejects an Ingress
// that sets both. With neither, only a default IngressClass picks it up.

import { checkDns1123Subdomain } from '../../names.js';
import { get, getObj, insertAfter, isIngress, isObj, str } from '../objects.js';
import type { Obj, Rule } from '../types.js';
import { echoValue } from '../../../core/reply.js';

const ANNOTATION = 'kubernetes.io/ingress.class';

function dropAnnotation(draft: Obj): void {
  const annotations = getObj(draft, ['metadata', 'annotations']);
  if (!annotations) return;
  delete annotations[ANNOTATION];
  if (Object.keys(annotations).length === 0) delete (draft.metadata as Obj).annotations;
}

function setClass(draft: Obj, value: string): void {
  if (!isObj(draft.spec)) draft.spec = {};
  insertAfter(draft.spec as Obj, null, 'ingressClassName', value);
}

export const ingressClass: Rule = {
  id: 'ingress-class',
  summary: 'the kubernetes.io/ingress.class annotation to spec.ingressClassName; no class at all',
  appliesTo: isIngress,
  check(o, context) {
    const annotation = get(o.value, ['metadata', 'annotations', ANNOTATION]);
    const field = str(get(o.value, ['spec', 'ingressClassName']));
    const annotationPath = ['metadata', 'annotations', ANNOTATION];
    if (annotation !== undefined) {
      const value = typeof annotation === 'string' ? annotation : String(annotation);
      if (field !== undefined) {
        return [
          {
            path: annotationPath,
            severity: field === value ? 'warning' : 'error',
            message:
              field === value
                ? `The \`${ANNOTATION}\` annotation repeats spec.ingressClassName; the API server rejects an Ingress that sets both.`
                : `The \`${ANNOTATION}\` annotation (${echoValue(value)}) and spec.ingressClassName (${echoValue(field)}) disagree; the API server rejects an Ingress that sets both.`,
            fix: 'Remove the annotation (the corrected YAML keeps spec.ingressClassName).',
            repair: dropAnnotation,
          },
        ];
      }
      const valid = checkDns1123Subdomain(value, 'an IngressClass name') === null;
      return [
        {
          path: annotationPath,
          severity: 'warning',
          message: `The \`${ANNOTATION}\` annotation is deprecated since Kubernetes 1.18; the class is now the field spec.ingressClassName.`,
          fix: valid ? `Use \`spec.ingressClassName: ${value}\` instead of the annotation.` : 'Set spec.ingressClassName to your IngressClass (kubectl get ingressclass) and remove the annotation.',
          ...(valid
            ? {
                repair: (draft: Obj) => {
                  dropAnnotation(draft);
                  if (get(draft, ['spec', 'ingressClassName']) === undefined) setClass(draft, value);
                },
              }
            : {}),
        },
      ];
    }
    if (field !== undefined) return [];
    const team = context.defaults.ingressClass;
    return [
      {
        path: ['spec'],
        severity: 'note',
        message: "No ingressClassName: only an IngressClass marked as the cluster's default will serve this Ingress.",
        fix: team
          ? `Set \`spec.ingressClassName: ${team}\` (your team's default; the corrected YAML does).`
          : 'Set spec.ingressClassName to your controller\'s class (kubectl get ingressclass) unless one is marked default.',
        ...(team ? { repair: (draft: Obj) => void (get(draft, ['spec', 'ingressClassName']) === undefined && setClass(draft, team)) } : {}),
      },
    ];
  },
};
