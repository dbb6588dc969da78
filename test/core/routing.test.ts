// Which command answers free text, end to end through handle(). The messages are written for this
// table (none comes from the eval questions or the which scenarios), in the way people type in
// chat, and the expectations say what is right for the person asking:
// - an explicit request wins: pasted YAML -> check, "yaml for X" -> yaml, "X vs Y" -> compare,
//   "show services in ns" -> services, a named Service -> service, a namespace's health -> diagnose;
// - "which / how should I expose / what should I use for <my workload>" -> which;
// - a question about how a concept behaves -> ask (explain for a bare "what is <topic>"), even
//   when it is phrased "can I / should I / is it ok", unless it describes the asker's workload;
// - "X or Y?" with nothing about the workload -> compare; with the workload -> which.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/core/registry.js';
import { route } from '../../src/core/route.js';
import { ask, builtInKnowledge, testRuntime } from '../helpers.js';

type Row = [message: string, command: string, routed?: string];

const MANIFEST = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n  selector:\n    app: web\n  ports:\n    - port: 80\n      nodePort: 80';

export const ROUTING_TABLE: Row[] = [
  // --- help ---------------------------------------------------------------------------------
  ['what can this bot do?', 'help'],
  ['how do I use you', 'help'],

  // --- learn and quiz: asking for the course or a question ------------------------------------
  ["i'm new to kubernetes, where do I start?", 'learn'],
  ['teach me how ingress works', 'learn'],
  ['quiz me on services', 'quiz'],
  ['give me a quiz question', 'quiz'],

  // --- yaml: an explicit request for a manifest -----------------------------------------------
  ['give me a manifest for a headless service', 'yaml'],
  ['can you write the yaml for an ingress for shop.example.com', 'yaml'],
  ['nodeport service yaml example please', 'yaml'],
  ['sample httproute manifest', 'yaml'],
  ['show me the yaml for a clusterip service called api', 'yaml', 'yaml clusterip api'],
  ['template for a loadbalancer svc named web in payments', 'yaml'],
  ['give me an ingress yaml for my 3 web apps on gke', 'yaml'],
  // One object of a kind asked to be made with values of the asker's own: its manifest, with those values.
  ['how do i make a headless svc for our kafka statefulset (port 9092)', 'yaml', 'yaml headless port=9092'],
  // A manifest of the asker's that the API refused is one to fix, its error the question, not one asked for.
  ['kubectl apply of our service manifest fails: spec.clusterIP: Invalid value: "10.96.0.9": field is immutable', 'ask'],
  ['my ingress yaml keeps getting rejected by the apiserver, what is wrong with it', 'ask'],
  // What was done to a Service, said after the word, is no Service's name.
  ['the service update fails with field is immutable', 'ask'],
  ['how do I create an externalname `billing` in ns shop that points at billing.example.net', 'yaml', 'yaml externalname billing externalName=billing.example.net -n shop'],
  ['add https to our ingress for shop.example.org, the cert is in secret shop-cert', 'yaml', 'yaml ingress web host=shop.example.org tlsSecret=shop-cert'],
  ['how do i set up an ingress for docs.example.io to svc docs port 8080', 'yaml', 'yaml ingress host=docs.example.io service=docs port=8080'],
  ['I need yaml for an externalname service pointing at db.example.com', 'yaml', 'yaml externalname externalName=db.example.com'],
  // Without values, or a kind proposed rather than asked to be made: not a manifest request.
  ['how do I create a LoadBalancer service on bare metal', 'ask'],

  // --- check: pasted manifests ----------------------------------------------------------------
  [`is this right?\n${MANIFEST}`, 'check'],
  [`why won't this apply\n\`\`\`yaml\napiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  backend:\n    serviceName: web\n    servicePort: 80\n\`\`\``, 'check'],
  ['can you look at {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "db"}, "spec": {"ports": [{"port": 5432}]}}', 'check'],

  // --- explain: a topic by name ---------------------------------------------------------------
  ['what are endpoint slices?', 'explain'],
  ['tell me about metallb', 'explain'],
  ['gateway api?', 'explain'],
  ['what is kube-proxy', 'explain'],
  ['what does a headless service do', 'explain'],
  ['externalTrafficPolicy', 'explain'],

  // --- compare: explicit comparisons, and choices with nothing about the workload ----------------
  ['clusterip vs headless', 'compare'],
  ["what's the difference between an ingress and a gateway?", 'compare'],
  ['how does nodeport differ from loadbalancer', 'compare'],
  ['ingress or loadbalancer?', 'compare'],
  ['should I use ExternalName or a headless service?', 'compare'],
  ['nodeport vs ingress for my home lab jellyfin?', 'compare'],
  ['port-forward vs kubectl proxy', 'compare'],

  // --- ask: how a concept behaves, troubleshooting without a named object ---------------------
  ['does a ClusterIP service work across namespaces?', 'ask'],
  // A state after "svc" is not a Service's name; a labelled question is about its label; a URL path
  // is not the workload; "how do I get X instead of Y" asks how, not which.
  ['why is the loadbalancer svc stuck in pending', 'ask'],
  ['ping to the service ip times out, is the service dead', 'ask'],
  ['traefik: how do i strip /v1 from the path', 'ask'],
  ['calico how do i allow traffic from the monitoring namespace', 'ask'],
  ['how can we get an ALB instead of an NLB on eks', 'ask'],
  // A load balancer already made: the reach it came up with, a setting named after it, an address wished for it or given to
  // it, a cloud's private endpoint service chosen to publish a Service (ask-54k).
  ['the nlb came up as internet-facing, i need it private', 'ask'],
  ['nlb target type instance or ip on eks?', 'ask'],
  ['need a fixed public ip for the LoadBalancer svc, the ip was made in another resource group', 'ask'],
  ['how would i give the ingress a reserved ip on gke', 'ask'],
  ['can we publish a kubernetes service to another vnet through azure private link?', 'ask'],
  ['hostname of pod 2 of the kafka statefulset, headless svc kafka-hl?', 'ask'],
  // A yes/no or "what does it do" question about a concept: ask, not the decision tree.
  ['do grpc streams survive going through an ingress', 'ask'],
  ['what does spec.tls do on an ingress', 'ask'],
  // A sentence after a command word that no clear request claims is a question for ask.
  ['service without endpoints, where do I look', 'ask'],
  ['Service "web" is invalid: spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535', 'ask'],
  ['can a nodeport service use port 443?', 'ask'],
  ['are nodeports a bad idea for prod?', 'ask'],
  // What a tool makes of its own accord, and which part of Kubernetes does something, are knowledge (ask-34k).
  ['what type of service does kubectl create service give you when you leave out the type flag?', 'ask'],
  ['what kind of svc does the bitnami redis chart create by default', 'ask'],
  ['which component programs the iptables rules behind a cluster ip?', 'ask'],
  ['which daemon on every node watches endpointslices?', 'ask'],
  ['what kind of service does my grafana need so only pods reach it?', 'which'],
  ['can an ingress forward raw tcp?', 'ask'],
  ['does every LoadBalancer service get its own IP?', 'ask'],
  ['how do I enable TLS on an ingress?', 'ask'],
  ['how do I access a loadbalancer service from my browser?', 'ask'],
  ['how many load balancers does an ingress create?', 'ask'],
  ['external ip of my LB has been pending for an hour', 'ask'],
  ['connection refused when curling the service', 'ask'],
  ['outside clients get 502s from our public grpc api on gke, why?', 'ask'],
  ['what port range can a nodePort use?', 'ask'],
  ['how does traffic get from the load balancer to my pod?', 'ask'],
  ['do I need an ingress controller for an ingress to work?', 'ask'],
  ['can I use cert-manager with the gateway api?', 'ask'],
  ['what happens to traffic when a pod is not ready?', 'ask'],
  ['should I set externalTrafficPolicy to Local?', 'ask'],
  ['should I use sessionAffinity for my websocket app?', 'ask'],
  ['what ingress controller should I install on bare metal?', 'ask'],
  ['why does my ingress return 404 for /api', 'ask'],
  ["why can't I reach my app", 'ask'],
  ['how do pods find each other in a statefulset', 'ask'],
  ['is it possible to give a LoadBalancer a static ip?', 'ask'],
  ['can a service point at pods in two namespaces', 'ask'],
  ['is a nodeport service load balanced across nodes?', 'ask'],
  ['does gateway api support tcp routes', 'ask'],
  ['how do I move my ingresses off extensions/v1beta1', 'ask'],
  ['is udp supported by loadbalancer services on aws?', 'ask'],
  ['what about linkerd', 'ask'],

  // --- which: a recommendation for the asker's own workload -----------------------------------
  ['we run a handful of django apps on AKS and customers need to reach them over https, what do we use?', 'which'],
  ["what's the right way to let partners reach our sftp server on gke?", 'which'],
  ['our prometheus needs to scrape an exporter in the same cluster, which service type?', 'which'],
  ["I'm on k3s at home and want my jellyfin reachable on my LAN", 'which'],
  ['which type should the redis for my sessions be? only the web pods talk to it', 'which'],
  ["expose my spring app on eks for the public, it's the only one", 'which'],
  ['need to expose a udp voice server on bare metal for production', 'which'],
  ['how do I let colleagues in the office reach a grafana we run on-prem?', 'which'],
  ['is an ingress right for our mqtt broker on gke?', 'which'],
  ["can I use a nodeport for my company's website in production on bare metal?", 'which'],
  ['ingress or loadbalancer for our 6 http apis on gke?', 'which'],
  ["what's the cheapest way to expose 10 web apps on digitalocean?", 'which'],
  ['my pods need to talk to an external mongo atlas cluster through a service name', 'which'],
  ['need quick access to the rabbitmq management ui from my laptop', 'which'],
  ['each replica of my nats statefulset needs its own dns name', 'which'],
  // "what service for <a part named>?" after the setup asks which kind, as "what service?" does.
  ['the brokers replicate to each other on 9093 inside the cluster. which service for those ports?', 'which'],
  ['build agents in our namespace dial the controller on 50000. what svc for that port?', 'which'],
  ['how do I expose port 8080 of my pod?', 'which'],
  ['how do I get https for my web app on gke?', 'which'],
  ['compare the options for exposing my api on bare metal', 'which'],
  ['yaml for whatever service type fits a public http api on gke', 'which'],
  ['how should our game backend on EKS take UDP traffic from players?', 'which'],
  ['we have an elasticsearch that only kibana in the cluster uses, what svc type', 'which'],
  ['does our internal grpc service need an ingress? only other pods call it', 'which'],
  // The kind asked for in words that name none, beside the kind it has now or the field that holds it.
  ["```\n$ kubectl get svc -n web\nNAME    TYPE           CLUSTER-IP   EXTERNAL-IP    PORT(S)        AGE\nsearch  LoadBalancer   10.0.3.4     34.1.2.3       9200:31000/TCP 9d\n```\nonly our api pods query it. what should it really be", 'which'],
  ['the chart ships the svc as a NodePort but only the workers in our namespace call it, what do we change it to?', 'which'],
  ['vendor values have\n```\nservice:\n  type: ???\n```\nwhat goes in there', 'which'],
  ['our quorum members find each other through DNS SRV lookups, 5 pods in a deployment. service for this?', 'which'],
  ['haproxy ingress chart on our own hardware, no lb provider. what should we set `controller.service.type` to?', 'which'],
  ['the kafka-ui is ClusterIP and I need it for a few minutes to check one topic. do I need to expose it?', 'which'],
  ['6 internal web apps on a vsphere cluster, no lb at all, how would u expose them', 'which'],
  // …but not where nothing names a kind: the value of some other setting.
  ['our readiness probe period is 10s, what should it be?', 'ask'],
  // Trouble told with nothing else said outright and nothing asked of what to use: diagnosis, whatever the model leans to.
  ['the importer calls its own service, gets routed back onto itself and hangs', 'ask'],

  // --- services: listing what the cluster exposes ---------------------------------------------
  ['list the services in checkout', 'services', 'services checkout'],
  ['show me all svcs in the staging namespace', 'services', 'services staging'],
  ['what services are running in prod?', 'services', 'services prod'],
  ["what's exposed across the cluster?", 'services', 'services all'],
  ['get services -n web', 'services', 'services web'],

  // --- service: one named Service -------------------------------------------------------------
  ['describe the checkout service in shop', 'service', 'service checkout -n shop'],
  ['how do I reach the orders service in payments from my laptop', 'service', 'service orders -n payments'],
  ['the cart service keeps timing out', 'service', 'service cart'],
  ['details for service payments-api', 'service', 'service payments-api'],
  ['which service type is the checkout service in shop using?', 'service', 'service checkout -n shop'],
  ["can't connect to the db service in the prod namespace", 'service', 'service db -n prod'],

  // --- diagnose: a namespace's (or the cluster's) health ---------------------------------------
  ['anything wrong in the payments namespace?', 'diagnose', 'diagnose payments'],
  ['are there problems with services across all namespaces', 'diagnose', 'diagnose all'],
  ['is something broken in shop?', 'diagnose', 'diagnose shop'],
  ['my services in staging are all unreachable', 'diagnose', 'diagnose staging'],
];

