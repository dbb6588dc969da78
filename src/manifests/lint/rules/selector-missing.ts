// A Service finds its endpoints through its selector. Without one, something must create an
// EndpointSlice (discovery.k8s.io/v1, labelled kubernetes.io/service-name) for it, or it has no
// endpoints and every connection fails. A selector that matches none of the pods in the paste
// is the same failure in disguise.

import { describeObject, get, getObj, insertAfter, isObj, isService, sameNamespace, selects, serviceType, str } from '../objects.js';
import type { LintObject, Rule, RuleFinding } from '../types.js';
import { echoValue } from '../../../core/reply.js';

/** The labels a workload's own selector uses (falls back to its pod template's labels). */
function workloadSelector(owner: LintObject, labels: Record<string, string>): Record<string, string> {
  const match = getObj(owner.value, ['spec', 'selector', 'matchLabels']);
  if (match && Object.values(match).every((v) => typeof v === 'string') && Object.keys(match).length > 0) return match as Record<string, string>;
  return labels;
}

export const selectorMissing: Rule = {
  id: 'selector-missing',
  summary: 'a Service without a selector and no EndpointSlice for it, or a selector that matches no pod in the paste',
  appliesTo: (o) => isService(o) && serviceType(o) !== 'ExternalName',
  check(o, context) {
    const selector = get(o.value, ['spec', 'selector']);
    const templates = context.pods.filter((t) => sameNamespace(t.owner, o));
    const empty = selector === undefined || selector === null || (isObj(selector) && Object.keys(selector).length === 0);
    if (empty) {
      const slices = context.objects.filter(
        (x) => x.kind === 'EndpointSlice' && sameNamespace(x, o) && str(get(x.value, ['metadata', 'labels', 'kubernetes.io/service-name'])) === o.name,
      );
      if (slices.length > 0) return [];
      const endpoints = context.objects.find((x) => x.kind === 'Endpoints' && x.name === o.name && sameNamespace(x, o));
      if (endpoints) {
        return [
          {
            path: ['spec'],
            severity: 'note',
            message: `No selector: the Endpoints object ${echoValue(o.name)} (document ${endpoints.doc}) supplies the addresses. The Endpoints API is deprecated since Kubernetes 1.33.`,
            fix: `Prefer an EndpointSlice (discovery.k8s.io/v1) labelled \`kubernetes.io/service-name: ${o.name}\`.`,
          },
        ];
      }
      const only = templates.length === 1 ? templates[0] : undefined;
      const suggested = only ? workloadSelector(only.owner, only.labels) : null;
      const finding: RuleFinding = {
        path: selector === undefined ? ['spec'] : ['spec', 'selector'],
        severity: 'warning',
        message: 'The Service has no selector and this paste has no EndpointSlice for it, so it will have no endpoints: connections to it fail.',
        fix: suggested
          ? `Select the pods of ${describeObject(only!.owner)}: \`selector: ${JSON.stringify(suggested)}\` (the corrected YAML adds it).`
          : `Add \`selector:\` with your pods' labels (e.g. \`app: ${o.name || 'web'}\`), or an EndpointSlice labelled \`kubernetes.io/service-name: ${o.name || '<name>'}\`.`,
      };
      if (suggested && Object.keys(suggested).length > 0) {
        finding.repair = (draft) => {
          const spec = getObj(draft, ['spec']);
          if (spec && (spec.selector === undefined || spec.selector === null || (isObj(spec.selector) && Object.keys(spec.selector).length === 0))) {
            insertAfter(spec, 'type' in spec ? 'type' : null, 'selector', { ...suggested });
          }
        };
      }
      return [finding];
    }
    if (!isObj(selector) || templates.length === 0) return [];
    if (templates.some((t) => selects(selector, t.labels))) return [];
    const seen = templates
      .slice(0, 3)
      .map((t) => `${describeObject(t.owner)}: ${Object.entries(t.labels).map(([k, v]) => `${k}=${v}`).join(',') || 'no labels'}`)
      .join('; ');
    return [
      {
        path: ['spec', 'selector'],
        severity: 'warning',
        message: `The selector ${echoValue(Object.entries(selector).map(([k, v]) => `${k}=${String(v)}`).join(','))} matches none of the pods in this paste (${seen}).`,
        fix: "Make the selector equal to the pod template's labels (every selector label must be on the pod).",
      },
    ];
  },
};
