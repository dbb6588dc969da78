// Knowledge answers for failure stories: the topic each family of symptoms belongs to, and the
// fact that answers it (DNS failure modes, load balancer health checks, NetworkPolicy and DNS,
// per-replica names, exhausted address ranges, cross-node pod traffic). Phrasings are our own.

import { describe, expect, it } from 'vitest';
import { terms } from '../../src/knowledge/terms.js';
import { ask, testRuntime } from '../helpers.js';

const runtime = testRuntime();
const answer = async (q: string): Promise<{ topic: unknown; text: string }> => {
  const r = await ask(`ask ${q}`, runtime);
  return { topic: r.data.topic, text: r.text };
};

describe('failure stories find their topic and the fact that answers them', () => {
  it.each([
    ['internal service names work from my pods but nothing on the internet like api.stripe.com resolves', 'dns', /forward/],
    ['the cluster DNS answers for services yet every outside hostname lookup fails', 'dns', /upstream/],
    ['why do lookups of outside hostnames take seconds in a pod when service names answer at once', 'dns', /ndots/],
    ['the load balancer marks a few of our nodes unhealthy while the rest pass its health check', 'external-traffic-policy', /healthCheckNodePort/],
    ['behind our AWS NLB half of the worker nodes show unhealthy targets', 'aws-nlb', /externalTrafficPolicy: Local/],
    ['we turned on a default deny NetworkPolicy for egress and now lookups time out', 'network-policy', /UDP and TCP port `?53/],
    ['every replica of my zookeeper ensemble must be addressable by a fixed name', 'headless', /StatefulSet/],
    ['kubectl apply of a Service says failed to allocate a serviceIP, range is full', 'address-exhaustion', /ServiceCIDR/],
    ['pods talk fine when they share a node, across two nodes the packets vanish', 'cni', /4789|8472/],
    ['large responses between pods on different nodes hang while pings work, mtu?', 'mtu', /1450/],
    ['the endpoints of my service list both pod ips as ready, still curl from another pod times out', 'endpointslices', /NetworkPolicy/],
    ['our web server access logs only ever record a node ip instead of the real client ip', 'external-traffic-policy', /Local/],
    ['do the ports of a service have to carry names? none of ours do', 'ports', /more than one/],
    ['may a targetPort hold text rather than a port number?', 'ports', /the name of a named/],
    // An Ingress's empty ADDRESS column is its own symptom, whatever kubectl command showed it.
    ['kubectl get ingress shows no address for my new ingress, what did i forget', 'ingress-errors', /controller/],
    // Both sides of "X vs Y" named in one piece: the piece that compares them.
    ['nftables vs iptables for kube-proxy, which is better?', 'kube-proxy', /scale/],
    // A kind cluster's ports reach the machine only through the node container's port mappings.
    ['using kind with traefik, nothing answers on localhost:443', 'local-clusters', /extraPortMappings/],
  ])('%s', async (q, topic, fact) => {
    const a = await answer(q);
    expect(a.topic).toBe(topic);
    expect(a.text).toMatch(fact);
  });

  it('answers "too many load balancers" with sharing one by host and path', async () => {
    const a = await answer('we ended up with way too many load balancers, what should we do');
    expect(a.text).toMatch(/Ingress|Gateway/);
    expect(a.text).toMatch(/host/);
    expect(a.text).toMatch(/path/);
  });

  it('names the 1.33 version for extending the Service range', async () => {
    const a = await answer('how do I add more service IPs with a ServiceCIDR');
    expect(a.text).toContain('1.33');
  });
});

describe('outside host names in a question', () => {
  it('reads a public host name as a host, not as the cloud its label spells', () => {
    expect(terms('cannot resolve google.com')).not.toContain('gke');
    expect(terms('cannot resolve google.com')).toContain('host');
    expect(terms('curl aws.amazon.com fails')).not.toContain('aws');
  });
  it('answers a question with chat asides as surely as without them', async () => {
    const r = await ask('tbh we put an egress networkpolicy on the namespace and now dns is dead lol, what did we forget', runtime);
    expect(r.command).toBe('ask');
    expect(r.text).not.toMatch(/not sure what you mean/);
    expect(r.text).toMatch(/\b53\b/);
  });

  it('drops chat interjections and reads "be changed" as configurable', () => {
    expect(terms('dns is broken lol btw')).toEqual(['dns', 'debug']);
    expect(terms('can the timeout be changed')).toContain('configure');
    expect(terms('if I change the selector')).not.toContain('configure');
  });

  it('keeps cluster names and annotation keys as words', () => {
    expect(terms('api.shop.svc.cluster.local')).toContain('shop');
    expect(terms('cloud.google.com/neg: true')).toContain('gke');
  });
});

describe('platform and product facts', () => {
  it.each([
    ['how do i switch off servicelb on k3s', 'local-clusters', /--disable=servicelb/],
    ['is the F5 nginx ingress the same project as ingress-nginx', 'ingress-controller', /different projects/],
    // ingress-nginx's features are answered from the topic that holds them (ask-51k2).
    ['snippet annotations stopped working after we upgraded ingress-nginx', 'ingress-annotations', /allow-snippet-annotations/],
    ['k3s cluster: the second ingress controller we added never gets an external address', 'local-clusters', /--disable=traefik/],
    ['does calico need to be installed for network policies on eks', 'network-policy', /enableNetworkPolicy/],
    ['our deny-all policy does nothing on minikube', 'network-policy', /--cni=calico/],
    ['what are the tls termination options of an openshift route', 'openshift-routes', /reencrypt/],
    ['can plain Ingress objects be used on openshift', 'openshift-routes', /Ingresses work too/],
    // Istio's own topic answers since ask-65k.
    ['istio VirtualService or HTTPRoute for routing, which API is that', 'istio', /networking\.istio\.io/],
    ['url of a service through kubectl proxy on kind', 'local-clusters', /\/api\/v1\/namespaces\//],
    ['loadBalancerSourceRanges on an EKS service, where does it end up', 'aws-nlb', /security group/],
    // minikube has a topic of its own since ask-59k; its answer still tells the /etc/hosts fix (or minikube tunnel's 127.0.0.1).
    ['ingress host shop.test on minikube does not resolve in the browser', 'minikube', /\/etc\/hosts/],
    // Fields and conditions of the objects, asked by name.
    ['our gateway is accepted yet never programmed, why would that be', 'gateway-api', /AddressNotAssigned/],
    ['the route never binds to our gateway, how do I troubleshoot that', 'gateway-api', /status\.parents/],
    ['which api group and version does a GRPCRoute manifest need today?', 'gateway-api', /gateway\.networking\.k8s\.io\/v1/],
    ['our gateway listener wants a tls secret kept in the certs namespace, can it use it?', 'gateway-api', /ReferenceGrant/],
    ['metallb peering with our core switches over bgp: what goes on the switch?', 'bare-metal', /peerASN/],
    ['is the health check node port of a Local LoadBalancer something I can choose?', 'external-traffic-policy', /30000-32767/],
    ['what do forZones entries on an endpointslice do', 'endpointslices', /Topology Aware Routing/],
    ['is ipvs any faster than iptables for kube-proxy with thousands of services?', 'kube-proxy', /hash tables/],
    ['what problem did endpointslices solve compared to the old endpoints object', 'endpointslices', /did not scale/],
    ['could I choose the exact cluster ip address a service gets?', 'clusterip', /service-cluster-ip-range/],
    ['what does an ipBlock peer match in a network policy rule', 'network-policy', /except/],
    // "can X be changed" asks whether it is configurable.
    ['can the port range for node ports be adjusted by us?', 'nodeport', /--service-node-port-range/],
    ['how do we change the node port range on our own cluster', 'nodeport', /(?:kube-apiserver|API server) flag `--service-node-port-range`/],
    // What implements a cluster IP: kube-proxy's rules, or a CNI's eBPF.
    ['which thing actually implements the clusterip on each node?', 'clusterip', /iptables/],
    // Where to look, and what the fault's own words point to.
    ['my LoadBalancer EXTERNAL-IP has been pending for an hour, where can I see the reason', 'loadbalancer', /kubectl describe svc/],
    ['the load balancer for my EKS service is never created: no suitable subnets found', 'aws-alb', /kubernetes\.io\/role\/elb/],
    ['since I set hostNetwork on the pod, service names stopped resolving', 'host-network', /ClusterFirstWithHostNet/],
    ['why does my pod have no PAYMENTS_SERVICE_HOST env var', 'dns', /restart/],
    ['how do I nslookup a service name from inside a pod', 'dns', /kubectl run/],
    ['rules for a service name? mine with an underscore was refused', 'dns', /63 characters/],
    ['externalName pointing at a service in another namespace, does that work', 'externalname', /svc\.cluster\.local/],
    ["getting 'no route to host' when curling my service", 'connection-errors', /endpointslices/],
    ['our service cidr overlaps the office VPN range, what breaks', 'address-exhaustion', /VPN/],
    ['a Service with 2 ports fails to apply: spec.ports[1].name: Required value', 'ports', /more than one port/],
    ['port-forward to the service is fine yet other pods calling it fail', 'port-forward', /bypass/],
    // A cloud named beside a kind every cloud runs the same way is where the cluster runs, not the subject.
    ['nodeport works inside the cluster but not from outside, nodes are aws ec2 instances', 'nodeport', /security groups/],
    // A part the asker says works is not the subject: the refused connection is.
    ["debugging 'connection refused' when calling a service? DNS resolves fine though", 'connection-errors', /targetPort/],
  ])('%s', async (q, topic, fact) => {
    const a = await answer(q);
    expect(a.topic).toBe(topic);
    expect(a.text).toMatch(fact);
  });
});

// Pod networking and the CNI plugins (ask-67k): pod CIDRs, Calico pools and encapsulation, flannel backends, the Amazon
// VPC CNI's limits and options, which plugin runs and whether it enforces NetworkPolicy.
describe('pod networking and CNI plugins', () => {
  it.each([
    ['which ip pool does calico create out of the box', 'calico', /192\.168\.0\.0\/16/],
    ['calico pool with vxlanMode CrossSubnet, when does it encapsulate', 'calico', /another subnet/],
    ['is ip-in-ip in calico udp or something else', 'calico', /protocol 4/],
    ['our calico cluster on physical servers cannot get out to the web, pod to pod fine', 'calico', /natOutgoing/],
    ['what subnet does kube-flannel hand out by default', 'flannel', /10\.244\.0\.0\/16/],
    ['flannel host-gw across two subnets, will that work', 'flannel', /layer 2/],
    ['where do i set the pod subnet when bootstrapping with kubeadm', 'address-exhaustion', /--pod-network-cidr/],
    ['how big is the slice of pod addresses each node gets, can i make it larger', 'address-exhaustion', /node-cidr-mask-size/],
    ['cilium cluster pool default range collides with our network', 'address-exhaustion', /clusterPoolIPv4PodCIDRList/],
    ['nodes stay NotReady after kubeadm init, cni plugin not initialized', 'cni', /pod network add-on/],
    ['which port does cilium use for its vxlan tunnel between nodes', 'cni', /8472/],
    ['enable prefix mode on the amazon vpc cni', 'aws-vpc-cni', /ENABLE_PREFIX_DELEGATION/],
    ['how many addresses are in one delegated prefix with the vpc cni', 'aws-vpc-cni', /\/28/],
    ['why does a t3.medium only fit 17 pods with the vpc cni', 'aws-vpc-cni', /ENIs?/],
    ['vpc cni custom networking with ENIConfig, what does it solve', 'aws-vpc-cni', /AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG/],
    ['assigning security groups to individual pods on eks', 'aws-vpc-cni', /SecurityGroupPolicy/],
    ['what network policy engines can an aks cluster use', 'network-policy', /calico/i],
    ['can a NetworkPolicy match on the url path of a request', 'network-policy', /L3\/L4/],
    // Which plugins enforce NetworkPolicy (k3s's embedded kube-router among them) is the policy topic's own detail now.
    ['does k3s enforce network policies out of the box', 'network-policy', /kube-router/],
    ['figure out which network plugin an old cluster uses', 'cni', /\/etc\/cni\/net\.d/],
    ['verify that cilium replaced kube-proxy on our nodes', 'kube-proxy-replacement', /cilium-dbg status/],
    ['find out which proxy mode kube-proxy runs with', 'kube-proxy', /10249/],
  ])('%s', async (q, topic, fact) => {
    const a = await answer(q);
    expect(a.topic).toBe(topic);
    expect(a.text).toMatch(fact);
  });
});

describe('a pasted kubectl table with its question', () => {
  it('answers despite the addresses and ports the table holds', async () => {
    const r = await ask('NAME    TYPE           CLUSTER-IP     EXTERNAL-IP   PORT(S)\nshop    LoadBalancer   10.96.200.7    <pending>     443:30443/TCP\n\nstill pending after half an hour on minikube, why', runtime);
    expect(r.command).toBe('ask');
    expect(r.data.confidence).toBe('high');
    expect(r.text).toMatch(/minikube tunnel/);
  });
});