/**
 * More new messages, written after the first tuning pass on the table above and run before any
 * tuning on them (73 of 80 as expected then). Two are left out: "is it safe to expose the
 * kubernetes dashboard with a nodeport?" goes to `which` (a workload and a kind; a safety
 * question the rules cannot tell apart), and "what is the max number of ports on one service" is
 * answered by `explain` (its "what is" alias) with the same answer `ask` gives.
 */
export const SECOND_TABLE: Row[] = [
  ['does a headless service get a cluster ip?', 'ask'],
  ['can two services share the same nodePort?', 'ask'],
  ['is it possible to use a LoadBalancer with a private ip only?', 'ask'],
  ['how does kube-proxy pick a pod', 'ask'],
  ['can I change a service from ClusterIP to NodePort without downtime?', 'ask'],
  ['do ingress rules work across namespaces?', 'ask'],
  ['how do I renew the tls cert on my ingress', 'ask'],
  ['my ingress shows no address', 'ask'],
  ['why do I get 502 from the ingress', 'ask'],
  ['does metallb work with calico?', 'ask'],
  ['how do i see the endpoints of a service', 'ask'],
  ['is externalTrafficPolicy Local bad for load balancing?', 'ask'],
  ['what does appProtocol do', 'ask'],
  ["can an ExternalName point to another namespace's service", 'ask'],
  ["we need to expose our keycloak to customers on EKS, what's the best option?", 'which'],
  ['our mobile backend on GKE speaks gRPC and must be public, single service', 'which'],
  ['I run a home k3s cluster and want nextcloud reachable from the internet', 'which'],
  ['how do we let the data science team query clickhouse from their laptops?', 'which'],
  ['internal prometheus scrapes an app in another pod, what service do I create?', 'which'],
  ["want to expose a TCP syslog receiver to on-prem servers outside the cluster, we're on AKS", 'which'],
  ['how do I publish my flask api on minikube so I can hit it from postman?', 'which'],
  ['planning to host 8 small websites on one bare-metal cluster, production, what should we do?', 'which'],
  ['is NodePort the right choice for our customer-facing web shop on GKE?', 'which'],
  ['can we put our SMTP relay behind an ingress on bare metal?', 'which'],
  ["what do I need so that my zookeeper pods know each other's names?", 'which'],
  ['our pods should talk to a managed redis at cache.prod.example.net by a short name', 'which'],
  ['headless vs clusterip service', 'compare'],
  ['which is cheaper, an ingress or a loadbalancer?', 'compare'],
  ['loadbalancer or nodeport?', 'compare'],
  ["what's an endpointslice", 'explain'],
  ['sessionAffinity', 'explain'],
  ['give me a gateway api httproute example for api.example.com', 'yaml'],
  ['headless service yaml for postgres', 'yaml'],
  ['list svc in kube-system', 'services'],
  ['what is exposed in the monitoring namespace?', 'services'],
  ['is the grafana service in monitoring up?', 'service'],
  ['describe service frontend -n web', 'service'],
  ["what's broken in the checkout namespace", 'diagnose'],
  ['scan staging for problems', 'diagnose'],
  ['does a loadbalancer service also get a nodeport?', 'ask'],
  ['how long does it take for a LoadBalancer to get an external ip on aws', 'ask'],
  ['can I use the same port for tcp and udp on one service?', 'ask'],
  ['what happens if two ingresses use the same host', 'ask'],
  ['is ingress-nginx being retired?', 'ask'],
  ['can a NodePort service be reached from outside the node network?', 'ask'],
  ['how do I make an ingress redirect http to https', 'ask'],
  ['does a ClusterIP service work with UDP?', 'ask'],
  ["pods can't resolve service names", 'ask'],
  ['is sticky session possible with ingress?', 'ask'],
  ['how do ExternalName services handle TLS?', 'ask'],
  ['what port does the kubectl proxy listen on', 'ask'],
  ['do I need a service for a cronjob?', 'ask'],
  ["I've got an nginx reverse proxy pod that partners on the internet must reach, we're on AKS", 'which'],
  ['we have 3 grpc microservices on EKS that mobile apps call, cost matters', 'which'],
  ['our jenkins on-prem needs to be reachable by the dev team over the VPN, production', 'which'],
  ['how should I expose mongodb to my analytics pods only?', 'which'],
  ['need to hit the admin api of my app from my laptop once to debug something', 'which'],
  ["what's the right service for a redis sentinel statefulset whose pods must find each other", 'which'],
  ["we're moving a php site to GKE and customers will visit it, just one site", 'which'],
  ['can I expose our minecraft server with an ingress on bare metal?', 'which'],
  ['my team runs kind locally and wants to open the demo app in a browser', 'which'],
  ['should our public REST api on digitalocean use a nodeport?', 'which'],
  ['give me a recommendation for exposing an mqtt broker to iot devices on GKE', 'which'],
  ['our apps need a stable name for the payments saas at api.payments.example.com', 'which'],
  ['ingress vs gateway api', 'compare'],
  ["what's the difference between port-forward and kubectl proxy", 'compare'],
  ['externalname or headless?', 'compare'],
  ['explain metallb', 'explain'],
  ['what are network policies', 'explain'],
  ['ingress manifest for shop.example.com with tls', 'yaml'],
  ['give me yaml for a nodeport called web on port 8080', 'yaml'],
  ['```\napiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata:\n  name: x\n```', 'check'],
  ['show all services across every namespace', 'services'],
  ['what services are in the shop namespace', 'services'],
  ['the payments-api service in prod is returning 503', 'service'],
  ['show me service web in shop', 'service'],
  ['is anything misconfigured in the default namespace?', 'diagnose'],
  ['check the web namespace for issues', 'diagnose'],
];

/**
 * 30 more written and run after that tuning: 29 as expected ("what is the difference in cost
 * between nodeport and loadbalancer on aws" went to compare, whose table has a cost row, and is
 * left out). Then recommendations asked for a setting or a part, not a way to expose, found
 * while testing the rules and added once fixed.
 */
