// Every lint rule with a failing and a passing example: the failing one must produce the rule's
// finding at the right line (and be repaired when the rule can repair it), the passing one must
// not produce it. A rule without a case here fails the suite.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkManifests, type CheckReport } from '../../src/manifests/check.js';
import { DOCUMENT_RULES, RULES } from '../../src/manifests/lint/index.js';

const DEFAULTS = { namespace: 'default' };

async function check(yaml: string, defaults: { namespace: string; ingressClass?: string } = DEFAULTS): Promise<CheckReport> {
  const result = await checkManifests(yaml, defaults);
  if (!result.ok) throw new Error(`refused: ${result.refusal}`);
  return result;
}

const service = (spec: string, extra = '') => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
${spec}${extra}`;

const ingress = (spec: string, meta = '') => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web${meta}
spec:
  ingressClassName: nginx
${spec}`;

const PATH_RULE = `  rules:
    - host: shop.example.com
      http:
        paths:
`;

const deployment = (labels: string, ports: string) => `---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      ${labels}
  template:
    metadata:
      labels:
        ${labels}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
${ports}
`;

interface Case {
  /** Failing example, the text of its finding, its line, and whether the corrected YAML fixes it. */
  bad: string;
  says: string;
  line: number;
  fixed: boolean;
  severity?: 'error' | 'warning' | 'note';
  /** Passing example. */
  good: string;
}

const GOOD_SERVICE = service(`  selector:
    app: web
  ports:
    - name: http
      port: 80
      targetPort: 8080`);

