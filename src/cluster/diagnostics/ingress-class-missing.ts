import { LINKS } from './links.js';
import { ingressRef, type Diagnostic } from './types.js';

export const ingressClassMissing: Diagnostic = {
  id: 'ingress-class-missing',
  title: 'whether each Ingress class names an IngressClass',
  needs: ['ingresses', 'ingressclasses'],
  check({ ingresses, ingressclasses }) {
    const names = new Set(ingressclasses.map((c) => c.name));
    const classes = ingressclasses.map((c) => `\`${c.name}\``).join(', ');
    return ingresses
      .filter((i) => i.ingressClassName !== null && !names.has(i.ingressClassName))
      .map((i) => ({
        diagnostic: 'ingress-class-missing',
        severity: 'error' as const,
        object: ingressRef(i),
        related: [],
        problem: `\`ingressClassName\` is \`${i.ingressClassName}\`, but no IngressClass of that name exists.`,
        why: 'No controller claims that class, so the Ingress is not served.',
        fix: classes
          ? `Use one of the cluster's IngressClasses (${classes}), or install the controller that provides \`${i.ingressClassName}\`.`
          : `The cluster has no IngressClass: install an ingress controller that provides \`${i.ingressClassName}\`.`,
        link: LINKS.ingressClass,
      }));
  },
};