export const THIRD_TABLE: Row[] = [
  ['my nodeport service is not reachable from outside', 'ask'],
  ['ingress returns 404 for every path', 'ask'],
  ['loadbalancer stuck pending on eks', 'ask'],
  ['why does my headless service return multiple ips', 'ask'],
  ['does gke charge for each load balancer', 'ask'],
  ['can ingress do mutual tls?', 'ask'],
  ['how do I restrict access to my ingress by ip', 'ask'],
  ['how can I see the real client ip behind an ingress', 'ask'],
  ['is there a limit to how many services a cluster can have', 'ask'],
  ['how do I set a static nodePort', 'ask'],
  ['can a service have no selector', 'ask'],
  ['expose my grafana to the team on our office network, we run on bare metal', 'which'],
  ['what svc type for a kafka that only in-cluster consumers read from', 'which'],
  ["our rails app on EKS needs a public https endpoint; it's the only app", 'which'],
  ['I want my laptop to talk to the staging redis for an hour', 'which'],
  ['best way to expose 20 microservices on AKS under one domain?', 'which'],
  ['need a stable per-pod hostname for each elasticsearch node', 'which'],
  ['is a loadbalancer the right call for our single grpc api on gke? cost is fine', 'which'],
  ['how do I get traffic from the internet to my valheim server on hetzner bare metal', 'which'],
  ['nodeport vs clusterip vs loadbalancer', 'compare'],
  ['how is gateway api different from ingress', 'compare'],
  ['clusterip or headless for a statefulset?', 'compare'],
  ['what does kube-proxy do', 'explain'],
  ['externalname manifest pointing to db.example.com', 'yaml'],
  ['write me a clusterip service yaml for api on port 8080', 'yaml'],
  ['list services in kube-system namespace', 'services'],
  ['why is the orders service in shop timing out', 'service'],
  ['are there any issues in the payments namespace', 'diagnose'],
  ['what commands are available?', 'help'],
  ["what's the recommended pathType for an ingress", 'ask'],
  ['is it recommended to set sessionAffinity', 'ask'],
  ['what do you recommend for TLS certificates on ingress', 'ask'],
  ['what do I need to install for an ingress to work', 'ask'],
  ['which ingress controller do you recommend', 'ask'],
  ['which port should my service use', 'ask'],
];

/**
 * Routing between `which` and `ask` (routing-2 branch), written for this table after blind set 3:
 * two values of one setting compared, a short line about a setting or a kind with no workload,
 * a statement that asks in a clause of its own, a symptom ("drops") — all went to `which` before,
 * and now reach `ask`; beside them, setups that must still reach `which`.
 */
export const FOURTH_TABLE: Row[] = [
  // One fact said outright about the asker's need settles it; the same fact about a setting does not.
  ['we only need internal traffic between our services, nothing from outside', 'which'],
  ['the cart service only needs to be reached by the checkout service, both in the same cluster', 'which'],
  ['send traffic only to the pod on the same node', 'ask'],
  ['metallb l2 vs bgp', 'ask'],
  ['httproute vs grpcroute', 'ask'],
  ['sessionAffinity clientip vs none', 'ask'],
  ['session affinity by client ip on my service', 'ask'],
  ['externalTrafficPolicy Local on a nodeport with no pod on that node', 'ask'],
  ['gateway api httproute in another namespace than the gateway', 'ask'],
  ['private load balancer reachable only inside the vnet', 'ask'],
  ['path /shop with Prefix, does /shopping match', 'ask'],
  ['internal lb on gke, what annotation', 'ask'],
  ['my grpc streams drop after a minute through the ingress', 'ask'],
  ["we're on EKS with 12 HTTP services, should each get its own LoadBalancer?", 'which'],
  ['bare metal cluster for the office, production https app, what type?', 'which'],
  ['our kafka brokers are used only by pods in the cluster', 'which'],
  ['the payments api must be reachable by partners over the internet, gke', 'which'],
];

/**
 * Routing after blind set 6 (which-6 branch): "different" is not a misspelt "difference", a port
 * pair ("80/443") is not an HTTP status, a trailing "svc type?" asks for a recommendation, "thinking
 * NodePort?" checks a kind against a described setup, and "has to hit" / "should call" state what
 * callers need. Questions about a concept stay with ask and compare.
 */
export const FIFTH_TABLE: Row[] = [
  ['eks, three shops on different domains, we want tls from cert-manager', 'which'],
  ['need to route calls to different backends by grpc method, envoy gateway is installed', 'which'],
  ["what's the different between nodeport and loadbalancer", 'compare'],
  ['nodeport vs loadbalancer', 'compare'],
  ['are ingress hosts on different domains allowed in one ingress?', 'ask'],
  ['home k8s via kubeadm, want to host gitea and vaultwarden on my domain, the router forwards 80/443 to the nodes', 'which'],
  ['ingress returns 503 for every request', 'ask'],
  ['redis only used by our worker pods, nothing outside ever connects. svc type?', 'which'],
  ['what is a headless service', 'explain'],
  ['does kubectl port-forward load balance across pods', 'ask'],
  ['how does a headless service resolve each pod', 'ask'],
  ['file share VM at nas.corp.example.com, pods should call it as nas and we move it in later. thinking LoadBalancer?', 'which'],
  ['kind in CI, the test job has to hit the app through the port we map with extraPortMappings', 'which'],
  ['what is gateway api, is it the successor of ingress?', 'explain'],
];

/**
 * Routing between `which` and `ask` (ask-6 branch), written for this table: "which" before a
 * part of an object (a label, annotation, flag, field, objects to create) is English; a line whose
 * only facts come from the kind, setting or tool it names, or the place it runs, describes no
 * workload ("private lb on aks", "metallb, what do i need"); "an existing service" is an object,
 * not a workload described; a Service's column ("EXTERNAL-IP") is not its name.
 */
export const SIXTH_TABLE: Row[] = [
  ['which annotation makes an nlb internet-facing on eks', 'ask'],
  ['which kubectl flag lets port-forward listen on every interface', 'ask'],
  ['which labels does kubernetes put on an endpointslice', 'ask'],
  ['which gateway api objects do i need for https', 'ask'],
  ['which dns records does a headless service get', 'ask'],
  ['which service type for our internal redis, only pods use it', 'which'],
  ['which kind cluster setup do i need for an ingress on my laptop', 'which'],
  ['private load balancer on aks', 'ask'],
  ['metallb in my homelab: what objects give services their ips', 'ask'],
  ['ingress-nginx rewrite /api/foo to /foo before it reaches my backend', 'ask'],
  ['how does my service get the original client address through the nginx ingress', 'ask'],
  ['can we edit the cluster ip of a running service', 'ask'],
  ['is it possible to move an existing service to another nodePort', 'ask'],
  ['the EXTERNAL-IP of my lb service stays pending on our on-prem cluster', 'ask'],
  ['we run 4 http apis on a bare metal cluster, customers reach them over https', 'which'],
  ['our udp game server must be public on gke', 'which'],
  // Two load balancer implementations, each serving some of the Services: a setting of LoadBalancer Services (loadBalancerClass).
  ['use cilium lb ipam for some loadbalancer services and metallb for the rest', 'ask'],
  ['our apps: metallb for a few services and the cloud lb controller for the others', 'ask'],
  // An annotation key quoted with its value is a setting asked about, not a host name that a workload is reached at.
  ['service.kubernetes.io/topology-mode: Auto, what is that annotation good for', 'ask'],
];

/**
 * Routing of kubectl how-tos and pasted output (ask-8 branch), written for this table: a question
 * that names kubectl, a command or flag, or asks for something "imperatively"/"without YAML" is
 * about using kubectl, not what to expose with; so is how to test a Service from inside; "which
 * Service fields…" asks about fields; a command word followed by English over pasted output is a
 * report; pasted crash logs and deprecation warnings are trouble, not a workload described; a
 * pasted manifest that `check` does not lint, with a question, is the knowledge's.
 */
export const SEVENTH_TABLE: Row[] = [
  ['how would I make a service for my redis deployment imperatively, one-liner please', 'ask'],
  // ask-44k: "cmd"/"one liner", port-forward asked how, a validation error.
  ['give me the cmd that makes a docker-registry secret', 'ask'],
  ['one-liner to put a clusterip svc in front of deploy worker on 3000', 'ask'],
  ['how can i port-forward the grafana svc to my machine on 3001', 'ask'],
  ['kubectl apply fails with `spec.ports[1].name: Required value` after i added metrics port', 'ask'],
  ['what kubectl command puts a clusterip in front of deployment api', 'ask'],
  ['which command shows the pods behind svc web in namespace store', 'ask'],
  ['which service annotations does ingress-nginx read', 'ask'],
  ['quickest way to check that a svc responds, from inside the cluster', 'ask'],
  ['I just want to poke my service from my laptop for a minute, how?', 'which'],
  ['nodeport svc named demo on port 8080 with nodePort 31000 please, no yaml file, imperative', 'yaml', 'yaml nodeport demo port=8080 nodePort=31000'],
  ['exam speed: ingress for shop.example.com/cart to svc cart:8080 with kubectl, no yaml', 'yaml'],
  ['yaml for a nodeport service called demo, port 8080, nodePort 31000', 'yaml'],
  ['svc shows no endpoints\nNAME       ADDRESSTYPE   PORTS     ENDPOINTS   AGE\nweb-abcde  IPv4          <unset>   <unset>     1m', 'ask'],
  ['dns pods keep restarting\n[FATAL] plugin/loop: Loop (127.0.0.1:1234 -> :53) detected for zone "."', 'ask'],
  [
    'how do I open this to the monitoring namespace?\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny-all\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]',
    'ask',
  ],
  ['what is wrong here\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\nwhy no traffic', 'check'],
];

