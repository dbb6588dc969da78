import { describe, expect, it } from 'vitest';
import { selectorMismatchAnswer } from '../../src/core/selector-labels.js';
import { ask } from '../helpers.js';

const SERVICE = ['$ kubectl -n shop get svc cart -o yaml', '# (trimmed)', 'spec:', '  selector:', '    app: cart', '    tier: backend', '  ports:', '  - port: 80'].join('\n');
const PODS = (labels: string) => ['NAME            READY   STATUS    RESTARTS   AGE   LABELS', `cart-5d9f-x2k   1/1     Running   0          3m    ${labels}`].join('\n');

describe('a pasted selector beside the pods\' labels', () => {
  it('names the labels that keep the pods out of the Service', async () => {
    const r = await ask(`${SERVICE}\n\n${PODS('app=cart,pod-template-hash=5d9f')}\n\nthe cart service has no endpoints, what's wrong`);
    expect(r.data.topic).toBe('selectors');
    expect(r.text).toMatch(/The Service selects \W*app: cart, tier: backend/);
    expect(r.text).toContain('add `tier: backend` to the pod template');
  });

  it('says nothing when the pods carry every label of the selector, or when one side is missing', () => {
    expect(selectorMismatchAnswer(`${SERVICE}\n${PODS('app=cart,tier=backend,pod-template-hash=5d9f')}`)).toBeNull();
    expect(selectorMismatchAnswer(SERVICE)).toBeNull();
    expect(selectorMismatchAnswer(PODS('app=cart'))).toBeNull();
  });

  it('reads the selector as kubectl describe prints it', () => {
    expect(selectorMismatchAnswer(`Name: cart\nSelector:          app=cart\nType: ClusterIP\n${PODS('app.kubernetes.io/name=cart')}`)).toContain('`app: cart`');
  });

  it('reads the pods\' labels as the message tells them', () => {
    const described = 'Name: cart\nSelector:          app=cart,tier=backend\nEndpoints:         <none>\n';
    expect(selectorMismatchAnswer(`${described}my pods are labelled app=cart, version=v2. why no endpoints?`)).toContain('add `tier: backend` to the pod template');
    // Labels that agree are no mismatch, however they are listed.
    expect(selectorMismatchAnswer(`${described}the pod has labels app=cart and tier=backend`)).toBeNull();
    expect(selectorMismatchAnswer(`${described}pods carry labels app=cart,tier=backend.`)).toBeNull();
  });
});
