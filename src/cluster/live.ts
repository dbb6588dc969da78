// The live cluster source: the Kubernetes API through @kubernetes/client-node 1.4.0.
//
// - client-node takes most of a second to import, so it is imported on the first read, never at
//   start-up (the shell's cold start stays small).
// - Where the cluster is: KUBECONFIG (from the validated config, `.env` included), else
//   ~/.kube/config, else the in-cluster service account; with none of them, no cluster. This is
//   loadFromDefault's order, done explicitly because loadFromDefault silently falls back to
//   http://localhost:8080 when it finds nothing (PLATFORM-FACTS §3), which would turn "no
//   cluster configured" into a confusing "connection refused".
// - Requests go through client-node's own machinery: KubeConfig.applySecurityAuthentication
//   (tokens, client certificates, exec/OIDC providers, CA and TLS options), its RequestContext
//   and its HTTP library. The list JSON is then checked by our zod schemas instead of client-node's
//   model deserializer, which would build class instances we throw away (measured here: 0.9 s
//   instead of 1.6 s for 10,000 Services and their EndpointSlices).
// - Every request carries an AbortSignal timeout (client-node has none by default; this is the
//   signal PLATFORM-FACTS §3's middleware sets), lists are paged with limit/continue, and every
//   failure becomes one sentence: no response headers, bodies or stacks.

import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import type * as K8s from '@kubernetes/client-node';
import { z } from 'zod';
import type { Logger } from '../log.js';
import { ObjectShapeError, toPlain } from './schema.js';
import {
  RESOURCES,
  type ClusterSource,
  type ListResult,
  type ObjectOf,
  type ProblemReason,
  type ReadProblem,
  type ResourceKind,
  type Where,
} from './source.js';

/** Longest a single API request may take before the bot gives up and says so. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 5000;
/** Objects per list request; kubectl's default chunk size. */
export const DEFAULT_PAGE_SIZE = 500;
/** Pages per list before we stop (200,000 objects at the default size). */
export const MAX_PAGES = 400;

/** How long a read's outcome answers /readyz before the next readiness check probes the API again. */
export const PROBE_FRESH_MS = 30_000;
/** A readiness probe of the API (one Node) gives up after this long. */
export const PROBE_TIMEOUT_MS = 2000;

/**
 * Failures that mean the API cannot be used at all (as opposed to one namespace being forbidden
 * or one list being odd), so that they, and only they, mark the cluster down for /readyz.
 */
const UNUSABLE: ReadonlySet<ProblemReason> = new Set(['config', 'unreachable', 'timeout', 'tls', 'unauthorized', 'server-error']);

/** Where client-node's in-cluster loader reads the service-account token. */
export const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

export interface LiveOptions {
  /** KUBECONFIG from the validated environment: one or more paths, separated like PATH. */
  kubeconfig?: string | undefined;
  timeoutMs?: number;
  pageSize?: number;
  /** Home directory to look for `.kube/config` in (tests). */
  home?: string;
  /** Prefix before SERVICE_ACCOUNT_DIR, as client-node's loadFromCluster takes it (tests). */
  inClusterRoot?: string;
  log?: Logger;
  /** Called for every failed read (metrics: cluster API errors by reason and resource). */
  onProblem?: (event: { resource: ResourceKind; reason: ProblemReason }) => void;
}

export type ClusterLocation =
  | { kind: 'kubeconfig'; files: string[] }
  | { kind: 'default-file'; file: string }
  | { kind: 'in-cluster' }
  | { kind: 'none' };

/** Where the cluster configuration is, by cheap file checks (no client-node). */
export function locateCluster(options: Pick<LiveOptions, 'kubeconfig' | 'home' | 'inClusterRoot'> = {}): ClusterLocation {
  const files = (options.kubeconfig ?? '').split(delimiter).filter((f) => f.trim() !== '');
  if (files.length > 0) return { kind: 'kubeconfig', files };
  const file = join(options.home ?? homedir(), '.kube', 'config');
  if (existsSync(file)) return { kind: 'default-file', file };
  if (existsSync(`${options.inClusterRoot ?? ''}${SERVICE_ACCOUNT_DIR}/token`)) return { kind: 'in-cluster' };
  return { kind: 'none' };
}

