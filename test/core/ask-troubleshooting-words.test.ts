// Troubleshooting told in words, with no pasted output: the topic each story belongs to and what to check first.
// Phrasings are our own.

import { describe, expect, it } from 'vitest';
import { terms } from '../../src/knowledge/terms.js';
import { portMismatchAnswer } from '../../src/core/port-numbers.js';
import { ask, testRuntime } from '../helpers.js';

const runtime = testRuntime();
const answer = async (q: string): Promise<{ command: string | null; topic: unknown; text: string }> => {
  const r = await ask(`ask ${q}`, runtime);
  return { command: r.command, topic: r.data.topic, text: r.text };
};

describe('symptoms told in words find their topic and the fact that answers them', () => {
  it.each([
    // Nothing comes back, however it is said: the checklist (endpoints, selector).
    ['the api service is not responding at all even though every pod is up, what should i look at first?', 'unreachable-service', /EndpointSlices?|endpointslices/],
    ['our svc isnt answering anything, containers are running, check first?', 'unreachable-service', /selector/],
    // A share of the requests fail: one bad endpoint among several.
    ['every other call to our service fails, intermittently, the others go through', 'unreachable-service', /call each pod IP/],
    // A headless name with nothing behind it.
    ['the headless service for our brokers has no A records in dig, not a single one', 'headless', /selector matches no pod/],
    // Why a load balancer is not made: the events.
    ['how can i find out why the load balancer for my service never gets an address', 'loadbalancer', /kubectl describe svc/],
    // Idle keep-alive connections closed by the app while the proxy reuses them.
    ['sporadic 502 from ingress-nginx, error log has upstream prematurely closed connection, express backend with keep-alive on', 'ingress-errors', /keepAliveTimeout/],
    // Per-connection balancing and connections held open.
    ['four replicas yet one pod gets all the traffic, our clients keep long-lived connections to it', 'kube-proxy', /per connection|new connection/],
    // The way that works holds the contrast.
    ['works with kubectl port-forward on the pod, not via our ingress though. where to begin?', 'port-forward', /ingressClassName/],
    ['curl to the service ip answers but the service name does not, why', 'clusterip', /nslookup/],
    // An address, yet nothing connects: target health and security groups.
    ['our NLB on EKS has its hostname now but every connection times out', 'aws-nlb', /security group/],
  ])('%s', async (q, topic, fact) => {
    const r = await answer(q);
    expect(r.command).toBe('ask');
    expect(r.topic).toBe(topic);
    expect(r.text).toMatch(fact);
  });
});

describe('the words of a troubleshooting story', () => {
  it('reads "keep-alive" and "long-lived" connections as connections held open, not something preserved', () => {
    expect(terms('clients keep long-lived connections')).toEqual(['client', 'keepalive', 'connect']);
    expect(terms('HTTP keep-alive')).toEqual(['http', 'keepalive']);
    expect(terms('how do I keep the client ip')).toContain('preserve');
  });

  it('reads an answer that never comes as an unreachable Service, and "check first" as debugging', () => {
    expect(terms("my service doesn't answer")).toEqual(['service', 'cant', 'reach']);
    expect(terms('what do i check first')).toEqual(['debug']);
  });

  it('reads "see why" as the cause asked for, and "no records" as a name with nothing behind it', () => {
    expect(terms('how do i see why')).toEqual(['cause']);
    expect(terms('dig gives no records')).toEqual(['dns', 'dig', 'give', 'norecord', 'record']);
    expect(terms('every other request fails')).toEqual(['intermittent', 'request', 'debug']);
  });
});

describe('the port called, told in words', () => {
  it('sets the port curled beside the port the app listens on', () => {
    const text = portMismatchAnswer('refused when we curl the service on port 443, the pod listens on 8443');
    expect(text).toContain('`port: 443` with `targetPort: 8443`');
  });

  it('says nothing when the port called is the app\'s', () => {
    expect(portMismatchAnswer('connecting to it on port 8080 is refused, the container listens on 8080')).toBeNull();
  });
});

describe('troubleshooting told in words is routed to the knowledge base', () => {
  const routed = async (text: string): Promise<{ command: string | null; topic: unknown; text: string }> => {
    const r = await ask(text, runtime);
    return { command: r.command, topic: r.data.topic, text: r.text };
  };

  it('reads how a call turns out after "svc" as no Service name', async () => {
    const r = await routed('only half the requests to the svc succeeds, the others hang');
    expect(r.command).toBe('ask');
  });

  it('answers the real client IP asked after the product it sits behind', async () => {
    const r = await routed('behind traefik our api only ever logs 10.42.x addresses. how do we get the real client ip?');
    expect(r.command).toBe('ask');
    expect(r.text).toMatch(/X-Forwarded-For|proxy protocol|externalTrafficPolicy/i);
  });

  it('reads "do i have to install" as an obligation, not a workload of the asker\'s', async () => {
    const r = await routed('does gateway api come with kubernetes or do we have to install something?');
    expect(r.command).toBe('ask');
    expect(r.topic).toBe('gateway-api');
    expect(r.text).toMatch(/CRDs/);
  });
});

describe('a short name that fails from another namespace', () => {
  it('is answered with the name and its namespace to add', async () => {
    const r = await answer("dig orders-api doesn't resolve from pods in a different namespace");
    expect(r.topic).toBe('dns');
    expect(r.text).toContain('`orders-api.NAMESPACE`');
  });

  it('is not read into a timeout, which a name that does not resolve never gives', async () => {
    const r = await answer('curl billing from another namespace times out');
    expect(r.text).not.toContain('`billing.NAMESPACE`');
  });
});