// How to address, restrict or configure something is knowledge, not a choice of how to expose;
// a message that carries its own evidence is read, not inspected; a choice between kinds for a
// setup that decides it is a recommendation, and a bare one stays a comparison.
export const EIGHTH_TABLE: Row[] = [
  // Addressing a Service that lives in another namespace: its DNS name.
  ['our worker pods in namespace batch have to reach the search service in namespace catalog. what do they put as the host?', 'ask'],
  ['how does a pod talk to a svc that sits in a different namespace?', 'ask'],
  ['hitting the ledger svc from another namespace gives NXDOMAIN, why', 'ask'],
  ['jobs in namespace etl call the warehouse api in namespace dw, how should I expose the api to them?', 'which'],
  ['apps in namespace tenant-1 want to call the mailer service in namespace shared by a short local name', 'which'],
  // Restricting who may connect: NetworkPolicy, source ranges.
  ['the ledger api must only take calls from the billing pods, how do I enforce that and lock everything else down?', 'ask'],
  // Said as "lock everything else down": restricting who connects, however sure the route model is of a `which` question.
  ['only the checkout pods should talk to redis; how do we lock everything else down', 'ask'],
  ['how can we block every other namespace from connecting to our mongo pods?', 'ask'],
  ['i want our ingress to only accept requests from the office range', 'ask'],
  // The address outgoing traffic leaves with.
  ['a vendor allow-lists us by IP. which outbound ip do our pods use when they call the vendor api?', 'ask'],
  ['how do we get a fixed egress ip for calls to a partner on eks?', 'ask'],
  // A setting of a kind already chosen.
  ['GKE: we need the LoadBalancer svc to get an internal address in our VPC, not a public one', 'ask'],
  ['we need our nlb to keep the client source ip', 'ask'],
  // Which port callers use for the port the app listens on: port and targetPort.
  ['the container listens on 9090 and we want callers to hit 80', 'ask'],
  ['our api listens on 8080 and must be public on 443 on GKE, how do I expose it?', 'which'],
  // The Kubernetes counterpart of a familiar tool.
  ['we ran haproxy in front of a few VMs with host-based backends. what is the k8s equivalent?', 'ask'],
  ["what's the kubernetes way to publish my api?", 'which'],
  // How it was done in a familiar proxy or on a VM, then how it goes here: the counterpart, asked.
  ['with apache we had rewrite rules per vhost. how would that look with an ingress', 'ask'],
  ['rewrite in haproxy -> what in the ingress?', 'ask'],
  // Told as a wish with its routes, not asked how it looks: the recommendation (an Ingress with both paths) answers it.
  ['send /shop to one deployment and /blog to another, like location blocks in caddy', 'which'],
  ['how do i send /shop to one deployment and /blog to another, like location blocks in caddy?', 'ask'],
  ['on our vms we used keepalived for a floating ip. does kubernetes give a service one by itself', 'ask'],
  // A workload told with it is a setup the recommendation answers.
  ['in nginx we proxied our grafana for the ops team on the vpn. how should we expose grafana on eks?', 'which'],
  // Evidence pasted with the question: read it, do not inspect the cluster.
  ['my worker fails calling the cache service even though it exists:\nError: connect ECONNREFUSED 10.104.2.9:11211', 'ask'],
  ['the orders service is there but the frontend log shows dial tcp 10.100.3.7:8080: connect: connection refused', 'ask'],
  ['container answers on curl localhost, the service times out, and the app log says bound to 127.0.0.1:3000', 'ask'],
  ['how do I get to this from my browser on kind?\nNAME   TYPE       CLUSTER-IP     EXTERNAL-IP   PORT(S)        AGE\nshop   NodePort   10.96.88.14    <none>        80:30555/TCP   5m', 'ask'],
  ['service checkout in shop keeps returning 503', 'service', 'service checkout -n shop'],
  ['anything broken in the staging namespace?', 'diagnose', 'diagnose staging'],
  // A choice between kinds for a setup that decides it: the recommendation; a bare one: the comparison.
  ['nodeport or loadbalancer for a quick demo on a minikube?', 'which'],
  ['ingress vs gateway api for plain host routing of 4 http apps on gke?', 'which'],
  // Half a setup does not decide between them: the comparison answers.
  ['ingress vs gateway api for host based routing on gke?', 'compare'],
  ["we're on linode, loadbalancer or ingress for our stuff?", 'which'],
  // "the <something> thing/stuff" is the asker's own: answered for it, asking what it needs.
  ['nodeport or ingress for the payroll stuff?', 'which'],
  // Trouble, then the need restated without "I": reaching it from one's own machine for a while.
  ['503s from the cart api since lunch, want to hit it straight from my laptop for 10 minutes, skipping the ingress', 'which'],
  ['loadbalancer or gateway api for the new thing', 'which'],
  ['should I use a nodeport or a loadbalancer on gke', 'compare'],
  ['gatewayclass vs gateway, who owns which', 'ask'],
  ['ingress vs gateway api', 'compare'],
  // A concept question said beside the asker's setup and need.
  ['self-hosted prod cluster, we want our web app straight on port 443. can a NodePort just use 443?', 'which'],
  ['what replaced Ingress? greenfield cluster and want to split traffic by header without controller annotations', 'which'],
  ["what's best for production?", 'which'],
  // Concept questions without a setup stay with explain and ask.
  ['what is a nodeport service', 'explain'],
  ['does kubectl port-forward spread requests over pods', 'ask'],
  // ask-55k: where kubectl's tunnel listens is a setting of the tool in use, not a new way to expose.
  ['port-forward only binds localhost on my laptop, how do i let a colleague on our wifi reach it', 'ask'],
  ['my port-forward listens on 127.0.0.1 on my laptop, how can qa on the office network use it', 'ask'],
  ['is a loadbalancer ok for production?', 'ask'],
  ['bare metal prod. can a NodePort listen on 80?', 'ask'],
];

export const NINTH_TABLE: Row[] = [
  // Restricting who may connect, said as an order without a question.
  ['networkpolicy: only allow pods from namespace logging to my collector on 4317', 'ask'],
  // A namespace written "ns X", and sending traffic across namespaces: the DNS name, not a choice.
  ['can an HTTPRoute in ns edge forward requests to a service in ns billing?', 'ask'],
  ['from a pod in ns web how can i call the service auth that lives in ns identity? http://auth does not resolve', 'ask'],
  // Connections cut after a while: trouble, for the knowledge.
  ['grpc streams through traefik get cut after 30 seconds', 'ask'],
  // What a headless Service's pods are called in DNS: a name, not a way to expose.
  ['what dns names do the replicas of a statefulset get behind a headless svc?', 'ask'],
  // The form of a name, and the values a setting takes: knowledge, not a way to expose.
  ['hostname format for pods of a statefulset? always forget it', 'ask'],
  ["what's the default nodePort range on a kubeadm cluster?", 'ask'],
  // What Service a workload should have, and which address an app is to be configured with.
  ['deployed our ledger app with helm, all pods running. what service should it get?', 'which'],
  ['the worker needs the api address, what should we set in its configmap', 'which'],
];

export const SYMPTOM_TABLE: Row[] = [
  // A symptom told as a story is a question for the knowledge, even beside a setup.
  ['upgraded traefik and now it ignores every ingress that still uses the old class annotation', 'ask'],
  ['our gateway never gets an address even though the controller pods run', 'ask'],
  ['app logs keep showing the node ip, never the real visitor ip. its an nlb service', 'ask'],
  ['requests alternate between the old and the new controller, same ingress host', 'ask'],
  ['a spike of 503s from the ingress whenever we scale down, what is going on', 'ask'],
  ['image uploads over 10MB break behind the ingress but work with port-forward', 'ask'],
  ['intermittent connection resets between the checkout pods and the cart pods', 'ask'],
  // A symptom with nothing else told: trouble to explain; one with a setup that decides, or asked how the clients get in, is a recommendation.
  ['the worker pod calls its own svc by name and the request just hangs', 'ask'],
  ['jenkins on gke, the ui is already behind our ingress. but the build vms outside the cluster connect as agents on tcp 50000. how do they get in', 'which'],
  // What kubectl, a resolver or an admission webhook answered, reported with the question.
  ['`kubectl get ing shop` shows no ADDRESS after an hour, why', 'ask'],
  ['in ns billing: `dig ledger` -> SERVFAIL. the ledger service is in ns finance', 'ask'],
  ['from ns jobs the queue svc (ns infra) gives getaddrinfo EAI_AGAIN queue, from ns infra it works', 'ask'],
  ['Error from server (Forbidden): services "web" is forbidden: User "bob" cannot patch resource "services"', 'ask'],
  // A name that did not resolve is a question of the name used, even with a namespace or a Service named.
  ['dig from a toolbox pod: `server can\'t find ledger.svc.cluster.local: NXDOMAIN`. the ledger service sits in namespace finance', 'ask'],
  ['wget http://cart:9000 is fine in the store ns, from the batch ns `wget: bad address`... err `Could not resolve host: cart`. which hostname then?', 'ask'],
  ['`** server can\'t find carts.svc.cluster.local: NXDOMAIN` from a busybox pod, yet the service exists in namespace store', 'ask'],
  ['the search service in ns catalog is up, but the workers log `dial tcp: lookup search on 10.96.0.10:53: no such host`', 'ask'],
  // An error quoted mid-sentence, and a status condition with its value, are evidence.
  ['kubectl says `error: unable to upgrade connection: pod does not exist` when I forward to my service lol', 'ask'],
  ['`error: Service web does not have a service port 3000` though the app listens on 3000', 'ask'],
  ['our Gateway shows no address and `Accepted: Unknown` since yesterday. gatewayClassName: example', 'ask'],
  // A value seen instead of the real one is a symptom, whatever the kind named beside it.
  ['the access log of my app shows 10.0.3.7 (some node) instead of the actual visitor address behind the NLB service. how to keep it', 'ask'],
  // A wish to reach something from the asker's machine, said beside the trouble: the recommendation.
  ['our api keeps throwing 500s and I want to hit the pods straight from my laptop to see why', 'which'],
];

