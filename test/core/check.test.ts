import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { check as checkCommand } from '../../src/core/commands/check.js';
import { MAX_DOCUMENTS, MAX_SOURCE_CHARS } from '../../src/manifests/source.js';
import { ask, testRuntime } from '../helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const INGRESS = fixture('article-ingress.yaml');
const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - name: http
      port: 80
      targetPort: 8080
`;
const codeBlocks = (r: Awaited<ReturnType<typeof ask>>) => r.blocks.flatMap((b) => (b.type === 'code' ? [b] : []));

describe('check: where the YAML comes from', () => {
  it('runs its examples as typed, each finding and fixing something', async () => {
    for (const example of checkCommand.examples) {
      const r = await ask(example);
      expect(r.outcome, example).toBe('ok');
      expect(r.data.errors, example).toBeGreaterThan(0);
      expect(r.data.corrected, example).not.toBeNull();
    }
  });

  it('reads YAML on the lines after the command', async () => {
    const r = await ask(`check\n${INGRESS}`);
    expect(r.command).toBe('check');
    expect(r.outcome).toBe('ok');
    expect(r.text).toContain('line 4');
    expect(r.text).toContain('`metadata` is empty and `name` is at the top level');
    expect(codeBlocks(r)[0]?.code).toContain('apiVersion: networking.k8s.io/v1');
  });

  it('reads YAML inside a ``` fence, with the lint and fix aliases', async () => {
    for (const word of ['lint', 'fix']) {
      const r = await ask(`${word} this:\n\`\`\`yaml\n${INGRESS}\`\`\``);
      expect(r.command).toBe('check');
      expect(r.text).toContain('`extensions/v1beta1` Ingress was removed in Kubernetes 1.22');
    }
  });

  it('reads a manifest pasted on the same line (flow style or JSON)', async () => {
    const r = await ask('check {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"}, "spec": {"selector": {"app": "web"}, "ports": [{"port": 80, "nodePort": 80}]}}');
    expect(r.outcome).toBe('ok');
    expect(r.text).toContain('nodePort 80 is outside the default NodePort range 30000–32767');
    expect(r.text).toContain('type: NodePort');
  });

  it('reads multi-line JSON', async () => {
    const json = JSON.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80, targetport: 8080 }] } }, null, 2);
    const r = await ask(`check\n${json}`);
    expect(r.text).toContain('did you mean `targetPort`?');
    expect(r.text).toMatch(/line 1[0-9]/);
  });

  it('takes pasted YAML without the command word', async () => {
    const r = await ask(`is this right?\n\`\`\`yaml\n${INGRESS}\`\`\``);
    expect(r.command).toBe('check');
    expect(r.text).toContain('path `/bar/*` is a glob');
  });

  it('says what it needs when there is no YAML', async () => {
    const r = await ask('check');
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain('There is no YAML to check');
    expect(r.text).toContain('code block');
  });

  it('points a Service name to the service command', async () => {
    const r = await ask('check my-api');
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain('`check` reads pasted YAML');
    expect(r.blocks.flatMap((b) => (b.type === 'choices' ? b.options.map((o) => o.command) : []))).toContain('service my-api');
  });
});

