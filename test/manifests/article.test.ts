// The reference article's three YAML examples, as published: `check` must find each defect with
// its line, and its corrected YAML must pass the Kubernetes OpenAPI schema.
import { readFileSync } from 'node:fs';
import { loadAll } from 'js-yaml';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { Service } from 'kubernetes-models/v1/Service';
import { describe, expect, it } from 'vitest';
import { checkManifests, type CheckReport } from '../../src/manifests/check.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

async function check(yaml: string): Promise<CheckReport> {
  const result = await checkManifests(yaml, { namespace: 'default' });
  if (!result.ok) throw new Error(result.refusal);
  return result;
}

describe('the article examples', () => {
  it('finds no problem in the ClusterIP Service', async () => {
    const report = await check(fixture('article-clusterip.yaml'));
    expect(report.findings).toEqual([]);
    expect(report.checked).toEqual([{ doc: 1, kind: 'Service', name: 'my-internal-service' }]);
    expect(report.corrected).toBeNull();
    expect(report.schemaValid).toBe(true);
  });

  it('notes the fixed nodePort of the NodePort Service, and nothing else', async () => {
    const report = await check(fixture('article-nodeport.yaml'));
    expect(report.findings.map((f) => [f.rule, f.line, f.severity])).toEqual([['nodeport-range', 13, 'note']]);
    expect(report.corrected).toBeNull();
  });

  it('finds every defect of the Ingress with its line', async () => {
    const report = await check(fixture('article-ingress.yaml'));
    expect(report.findings.map((f) => [f.line, f.rule])).toEqual([
      [1, 'api-version'],
      [4, 'metadata-placement'],
      [5, 'ingress-class'],
      [6, 'ingress-backend'],
      [7, 'ingress-backend'],
      [13, 'ingress-path'],
      [13, 'ingress-path-type'],
      [14, 'ingress-backend'],
      [15, 'html-entities'],
      [19, 'ingress-path'],
      [19, 'ingress-path-type'],
      [21, 'ingress-backend'],
    ]);
    const text = report.findings.map((f) => f.message).join('\n');
    expect(text).toContain('`extensions/v1beta1` Ingress was removed in Kubernetes 1.22');
    expect(text).toContain('`metadata` is empty and `name` is at the top level');
    expect(text).toContain('path `/bar/*` is a glob');
    expect(text).toContain('`8080&nbsp;` contains the HTML entity');
    expect(report.findings.filter((f) => f.severity === 'error').every((f) => f.repaired)).toBe(true);
  });

  it('corrects the Ingress to networking.k8s.io/v1 that passes the OpenAPI schema', async () => {
    const report = await check(fixture('article-ingress.yaml'));
    expect(report.corrected?.yaml).toBe(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: my-ingress
spec:
  defaultBackend:
    service:
      name: other
      port:
        number: 8080
  rules:
    - host: foo.mydomain.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: foo
                port:
                  number: 8080
    - host: mydomain.com
      http:
        paths:
          - path: /bar
            pathType: Prefix
            backend:
              service:
                name: bar
                port:
                  number: 8080
`);
    const [fixed] = loadAll(report.corrected?.yaml ?? '') as Record<string, unknown>[];
    expect(() => new Ingress(fixed as never).validate()).not.toThrow();
    expect(report.schemaValid).toBe(true);
    const again = await check(report.corrected?.yaml ?? '');
    expect(again.findings.filter((f) => f.severity !== 'note')).toEqual([]);
  });

  it('numbers documents and lines across the three examples pasted together', async () => {
    const paste = [fixture('article-clusterip.yaml'), fixture('article-nodeport.yaml'), fixture('article-ingress.yaml')].join('---\n');
    const report = await check(paste);
    expect(report.documents).toBe(3);
    const nodePortLines = fixture('article-clusterip.yaml').split('\n').length;
    expect(report.findings.find((f) => f.rule === 'nodeport-range')).toMatchObject({ doc: 2, line: nodePortLines + 13 });
    expect(report.findings.find((f) => f.rule === 'metadata-placement')).toMatchObject({ doc: 3, line: 2 * nodePortLines + 1 + 4 });
    // Unchanged documents keep their text (comments, indentation); the Ingress is rewritten.
    const corrected = report.corrected?.yaml ?? '';
    expect(corrected).toContain('    name: my-internal-service');
    const docs = loadAll(corrected) as Record<string, unknown>[];
    expect(docs.map((d) => d.kind)).toEqual(['Service', 'Service', 'Ingress']);
    expect(() => new Service(docs[0] as never).validate()).not.toThrow();
    expect(() => new Service(docs[1] as never).validate()).not.toThrow();
    expect(() => new Ingress(docs[2] as never).validate()).not.toThrow();
  });
});