// A decision asked in other words than "which": a story that tells the setup and then asks how
// it should be reached or what to settle on, a kind already chosen put up to be checked, a wish
// to open a port or see a page after a failed try, a manifest the asker has (not one asked for),
// a kind proposed for the asker's workloads. Beside each, what stays with its command.
export const DECISION_TABLE: Row[] = [
  // A story, with its asides, then the question.
  [
    'Our chat backend runs on bare metal with MetalLB, and the pods use session affinity today. Phones open long-lived TCP connections on 5222. How should the phones reach it?',
    'which',
  ],
  ['The cluster lives on VMs in our own rack. Security refuses to install MetalLB. A hardware balancer upstream can hit any node port. We serve two HTTP apps on separate hostnames.', 'which'],
  ['We ingest netflow over UDP 2055 from our routers. Bare metal with MetalLB. The analysts need the real router addresses in every record. Printer on the 2nd floor is broken btw.', 'which'],
  ['Three product teams share one EKS cluster, each wants its own routing rules and traffic splitting between versions. Long term, what should we standardise on?', 'which'],
  // A setting asked about in the question itself stays a question; so does trouble that is not an aside.
  ['Our shop runs on GKE behind an ingress. How do I set the rewrite target so /shop goes to /?', 'ask'],
  ['the ingress controller is broken btw, how do I fix it?', 'ask'],
  ['the firewall refuses to pass traffic to the nodeport', 'ask'],
  // What to use, by a measure; not the easiest way to do something else.
  ["django site on linode, must be public for a pilot with one customer. nodeport or whatever, what's quickest?", 'which'],
  ["what's the fastest way to debug dns in a pod?", 'ask'],
  // A kind already chosen for the asker's own setup, put up to be checked (`which` answers for it,
  // asking what it needs); not a setting, nor a kind asked about in general.
  ['we picked LoadBalancer for the internal cache our workers read from, is that right? nothing outside the cluster uses it', 'which'],
  ['I set externalTrafficPolicy to Local on the LB service, is that right?', 'ask'],
  ['we made the metrics exporter a LoadBalancer, was that a good idea?', 'which'],
  // "…, right?" confirms a statement about a concept: a question for the knowledge base.
  ['so a NodePort opens the same port on every node, right?', 'ask'],
  ['an ExternalName service is only a CNAME, right?', 'ask'],
  // "I removed the Service" is a change made, not a product retired.
  ['i removed the nodeport service and recreated it, now curl to the new port times out', 'ask'],
  ['our team switched the search api to a NodePort last sprint, fine?', 'which'],
  ['is it wise to keep an ingress just so I can reach the admin ui once a month?', 'which'],
  ['does my batch worker even need a LoadBalancer? it never takes requests', 'which'],
  ['should we move the billing service over to a LoadBalancer?', 'which'],
  ['my manager says the headless service we put on the cache is overkill', 'which'],
  ['nodeport or ingress for our little side project?', 'which'],
  ['ingress vs gateway api, which one for my apps?', 'which'],
  ['is a NodePort fine for production?', 'ask'],
  ['clusterip vs headless?', 'compare'],
  ['ingress or loadbalancer on gke?', 'compare'],
  ['my pod restarts now and then, is that ok?', 'ask'],
  // The Service to put in front of something, and getting to it.
  ['what svc would you put in front of our grpc ledger, only other pods call it', 'which'],
  ['an external auditor needs to get to the reports tool in our cluster, thoughts?', 'which'],
  // A port to open for callers is exposure; which port callers use is knowledge.
  ['how do I open the port of our metrics app so the prometheus pods can scrape it?', 'which'],
  ['the container listens on 8443, which port do callers put in their url?', 'ask'],
  // A failed try, then the need: the recommendation; the trouble alone: the knowledge.
  ['kind cluster, made the svc a LoadBalancer and it sits pending, I only want to open the dashboard in my browser', 'which'],
  ['kind cluster, made the svc a LoadBalancer and it sits pending', 'ask'],
  // A manifest the asker has, with the question of which kind: the recommendation; one asked for: yaml.
  ['Our postgres only needs to be reached by the billing pods. The manifest we inherited says NodePort. What service type should it be?', 'which'],
  ['give me the yaml for a nodeport service called web', 'yaml'],
  // The asker's job that calls another workload: how it finds it is the ClusterIP's name.
  ['our nightly cronjob must call the invoice api, how does the job find it?', 'which'],
  ['how does a cronjob find a service?', 'ask'],
  // A kind proposed for the asker's workloads; a setting for them is knowledge.
  ['gateway api for 5 microservices on aks', 'which'],
  ['network policy for all the apps in prod', 'ask'],
];

export const PRODUCT_HOWTO_TABLE: Row[] = [
  // How to change a setting of something already chosen, asked with a verb that configures: knowledge.
  ['how can we set the haproxy IngressClass as the cluster default?', 'ask'],
  ['on microk8s how do i turn off the bundled ingress addon so ours takes over', 'ask'],
  ['how do I make our ALB internet-facing instead of internal for the shop app', 'ask'],
  ['how to disable servicelb on a fresh k3s install', 'ask'],
  // The means is named ("using annotations", "with a middleware"): how to use it is knowledge.
  ['how do we shift 5% of requests to the v2 pods of our api with nginx annotations?', 'ask'],
  // One port mapped onto another on a local cluster or a host.
  ['kind: how can i map port 8443 on my mac to the gateway on 443', 'ask'],
  // A condition's reason reported in its CamelCase spelling: a symptom.
  ['our grpcroute shows BackendNotFound although the svc exists', 'ask'],
  ['listener status NoMatchingListenerHostname on the route for shop.example.com', 'ask'],
  // A story symptom: the app only ever sees the proxy's address.
  ['our app behind traefik always sees the proxy ip instead of the browser address, fix?', 'ask'],
  // "X equivalent of Y" for a kind already chosen.
  ['traefik equivalent of the nginx ssl-redirect annotation for our site?', 'ask'],
  // "which GatewayClass / IngressClass": a part to configure, not the decision tree.
  ['which IngressClass do I put on an ingress for the internal controller?', 'ask'],
  // Still recommendations: exposure wished for, or set up asked for, with a product named.
  ['k3d cluster with 3 small apps, i want app1.localhost and app2.localhost. how do i set that up', 'which'],
  ['how do I make my grafana reachable from the office on our k3s box?', 'which'],
  // A controller or kind told to do something ("how do I tell X to…"), and "what do I set?": configuring a kind chosen.
  ['our api pods terminate tls themselves; how can I tell traefik to connect to them over https', 'ask'],
  ['how do i tell the ingress controller to pass the original host header through', 'ask'],
  ['we run on aks and want the load balancer to be internal. what do we need to set?', 'ask'],
  // …but "what do I set up?" and "what service types should I set" still ask what to use.
  ['customers must reach our booking site soon. what should we set up?', 'which'],
  ['moving our compose stack over, what service types should i set for each container?', 'which'],
  // Two names of one way to expose compared (a Gateway beside the Gateway API or its route): its parts, not a choice.
  ['how is a gateway different from an httproute in gateway api?', 'compare'],
  // One side of the choice ruled out: the need, told.
  ['kind cluster, ingress addon enabled, I want http://blog.test instead of typing node ports', 'which'],
  // A feature done with a kind or product already chosen, for no workload of the asker's: knowledge.
  ['ssl passthrough through traefik?', 'ask'],
  ['how to do grpc via the nginx ingress controller', 'ask'],
  ['websockets behind an ingress', 'ask'],
  // What becomes of a retired or deprecated product, with no setup told: knowledge.
  ['heard the nginx ingress controller got retired, now what?', 'ask'],
  // Workloads in general where the cluster runs: the place's topic.
  ['how do you expose apps on bare metal with no cloud load balancer', 'ask'],
  // A vocabulary word after the command word, values inside the sentence: a question, not arguments.
  ['svc selector tier=api yet the pods carry tier=backend, no endpoints', 'ask'],
  // Still recommendations: a workload named, a setup told, or a choice for one.
  ['can our mysql be reached thru the nginx ingress?', 'which'],
  ['we have 12 ingresses on ingress-nginx and it is being retired, what should we move to', 'which'],
  ['our realtime game backend on aks is public; does it need its own LB or can it work through ingress?', 'which'],
  // A question that opens with its context ("in which release…", "in metallb bgp mode, does…?"): knowledge.
  ['since which kubernetes release is the networking.k8s.io/v1beta1 ingress api gone?', 'ask'],
  ['in metallb bgp mode does every node announce the service address?', 'ask'],
  ['with externalTrafficPolicy Local, is the client ip kept for nodeport traffic too?', 'ask'],
  // A clause opening with "new" describes the asker's next workload: a recommendation.
  ['we run traefik on eks. new public grpc api for partners, what should we use', 'which'],
  // Settings told of the platform left behind are its story, not what is asked.
  ['our docker-compose file had `ports: 8080:80` on the api. in kubernetes only the frontend pods call the api, what type do we give it?', 'which'],
  ['on heroku the SSL add-on did the certs. now on AKS we have 4 apps to put under one domain with TLS, how should that look?', 'which'],
  // Manifests the asker will not touch are no request for one.
  ['the billing service is a ClusterIP and I need to reach it from my laptop while I debug, without editing the manifests', 'which'],
  // A question after a condition: how something behaves, or which of two rules applies.
  ['if we port-forward to the frontend service does it spread over the replicas or what', 'ask'],
  ['if I have two ingress paths /shop and /shop/cart, both Prefix, which one wins for /shop/cart/1?', 'ask'],
  // "whats" without its apostrophe still asks for a Service's DNS name.
  ['whats the dns name for the api service in namespace billing', 'ask'],
  // Trouble asked why is diagnosis, whatever "instead of" compares.
  ['why do our api pod logs show the load balancer address instead of the browser ip? ingress is not used', 'ask'],
  // Who owns which object, and which fields of a chosen kind, are knowledge.
  ['we adopted Gateway API. which team should own the Gateway and who manages the routes?', 'ask'],
  ['planning header-based routing for a beta app with gateway api. which fields of the httproute handle it?', 'ask'],
  // What a default-deny policy must still let through.
  ['added a default deny ingress policy and now the metrics scraper gets nothing. what do i need to allow', 'ask'],
  // The Kubernetes counterpart of a familiar thing, asked at the end.
  ['our pods must reach a legacy box by a made-up name, like a hosts file entry. the k8s way?', 'ask'],
  // A story of the setup, then "how should it be done?".
  ['On-prem, no MetalLB allowed. Six internal HTTP tools used by staff over the office network, production. People hate the high port numbers. How should it be done?', 'which'],
  // The annotation, class name or field that does something, asked for: how to configure what is chosen.
  ['AKS: need my LB svc to only get a vnet address, which annotation?', 'ask'],
  ['what gateway class name do we set for an internal gateway on gke?', 'ask'],
  // The kinds of something listed, asked in two words: knowledge.
  ['metallb address advertisement modes?', 'ask'],
  ['gateway api route kinds?', 'ask'],
  // A change applied that does not take is a symptom, not a setup.
  ['enabled a default deny egress policy on kind but pods still reach the internet', 'ask'],
  // "the controller service" is the ingress controller's Service, not one named controller.
  ['the controller svc is pending on bare metal', 'ask'],
  // How to do something with a controller chosen, for a workload told only by its protocol, or asked "how do I use…": knowledge.
  ['how do we expose a websocket service through traefik', 'ask'],
  ['how to expose an http2 app via ingress-nginx', 'ask'],
  ['how do we use cookie affinity with traefik', 'ask'],
  // A dash after the feature asked, restating what it means, tells no setup.
  ['tls passthrough via traefik - the pods do the tls termination themselves', 'ask'],
  // An Ingress that never gets an address, and a controller's logs that say nothing: a symptom.
  ['applied my ingress, no address comes up, nginx logs show nothing', 'ask'],
  // What a part of a Gateway is and which host names it serves; how a controller combines or picks between objects.
  ["what's a listener in a gateway, can I have two on port 443 for different hostnames?", 'ask'],
  ['I have two ingresses for one host in different namespaces. does the nginx controller merge them or does one win?', 'ask'],
  // An Ingress kept to some client addresses: its controller's allow-list.
  ['restrict an ingress-nginx ingress to the vpn subnets', 'ask'],
  // A manifest with routing features the templates do not render (weights, canaries, header or method matches): the knowledge's example.
  ['httproute manifest splitting 70/30 between blue and green', 'ask'],
  ['yaml for an ingress that canaries 2% of requests', 'ask'],
  ['httproute yaml that only takes PUT requests with header x-admin', 'ask'],
  // "a separate backend" says which object a rule sends to, not a workload of the asker's.
  ['send requests with header x-region: eu to a separate backend via gateway api', 'ask'],
  // Who may reach a kind, limited to addresses; a route kind named with how TLS is carried through it.
  ['limit who may reach our ingress to 192.168.0.0/16', 'ask'],
  ['tlsroute passthrough on gateway api example', 'ask'],
];

