// The answer-quality scorer: runs every question of a set (questions.yaml, the blind sets) through the core (the real
// knowledge/ folder) and checks the facts a right answer must contain. Used by `npm run eval`
// and by eval.test.ts.

import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'zod';
import { ask, missingFacts, testRuntime } from '../helpers.js';

const QuestionSchema = z.strictObject({
  q: z.string().min(1),
  facts: z.array(z.coerce.string().min(1)).min(1),
  topic: z.string().optional(),
  command: z.string().optional(),
});
export type EvalQuestion = z.infer<typeof QuestionSchema>;

export interface EvalResult {
  question: EvalQuestion;
  passed: boolean;
  /** What was wrong, in words. */
  problems: string[];
  command: string | null;
  topic: string | null;
}

/**
 * The question sets `npm run eval` runs and eval.test.ts guards. `questions.yaml` was written with
 * the knowledge base and must reach the 95%. The blind sets were each written (and
 * committed) before any tuning against them; their bars are regression floors at the rate
 * measured after the fixes (BENCHMARKS.md, "Answer quality on unseen questions"), not goals.
 */
export const EVAL_SETS: readonly { file: string; bar: number; min: number }[] = [
  { file: 'questions.yaml', bar: 0.95, min: 80 },
  { file: 'blind.yaml', bar: 0.978, min: 50 },
  // One lower (59/60) from the which-99k retrain: "can a single service listen on both TCP and UDP port 53"
  // reads as before (udp, one service) but the retrained model now asks instead of recommending a LoadBalancer.
  // Back to 60/60 since ask-48k: whether one Service can do two things at once is asked of the knowledge.
  { file: 'blind-2.yaml', bar: 1, min: 50 },
  { file: 'blind-3.yaml', bar: 1, min: 50 },
  // Written blind and scored once, unseen (82%); 100% after the generic fixes: a floor, not a goal.
  { file: 'blind-4.yaml', bar: 1, min: 50 },
  // Written blind and scored once, unseen (64%; 70% after fixes made without seeing it; 100% after
  // the ask-6 routing and per-topic field fixes): a floor, not a goal.
  { file: 'blind-5.yaml', bar: 1, min: 50 },
  // Written blind, unseen 56.7%; 83.3% after the content and retrieval fixes (the other ten misses are routed to other commands);
  // 98.3% after the route-9 routing fixes (how to address, restrict or configure; pasted evidence): a floor, not a goal.
  { file: 'blind-7.yaml', bar: 1, min: 60 },
  // Written blind (CKA/CKAD, on-call, platform security) and scored once, unseen (56.7%); 100%
  // after the ask-8 routing fixes, the kubectl topic and per-topic facts; 98.3% once merged with the
  // migration topics (a pasted Service whose targetPort differs from the app's port now finds
  // connection-errors, which does not quote the port): a floor, not a goal.
  { file: 'blind-8.yaml', bar: 1, min: 50 },
  // Written blind (symptom stories) and scored once, unseen (86.0%); 98.0% after the ask-10 content
  // and retrieval fixes (the remaining miss is routed to `which`): a floor, not a goal.
  { file: 'blind-10.yaml', bar: 0.98, min: 50 },
  // Written blind; unseen first score 83.3%; 95.0% after ask-44k2 (a minimal HTTPRoute asked for renders with the
  // path, Service and port told; "a kind cluster" makes local-clusters the subject; the piece naming both sides of
  // "iptables vs ipvs" answers it). A floor, not a goal.
  { file: 'blind-6.yaml', bar: 0.95, min: 60 },
  // Written blind; unseen first score 82.0%; 86.0% after the ask-12 routing fixes; 92.0% after ask-44k2 (an Ingress's
  // empty ADDRESS column is ingress-errors' symptom). A floor, not a goal.
  { file: 'blind-9.yaml', bar: 0.92, min: 50 },
  // Written blind (learners' conceptual questions); unseen first score 81.7%; 100% after the ask-13t
  // fixes (ingress/egress as directions, verbs after "service", which pods, per-topic facts); 98.3% since the
  // which model doubts the ClusterIP answer that "can a pod in namespace A reach a service in namespace B…" (routed
  // to `which` as a workload's question) used to get, and asks who calls it instead. A floor, not a goal.
  { file: 'blind-11.yaml', bar: 1, min: 60 },
  // Written blind (troubleshooting stories with pasted kubectl output and errors); unseen 66.7%; 100%
  // after the ask-14t routing (symptom stories and reported evidence to ask), port-number and topic
  // fixes. A floor, not a goal.
  { file: 'blind-12.yaml', bar: 1, min: 60 },
  // Written blind (product and platform how-tos: ingress-nginx, Traefik, AWS Load Balancer Controller, GKE,
  // AKS, MetalLB, kind/k3d/k3s, Gateway API, external-dns); unseen 55.0%; 100% after the ask-15t routing
  // (how-tos about a product already chosen go to ask) and product facts (traefik and local-clusters
  // topics). A floor, not a goal.
  { file: 'blind-14.yaml', bar: 1, min: 60 },
  // Written blind (a broad mix: how-tos, advanced fields, terse slang) and held out: 51/60 (85.0%) unseen and
  // for two rounds after, 53/60 (88.3%) after the knowledge rounds on sets 16–21, 54/60 (90.0%) after the round on
  // sets 29–35, 55/60 (91.7%) after the round on sets 38–41; tuned against nothing. A floor, not a goal.
  { file: 'blind-13.yaml', bar: 0.916, min: 60 },
  // Written blind (CKA/CKAD study questions and production debugging with pasted output) and scored
  // once, unseen: 55/60 (91.7%); 57/60 (95.0%) after later rounds tuned other sets. Held out: not tuned against. A floor, not a goal.
  { file: 'blind-15.yaml', bar: 0.95, min: 60 },
  // Written blind (on-call conceptual questions while debugging); unseen first score 50/60 (83.3%);
  // 100% after the ask-17k fixes (names a pod looks up and the Service's port said in words filled in,
  // the pods behind a Service, name formats and valid ranges routed to ask, NetworkPolicy facts:
  // additive, namespaces by name, kubelet probes). A floor, not a goal.
  { file: 'blind-17.yaml', bar: 1, min: 60 },
  // Written blind (platform-engineer precision questions: Gateway API, IngressClass, pathType, migration,
  // kube-proxy, MetalLB); unseen first score 48/60 (80.0%); 100% after the ask-18k fixes (questions that open
  // with their context, "in which version…", go to ask; v1 Ingress fields, EndpointSlice addressType,
  // kube-proxy modes, SRV names and mixed protocols in the topics; a misspelt word read as the topic's).
  // A floor, not a goal.
  { file: 'blind-18.yaml', bar: 1, min: 60 },
  // Written blind (newcomers from Docker Compose, VMs, Heroku, nginx); unseen first score 47/60 (78.3%); 100% after the
  // ask-16k fixes (counterparts of nginx/HAProxy/VM setups routed to ask, "in nginx" read as no namespace, "service ip" as
  // the cluster IP, and facts: nginx config to Ingress, Docker links variables, hostAliases, pod IPs per app…). A floor, not a goal.
  { file: 'blind-16.yaml', bar: 1, min: 60 },
  // Written blind (a month of a team channel, broad mix) and held out: 53/60 (88.3%) before this round's
  // tuning, 57/60 (95.0%) after it, 59/60 (98.3%) after the next round, 60/60 after the round on sets 29–35;
  // tuned against nothing. A floor, not a goal.
  { file: 'blind-19.yaml', bar: 1, min: 60 },
  // Written blind (platforms and products: EKS/GKE/AKS, kind/k3s, OpenShift, cert-manager, meshes); unseen 44/60 (73.3%);
  // 75.0% at the start of the ask-20k round; 100% after its fixes (questions asking for an annotation, class name or
  // field, or listing a thing's kinds, and changes that do not take routed to ask; an OpenShift Routes topic; product
  // facts: NetworkPolicy per CNI and provider, ingress-nginx vs F5's controller, snippets, k3s Traefik, Istio's own API…).
  // A floor, not a goal.
  { file: 'blind-20.yaml', bar: 1, min: 60 },
  // Written blind (team leads, QA, data engineers and security reviewers, plain language) and held out:
  // unseen 53/60 (88.3%); 54/60 (90.0%) after the next round, 55/60 (91.7%) after the round on sets 29–35.
  // Not tuned against. A floor, not a goal.
  { file: 'blind-22.yaml', bar: 0.916, min: 60 },
  // Written blind (a week of #kubernetes-help); unseen first score 49/60 (81.7%); 100% after the ask-21k fixes
  // (questions after a condition, "which one wins", "whats the dns name", why-trouble, who owns which object, which
  // fields of a chosen kind, what a default-deny policy must allow, "basically X, the k8s way?" routed to ask; named
  // and multi-port Service ports, endpoints present but still timing out, node IPs in access logs in the topics).
  // A floor, not a goal.
  { file: 'blind-21.yaml', bar: 1, min: 60 },
  // Written blind (symptom-first troubleshooting: ingress 404/502/503/504, DNS, NetworkPolicy, port-forward vs Service);
  // unseen first score 47/60 (78.3%); 100% after the ask-23k fixes (an adverb after "service" is not its name, a status
  // code after a colon is trouble; facts: backend-protocol and its log line, Ingress backends in another namespace,
  // v1 apply errors, hostNetwork dnsPolicy, ping vs DNS, hairpin and cross-namespace NetworkPolicy in the checklist,
  // WebSocket idle timeouts, --node-port range). A floor, not a goal.
  { file: 'blind-23.yaml', bar: 1, min: 60 },
  // Written blind (a broad mix: NetworkPolicy, traffic policies, DNS, Gateway API, interview questions); unseen first
  // score 53/60 (88.3%); 100% after the ask-25k fixes (node-local traffic is internalTrafficPolicy's, objects of one
  // API compared are not a choice of how to expose, "CoreDNS's" read as CoreDNS, a Service named like a product
  // inside a DNS name is not the product; SNAT, unselected pods, one A record per pod in the topics). A floor, not a goal.
  { file: 'blind-25.yaml', bar: 1, min: 60 },
  // Written blind (Ingress in depth: v1 migration, pathType, TLS, ingress-nginx annotations, WebSocket/gRPC, MetalLB,
  // NodePort, DNS tools); unseen first score 44/60 (73.3%); 100% after the ask-25k fixes (questions about a setting's
  // values, a tool or image, a kind's setting or what to configure on a product are the knowledge base's, not `which`'s;
  // a move's destination is the topic; allowlist, cover, "60s", disconnects as retrieval words; gRPC and WebSocket
  // through ingress-nginx, dig and its search list, the assigned nodePort, multi-port names). A floor, not a goal.
  { file: 'blind-26.yaml', bar: 1, min: 60 },
  // Written blind (product how-tos: Gateway API, ingress-nginx, IngressClass, EKS/GKE load balancers, MetalLB, dual-stack);
  // unseen first score 52/60 (86.7%); 100% after the ask-24k fixes (a controller or kind told to do something, "what do I
  // set?" and a GatewayClass compared with its Gateway routed to ask; no topic name read across "vs"; wildcard hosts,
  // "L2"/"layer 2" and allow-list spellings meet the topics' words; Gateway listener TLS and IP allow-lists in the topics).
  // A floor, not a goal.
  { file: 'blind-24.yaml', bar: 1, min: 60 },
  // Written blind (a month of a help channel, broad mix) and held out: never tuned against; 55/60 (91.7%) unseen,
  // 56/60 (93.3%) after the round's other tuning, 57/60 (95.0%) at the start of the ask-29k round; 100% after its
  // fixes (a client sticking to one pod is affinity; the Gateway API's apiVersion and a NodePort's firewall in the
  // topics). Now training data for the `which` router. A floor, not a goal.
  { file: 'blind-27.yaml', bar: 1, min: 60 },
  // Written blind (a team's help channel, broad mix) at the end of the round and held out: 57/60 (95.0%) unseen. A floor, not a goal.
  { file: 'blind-28.yaml', bar: 0.95, min: 60 },
  // Written blind (troubleshooting symptoms with pasted errors: DNS, port-forward, Ingress, NetworkPolicy, Gateway API);
  // unseen first score 52/60 (86.7%); 100% after the ask-29k fixes (a name that did not resolve is a question of the name,
  // not of the cluster's objects; an error quoted mid-sentence and a status condition with its value are evidence; a value
  // seen "instead of the real" one is a symptom; a field given with its value leads retrieval; a phrase quoted in an error
  // does not outrank the asker's own words; a selectorless Service's hand-made EndpointSlice in the topic). A floor, not a goal.
  { file: 'blind-29.yaml', bar: 1, min: 60 },
  // Written blind (beginner concepts: ports, kube-proxy modes, EndpointSlices, cluster IPs, the flat pod network);
  // unseen first score 56/60 (93.3%); 100% after the ask-31k fixes (who may connect by default is NetworkPolicy knowledge;
  // "pick" meets the topics' "choose"; why EndpointSlices replaced Endpoints and why IPVS scales in the topics).
  // A floor, not a goal.
  { file: 'blind-30.yaml', bar: 1, min: 60 },
  // Written blind (advanced operator questions: Gateway API, MetalLB, traffic policies, NetworkPolicy, dual-stack);
  // unseen first score 48/60 (80.0%); 100% after the ask-31k fixes (a default-deny however said, a question ended by
  // "or what", and "X with <kind> - how?" followed by a remark routed to ask; "tls secret" no longer pulls a Gateway's
  // question to ingress-tls; healthCheckNodePort, ipBlock and forZones read as fields; Gateway conditions, the v1
  // apiVersion, route debugging, MetalLB BGP peering, EndpointSlice hints and clusterIPs in the topics). A floor, not a goal.
  { file: 'blind-31.yaml', bar: 1, min: 60 },
  // Written blind (a broad everyday mix); unseen first score 55/60 (91.7%); 100% after the ask-32k fixes ("which
  // namespace…" opens a question, not the decision tree; a selectorless Service is a means chosen, how to fill it in is
  // knowledge; "expose our ingress controller" exposes the controller, not one already reachable; chat asides such as
  // "lol" dilute no match; what implements a cluster IP in the topic). A floor, not a goal.
  { file: 'blind-32.yaml', bar: 1, min: 60 },
  // Written blind (varied English, typos, abbreviations); unseen first score 58/60 (96.7%); 100% after the ask-32k fixes
  // ("can X be changed" asks whether it is configurable; the Service topic says an Ingress is rules a controller carries out).
  // A floor, not a goal.
  { file: 'blind-33.yaml', bar: 1, min: 60 },
  // Written blind (exam- and interview-style questions, CKA/CKAD); unseen first score 52/60 (86.7%); 100% after the
  // ask-34k fixes (what a tool makes of its own accord, "which component…" of Kubernetes itself and a name then a
  // sentence that asks after a command word routed to ask; a named port's SRV record and a pod's A record spelled
  // out; dnsPolicy read as DNS's; "its DNS name" a part, not the subject; a question's own topic over the context it
  // opens with; a written annotation key leads the detail; the dnsPolicy default and the ingress.class deprecation in
  // the topics). A floor, not a goal.
  { file: 'blind-34.yaml', bar: 1, min: 60 },
  // Written blind (cloud- and platform-specific networking: EKS, GKE, AKS, DigitalOcean, MetalLB, kube-vip); unseen first
  // score 39/60 (65.0%); 100% after the ask-35k fixes (a product named beside the kind it implements is the subject, a
  // platform with a kind names the platform's topic in any order, "DO" before what DigitalOcean sells is DigitalOcean; a kind
  // kept inside the VPC, given an address, certificate or size, the client IP behind one and one address shared on a product
  // routed to ask, the asker's manifest as where a setting goes; a DigitalOcean topic; AKS subnets and AGIC, GKE global access,
  // gce-internal and NEG readiness gates, ALB idle timeout and ip targets, Azure CNI pod IPs, kube-vip's cloud provider,
  // MetalLB shared IPs in the topics). A floor, not a goal.
  { file: 'blind-35.yaml', bar: 1, min: 60 },
  // Written blind (a quarter of a company-wide help channel) at the end of the round and held out: 53/60 (88.3%)
  // unseen, scored once by the round's final code; 100% after the ask-38k fixes (a pasted table's numbers do not
  // dilute the answer, a pasted selector beside pod labels that lack it is answered in those labels, a part said to work
  // fine is not the subject, the current kubectl proxy path for one tried in the old form, a StatefulSet's example pod
  // name spelled in the DNS format, a Service range clashing with a VPN and the multi-port name error in the topics).
  // A floor, not a goal.
  { file: 'blind-36.yaml', bar: 1, min: 60 },
  // Written blind (short practical how-tos typed quickly) at the end of the round and held out: 60/60 (100%) unseen,
  // scored once by the round's final code. Not tuned against. A floor, not a goal.
  { file: 'blind-37.yaml', bar: 1, min: 60 },
  // Written blind (troubleshooting: unreachable Services, empty endpoints, pending addresses, DNS, Ingress errors,
  // NetworkPolicy); unseen first score 46/60 (76.7%); 98.3% after the ask-38k fixes ("np" beside a policy's words is a
  // NetworkPolicy and a NetworkPolicy named is who may connect; "nothing … can reach", "still blocked" and "works from X
  // but not from Y" are trouble; a verb after "the service" is not its name; "no route to host" is not a Route; a cloud beside
  // NodePort is where it runs; where to look when a LoadBalancer is pending, AWS subnet tags, hostNetwork DNS, hostname and
  // subdomain, cluster.local from a laptop, what port-forward bypasses, kubectl proxy's "no endpoints available" in the
  // topics). The miss left: "works from some pods but not from others" answers from readiness. A floor, not a goal.
  { file: 'blind-38.yaml', bar: 0.983, min: 60 },
  // Written blind (newcomers' fundamentals); unseen first score 50/60 (83.3%); 98.3% after the ask-38k fixes ("which dns
  // server" and "nodeport url?" asked of the knowledge; a Service manifest with no type is a ClusterIP; nslookup and dig
  // kept as terms; "clusterIPs" read as clusterip; missing *_SERVICE_HOST, Service name rules, ExternalName across
  // namespaces, the pods behind a Service in the topics). The miss left: `yaml` renders no StatefulSet. A floor, not a goal.
  { file: 'blind-39.yaml', bar: 0.983, min: 60 },
  // Written blind (Ingress and Gateway API in depth); unseen first score 40/60 (66.7%); 59/60 (98.3%) after the ask-40k
  // fixes (which of two rules wins, a part of a kind defined, a fix asked for and a question about a chosen means with
  // its reason told after routed to ask; "equivalent" meets "counterpart", "termination" "terminate"; Gateway listener
  // and route hostnames, sectionName, header modifiers, ingress2gateway, Gateway TLS termination, ingress-nginx regex
  // paths, cookie affinity and mTLS, Ingress not deprecated, header routing, resource backends, certificates per host
  // in the topics). The miss left ("bare metal, no cloud lb. how do i expose ingress-nginx…") goes to `which`, which
  // asks whether it is production before recommending. A floor, not a goal.
  { file: 'blind-40.yaml', bar: 0.983, min: 60 },
  // Written blind (traffic policies, affinity, protocols, cloud annotations, MetalLB, cost); unseen first score 48/60
  // (80.0%); 100% after the ask-40k fixes (pods kept on their own node, the parts a product needs after a dash, one
  // address or load balancer shared on a product, a setting enabled on a kind said as an order routed to ask; UDP
  // conntrack, NLB TLS with an ACM ARN and PROXY protocol, allocateLoadBalancerNodePorts, GKE regional addresses,
  // MetalLB's CRDs, ipBlock behind a LoadBalancer in the topics). A floor, not a goal.
  { file: 'blind-41.yaml', bar: 1, min: 60 },
  // Written blind (how-tos with concrete values and pasted YAML or command output); unseen first score 39/60 (65.0%);
  // 47/60 (78.3%) after the ask-44k fixes (kubectl how-tos asked as a 'cmd' or 'one liner', 'how do I port-forward' and
  // pasted validation errors routed to ask; the port-forward command with the asker's Service, namespace and ports;
  // ClientIP session affinity with its timeout in `yaml`; a camelCase field asked about picks the piece quoting it;
  // allocateLoadBalancerNodePorts for MetalLB, prefix stripping with a capture group in the topics). Most misses left
  // want the asker's own values written into the answer's YAML. 49/60 (81.7%) once "how do I make a headless svc
  // (port 5432)" and "add tls …, cert in secret app-tls" render the manifest with the
  // asker's values. 52/60 (86.7%) after ask-44k2: pod labels told in words set beside a pasted selector, a pasted
  // v1beta1 backend shown in its v1 form with the asker's Service and port, a key left under an empty map
  // ("selector:" then "app: web" unindented) said to be indented too little. A floor, not a goal.
  { file: 'blind-44.yaml', bar: 0.866, min: 60 },
  // Written blind (conceptual "why" questions and misconceptions); unseen first score 49/60 (81.7%); 100% after the ask-45k
  // fixes (why a virtual IP and not DNS round robin, the kube-dns name, who writes resolv.conf, where Service IPs come from,
  // why ClusterIP is the default, a node port answering on some nodes only, IPVS still using iptables, mixed-protocol
  // LoadBalancers, policies and Service IPs, TCP through an Ingress, why a Service and not pod IPs; questions about what a
  // thing is for name it as their subject; "can't … just" read as a suggestion). A floor, not a goal.
  { file: 'blind-45.yaml', bar: 1, min: 60 },
  // Written blind (a team help channel's everyday mix) at the start of the round and kept unseen until its end: 57/60
  // (95.0%), scored once by the round's final code; 59/60 (98.3%) after the ask-49k fixes ("np" asked for as YAML that denies
  // is a NetworkPolicy, which `yaml` does not render; how to change the node port range in the topic). The miss left: "a
  // wildcard host in an ingress" answers from OpenShift Routes, whose keywords say wildcard and Ingress. A floor, not a goal.
  // tuned on (ask-71k): 60/60: OpenShift's API group said bare (route.openshift.io) names OpenShift, not an outside host, so the
  // Routes topic is no longer named by "host"; two host names routed or served side by side read as routing by host.
  { file: 'blind-42.yaml', bar: 1, min: 60 },
  // Written blind (comparisons and platform specifics: EKS, GKE, AKS, bare metal, kind, k3s) at the start of the round and
  // kept unseen until its end: 50/60 (83.3%), scored once by the round's final code; 100% after the ask-48k fixes (a platform's
  // LoadBalancer made internal, two things that are not ways to expose weighed, a NodePort or LoadBalancer already made and how
  // to reach it, cost on a named cloud routed to ask; a 'vs' whose sides lead with one name is no comparison of topics; kind's
  // extraPortMappings and ingress-ready label, k3s without Traefik, the node port range flag, what EKS/GKE/AKS bill, AGIC vs
  // application routing, BackendConfig vs HealthCheckPolicy, TLS termination vs passthrough in the topics). A floor, not a goal.
  { file: 'blind-43.yaml', bar: 1, min: 60 },
  // Written blind (ports, protocols, DNS and naming in depth); unseen first score 35/60 (58.3%); 100% after the ask-48k fixes
  // (a dns-policy topic: dnsPolicy values, dnsConfig nameservers/searches/options and their limits, hostname/subdomain,
  // setHostnameAsFQDN, the search list and a trailing dot; port names unique and their rules, no port ranges, named ports in
  // port-forward and kubectl proxy, an Ingress backend's port, selectorless headless Services, hostNetwork port conflicts;
  // whether one Service can do two things, a setting's value and which port a reference picks routed to ask, a Service's part
  // after 'svc' a question; a StatefulSet whose headless Service shares its name). A floor, not a goal.
  { file: 'blind-48.yaml', bar: 1, min: 60 },
  // Written blind (security and policy as they affect reachability and exposure); unseen first score 40/60 (66.7%); 100% after
  // the ask-49k fixes ("np" that allows, blocks or was applied read as a NetworkPolicy; basic auth, SSO or an IP allow-list on a
  // chosen kind asked in one sentence, an order to block, and "… with gateway api possible?" routed to ask; mTLS its own term
  // and a service-mesh topic (Istio PeerAuthentication STRICT, Linkerd's inject annotation); TLS beside a kind that terminates it
  // is that kind's; a name said after "by" is the criterion, not the subject; a quoted message a topic lists is its symptom; the
  // piece that opens with the one word asked; FQDN, endPort, API server, metadata endpoint, NodeLocal DNSCache, listing and
  // testing policies, basic and external auth annotations and a hand-written Certificate in the topics). A floor, not a goal.
  { file: 'blind-49.yaml', bar: 1, min: 60 },
  // Written blind at the start of this round (a help channel's everyday mix naming products) and kept unseen until its
  // end: 54/60 (90.0%), scored once by the round's final code; now in the route model's training. Tuned on since (ask-51k2): 60/60
  // (100%) with the fixes listed under blind-51 (ingress-nginx features answered from the annotations topic, gRPC 502s
  // behind the controller, TLS passthrough's controller flag, "np" beside pods that can still talk, allocateLoadBalancerNodePorts
  // asked as stopping node ports). A floor, not a goal.
  { file: 'blind-46.yaml', bar: 1, min: 60 },
  // Written blind at the start (troubleshooting with pasted output), kept unseen: 43/60 (71.7%), scored once at the end;
  // tuned on after that score: 51/60 (85.0%) with the ask-47k fixes (a path prefix the app does not expect stripped by an
  // HTTPRoute URLRewrite or the retired ingress-nginx's rewrite-target; an app bound to 127.0.0.1 instead of 0.0.0.0; ping is
  // ICMP; a selector naming `app` while the pods carry app.kubernetes.io/name; DNS egress on UDP and TCP 53 under a default
  // deny; a DNS server's Service needs a UDP port beside TCP; CoreDNS forward timeouts in its log; the Fake Certificate's
  // secretName). 52/60 (86.7%) after ask-51k2 (a 504 at exactly 60s in ingress-errors; a custom DNS server's UDP port). A floor, not a goal.
  { file: 'blind-47.yaml', bar: 0.866, min: 60 },
  // Written blind midway (CKA/CKAD and interview facts), kept unseen: 57/60 (95.0%), scored once at the end; now in the route model's training.
  // Tuned on since (ask-51k2): 60/60 (the kube-dns Service and port 53 in the DNS short answer, a client that should always hit one
  // pod is ClientIP affinity, node ports not allocated for a LoadBalancer). A floor, not a goal.
  { file: 'blind-50.yaml', bar: 1, min: 60 },
  // Written blind midway (Ingress and Gateway API day-2 operations: canaries, redirects, body size, two controllers,
  // upgrades), kept unseen: 35/60 (58.3%), scored once at the end. Tuned on after that score (ask-51k): 46/60 (76.7%):
  // a traffic split "between" Services is not a comparison; ingress-nginx keys in ingress-tls (ssl-redirect "false"),
  // ingress-errors (proxy-buffer-size, custom-http-errors), ingress (default backends), ingress-annotations (gRPC over
  // TLS/HTTP/2, permanent-redirect, from-to-www-redirect); Gateway API header matches, controllerName, body size, RequestMirror.
  // 59/60 (98.3%) after ask-51k2: a question about a named controller's own configuration (annotations, ConfigMap, canary,
  // installs, upgrades, versions) and what becomes of annotations on a move go to ask; trouble through one path while another
  // works fine, and a shadow Service traffic is mirrored to, are not the asker's setup; a product's name says which controller,
  // the feature asked says which topic (the one that speaks of the product and lists more of the words asked); facts:
  // canary-by-header/cookie and "always", global ConfigMap keys, proxy-buffering off for SSE, add-headers, upstream-vhost,
  // enable-cors, HTTPS backends, --enable-ssl-passthrough, two installs (controllerValue, electionID), upgrades without drops,
  // IngressNightmare fixed in 1.12.1/1.11.5, Traefik beside another controller. The miss left wants the Gateway API
  // topic (another helper's) to name filters for ingress-nginx annotations.
  // 58/60 after the merges of this round's other branches (one answer moved by another branch's retrieval change).
  // 60/60 since ask-73k: the Gateway API migration piece names the HTTPRoute filters annotations become, and the header-match
  // piece is worded as people ask to route by a header.
  { file: 'blind-51.yaml', bar: 1, min: 60 },
  // Written blind at the start of this round (the data path: kube-proxy modes, conntrack, SNAT, hairpin, eBPF, health
  // check node ports); unseen first score 27/60 (45.0%). A floor, not a goal.
  // tuned on (ask-52k): topics service-data-path (netfilter hooks and KUBE-* chains, DNAT/SNAT, KUBE-MARK-MASQ, conntrack
  // sizing, timeouts, the DNS race, LB-IP short-circuit) and kube-proxy-replacement (Cilium helm values, status, service
  // list, socket LB, DSR, Maglev, leftover rules, kubeadm, Calico eBPF, Dataplane V2); IPVS modules and schedulers, sync
  // periods, a crashed kube-proxy, port 10256, route_localnet, masqueradeAll in kube-proxy; etp terminating endpoints; 54/60.
  { file: 'blind-52.yaml', bar: 0.9, min: 60 },
  // Written blind at the start of this round (Gateway API in depth: listeners, allowedRoutes, filters, ReferenceGrant,
  // GRPCRoute/TLSRoute, status conditions, ingress2gateway); unseen first score 28/60 (46.7%). Tuned on (ask-53k): 58/60
  // (96.7%): a one-sentence question about how a Gateway API part works (what attaches or matches, which route wins, listener
  // protocol, class name) or a routing feature asked of the Gateway API routed to ask, a run of "??" ends one question, an object
  // left with no status or "Waiting for controller" is a symptom; a conversion's target and where a counterpart is sought lead
  // retrieval; HTTPRoute matching and precedence, backendRef port and BackendNotFound, ReferenceGrant's namespace and v1, what is
  // GA, Programmed and the LoadBalancer Service an implementation creates, parametersRef, allowedRoutes kinds/selectors,
  // spec.addresses, ingress2gateway print, Cilium's gatewayAPI.enabled and NLB annotations through a Gateway in the topics.
  // Left: a header match that echoes the asker's header name, a static IP "on a Gateway" read as an egress IP. A floor, not a goal.
  { file: 'blind-53.yaml', bar: 0.966, min: 60 },
  // Written blind this round (Service addressing and scale: dual-stack, Service CIDRs, topology-aware routing and
  // trafficDistribution, internalTrafficPolicy, externalIPs, hostPort/hostNetwork); unseen first score 35/60 (58.3%).
  // Tuned on after that score (ask-58k): 60/60. tuned on: dual-stack (the primary family cannot change in place, kubeadm
  // podSubnet/serviceSubnet, status.podIPs, one addressType per slice, selectorless headless defaults to RequireDualStack, A and
  // AAAA for headless, kind's ipFamily: dual); cluster IPs ("not in the valid range", the static lower band since 1.26); the
  // ServiceCIDR finalizer, IPAddress objects, range sizes and the 10,000/5,000 Service thresholds; topology-mode Auto's safeguards
  // vs PreferClose, hints.forZones, topologyKeys removed in 1.22; hostNetwork hostPort must equal containerPort, the portmap CNI
  // plugin; --max-endpoints-per-slice, a manual EndpointSlice's addressType; enableServiceLinks with many Services. Retrieval: "how
  // many" reads as a limit. Routing: a count or limit asked of Kubernetes, the API server's refusal told of no workload, and an
  // annotation seen with its value go to ask.
  { file: 'blind-58.yaml', bar: 1, min: 60 },
  // Written blind at the start of this round and kept unseen until its end, scored once by its final code; held out (not tuned
  // on, out of the route model): cloud load balancers in detail 30/60 (50.0%), kubectl for networking 37/60 (61.7%), a help
  // channel's everyday mix 57/60 (95.0%), troubleshooting told in words 49/60 (81.7%). Floors, not goals.
  // blind-54 tuned on after that score (ask-54k): 60/60. tuned on: the AWS Load Balancer Controller's NLB (scheme and
  // subnets, HTTP health-check annotations, private IPv4 addresses, cross-zone attribute, security groups since v2.6 and how
  // loadBalancerSourceRanges maps onto them) and ALB (listen-ports with certificate-arn, inbound-cidrs, gRPC and 464,
  // stickiness, the pod readiness gate, ip targets on Fargate); loadBalancerClass immutable, the load-balancer-cleanup finalizer,
  // exclude-from-external-load-balancers, source ranges vs NetworkPolicy, when turning off node ports is safe, how the LB finds
  // nodes with a local pod; static private IPs per cloud; GKE NEGs, standalone NEGs, proxy-only subnets, a cloud L7 LB's failing
  // health check as a 502; an aks-load-balancer topic (Private Link Service, TCP idle timeout, probes, DNS label); an "X vs Y"
  // with one side naming no topic is no comparison; "security group"/"SG" as one term; routing: a load balancer told with the
  // reach it came up with, a setting named after a kind, an address wished for or given to a kind, a private endpoint service
  // as the means chosen, "a k8s svc" describing no workload (which:cv unchanged).
  { file: 'blind-54.yaml', bar: 1, min: 60 },
  // blind-55 (kubectl for networking work) unseen 37/60 (61.7%).
  // tuned on (ask-55k): 60/60. Topics kubectl-debug (ephemeral containers share the pod's network namespace, netshoot by kubectl
  // run or debug, --profile=netadmin for tcpdump's NET_RAW/NET_ADMIN, node debugging with the host's files at /host) and
  // kubectl-output (jsonpath fields, filters on @.name, range…{end}, custom-columns, the columns of get svc/ingress/endpointslices,
  // None under CLUSTER-IP is headless); EndpointSlice conditions ready/serving/terminating; kubectl expose --session-affinity and
  // "couldn't find port via --port flag or introspection"; a type changed in place with kubectl patch; the Ingresses routing to a
  // Service; the v1 backend written out; an HTTPRoute's status.parents; kubectl proxy --accept-hosts. Retrieval: jsonpath and
  // custom-columns lead as the format asked for; "kubectl get X" is no kubectl topic to compare; "diff" is a stopword; "np's" blocking
  // is a policy; a PORT(S) value and `kubectl create service` read back with the asker's numbers and name. Routing: where
  // port-forward or kubectl proxy binds is a setting of the tool in use (ask). A floor, not a goal.
  { file: 'blind-55.yaml', bar: 1, min: 60 },
  // tuned on (ask-57k, with blind-57): 59/60: a short name that fails from another namespace answered with `NAME.NAMESPACE`;
  // "do i have to install" is an obligation, not a workload of the asker's. Left: "quickest way to expose a deployment" is
  // `which`'s (what to expose with), though the set wants `kubectl expose`.
  { file: 'blind-56.yaml', bar: 0.983, min: 60 },
  // tuned on (ask-57k): 59/60: "doesn't answer"/"not responding" read as an unreachable Service and "check first" as debugging;
  // keep-alive and long-lived connections as connections held open (not a thing preserved); "every other request" as
  // intermittent; "see why" as the cause; "no A records" as a name with nothing behind it; the port curled, said in words, set
  // beside the app's; a verb after "svc" ("succeeds") is no Service name; the real client IP asked after the product it sits
  // behind is a setting of that product (ask). Topics: intermittent failures from a bad endpoint, no A records for a headless
  // Service, port-forward works but the Ingress does not, keep-alive races behind ingress-nginx, reachable by cluster IP but not
  // by name, per-connection balancing across replicas, an AWS load balancer with an address whose connections time out. Left:
  // "aws: lb got an external hostname…" still finds the ALB topic, not the NLB's.
  { file: 'blind-57.yaml', bar: 0.983, min: 60 },
  // Written blind at the start of the next round; unseen first scores (code 416d6b7): local clusters and how to reach Services
  // on them 34/60 (56.7%), stateful and non-HTTP workloads behind Services 35/60 (58.3%). Out of the route model for now.
  // blind-59 tuned on (ask-59k): 59/60 (98.3%). tuned on: minikube and Docker Desktop topics (minikube service/list/--url on the
  // Docker driver, tunnel and its sudo, ingress, ingress-dns and metallb addons, the node port range, --ports,
  // host.minikube.internal; Services on localhost, host.docker.internal); why EXTERNAL-IP stays pending on a laptop; kind
  // listenAddress, UDP mappings, pinned nodePort, MetalLB's range from the kind network, cloud-provider-kind's exclude label,
  // cluster.local from the laptop; k3d NodePort, @loadbalancer vs @agent, --api-port, --k3s-arg, host.k3d.internal; k3s Traefik
  // vs a second controller, HelmChartConfig, ServiceLB node selection, MetalLB instead of ServiceLB; a flag or node filter
  // compared picks the piece naming both; a local cluster tool's own parts and its way in and out routed to ask. Left: "list
  // all the svc urls in minikube" goes to the bot's own `services` listing.
  { file: 'blind-59.yaml', bar: 0.983, min: 60 },
  // blind-60 tuned on after that score (ask-60k): 56/60 (93.3%). tuned on: a StatefulSet said as "sts" with its headless Service
  // named gets its pods' own DNS names, in the namespace said after the Service, every member's when a seed list, rs.initiate() or
  // what to advertise is asked (with the port told); a port-forward to one pod named writes `kubectl port-forward pod/NAME`; free
  // text that names a StatefulSet and its headless Service, asks how to make a Service per pod, reports a server handing clients
  // pod IPs, edits a Service in place (kubectl edit/patch), splits Services by role, allows one address or only labelled pods, or
  // reports new pods getting no traffic or clients still sending to an old pod goes to `ask` (which:cv unchanged); headless gains a
  // section on databases and brokers (per-pod Services by statefulset.kubernetes.io/pod-name, advertised.listeners, Redis Sentinel
  // and Cluster announce settings, rs.initiate hosts and seeds, publishNotReadyAddresses for tolerate-unready-endpoints,
  // podManagementPolicy: Parallel, primary/replica Services by a role label); protocols one on UDP and raw TCP (source IP with
  // externalTrafficPolicy: Local, node-local collectors with internalTrafficPolicy: Local, hostPort/Agones for game servers,
  // ingress-nginx tcp-services); aws-nlb the 350 s idle timeout and keepalive; network-policy the database allowed only to the API.
  // Left: a DNS Service's YAML with both protocols (the yaml command renders one port), and three `which` recommendations.
  { file: 'blind-60.yaml', bar: 0.933, min: 60 },
  // Written blind at the start of this round and kept unseen until its end, scored once by its final code (00df10b); held out
  // (not tuned on, out of the route model): reaching things outside the cluster and egress 38/60 (63.3%), a help channel's
  // everyday mix 55/60 (91.7%), observing and debugging the network 29/60 (48.3%), ingress controllers and gateways other
  // than ingress-nginx 31/60 (51.7%). Floors, not goals.
  // tuned on (ask-61k): 61 to 54/60 (90.0%) and 62 to 59/60 (98.3%): pods reaching things outside the cluster (cloud databases,
  // SaaS allow lists, HTTP_PROXY, the node's own services), CoreDNS forwarding and Ingress backends in another namespace routed
  // to ask; egress knowledge (NAT gateway and Elastic IPs, Cloud NAT, Cloud SQL Auth Proxy, RDS security groups, S3 gateway
  // endpoints, NO_PROXY, SNAT port exhaustion, Istio ServiceEntry, internet-but-not-private-ranges policies), manual EndpointSlice
  // limits (v1beta1 removed in 1.25, no hostnames, no loopback or cluster IPs), ExternalName's Host header and port-forward,
  // "eTP"-style abbreviations read as one word. Later (stop 25): a NetworkPolicy asked of `yaml` answered from its topic,
  // HTTP_PROXY/NO_PROXY read as one term, a service on the pod's own node, loopback in manual endpoints (56/60, 93.3%). Left:
  // RDS timeouts read as DNS, SNAT port exhaustion read as connection errors.
  { file: 'blind-61.yaml', bar: 0.933, min: 60 },
  // blind-62 tuned on (ask-71k, with blind-71): 60/60: "np" that selects a namespace is a NetworkPolicy, and the piece whose
  // opening restates the question ("To select a namespace by its name…") wins a tie.
  { file: 'blind-62.yaml', bar: 1, min: 60 },
  // blind-63 tuned on after that score (ask-63k): 52/60 (86.7%). tuned on: topics for Cilium Hubble (enable, relay on 4245,
  // observe --verdict DROPPED, UI, hubble.metrics.enabled), CoreDNS query logging and metrics (log plugin, 9153,
  // coredns_dns_responses_total by rcode, ndots NXDOMAIN noise), ingress-nginx access logs and metrics (access-logs-metrics:
  // log-format-upstream, 10254, request_duration_seconds, nginx.conf), events (kubectl events, --types, --for, event-ttl 1h),
  // packet capture (node side: veth, nsenter; into Wireshark), MTU (VXLAN 50, IP-in-IP 20, ping -M do) and latency (curl -w
  // phases, the 5 s conntrack race, NodeLocal DNSCache); a section on seeing policy drops in network-policy, kubectl debug
  // --copy-to with another command; headless says "pod IPs" (a new topic moved the headless question to its own topic).
  { file: 'blind-63.yaml', bar: 0.866, min: 60 },
  // blind-64 tuned on after that score (ask-64k): 49/60 (81.7%). tuned on: topics of their own for Contour (HTTPProxy, includes,
  // orphaned, tcpproxy passthrough), Kong (KongPlugin, KongClusterPlugin, KongConsumer, konghq.com annotations), Envoy Gateway
  // (BackendTrafficPolicy, SecurityPolicy, ClientTrafficPolicy, EnvoyProxy) and the two HAProxy controllers (haproxy.org vs
  // haproxy-ingress.github.io); Traefik's IngressRouteTCP, basicAuth, stripPrefix and v3 API group; a product's bare domain
  // ("haproxy.org ingress") names the product, and haproxy/contour stay terms of their own; what ingress-nginx's retirement
  // leaves running; Istio's VirtualService tie (gateways:, hosts) and gatewayClassName: istio in the Gateway API topic.
  // route-27: a product's own object named (IngressRoute, HTTPProxy…), a line led by a product with a feature of it, a rewrite, a
  // class asked, a pending address where no cloud provides one, and an API group read as its project: 58/60.
  { file: 'blind-64.yaml', bar: 0.966, min: 60 },
  // Written blind at the start of the next round and scored once unseen (code 943c887): service meshes and how they change
  // Services 23/60 (38.3%), zero-downtime and the lifecycle of endpoints 23/60 (38.3%). Floors, not goals.
  // blind-65 tuned on after that score (ask-65k): 57/60 (95.0%). tuned on: topics of their own for Istio (sidecar injection, ambient
  // mode with ztunnel and waypoints, protocol selection by port name or appProtocol, the sidecar's ports, probe rewriting, native
  // sidecars for start-up order and Jobs, headless Services and undeclared ports, traffic capture exclusions, istio-cni, SPIFFE
  // identity, AuthorizationPolicy, VirtualService/DestinationRule/ServiceEntry, egress, gateway TLS modes) and Linkerd (opaque ports,
  // skip ports, proxy ports, default-inbound-policy, ingress-nginx service-upstream); "istio" no longer searched as "gateway"; a mesh
  // named beside a kind is the subject; traffic "between pods" is not a comparison; the mesh kinds in camelCase; NetworkPolicy in a
  // mesh and in ambient mode (HBONE 15008); how a mesh already chosen works (its mTLS, what its sidecar intercepts) routed to ask.
  // route-27: a Service pending where no cloud provides a load balancer (bare metal) is asked of the knowledge: 58/60.
  { file: 'blind-65.yaml', bar: 0.966, min: 60 },
  // blind-66 tuned on after that score (ask-66k): 60/60 (100%). tuned on: topics of their own for graceful shutdown (endpoint
  // removal and preStop/SIGTERM in parallel, terminationGracePeriodSeconds 30 then SIGKILL, the preStop sleep action 1.29/1.30/1.34,
  // PID 1 ignoring SIGTERM, force delete, conntrack keeping established connections), Deployment rolling updates (maxSurge and
  // maxUnavailable 25%, minReadySeconds and available, progressDeadlineSeconds 600, Recreate, StatefulSet reverse ordinal order)
  // and PodDisruptionBudgets (policy/v1 since v1beta1's removal in 1.25, minAvailable vs maxUnavailable, rounding up, eviction 429,
  // voluntary vs involuntary, drain flags, unhealthyPodEvictionPolicy AlwaysAllow, topologySpreadConstraints); probe defaults, gRPC
  // probes (grpc.health.v1) and warm-up in readiness; the EndpointSlices behind a Service; NLB deregistration delay 300; Classic
  // ELB idle timeout and draining annotations; ingress-nginx to pod IPs and service-upstream; "disruption budget" read as "pdb";
  // a question of what status or error a component answers with routed to ask, not which.
  { file: 'blind-66.yaml', bar: 1, min: 60 },
  // Written blind at the start of the round and kept unseen until its final code (056cf43) scored them once: pod networking
  // and CNI plugins 29/60 (48.3%), DNS and certificate automation 32/60 (53.3%), a help channel's everyday mix 56/60 (93.3%),
  // multi-cluster and hybrid networking 13/60 (21.7%). Floors, not goals.
  // blind-67 tuned on after that score (ask-67k): 56/60 (93.3%). tuned on: topics of their own for Calico (IP pools and the
  // 192.168.0.0/16 default, /26 blocks, IP-in-IP as IP protocol 4 vs VXLAN over UDP 4789, CrossSubnet, natOutgoing, moving to a
  // new pool), flannel (10.244.0.0/16, vxlan and host-gw backends and host-gw's layer 2 need, no NetworkPolicy) and the Amazon
  // VPC CNI (ENI limits and max pods, prefix delegation's /28, maxPods on new nodes, custom networking with ENIConfig, external
  // SNAT, security groups for pods, target types); pod CIDRs in the exhaustion topic (--pod-network-cidr, podCIDR,
  // node-cidr-mask-size, Cilium's cluster pool); Cilium tunnel vs native routing, the network model, no CNI after kubeadm init
  // and telling which CNI runs; k3s's flannel and kube-router policy; NetworkPolicy is L3/L4 only; AKS policy engines;
  // "aks network policy" named in any order; flannel's host-gw not read as Gateway API's "gw". Left: four questions
  // free text routes to `which` (calico MTU on 9001, target-type ip vs instance, pods' egress through the NAT gateway,
  // calico pods without internet), routing not changed here.
  // routing (route-26): the calico MTU, target-type ip vs instance, pods' egress through the NAT gateway and calico pods
  // without internet go to ask (a CNI with its machinery asked of; two values weighed by "vs"; an egress address wished;
  // pods that reach each other "but not the internet"): 59/60.
  { file: 'blind-67.yaml', bar: 0.983, min: 60 },
  // blind-68 tuned on after that score (ask-68k): 57/60 (95.0%). tuned on: topics of their own for the CoreDNS Corefile (the
  // coredns ConfigMap in kube-system, forward to own upstreams, stub domains as server blocks, rewrite name, hosts and template,
  // reload within about two minutes with no restart, autopath with pods verified, AKS coredns-custom) and NodeLocal DNSCache
  // (a DaemonSet on 169.254.20.10, IPVS mode needs the kubelet's clusterDNS changed, the conntrack race behind 5-second
  // timeouts); cert-manager Issuer (namespaced) vs ClusterIssuer (cluster-scoped), Let's Encrypt's production and staging ACME
  // URLs, renewal at two thirds of the lifetime and renewBefore, the cluster resource namespace, the HTTP-01 solver's
  // ingressClassName, DNS-01 for wildcards, Route 53 IAM actions, Cloudflare apiTokenSecretRef, cnameStrategy Follow,
  // dns01-recursive-nameservers for split horizon; external-dns --source=ingress, --publish-service and headless Services;
  // ingress-nginx's --default-ssl-certificate; the cluster domain, dnsPolicy None and the 5-second conntrack race in dns; a
  // stub domain's Corefile block and a namespace's search list said with the asker's zone, server and namespace; "X vs doing Y
  // at the ingress" read as one question, not two topics; HTTP-01/DNS-01/NodeLocal DNSCache/cluster domain read as one term;
  // external-dns, cert-manager, ClusterIssuer and NodeLocal DNSCache named as products beside a kind; where a field is set
  // in a product's object asked of the product. Left: three questions free text routes to `which` (cert-manager with
  // Cloudflare, external-dns with ingress-nginx's node IPs, internal-only wildcard names), routing not changed here.
  // route-27: cert-manager and external-dns asked of their own machinery go to ask; a name answered with an address for pods
  // only is the Corefile's (a term): 60/60.
  { file: 'blind-68.yaml', bar: 1, min: 60 },
  // blind-69 tuned on after that score (ask-68k): 57/60 (95.0%). tuned on: an Ingress's spec.defaultBackend in the 404 of
  // ingress-errors' short answer. Left: three questions free text routes to `which` (a UDP game server's protocol, pods
  // resolving Services but not outside names, the type `kubectl expose` gives), routing not changed here.
  // blind-69 tuned on (ask-71k, with blind-71): 57/60 (95.0%): requests no Ingress rule matches sent to a Service of one's own
  // with spec.defaultBackend, in the errors topic beside the controller's 404. Left: three questions routed to `which`.
  // routing (stop 26): a partial DNS failure and the type `kubectl expose` makes go to ask: 59/60.
  { file: 'blind-69.yaml', bar: 0.983, min: 60 },
  // blind-70 tuned on: topics for the Multi-Cluster Services API (ServiceExport, ServiceImport, clusterset.local, namespace
  // sameness, conflicts, cluster IDs, KubeFed archived), Submariner, Cilium ClusterMesh and GKE multi-cluster Services and
  // Gateways; Istio east-west and Linkerd multicluster sections; Services for VMs (selectorless, managed-by, no health checks),
  // port-forward --context, peering not transitive; MCS/ClusterSet/ClusterMesh/KubeFed read as one term; 13/60 -> 47/60.
  // Left: nine questions routed to `which` (ILB annotations, CoreDNS forward, MetalLB, ClusterMesh annotations), a
  // Service named 'imported' read from "svc imported via MCS", a firewall question read as a comparison, two retrievals.
  // 46/60 (76.7%) once merged beside ask-67k and which-121k (one near tie tipped).
  // routing (route-26): the ten questions routed to `which` go to ask, eight now answered (the ClusterMesh affinity and the
  // AKS ILB subnet annotations are not in their topics' answers) (a part named in a clause of its own, "gatewayclass
  // name?", "lb annotation?"; a multi-cluster feature asked or wished of; the subnet an ILB lands in; CoreDNS config to resolve via
  // one's own server; outside machines resolving cluster names; an LB's own IP wished on bare metal): 54/60. "svc imported via MCS"
  // now reads the Service as `orders`, but answers.ts gives no address to a multi-cluster question (not in route-26's files).
  // the clusterset.local name spelled with the asker's Service and namespace: 55/60.
  { file: 'blind-70.yaml', bar: 0.916, min: 60 },

  // Written blind at the start of the next round and scored once unseen (code 5f8b3fb): an everyday mix 54/60 (90.0%),
  // NetworkPolicy in depth 31/60 (51.7%). Floors, not goals.
  // blind-71 tuned on (ask-71k): 58/60 (96.7%). tuned on: why a pod makes several lookups for one outside name (ndots:5 and the
  // search list, in one piece with the cure); two load balancer implementations chosen per Service by loadBalancerClass (MetalLB's
  // --lb-class); the deprecated spec.loadBalancerIP and the annotations that pin an address; "forward my local 8080 to svc web"
  // read as a port-forward and written out with the asker's names and ports when no namespace is given; "np" that selects a
  // namespace is a NetworkPolicy. Left: two questions routed to `which` (the Ingress apiVersion, ingress-nginx rewrite-target).
  // routing (stop 26): 'what apiVersion …' is a setting asked: 59/60.
  // route-27: a request path wished to reach the app as another is a rewrite, a setting of the proxy (ask): 60/60.
  { file: 'blind-71.yaml', bar: 1, min: 60 },
  // blind-72 tuned on: an AdminNetworkPolicy topic (ANP and BaselineAdminNetworkPolicy, policy.networking.k8s.io/v1alpha1 CRDs,
  // priority lower-first, Allow/Deny/Pass, the single BANP named default, ClusterNetworkPolicy v1alpha2 as successor, Calico
  // GlobalNetworkPolicy and CiliumClusterwideNetworkPolicy); NetworkPolicy details on allow-all ({}), selector scope, NotIn,
  // ipBlock except validity and ::/0, named ports, enforcing plugins (k3s's kube-router), which policies select a pod and the
  // API server's endpoints; policy kinds and "allow-all" one term each, {} read as empty, an allow-dns policy not dnsPolicy, a rule
  // told in policy words naming NetworkPolicy; a field quoted with its value picks the piece; a port range asked gets its
  // endPort rule with the asker's numbers. 31/60 -> 55/60. Left: five questions routed to `which` (intent.ts not changed here).
  // after the merges and routing of stop 26: 56/60.
  // route-27: "allow only…", a bare deny-all and a CIDR let in or out are access control; "check whether A can reach B" a
  // reachability check; an ipBlock asked for is written with the asker's CIDR and except: 60/60.
  { file: 'blind-72.yaml', bar: 1, min: 60 },

  // Written blind at the start of the next round and scored once unseen (code 902ce4b): Ingress and Gateway API in depth
  // 47/60 (78.3%), Service mechanics (kube-proxy modes, EndpointSlices, traffic policies, dual-stack) 50/60 (83.3%). Floors, not goals.
  // blind-73 60/60 after ask-73k: how-tos about a chosen controller or Gateway feature routed to ask (protocol-only workloads,
  // "how do I use…", dash restatements, listener and merge questions, IP allow-lists, an Ingress that never gets an address),
  // and topic pieces for IngressClass controller strings, snippets, service-upstream, TLS Secrets from files, header matches,
  // a Gateway's certificate in another namespace and several Ingresses for one host.
  { file: 'blind-73.yaml', bar: 1, min: 60 },
  // blind-74 tuned on (ask-74k): 60/60. kube-proxy's kube-ipvs0 dummy interface, O(n) rule walks vs O(1) hashes and the
  // KUBE-SVC/KUBE-SEP probabilities; an annotation key is not a host name (which); why topology-mode Auto gives no hints;
  // the kube-apiserver's Service range flag; the immutable clusterIP error; port-name rules; two LB implementations -> loadBalancerClass.
  { file: 'blind-74.yaml', bar: 1, min: 60 },
  // Written blind at the start of the next round and scored once unseen (5d01b0b): troubleshooting 54/60 (90.0%),
  // everyday questions from developers new to Kubernetes 53/60 (88.3%). Floors, not goals.
  // Both 60/60 after ask-75k: a humble opener ("ok dumb question but…") is no subject; "is X deprecated" is asked of X; how a
  // part behaves (how an ingress or a Service picks a backend, pods talking without a Service, a pod by its own name) and two
  // controllers serving one Ingress go to ask, not `which`; a sentence after the command word `service` is a question; topic
  // pieces for pod DNS names (hostname/subdomain), class-less Ingresses and the default class, redirect loops behind a
  // TLS-terminating load balancer, node ports blocked from outside or taken by another Service, and an Ingress's TLS Secret in
  // its own namespace only.
  { file: 'blind-75.yaml', bar: 1, min: 60 },
  { file: 'blind-76.yaml', bar: 1, min: 60 },
];

