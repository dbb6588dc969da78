// The read-only snapshot interface every cluster command uses, and the plain objects it returns.
// A source (the live API in live.ts, a kubectl dump in dump.ts) validates what it reads with zod
// (schema.ts) and hands out only these types: never client-node objects, never a Pod spec beyond
// labels, readiness and container ports, never a Node beyond its name and addresses, never a
// Secret.

/** The resources the bot reads, by their plural API name. */
export type ResourceKind = 'services' | 'endpointslices' | 'ingresses' | 'ingressclasses' | 'pods' | 'nodes';

export const RESOURCE_KINDS: readonly ResourceKind[] = ['services', 'endpointslices', 'ingresses', 'ingressclasses', 'pods', 'nodes'];

export interface ResourceInfo {
  /** `resource.group` as RBAC and `kubectl auth can-i` spell it (`services`, `ingresses.networking.k8s.io`). */
  rbacName: string;
  /** Human name, plural: "Services", "EndpointSlices". */
  label: string;
  namespaced: boolean;
}

export const RESOURCES: Record<ResourceKind, ResourceInfo> = {
  services: { rbacName: 'services', label: 'Services', namespaced: true },
  endpointslices: { rbacName: 'endpointslices.discovery.k8s.io', label: 'EndpointSlices', namespaced: true },
  ingresses: { rbacName: 'ingresses.networking.k8s.io', label: 'Ingresses', namespaced: true },
  ingressclasses: { rbacName: 'ingressclasses.networking.k8s.io', label: 'IngressClasses', namespaced: false },
  pods: { rbacName: 'pods', label: 'Pods', namespaced: true },
  nodes: { rbacName: 'nodes', label: 'Nodes', namespaced: false },
};

// ---- the objects ---------------------------------------------------------------------------

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

export interface ServicePort {
  name: string | null;
  protocol: string;
  port: number;
  /** A container port number or a named container port; defaults to `port`. */
  targetPort: number | string;
  nodePort: number | null;
  appProtocol: string | null;
}

/** A load balancer or Ingress address from `status.loadBalancer.ingress`. */
export interface LoadBalancerAddress {
  ip: string | null;
  hostname: string | null;
}

export interface Service {
  namespace: string;
  name: string;
  /** ISO 8601, or null when the object has none (hand-written dumps). */
  created: string | null;
  type: ServiceType;
  /** `None` for a headless Service; null when unset (ExternalName). */
  clusterIP: string | null;
  /** Null or empty: no selector (EndpointSlices are managed by someone else). */
  selector: Record<string, string> | null;
  ports: ServicePort[];
  externalName: string | null;
  externalIPs: string[];
  loadBalancerIngress: LoadBalancerAddress[];
  loadBalancerClass: string | null;
  externalTrafficPolicy: string | null;
  publishNotReadyAddresses: boolean;
}

export interface EndpointSliceEndpoint {
  addresses: string[];
  /** `conditions.ready`; null means unknown, which consumers treat as ready. */
  ready: boolean | null;
  terminating: boolean;
  nodeName: string | null;
  /** The Pod (or other object) behind the endpoint, by name. */
  targetName: string | null;
}

export interface EndpointSlice {
  namespace: string;
  name: string;
  /** The `kubernetes.io/service-name` label: which Service the slice belongs to. */
  serviceName: string | null;
  addressType: string;
  ports: { name: string | null; port: number | null; protocol: string }[];
  endpoints: EndpointSliceEndpoint[];
}

export interface IngressBackend {
  /** The Service a backend names, or null for a `resource` backend. */
  service: { name: string; port: { number: number | null; name: string | null } } | null;
}

export interface IngressPath {
  path: string | null;
  pathType: string;
  backend: IngressBackend;
}

export interface IngressRule {
  host: string | null;
  paths: IngressPath[];
}

export interface Ingress {
  namespace: string;
  name: string;
  created: string | null;
  ingressClassName: string | null;
  /** The deprecated `kubernetes.io/ingress.class` annotation, still honoured by controllers. */
  classAnnotation: string | null;
  defaultBackend: IngressBackend | null;
  rules: IngressRule[];
  /** Hosts listed under `tls` (served over HTTPS). */
  tlsHosts: string[];
  loadBalancerIngress: LoadBalancerAddress[];
}

export interface IngressClass {
  name: string;
  controller: string | null;
  /** Annotated `ingressclass.kubernetes.io/is-default-class: "true"`. */
  isDefault: boolean;
}

export interface ContainerPort {
  name: string | null;
  containerPort: number;
  protocol: string;
}

/** A Pod as far as Service routing cares: labels, readiness and container ports. */
export interface Pod {
  namespace: string;
  name: string;
  labels: Record<string, string>;
  /** Pending, Running, Succeeded, Failed or Unknown. */
  phase: string;
  /** The Pod's `Ready` condition is True. */
  ready: boolean;
  containerPorts: ContainerPort[];
}

export interface NodeAddress {
  type: string;
  address: string;
}

export interface Node {
  name: string;
  addresses: NodeAddress[];
}

export interface ObjectOf {
  services: Service;
  endpointslices: EndpointSlice;
  ingresses: Ingress;
  ingressclasses: IngressClass;
  pods: Pod;
  nodes: Node;
}

// ---- reading -------------------------------------------------------------------------------

/** Where to list: one namespace, or every namespace (one cluster-wide call). Cluster-scoped kinds ignore it. */
export type Where = { namespace: string } | { allNamespaces: true };

/** Why something could not be read. */
export type ProblemReason =
  | 'not-configured'
  | 'config'
  | 'unreachable'
  | 'timeout'
  | 'tls'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'gone'
  | 'server-error'
  | 'malformed'
  | 'not-in-dump'
  | 'not-read';

export interface ReadProblem {
  reason: ProblemReason;
  /** One clear sentence for people: no stack, no headers, no token. */
  message: string;
}

export type ListResult<K extends ResourceKind> = { ok: true; items: ObjectOf[K][] } | { ok: false; problem: ReadProblem };

export interface ClusterSource {
  /** `live` (the API server) or `dump` (a kubectl YAML file). */
  readonly kind: 'live' | 'dump';
  /** Where the data comes from, for replies: "the cluster at https://…", "the dump file x.yaml". */
  describe(): string;
  /** Lists one kind; never throws (faults come back as a problem). */
  list<K extends ResourceKind>(kind: K, where: Where): Promise<ListResult<K>>;
  /**
   * Whether the API answered lately (for /readyz): null when it did, else why not. Cheap and
   * cached; never throws. Absent for sources that cannot fail to answer (a dump).
   */
  probe?(): Promise<ReadProblem | null>;
}

/** How to connect a cluster, for replies when none is configured. */
export const CONNECT_HINT =
  'Set `KUBECONFIG` to a kubeconfig file (or create `~/.kube/config`), run the bot inside the cluster with its service account, or start it with `--cluster-dump file.yaml` (the output of `kubectl get svc,endpointslices,ingress,ingressclass,pods,nodes -A -o yaml`).';
