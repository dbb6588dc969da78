// Every diagnostic with a failing and a clean fixture, asserting the finding text people read.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, DIAGNOSTICS } from '../../src/cluster/diagnostics/index.js';
import type { Diagnostic, Finding } from '../../src/cluster/diagnostics/types.js';
import { toPlain } from '../../src/cluster/schema.js';
import { ingress, ingressClass, LONG_AGO, node, NOW, pod, rule, slice, snapshotOf, svc, type Objects } from './builders.js';

interface Case {
  failing: { objects: Objects; findings: Pick<Finding, 'severity' | 'problem'>[] }[];
  clean: { objects: Objects; why: string }[];
}

const web = (labels = { app: 'web' }) => pod('web-1', labels);

const CASES: Record<string, Case> = {
  'selector-matches-no-pods': {
    failing: [
      {
        objects: { services: [svc('api', { selector: { app: 'api' }, ports: [{ port: 80, targetPort: 8080 }] })], pods: [pod('api-v2-1', { app: 'api-v2' })] },
        findings: [{ severity: 'error', problem: 'Selector `app=api` matches no running pod in `ns` (closest: pod `api-v2-1` has `app=api-v2`).' }],
      },
      {
        objects: { services: [svc('job', { selector: { app: 'job' }, ports: [{ port: 80 }] })], pods: [pod('job-1', { app: 'job' }, { phase: 'Succeeded', ready: false })] },
        findings: [{ severity: 'error', problem: 'Selector `app=job` matches no running pod in `ns`.' }],
      },
    ],
    clean: [
      { objects: { services: [svc('web', { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'http' }] })], pods: [web()] }, why: 'a pod matches' },
      { objects: { services: [svc('ext', { selector: null, ports: [{ port: 80 }] })] }, why: 'no selector is another check' },
    ],
  },
  'no-ready-pods': {
    failing: [
      {
        objects: { services: [svc('worker', { selector: { app: 'worker' }, ports: [{ port: 80, targetPort: 8080 }] })], pods: [pod('worker-1', { app: 'worker' }, { ready: false })] },
        findings: [{ severity: 'error', problem: 'Selector `app=worker` matches 1 pod, none of them ready: `worker-1` (Running).' }],
      },
    ],
    clean: [
      {
        objects: { services: [svc('web', { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] })], pods: [pod('web-1', { app: 'web' }, { ready: false }), pod('web-2', { app: 'web' })] },
        why: 'one of two is ready',
      },
      {
        objects: { services: [svc('peer', { selector: { app: 'peer' }, publishNotReadyAddresses: true, ports: [{ port: 80, targetPort: 8080 }] })], pods: [pod('peer-1', { app: 'peer' }, { ready: false })] },
        why: 'publishNotReadyAddresses publishes them anyway',
      },
      {
        objects: { services: [svc('db', { clusterIP: 'None', selector: { app: 'db' }, ports: [{ port: 5432 }] })], pods: [pod('db-0', { app: 'db' }, { ready: false })] },
        why: 'a headless Service is the headless check',
      },
    ],
  },
  'target-port-not-exposed': {
    failing: [
      {
        objects: { services: [svc('billing', { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'web' }] })], pods: [web()] },
        findings: [
          {
            severity: 'error',
            problem: 'Port `http` (80/TCP) targets the container port named `web`, which the matched pod does not declare (declared: http 8080/TCP).',
          },
        ],
      },
      {
        objects: { services: [svc('ledger', { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 9090 }] })], pods: [web(), pod('web-2', { app: 'web' })] },
        findings: [{ severity: 'warning', problem: 'Port 80/TCP sends traffic to container port 9090/TCP, but the matched pods declare only http 8080/TCP.' }],
      },
    ],
    clean: [
      { objects: { services: [svc('web', { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'http' }] })], pods: [web()] }, why: 'the named port exists' },
      { objects: { services: [svc('web', { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] })], pods: [web()] }, why: 'the number is declared' },
      {
        objects: { services: [svc('web', { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 9090 }] })], pods: [pod('web-1', { app: 'web' }, { ports: [] })] },
        why: 'pods that declare no ports give no evidence about a numeric targetPort',
      },
    ],
  },
  'no-selector-no-endpoints': {
    failing: [
      {
        objects: { services: [svc('legacy-db', { ports: [{ port: 3306 }] })] },
        findings: [{ severity: 'warning', problem: 'Has no selector and no EndpointSlices.' }],
      },
    ],
    clean: [
      { objects: { services: [svc('legacy-db', { ports: [{ port: 3306 }] })], endpointslices: [slice('legacy-db', [{ ip: '10.1.2.3' }])] }, why: 'its EndpointSlice exists' },
      { objects: { services: [svc('ext', { type: 'ExternalName', clusterIP: null, externalName: 'db.example.com' })] }, why: 'ExternalName needs no endpoints' },
    ],
  },
  'loadbalancer-pending': {
    failing: [
      {
        objects: { services: [svc('checkout', { type: 'LoadBalancer', selector: { app: 'web' }, ports: [{ port: 443, targetPort: 8443, nodePort: 32443 }] })] },
        findings: [
          {
            severity: 'warning',
            problem:
              'Type LoadBalancer, but it has had no external address for 25d. None of the 1 LoadBalancer Service I can see has an address, so the cluster probably has no load-balancer implementation (a cloud controller manager, or MetalLB on bare metal).',
          },
        ],
      },
      {
        objects: {
          services: [
            svc('checkout', { type: 'LoadBalancer', ports: [{ port: 443, nodePort: 32443 }] }),
            svc('gateway', { type: 'LoadBalancer', ports: [{ port: 80, nodePort: 30080 }] }, { status: { loadBalancer: { ingress: [{ ip: '203.0.113.9' }] } } }),
          ],
        },
        findings: [
          {
            severity: 'warning',
            problem: "Type LoadBalancer, but it has had no external address for 25d. Other LoadBalancer Services have addresses, so look at this one's events: `kubectl describe svc -n ns checkout`.",
          },
        ],
      },
    ],
    clean: [
      { objects: { services: [svc('gateway', { type: 'LoadBalancer', ports: [{ port: 80 }] }, { status: { loadBalancer: { ingress: [{ hostname: 'lb.example.com' }] } } })] }, why: 'it has an address' },
      { objects: { services: [svc('new', { type: 'LoadBalancer', ports: [{ port: 80 }] }, { created: '2026-11-26T11:58:00Z' })] }, why: 'two minutes is still provisioning' },
      {
        objects: { services: [toPlain('services', { metadata: { name: 'undated', namespace: 'ns' }, spec: { type: 'LoadBalancer', ports: [{ port: 80 }] } })] },
        why: 'without a creation time there is no evidence it waited',
      },
    ],
  },
  'nodeport-out-of-range': {
    failing: [
      {
        objects: { services: [svc('admin', { type: 'NodePort', ports: [{ port: 8080, nodePort: 8080 }] })] },
        findings: [{ severity: 'warning', problem: 'Port 8080/TCP uses nodePort 8080, outside the default NodePort range 30000–32767.' }],
      },
    ],
    clean: [{ objects: { services: [svc('admin', { type: 'NodePort', ports: [{ port: 80, nodePort: 30000 }, { port: 81, nodePort: 32767 }] })] }, why: 'both ends of the range' }],
  },
  'externalname-ip': {
    failing: [
      {
        objects: { services: [svc('bank', { type: 'ExternalName', clusterIP: null, externalName: '10.20.30.40' }), svc('bank6', { type: 'ExternalName', clusterIP: null, externalName: '2001:db8::1' })] },
        findings: [
          { severity: 'error', problem: 'externalName is the IP address `10.20.30.40`.' },
          { severity: 'error', problem: 'externalName is the IP address `2001:db8::1`.' },
        ],
      },
    ],
    clean: [{ objects: { services: [svc('bank', { type: 'ExternalName', clusterIP: null, externalName: 'bank.example.com' })] }, why: 'a DNS name' }],
  },
  'ingress-backend-missing': {
    failing: [
      {
        objects: { ingresses: [ingress('web', rule('pay.example.com', '/api', 'api-gateway', 80))], services: [svc('api', { ports: [{ port: 80 }] })] },
        findings: [{ severity: 'error', problem: 'The backend for `pay.example.com/api` names Service `api-gateway`, which does not exist in `ns`.' }],
      },
      {
        objects: { ingresses: [ingress('web', rule('pay.example.com', '/checkout', 'checkout', 8443))], services: [svc('checkout', { ports: [{ name: 'https', port: 443, targetPort: 8443 }] })] },
        findings: [{ severity: 'error', problem: 'The backend for `pay.example.com/checkout` names port 8443 of Service `checkout`, which has ports 443 (https).' }],
      },
      {
        objects: { ingresses: [ingress('web', { ingressClassName: 'nginx', defaultBackend: { service: { name: 'api', port: { name: 'web' } } } })], services: [svc('api', { ports: [{ name: 'http', port: 80 }] })] },
        findings: [{ severity: 'error', problem: 'The default backend names port `web` of Service `api`, which has ports 80 (http).' }],
      },
    ],
    clean: [
      {
        objects: {
          ingresses: [ingress('web', rule('pay.example.com', '/', 'api', 80)), ingress('named', rule(null, '/', 'api', 'http'))],
          services: [svc('api', { ports: [{ name: 'http', port: 80 }] })],
        },
        why: 'the Service and its port exist, by number and by name',
      },
    ],
  },
  'ingress-no-class': {
    failing: [
      {
        objects: { ingresses: [ingress('old', rule('old.example.com', '/', 'web', 80, null))], ingressclasses: [ingressClass('nginx')] },
        findings: [{ severity: 'warning', problem: 'Has no `ingressClassName` and the cluster has no default IngressClass.' }],
      },
      {
        objects: { ingresses: [ingress('old', rule('old.example.com', '/', 'web', 80, null))] },
        findings: [{ severity: 'warning', problem: 'Has no `ingressClassName` and the cluster has no default IngressClass (it has no IngressClass at all).' }],
      },
    ],
    clean: [
      { objects: { ingresses: [ingress('old', rule(null, '/', 'web', 80, null))], ingressclasses: [ingressClass('nginx', true)] }, why: 'a default class takes it' },
      {
        objects: { ingresses: [ingress('old', rule(null, '/', 'web', 80, null), { annotations: { 'kubernetes.io/ingress.class': 'nginx' } })], ingressclasses: [ingressClass('nginx')] },
        why: 'the deprecated annotation still names a class',
      },
      { objects: { ingresses: [ingress('new', rule(null, '/', 'web', 80))], ingressclasses: [ingressClass('nginx')] }, why: 'it names its class' },
    ],
  },
  'ingress-class-missing': {
    failing: [
      {
        objects: { ingresses: [ingress('internal', rule(null, '/', 'web', 80, 'traefik'))], ingressclasses: [ingressClass('nginx')] },
        findings: [{ severity: 'error', problem: '`ingressClassName` is `traefik`, but no IngressClass of that name exists.' }],
      },
    ],
    clean: [
      { objects: { ingresses: [ingress('web', rule(null, '/', 'web', 80, 'nginx'))], ingressclasses: [ingressClass('nginx')] }, why: 'the class exists' },
      { objects: { ingresses: [ingress('web', rule(null, '/', 'web', 80, null))], ingressclasses: [ingressClass('nginx', true)] }, why: 'no class is the other check' },
    ],
  },
  'duplicate-services': {
    failing: [
      {
        objects: {
          services: [
            svc('reports', { selector: { app: 'reports' }, ports: [{ port: 80, targetPort: 8080 }] }),
            svc('reports-copy', { selector: { app: 'reports', tier: 'backend' }, ports: [{ port: 8080, targetPort: 8080 }] }),
          ],
          pods: [pod('reports-1', { app: 'reports', tier: 'backend' })],
        },
        findings: [{ severity: 'note', problem: 'Selects exactly the same 1 pod as Service `reports-copy`, on the same port (8080/TCP).' }],
      },
    ],
    clean: [
      {
        objects: {
          services: [svc('db', { selector: { app: 'db' }, ports: [{ port: 5432 }] }), svc('db-headless', { clusterIP: 'None', selector: { app: 'db' }, ports: [{ port: 5432 }] })],
          pods: [pod('db-0', { app: 'db' }, { ports: [{ containerPort: 5432 }] })],
        },
        why: 'a headless Service beside a ClusterIP one is the StatefulSet pattern',
      },
      {
        objects: {
          services: [svc('web', { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] }), svc('metrics', { selector: { app: 'web' }, ports: [{ port: 9090, targetPort: 9090 }] })],
          pods: [web()],
        },
        why: 'the same pods on different ports',
      },
      {
        objects: {
          services: [svc('all', { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] }), svc('canary', { selector: { app: 'web', track: 'canary' }, ports: [{ port: 80, targetPort: 8080 }] })],
          pods: [web(), pod('web-canary', { app: 'web', track: 'canary' })],
        },
        why: 'overlapping but different pod sets',
      },
    ],
  },
  'local-traffic-no-local-endpoints': {
    failing: [
      {
        objects: {
          services: [svc('gateway', { type: 'NodePort', externalTrafficPolicy: 'Local', ports: [{ port: 80, nodePort: 30080 }] })],
          endpointslices: [slice('gateway', [{ ip: '10.244.1.5', node: 'node-a' }])],
          nodes: [node('node-a'), node('node-b')],
        },
        findings: [{ severity: 'note', problem: 'Has `externalTrafficPolicy: Local` and 1 of 2 nodes run no ready endpoint of it: `node-b`.' }],
      },
    ],
    clean: [
      {
        objects: {
          services: [svc('gateway', { type: 'NodePort', externalTrafficPolicy: 'Local', ports: [{ port: 80, nodePort: 30080 }] })],
          endpointslices: [slice('gateway', [{ ip: '10.244.1.5', node: 'node-a' }, { ip: '10.244.2.5', node: 'node-b' }])],
          nodes: [node('node-a'), node('node-b')],
        },
        why: 'a ready endpoint on every node',
      },
      {
        objects: {
          services: [svc('gateway', { type: 'NodePort', externalTrafficPolicy: 'Cluster', ports: [{ port: 80, nodePort: 30080 }] })],
          endpointslices: [slice('gateway', [{ ip: '10.244.1.5', node: 'node-a' }])],
          nodes: [node('node-a'), node('node-b')],
        },
        why: 'Cluster policy forwards between nodes',
      },
      {
        objects: {
          services: [svc('gateway', { type: 'NodePort', externalTrafficPolicy: 'Local', ports: [{ port: 80, nodePort: 30080 }] })],
          endpointslices: [slice('gateway', [{ ip: '10.244.1.5', node: null }])],
          nodes: [node('node-a'), node('node-b')],
        },
        why: 'endpoints without node names give no evidence',
      },
    ],
  },
  'headless-no-ready': {
    failing: [
      {
        objects: { services: [svc('ledger-db', { clusterIP: 'None', selector: { app: 'ledger-db' }, ports: [{ port: 5432 }] })], pods: [pod('ledger-db-0', { app: 'ledger-db' }, { ready: false })] },
        findings: [{ severity: 'warning', problem: 'Headless (clusterIP: None): selector `app=ledger-db` matches 1 pod, none of them ready.' }],
      },
    ],
    clean: [
      {
        objects: { services: [svc('peers', { clusterIP: 'None', publishNotReadyAddresses: true, selector: { app: 'p' }, ports: [{ port: 7000 }] })], pods: [pod('p-0', { app: 'p' }, { ready: false })] },
        why: 'publishNotReadyAddresses publishes them while they start',
      },
      { objects: { services: [svc('db', { clusterIP: 'None', selector: { app: 'db' }, ports: [{ port: 5432 }] })], pods: [pod('db-0', { app: 'db' })] }, why: 'a ready pod' },
    ],
  },
};

