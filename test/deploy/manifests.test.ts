// deploy/ is what a team applies to its cluster: least privilege, hardened, probing the routes the
// code really serves, and safe to scale: the web Deployment (Slack HTTP mode, `kubectl apply -k
// deploy/`) runs several replicas behind a Service; the worker (Socket Mode and Discord, `kubectl
// apply -k deploy/worker/`) runs one, replaced by Recreate, so no Discord message is answered twice.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCES } from '../../src/cluster/source.js';
import { EnvSchema } from '../../src/config.js';
import { createMetrics } from '../../src/http/metrics.js';
import { HEALTH_PATH, READY_PATH, serviceRoutes } from '../../src/http/routes.js';
import { DRAIN_MS } from '../../src/lifecycle.js';
import { parseCli } from '../../src/main.js';

const deployDir = new URL('../../deploy/', import.meta.url).pathname;
const workerDir = join(deployDir, 'worker');

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [key: string]: unknown;
}

/** The objects a kustomization lists, following nested kustomizations (as `kubectl kustomize` would, without its transformers). */
function manifests(dir: string): K8sObject[] {
  const kustomization = loadAll(readFileSync(join(dir, 'kustomization.yaml'), 'utf8'))[0] as { resources: string[] };
  return kustomization.resources.flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? manifests(path) : (loadAll(readFileSync(path, 'utf8')) as K8sObject[]);
  });
}

const web = manifests(deployDir);
const worker = manifests(workerDir);
const byKind = (objects: K8sObject[], kind: string) => objects.filter((o) => o.kind === kind);

interface Probe {
  httpGet: { path: string; port: string };
}
interface Deployment {
  metadata: { name: string };
  spec: {
    replicas: number;
    strategy?: { type: string };
    selector: { matchLabels: Record<string, string> };
    template: {
      metadata: { labels: Record<string, string> };
      spec: {
        serviceAccountName: string;
        terminationGracePeriodSeconds: number;
        securityContext: Record<string, unknown>;
        containers: {
          args: string[];
          env: { name: string; value: string }[];
          securityContext: Record<string, unknown>;
          resources: { requests?: Record<string, string>; limits?: Record<string, string> };
          lifecycle?: { preStop?: { exec: { command: string[] } } };
          livenessProbe: Probe;
          readinessProbe: Probe;
          startupProbe?: Probe;
          ports: { name: string; containerPort: number }[];
        }[];
      };
    };
  };
}
const deploymentOf = (objects: K8sObject[]) => byKind(objects, 'Deployment')[0] as unknown as Deployment;
const selects = (selector: Record<string, string>, labels: Record<string, string>) => Object.entries(selector).every(([k, v]) => labels[k] === v);

describe('RBAC', () => {
  for (const [name, objects] of [['deploy/', web], ['deploy/worker/', worker]] as const) {
    it(`${name} grants exactly get and list on the resources the bot reads, and nothing else`, () => {
      const roles = [...byKind(objects, 'ClusterRole'), ...byKind(objects, 'Role')];
      expect(roles).toHaveLength(1);
      const rules = (roles[0] as unknown as { rules: { apiGroups: string[]; resources: string[]; verbs: string[] }[] }).rules;
      const granted = rules.flatMap((r) => r.apiGroups.flatMap((g) => r.resources.map((res) => `${g || 'core'}/${res}:${[...r.verbs].sort().join(',')}`)));
      expect(granted.sort()).toEqual(
        [
          'core/nodes:get,list',
          'core/pods:get,list',
          'core/services:get,list',
          'discovery.k8s.io/endpointslices:get,list',
          'networking.k8s.io/ingressclasses:get,list',
          'networking.k8s.io/ingresses:get,list',
        ].sort(),
      );
      // …which are the kinds the cluster source reads, named as RBAC names them.
      const read = Object.values(RESOURCES).map((r) => {
        const [resource, ...group] = r.rbacName.split('.');
        return `${group.join('.') || 'core'}/${resource}`;
      });
      expect(granted.map((g) => g.split(':')[0]).sort()).toEqual(read.sort());
      for (const rule of rules) {
        expect([...rule.apiGroups, ...rule.resources, ...rule.verbs]).not.toContain('*');
        expect(rule.resources).not.toContain('secrets');
        expect(rule).not.toHaveProperty('nonResourceURLs');
      }
    });
  }

  it('binds the role to the bot service account only', () => {
    const [binding] = [...byKind(web, 'ClusterRoleBinding'), ...byKind(web, 'RoleBinding')] as unknown as {
      roleRef: { name: string };
      subjects: { kind: string; name: string; namespace: string }[];
    }[];
    expect(binding?.subjects).toEqual([{ kind: 'ServiceAccount', name: 'kube-concierge', namespace: 'kube-concierge' }]);
    expect(binding?.roleRef.name).toBe(byKind(web, 'ClusterRole')[0]?.metadata.name);
  });
});