export const POLICY_TABLE: Row[] = [
  // Who may connect, said as "allow only…", a bare "default deny" or "deny-all", or an address range let in or out: NetworkPolicy.
  ['we want to let only the pods with role=api from namespace web talk to our db pods on 5432, what goes in the rule', 'ask'],
  ['put a default deny on staging and the pods still talk to each other', 'ask'],
  ['permit traffic from 10.20.0.0/16 to the ledger pods', 'ask'],
  // Whether one pod can reach another after a change: a check to run, not a way to expose.
  ['how can i check whether the frontend pods still reach redis on 6379 once the new rules are in', 'ask'],
];

export const CHOSEN_PROXY_TABLE: Row[] = [
  // A request path wished to reach the app as another: a rewrite, a setting of the proxy in front.
  ['traefik sends /shop/cart to the pods unchanged, they only know /cart', 'ask'],
  ['haproxy ingress: requests for /billing/v2 should land on our svc as /v2', 'ask'],
  ['how to strip the /docs prefix before requests get to my backend', 'ask'],
  // An add-on that is no way to expose, asked of its own machinery: how it is set up.
  ['external-dns keeps creating records with the private ip of my load balancer', 'ask'],
  ['cert-manager http01 solver for our clusterissuer, which ingress class does it use', 'ask'],
  // …but told only as part of a setup, the recommendation answers.
  ['eks, two public web apps, tls via cert-manager and dns via external-dns. what should we use?', 'which'],
  // Paths split between two deployments is routing, not a rewrite; an add-on's word inside a domain is no part of it.
  ['public http api on aks, we want /v1 to the old pods and /v2 to the new ones', 'which'],
  ['customers must reach the shop at https://shop.acme.io/checkout, eks with cert-manager already running', 'which'],
];

export const PRODUCT_OBJECT_TABLE: Row[] = [
  // A product's own object named: the product is chosen, how to write the object is knowledge, whatever it is for.
  ['our mqtt broker goes out through traefik, does an IngressRouteTCP need a HostSNI rule when there is no tls', 'ask'],
  ['smallest HTTPProxy that sends api.example.org to svc backend on 8080', 'ask'],
  ['kongplugin for rate limiting on one route only', 'ask'],
  // …but told as what runs today, or beside a move away from it: a decision.
  ['we write VirtualServices today and want the upstream kubernetes api for the edge instead, 4 http apps', 'which'],
  // A line that opens with the product, then a feature of it: how to set up what is chosen.
  ['traefik: redirect every http request to https', 'ask'],
  ['nlb, terminate tls with an acm certificate', 'ask'],
  ['envoy gateway makes a LoadBalancer service per Gateway, we only have node ports on our metal', 'ask'],
  // A pending load balancer address where no cloud provides one: the cause is told, the answer is knowledge.
  ['the traefik svc sits at <pending> on our bare metal nodes', 'ask'],
];

describe('free-text routing table', () => {
  const runtime = testRuntime();
  it('covers every command that recognises free text, and ask', () => {
    const covered = new Set(ROUTING_TABLE.map(([, command]) => command));
    for (const command of registry.commands) if (command.recognize) expect(covered, command.name).toContain(command.name);
    expect(covered).toContain('ask');
  });

  it.each([...ROUTING_TABLE, ...SECOND_TABLE, ...THIRD_TABLE, ...FOURTH_TABLE, ...FIFTH_TABLE, ...SIXTH_TABLE, ...SEVENTH_TABLE, ...EIGHTH_TABLE, ...NINTH_TABLE, ...SYMPTOM_TABLE, ...DECISION_TABLE, ...PRODUCT_HOWTO_TABLE, ...POLICY_TABLE, ...CHOSEN_PROXY_TABLE, ...PRODUCT_OBJECT_TABLE])('%s -> %s', async (message, command, routed) => {
    const r = await ask(message, runtime);
    expect(r.command).toBe(command);
    if (routed !== undefined) expect(route(message, registry, builtInKnowledge())?.command).toBe(routed);
  });
});

// `which` chooses how to expose a workload; a question about a setting's values, a tool or image, a
// setting of a kind already named, or what to configure on a product is the knowledge base's,
// whatever "which … should I pick" or Service kind it names. Still `which`: a need told, then what to set
// up; a kind put up for the asker's setup; "what service do I make" for a workload described.
const KNOWLEDGE_NOT_WHICH: Row[] = [
  ['Exact or Prefix pathType for the /login route, which one should we pick?', 'ask'],
  ['which image has curl and nslookup for poking around inside a pod?', 'ask'],
  ['which tool turns docker-compose files into kubernetes manifests?', 'ask'],
  ['which node port did the cluster hand my service?', 'ask'],
  ['could I have a LoadBalancer service use a fixed port on every node?', 'ask'],
  ['how to make a private load balancer on GKE, no external address', 'ask'],
  ['metallb is installed, what do I need to set up so services get an external ip?', 'ask'],
  ['do we need anything special for server-sent events going through a traefik ingress?', 'ask'],
  ['requests for hosts no rule matches, can they land on a fallback service?', 'ask'],
  ['HTTPRoute vs Gateway vs GatewayClass, who does what?', 'compare'],
  ['make calls to the node cache stay on the same node as the caller', 'ask'],
  ['staff need to reach the internal wiki from the office. what do I set up?', 'which'],
  ['small http api on aks, would an Ingress be the right choice for it?', 'which'],
  ['zookeeper as a statefulset, each peer needs a stable name. what service do i make?', 'which'],
];

/**
 * Whether the API allows something of an object or field it names, where a part of one goes, a route
 * attached to a Gateway across namespaces, and a kind already chosen wished for with its address: the
 * knowledge base's, however the route model reads them; and real "which type for my setup" messages beside them.
 */
