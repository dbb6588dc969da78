// The fields Kubernetes knows on the objects `check` reads, for the unknown-field rule. Each table
// is checked by the compiler against kubernetes-models' types, which are generated from the
// official OpenAPI: `satisfies Record<keyof Required<T>, …>` fails the build when a table misses a
// field or lists one the API does not have.

import type { IService } from 'kubernetes-models/v1/Service';
import type { IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';

/** `value`: a leaf; `free`: a map or object we do not descend into (labels, status, ...). */
export type FieldShape = 'value' | 'free' | FieldTable | { items: FieldTable };

export interface FieldTable {
  /** The API type's name, for messages ("ServicePort"). */
  type: string;
  fields: Readonly<Record<string, FieldShape>>;
}

type Fields<T> = Record<keyof Required<T> & string, FieldShape>;
type ObjectMeta = NonNullable<IService['metadata']>;
type ServiceSpec = NonNullable<IService['spec']>;
type ServicePort = NonNullable<ServiceSpec['ports']>[number];
type IngressSpec = NonNullable<IIngress['spec']>;
type IngressBackend = NonNullable<IngressSpec['defaultBackend']>;
type IngressServiceBackend = NonNullable<IngressBackend['service']>;
type ServiceBackendPort = NonNullable<IngressServiceBackend['port']>;
type IngressRule = NonNullable<IngressSpec['rules']>[number];
type HTTPIngressRuleValue = NonNullable<IngressRule['http']>;
type HTTPIngressPath = HTTPIngressRuleValue['paths'][number];
type IngressTLS = NonNullable<IngressSpec['tls']>[number];

export const OBJECT_META: FieldTable = {
  type: 'ObjectMeta',
  fields: {
    annotations: 'free',
    creationTimestamp: 'value',
    deletionGracePeriodSeconds: 'value',
    deletionTimestamp: 'value',
    finalizers: 'free',
    generateName: 'value',
    generation: 'value',
    labels: 'free',
    managedFields: 'free',
    name: 'value',
    namespace: 'value',
    ownerReferences: 'free',
    resourceVersion: 'value',
    selfLink: 'value',
    uid: 'value',
  } satisfies Fields<ObjectMeta>,
};

const SERVICE_PORT: FieldTable = {
  type: 'ServicePort',
  fields: {
    appProtocol: 'value',
    name: 'value',
    nodePort: 'value',
    port: 'value',
    protocol: 'value',
    targetPort: 'value',
  } satisfies Fields<ServicePort>,
};

const SERVICE_SPEC: FieldTable = {
  type: 'ServiceSpec',
  fields: {
    allocateLoadBalancerNodePorts: 'value',
    clusterIP: 'value',
    clusterIPs: 'free',
    externalIPs: 'free',
    externalName: 'value',
    externalTrafficPolicy: 'value',
    healthCheckNodePort: 'value',
    internalTrafficPolicy: 'value',
    ipFamilies: 'free',
    ipFamilyPolicy: 'value',
    loadBalancerClass: 'value',
    loadBalancerIP: 'value',
    loadBalancerSourceRanges: 'free',
    ports: { items: SERVICE_PORT },
    publishNotReadyAddresses: 'value',
    selector: 'free',
    sessionAffinity: 'value',
    sessionAffinityConfig: 'free',
    trafficDistribution: 'value',
    type: 'value',
  } satisfies Fields<ServiceSpec>,
};

export const SERVICE: FieldTable = {
  type: 'Service',
  fields: {
    apiVersion: 'value',
    kind: 'value',
    metadata: OBJECT_META,
    spec: SERVICE_SPEC,
    status: 'free',
  } satisfies Fields<IService>,
};

const SERVICE_BACKEND_PORT: FieldTable = {
  type: 'ServiceBackendPort',
  fields: { name: 'value', number: 'value' } satisfies Fields<ServiceBackendPort>,
};

const INGRESS_SERVICE_BACKEND: FieldTable = {
  type: 'IngressServiceBackend',
  fields: { name: 'value', port: SERVICE_BACKEND_PORT } satisfies Fields<IngressServiceBackend>,
};

const INGRESS_BACKEND: FieldTable = {
  type: 'IngressBackend',
  fields: { resource: 'free', service: INGRESS_SERVICE_BACKEND } satisfies Fields<IngressBackend>,
};

const HTTP_INGRESS_PATH: FieldTable = {
  type: 'HTTPIngressPath',
  fields: { backend: INGRESS_BACKEND, path: 'value', pathType: 'value' } satisfies Fields<HTTPIngressPath>,
};

const INGRESS_RULE: FieldTable = {
  type: 'IngressRule',
  fields: {
    host: 'value',
    http: { type: 'HTTPIngressRuleValue', fields: { paths: { items: HTTP_INGRESS_PATH } } satisfies Fields<HTTPIngressRuleValue> },
  } satisfies Fields<IngressRule>,
};

const INGRESS_SPEC: FieldTable = {
  type: 'IngressSpec',
  fields: {
    defaultBackend: INGRESS_BACKEND,
    ingressClassName: 'value',
    rules: { items: INGRESS_RULE },
    tls: { items: { type: 'IngressTLS', fields: { hosts: 'free', secretName: 'value' } satisfies Fields<IngressTLS> } },
  } satisfies Fields<IngressSpec>,
};

export const INGRESS: FieldTable = {
  type: 'Ingress',
  fields: {
    apiVersion: 'value',
    kind: 'value',
    metadata: OBJECT_META,
    spec: INGRESS_SPEC,
    status: 'free',
  } satisfies Fields<IIngress>,
};

/**
 * Fields of the removed extensions/v1beta1 and networking.k8s.io/v1beta1 Ingress. They are not
 * "unknown": the Ingress migration rules report and convert them.
 */
export const LEGACY_INGRESS_FIELDS: Readonly<Record<string, readonly string[]>> = {
  IngressSpec: ['backend'],
  IngressBackend: ['serviceName', 'servicePort'],
};