describe('both Deployments', () => {
  const routes = serviceRoutes(createMetrics()).map((r) => r.path);

  for (const [name, objects] of [['web', web], ['worker', worker]] as const) {
    const deployment = deploymentOf(objects);
    const pod = deployment.spec.template.spec;
    const container = pod.containers[0];

    it(`${name}: runs as non-root with a read-only root filesystem and no privilege escalation, as the bot's service account`, () => {
      expect(pod.containers).toHaveLength(1);
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true });
      expect(container?.securityContext).toMatchObject({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
      expect(pod.serviceAccountName).toBe('kube-concierge');
    });

    it(`${name}: sets resource requests and limits`, () => {
      expect(container?.resources.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
      expect(container?.resources.limits).toMatchObject({ memory: expect.any(String) });
    });

    it(`${name}: probes routes the code serves (/healthz for liveness, /readyz for readiness) on the port it listens on`, () => {
      const probes = [container?.livenessProbe, container?.readinessProbe, container?.startupProbe].filter((p): p is Probe => p !== undefined);
      for (const probe of probes) expect(routes).toContain(probe.httpGet.path);
      expect(container?.livenessProbe.httpGet.path).toBe(HEALTH_PATH);
      expect(container?.readinessProbe.httpGet.path).toBe(READY_PATH);
      const port = container?.ports.find((p) => p.name === container.livenessProbe.httpGet.port);
      expect(String(port?.containerPort)).toBe(container?.env.find((e) => e.name === 'PORT')?.value);
    });

    it(`${name}: runs --serve ${name}, and leaves time to finish the answers in flight`, () => {
      expect(parseCli(container?.args ?? []).serve).toBe(name);
      const preStop = Number(container?.lifecycle?.preStop?.exec.command[1] ?? 0);
      expect(preStop + DRAIN_MS / 1000).toBeLessThan(pod.terminationGracePeriodSeconds);
      expect(selects(deployment.spec.selector.matchLabels, deployment.spec.template.metadata.labels)).toBe(true);
    });
  }

  it('are told apart: the Service and the budget select web pods only', () => {
    const workerPods = deploymentOf(worker).spec.template.metadata.labels;
    const webPods = deploymentOf(web).spec.template.metadata.labels;
    for (const selector of [
      (byKind(web, 'Service')[0] as unknown as { spec: { selector: Record<string, string> } }).spec.selector,
      (byKind(web, 'PodDisruptionBudget')[0] as unknown as { spec: { selector: { matchLabels: Record<string, string> } } }).spec.selector.matchLabels,
      deploymentOf(web).spec.selector.matchLabels,
    ]) {
      expect(selects(selector, webPods)).toBe(true);
      expect(selects(selector, workerPods)).toBe(false);
    }
    expect(selects(deploymentOf(worker).spec.selector.matchLabels, webPods)).toBe(false);
    expect(deploymentOf(web).metadata.name).not.toBe(deploymentOf(worker).metadata.name);
  });
});

describe('scaling out', () => {
  it('web (Slack HTTP mode) runs two or more replicas behind a Service, with a PodDisruptionBudget', () => {
    expect(deploymentOf(web).spec.replicas).toBeGreaterThanOrEqual(2);
    expect(byKind(web, 'Service')).toHaveLength(1);
    expect(byKind(web, 'PodDisruptionBudget')).toHaveLength(1);
  });

  it('the worker (Socket Mode, Discord) runs one replica, never two at once, and nothing routes to it', () => {
    const deployment = deploymentOf(worker);
    expect(deployment.spec.replicas).toBe(1);
    expect(deployment.spec.strategy).toEqual({ type: 'Recreate' });
    expect(byKind(worker, 'Service')).toEqual([]);
    // A budget of one on a single replica would block every node drain.
    expect(byKind(worker, 'PodDisruptionBudget')).toEqual([]);
  });
});

describe('the Secret', () => {
  it('has the shape the bot reads, keys from the fixed environment names only, and no values', () => {
    const [secret] = loadAll(readFileSync(join(deployDir, 'secret.example.yaml'), 'utf8')) as { stringData: Record<string, string> }[];
    const known = Object.keys(EnvSchema.shape);
    for (const [key, value] of Object.entries(secret?.stringData ?? {})) {
      expect(known).toContain(key);
      expect(value).toBe('');
    }
    expect(JSON.stringify([web, worker])).not.toContain('kind":"Secret');
  });
});

// `kubectl apply --dry-run=client` still asks the API server for discovery; a tiny loopback
// server answers it, so the check runs without a cluster wherever kubectl is installed.
const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;

describe.runIf(kubectl)('kubectl apply -k deploy/ --dry-run=client', () => {
  let server: Server;
  let kubeconfig: string;
  const resources: Record<string, { name: string; kind: string; namespaced: boolean }[]> = {
    v1: [
      { name: 'namespaces', kind: 'Namespace', namespaced: false },
      { name: 'serviceaccounts', kind: 'ServiceAccount', namespaced: true },
      { name: 'services', kind: 'Service', namespaced: true },
      { name: 'configmaps', kind: 'ConfigMap', namespaced: true },
      { name: 'secrets', kind: 'Secret', namespaced: true },
    ],
    'apps/v1': [{ name: 'deployments', kind: 'Deployment', namespaced: true }],
    'rbac.authorization.k8s.io/v1': [
      { name: 'clusterroles', kind: 'ClusterRole', namespaced: false },
      { name: 'clusterrolebindings', kind: 'ClusterRoleBinding', namespaced: false },
      { name: 'roles', kind: 'Role', namespaced: true },
      { name: 'rolebindings', kind: 'RoleBinding', namespaced: true },
    ],
    'policy/v1': [{ name: 'poddisruptionbudgets', kind: 'PodDisruptionBudget', namespaced: true }],
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (url.pathname === '/api') return send(200, { kind: 'APIVersions', versions: ['v1'] });
      if (url.pathname === '/apis') {
        const groups = Object.keys(resources)
          .filter((gv) => gv.includes('/'))
          .map((gv) => {
            const [group, version] = gv.split('/');
            return { name: group, versions: [{ groupVersion: gv, version }], preferredVersion: { groupVersion: gv, version } };
          });
        return send(200, { kind: 'APIGroupList', apiVersion: 'v1', groups });
      }
      const gv = url.pathname === '/api/v1' ? 'v1' : url.pathname.replace(/^\/apis\//, '');
      const list = resources[gv];
      if (list) {
        return send(200, {
          kind: 'APIResourceList',
          groupVersion: gv,
          resources: list.map((r) => ({ ...r, singularName: '', verbs: ['get', 'list', 'create', 'patch'] })),
        });
      }
      // Every object is new to this "cluster".
      return send(404, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404 });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    kubeconfig = join(mkdtempSync(join(tmpdir(), 'kc-deploy-')), 'config');
    writeFileSync(
      kubeconfig,
      `apiVersion: v1
kind: Config
clusters: [{ name: fake, cluster: { server: "http://127.0.0.1:${port}" } }]
users: [{ name: fake, user: { token: fake } }]
contexts: [{ name: fake, context: { cluster: fake, user: fake } }]
current-context: fake
`,
    );
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const dryRun = async (dir: string) => {
    // Asynchronously, so that the fake API server in this process can answer kubectl.
    const result = await promisify(execFile)('kubectl', ['apply', '-k', dir, '--dry-run=client', '--validate=false'], {
      encoding: 'utf8',
      env: { ...process.env, KUBECONFIG: kubeconfig, HOME: tmpdir() },
      timeout: 30_000,
    });
    expect(result.stderr).toBe('');
    return result.stdout;
  };
  const created = (kind: string) => new RegExp(`^${kind}[./].* created \\(dry run\\)$`, 'm');

  it('deploy/ (web): accepts every object', async () => {
    const stdout = await dryRun(deployDir);
    for (const kind of ['namespace', 'serviceaccount', 'clusterrole', 'clusterrolebinding', 'deployment', 'service', 'poddisruptionbudget', 'configmap']) {
      expect(stdout).toMatch(created(kind));
    }
  });

  it('deploy/worker/: accepts every object, and has no Service or budget', async () => {
    const stdout = await dryRun(workerDir);
    for (const kind of ['namespace', 'serviceaccount', 'clusterrole', 'clusterrolebinding', 'deployment', 'configmap']) {
      expect(stdout).toMatch(created(kind));
    }
    expect(stdout).toContain('deployment.apps/kube-concierge-worker created (dry run)');
    expect(stdout).not.toMatch(/^(service|poddisruptionbudget)[./]/m);
  });
});