const CASES: Record<string, Case[]> = {
  'yaml-syntax': [
    {
      bad: `apiVersion: v1
kind: Service
metadata:
    name: web
  namespace: shop
spec:
  selector: {app: web}
  ports: [{port: 80}]`,
      says: 'YAML syntax error at line 5, column 3: bad indentation of a mapping entry',
      line: 5,
      fixed: true,
      good: GOOD_SERVICE,
    },
    {
      bad: `apiVersion: v1\nkind: Service\nmetadata:\n  name: !!js/function "function () { return 1 }"\n`,
      says: 'unknown',
      line: 4,
      fixed: false,
      good: GOOD_SERVICE,
    },
  ],
  'not-an-object': [{ bad: 'just some words', says: 'is plain text, not a Kubernetes object', line: 1, fixed: false, good: GOOD_SERVICE }],
  'api-version': [
    { bad: GOOD_SERVICE.replace('apiVersion: v1', 'apiVersion: apps/v1'), says: '`apps/v1` is not an API version of Service', line: 1, fixed: true, good: GOOD_SERVICE },
    {
      bad: ingress(`${PATH_RULE}          - path: /\n            pathType: Prefix\n            backend:\n              service: {name: web, port: {number: 80}}`).replace('networking.k8s.io/v1', 'networking.k8s.io/v1beta1'),
      says: 'removed in Kubernetes 1.22',
      line: 1,
      fixed: true,
      good: ingress(`${PATH_RULE}          - path: /\n            pathType: Prefix\n            backend:\n              service: {name: web, port: {number: 80}}`),
    },
  ],
  'metadata-placement': [
    {
      bad: `apiVersion: v1\nkind: Service\nmetadata:\nname: web\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n`,
      says: '`metadata` is empty and `name` is at the top level',
      line: 4,
      fixed: true,
      good: GOOD_SERVICE,
    },
  ],
  'metadata-name': [{ bad: GOOD_SERVICE.replace('name: web', 'name: Web_API'), says: 'The name `Web_API` contains "_"', line: 4, fixed: false, good: GOOD_SERVICE }],
  'unknown-fields': [
    { bad: GOOD_SERVICE.replace('targetPort: 8080', 'targetport: 8080'), says: 'did you mean `targetPort`?', line: 11, fixed: true, good: GOOD_SERVICE },
    {
      bad: `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\nports:\n  - port: 80\n`,
      says: '`ports` is not a field of Service; it belongs under `spec`',
      line: 7,
      fixed: true,
      good: GOOD_SERVICE,
    },
    // A label left at the level of the map above it, which YAML then reads as empty.
    {
      bad: service('  selector:\n  tier: api\n  ports: [{port: 80}]'),
      says: '`tier` is not a field of ServiceSpec (`spec`); it belongs under `selector`',
      line: 7,
      fixed: true,
      good: service('  selector:\n    tier: api\n  ports: [{port: 80}]'),
    },
  ],
  'html-entities': [{ bad: GOOD_SERVICE.replace('port: 80', 'port: 80&nbsp;'), says: 'contains the HTML entity `&nbsp;`', line: 10, fixed: true, good: GOOD_SERVICE }],
  'service-type': [{ bad: service('  type: Nodeport\n  selector: {app: web}\n  ports: [{port: 80}]'), says: 'is spelled `NodePort`', line: 6, fixed: true, good: service('  type: NodePort\n  selector: {app: web}\n  ports: [{port: 80}]') }],
  'headless-type': [
    {
      bad: service('  type: NodePort\n  clusterIP: None\n  selector: {app: db}\n  ports: [{port: 5432, nodePort: 30432}]'),
      says: 'a headless Service must be ClusterIP',
      line: 6,
      fixed: true,
      good: service('  clusterIP: None\n  selector: {app: db}\n  ports: [{port: 5432}]'),
    },
  ],
  'type-fields': [
    {
      bad: service('  selector: {app: web}\n  externalTrafficPolicy: Local\n  ports: [{port: 80}]'),
      says: '`externalTrafficPolicy` only applies to NodePort and LoadBalancer Services, not ClusterIP',
      line: 7,
      fixed: true,
      good: service('  type: LoadBalancer\n  selector: {app: web}\n  externalTrafficPolicy: Local\n  ports: [{port: 80}]'),
    },
  ],
  'nodeport-range': [
    {
      bad: service('  type: NodePort\n  selector: {app: web}\n  ports:\n    - port: 80\n      nodePort: 80'),
      says: 'nodePort 80 is outside the default NodePort range 30000–32767',
      line: 10,
      fixed: true,
      good: service('  type: NodePort\n  selector: {app: web}\n  ports:\n    - port: 80'),
    },
  ],
  'nodeport-type': [
    {
      bad: service('  type: ClusterIP\n  selector: {app: web}\n  ports:\n    - port: 80\n      nodePort: 30080'),
      says: 'nodePort is set on a ClusterIP Service',
      line: 10,
      fixed: true,
      good: service('  type: NodePort\n  selector: {app: web}\n  ports:\n    - port: 80\n      nodePort: 30080'),
    },
    {
      bad: service('  selector: {app: web}\n  ports:\n    - port: 80\n      nodePort: 30080'),
      says: 'nodePort is set but `type` is not',
      line: 9,
      fixed: true,
      good: GOOD_SERVICE,
    },
  ],
  'port-missing': [
    { bad: service('  selector: {app: web}\n  ports:\n    - name: http\n      targetPort: 8080'), says: 'Port entry 1 has no `port`', line: 8, fixed: true, good: GOOD_SERVICE },
    { bad: service('  selector: {app: web}'), says: 'The ClusterIP Service has no ports', line: 5, fixed: false, good: service('  clusterIP: None\n  selector: {app: db}') },
  ],
  'port-values': [
    { bad: GOOD_SERVICE.replace('targetPort: 8080', 'targetPort: "8080"'), says: 'targetPort `8080` is a quoted number', line: 11, fixed: true, good: GOOD_SERVICE },
    { bad: GOOD_SERVICE.replace('targetPort: 8080', 'targetPort: 8080\n      protocol: tcp'), says: 'protocol `tcp` is not spelled `TCP`', line: 12, fixed: true, good: GOOD_SERVICE },
  ],
  'port-names': [
    {
      bad: service('  selector: {app: web}\n  ports:\n    - port: 80\n    - port: 443'),
      says: 'Port entry 1 has no name; with more than one port, every port needs one',
      line: 8,
      fixed: true,
      good: service('  selector: {app: web}\n  ports:\n    - name: http\n      port: 80\n    - name: https\n      port: 443'),
    },
    {
      bad: service('  selector: {app: web}\n  ports:\n    - name: web\n      port: 80\n    - name: web\n      port: 443'),
      says: 'Port name `web` is used twice',
      line: 10,
      fixed: true,
      good: GOOD_SERVICE,
    },
  ],
  'target-port-name': [
    {
      bad: GOOD_SERVICE.replace('targetPort: 8080', 'targetPort: http'),
      says: 'targetPort `http` is a port name: the selected pods must declare a containerPort named `http`',
      line: 11,
      fixed: false,
      severity: 'note',
      good: GOOD_SERVICE.replace('targetPort: 8080', 'targetPort: http') + '\n' + deployment('app: web', '            - name: http\n              containerPort: 8080'),
    },
    {
      bad: GOOD_SERVICE.replace('targetPort: 8080', 'targetPort: http') + '\n' + deployment('app: web', '            - name: web\n              containerPort: 8080'),
      says: 'have no containerPort named `http` (they have `web=8080`)',
      line: 11,
      fixed: false,
      good: GOOD_SERVICE,
    },
  ],
  'selector-missing': [
    {
      bad: service('  ports:\n    - port: 80'),
      says: 'has no selector and this paste has no EndpointSlice for it',
      line: 5,
      fixed: false,
      severity: 'warning',
      good: `${service('  ports:\n    - port: 80')}\n---\napiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: web-1\n  labels:\n    kubernetes.io/service-name: web\naddressType: IPv4\nports:\n  - port: 80\nendpoints:\n  - addresses: ["10.1.2.3"]\n`,
    },
    {
      bad: `${service('  ports:\n    - port: 80\n      targetPort: 8080')}\n${deployment('app: api', '            - containerPort: 8080')}`,
      says: 'has no selector',
      line: 5,
      fixed: true,
      severity: 'warning',
      good: `${GOOD_SERVICE}\n${deployment('app: web', '            - containerPort: 8080')}`,
    },
    {
      bad: `${service('  selector: {app: frontend}\n  ports: [{port: 80}]')}\n${deployment('app: web', '            - containerPort: 8080')}`,
      says: 'matches none of the pods in this paste',
      line: 6,
      fixed: false,
      severity: 'warning',
      good: `${GOOD_SERVICE}\n${deployment('app: web', '            - containerPort: 8080')}`,
    },
  ],
  'external-name': [
    {
      bad: service('  type: ExternalName\n  externalName: 10.0.0.5'),
      says: 'externalName `10.0.0.5` is an IP address',
      line: 7,
      fixed: false,
      good: service('  type: ExternalName\n  externalName: db.example.com'),
    },
  ],
  'ingress-backend': [
    {
      bad: ingress(`${PATH_RULE}          - path: /\n            pathType: Prefix\n            backend:\n              serviceName: web\n              servicePort: 80`),
      says: '`serviceName`/`servicePort` were removed',
      line: 14,
      fixed: true,
      good: ingress(`${PATH_RULE}          - path: /\n            pathType: Prefix\n            backend:\n              service: {name: web, port: {number: 80}}`),
    },
    {
      bad: ingress('  backend:\n    service: {name: web, port: {number: 80}}'),
      says: '`spec.backend` is the removed v1beta1 name',
      line: 7,
      fixed: true,
      good: ingress('  defaultBackend:\n    service: {name: web, port: {number: 80}}'),
    },
  ],
  'ingress-path': [
    {
      bad: ingress(`${PATH_RULE}          - path: /api/(.*)\n            pathType: Prefix\n            backend:\n              service: {name: web, port: {number: 80}}`),
      says: 'looks like a regular expression',
      line: 11,
      fixed: false,
      severity: 'warning',
      good: ingress(`${PATH_RULE}          - path: /api/(.*)\n            pathType: ImplementationSpecific\n            backend:\n              service: {name: web, port: {number: 80}}`),
    },
    {
      bad: ingress(`${PATH_RULE}          - path: /bar/*\n            pathType: Prefix\n            backend:\n              service: {name: web, port: {number: 80}}`),
      says: 'path `/bar/*` is a glob',
      line: 11,
      fixed: true,
      good: ingress(`${PATH_RULE}          - path: /bar\n            pathType: Prefix\n            backend:\n              service: {name: web, port: {number: 80}}`),
    },
  ],
  'ingress-path-type': [
    {
      bad: ingress(`${PATH_RULE}          - path: /\n            backend:\n              service: {name: web, port: {number: 80}}`),
      says: 'The path has no `pathType`',
      line: 11,
      fixed: true,
      good: ingress(`${PATH_RULE}          - path: /\n            pathType: Exact\n            backend:\n              service: {name: web, port: {number: 80}}`),
    },
  ],
  'ingress-class': [
    {
      bad: ingress(`${PATH_RULE}          - path: /\n            pathType: Prefix\n            backend:\n              service: {name: web, port: {number: 80}}`, '\n  annotations:\n    kubernetes.io/ingress.class: nginx').replace('  ingressClassName: nginx\n', ''),
      says: 'annotation is deprecated since Kubernetes 1.18',
      line: 6,
      fixed: true,
      severity: 'warning',
      good: ingress(`${PATH_RULE}          - path: /\n            pathType: Prefix\n            backend:\n              service: {name: web, port: {number: 80}}`),
    },
  ],
  'yaml-1.1-scalars': [
    {
      bad: GOOD_SERVICE.replace('  name: web', '  name: web\n  labels:\n    enabled: yes'),
      says: '`yes` is not quoted, so kubectl reads it as the boolean `true` (YAML 1.1), but a label value must be a string',
      line: 6,
      fixed: true,
      good: GOOD_SERVICE.replace('  name: web', "  name: web\n  labels:\n    enabled: 'yes'"),
    },
    {
      bad: GOOD_SERVICE.replace('    app: web', '    app: web\n    tier: on'),
      says: '`on` is not quoted, so kubectl reads it as the boolean `true` (YAML 1.1), but a selector value must be a string',
      line: 8,
      fixed: true,
      good: GOOD_SERVICE.replace('    app: web', '    app: web\n    tier: "on"'),
    },
    {
      bad: GOOD_SERVICE.replace('  name: web', '  name: web\n  labels:\n    version: 1.10'),
      says: '`1.10` is not quoted, so kubectl reads it as the number 1.1, but a label value must be a string',
      line: 6,
      fixed: true,
      good: GOOD_SERVICE.replace('  name: web', '  name: web\n  labels:\n    version: "1.10"'),
    },
    {
      bad: GOOD_SERVICE.replace('  name: web', '  name: web\n  annotations:\n    mode: 0755'),
      says: '`0755` is not quoted, so kubectl reads it as the octal number 0755, which is 493, but an annotation value must be a string',
      line: 6,
      fixed: true,
      good: GOOD_SERVICE.replace('  name: web', "  name: web\n  annotations:\n    mode: '0755'"),
    },
    {
      bad: ingress(`${PATH_RULE}          - path: /\n            pathType: Prefix\n            backend:\n              service: {name: web, port: {number: 80}}`).replace('host: shop.example.com', 'host: n'),
      says: '`n` is not quoted, so kubectl reads it as the boolean `false` (YAML 1.1), but `spec.rules[0].host` must be a string',
      line: 8,
      fixed: true,
      good: ingress(`${PATH_RULE}          - path: /\n            pathType: Prefix\n            backend:\n              service: {name: web, port: {number: 80}}`).replace('host: shop.example.com', 'host: "n"'),
    },
  ],
  'ingress-host': [
    {
      bad: ingress(`${PATH_RULE}          - path: /\n            pathType: Prefix\n            backend:\n              service: {name: web, port: {number: 80}}`).replace('host: shop.example.com', 'host: 203.0.113.7'),
      says: 'host `203.0.113.7` is an IP address',
      line: 8,
      fixed: false,
      good: ingress(`${PATH_RULE}          - path: /\n            pathType: Prefix\n            backend:\n              service: {name: web, port: {number: 80}}`).replace('host: shop.example.com', "host: '*.example.com'"),
    },
  ],
};

