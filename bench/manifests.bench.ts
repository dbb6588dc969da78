// Manifests: `check` of the reference article's Ingress and of a 100-document paste, beside a
// plain js-yaml loadAll of the same text (the least any YAML reader does); `yaml` rendering
// beside a plain js-yaml dump of the same object.

import { readFileSync } from 'node:fs';
import { dump, loadAll } from 'js-yaml';
import { DEFAULT_POLICY } from '../src/config.js';
import { contextFor } from '../src/core/context.js';
import { handle } from '../src/core/handle.js';
import { checkManifests } from '../src/manifests/check.js';
import { resolveParams } from '../src/manifests/params.js';
import { renderManifest } from '../src/manifests/render.js';
import { benchRuntime, measure, type Section } from './harness.js';

const ingress = readFileSync(new URL('../test/fixtures/article-ingress.yaml', import.meta.url), 'utf8');
const service = (i: number) => `apiVersion: v1
kind: Service
metadata:
  name: web-${i}
spec:
  type: NodePort
  selector:
    app: web-${i}
  ports:
    - name: http
      port: 80
      ${i % 4 === 0 ? 'targetport' : 'targetPort'}: 8080
      nodePort: ${i % 10 === 0 ? 80 : 30000 + i}
`;
const hundred = Array.from({ length: 100 }, (_, i) => (i % 5 === 4 ? ingress : service(i))).join('---\n');
const defaults = DEFAULT_POLICY.defaults;
const ctx = () => contextFor(benchRuntime(), { platform: 'shell', user: 'bench', channel: 'shell' });

export async function checkArticleIngress(): Promise<Section> {
  const c = ctx();
  await checkManifests(ingress, defaults); // loads the schema validators once
  const baseline = await measure('js-yaml loadAll, article Ingress (baseline)', () => loadAll(ingress), 3000, 300);
  const check = await measure('checkManifests, article Ingress', () => checkManifests(ingress, defaults), 1000, 100);
  const whole = await measure('handle(`check` + article Ingress)', () => handle(`check\n${ingress}`, c), 1000, 100);
  return {
    title: 'Manifests: check of the reference Ingress',
    baseline,
    rows: [check, whole],
    verdicts: [`check p99 ${whole.p99Ms.toFixed(2)} ms per Ingress (target ≤ 50 ms): ${whole.p99Ms <= 50 ? 'met' : 'NOT met'}`],
  };
}

export async function checkHundredDocuments(): Promise<Section> {
  const baseline = await measure(`js-yaml loadAll, 100 documents, ${Math.round(hundred.length / 1024)} kB (baseline)`, () => loadAll(hundred), 100, 10);
  const check = await measure('checkManifests, 100 documents (80 Services, 20 Ingresses)', () => checkManifests(hundred, defaults), 50, 5);
  return {
    title: 'Manifests: check of a 100-document paste',
    baseline,
    rows: [check],
    verdicts: [`100 documents p99 ${check.p99Ms.toFixed(0)} ms (target ≤ 1 s): ${check.p99Ms <= 1000 ? 'met' : 'NOT met'}`],
  };
}

export async function renderYaml(): Promise<Section> {
  const c = ctx();
  const resolved = resolveParams('ingress', 'web', { host: 'shop.example.com', service: 'web', port: '80', tls: 'true' }, undefined, defaults);
  if (!resolved.ok) throw new Error('bench parameters rejected');
  const object = renderManifest(resolved.params).object;
  const baseline = await measure('js-yaml dump of the Ingress object (baseline)', () => dump(object, { lineWidth: -1, noRefs: true }));
  const render = await measure('resolveParams + renderManifest (with comments)', () => {
    const r = resolveParams('ingress', 'web', { host: 'shop.example.com', service: 'web', port: '80', tls: 'true' }, undefined, defaults);
    if (r.ok) renderManifest(r.params);
  });
  const whole = await measure('handle(`yaml ingress web host=… tls=true`)', () => handle('yaml ingress web host=shop.example.com service=web port=80 tls=true', c));
  return {
    title: 'Manifests: yaml rendering',
    baseline,
    rows: [render, whole],
    verdicts: [`yaml p99 ${whole.p99Ms.toFixed(2)} ms (target ≤ 20 ms): ${whole.p99Ms <= 20 ? 'met' : 'NOT met'}`],
  };
}

export default [checkArticleIngress, checkHundredDocuments, renderYaml];
