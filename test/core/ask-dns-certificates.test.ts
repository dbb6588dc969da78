// `ask` on DNS and certificate automation: the CoreDNS Corefile (forward, stub domains, rewrite, reload, autopath), NodeLocal
// DNSCache, pods' resolver settings and the cluster domain, cert-manager issuers, renewal and DNS-01 solvers, external-dns
// sources, and TLS at the ingress. Phrasings are our own, not the eval sets'.
import { describe, expect, it } from 'vitest';
import { terms } from '../../src/knowledge/terms.js';
import { searchListReadBack, stubDomainReadBack } from '../../src/core/answers.js';
import { ask, expectTopicAnswer, testRuntime } from '../helpers.js';

const runtime = testRuntime();

/** [question (asked with `ask`), topic, words the answer must contain (any of "a | b")]. */
const CASES: [string, string, string[]][] = [
  // CoreDNS configuration
  ['which configmap holds the corefile of coredns', 'coredns-corefile', ['kube-system', 'Corefile']],
  ['after changing the coredns config map is a rollout restart needed', 'coredns-corefile', ['reload']],
  ['conditional forwarding of ad.corp.lan to 192.168.5.10 as a coredns stub domain', 'coredns-corefile', ['ad.corp.lan:53', 'forward . 192.168.5.10']],
  ['coredns rewrite plugin: answer legacy-db.example.org with a service in the cluster', 'coredns-corefile', ['rewrite name']],
  // A name answered with an address for the cluster's own lookups is the Corefile's, whatever the address belongs to.
  ['want *.preview.acme.dev to point at the gateway ip for pods, public dns stays as it is', 'coredns-corefile', ['template | rewrite | hosts']],
  ['what does autopath do in coredns and what does it need', 'coredns-corefile', ['pods verified']],
  // NodeLocal DNSCache
  ['link-local address node local dns cache listens on', 'nodelocal-dnscache', ['169.254.20.10']],
  ['we run kube-proxy in ipvs mode, does node-local-dns need a kubelet change', 'nodelocal-dnscache', ['clusterDNS', '169.254.20.10']],
  ['nodelocaldns runs as what kind of workload', 'nodelocal-dnscache', ['DaemonSet']],
  // Pods' resolver and the cluster domain
  ['search path in resolv.conf for pods in namespace billing', 'dns-policy', ['billing.svc.cluster.local']],
  ['how can i tell which cluster domain our cluster was set up with', 'dns', ['clusterDomain']],
  ['dns lookups hang for exactly 5 seconds now and then though coredns looks healthy', 'dns', ['conntrack', 'NodeLocal | single-request-reopen']],
  ['point a single pod at a dns server of its own instead of the cluster dns', 'dns', ['None', 'nameservers']],
  // cert-manager
  ['issuer or clusterissuer for one letsencrypt account shared by every team', 'cert-manager', ['cluster-scoped']],
  ['acme endpoint of the letsencrypt staging environment for an issuer', 'cert-manager', ['acme-staging-v02.api.letsencrypt.org']],
  ['when will cert-manager renew a 90 day certificate', 'cert-manager', ['two thirds', 'renewBefore']],
  ['iam actions cert-manager needs on route 53 for dns-01', 'cert-manager', ['route53:GetChange', 'route53:ChangeResourceRecordSets']],
  ['clusterissuer says my dns credentials secret is not found, which namespace must it live in', 'cert-manager', ['cluster resource namespace | cluster-resource-namespace']],
  ['wildcard certificate via http-01, possible?', 'ingress-tls', ['DNS-01']],
  ['can an http01 solver issue *.apps.example.com', 'cert-manager', ['DNS-01']],
  ['cert-manager with _acme-challenge delegated by cname to another zone', 'cert-manager', ['cnameStrategy']],
  ['cert-manager dns-01 propagation check never passes, our internal resolvers see another zone', 'cert-manager', ['dns01-recursive-nameservers']],
  // external-dns
  ['which --source flag makes external-dns read the hosts of ingresses', 'external-dns', ['--source=ingress']],
  ['can externaldns publish records for a headless statefulset service', 'external-dns', ['one A record per ready pod']],
  // TLS and errors at the ingress
  ['passthrough vs decrypting at the controller for https', 'ingress-tls', ['passthrough', 'SNI']],
  ['ingress-nginx default certificate for hosts lacking a secret of their own', 'ingress-annotations', ['default-ssl-certificate']],
  ['requests that match no ingress rule: can a service of mine answer them', 'ingress', ['defaultBackend']],
  ['ingress 404 for hosts with no rule, can a default backend take them', 'ingress-errors', ['defaultBackend']],
];

describe('ask: DNS and certificate automation', () => {
  it.each(CASES)('%s', (question, topic, facts) => expectTopicAnswer(runtime, question, topic, facts));
});

describe('free text on DNS and certificates reaches ask', () => {
  it.each([
    ['tls passthrough vs decrypting at the ingress?', 'ingress-tls'],
  ])('%s', async (question, topic) => {
    const r = await ask(question, runtime);
    expect(r.command).toBe('ask');
    expect(r.data.topic, r.text).toBe(topic);
  });
});

describe('read-backs with the asker\'s own names', () => {
  it('writes the stub domain block with the zone and server asked for', () => {
    expect(stubDomainReadBack('stub domain so lab.internal goes to 172.16.0.2?')).toContain('`lab.internal:53 { errors cache 30 forward . 172.16.0.2 }`');
    expect(stubDomainReadBack('how do stub domains work')).toBeNull();
    expect(stubDomainReadBack('stub domain for api.shop.svc.cluster.local')).toBeNull();
  });
  it('spells the search list with the namespace asked about', () => {
    expect(searchListReadBack('search domains for a pod in the orders namespace')).toContain('search orders.svc.cluster.local svc.cluster.local cluster.local');
    expect(searchListReadBack('what search domains does a pod in its namespace get')).toBeNull();
    expect(searchListReadBack('what search domains does a pod get')).toBeNull();
  });
});

describe('terms of the DNS and ACME names', () => {
  it.each([
    ['HTTP-01', ['http01']],
    ['dns01', ['dns01']],
    ['NodeLocal DNSCache', ['nodelocaldns']],
    ['node-local-dns', ['nodelocaldns']],
    ['nodelocal dns cache', ['nodelocaldns']],
    ['the kubelet clusterDomain', ['kubelet', 'clusterdomain', 'dns']],
  ])('%s', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });
  it('keeps traffic on the same node apart from the DNS cache', () => {
    expect(terms('node local traffic')).toEqual(['samenode', 'traffic']);
  });
});