describe('lint rules', () => {
  it('lists every rule file in lint/index.ts, and every rule has a test case', () => {
    const files = readdirSync(new URL('../../src/manifests/lint/rules/', import.meta.url)).filter((f) => f.endsWith('.ts'));
    const ids = [...DOCUMENT_RULES, ...RULES].map((r) => r.id);
    expect(ids.length).toBe(files.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(CASES[id], `a test case for ${id}`).toBeDefined();
  });

  for (const [rule, cases] of Object.entries(CASES)) {
    describe(rule, () => {
      cases.forEach((c, i) => {
        it(`finds example ${i + 1} at line ${c.line}${c.fixed ? ' and fixes it' : ''}`, async () => {
          const report = await check(c.bad);
          const found = report.findings.filter((f) => f.rule === rule);
          const hit = found.find((f) => f.message.includes(c.says));
          expect(hit, `${rule}: ${JSON.stringify(report.findings.map((f) => [f.rule, f.line, f.message]))}`).toBeDefined();
          expect(hit?.line).toBe(c.line);
          expect(hit?.severity).toBe(c.severity ?? 'error');
          expect(hit?.fix.length).toBeGreaterThan(5);
          expect(hit?.repaired).toBe(c.fixed);
          if (c.fixed) {
            expect(report.corrected).not.toBeNull();
            const again = await check(report.corrected?.yaml ?? '');
            expect(again.findings.filter((f) => f.rule === rule && f.message.includes(c.says))).toEqual([]);
          }
        });
        it(`passes example ${i + 1}'s good form`, async () => {
          const report = await check(c.good);
          expect(report.findings.filter((f) => f.rule === rule)).toEqual([]);
        });
      });
    });
  }
});
