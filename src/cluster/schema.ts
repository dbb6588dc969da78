// zod at the edge where cluster objects enter: the JSON (or YAML) of each kind is
// checked and reduced to the plain types in source.ts. Fields the bot does not use are dropped
// here, so a Pod's spec, env or volumes never go further than this file.

import { z } from 'zod';
import type { ContainerPort, EndpointSlice, Ingress, IngressBackend, IngressClass, LoadBalancerAddress, Node, ObjectOf, Pod, ResourceKind, Service } from './source.js';

const str = z.string();
const optStr = str.nullish();
const labels = z.record(z.string(), z.string()).nullish();
/** RFC 3339 in JSON; js-yaml 5 keeps YAML timestamps as strings too. */
const timestamp = z.string().nullish();
const intOrString = z.union([z.number().int(), z.string().min(1)]);

const metadata = z.object({
  name: str.min(1),
  namespace: optStr,
  labels,
  annotations: labels,
  creationTimestamp: timestamp,
});

const lbIngress = z
  .array(z.object({ ip: optStr, hostname: optStr }))
  .nullish();

const loadBalancerStatus = z.object({ loadBalancer: z.object({ ingress: lbIngress }).nullish() }).nullish();

const serviceSchema = z.object({
  metadata,
  spec: z
    .object({
      type: optStr,
      clusterIP: optStr,
      selector: labels,
      ports: z
        .array(
          z.object({
            name: optStr,
            protocol: optStr,
            port: z.number().int(),
            targetPort: intOrString.nullish(),
            nodePort: z.number().int().nullish(),
            appProtocol: optStr,
          }),
        )
        .nullish(),
      externalName: optStr,
      externalIPs: z.array(str).nullish(),
      loadBalancerClass: optStr,
      externalTrafficPolicy: optStr,
      publishNotReadyAddresses: z.boolean().nullish(),
    })
    .nullish(),
  status: loadBalancerStatus,
});

const endpointSliceSchema = z.object({
  metadata,
  addressType: optStr,
  ports: z.array(z.object({ name: optStr, port: z.number().int().nullish(), protocol: optStr })).nullish(),
  endpoints: z
    .array(
      z.object({
        addresses: z.array(str).nullish(),
        conditions: z.object({ ready: z.boolean().nullish(), terminating: z.boolean().nullish() }).nullish(),
        nodeName: optStr,
        targetRef: z.object({ name: optStr }).nullish(),
      }),
    )
    .nullish(),
});

const backendSchema = z.object({
  service: z
    .object({ name: str.min(1), port: z.object({ number: z.number().int().nullish(), name: optStr }).nullish() })
    .nullish(),
});

const ingressSchema = z.object({
  metadata,
  spec: z
    .object({
      ingressClassName: optStr,
      defaultBackend: backendSchema.nullish(),
      rules: z
        .array(
          z.object({
            host: optStr,
            http: z
              .object({ paths: z.array(z.object({ path: optStr, pathType: optStr, backend: backendSchema })).nullish() })
              .nullish(),
          }),
        )
        .nullish(),
      tls: z.array(z.object({ hosts: z.array(str).nullish() })).nullish(),
    })
    .nullish(),
  status: loadBalancerStatus,
});

const ingressClassSchema = z.object({ metadata, spec: z.object({ controller: optStr }).nullish() });

const podSchema = z.object({
  metadata,
  spec: z
    .object({
      containers: z
        .array(
          z.object({
            ports: z.array(z.object({ name: optStr, containerPort: z.number().int(), protocol: optStr })).nullish(),
          }),
        )
        .nullish(),
    })
    .nullish(),
  status: z
    .object({
      phase: optStr,
      conditions: z.array(z.object({ type: str, status: str })).nullish(),
    })
    .nullish(),
});

const nodeSchema = z.object({
  metadata,
  status: z.object({ addresses: z.array(z.object({ type: str, address: str })).nullish() }).nullish(),
});

const SERVICE_TYPES = new Set(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);