function run(diagnostic: Diagnostic, objects: Objects): Finding[] {
  const result = diagnose(snapshotOf(objects), 'ns', [diagnostic]);
  expect(result.unchecked).toEqual([]);
  return result.findings;
}

describe('diagnostics', () => {
  it('has a failing and a clean case for every diagnostic in index.ts', () => {
    expect(Object.keys(CASES).sort()).toEqual(DIAGNOSTICS.map((d) => d.id).sort());
    for (const c of Object.values(CASES)) {
      expect(c.failing.length).toBeGreaterThan(0);
      expect(c.clean.length).toBeGreaterThan(0);
    }
  });

  it('lists every diagnostic file in index.ts, one diagnostic per file', async () => {
    const dir = new URL('../../src/cluster/diagnostics/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts', 'links.ts'].includes(f));
    expect(files.length).toBe(DIAGNOSTICS.length);
    for (const file of files) {
      const module = (await import(new URL(file, dir).href)) as Record<string, unknown>;
      const exported = Object.values(module).filter((v): v is Diagnostic => typeof v === 'object' && v !== null && 'check' in v);
      expect(exported, file).toHaveLength(1);
      expect(DIAGNOSTICS).toContain(exported[0]);
      expect(file).toBe(`${exported[0]?.id}.ts`);
    }
  });

  for (const diagnostic of DIAGNOSTICS) {
    const cases = CASES[diagnostic.id];
    describe(diagnostic.id, () => {
      cases?.failing.forEach((failing, i) => {
        it(`finds the defect (${i + 1})`, () => {
          const findings = run(diagnostic, failing.objects);
          expect(findings.map((f) => ({ severity: f.severity, problem: f.problem }))).toEqual(failing.findings);
          for (const finding of findings) {
            expect(finding.diagnostic).toBe(diagnostic.id);
            expect(finding.why.length).toBeGreaterThan(30);
            expect(finding.fix.length).toBeGreaterThan(30);
            expect(finding.link).toMatch(/^https:\/\/kubernetes\.io\/docs\//);
          }
        });
      });
      cases?.clean.forEach((clean) => {
        it(`finds nothing when ${clean.why}`, () => {
          expect(run(diagnostic, clean.objects)).toEqual([]);
        });
      });
    });
  }
});

