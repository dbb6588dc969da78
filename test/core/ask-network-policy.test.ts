// `ask` on NetworkPolicy in depth and the cluster-scoped policy kinds: selector scope, empty values, address blocks, port
// ranges and named ports, which plugins enforce policies, AdminNetworkPolicy and its successors. Phrasings are our own.
import { describe, expect, it } from 'vitest';
import { policyIpBlock, policyPortRange } from '../../src/core/answers.js';
import { terms } from '../../src/knowledge/terms.js';
import { ask, expectTopicAnswer, testRuntime } from '../helpers.js';

const runtime = testRuntime();

/** [question (asked with `ask`), topic, words the answer must contain (any of "a | b")]. */
const CASES: [string, string, string[]][] = [
  // The cluster-scoped kinds
  ['do i have to add crds before creating admin network policies on 1.30', 'admin-network-policy', ['CRD', 'alpha']],
  ['anp with priority 5 and another with 100, which is evaluated first', 'admin-network-policy', ['lower']],
  ['how many BANP objects may a cluster hold', 'admin-network-policy', ['default', 'single']],
  ['what group and version do i put in an AdminNetworkPolicy manifest', 'admin-network-policy', ['policy.networking.k8s.io/v1alpha1']],
  ['ClusterNetworkPolicy with tier Baseline, what is that', 'admin-network-policy', ['v1alpha2', 'Baseline']],
  ['a Pass rule in an ANP, where does the traffic go next', 'admin-network-policy', ['NetworkPolicy', 'BaselineAdminNetworkPolicy']],
  // Empty values and the scope of selectors
  ['netpol that lets every outgoing connection through, what does the egress rule look like with allow-all', 'network-policy', ['egress: [{}]']],
  ['does an empty namespaceSelector: {} in my from list include other namespaces', 'network-policy', ['all namespaces']],
  ['only a podSelector under `to` in an egress rule, will it reach pods in another ns', 'network-policy', ["policy's own namespace"]],
  ['let every namespace in besides logging and tracing with a netpol', 'network-policy', ['NotIn', 'matchExpressions']],
  // Address blocks and ports
  ['my ipBlock except list has a range outside the cidr, will the api take it', 'network-policy', ['strict subset']],
  ['what cidr covers every ipv6 address in a netpol', 'network-policy', ['::/0']],
  ['named port in an ingress rule of a netpol, looked up on which pods', 'ports', ['destination']],
  // DNS, the API server, enforcement
  ['our allow-dns policy, what label do the coredns pods carry', 'network-policy', ['k8s-app: kube-dns']],
  ['allowed egress to the kubernetes service ip 10.43.0.1 but client-go in my controller still times out', 'network-policy', ['endpoint', '443']],
  ['policy is applied yet it is not blocking a thing', 'network-policy', ['CNI', 'labels']],
  ['which network policies apply to this pod of mine, how to tell', 'network-policy', ['kubectl get networkpolicy', '--show-labels']],
  ['a default deny ingress went in and now traefik routes to my app give 504', 'network-policy', ['namespaceSelector']],
];

describe('ask: NetworkPolicy in depth and cluster-scoped policies', () => {
  it.each(CASES)('%s', (question, topic, facts) => expectTopicAnswer(runtime, question, topic, facts));

  it('explains AdminNetworkPolicy by any of its names', async () => {
    for (const name of ['adminnetworkpolicy', 'banp', 'clusternetworkpolicy']) {
      const r = await ask(`explain ${name}`, runtime);
      expect(r.data.topic, name).toBe('admin-network-policy');
      expect(r.text).toMatch(/cluster-scoped/);
    }
  });

  it('writes a port range asked of a NetworkPolicy with the asker\'s numbers', async () => {
    const r = await ask('ask netpol to open tcp 7000-7010 to the cache pods', runtime);
    expect(r.data.topic).toBe('network-policy');
    expect(r.text).toContain('port: 7000, endPort: 7010');
  });

  it('reads a port range only when it is one', () => {
    expect(policyPortRange('ports 8000 to 8100')).toContain('endPort: 8100');
    expect(policyPortRange('ports 9000-80')).toBeNull();
    expect(policyPortRange('port range 1-70000')).toBeNull();
    expect(policyPortRange('allow port 443')).toBeNull();
  });

  it('writes an ipBlock asked for with the asker\'s own range and exceptions', async () => {
    const r = await ask('netpol: let our pods call out to 198.51.100.0/24 but not to the host 198.51.100.9', runtime);
    expect(r.command).toBe('ask');
    expect(r.data.topic).toBe('network-policy');
    expect(r.text).toContain('ipBlock: {cidr: 198.51.100.0/24, except: [198.51.100.9/32]}');
    expect(r.text).toContain('Egress');
  });

  it('says an except range outside the cidr is rejected instead of writing it', () => {
    expect(policyIpBlock('ingress from 172.16.0.0/16 excluding 172.20.1.0/24, ok?')).toMatch(/not inside `172\.16\.0\.0\/16`.*invalid/);
    expect(policyIpBlock('ingress from 172.16.0.0/16 excluding 172.16.1.0/24')).toContain('from: [{ipBlock: {cidr: 172.16.0.0/16, except: [172.16.1.0/24]}}]');
    // No block written: an address alone is no range asked for.
    expect(policyIpBlock('allow port 443 from 10.1.2.3')).toBeNull();
  });

  it('reads the policy kinds, empty values and policies about DNS as one thing each', () => {
    expect(terms('BaselineAdminNetworkPolicy')).toEqual(['baselineadminnetworkpolicy']);
    expect(terms('admin network policies')).toEqual(['adminnetworkpolicy']);
    expect(terms('our cluster network policy')).toEqual(['cluster', 'networkpolicy']);
    expect(terms('podSelector: {}')).toEqual(['podselector', 'empty']);
    expect(terms('an allow-dns policy')).not.toContain('dnspolicy');
    expect(terms('the pod dns policy')).toContain('dnspolicy');
    expect(terms('allowed egress to 10.0.0.0/8')).toContain('networkpolicy');
  });
});
