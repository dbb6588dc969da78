// The knowledge-base topic ids the decision tree may point at, until the topic loader (issue 4)
// provides them. This is the only copy: when `Knowledge` is on the runtime, pass its topic ids
// to `loadTree` instead (see buildRuntime in src/main.ts) and delete this file.

export const KNOWN_TOPIC_IDS: readonly string[] = [
  'clusterip',
  'nodeport',
  'loadbalancer',
  'externalname',
  'headless',
  'ingress',
  'ingress-controller',
  'gateway-api',
  'endpointslices',
  'selectors',
  'ports',
  'dns',
  'port-forward',
  'external-traffic-policy',
  'internal-traffic-policy',
  'session-affinity',
  'protocols',
  'bare-metal',
  'lb-cost',
  'ingress-tls',
  'ingress-migration',
  'network-policy',
  'unreachable-service',
];