type ClientNode = typeof K8s;

interface Client {
  k8s: ClientNode;
  kc: K8s.KubeConfig;
  http: K8s.IsomorphicFetchHttpLibrary;
  /** The API server URL as configured, without a trailing slash. */
  base: string;
  /** The API server URL without credentials, for messages. */
  server: string;
}

/** The API path listing each kind, in a namespace or across all of them. */
const PATHS: Record<ResourceKind, (namespace: string | null) => string> = {
  services: (ns) => (ns ? `/api/v1/namespaces/${encodeURIComponent(ns)}/services` : '/api/v1/services'),
  endpointslices: (ns) =>
    ns ? `/apis/discovery.k8s.io/v1/namespaces/${encodeURIComponent(ns)}/endpointslices` : '/apis/discovery.k8s.io/v1/endpointslices',
  ingresses: (ns) => (ns ? `/apis/networking.k8s.io/v1/namespaces/${encodeURIComponent(ns)}/ingresses` : '/apis/networking.k8s.io/v1/ingresses'),
  ingressclasses: () => '/apis/networking.k8s.io/v1/ingressclasses',
  pods: (ns) => (ns ? `/api/v1/namespaces/${encodeURIComponent(ns)}/pods` : '/api/v1/pods'),
  nodes: () => '/api/v1/nodes',
};

/** A Kubernetes list response: the items (checked one by one later) and the continue token. */
const listEnvelope = z.object({
  items: z.array(z.unknown()).nullish(),
  metadata: z.object({ continue: z.string().nullish() }).nullish(),
});

/** A non-2xx answer from the API server. */
export class ApiStatusError extends Error {
  override name = 'ApiStatusError';
  constructor(readonly code: number) {
    super(`API server answered ${code}`);
  }
}

/** The oldest Kubernetes release that serves each kind at the version we call. */
const API_VERSION: Record<ResourceKind, string> = {
  services: 'v1',
  endpointslices: 'discovery.k8s.io/v1 (Kubernetes 1.21+)',
  ingresses: 'networking.k8s.io/v1 (Kubernetes 1.19+)',
  ingressclasses: 'networking.k8s.io/v1 (Kubernetes 1.19+)',
  pods: 'v1',
  nodes: 'v1',
};

/** A server URL fit for a message: no user name or password. */
export function displayServer(server: string): string {
  try {
    const url = new URL(server);
    url.username = '';
    url.password = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return 'the configured server';
  }
}

const problem = (reason: ProblemReason, message: string): ReadProblem => ({ reason, message });