/** One timestamp form whichever way it was written ("…Z" or "….000Z"); null when unreadable. */
function iso(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function addresses(list: z.infer<typeof lbIngress>): LoadBalancerAddress[] {
  return (list ?? []).map((a) => ({ ip: a.ip ?? null, hostname: a.hostname ?? null })).filter((a) => a.ip !== null || a.hostname !== null);
}

function nonEmpty(record: Record<string, string> | null | undefined): Record<string, string> | null {
  return record && Object.keys(record).length > 0 ? record : null;
}

function toService(raw: z.infer<typeof serviceSchema>, namespace: string): Service {
  const spec = raw.spec ?? {};
  const type = spec.type && SERVICE_TYPES.has(spec.type) ? (spec.type as Service['type']) : 'ClusterIP';
  return {
    namespace,
    name: raw.metadata.name,
    created: iso(raw.metadata.creationTimestamp),
    type,
    clusterIP: spec.clusterIP ?? null,
    selector: nonEmpty(spec.selector),
    ports: (spec.ports ?? []).map((p) => ({
      name: p.name ?? null,
      protocol: p.protocol ?? 'TCP',
      port: p.port,
      // The API server defaults targetPort to port; hand-written dumps may omit it.
      targetPort: p.targetPort ?? p.port,
      nodePort: p.nodePort ?? null,
      appProtocol: p.appProtocol ?? null,
    })),
    externalName: spec.externalName ?? null,
    externalIPs: spec.externalIPs ?? [],
    loadBalancerIngress: addresses(raw.status?.loadBalancer?.ingress),
    loadBalancerClass: spec.loadBalancerClass ?? null,
    externalTrafficPolicy: spec.externalTrafficPolicy ?? null,
    publishNotReadyAddresses: spec.publishNotReadyAddresses ?? false,
  };
}

function toEndpointSlice(raw: z.infer<typeof endpointSliceSchema>, namespace: string): EndpointSlice {
  return {
    namespace,
    name: raw.metadata.name,
    serviceName: raw.metadata.labels?.['kubernetes.io/service-name'] ?? null,
    addressType: raw.addressType ?? 'IPv4',
    ports: (raw.ports ?? []).map((p) => ({ name: p.name ?? null, port: p.port ?? null, protocol: p.protocol ?? 'TCP' })),
    endpoints: (raw.endpoints ?? []).map((e) => ({
      addresses: e.addresses ?? [],
      ready: e.conditions?.ready ?? null,
      terminating: e.conditions?.terminating ?? false,
      nodeName: e.nodeName ?? null,
      targetName: e.targetRef?.name ?? null,
    })),
  };
}

function toBackend(raw: z.infer<typeof backendSchema>): IngressBackend {
  const service = raw.service;
  return {
    service: service ? { name: service.name, port: { number: service.port?.number ?? null, name: service.port?.name ?? null } } : null,
  };
}

function toIngress(raw: z.infer<typeof ingressSchema>, namespace: string): Ingress {
  const spec = raw.spec ?? {};
  return {
    namespace,
    name: raw.metadata.name,
    created: iso(raw.metadata.creationTimestamp),
    ingressClassName: spec.ingressClassName ?? null,
    classAnnotation: raw.metadata.annotations?.['kubernetes.io/ingress.class'] ?? null,
    defaultBackend: spec.defaultBackend ? toBackend(spec.defaultBackend) : null,
    rules: (spec.rules ?? []).map((r) => ({
      host: r.host ?? null,
      paths: (r.http?.paths ?? []).map((p) => ({ path: p.path ?? null, pathType: p.pathType ?? 'ImplementationSpecific', backend: toBackend(p.backend) })),
    })),
    tlsHosts: (spec.tls ?? []).flatMap((t) => t.hosts ?? []),
    loadBalancerIngress: addresses(raw.status?.loadBalancer?.ingress),
  };
}

function toIngressClass(raw: z.infer<typeof ingressClassSchema>): IngressClass {
  return {
    name: raw.metadata.name,
    controller: raw.spec?.controller ?? null,
    isDefault: raw.metadata.annotations?.['ingressclass.kubernetes.io/is-default-class'] === 'true',
  };
}

function toPod(raw: z.infer<typeof podSchema>, namespace: string): Pod {
  const containerPorts: ContainerPort[] = (raw.spec?.containers ?? []).flatMap((c) =>
    (c.ports ?? []).map((p) => ({ name: p.name ?? null, containerPort: p.containerPort, protocol: p.protocol ?? 'TCP' })),
  );
  return {
    namespace,
    name: raw.metadata.name,
    labels: raw.metadata.labels ?? {},
    phase: raw.status?.phase ?? 'Unknown',
    ready: (raw.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True'),
    containerPorts,
  };
}

function toNode(raw: z.infer<typeof nodeSchema>): Node {
  return { name: raw.metadata.name, addresses: raw.status?.addresses ?? [] };
}

interface Converter<K extends ResourceKind> {
  schema: z.ZodType;
  convert(raw: never, namespace: string): ObjectOf[K];
}

const CONVERTERS: { [K in ResourceKind]: Converter<K> } = {
  services: { schema: serviceSchema, convert: toService },
  endpointslices: { schema: endpointSliceSchema, convert: toEndpointSlice },
  ingresses: { schema: ingressSchema, convert: toIngress },
  ingressclasses: { schema: ingressClassSchema, convert: toIngressClass },
  pods: { schema: podSchema, convert: toPod },
  nodes: { schema: nodeSchema, convert: toNode },
};

export class ObjectShapeError extends Error {
  override name = 'ObjectShapeError';
}

/**
 * Checks one object of `kind` and returns its plain form. `fallbackNamespace` is used when the
 * object carries none (a namespaced list item always should). Throws ObjectShapeError with the
 * object's name and the first bad field.
 */
export function toPlain<K extends ResourceKind>(kind: K, raw: unknown, fallbackNamespace = 'default'): ObjectOf[K] {
  const converter = CONVERTERS[kind];
  const result = converter.schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = typeof raw === 'object' && raw !== null ? (raw as { metadata?: { name?: unknown } }).metadata?.name : undefined;
    const where = issue ? issue.path.map(String).join('.') || '(object)' : '(object)';
    throw new ObjectShapeError(
      `${typeof name === 'string' ? `"${name.slice(0, 63)}"` : 'an object'}: ${where}: ${issue?.message ?? 'is not valid'}`,
    );
  }
  const data = result.data as { metadata: { namespace?: string | null } };
  return converter.convert(result.data as never, data.metadata.namespace ?? fallbackNamespace);
}
