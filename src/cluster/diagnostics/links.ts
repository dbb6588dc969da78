// kubernetes.io pages the findings point to for depth.

const DOCS = 'https://kubernetes.io/docs';

export const LINKS = {
  debugService: `${DOCS}/tasks/debug/debug-application/debug-service/`,
  readinessProbes: `${DOCS}/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/`,
  servicePorts: `${DOCS}/concepts/services-networking/service/#field-spec-ports`,
  withoutSelectors: `${DOCS}/concepts/services-networking/service/#services-without-selectors`,
  loadBalancer: `${DOCS}/concepts/services-networking/service/#loadbalancer`,
  nodePort: `${DOCS}/concepts/services-networking/service/#type-nodeport`,
  externalName: `${DOCS}/concepts/services-networking/service/#externalname`,
  headless: `${DOCS}/concepts/services-networking/service/#headless-services`,
  trafficPolicy: `${DOCS}/concepts/services-networking/service/#external-traffic-policy`,
  ingressBackend: `${DOCS}/concepts/services-networking/ingress/#resource-backend`,
  ingressClass: `${DOCS}/concepts/services-networking/ingress/#ingress-class`,
  defaultIngressClass: `${DOCS}/concepts/services-networking/ingress/#default-ingress-class`,
  service: `${DOCS}/concepts/services-networking/service/`,
} as const;
