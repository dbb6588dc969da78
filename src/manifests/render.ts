// Validated parameters -> a manifest for Kubernetes 1.28+: the object, its YAML with comments
// where a field needs explaining, and a file name. Pure: no I/O.

import type { IService } from 'kubernetes-models/v1/Service';
import type { IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { addComments, dumpYaml, type YamlComment } from './dump.js';
import type { ManifestKind, ManifestParams } from './params.js';

/** Gateway API v1 HTTPRoute, the fields we write (the type lives in a CRD, not in core). */
export interface HTTPRoute {
  apiVersion: 'gateway.networking.k8s.io/v1';
  kind: 'HTTPRoute';
  metadata: { name: string; namespace: string };
  spec: {
    parentRefs: { name: string; namespace?: string }[];
    hostnames?: string[];
    rules: {
      matches: { path: { type: 'PathPrefix' | 'Exact'; value: string } }[];
      backendRefs: { name: string; port: number }[];
    }[];
  };
}

/** discovery.k8s.io/v1 EndpointSlice, the fields we write for a Service without a selector. */
export interface EndpointSlice {
  apiVersion: 'discovery.k8s.io/v1';
  kind: 'EndpointSlice';
  metadata: { name: string; namespace: string; labels: Record<string, string> };
  addressType: 'IPv4' | 'IPv6';
  ports: { name: string; port: number; protocol: string }[];
  endpoints: { addresses: string[] }[];
}

export type Manifest = IService | IIngress | HTTPRoute;

export interface RenderedManifest {
  kind: ManifestKind;
  object: Manifest;
  /** The EndpointSlice that lists the addresses of a Service without a selector; in `yaml` after a `---`. */
  endpointSlice?: EndpointSlice;
  yaml: string;
  filename: string;
}

type ServiceSpec = NonNullable<IService['spec']>;
type ServicePort = NonNullable<ServiceSpec['ports']>[number];

const SERVICE_TYPE: Record<'clusterip' | 'nodeport' | 'loadbalancer' | 'externalname' | 'headless', NonNullable<ServiceSpec['type']>> = {
  clusterip: 'ClusterIP',
  headless: 'ClusterIP',
  nodeport: 'NodePort',
  loadbalancer: 'LoadBalancer',
  externalname: 'ExternalName',
};

/** sessionAffinityConfig.clientIP.timeoutSeconds when none is given: the API's default, 3 hours. */
const DEFAULT_AFFINITY_SECONDS = 10800;

function renderService(p: ManifestParams): { object: IService; comments: YamlComment[] } {
  const kind = p.kind as keyof typeof SERVICE_TYPE;
  const dns = `${p.name}.${p.namespace}.svc.cluster.local`;
  const comments: YamlComment[] = [];
  const port: ServicePort = { name: p.portName, port: p.port };
  if (kind !== 'externalname') port.targetPort = p.targetPort;
  if (p.nodePort !== undefined) port.nodePort = p.nodePort;
  port.protocol = p.protocol;

  const spec: ServiceSpec = { type: SERVICE_TYPE[kind] };
  if (kind === 'headless') spec.clusterIP = 'None';
  if (kind === 'externalname') spec.externalName = p.externalName;
  else if (p.endpoints === undefined) spec.selector = p.selector;
  if (kind !== 'externalname' || p.hasPort) spec.ports = [port];
  if (p.externalTrafficPolicy !== undefined) spec.externalTrafficPolicy = p.externalTrafficPolicy;
  if (p.sessionAffinity !== undefined) spec.sessionAffinity = p.sessionAffinity;
  if (p.sessionAffinity === 'ClientIP') spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: p.affinityTimeout ?? DEFAULT_AFFINITY_SECONDS } };

  switch (kind) {
    case 'clusterip':
      comments.push({ path: ['spec', 'type'], text: 'ClusterIP (the default): a virtual IP reachable only inside the cluster.' });
      break;
    case 'headless':
      comments.push({
        path: ['spec', 'clusterIP'],
        text: `None = headless: DNS for ${p.name} returns the pod IPs, no virtual IP.\nA StatefulSet with serviceName: ${p.name} gets stable names <pod>.${p.name}.${p.namespace}.svc.`,
      });
      break;
    case 'nodeport':
      comments.push({ path: ['spec', 'type'], text: 'NodePort: also opens a port on every node (node address:nodePort).' });
      break;
    case 'loadbalancer':
      comments.push({
        path: ['spec', 'type'],
        text: `LoadBalancer: the cloud (or MetalLB on bare metal) assigns an external address.\nWatch for it with: kubectl get service ${p.name} -n ${p.namespace} -w`,
      });
      break;
    case 'externalname':
      comments.push({
        path: ['spec', 'externalName'],
        text: `A DNS name, never an IP: ${dns} becomes a CNAME for it.\nHTTP and TLS clients still send the name they used (Host header, SNI).`,
      });
      if (p.hasPort) comments.push({ path: ['spec', 'ports'], text: 'Informational only: an ExternalName Service does no port mapping.' });
      break;
  }
  if (p.endpoints !== undefined) {
    comments.push({
      path: ['spec', 'ports'],
      text: `No selector: the EndpointSlice below lists the addresses ${p.name} sends to.\nIts port name must match this port's name.`,
    });
  }
  if (kind !== 'externalname') {
    comments.push({ path: ['spec', 'selector'], text: "Must match your pods' labels (a Deployment's spec.template.metadata.labels)." });
    comments.push({ path: ['spec', 'ports', 0, 'port'], text: `Clients connect to ${p.name}:${p.port} (same namespace) or ${dns}:${p.port}.` });
    comments.push({
      path: ['spec', 'ports', 0, 'targetPort'],
      text:
        p.endpoints !== undefined
          ? 'The port on those addresses (the EndpointSlice says it again).'
          : typeof p.targetPort === 'number'
            ? 'The port your containers listen on.'
            : `The containerPort named "${p.targetPort}" in your pod spec.`,
    });
  }
  if (kind === 'nodeport' || kind === 'loadbalancer') {
    if (p.nodePort !== undefined) {
      comments.push({ path: ['spec', 'ports', 0, 'nodePort'], text: 'Must be free, within 30000-32767 (the default range). Omit it to let Kubernetes choose.' });
    } else if (kind === 'nodeport') {
      comments.push({
        path: ['spec', 'ports'],
        text: `No nodePort: Kubernetes picks a free one in 30000-32767 (kubectl get service ${p.name} -n ${p.namespace}).`,
      });
    }
  }
  if (p.sessionAffinity === 'ClientIP') {
    comments.push({ path: ['spec', 'sessionAffinity'], text: 'ClientIP: kube-proxy sends each client IP to the same pod until it has been idle for timeoutSeconds.' });
  }
  if (p.externalTrafficPolicy === 'Local') {
    comments.push({ path: ['spec', 'externalTrafficPolicy'], text: 'Local keeps the client source IP; only nodes running a ready pod answer.' });
  }
  const object: IService = { apiVersion: 'v1', kind: 'Service', metadata: { name: p.name, namespace: p.namespace }, spec };
  return { object, comments };
}