/** A question file of test/eval by name. */
export const evalFile = (name: string): URL => new URL(`./${name}`, import.meta.url);

export function loadQuestions(file = new URL('./questions.yaml', import.meta.url)): EvalQuestion[] {
  return z.array(QuestionSchema).parse(load(readFileSync(file, 'utf8')));
}

function topicsOf(data: Record<string, unknown>): string[] {
  const list = Array.isArray(data.topics) ? (data.topics as string[]) : [];
  return typeof data.topic === 'string' ? [data.topic, ...list] : list;
}

export async function score(questions = loadQuestions()): Promise<{ results: EvalResult[]; passRate: number }> {
  const runtime = testRuntime();
  const results: EvalResult[] = [];
  for (const question of questions) {
    const r = await ask(question.q, runtime);
    const problems = missingFacts(r.text, question.facts).map((fact) => `missing "${fact}"`);
    const topics = topicsOf(r.data);
    if (question.topic !== undefined && !topics.includes(question.topic)) problems.push(`topic ${topics.join('+') || 'none'}, expected ${question.topic}`);
    if (question.command !== undefined && r.command !== question.command) problems.push(`command ${r.command}, expected ${question.command}`);
    results.push({ question, passed: problems.length === 0, problems, command: r.command, topic: topics[0] ?? null });
  }
  const passed = results.filter((r) => r.passed).length;
  return { results, passRate: results.length === 0 ? 0 : passed / results.length };
}
