// Knowledge answers about how Services work underneath: kube-proxy's modes and rules, EndpointSlices, the Service range,
// immutable fields and port names. Each case is a class of question, asked in our own words, with the fact a right answer
// must carry.

import { describe, expect, it } from 'vitest';
import { ask, testRuntime } from '../helpers.js';

const runtime = testRuntime();
const answer = async (q: string): Promise<{ command: string | null; topic: unknown; text: string }> => {
  const r = await ask(q, runtime);
  return { command: r.command, topic: r.data.topic, text: r.text };
};

describe('kube-proxy internals', () => {
  it.each([
    // The dummy interface of IPVS mode, and why Service IPs answer ping there.
    ['ask what is the kube-ipvs0 device that ip addr lists on every node', /dummy/],
    // Why IPVS (and nftables) scale: hash lookups against a rule list walked in order.
    ['ask why does ipvs mode cope better than iptables mode once a cluster has thousands of services', /O\(n\)/],
    ['ask why does ipvs mode cope better than iptables mode once a cluster has thousands of services', /O\(1\)/],
    // How iptables mode picks a backend: KUBE-SVC jumps to one KUBE-SEP chain by probability.
    ["ask how are backends chosen for a new connection by kube-proxy's iptables rules", /KUBE-SEP/],
    ["ask how are backends chosen for a new connection by kube-proxy's iptables rules", /probability/],
  ])('%s', async (q, fact) => {
    const a = await answer(q);
    expect(a.topic).toBe('kube-proxy');
    expect(a.text).toMatch(fact);
  });
});

describe('two load balancer implementations in one cluster', () => {
  it.each([
    ["can the cloud provider's load balancer and metallb both serve LoadBalancer services in one cluster", /loadBalancerClass/],
    ['use cilium lb ipam for some loadbalancer services and metallb for the rest', /loadBalancerClass/],
  ])('%s', async (q, fact) => {
    const a = await answer(q);
    expect(a.command).toBe('ask');
    expect(a.text).toMatch(fact);
  });
});

describe('EndpointSlices and zones', () => {
  it('says why Topology Aware Routing left the slices without hints: the nodes\' zone label among its safeguards', async () => {
    const a = await answer('i set service.kubernetes.io/topology-mode to Auto yet kubectl shows no hints on the slices, what is missing');
    expect(a.topic).toBe('traffic-distribution');
    expect(a.text).toContain('topology.kubernetes.io/zone');
  });
});

describe('the Service range, immutable fields and port names', () => {
  it('names the component and flag that set the Service CIDR', async () => {
    const a = await answer('ask which component and flag define the service cidr');
    expect(a.text).toContain('kube-apiserver');
    expect(a.text).toContain('--service-cluster-ip-range');
  });

  it.each([
    // An immutable cluster IP, whatever value the update tried.
    ['helm upgrade says spec.clusterIP: Invalid value: "None": field is immutable', 'clusterip', /immutable/],
    ['applying the manifest fails: spec.clusterIP: Invalid value: "": field is immutable', 'clusterip', /Remove `clusterIP`/],
    // A Service port's name is a DNS label: no underscores.
    ['The Service "api" is invalid: spec.ports[1].name: Invalid value: "grpc_web": a lowercase RFC 1123 label must consist of lower case alphanumeric characters', 'ports', /underscores/],
    // A container port's name is an IANA service name: 15 characters at most, wherever the path to it starts.
    ['deployment rejected: spec.template.spec.containers[0].ports[1].name: Invalid value: "prometheus-metrics": must be no more than 15 characters', 'ports', /15 characters/],
    ['spec.containers[2].ports[0].name: Invalid value: "websocket-gateway" why', 'ports', /15 characters/],
  ])('%s', async (q, topic, fact) => {
    const a = await answer(q);
    expect(a.command).toBe('ask');
    expect(a.topic).toBe(topic);
    expect(a.text).toMatch(fact);
  });
});