function renderIngress(p: ManifestParams): { object: IIngress; comments: YamlComment[] } {
  const comments: YamlComment[] = [];
  const port = typeof p.portRef === 'number' ? { number: p.portRef } : { name: p.portRef };
  const rule: NonNullable<NonNullable<IIngress['spec']>['rules']>[number] = {
    ...(p.host !== undefined ? { host: p.host } : {}),
    http: { paths: [{ path: p.path, pathType: p.pathType, backend: { service: { name: p.service, port } } }] },
  };
  const spec: NonNullable<IIngress['spec']> = {};
  if (p.ingressClass !== undefined) spec.ingressClassName = p.ingressClass;
  if (p.tlsSecret !== undefined && p.host !== undefined) spec.tls = [{ hosts: [p.host], secretName: p.tlsSecret }];
  spec.rules = [rule];

  if (p.ingressClass !== undefined) {
    comments.push({ path: ['spec', 'ingressClassName'], text: 'The IngressClass of your controller: kubectl get ingressclass' });
  } else {
    comments.push({
      path: ['spec', 'rules'],
      text: "No ingressClassName: the cluster's default IngressClass serves it.\nIf none is marked default, add spec.ingressClassName (kubectl get ingressclass).",
    });
  }
  if (p.tlsSecret !== undefined) {
    comments.push({
      path: ['spec', 'tls', 0, 'secretName'],
      text: `A TLS Secret in namespace ${p.namespace}: kubectl create secret tls ${p.tlsSecret} --cert=tls.crt --key=tls.key -n ${p.namespace}`,
    });
  }
  if (p.host === undefined) comments.push({ path: ['spec', 'rules', 0], text: 'No host: this rule matches requests for every host name.' });
  const pathHelp: Record<string, string> = {
    Prefix: `Prefix matches ${p.path === '/' ? 'every path' : `${p.path} and ${p.path.replace(/\/$/, '')}/...`} (whole path segments).`,
    Exact: `Exact matches ${p.path} only.`,
    ImplementationSpecific: 'ImplementationSpecific: the controller decides how the path matches.',
  };
  comments.push({ path: ['spec', 'rules', 0, 'http', 'paths', 0, 'pathType'], text: pathHelp[p.pathType] ?? '' });
  comments.push({
    path: ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service', 'port'],
    text: `A port of Service ${p.service} (its spec.ports[].port${typeof p.portRef === 'string' ? ' name' : ''}, not the targetPort).`,
  });
  const object: IIngress = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: p.name, namespace: p.namespace },
    spec,
  };
  return { object, comments };
}