const RULES_AND_SETTINGS_NOT_WHICH: Row[] = [
  // "which namespace…" opens a question about where an object lives, not the decision tree.
  ['which namespace must the cert secret of my ingress live in?', 'ask'],
  ['which ns does coredns run in', 'ask'],
  // A selectorless Service is a means already chosen: how to fill in its backends is knowledge.
  ['selectorless svc for our old mysql box at 192.168.5.20 - how do i wire that up', 'ask'],
  ['made a service with no selector, how do I send it to a vm address', 'ask'],
  ['our legacy db has no dns name, only 10.1.2.3. can an externalName service just hold that IP?', 'ask'],
  ["is it allowed to put an IP in a service's externalName?", 'ask'],
  ['can I put a plain IP address into externalName instead of a hostname?', 'ask'],
  ['platform team owns the gateway in ns gw, app teams want their routes in their own namespaces. is that allowed, what controls it', 'ask'],
  ['our shared gateway lives in namespace edge and the teams keep HTTPRoutes in their own namespaces: is that permitted, and who decides which namespaces may attach?', 'ask'],
  ['where does the certificate go if i use a Gateway instead of ingress', 'ask'],
  // Who a kind already chosen lets in at its door, asked in one sentence, is a setting of it (ask-49k); told in a longer
  // story of the asker's setup it is a requirement the recommendation weighs.
  ['kibana on our nginx ingress needs a username and password, basic auth?', 'ask'],
  ['sso in front of the ingress for our admin pages', 'ask'],
  ['allowlist office ips on the traefik ingress', 'ask'],
  ['auditors log into our dashboard from the internet behind SSO. GKE, no ingress controller yet. prod. what do we use?', 'which'],
  // An order to block is restricting who may connect; "… with <kind> possible?" asks about a means already chosen.
  ['block all pods in dev from reaching the payments namespace', 'ask'],
  ['grpc through traefik ingress possible?', 'ask'],
  // A symptom told of no workload, naming no kind and asking or wanting nothing, is for the knowledge.
  ['pods calling their own service time out now and then', 'ask'],
  // "np" in a manifest asked for that denies or allows is a NetworkPolicy, which `yaml` does not render: the knowledge has it.
  ['np manifest that denies all ingress to the pods of a namespace', 'ask'],
  ['nodeport yaml for my web app please', 'yaml'],
  ['with a Gateway, where does the https cert go?', 'ask'],
  ['on AKS I want a LoadBalancer service with a private IP only, how?', 'ask'],
  ['gke: we need the load balancer on an internal ip address, how do we do that?', 'ask'],
  // A kind already chosen, kept inside the network, given an address, a certificate or a size; the client IP behind one.
  ['aks: need a LoadBalancer service accessible only from our vnet', 'ask'],
  ['how can we reuse an existing static ip for the nlb service on eks?', 'ask'],
  ['how do I attach an ACM certificate to the load balancer of my Service?', 'ask'],
  ['how do i make the digitalocean load balancer larger', 'ask'],
  ['how can the backend learn the original client ip behind the nginx ingress controller?', 'ask'],
  // The asker's manifest is where a setting goes, not a manifest asked for.
  ['where in our service yaml does the proxy protocol annotation go for a DO load balancer?', 'ask'],
  // One address shared by several Services of a product already chosen; a workload told with the product is still `which`'s.
  ['how do two Services share one MetalLB IP, one for TCP and one for UDP?', 'ask'],
  ['we run metallb, our dns server needs tcp and udp on one ip, what should we use', 'which'],
  ['we need to expose our api to customers on AKS, what service type?', 'which'],
  ['postgres for our app pods only, in-cluster, which type?', 'which'],
  ['we want our game server on udp reachable from the internet on gke, what should we use?', 'which'],
  ['is a loadbalancer ok for my public grpc api on eks?', 'which'],
  ['app teams attach their own routes from their own namespaces to the platform Gateway. is an Ingress ok for that?', 'which'],
  // A kind put up for what the message told, said "is X ok/fine for that?", whatever the route model holds.
  ['several product teams hang their own routes off the shared gateway from their namespaces. would a plain ingress be fine for that?', 'which'],
  // Locking a namespace down, however "deny" is said, and who may connect when nothing restricts it: NetworkPolicy knowledge.
  ['how can we default deny incoming traffic for all pods of the staging namespace?', 'ask'],
  ['best practice to deny all egress traffic from one namespace', 'ask'],
  ['out of the box, are pods in different namespaces able to talk to each other?', 'ask'],
  // A workload's own default port is not who may connect by default.
  ['our worker pods connect to rabbitmq on 5672 by default, what service type should rabbitmq get?', 'which'],
  ['can any pod reach every other pod unless I add something?', 'ask'],
  // A question ended by "or what" / "or not" instead of a question mark still asks.
  ['with kube-vip in arp mode does one node hold the vip or what', 'ask'],
  // How to do something with a kind already chosen, asked first and explained after: knowledge.
  ['header matching with an httproute - how? e.g. send x-beta: 1 to the new version', 'ask'],
  // A need told beside the means is still a setup to recommend for.
  ['our three web apps need one public entry point, tls terminated at the edge. what should we use?', 'which'],
  // Which of two rules applies is how the API resolves them, not a choice of how to expose.
  ['with an Exact path and a Prefix path both matching a request, which takes precedence', 'ask'],
  // A part of a kind defined: the "backend" is no workload of the asker's.
  ['what is a resource backend for an ingress rule', 'explain'],
  // The parts a product needs, asked after a dash.
  ['cilium bgp control plane - which objects do i need', 'ask'],
  // Pods kept on their own node: internalTrafficPolicy, a setting.
  ['node agent runs as a daemonset, how can apps reach the copy on their own node via a service', 'ask'],
  // A terse "fix?" after a symptom asks for a fix of trouble; "how do I fix that?" after a setup may still ask for a kind.
  ['my api only accepts tls and traefik forwards plain http to it. any fix?', 'ask'],
  // A setting of a kind, said as an order.
  ['turn on proxy protocol for the nlb of my service', 'ask'],
  // One address or one load balancer shared, on a product already chosen.
  ['metallb: put a tcp and a udp service on the same external ip', 'ask'],
  ['can we share a single alb across ingresses in several namespaces with the aws load balancer controller', 'ask'],
  // A question about a chosen means, with why it is needed told after it.
  ['tls passthrough with an ingress? the pods have to see the client hello', 'ask'],
  // ...but workloads sharing a load balancer, or a setup told after the question, are still a recommendation's.
  ['we moved 4 public http apps to eks with the aws load balancer controller and want them to share one alb instead of paying for four', 'which'],
  ['can i push udp syslog through our nginx ingress? we run on gke and outside devices send it', 'which'],
  // A kind put up to be checked for the setup told before it.
  ['three public http apps, each team deploys its own routes. would a LoadBalancer be fine for that?', 'which'],
  // "np" beside a policy's words is a NetworkPolicy, and a NetworkPolicy is who may connect.
  ['our np lets in traffic from namespaceSelector team=web, yet requests stay blocked', 'ask'],
  ['egress np so the batch jobs can reach a partner sftp at 198.51.100.7?', 'ask'],
  // …while "np" beside the other ways to expose stays NodePort.
  ['np or lb for a quick demo of our api on kind?', 'which'],
  // Reachable from one place and not another, or from nowhere, is trouble, not a wish to expose.
  ['metallb handed out 10.0.0.50 for the svc but nothing in the office can reach it', 'ask'],
  ['http://orders.shop.svc.cluster.local answers from a pod but not from my workstation', 'ask'],
  // Which server of the system, and the address to open a kind by, are knowledge.
  ['which dns server answers the lookups pods make in k8s', 'ask'],
  ['what do i type in my browser to open a nodeport service', 'ask'],
  // A verb after "the service" is no Service's name.
  ['port-forward to svc/web works but pods calling the service fail', 'ask'],
  ['our nodeport service answers on one node but not on the others', 'ask'],
  // Knowledge, not a choice of how to expose (ask-48k): whether one object can do two things, a setting's value, which
  // port a reference picks, two non-kinds weighed, a kind already made and how to reach it, cost on a named cloud.
  ['can a single svc take 5353 over both tcp and udp', 'ask'],
  ['which appProtocol value marks websockets on a svc port', 'ask'],
  ['httproute to a svc with two ports, how do i say which port', 'ask'],
  ['ipvs vs iptables mode for kube-proxy on a small cluster, tradeoffs', 'ask'],
  ['on minikube how can I hit the LoadBalancer from my mac', 'ask'],
  ['cost wise on gke: ingress vs a loadbalancer per service?', 'ask'],
  ['tls passthrough vs tls termination', 'ask'],
  ['svc selector field, is it required?', 'ask'],
  ['how do i make an aks LoadBalancer svc private', 'ask'],
  // How a part of the Gateway API works, asked in one sentence (what attaches or matches, which route wins, which protocol or
  // class name), or a routing feature asked of the Gateway API: knowledge about a means already chosen.
  ['only let HTTPRoutes from the web namespace attach to this listener', 'ask'],
  ['which protocol should the gateway listener have for grpc routes', 'ask'],
  ['httproute in ns a and one in ns b both match shop.io/cart, which one wins?', 'ask'],
  ['aks gatewayclass name for application gateway for containers?', 'ask'],
  ['grpcroute that matches only the Checkout method of cart.v1.CartService?', 'ask'],
  ['redirect www to the bare domain using gateway api', 'ask'],
  ['copy 10% of live requests to a test svc with gateway api?', 'ask'],
  ['mTLS passthrough with gateway api?? the pods terminate it', 'ask'],
  // …but a setup told in sentences of its own, or a choice against another way, is still the recommendation's.
  ['we run 4 http apps on eks, customers reach them by host name. each team wants its own httproute to attach to one shared gateway.', 'which'],
  ['httproute or a plain ingress for our 3 public web apps on gke?', 'which'],
  // A count asked of Kubernetes (how many of something fit, is there a limit on them), the API rejecting an object (told of no
  // workload of the asker's) and an annotation seen with its value are knowledge questions (ask-58k); how many Services a design
  // needs is still a setup.
  ['how many services can a single cluster hold', 'ask'],
  ['is there a hard limit on pods per node', 'ask'],
  ['the api server rejects my svc with externalIPs set', 'ask'],
  ['seeing service.kubernetes.io/topology-mode: Auto on a svc someone else made', 'ask'],
  ['getting endpoints.kubernetes.io/last-change-trigger-time: 2024-01-01 on every endpoints object', 'ask'],
  ['how many services do we need for a frontend, an api and a worker on eks?', 'which'],
  // A setting or behaviour of a named ingress controller, or of a route already chosen, is knowledge (ask-51k2)…
  ['does the ingress-nginx canary support routing by cookie for our testers?', 'ask'],
  ['raise the client body limit on the nginx controller for all hosts at once via its configmap', 'ask'],
  ['backend-protocol annotation on ingress nginx seems ignored', 'ask'],
  ['after we move to httproutes, what happens to the nginx annotations we rely on?', 'ask'],
  ['traefik middlewares vs plain ingress annotations for basic auth on k3s, which do i write?', 'ask'],
  ['tls passthrough via traefik so the pod keeps its own cert?', 'ask'],
  ['duplicate live requests onto a shadow svc using an httproute', 'ask'],
  ['websocket frames come in chunks through ingress-nginx, hitting the pod directly is fine', 'ask'],
  ['np in place but pods can still talk across namespaces on kind', 'ask'],
  // …while a need told beside the controller, or the controller weighed against something, stays a recommendation.
  ['we want a 20% canary for the storefront, we have ingress-nginx. how', 'which'],
  ['our ingress-nginx annotations are a mess, is there something better for header routing of our public apis?', 'which'],
  // A local cluster tool's own parts and its way in and out are knowledge (ask-59k): k3d's node filters and flags, k3s's
  // HelmChartConfig and ServiceLB's nodes, a cluster made without its bundled controller, a pod calling the asker's machine,
  // a cluster DNS name tried from the laptop, a Service asked how to reach "from the host", a controller on the local cluster…
  ['k3d: should the port go on @server:0 or the loadbalancer filter?', 'ask'],
  ['what does --k3s-arg do on k3d cluster create', 'ask'],
  ['where does a HelmChartConfig for k3s traefik go', 'ask'],
  ['spin up a k3d cluster w/o the bundled traefik', 'ask'],
  ['k3s: need klipper to only use the edge nodes', 'ask'],
  ['my pods on kind have to talk to a mock server listening on my laptop', 'ask'],
  ['on a kind cluster, from my mac, will curl web.shop.svc.cluster.local work?', 'ask'],
  ['minikube: NodePort svc on 30100, how can i hit it from the host', 'ask'],
  ['traefik on k3d, how do i reach its dashboard', 'ask'],
  ['kind with cloud-provider-kind on one node, do we need to change anything on the control-plane node?', 'ask'],
  // …while the asker's workload told with the tool's parts is still a setup to recommend for.
  ['kind cluster in CI, the test job on the runner host must reach our api, extraPortMappings map 30080 already', 'which'],
  ['k3s at home with servicelb disabled, my jellyfin must be reachable from the LAN', 'which'],
  // Stateful workloads whose Service is already chosen: addressing the members, a setting of what exists (ask-60k)…
  ['zk quorum list? statefulset `zk`, headless service `zk-hs`, namespace coord', 'ask'],
  ['how can we create one service per replica of our rabbitmq statefulset', 'ask'],
  ['the mysql router returns clients the internal ips of the backends, so our office apps cannot connect', 'ask'],
  ['is it ok to kubectl patch the service to change its clusterIP', 'ask'],
  ['after the rollout added pods, the new replicas get no traffic at all from the grpc clients', 'ask'],
  ['we need a service for the primary and another for the read-only replicas of pg', 'ask'],
  ['lb svc for grafana, want only 198.51.100.7 to reach it', 'ask'],
  ['netpol: only pods with role=worker may connect to the queue?', 'ask'],
  // …while the need told for members, with nothing named, stays a recommendation.
  ['zookeeper in a statefulset, the members need stable names zk-0, zk-1. what svc', 'which'],
  // How a mesh already chosen works (its mTLS, what its sidecar intercepts, its init container's capabilities) is knowledge (ask-65k)…
  ['we need strict mtls on every call between our services with istio, how', 'ask'],
  ['how do i keep the envoy sidecar from intercepting traffic to our redis on 6379', 'ask'],
  ['our app pods may not have NET_ADMIN, can linkerd still mesh them?', 'ask'],
  // …while a mesh told as the setup beside a type, a way to expose or a split stays a recommendation.
  ['linkerd gives us mtls already; the billing api is only called in-cluster. what type for its svc?', 'which'],
];

