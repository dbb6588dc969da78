import { LINKS } from './links.js';
import { ingressRef, type Diagnostic } from './types.js';

export const ingressNoClass: Diagnostic = {
  id: 'ingress-no-class',
  title: 'whether Ingresses without a class have a default IngressClass',
  needs: ['ingresses', 'ingressclasses'],
  check({ ingresses, ingressclasses }) {
    if (ingressclasses.some((c) => c.isDefault)) return [];
    const classes = ingressclasses.map((c) => `\`${c.name}\``).join(', ');
    return ingresses
      .filter((i) => i.ingressClassName === null && i.classAnnotation === null)
      .map((i) => ({
        diagnostic: 'ingress-no-class',
        severity: 'warning' as const,
        object: ingressRef(i),
        related: [],
        problem: `Has no \`ingressClassName\` and the cluster has no default IngressClass${classes ? '' : ' (it has no IngressClass at all)'}.`,
        why: 'No ingress controller is bound to serve it; most controllers ignore an Ingress without a class, so its hosts and paths are not routed.',
        fix: classes
          ? `Set \`spec.ingressClassName\` to one of ${classes}, or mark one IngressClass as the default with the annotation \`ingressclass.kubernetes.io/is-default-class: "true"\`.`
          : 'Install an ingress controller (it creates an IngressClass), then set `spec.ingressClassName` to its class.',
        link: LINKS.defaultIngressClass,
      }));
  },
};