/** The live source, or null when no cluster configuration exists at all. */
export function createLiveSource(options: LiveOptions = {}): ClusterSource | null {
  const location = locateCluster(options);
  if (location.kind === 'none') return null;
  const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  let client: Client | null = null;
  let connecting: Promise<Client | ReadProblem> | null = null;
  let serverForMessages = location.kind === 'in-cluster' ? 'the in-cluster API server' : 'the cluster in the kubeconfig';

  /** One client for all the parallel reads of a command; a failure is retried on the next read. */
  function connect(): Promise<Client | ReadProblem> {
    if (client) return Promise.resolve(client);
    connecting ??= loadClient().finally(() => {
      connecting = null;
    });
    return connecting;
  }

  async function loadClient(): Promise<Client | ReadProblem> {
    const k8s: ClientNode = await import('@kubernetes/client-node');
    const kc = new k8s.KubeConfig();
    if (location.kind === 'kubeconfig') {
      const missing = location.files.filter((f) => !existsSync(f));
      if (missing.length === location.files.length) {
        return problem('config', `KUBECONFIG names ${missing.map((f) => `\`${f}\``).join(', ')}, which does not exist.`);
      }
      try {
        const [first, ...rest] = location.files.filter((f) => existsSync(f)) as [string, ...string[]];
        kc.loadFromFile(first);
        for (const file of rest) {
          const more = new k8s.KubeConfig();
          more.loadFromFile(file);
          kc.mergeConfig(more);
        }
      } catch {
        // The loader's message may quote the file, tokens included: never pass it on.
        return problem('config', `The kubeconfig in KUBECONFIG (\`${location.files.join(delimiter)}\`) is not a valid kubeconfig file.`);
      }
    } else if (location.kind === 'default-file') {
      try {
        kc.loadFromFile(location.file);
      } catch {
        return problem('config', `The kubeconfig \`${location.file}\` is not a valid kubeconfig file.`);
      }
    } else {
      try {
        kc.loadFromCluster(options.inClusterRoot);
      } catch {
        return problem('config', 'The in-cluster service account could not be loaded (its token and ca.crt, and KUBERNETES_SERVICE_HOST, are needed).');
      }
    }
    const cluster = kc.getCurrentCluster();
    if (!cluster) return problem('config', 'The kubeconfig has no current context with a cluster; run `kubectl config use-context <name>`.');
    if (cluster.server.startsWith('http://') && !cluster.skipTLSVerify) {
      // client-node refuses plain HTTP unless TLS verification is explicitly off.
      return problem('config', `The kubeconfig points at a plain http:// server (${displayServer(cluster.server)}); client-node allows that only with \`insecure-skip-tls-verify: true\`.`);
    }
    serverForMessages = displayServer(cluster.server);
    client = { k8s, kc, http: new k8s.IsomorphicFetchHttpLibrary(), base: cluster.server.replace(/\/+$/, ''), server: serverForMessages };
    return client;
  }

  /** One page of a list: authenticated by the kubeconfig, abandoned after `ms`. */
  async function fetchPage(c: Client, path: string, token: string | undefined, limit = pageSize, ms = timeoutMs): Promise<z.infer<typeof listEnvelope>> {
    const url = new URL(c.base + path);
    url.searchParams.set('limit', String(limit));
    if (token !== undefined) url.searchParams.set('continue', token);
    const request = new c.k8s.RequestContext(url.toString(), c.k8s.HttpMethod.GET);
    request.setHeaderParam('Accept', 'application/json');
    await c.kc.applySecurityAuthentication(request);
    request.setSignal(AbortSignal.timeout(ms));
    const response = await c.http.send(request).toPromise();
    const text = await response.body.text();
    if (response.httpStatusCode < 200 || response.httpStatusCode > 299) throw new ApiStatusError(response.httpStatusCode);
    const envelope = listEnvelope.safeParse(JSON.parse(text));
    if (!envelope.success) throw new ObjectShapeError('the list itself: it has no items array');
    return envelope.data;
  }

  /** The last outcome that tells whether the API can be used, for probe(). */
  let lastSeen: { at: number; problem: ReadProblem | null } | null = null;
  let probing: Promise<ReadProblem | null> | null = null;

  function noteFailure(resource: ResourceKind, failure: ReadProblem): void {
    options.onProblem?.({ resource, reason: failure.reason });
    if (UNUSABLE.has(failure.reason)) lastSeen = { at: Date.now(), problem: failure };
  }

  async function list<K extends ResourceKind>(kind: K, where: Where): Promise<ListResult<K>> {
    const result = await read(kind, where);
    if (result.ok) lastSeen = { at: Date.now(), problem: null };
    else noteFailure(kind, result.problem);
    return result;
  }

  /** A recent read's verdict, else one Node read with a short timeout; concurrent callers share it. */
  function probe(): Promise<ReadProblem | null> {
    if (lastSeen !== null && Date.now() - lastSeen.at < PROBE_FRESH_MS) return Promise.resolve(lastSeen.problem);
    probing ??= (async (): Promise<ReadProblem | null> => {
      let connected: Client | ReadProblem;
      try {
        connected = await connect();
      } catch {
        connected = problem('config', 'The Kubernetes client could not be set up from the kubeconfig.');
      }
      if (!('k8s' in connected)) return connected;
      try {
        await fetchPage(connected, PATHS.nodes(null), undefined, 1, PROBE_TIMEOUT_MS);
        return null;
      } catch (error) {
        return translateError(error, { kind: 'nodes', namespace: null, server: connected.server, timeoutMs: PROBE_TIMEOUT_MS });
      }
    })()
      .then((found) => {
        if (found !== null) options.onProblem?.({ resource: 'nodes', reason: found.reason });
        if (found !== null && (lastSeen === null || lastSeen.problem === null)) {
          options.log?.warn({ reason: found.reason, detail: found.message }, 'cluster: the API cannot be read');
        }
        lastSeen = { at: Date.now(), problem: found };
        return found;
      })
      .finally(() => {
        probing = null;
      });
    return probing;
  }

  async function read<K extends ResourceKind>(kind: K, where: Where): Promise<ListResult<K>> {
    const namespace = RESOURCES[kind].namespaced && 'namespace' in where ? where.namespace : null;
    let connected: Client | ReadProblem;
    try {
      connected = await connect();
    } catch (error) {
      options.log?.warn({ err: errorSummary(error) }, 'cluster client could not be created');
      return { ok: false, problem: problem('config', 'The Kubernetes client could not be set up from the kubeconfig.') };
    }
    if (!('k8s' in connected)) return { ok: false, problem: connected };
    const c = connected;
    const items: ObjectOf[K][] = [];
    const path = PATHS[kind](namespace);
    let token: string | undefined;
    // The next page is requested as soon as this one's continue token is known, so the server
    // works on it while this page's objects are checked.
    let pending: Promise<z.infer<typeof listEnvelope>> | null = fetchPage(c, path, undefined);
    try {
      for (let pages = 1; pending !== null; pages++) {
        const result: z.infer<typeof listEnvelope> = await pending;
        pending = null;
        const next = result.metadata?.continue ?? undefined;
        if (next !== undefined && next !== '') {
          if (next === token) {
            return { ok: false, problem: problem('server-error', `The API server at ${c.server} repeated the same continue token while listing ${RESOURCES[kind].label}.`) };
          }
          if (pages >= MAX_PAGES) {
            return { ok: false, problem: problem('server-error', `There are more than ${(MAX_PAGES * pageSize).toLocaleString('en-US')} ${RESOURCES[kind].label} to read; narrow the question to one namespace.`) };
          }
          token = next;
          pending = fetchPage(c, path, token);
        }
        for (const raw of result.items ?? []) items.push(toPlain(kind, raw, namespace ?? 'default'));
      }
    } catch (error) {
      // A page still in flight when this one failed is abandoned; its outcome no longer matters.
      pending?.catch(() => undefined);
      const translated = translateError(error, { kind, namespace, server: c.server, timeoutMs });
      options.log?.debug({ kind, namespace, reason: translated.reason, err: errorSummary(error) }, 'cluster read failed');
      return { ok: false, problem: translated };
    }
    return { ok: true, items };
  }

  return {
    kind: 'live',
    describe: () => (client ? `the cluster at ${client.server}` : serverForMessages),
    list,
    probe,
  };
}

