// `ask` on Ingress and Gateway API in depth: IngressClass controller strings, ingress-nginx's snippet switch and where it sends
// traffic, TLS Secrets made from files, header matches in an HTTPRoute, a Gateway's certificate in another namespace, and what
// becomes of ingress-nginx annotations on a move to Gateway API. Free text that asks how to use a feature of a controller or
// Gateway already chosen reaches `ask` and gets the setting. Phrasings are our own, not the eval sets'.
import { describe, expect, it } from 'vitest';
import { ask, expectTopicAnswer, missingFacts, testRuntime } from '../helpers.js';

const runtime = testRuntime();

/** [question (asked with `ask`), topic, words the answer must contain (any of "a | b")]. */
const CASES: [string, string, string[]][] = [
  ['which controller string does an IngressClass for the kubernetes ingress-nginx project carry', 'ingress-controller', ['k8s.io/ingress-nginx']],
  ['kubectl one-liner: tls secret out of cert.pem and key.pem for my ingress', 'kubectl-services', ['kubectl create secret tls', '--cert', '--key']],
  ['httproute: send requests carrying header x-tenant: acme to their own service', 'gateway-api', ['matches', 'headers']],
  ['the https listener of our gateway points certificateRefs at a secret in namespace certs and never becomes ready', 'gateway-api', ['ReferenceGrant']],
  ['cert-manager issued the certificate into namespace certs, but the gateway in namespace edge cannot use it', 'cert-manager', ['ReferenceGrant']],
  ['ingress-nginx refuses my server-snippet: snippet directives are disabled by the ingress administrator', 'ingress-annotations', ['allow-snippet-annotations']],
  ['kubectl apply fails: admission webhook "validate.nginx.ingress.kubernetes.io" denied the request: server-snippet annotation cannot be used', 'ingress-errors', ['allow-snippet-annotations']],
  ['does the nginx ingress controller go through the clusterip of a service or straight to pod ips', 'ingress-annotations', ['service-upstream', 'pod IP | endpoints | EndpointSlice']],
  ['moving to gateway api, do our nginx.ingress.kubernetes.io annotations still work', 'gateway-api', ['filters']],
  ['can one gateway serve two hostnames on 443, each with its own cert', 'gateway-api', ['listeners', 'hostname', 'certificateRefs']],
];

describe('ask: Ingress and Gateway API in depth', () => {
  it.each(CASES)('%s', (question, topic, facts) => expectTopicAnswer(runtime, question, topic, facts));
});

/** Free text about a feature of an Ingress controller or a Gateway already chosen: [message, words the answer must contain]. */
const FREE: [string, string[]][] = [
  ['how to expose a websocket service through ingress-nginx', ['proxy-read-timeout']],
  ['how do we use canary weights with ingress-nginx', ['canary-weight']],
  ['tls passthrough via gateway api - the pods terminate tls themselves', ['TLSRoute', 'Passthrough']],
  ["what's a listener on a gateway, can two of them share port 443 with other hostnames?", ['listeners', 'hostname']],
  ['two ingresses in two namespaces use the same host with other paths. does ingress-nginx combine them or does one win?', ['merge | combin']],
  ['limit our ingress-nginx ingress to the vpn ip ranges', ['source-range']],
  ['made an ingress, no address ever appears and the nginx controller logs say nothing about it, no class set', ['ingressClassName', 'default']],
  // A share of traffic written as a percentage is a canary's weight, not a number some log line or address holds.
  ['how would I canary 5% of traffic through an ingress', ['canary-weight']],
  // A listener named with its own settings (how many share a port, their certificates): how to configure the Gateway.
  ['gateway listeners: two on port 443 with separate certs?', ['hostname', 'certificateRefs']],
  ['httproute manifest splitting 70/30 between blue and green', ['weight', 'backendRefs']],
  ['yaml for an httproute matching header x-beta: yes to svc beta', ['matches', 'headers']],
];

describe('free text on a chosen controller or Gateway reaches ask', () => {
  it.each(FREE)('%s', async (question, facts) => {
    const r = await ask(question, runtime);
    expect(r.command, r.text).toBe('ask');
    expect(missingFacts(r.text, facts), r.text).toEqual([]);
  });
});
