// deploy/ is what a team applies to its cluster: least privilege, hardened, and probing the
// routes the code really serves.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const deployDir = new URL('../../deploy/', import.meta.url).pathname;

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  [key: string]: unknown;
}

function manifests(): K8sObject[] {
  const kustomization = loadAll(readFileSync(join(deployDir, 'kustomization.yaml'), 'utf8'))[0] as { resources: string[] };
  return kustomization.resources.flatMap((file) => loadAll(readFileSync(join(deployDir, file), 'utf8')) as K8sObject[]);
}

const byKind = (kind: string) => manifests().filter((o) => o.kind === kind);

describe('RBAC', () => {
  it('grants exactly get/list/watch on the resources the bot reads, and nothing else', () => {
    const roles = [...byKind('ClusterRole'), ...byKind('Role')];
    expect(roles).toHaveLength(1);
    const rules = (roles[0] as unknown as { rules: { apiGroups: string[]; resources: string[]; verbs: string[] }[] }).rules;
    const granted = rules.flatMap((r) => r.apiGroups.flatMap((g) => r.resources.map((res) => `${g || 'core'}/${res}:${[...r.verbs].sort().join(',')}`)));
    expect(granted.sort()).toEqual(
      [
        'core/nodes:get,list,watch',
        'core/pods:get,list,watch',
        'core/services:get,list,watch',
        'discovery.k8s.io/endpointslices:get,list,watch',
        'networking.k8s.io/ingressclasses:get,list,watch',
        'networking.k8s.io/ingresses:get,list,watch',
      ].sort(),
    );
    for (const rule of rules) {
      expect([...rule.apiGroups, ...rule.resources, ...rule.verbs]).not.toContain('*');
      expect(rule.resources).not.toContain('secrets');
      expect(rule).not.toHaveProperty('nonResourceURLs');
    }
  });

  it('binds the role to the bot service account only', () => {
    const [binding] = [...byKind('ClusterRoleBinding'), ...byKind('RoleBinding')] as unknown as {
      roleRef: { name: string };
      subjects: { kind: string; name: string; namespace: string }[];
    }[];
    expect(binding?.subjects).toEqual([{ kind: 'ServiceAccount', name: 'kube-concierge', namespace: 'kube-concierge' }]);
    expect(binding?.roleRef.name).toBe(byKind('ClusterRole')[0]?.metadata.name);
  });
});

describe('Deployment', () => {
  const deployment = byKind('Deployment')[0] as unknown as {
    spec: {
      replicas: number;
      template: {
        spec: {
          serviceAccountName: string;
          securityContext: Record<string, unknown>;
          containers: {
            securityContext: Record<string, unknown>;
            resources: { requests?: Record<string, string>; limits?: Record<string, string> };
            livenessProbe: { httpGet: { path: string; port: string } };
            readinessProbe: { httpGet: { path: string; port: string } };
            ports: { name: string; containerPort: number }[];
          }[];
        };
      };
    };
  };
  const pod = deployment.spec.template.spec;
  const container = pod.containers[0];

  it('runs as non-root with a read-only root filesystem and no privilege escalation', () => {
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true });
    expect(container?.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(pod.serviceAccountName).toBe('kube-concierge');
  });

  it('sets resource requests and limits', () => {
    expect(container?.resources.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
    expect(container?.resources.limits).toMatchObject({ memory: expect.any(String) });
  });

  it('runs two or more replicas with a PodDisruptionBudget', () => {
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
    expect(byKind('PodDisruptionBudget')).toHaveLength(1);
  });

  it('probes /healthz and /readyz on the port it listens on', () => {
    expect(container?.livenessProbe.httpGet.path).toBe('/healthz');
    expect(container?.readinessProbe.httpGet.path).toBe('/readyz');
    expect(container?.ports.map((p) => p.name)).toContain(container?.livenessProbe.httpGet.port);
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

  it('accepts every object', async () => {
    // Asynchronously, so that the fake API server in this process can answer kubectl.
    const result = await promisify(execFile)('kubectl', ['apply', '-k', deployDir, '--dry-run=client', '--validate=false'], {
      encoding: 'utf8',
      env: { ...process.env, KUBECONFIG: kubeconfig, HOME: tmpdir() },
      timeout: 30_000,
    });
    expect(result.stderr).toBe('');
    for (const kind of ['namespace', 'serviceaccount', 'clusterrole', 'clusterrolebinding', 'deployment', 'service', 'poddisruptionbudget', 'configmap']) {
      expect(result.stdout).toMatch(new RegExp(`^${kind}[./].* created \\(dry run\\)$`, 'm'));
    }
  });
});