describe('check: the reply', () => {
  it('says so when nothing is wrong', async () => {
    const r = await ask(`check\n${SERVICE}`);
    expect(r.text).toContain('No problems found');
    expect(r.text).toContain('Checked Service `web`');
    expect(codeBlocks(r)).toEqual([]);
  });

  it('lists findings with document numbers when there are several documents', async () => {
    const r = await ask(`check\n${SERVICE}---\n${INGRESS}`);
    expect(r.text).toContain('doc 2, line 16'); // lines count from the top of the paste
    expect(r.text).toContain('Line numbers count from the start of the paste');
    expect(r.data.errors).toBeGreaterThan(5);
    const findings = r.data.findings as { doc: number; line: number; severity: string; fix: string }[];
    expect(findings.every((f) => f.doc === 2)).toBe(true);
    expect(findings.every((f) => f.fix.length > 0)).toBe(true);
  });

  it('offers corrected YAML that parses and keeps unchanged documents as pasted', async () => {
    const commented = `# our web service\n${SERVICE}`;
    const r = await ask(`check\n${commented}---\n${INGRESS}`);
    const yaml = codeBlocks(r)[0]?.code ?? '';
    expect(yaml).toContain('# our web service');
    expect((loadAll(yaml) as { kind: string }[]).map((d) => d.kind)).toEqual(['Service', 'Ingress']);
    expect(r.text).toContain('passes the Kubernetes OpenAPI schema check');
    expect(r.text).toContain('kubectl diff -f fixed.yaml');
  });

  it('says which errors still need a hand when it cannot fix them', async () => {
    const r = await ask(`check\n${SERVICE.replace('spec:', 'spec:\n  type: ExternalName\n  externalName: 10.1.2.3').replace('targetPort: 8080', 'targetPort: 8080\n      protocol: tcp')}`);
    expect(r.text).toContain('is an IP address');
    expect(r.text).toContain('still needs a fix by hand');
  });

  it('fills in the team default ingress class from the policy', async () => {
    const runtime = testRuntime({ defaults: { namespace: 'shop', ingressClass: 'traefik' } });
    const r = await ask(`check\n${INGRESS}`, runtime);
    expect(r.text).toContain("Set `spec.ingressClassName: traefik` (your team's default");
    expect(codeBlocks(r)[0]?.code).toContain('ingressClassName: traefik');
  });

  it('reads kubectl get -o yaml output (a List with status and server fields)', async () => {
    const list = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Service
    metadata:
      name: web
      namespace: shop
      uid: 0b9d1c1e-0000-4000-8000-000000000000
      resourceVersion: "123"
      creationTimestamp: "2026-01-01T00:00:00Z"
    spec:
      type: NodePort
      clusterIP: 10.96.0.10
      clusterIPs: [10.96.0.10]
      ipFamilies: [IPv4]
      ipFamilyPolicy: SingleStack
      selector: {app: web}
      ports:
        - port: 80
          targetPort: 8080
          nodePort: 31080
          protocol: TCP
      sessionAffinity: None
      externalTrafficPolicy: Cluster
      internalTrafficPolicy: Cluster
    status:
      loadBalancer: {}
`;
    const r = await ask(`check\n${list}`);
    expect(r.data.errors).toBe(0);
    expect(r.text).toContain('nodePort 31080 is fixed');
  });
});

describe('check: YAML as kubectl reads it (YAML 1.1 scalars, << merges)', () => {
  const labelled = (labels: string) => SERVICE.replace('  name: web\n', `  name: web\n  labels: {${labels}}\n`);

  it('does not pass `enabled: yes`, which kubectl rejects, and quotes it in the fixed YAML', async () => {
    const r = await ask(`check\n${labelled('enabled: yes')}`);
    expect(r.text).not.toContain('No problems found');
    expect(r.text).toContain('`yes` is not quoted, so kubectl reads it as the boolean `true`');
    expect(r.data.errors).toBe(1);
    const yaml = codeBlocks(r)[0]?.code ?? '';
    expect(yaml).toContain("enabled: 'yes'");
    expect(loadAll(yaml)).toEqual([expect.objectContaining({ metadata: { name: 'web', labels: { enabled: 'yes' } } })]);
  });

  it('does not pass `tier: on` in a selector', async () => {
    const r = await ask(`check\n${SERVICE.replace('    app: web\n', '    app: web\n    tier: on\n')}`);
    expect(r.text).toContain('`on` is not quoted');
    expect(codeBlocks(r)[0]?.code).toContain("tier: 'on'");
  });

  it('keeps `version: 1.10` as written, not 1.1', async () => {
    const r = await ask(`check\n${labelled('version: 1.10')}`);
    expect(r.text).toContain('reads it as the number 1.1');
    expect(codeBlocks(r)[0]?.code).toContain("version: '1.10'");
  });

  it('leaves quoted values alone', async () => {
    const r = await ask(`check\n${labelled(`enabled: 'yes', version: "1.10", mode: '0755'`)}`);
    expect(r.text).toContain('No problems found');
  });

  it('applies a << merge as kubectl does instead of calling `<<` a field', async () => {
    const yaml = SERVICE.replace('  name: web\n', '  name: web\n  labels: &l {app: web}\n').replace('  selector:\n    app: web\n', '  selector: {<<: *l}\n');
    const r = await ask(`check\n${yaml}`);
    expect(r.text).not.toContain('<<');
    expect(r.text).toContain('No problems found');
  });

  it('reports a bad value that a << merge brought in at the merge line', async () => {
    const yaml = SERVICE.replace('  name: web\n', '  name: web\n  labels: &l {app: web, tier: on}\n').replace('  selector:\n    app: web\n', '  selector:\n    <<: *l\n');
    const r = await ask(`check\n${yaml}`);
    const findings = r.data.findings as { message: string; line: number; path: string }[];
    const merged = findings.find((f) => f.path === 'spec.selector.tier');
    expect(merged?.message).toContain('comes from an alias or a `<<` merge, and kubectl reads it as the boolean `true`');
    expect(merged?.line).toBe(8);
    // The anchor itself is where the quotes go.
    expect(findings.find((f) => f.path === 'metadata.labels.tier')?.message).toContain('`on` is not quoted');
  });
});

describe('check: bad input', () => {
  it('refuses a 1 MB paste with a short reply', async () => {
    const big = `check\n${`# ${'x'.repeat(98)}\n`.repeat(10_500)}`;
    expect(big.length).toBeGreaterThan(MAX_SOURCE_CHARS);
    const r = await ask(big);
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain('I check at most 512 kB at a time');
    expect(r.text.length).toBeLessThan(400);
  });

  it('refuses a YAML bomb without expanding it', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const r = await ask(`check\n${levels.join('\n')}`);
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain('looks like a YAML bomb');
  });

  it('refuses a recursive alias', async () => {
    const r = await ask('check\na: &a\n  b: *a\n');
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain('refers to the node that contains it');
  });

  it('still reads a few ordinary anchors and aliases', async () => {
    const r = await ask(`check\n${SERVICE.replace('  selector:\n    app: web', '  selector: &sel\n    app: web')}---\n${SERVICE.replace('name: web', 'name: web2').replace('  selector:\n    app: web', '  selector: *sel')}`);
    expect(r.outcome).toBe('ok');
  });

  it('reports tabs in the indentation with the line and fixes them', async () => {
    const r = await ask(`check\n${SERVICE.replace('  selector:', '\tselector:')}`);
    expect(r.text).toContain('line 6');
    expect(r.text).toContain('tab');
    expect(codeBlocks(r)[0]?.code).toContain('  selector:');
  });

  it('never runs a !!js/function tag and says why it is rejected', async () => {
    const r = await ask(`check\n${SERVICE.replace('name: web', 'name: !!js/function "function () { process.exit(1) }"')}`);
    expect(r.text).toContain('`!!js/function` is not part of Kubernetes YAML');
    expect(r.text).toContain('line 4');
  });

  it('answers non-YAML prose as not Kubernetes YAML', async () => {
    const r = await ask('check\nthe service does not work, can you have a look please');
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain("That doesn't look like Kubernetes YAML");
    expect(r.text).toContain('plain text');
  });

  it('answers a paste of empty documents', async () => {
    const r = await ask('check\n---\n# nothing\n---\n---\n');
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain('only comments or empty documents');
  });

  it('skips empty documents between manifests', async () => {
    const r = await ask(`check\n---\n---\n${SERVICE}---\n\n---\n${INGRESS}`);
    expect(r.data.documents).toBe(2);
    expect(r.text).toContain('doc 2, line');
  });

  it('checks only the Service of a Service + Deployment paste and says so', async () => {
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
          env:
            - name: PASSWORD
              value: hunter2
`;
    const r = await ask(`check\n${deployment}---\n${SERVICE.replace('targetPort: 8080', 'targetPort: http').replace('port: 80', 'port: 80\n      nodePort: 80')}`);
    expect(r.text).toContain('Skipped 1 Deployment (document 1): I check only Services and Ingresses');
    expect(r.text).toContain('used their pod labels');
    expect(r.text).not.toContain('targetPort `http` is a port name'); // the Deployment names it
    expect(r.text).not.toContain('hunter2'); // other kinds are never echoed
  });

  it('says there is nothing to check in a paste of other kinds', async () => {
    const r = await ask('check\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "1"\n');
    expect(r.text).toContain('Nothing to check');
    expect(r.text).toContain('Skipped 1 ConfigMap');
  });

  it('handles hundreds of documents with a bounded reply', async () => {
    const docs = Array.from({ length: 300 }, (_, i) => SERVICE.replace('name: web', `name: web-${i}`).replace('targetPort: 8080', i % 3 === 0 ? 'targetport: 8080' : 'targetPort: 8080'));
    const r = await ask(`check\n${docs.join('---\n')}`);
    expect(r.outcome).toBe('ok');
    expect(r.data.documents).toBe(300);
    expect(r.data.errors).toBe(100);
    expect(r.text).toContain('… and 60 more findings');
    expect(r.text).toContain('Only the changed documents');
    expect(r.text.length).toBeLessThan(60_000);
  });

  it('refuses more documents than it checks at once', async () => {
    const r = await ask(`check\n${Array.from({ length: MAX_DOCUMENTS + 1 }, (_, i) => `a: ${i}`).join('\n---\n')}`);
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain(`at most ${MAX_DOCUMENTS}`);
  });

  it('answers deeply nested input with a syntax error', async () => {
    const r = await ask(`check\n${'['.repeat(500)}${']'.repeat(500)}`);
    expect(r.command).toBe('check');
    expect(r.text).toContain('YAML syntax error');
  });

  it('never throws on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        const r = await ask(`check\n${text}`);
        expect(r.command).toBe('check');
        expect(['ok', 'invalid']).toContain(r.outcome);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on mangled copies of the article Ingress', async () => {
    const lines = INGRESS.split('\n');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ line: fc.nat(lines.length - 1), edit: fc.constantFrom('drop', 'indent', 'dedent', 'tab', 'colon', 'dup') }), { maxLength: 4 }),
        async (edits) => {
          const copy = [...lines];
          for (const { line, edit } of edits) {
            const l = copy[line] ?? '';
            copy[line] = edit === 'drop' ? '' : edit === 'indent' ? `  ${l}` : edit === 'dedent' ? l.replace(/^ {1,2}/, '') : edit === 'tab' ? `\t${l}` : edit === 'colon' ? `${l}: x` : `${l}\n${l}`;
          }
          const r = await ask(`check\n${copy.join('\n')}`);
          expect(r.command).toBe('check');
          expect(r.outcome).not.toBe('error');
        },
      ),
      { numRuns: 150 },
    );
  });
});