/** What to log about an error: its class and code, never its message (headers, bodies). */
function errorSummary(error: unknown): Record<string, unknown> {
  if (typeof error !== 'object' || error === null) return { type: typeof error };
  const e = error as { name?: unknown; code?: unknown; type?: unknown };
  return { name: e.name, code: e.code, type: e.type };
}

const TLS_PROBLEMS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is self-signed and the kubeconfig does not trust it (certificate-authority-data)',
  SELF_SIGNED_CERT_IN_CHAIN: 'its certificate chain ends in a CA the kubeconfig does not trust (certificate-authority-data)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate is not signed by a CA the kubeconfig trusts (certificate-authority-data)',
  UNABLE_TO_GET_ISSUER_CERT: 'its certificate is not signed by a CA the kubeconfig trusts (certificate-authority-data)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its certificate is not signed by a CA the kubeconfig trusts (certificate-authority-data)',
  CERT_HAS_EXPIRED: 'its certificate has expired',
  CERT_NOT_YET_VALID: 'its certificate is not valid yet (check the clocks)',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate does not name this server address',
  EPROTO: 'the server does not speak TLS on that port (is the kubeconfig server https:// where it should be http://, or the wrong port?)',
  ERR_SSL_WRONG_VERSION_NUMBER: 'the server does not speak TLS on that port (is the kubeconfig server https:// where it should be http://, or the wrong port?)',
};

