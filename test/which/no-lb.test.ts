// "No load balancer" means none at all (review m4): whatever else a message says about an
// on-prem or bare-metal setup, it never gets a LoadBalancer Service unless it names something
// that hands out addresses (MetalLB, kube-vip…), and a message that does name one does get it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ask, testRuntime } from '../helpers.js';

const runtime = testRuntime();
const NO_LB = ['no load balancer', 'no LB', 'without a load balancer', 'no loadbalancers', "we don't have a load balancer", 'without any load balancer', 'no LBs'];
const WHERE = ['on-prem', 'bare metal', 'in our own datacenter', 'on our own servers', ''];
const WHAT = ['a tcp service', 'a udp service', 'postgres', 'an mqtt broker', 'a game server', 'our web app', 'a grpc api', 'kafka'];
const WHO = ['partners', 'customers on the internet', 'the office network', 'devices in the field', 'other teams'];
const STAGE = ['in production', 'for prod', 'for a demo', ''];

describe('which, without a load balancer', () => {
  it('never recommends a LoadBalancer Service when the message says there is none', async () => {
    const parts = fc.tuple(fc.constantFrom(...NO_LB), fc.constantFrom(...WHERE), fc.constantFrom(...WHAT), fc.constantFrom(...WHO), fc.constantFrom(...STAGE));
    await fc.assert(
      fc.asyncProperty(parts, async ([noLb, where, what, who, stage]) => {
        const text = `we run ${where} with ${noLb}, need to expose ${what} to ${who} ${stage}`.replace(/\s+/g, ' ');
        const typed = await ask(`which ${text}`, runtime);
        expect(typed.data.recommendation, text).not.toBe('loadbalancer');
        const free = await ask(text, runtime);
        expect(free.data.recommendation ?? 'none', text).not.toBe('loadbalancer');
      }),
      { numRuns: 120 },
    );
  });

  it('recommends a NodePort behind your own balancer for the case review m4 found', async () => {
    const r = await ask('which we run on-prem with no load balancer, need to expose a tcp service to partners in production', runtime);
    expect(r.data.recommendation).toBe('nodeport');
    expect(r.data.answers).toMatchObject({ environment: 'bare', metallb: 'no', stage: 'prod' });
    expect(r.text).toContain('put a load balancer or DNS you run in front of the nodes');
  });

  it('uses MetalLB when the message names it, for TCP and for the Ingress controller', async () => {
    expect((await ask('which bare metal with metallb, prod tcp service for partners', runtime)).data.recommendation).toBe('loadbalancer');
    const http = await ask('which bare metal with metallb, production web app for customers', runtime);
    expect(http.data.recommendation).toBe('ingress');
    expect(http.text).toContain('MetalLB');
  });
});