describe('no finding without evidence', () => {
  const objects: Objects = {
    services: [svc('api', { selector: { app: 'api' }, ports: [{ port: 80, targetPort: 8080 }] }), svc('legacy', { ports: [{ port: 80 }] })],
  };

  it('does not run a diagnostic whose input was forbidden, and says why', () => {
    const snapshot = snapshotOf(objects);
    snapshot.pods = { items: [], problems: [{ resource: 'pods', namespace: 'ns', reason: 'forbidden', message: 'Forbidden (403): the bot may not list pods in namespace ns.' }] };
    snapshot.endpointslices = { items: [], problems: [{ resource: 'endpointslices', namespace: null, reason: 'timeout', message: 'The Kubernetes API did not answer within 5 s.' }] };
    const result = diagnose(snapshot, 'ns');
    expect(result.findings).toEqual([]);
    const unchecked = Object.fromEntries(result.unchecked.map((u) => [u.diagnostic, u.problem.message]));
    expect(unchecked['selector-matches-no-pods']).toBe('Forbidden (403): the bot may not list pods in namespace ns.');
    expect(unchecked['no-selector-no-endpoints']).toBe('The Kubernetes API did not answer within 5 s.');
    expect(result.ran).toBe(DIAGNOSTICS.length - result.unchecked.length);
  });

  it('reports from the same objects once they can be read', () => {
    const result = diagnose(snapshotOf(objects), 'ns');
    expect(result.findings.map((f) => `${f.diagnostic} ${f.object.name}`)).toEqual(['selector-matches-no-pods api', 'no-selector-no-endpoints legacy']);
  });

  it('a problem in another namespace does not stop the checks here', () => {
    const snapshot = snapshotOf({ services: [svc('web', { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'http' }] })], pods: [web()] });
    snapshot.pods.problems = [{ resource: 'pods', namespace: 'other', reason: 'forbidden', message: 'Forbidden.' }];
    const result = diagnose(snapshot, 'ns');
    expect(result.unchecked).toEqual([]);
    expect(result.findings).toEqual([]);
  });
});

describe('the time a LoadBalancer has waited', () => {
  it('uses the snapshot time', () => {
    const objects = { services: [svc('lb', { type: 'LoadBalancer', ports: [{ port: 80 }] }, { created: LONG_AGO })] };
    const early = diagnose(snapshotOf(objects, new Date(Date.parse(LONG_AGO) + 60_000)), 'ns');
    const later = diagnose(snapshotOf(objects, NOW), 'ns');
    expect(early.findings.map((f) => f.diagnostic)).not.toContain('loadbalancer-pending');
    expect(later.findings.map((f) => f.diagnostic)).toContain('loadbalancer-pending');
  });
});
