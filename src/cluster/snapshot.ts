// Reads what a command needs from a ClusterSource for a set of namespaces, in parallel, into one
// Snapshot. Every read keeps what could not be read beside what could, so a diagnostic never
// mistakes "forbidden" for "there are none".

import type {
  ClusterSource,
  EndpointSlice,
  Ingress,
  IngressClass,
  Node,
  ObjectOf,
  Pod,
  ReadProblem,
  ResourceKind,
  Service,
} from './source.js';
import { RESOURCES } from './source.js';

/** Which namespaces to read: a list (one call per namespace), or all of them (one cluster-wide call). */
export type Target = { all: true } | { all: false; namespaces: string[] };

export interface ScopedProblem extends ReadProblem {
  resource: ResourceKind;
  /** The namespace that could not be read, or null for a cluster-wide read. */
  namespace: string | null;
}

export interface Read<T> {
  items: T[];
  /** What could not be read; empty when the read is complete. */
  problems: ScopedProblem[];
}

export interface Snapshot {
  /** Where the data came from, for replies. */
  source: string;
  /** When it was read (ages, "pending for 12m"). */
  now: Date;
  target: Target;
  services: Read<Service>;
  endpointslices: Read<EndpointSlice>;
  ingresses: Read<Ingress>;
  ingressclasses: Read<IngressClass>;
  pods: Read<Pod>;
  nodes: Read<Node>;
}

/** Parallel list calls at most; a channel may see dozens of namespaces. */
const CONCURRENCY = 8;

async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

const notRead = (resource: ResourceKind): Read<never> => ({
  items: [],
  problems: [{ resource, namespace: null, reason: 'not-read', message: `${RESOURCES[resource].label} were not read.` }],
});

/** Reads `kinds` for `target`; kinds not asked for come back as not read. */
export async function readSnapshot(source: ClusterSource, target: Target, kinds: readonly ResourceKind[], now = new Date()): Promise<Snapshot> {
  const snapshot: Snapshot = {
    source: source.describe(),
    now,
    target,
    services: notRead('services'),
    endpointslices: notRead('endpointslices'),
    ingresses: notRead('ingresses'),
    ingressclasses: notRead('ingressclasses'),
    pods: notRead('pods'),
    nodes: notRead('nodes'),
  };
  type Job = { resource: ResourceKind; namespace: string | null };
  const jobs: Job[] = [];
  for (const resource of new Set(kinds)) {
    if (!RESOURCES[resource].namespaced || target.all) jobs.push({ resource, namespace: null });
    else for (const namespace of target.namespaces) jobs.push({ resource, namespace });
  }
  const results = await pool(
    jobs.map((job) => () => source.list(job.resource, job.namespace === null ? { allNamespaces: true } : { namespace: job.namespace })),
    CONCURRENCY,
  );
  const reads = new Map<ResourceKind, Read<unknown>>();
  jobs.forEach((job, i) => {
    const result = results[i];
    if (!result) return;
    const read = reads.get(job.resource) ?? { items: [], problems: [] };
    reads.set(job.resource, read);
    if (result.ok) {
      for (const item of result.items) read.items.push(item);
    } else {
      read.problems.push({ ...result.problem, resource: job.resource, namespace: job.namespace });
    }
  });
  for (const [resource, read] of reads) {
    // A cluster-wide read of a namespaced kind returns every namespace; keep the visible ones only
    // when the target is a list (a dump answers every list call with all it has).
    if (RESOURCES[resource].namespaced && !target.all) {
      const visible = new Set(target.namespaces);
      read.items = read.items.filter((o) => visible.has((o as { namespace: string }).namespace));
    }
    (snapshot as unknown as Record<ResourceKind, Read<ObjectOf[ResourceKind]>>)[resource] = read as Read<ObjectOf[ResourceKind]>;
  }
  return snapshot;
}

/** Why `read` is incomplete for `namespace` (or for the cluster-scoped kind), if it is. */
export function problemIn<T>(read: Read<T>, namespace: string): ScopedProblem | undefined {
  return read.problems.find((p) => p.namespace === null || p.namespace === namespace);
}

/** Every distinct problem of a snapshot, for a reply's closing notes. */
export function allProblems(snapshot: Snapshot): ScopedProblem[] {
  const reads = [snapshot.services, snapshot.endpointslices, snapshot.ingresses, snapshot.ingressclasses, snapshot.pods, snapshot.nodes];
  return reads.flatMap((r) => r.problems).filter((p) => p.reason !== 'not-read');
}

/** Objects of a namespace from a read. */
export function inNamespace<T extends { namespace: string }>(read: Read<T>, namespace: string): T[] {
  return read.items.filter((o) => o.namespace === namespace);
}