function renderHttpRoute(p: ManifestParams): { object: HTTPRoute; comments: YamlComment[] } {
  const parentRef: { name: string; namespace?: string } = { name: p.gateway };
  if (p.gatewayNamespace !== undefined) parentRef.namespace = p.gatewayNamespace;
  const object: HTTPRoute = {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: p.name, namespace: p.namespace },
    spec: {
      parentRefs: [parentRef],
      ...(p.host !== undefined ? { hostnames: [p.host] } : {}),
      rules: [
        {
          matches: [{ path: { type: p.routePathType, value: p.path } }],
          backendRefs: [{ name: p.service, port: typeof p.portRef === 'number' ? p.portRef : p.port }],
        },
      ],
    },
  };
  const comments: YamlComment[] = [
    { path: ['apiVersion'], text: 'Gateway API v1: needs its CRDs (v1.0 or later) and a Gateway controller in the cluster.' },
    {
      path: ['spec', 'parentRefs'],
      text: `The Gateway this route attaches to (kubectl get gateways -A); its listeners must allow routes from namespace ${p.namespace}.`,
    },
    {
      path: ['spec', 'rules', 0, 'matches', 0, 'path', 'type'],
      text: p.routePathType === 'PathPrefix' ? `PathPrefix matches ${p.path === '/' ? 'every path' : `${p.path} and ${p.path.replace(/\/$/, '')}/...`}.` : `Exact matches ${p.path} only.`,
    },
    { path: ['spec', 'rules', 0, 'backendRefs', 0, 'port'], text: `A port of Service ${p.service} (its spec.ports[].port).` },
  ];
  if (p.host === undefined) comments.push({ path: ['spec', 'rules'], text: 'No hostnames: the route matches every host name its Gateway listener accepts.' });
  return { object, comments };
}

/** The EndpointSlice a Service without a selector needs: the outside addresses, at the target port, under the port's name. */
function renderEndpointSlice(p: ManifestParams, endpoints: NonNullable<ManifestParams['endpoints']>): { object: EndpointSlice; comments: YamlComment[] } {
  const object: EndpointSlice = {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      name: `${p.name}-1`,
      namespace: p.namespace,
      labels: { 'kubernetes.io/service-name': p.name, 'endpointslice.kubernetes.io/managed-by': 'cluster-admins' },
    },
    addressType: endpoints.addressType,
    ports: [{ name: p.portName, port: typeof p.targetPort === 'number' ? p.targetPort : p.port, protocol: p.protocol }],
    endpoints: endpoints.addresses.map((address) => ({ addresses: [address] })),
  };
  const comments: YamlComment[] = [
    {
      path: ['metadata', 'labels'],
      text: `kubernetes.io/service-name ties it to Service ${p.name}; managed-by tells the EndpointSlice\ncontroller it is yours (any value but endpointslice-controller.k8s.io).`,
    },
    { path: ['endpoints'], text: 'Outside the cluster: nothing checks them, so a down address still gets traffic. Keep the list current.' },
  ];
  return { object, comments };
}

const FILE_SUFFIX: Record<ManifestKind, string> = {
  clusterip: 'service',
  nodeport: 'service',
  loadbalancer: 'service',
  externalname: 'service',
  headless: 'service',
  ingress: 'ingress',
  httproute: 'httproute',
};

export function renderManifest(p: ManifestParams): RenderedManifest {
  const { object, comments } =
    p.kind === 'ingress' ? renderIngress(p) : p.kind === 'httproute' ? renderHttpRoute(p) : renderService(p);
  const yaml = addComments(dumpYaml(object), comments);
  const filename = `${p.name}-${FILE_SUFFIX[p.kind]}.yaml`;
  if (p.endpoints === undefined || (p.kind !== 'clusterip' && p.kind !== 'headless')) return { kind: p.kind, object, yaml, filename };
  const slice = renderEndpointSlice(p, p.endpoints);
  return { kind: p.kind, object, endpointSlice: slice.object, yaml: `${yaml}---\n${addComments(dumpYaml(slice.object), slice.comments)}`, filename };
}