/**
 * Knowledge questions that went to `which` (route-26), each class in phrasings of its own, with real `which` messages beside them:
 * - a setting, annotation, class name or config asked of a product or feature already chosen, in a clause of its own or wished;
 * - how a named multi-cluster or CNI feature behaves (ClusterMesh, Submariner, MCS, multi-cluster Gateways, Calico, Cilium);
 * - "which X" where X is a part, not a way to expose.
 */
const CHOSEN_FEATURE_NOT_WHICH: Row[] = [
  // A part asked for in a clause that names it and ends there.
  ['regional external gateway on gke for two clusters, class name?', 'ask'],
  ['eks nlb internal annotation? the api must only be reachable from our peered vpc', 'ask'],
  // Where a kind already chosen takes its address from, or the kind's own address wished for where the cluster runs.
  ['our internal lb on aks needs to sit in the dmz subnet, not the node subnet', 'ask'],
  ['on-prem k8s, we need a loadbalancer ip for the grafana svc so the noc can open it', 'ask'],
  // The cluster DNS told to send names to a server of the asker's, or resolving cluster names from outside.
  ['coredns config so lookups for ad.example.lan go to our domain controllers', 'ask'],
  ['pods should resolve *.corp.example via our own nameservers 10.9.0.2 and 10.9.0.3', 'ask'],
  ['build servers outside the cluster must resolve our kubernetes service names, options?', 'ask'],
  // Values of a setting weighed, whatever kind the line names elsewhere.
  ['nlb target type instance vs ip, which one', 'ask'],
  // The address pods leave with, wished; a symptom of pods that reach each other but not the outside.
  ['our gke pods go out with their node ips, we want one static egress ip for all of them', 'ask'],
  ['flannel on bare metal: pods talk to each other fine but not the internet', 'ask'],
  // A multi-cluster or CNI feature named and asked or wished of.
  ['cluster mesh global service: want the remote backends only as a fallback when ours are gone', 'ask'],
  ['submariner between two kubeadm clusters with the same service cidr, will that even work', 'ask'],
  ['what needs turning on in the fleet before multi-cluster services work on gke?', 'ask'],
  ['what mtu does cilium want with vxlan on 1500 mtu nics', 'ask'],
  ['serviceexport in cluster a but cluster b should not send traffic to it', 'ask'],
  // "which X" where X is a part: a flag, a label, a port of a product.
  ['which kubectl rollout flags wait for the new pods to be ready', 'ask'],
  ['which flannel backend ports must the firewall let through', 'ask'],
  ['which apiserver flag decides the nodeport range', 'ask'],
  ['which eviction settings keep a pdb-guarded deployment up during drains', 'ask'],
  // …while real `which` messages in the same words stay with the recommendation.
  ['we run cilium clustermesh across two regions, how should pods in the other region reach our orders api?', 'which'],
  ['calico on bare metal, our grafana needs to be reachable from the office. what service type?', 'which'],
  ['internal grpc api on gke, only reachable from our vpn, which service type should it get?', 'which'],
  ['small api on aks, other pods call it and nothing outside does, what should we use', 'which'],
];

describe('knowledge questions that name a kind or say "which", and `which` questions beside them', () => {
  const runtime = testRuntime();
  it.each([...KNOWLEDGE_NOT_WHICH, ...RULES_AND_SETTINGS_NOT_WHICH, ...CHOSEN_FEATURE_NOT_WHICH])('%s -> %s', async (message, command) => {
    const r = await ask(message, runtime);
    expect(r.command).toBe(command);
  });
});

describe('a command word that starts a sentence', () => {
  const runtime = testRuntime();
  const commandOf = async (text: string) => (await ask(text, runtime)).command;

  it('reads a phrase alias as English first', async () => {
    expect(await commandOf('what is the best way to expose a websocket server on GKE to the internet?')).toBe('which');
    expect(await commandOf('what is a headless service')).toBe('explain');
    expect(await commandOf('what is the nodeport range')).toBe('explain');
  });

  it('lets a structured command yield to a clear request for another', async () => {
    expect(await commandOf('compare the options for exposing my api on bare metal')).toBe('which');
    expect(await commandOf('svc type for a redis that only my api pods use?')).toBe('which');
    expect(await commandOf('check the staging namespace for problems')).toBe('diagnose');
    expect(await commandOf('service selector does not match my deployment labels')).toBe('ask');
    // A name after the command word, then a sentence that asks: a question, not `services`' namespace.
    expect(await commandOf('svc ledger in ns finance has a port named grpc. which srv record do clients query?')).toBe('ask');
  });

  it('keeps the command when what follows is its own input', async () => {
    expect(await commandOf('compare nodeport loadbalancer ingress')).toBe('compare');
    expect(await commandOf('services in payments please')).toBe('services');
    expect(await commandOf('service api in payments')).toBe('service');
    expect(await commandOf('yaml ingress web host=shop.example.com')).toBe('yaml');
  });

  it('keeps `which` for a described setup, and reads "which is…" as English', async () => {
    expect(await commandOf('which nodeport vs loadbalancer for a production web app on bare metal?')).toBe('which');
    expect(await commandOf('which how do I reach postgres from my laptop')).toBe('which');
    // "header routing" is a need, not "which header…" of an object.
    expect(await commandOf('which header routing for four teams sharing one entry point')).toBe('which');
    expect(await commandOf('which services are running in the payments namespace?')).toBe('services');
    expect(await commandOf('which is cheaper, an ingress or a loadbalancer?')).toBe('compare');
  });

  it('reads a partial DNS failure and a name made to resolve to an address as knowledge, not a way to expose', async () => {
    expect(await commandOf('our pods can resolve internal services but not github.com, what should i check')).toBe('ask');
    expect(await commandOf('how can i make *.dev.corp.example point to our gateway ip for pods only')).not.toBe('which');
    expect(await commandOf('can we get apps.int.example.com to resolve to the ingress address inside the cluster')).toBe('ask');
    // The apiVersion of a kind is a setting of it, whatever the asker is reading ("an old blog post").
    expect(await commandOf('following an old blog post with networking.k8s.io/v1beta1, what apiVersion should my ingress say now?')).toBe('ask');
    // The type a command makes by default is a fact of kubectl.
    expect(await commandOf('ran kubectl expose deployment api --port 8080, what service type will that create')).toBe('ask');
    // A short name for an outside host is still ExternalName's, `which`'s.
    expect(await commandOf('how do i make db resolve to our rds endpoint inside the cluster')).toBe('which');
  });

  it('hands "which <noun>…" that tells `which` nothing of a setup to the knowledge base', async () => {
    expect(await commandOf('which rollout knobs matter most for long requests')).toBe('ask');
    expect(await commandOf('which liveness settings cause restarts under load')).toBe('ask');
    // A message of its own typed after the command, or one that tells a setup or asks what to use, stays with `which`.
    expect(await commandOf('which service type should we use')).toBe('which');
    expect(await commandOf('which how should I expose this')).toBe('which');
    expect(await commandOf('which postgres reachable from my laptop')).toBe('which');
    expect(await commandOf('which foo bar')).toBe('which');
  });
});

describe('route', () => {
  const words = ['nodeport', 'vs', 'lb', 'ingress', 'yaml', 'for', 'my', 'api', 'in', 'payments', 'service', 'can', "can't", 'reach', 'how', 'do', 'i', 'expose', 'udp', 'on', 'gke', 'what', 'is', '?', 'apiVersion:', 'kind:', 'which', 'type', 'show', 'services', 'wrong', 'laptop', 'postgres', 'or'];

  it('returns a command line the registry runs, or nothing, for any mix of its vocabulary', () => {
    const knowledge = builtInKnowledge();
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 12 })), { maxLength: 24 }), (parts) => {
        const routed = route(parts.join(' '), registry, knowledge);
        if (routed === null) return;
        expect(routed.score).toBeGreaterThanOrEqual(0.5);
        expect(registry.find(routed.command.split(/\s+/))?.command.name).toBe(routed.name);
      }),
      { numRuns: 400 },
    );
  });
});
