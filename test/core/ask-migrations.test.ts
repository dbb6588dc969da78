// `ask` on questions from people moving from Docker Compose, Heroku or VMs, running on a cloud's
// managed Kubernetes, or using the usual add-ons (external-dns, cert-manager): the topic that
// answers, and the words a right answer must contain. Phrasings are our own, not the eval sets'.
import { describe, expect, it } from 'vitest';
import { ask, expectTopicAnswer, testRuntime } from '../helpers.js';

const runtime = testRuntime();

/** [question (asked with `ask`), topic, words the answer must contain (any of "a | b")]. */
const CASES: [string, string, string[]][] = [
  // Coming from Docker Compose
  ['my compose app used the service name "db" as the host, what is the hostname in kubernetes', 'from-docker-compose', ['Service', 'svc.cluster.local']],
  ['we scale a compose service to 4 copies, what replaces that', 'from-docker-compose', ['replicas']],
  ['app container connects to localhost:5432 for postgres, postgres is now a separate deployment and it fails', 'from-docker-compose', ['same pod', 'Service name']],
  ['docker-compose ports "8080:80" — what is that in kubernetes', 'from-docker-compose', ['targetPort', 'port-forward | NodePort']],
  ['is there a network_mode: host equivalent for a pod', 'host-network', ['hostNetwork']],
  ['compose gave my containers DB_PORT style variables through links, do pods get anything like that', 'from-docker-compose', ['SERVICE_HOST', 'DNS']],
  ['can my code store the ip of a pod it talks to, like a docker container ip', 'from-docker-compose', ['replaced', 'Service']],
  // Coming from Heroku or VMs
  ['on heroku every app got its own url, what do I set up to get one on our cluster', 'from-heroku-vms', ['Ingress', 'DNS']],
  ['we have ssl_certificate files on the old server, how do I give them to the ingress', 'from-heroku-vms', ['kubernetes.io/tls', 'secretName']],
  ['our partner allow-lists the source address of our calls, which address do pods use going out', 'egress-ip', ['NAT', 'node']],
  ['need a static egress ip on gke for an external api allow list', 'egress-ip', ['Cloud NAT']],
  // Cloud specifics
  ['reserve an address for a gke ingress so it never changes', 'gke-ingress', ['kubernetes.io/ingress.global-static-ip-name', '--global']],
  ['gke load balancer health check keeps hitting / but my app serves /ready', 'gke-ingress', ['BackendConfig', 'requestPath']],
  ['aws alb marks my targets unhealthy, health endpoint is /status', 'aws-alb', ['alb.ingress.kubernetes.io/healthcheck-path']],
  ['aks service cannot use the public ip from our network resource group', 'aks-static-ip', ['azure-load-balancer-resource-group', 'Network Contributor']],
  // Add-ons
  ['external-dns hostname annotation for a service of type LoadBalancer', 'external-dns', ['external-dns.alpha.kubernetes.io/hostname']],
  ['external-dns logs say AccessDenied on route53', 'external-dns', ['IAM | route53:ChangeResourceRecordSets']],
  ['which annotation makes cert-manager issue a certificate for my ingress', 'cert-manager', ['cert-manager.io/cluster-issuer']],
  ['cert-manager certificate stays READY False, where do I look', 'cert-manager', ['kubectl describe', 'Challenge']],
  // Coming from nginx, HAProxy or VMs
  ['where does the server_name of my nginx site go in kubernetes', 'ingress-controller', ['host']],
  ['i translate my nginx location /static and proxy_pass into an ingress how', 'ingress-controller', ['path', 'pathType', 'backend Service']],
  ['we kept an haproxy in front of our app servers to spread load, does k8s need one', 'service', ['EndpointSlices', 'kube-proxy']],
  ['a fixed address for the service, or will the cluster ip move after a rollout', 'clusterip', ['deleted', 'DNS']],
  ['does kube-proxy sit in the path of my http requests like a proxy server', 'kube-proxy', ['kernel', 'iptables']],
  ['i want a custom /etc/hosts line inside my pod for a legacy name', 'dns', ['hostAliases']],
  ['three apps that all want port 80, will they conflict in one cluster', 'ports', ['own IP']],
  ['used to ssh into the box and curl things, how do i poke around from inside the cluster', 'unreachable-service', ['kubectl run', 'kubectl exec']],
  // Troubleshooting
  ['how can I test dns lookups from within a pod', 'dns', ['nslookup', 'kubectl run | kubectl exec']],
  ['kubectl apply says no matches for kind "Ingress" in version "networking.k8s.io/v1beta1"', 'ingress-migration', ['networking.k8s.io/v1', 'pathType']],
];

describe('ask: migrations, clouds and add-ons', () => {
  it.each(CASES)('%s', (question, topic, facts) => expectTopicAnswer(runtime, question, topic, facts));

  it('names a topic by a phrase of several words before a single word it contains', async () => {
    // "gke ingress" names the GKE topic; "ingress" alone would name Ingress.
    const r = await ask('ask gke ingress keeps changing its ip', runtime);
    expect(r.data.topic).toBe('gke-ingress');
  });

  it('answers a named topic even when a pasted table adds words it does not know', async () => {
    const r = await ask('ask cert-manager stuck:\nNAME      READY   SECRET    AGE\napi-tls   False   api-tls   40m', runtime);
    expect(r.data.topic).toBe('cert-manager');
    expect(r.text).toContain('CertificateRequest');
  });
});

describe('a pasted v1beta1 Ingress backend', () => {
  it('is shown in its v1 form with the asker\'s Service and port', async () => {
    const r = await ask('ask what is this in networking.k8s.io/v1?\n```\n        backend:\n          serviceName: shop-api\n          servicePort: http\n```', runtime);
    expect(r.data.topic).toBe('ingress-migration');
    expect(r.text).toContain('backend:\n  service:\n    name: shop-api\n    port:\n      name: http');
    const numbered = await ask('ask our old ingress has serviceName: billing and servicePort: 8443 on one line each\nserviceName: billing\nservicePort: 8443', runtime);
    expect(numbered.text).toContain('number: 8443');
  });
});
