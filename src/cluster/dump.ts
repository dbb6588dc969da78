// The dump-file cluster source (`--cluster-dump file.yaml`): the output of
// `kubectl get svc,endpointslices,ingress,ingressclass,pods,nodes -A -o yaml` (one `kind: List`),
// or multi-document YAML of objects and lists. Read and validated once at start-up; a bad file
// stops start-up with the file, the document and the field. Kinds the bot does not read
// (Secrets included) are skipped without being kept.

import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { loadAll, YAMLException } from 'js-yaml';
import { ConfigError } from '../config.js';
import { ObjectShapeError, toPlain } from './schema.js';
import { RESOURCES, RESOURCE_KINDS, type ClusterSource, type ListResult, type ObjectOf, type ResourceKind, type Where } from './source.js';

/** Largest dump we read: far beyond a 10,000-Service cluster's `kubectl get -o yaml`. */
export const MAX_DUMP_BYTES = 256 * 1024 * 1024;

/** Kind and apiVersion of each object the bot reads. */
const KINDS: Record<string, { kind: ResourceKind; apiVersion: string }> = {
  Service: { kind: 'services', apiVersion: 'v1' },
  EndpointSlice: { kind: 'endpointslices', apiVersion: 'discovery.k8s.io/v1' },
  Ingress: { kind: 'ingresses', apiVersion: 'networking.k8s.io/v1' },
  IngressClass: { kind: 'ingressclasses', apiVersion: 'networking.k8s.io/v1' },
  Pod: { kind: 'pods', apiVersion: 'v1' },
  Node: { kind: 'nodes', apiVersion: 'v1' },
};

export type DumpContents = { [K in ResourceKind]?: ObjectOf[K][] };

export interface ParsedDump {
  objects: DumpContents;
  /** Objects skipped, by `Kind apiVersion`, for the start-up log. */
  skipped: Record<string, number>;
}

/** Parses a dump's text; throws ConfigError naming `shown`, the document and the field. */
export function parseClusterDump(text: string, shown: string): ParsedDump {
  let documents: unknown[];
  try {
    documents = loadAll(text, { filename: shown });
  } catch (error) {
    if (error instanceof YAMLException) {
      const at = error.mark ? `:${error.mark.line + 1}:${error.mark.column + 1}` : '';
      throw new ConfigError(`${shown}${at}: ${error.reason}`);
    }
    throw new ConfigError(`${shown}: is not YAML`);
  }
  const objects: DumpContents = {};
  const skipped: Record<string, number> = {};
  const add = <K extends ResourceKind>(kind: K, object: ObjectOf[K]) => {
    const list = (objects[kind] ??= []) as ObjectOf[K][];
    list.push(object);
  };

  documents.forEach((document, d) => {
    if (document === null || document === undefined) return;
    const where = `document ${d + 1}`;
    if (typeof document !== 'object' || Array.isArray(document)) {
      throw new ConfigError(`${shown}: ${where}: must be a Kubernetes object or List (from kubectl get -o yaml)`);
    }
    const doc = document as { kind?: unknown; items?: unknown };
    const isList = typeof doc.kind === 'string' && doc.kind.endsWith('List') && Array.isArray(doc.items);
    const items = isList ? (doc.items as unknown[]) : [document];
    // Items of a typed list (ServiceList) may leave out their kind.
    const itemKind = isList && doc.kind !== 'List' ? (doc.kind as string).slice(0, -'List'.length) : undefined;
    items.forEach((item, i) => {
      const at = isList ? `${where}, item ${i + 1}` : where;
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        throw new ConfigError(`${shown}: ${at}: must be a Kubernetes object`);
      }
      const raw = item as { kind?: unknown; apiVersion?: unknown };
      const kindName = typeof raw.kind === 'string' ? raw.kind : itemKind;
      if (kindName === undefined) throw new ConfigError(`${shown}: ${at}: has no kind`);
      const apiVersion = typeof raw.apiVersion === 'string' ? raw.apiVersion : undefined;
      const known = KINDS[kindName];
      if (!known || (apiVersion !== undefined && apiVersion !== known.apiVersion)) {
        const key = `${kindName} ${apiVersion ?? ''}`.trim();
        skipped[key] = (skipped[key] ?? 0) + 1;
        return;
      }
      try {
        add(known.kind, toPlain(known.kind, item));
      } catch (error) {
        if (error instanceof ObjectShapeError) throw new ConfigError(`${shown}: ${at} (${kindName} ${error.message})`);
        throw error;
      }
    });
  });
  return { objects, skipped };
}

/** A source over parsed dump contents. */
export function dumpSource(contents: DumpContents, name: string): ClusterSource {
  return {
    kind: 'dump',
    describe: () => `the dump file ${name}`,
    async list<K extends ResourceKind>(kind: K, where: Where): Promise<ListResult<K>> {
      const all = contents[kind] as ObjectOf[K][] | undefined;
      if (all === undefined) {
        return {
          ok: false,
          problem: {
            reason: 'not-in-dump',
            message: `The dump file ${name} has no ${RESOURCES[kind].label}; add \`${kind}\` to the \`kubectl get\` command that made it.`,
          },
        };
      }
      if (!RESOURCES[kind].namespaced || !('namespace' in where)) return { ok: true, items: all };
      return { ok: true, items: all.filter((o) => (o as { namespace: string }).namespace === where.namespace) };
    },
  };
}

/** Reads and validates `--cluster-dump <file>`. */
export function loadClusterDump(path: string, shown = path): ClusterSource & { skipped: Record<string, number> } {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_DUMP_BYTES) throw new ConfigError(`${shown}: is ${Math.round(size / 1048576)} MB; the largest dump read is ${MAX_DUMP_BYTES / 1048576} MB`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${shown}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'unreadable'})`}`);
  }
  const parsed = parseClusterDump(text, shown);
  if (RESOURCE_KINDS.every((k) => parsed.objects[k] === undefined)) {
    throw new ConfigError(
      `${shown}: holds no Services, EndpointSlices, Ingresses, IngressClasses, Pods or Nodes; make it with \`kubectl get svc,endpointslices,ingress,ingressclass,pods,nodes -A -o yaml\``,
    );
  }
  return { ...dumpSource(parsed.objects, basename(shown)), skipped: parsed.skipped };
}
