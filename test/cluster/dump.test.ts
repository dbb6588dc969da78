// The dump-file source: what `kubectl get … -o yaml` prints, as one List or several documents.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClusterDump, parseClusterDump } from '../../src/cluster/dump.js';
import { createLiveSource } from '../../src/cluster/live.js';
import { readSnapshot } from '../../src/cluster/snapshot.js';
import { RESOURCE_KINDS } from '../../src/cluster/source.js';
import { ConfigError } from '../../src/config.js';
import { CLUSTER_FIXTURE, loadFixture } from '../fakes/cluster-fixture.js';
import { startFakeKubeApi } from '../fakes/kube-api.js';

function file(text: string, name = 'dump.yaml'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'kc-dump-')), name);
  writeFileSync(path, text);
  return path;
}

function configError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('cluster dump', () => {
  it('reads a kubectl List and skips the kinds the bot does not read, Secrets included', async () => {
    const source = loadClusterDump(CLUSTER_FIXTURE, 'cluster.yaml');
    expect(source.skipped).toEqual({ 'Secret v1': 1 });
    expect(source.describe()).toBe('the dump file cluster.yaml');
    const shop = await source.list('services', { namespace: 'shop' });
    expect(shop.ok && shop.items.map((s) => s.name)).toEqual(['web', 'cart', 'storefront', 'db', 'ext-payments']);
    const everything = await source.list('services', { allNamespaces: true });
    expect(everything.ok && everything.items.length).toBe(17);
    expect(JSON.stringify(await Promise.all(RESOURCE_KINDS.map((k) => source.list(k, { allNamespaces: true }))))).not.toMatch(/hunter2|c2VjcmV0|shop-tls/);
  });

  it('gives the same snapshot as the live API serving the same objects', async () => {
    const api = await startFakeKubeApi(loadFixture());
    try {
      const live = createLiveSource({ kubeconfig: api.kubeconfig(), home: mkdtempSync(join(tmpdir(), 'kc-')) });
      const dump = loadClusterDump(CLUSTER_FIXTURE);
      const now = new Date('2026-11-26T12:00:00Z');
      const target = { all: false as const, namespaces: ['shop', 'payments'] };
      const fromLive = await readSnapshot(live!, target, RESOURCE_KINDS, now);
      const fromDump = await readSnapshot(dump, target, RESOURCE_KINDS, now);
      const sortByName = <T extends { name: string }>(items: T[]) => [...items].sort((a, b) => a.name.localeCompare(b.name));
      for (const kind of RESOURCE_KINDS) {
        expect(sortByName(fromLive[kind].items as { name: string }[]), kind).toEqual(sortByName(fromDump[kind].items as { name: string }[]));
      }
    } finally {
      await api.close();
    }
  });

  it('reads multi-document YAML mixing objects and typed lists whose items leave out their kind', async () => {
    const text = [
      'apiVersion: v1\nkind: Service\nmetadata: { name: a, namespace: x }\nspec: { type: NodePort, ports: [{ port: 80, nodePort: 30001 }], selector: { app: a } }',
      'apiVersion: v1\nkind: ServiceList\nitems:\n- metadata: { name: b, namespace: x }\n  spec: { ports: [{ port: 81 }] }',
      '# a trailing separator and a comment-only document are fine',
      '',
    ].join('\n---\n');
    const { objects } = parseClusterDump(text, 'multi.yaml');
    expect(objects.services?.map((s) => `${s.name} ${s.type} ${s.ports[0]?.port}→${s.ports[0]?.targetPort}`)).toEqual(['a NodePort 80→80', 'b ClusterIP 81→81']);
  });

  it('ignores legacy Ingress versions rather than misreading them', () => {
    const text = 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: { name: old, namespace: x }\nspec: { backend: { serviceName: a, servicePort: 80 } }\n---\napiVersion: v1\nkind: Service\nmetadata: { name: a, namespace: x }\nspec: { ports: [{ port: 80 }] }\n';
    const parsed = parseClusterDump(text, 'old.yaml');
    expect(parsed.objects.ingresses).toBeUndefined();
    expect(parsed.skipped).toEqual({ 'Ingress extensions/v1beta1': 1 });
  });

  it('says which kinds the dump lacks instead of reporting them empty', async () => {
    const source = loadClusterDump(file('apiVersion: v1\nkind: Service\nmetadata: { name: a, namespace: x }\nspec: { ports: [{ port: 80 }] }\n'));
    const pods = await source.list('pods', { namespace: 'x' });
    expect(pods).toEqual({
      ok: false,
      problem: { reason: 'not-in-dump', message: 'The dump file dump.yaml has no Pods; add `pods` to the `kubectl get` command that made it.' },
    });
  });

  it('stops start-up with the file, position and problem for broken YAML', () => {
    const path = file('apiVersion: v1\nkind: List\nitems:\n- kind: Service\n  metadata:\n name: x\n');
    expect(configError(() => loadClusterDump(path, 'broken.yaml'))).toMatch(/^broken\.yaml:\d+:\d+: /);
  });

  it('names the document, the object and the field of an invalid object', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: { name: ok, namespace: x }\n  spec: { ports: [{ port: 80 }] }\n- apiVersion: v1\n  kind: Service\n  metadata: { name: bad, namespace: x }\n  spec: { ports: [{ port: eighty }] }\n';
    expect(configError(() => parseClusterDump(text, 'svc.yaml'))).toBe('svc.yaml: document 1, item 2 (Service "bad": spec.ports.0.port: Invalid input: expected number, received string)');
  });

  it('refuses a missing file, a scalar document and a dump with nothing the bot reads', () => {
    expect(configError(() => loadClusterDump(join(tmpdir(), 'no-such-dump.yaml'), 'no-such-dump.yaml'))).toBe('no-such-dump.yaml: no such file');
    expect(configError(() => parseClusterDump('just a string\n', 's.yaml'))).toBe('s.yaml: document 1: must be a Kubernetes object or List (from kubectl get -o yaml)');
    const secretsOnly = file('apiVersion: v1\nkind: Secret\nmetadata: { name: s, namespace: x }\ndata: { k: dg== }\n');
    expect(configError(() => loadClusterDump(secretsOnly, 'secrets.yaml'))).toContain('secrets.yaml: holds no Services, EndpointSlices, Ingresses, IngressClasses, Pods or Nodes');
  });
});
