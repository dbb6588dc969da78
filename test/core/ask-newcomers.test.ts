// Knowledge answers for developers new to Kubernetes and for everyday troubleshooting: what a Service is under a humble
// opener, whether a kind is deprecated, how a part behaves (asked of no workload), two controllers on one Ingress, a sentence
// that starts with "service", and the fixes for common errors. Each case is a class of question, asked in our own words.

import { describe, expect, it } from 'vitest';
import { ask, testRuntime } from '../helpers.js';

const runtime = testRuntime();
const answer = async (q: string): Promise<{ command: string | null; topic: unknown; text: string }> => {
  const r = await ask(q, runtime);
  return { command: r.command, topic: r.data.topic, text: r.text };
};

describe('questions a newcomer asks', () => {
  it.each([
    // A self-deprecating opener says nothing about the subject.
    ['sorry, stupid question: what is a service in k8s', 'service', /stable/],
    ['noob question but what is an ingress', 'ingress', /host/],
    // Whether a kind is deprecated is asked of that kind.
    ['is Ingress being removed now that there is gateway api?', 'ingress', /frozen/],
    // A Service selects pods of its own namespace only.
    ['will my svc pick up pods from a different namespace', 'selectors', /same namespace/],
    // A Service is rules kube-proxy programs, not a process.
    ['is a service a process running on some node?', 'kube-proxy', /virtual/],
  ])('%s', async (q, topic, fact) => {
    const a = await answer(q);
    expect(a.command).toBe('ask');
    expect(a.topic).toBe(topic);
    expect(a.text).toMatch(fact);
  });
});

describe('how a part behaves is asked of the knowledge, not of `which`', () => {
  it.each([
    ['how does an ingress controller pick the backend for a request', /backend/],
    ['can pods talk to each other without a service?', /pod IP/],
    ['do we really need a svc so that one pod can call another pod', /pod IP/],
    ['can I reach a pod using its pod name from another pod', /subdomain/],
  ])('%s', async (q, fact) => {
    const a = await answer(q);
    expect(a.command).toBe('ask');
    expect(a.text).toMatch(fact);
  });
});

describe('troubleshooting', () => {
  it.each([
    // Two controllers serving one Ingress: the class decides, and the default class catches Ingresses without one.
    ['two ingress controllers keep fighting over the same ingress objects', /ingressClassName[\s\S]*default|default[\s\S]*ingressClassName/],
    // A sentence that starts with the command word "service" is a question, not a Service name.
    ['service has targetPort set to a port name that no container declares and nothing connects', /containerPort/],
    // A redirect loop behind a load balancer that terminates TLS.
    ['infinite redirect loop with ingress-nginx when the load balancer in front terminates https', /X-Forwarded-Proto/],
    // A node port reachable on the node but not from outside: firewalls.
    ['curl to the node port works when I ssh into the node but my browser cannot reach it', /firewall/],
    // A node port another Service holds.
    ['error says nodePort 30500 is already allocated', /another Service/],
    // An Ingress uses a TLS Secret of its own namespace only.
    ['can an ingress use a tls secret that cert-manager put in another namespace', /same namespace/],
  ])('%s', async (q, fact) => {
    const a = await answer(q);
    expect(a.command).toBe('ask');
    expect(a.text).toMatch(fact);
  });
});