const NETWORK_PROBLEMS: Record<string, string> = {
  ECONNREFUSED: 'connection refused; check that the cluster is running and that the server address in the kubeconfig is right',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be resolved (DNS failure)',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ETIMEDOUT: 'the connection timed out',
  ECONNRESET: 'the server closed the connection',
  EPIPE: 'the server closed the connection',
};

interface ErrorContext {
  kind: ResourceKind;
  namespace: string | null;
  server: string;
  timeoutMs: number;
}

/** One sentence for any failure of a list call. */
export function translateError(error: unknown, ctx: ErrorContext): ReadProblem {
  const { label, rbacName, namespaced } = RESOURCES[ctx.kind];
  const scope = !namespaced ? 'at cluster scope' : ctx.namespace ? `in namespace ${ctx.namespace}` : 'in all namespaces';
  const e = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; code?: unknown; type?: unknown; message?: unknown };

  if (e.name === 'AbortError' || e.type === 'aborted') {
    return problem('timeout', `The Kubernetes API at ${ctx.server} did not answer within ${formatSeconds(ctx.timeoutMs)} while listing ${label}.`);
  }
  if (error instanceof ApiStatusError) {
    const code = error.code;
    if (code === 401) {
      return problem('unauthorized', `The Kubernetes API at ${ctx.server} rejected the bot's credentials (401 Unauthorized): the token or client certificate in its kubeconfig is missing, wrong or expired.`);
    }
    if (code === 403) {
      return problem('forbidden', `Forbidden (403): the bot may not list ${rbacName} ${scope}; grant its account get and list on ${rbacName}.`);
    }
    if (code === 404) {
      return problem('not-found', `The Kubernetes API at ${ctx.server} answered 404 Not Found for ${label} (${API_VERSION[ctx.kind]}): the cluster may be too old or the server URL wrong.`);
    }
    if (code === 410) return problem('gone', `The ${label} list changed while it was read page by page (410 Gone); ask again.`);
    if (code === 429) return problem('server-error', `The Kubernetes API at ${ctx.server} is busy (429 Too Many Requests); ask again in a moment.`);
    if (code >= 500) {
      return problem('server-error', `The Kubernetes API at ${ctx.server} failed with ${code} while listing ${label}; ask again in a moment.`);
    }
    return problem('server-error', `The Kubernetes API at ${ctx.server} answered ${code} while listing ${label}.`);
  }
  if (error instanceof SyntaxError) {
    return problem('malformed', `The Kubernetes API at ${ctx.server} sent a ${label} list that is not valid JSON.`);
  }
  if (error instanceof ObjectShapeError) {
    return problem('malformed', `The Kubernetes API at ${ctx.server} sent ${label} that do not look like Kubernetes objects (${error.message}).`);
  }
  const code = typeof e.code === 'string' ? e.code : '';
  if (TLS_PROBLEMS[code] !== undefined || code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) {
    return problem('tls', `The TLS connection to the Kubernetes API at ${ctx.server} failed: ${TLS_PROBLEMS[code] ?? 'the handshake was refused'}.`);
  }
  if (NETWORK_PROBLEMS[code] !== undefined) {
    return problem('unreachable', `Cannot reach the Kubernetes API at ${ctx.server}: ${NETWORK_PROBLEMS[code]}.`);
  }
  return problem('unreachable', `Reading ${label} from the Kubernetes API at ${ctx.server} failed (${e.name === 'FetchError' ? 'network error' : 'unexpected error'}).`);
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
