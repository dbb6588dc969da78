// Answers must name the exact field, annotation, flag or value a practitioner looks for, for
// differently worded questions. The questions are written for this file (none is copied from an
// eval set); each row is [question, topic, words the answer must contain].
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/core/registry.js';
import { route } from '../../src/core/route.js';
import { ask, builtInKnowledge, testRuntime } from '../helpers.js';
import { terms } from '../../src/knowledge/terms.js';
import { readIntent } from '../../src/core/intent.js';
import { comparisonIn } from '../../src/core/answers.js';

type Row = [question: string, topic: string, must: string[]];

const ROWS: Row[] = [
  // Everyday help-channel questions (ask-71k): why outside names take several lookups, two load balancer implementations side by
  // side, the deprecated loadBalancerIP, a catch-all for requests no Ingress rule matches.
  ['how come one lookup of api.stripe.com from a pod fires off a bunch of dns queries', 'dns', ['ndots:5', 'search']],
  ['metallb installed next to the cloud load balancer, how to pick the implementation per service', 'bare-metal', ['loadBalancerClass', '--lb-class']],
  ['is spec.loadBalancerIP still ok for keeping a fixed address', 'lb-cost', ['deprecated since Kubernetes 1.24', 'annotation']],
  ['ingress: send requests that match no rule to my own fallback svc, what field', 'ingress', ['defaultBackend']],
  // A wildcard host asked of an Ingress is the Ingress topic's (OpenShift's API group is no outside host named "host"), and two host
  // names served side by side are routing by host (below).
  ['is a host like *.preview.mycorp.net allowed in an ingress rule', 'ingress', ['*.', 'label']],
  // The piece whose opening restates what is asked, among pieces that share as many of its words.
  ['np selecting a namespace by its name when nobody labelled it', 'network-policy', ['kubernetes.io/metadata.name']],
  // Service meshes (ask-65k): how Istio and Linkerd read and change Services, their proxies' ports, ambient mode, traffic rules.
  ['istio: what tells the sidecar that a service port carries grpc', 'istio', ['appProtocol', 'grpc']],
  ['istio ambient mesh, is there still a proxy container in each pod', 'istio', ['ztunnel']],
  ['our cronjob pods hang at 1/2 with the istio sidecar after the task is done', 'istio', ['quitquitquit', 'restartPolicy']],
  ['istio set to REGISTRY_ONLY, meshed pods cannot reach an external saas api', 'istio', ['ServiceEntry']],
  ['in istio, how do the weights of a virtualservice pick pods of each version', 'istio', ['weight', 'subset']],
  ['outlier detection in istio to stop sending to a failing pod', 'istio', ['DestinationRule', 'outlierDetection']],
  ['spiffe id format of an istio workload', 'istio', ['spiffe://', 'serviceaccount']],
  ['default-deny netpol in an istio ambient namespace, what extra port must be allowed', 'istio', ['15008']],
  ['linkerd meshed smtp relay on port 2525 stalls ten seconds on every connect', 'linkerd', ['opaque-ports']],
  ['inbound port of the linkerd proxy', 'linkerd', ['4143']],
  ['linkerd with ingress-nginx only balances per connection, how to fix', 'linkerd', ['service-upstream']],
  // Gateway API: attachment, backends, weights, cross-namespace references.
  ['how do i bind my httproute to the shared gateway', 'gateway-api', ['parentRefs']],
  ['route shows Accepted=False with NotAllowedByListeners', 'gateway-api', ['allowedRoutes']],
  ['canary 5 percent of requests to the new version using httproute', 'gateway-api', ['backendRefs', 'weight']],
  ['backendRefs to a svc in a different ns', 'gateway-api', ['ReferenceGrant', 'RefNotPermitted']],
  ['gateway api route to a service living in another namespace', 'gateway-api', ['ReferenceGrant']],
  // Sharing traffic out "between" Services is a split, not a comparison; ingress-nginx error and redirect keys (ask-51k).
  ['gateway api: divide requests 70/30 between a pair of svcs', 'gateway-api', ['backendRefs', 'weight']],
  ['nginx controller logs upstream sent too big header and users get a 502', 'ingress-errors', ['proxy-buffer-size']],
  ['httproute match on a request header to send beta testers elsewhere', 'gateway-api', ['matches', 'headers']],
  // A product's name says which controller, the feature asked says which topic; ingress-nginx day-2 keys (ask-51k2).
  ['header based canary for qa users with ingress nginx, which value routes them', 'ingress-annotations', ['canary-by-header', 'always']],
  ['ingress-nginx canary by cookie, how do i opt a browser in', 'ingress-annotations', ['canary-by-cookie', 'always']],
  ['enable cors on an ingress-nginx ingress for our spa origin', 'ingress-annotations', ['enable-cors', 'cors-allow-origin']],
  ['backend expects its own Host header, can ingress nginx rewrite it', 'ingress-annotations', ['upstream-vhost']],
  ['sse through ingress-nginx arrives in chunks, curl to the pod directly works fine', 'ingress-annotations', ['proxy-buffering: "off"']],
  ['ingress-nginx ssl-passthrough annotation has no effect on my ingress', 'ingress-annotations', ['--enable-ssl-passthrough']],
  ['a second ingress-nginx helm release for internal traffic, which chart values keep them apart', 'ingress-controller', ['controllerValue', 'electionID']],
  ['ingress-nginx helm upgrade with zero downtime', 'ingress-controller', ['PodDisruptionBudget', 'replica']],
  ['IngressNightmare: which ingress-nginx release is patched', 'ingress-controller', ['1.12.1', '1.11.5', 'admission']],
  ['upload limit for all ingresses of ingress-nginx in one place', 'ingress-annotations', ['ConfigMap', 'proxy-body-size']],
  ['slow export endpoint dies with 504 after a minute behind ingress-nginx', 'ingress-errors', ['proxy-read-timeout']],
  // Facts a short question asks for by its words only (ask-51k2).
  ['cluster dns - its service name and port?', 'dns', ['kube-dns', '53']],
  ['make one client always land on the same pod, which field?', 'session-affinity', ['sessionAffinity', 'ClientIP']],
  ['LoadBalancer service without any nodeports allocated?', 'nodeport', ['allocateLoadBalancerNodePorts: false']],
  // Ingress: pathType values, TLS Secret, rewrites, default backend.
  ['which pathtypes can an ingress path use', 'ingress', ['Exact', 'Prefix', 'ImplementationSpecific']],
  ['what keys must the certificate secret have for https on ingress', 'ingress-tls', ['tls.crt', 'tls.key', 'kubernetes.io/tls']],
  ['what type of secret holds the cert for an ingress', 'ingress-tls', ['kubernetes.io/tls']],
  ['capture group in the nginx rewrite-target annotation', 'ingress-annotations', ['$2']],
  ['ingress-nginx: strip the /shop prefix so the backend gets /cart, which annotation', 'ingress-annotations', ['(.*)', 'rewrite-target: /$2']],
  // A camelCase field asked about gets the piece that quotes it (ask-44k).
  ['setting externalIPs on a service, how does that work', 'service', ['spec.externalIPs']],
  ['metallb LoadBalancer svc: can i skip the node ports entirely?', 'bare-metal', ['allocateLoadBalancerNodePorts: false']],
  ['what happens to requests that match no ingress rule', 'ingress', ['defaultBackend']],
  // port-forward: one pod, --address.
  ['is kubectl port-forward svc/x spreading requests over the replicas', 'port-forward', ['one of its pods', 'does not load balance']],
  ['can colleagues on my wifi use my port-forward', 'port-forward', ['--address 0.0.0.0']],
  // Services: immutable cluster IP, StatefulSet pod names, EndpointSlice labels.
  ['is the cluster ip fixed forever or can i update it', 'clusterip', ['immutable']],
  ['pod dns names in a StatefulSet', 'dns', ['serviceName', 'web-0.web']],
  ['what label do endpointslices carry to point back at their service', 'endpointslices', ['kubernetes.io/service-name']],
  // Cloud and bare-metal load balancers, client IP.
  ['aws nlb internal instead of internet-facing, which annotation', 'aws-nlb', ['aws-load-balancer-scheme']],
  ['private load balancer on aks', 'aks-load-balancer', ['azure-load-balancer-internal']],
  ['metallb in my homelab: what objects give services their ips', 'bare-metal', ['IPAddressPool', 'L2Advertisement']],
  ['which header has the original client ip behind the ingress', 'ingress-controller', ['X-Forwarded-For']],
  // kubectl for Services: imperative commands, generating YAML, columns, tests from inside.
  ['imperative way to make a service for deployment api, port 80 to container port 3000', 'kubectl-services', ['kubectl expose', '--target-port']],
  ['create an ingress with kubectl create, what goes in the rule flag', 'kubectl-services', ['kubectl create ingress', '--rule']],
  ['can kubectl print me a service manifest to edit without applying anything', 'kubectl-services', ['--dry-run=client', '-o yaml']],
  ['kubectl option to see on which node each pod landed and its ip', 'kubectl-services', ['-o wide']],
  // Platform and security settings of Services and kube-proxy.
  ['bind nodeports only to the internal network interface of our nodes', 'nodeport', ['nodePortAddresses']],
  ['kubeadm cluster: where do i change kube-proxy from iptables to ipvs', 'kube-proxy', ['KubeProxyConfiguration', 'configmap']],
  ['kubelet hairpin-mode, which values does it take', 'kube-proxy', ['hairpin-veth', 'promiscuous-bridge']],
  ['why do security teams forbid spec.externalIPs on services', 'service', ['CVE-2020-8554', 'DenyServiceExternalIPs']],
  ['service ip range exhausted, add another range on a 1.33 cluster', 'address-exhaustion', ['ServiceCIDR']],
  ['netpol: allow 192.168.0.0/16 except 192.168.5.0/24', 'network-policy', ['ipBlock', 'except']],
  ['dual-stack service: which spec fields pick ipv4 and ipv6', 'dual-stack', ['ipFamilyPolicy', 'ipFamilies']],
  ['ingress https shows the Kubernetes Ingress Controller Fake Certificate', 'ingress-tls', ['tls.crt', 'namespace']],
  ['kubectl get endpoints prints a deprecation warning since 1.33', 'endpointslices', ['EndpointSlice', 'kubernetes.io/service-name']],
  // Learners' concepts: how a Service picks and spreads over pods, discovery, policy directions.
  ['how does a service decide which pods get its traffic', 'selectors', ['spec.selector', 'labels']],
  ['is kube-proxy spreading connections round robin or randomly', 'kube-proxy', ['random', 'round robin', 'ipvs']],
  ['service without a selector, why would anyone make one', 'selectors', ['EndpointSlice', 'yourself']],
  ['do my containers learn service addresses from environment variables', 'dns', ['_SERVICE_HOST', 'enableServiceLinks']],
  ['is kubectl proxy related to kube-proxy at all', 'kube-proxy', ['API server']],
  ['every cluster has a svc named kubernetes in the default namespace, what does it point at', 'clusterip', ['API server']],
  ['our gateway lives in namespace infra, can an httproute from namespace shop attach to it', 'gateway-api', ['parentRefs', 'allowedRoutes']],
  ['what do egress rules in a network policy control compared to ingress rules', 'network-policy', ['outgoing', 'incoming']],
  ['netpol: one from item holding podSelector plus namespaceSelector vs two items — AND or OR?', 'network-policy', ['both match']],
  // DNS tools, traffic policies, unselected pods, ingress-nginx features, migrations told by where they go.
  ['which container image gives me dig in the cluster, busybox lacks it', 'dns', ['netshoot']],
  ['dig for my service name says nothing but nslookup resolves it', 'dns', ['+search']],
  ['why does externalTrafficPolicy Cluster hide the client address', 'external-traffic-policy', ['SNAT']],
  ['pods that no networkpolicy selects, are they still open to everything', 'network-policy', ['non-isolated']],
  ['send in-cluster traffic only to endpoints on the caller node', 'internal-traffic-policy', ['Local']],
  ['grpc calls through ingress-nginx fail with protocol errors', 'ingress-errors', ['backend-protocol']],
  ['websocket through ingress-nginx gets closed after 60s idle', 'ingress-annotations', ['proxy-read-timeout']],
  ['ingress-nginx: let only office IPs in, which annotation', 'ingress-annotations', ['whitelist-source-range']],
  ['does *.shop.example.com cover a.b.shop.example.com on an ingress', 'ingress', ['exactly one DNS label']],
  ['moving our ingresses over to gateway api, what maps to what', 'gateway-api', ['HTTPRoute']],
  ['how do web-0.mysql style names of statefulset pods resolve', 'dns', ['serviceName']],
  // Troubleshooting stories: the fact the symptom points at, not only the topic's overview.
  ['since we put a netpol on the checkout pods that only lets the cart pods in, traefik answers 504 for checkout', 'network-policy', ['namespaceSelector', 'kubernetes.io/metadata.name']],
  ['502 from ingress-nginx for the billing app since its networkpolicy allows only the api pods', 'ingress-errors', ['namespaceSelector', 'kubernetes.io/metadata.name']],
  ['about 1 in 4 requests to /cart through the ingress return 404 and the endpointslices have addresses from pods i never deployed', 'ingress-errors', ['selector', 'labels']],
  ['kubectl apply of our ingress says admission webhook "validate.nginx.ingress.kubernetes.io" denied the request: host and path already defined', 'ingress-errors', ['another Ingress']],
  ['Internal error occurred: failed calling webhook "validate.nginx.ingress.kubernetes.io": context deadline exceeded', 'ingress-errors', ['ValidatingWebhookConfiguration', '8443']],
  ['ingress-nginx drops our idle server-sent events streams after a minute', 'ingress-annotations', ['proxy-read-timeout']],
  ['a few seconds of 503s from the ingress every time we roll out a new version', 'ingress-errors', ['readiness', 'preStop']],
  ['changed type NodePort to ClusterIP and kubectl apply says nodePort Forbidden', 'nodeport', ['remove the `nodePort:` line']],
  ['nslookup in every pod ends with no servers could be reached, what do i check', 'dns', ['CoreDNS', 'kube-dns']],
  ['the worker calls its own service, gets balanced onto itself and hangs', 'connection-errors', ['hairpin']],
  ['user bob cannot create resource pods/portforward in namespace shop', 'port-forward', ['pods/portforward', 'RoleBinding']],
  ['why does one from entry with namespaceSelector plus podSelector let in fewer pods than two entries', 'network-policy', ['AND', 'OR']],
  ['meaning of podSelector: {} in a NetworkPolicy spec', 'network-policy', ['every pod']],
  ['netpols stack up? one allows the web pods, can a second one deny them', 'network-policy', ['additive', 'no deny rule']],
  ['do kubelet readiness probes get dropped by a default deny netpol', 'network-policy', ['node a pod runs on is always allowed']],
  // namespaceSelector is a NetworkPolicy field (an alias of its topic), whose answer says the label too.
  ['which label picks the monitoring namespace in a namespaceSelector', 'network-policy', ['kubernetes.io/metadata.name']],
  ['the endpointslices of my svc list addresses i do not recognise', 'endpointslices', ['selector', 'unique']],
  // Product and platform how-tos: the setting of the product already chosen.
  ['can our 12 ingresses on eks share a single ALB instead of one each?', 'aws-alb', ['group.name']],
  ['alb controller events: unable to resolve at least one subnet', 'aws-alb', ['kubernetes.io/role/elb', 'kubernetes.io/role/internal-elb']],
  ['traefik middleware to remove /shop before the request hits the pods, from a normal Ingress object', 'traefik', ['stripPrefix', 'router.middlewares', '@kubernetescrd']],
  ['is IngressRoute a kubernetes thing or a traefik thing', 'traefik', ['CRD', 'traefik.io/v1alpha1']],
  ['traefik: how do I send every plain http request over to https?', 'traefik', ['redirections', 'redirectScheme']],
  // Controllers other than ingress-nginx, each with its own CRDs and annotations (ask-64k).
  ['traefik basic auth middleware: where do the users and passwords go?', 'traefik', ['basicAuth', 'htpasswd']],
  ['why does traefik v3 reject my traefik.containo.us manifests?', 'traefik', ['traefik.io/v1alpha1']],
  ['contour: route for shop.example.org to the frontend svc, what does the HTTPProxy look like', 'contour', ['projectcontour.io/v1', 'fqdn']],
  ['why is my httpproxy orphaned', 'contour', ['includes', 'root']],
  ['contour passthrough so the pods terminate tls', 'contour', ['tcpproxy', 'passthrough: true']],
  ['kong ingress: throttle requests on a single ingress only', 'kong', ['KongPlugin', 'konghq.com/plugins']],
  ['kong global plugin for every namespace', 'kong', ['KongClusterPlugin', 'global']],
  ['how do I give each customer an api key with the kong ingress controller?', 'kong', ['KongConsumer', 'key-auth']],
  ['envoy gateway: limit each client ip to 100 requests a minute', 'envoy-gateway', ['BackendTrafficPolicy', 'rateLimit', 'Distinct']],
  ['envoy gateway validate bearer tokens from our idp', 'envoy-gateway', ['SecurityPolicy', 'jwt']],
  // route-27: the gateway's HTTP server told to redirect; an API group under a project's domain names the project, not a host.
  ['how do I redirect http to https on the istio-ingressgateway', 'istio', ['httpsRedirect']],
  ['what annotations does the haproxy kubernetes ingress controller from haproxytech understand?', 'haproxy-ingress', ['haproxy.org', 'haproxy-ingress.github.io']],
  ['rate limit each client ip with the haproxy.org annotations?', 'haproxy-ingress', ['rate-limit-requests', 'rate-limit-period']],
  ['ingress-nginx is retired, does our running controller stop working?', 'ingress-controller', ['security fixes']],
  // Istio has a topic of its own since ask-65k: how its VirtualService names its own Gateway CRD is told there (the Gateway API's
  // `gatewayClassName: istio` is another question, below).
  ['how does an istio virtualservice attach to an istio gateway?', 'istio', ['gateways:', 'hosts']],
  ['which gatewayclass does istio install for the kubernetes gateway api', 'istio', ['gatewayClassName: istio']],
  ['ingress-nginx: how do I put 20 percent of users on the canary deployment?', 'ingress-annotations', ['canary-weight']],
  ['ingress-nginx refuses our server snippet annotation since the upgrade', 'ingress-annotations', ['allow-snippet-annotations', 'annotations-risk-level']],
  ['how do I force https on a gke ingress, is that a FrontendConfig?', 'gke-ingress', ['redirectToHttps']],
  ['which gatewayClassName do I set for an internal gateway on gke?', 'gateway-api', ['gke-l7-rilb']],
  ['httproute filter to drop the /v1 path prefix before the backend sees it', 'gateway-api', ['ReplacePrefixMatch']],
  ['azure load balancer health probe request path for ingress-nginx on aks', 'ingress-controller', ['azure-load-balancer-health-probe-request-path']],
  ['metallb: give the dns service the address 10.0.0.53 from our pool every time', 'bare-metal', ['loadBalancerIPs']],
  ['metallb layer2 with kube-proxy ipvs, what has to change', 'kube-proxy', ['strictARP']],
  ['in a kind cluster config, what field maps node port 443 to port 443 on my mac?', 'local-clusters', ['extraPortMappings', 'hostPort']],
  ['k3d cluster create with the ingress reachable on localhost 9080', 'local-clusters', ['@loadbalancer']],
  ['what are the svclb pods in kube-system on k3s', 'local-clusters', ['ServiceLB']],
  // Local clusters and how to reach Services on them (ask-59k).
  ['minikube tunnel wants my password, why does it need root?', 'minikube', ['sudo']],
  ['on minikube can a NodePort be 3000 instead of the 30000 range', 'minikube', ['--extra-config=apiserver.service-node-port-range']],
  ['minikube metallb addon: where do I give it the address range', 'minikube', ['minikube addons enable metallb', 'minikube addons configure metallb']],
  ['minikube service --url on mac prints 127.0.0.1 with some random port, why not the node ip', 'minikube', ['Docker driver', 'tunnel']],
  ['my laptop cluster leaves EXTERNAL-IP <pending> but GKE gives the same Service an IP right away', 'local-clusters', ['cloud-controller-manager', 'cloud-provider-kind']],
  ['kind extraPortMappings: bind the host side to 127.0.0.1 only', 'local-clusters', ['listenAddress']],
  ['kind port mapping for dns on udp 53', 'local-clusters', ['protocol: UDP']],
  ['metallb address pool for a kind cluster, which subnet', 'bare-metal', ['docker network inspect', 'IPAddressPool']],
  ['k3d: publish nodePort 30200 on my machine', 'local-clusters', ['@agent:0']],
  ['k3s keeps traefik and my new ingress-nginx LoadBalancer never gets an address', 'local-clusters', ['--disable=traefik']],
  ['external-dns records for httproute hostnames, which source flag', 'external-dns', ['gateway-httproute']],
  // Precise answers for platform engineers: v1 Ingress fields, EndpointSlice types, kube-proxy modes, SRV names, mixed protocols.
  ['my grpcroute is attached to nothing, how is attaching to a gateway done', 'gateway-api', ['parentRefs']],
  ['does every ingress path in v1 have to carry a pathType or can I leave it out', 'ingress', ['required']],
  ['ingress prefix rule /shop: is /shopping matched too?', 'ingress', ['/foobar', 'split on `/`']],
  ['old serviceName / servicePort keys got refused on apply of a v1 Ingress; what are the new ones?', 'ingress', ['service.name', 'service.port.number']],
  ['which addressType values can an endpointslice carry', 'endpointslices', ['IPv4', 'IPv6', 'FQDN']],
  ['is userspace still a kube-proxy mode i can pick', 'kube-proxy', ['userspace', '1.26']],
  ['how to find out if kube-proxy is runing iptables or ipvs on a node', 'kube-proxy', ['10249', 'kube-system']],
  ['is a headless service load-balanced by kube-proxy', 'headless', ['DNS', 'kube-proxy does not load-balance']],
  // The data path under Services: conntrack, SNAT, kube-proxy's IPVS settings, running without kube-proxy (ask-52k).
  ['dmesg says the conntrack table is full and packets get dropped', 'service-data-path', ['maxPerCore', 'nf_conntrack_max']],
  ['pods see sporadic five second delays on name lookups, conntrack problem?', 'service-data-path', ['single-request-reopen', 'NodeLocal']],
  ['what mark does KUBE-MARK-MASQ put on a packet', 'service-data-path', ['0x4000', 'KUBE-POSTROUTING']],
  ['when a pod talks to a clusterip, is the source address rewritten', 'clusterip', ['DNAT', 'SNAT']],
  ['cilium without kube-proxy, which helm values', 'kube-proxy-replacement', ['kubeProxyReplacement=true', 'k8sServiceHost']],
  ['how does cilium pick backends with maglev', 'kube-proxy-replacement', ['consistent hashing', 'loadBalancer.algorithm']],
  ['what load-balancing algorithms does kube-proxy support in ipvs mode', 'kube-proxy', ['rr', 'lc', 'mh']],
  ['for ipvs mode, what modules must be modprobed', 'kube-proxy', ['ip_vs', 'nf_conntrack']],
  ['default minSyncPeriod of kube-proxy', 'kube-proxy', ['1s', '30s']],
  ['who enforces loadBalancerSourceRanges on the nodes', 'loadbalancer', ['kube-proxy']],
  ['kube-proxy and headless services: any load balancing there?', 'kube-proxy', ['DNS', 'no virtual IP']],
  ['srv record name for the named port on a service', 'ports', ['_http._tcp']],
  ['one loadbalancer service with port 53 on tcp and on udp at once, possible?', 'protocols', ['mixed protocols', '1.26', 'provider']],
  // Symptom reports whose answer is one specific setting (ask-23k).
  ['our hostNetwork daemonset cannot look up anything under cluster.local', 'host-network', ['ClusterFirstWithHostNet']],
  ['nslookup of the svc name is fine but pinging it gets nothing back, is dns wrong?', 'dns', ['ICMP']],
  ['callers in other namespaces hang while pods next to my service get through', 'unreachable-service', ['namespaceSelector']],
  ['why does a single-replica app time out calling its own Service when everyone else reaches it?', 'connection-errors', ['hairpin']],
  ['ingress-nginx answers 502 for our https-only backend pods', 'ingress-errors', ['backend-protocol']],
  ['grpc backend behind nginx ingress: 502 every call', 'ingress-errors', ['"GRPC"']],
  ['ingress lives in ns web and its backend service in ns api, 503', 'ingress-errors', ['ExternalName', 'ReferenceGrant']],
  ['what pathType values can i choose when moving an ingress off v1beta1', 'ingress', ['Exact', 'ImplementationSpecific']],
  ['websocket via the ingress closes whenever it sits idle for 60s', 'protocols', ['proxy-read-timeout']],
  ['kubectl create service nodeport with --node-port=9000 is rejected', 'kubectl-services', ['30000-32767']],
  ['port-forward to the pod is fine yet the service clusterip refuses connections', 'port-forward', ['containerPort']],
  ['backend gets the full /api prefix from the ingress, i expected it stripped', 'ingress-annotations', ['rewrite']],
  ['since i set internalTrafficPolicy Local a few pods cannot reach the service anymore', 'internal-traffic-policy', ['same node']],
  // A field the asker set or changed, spelled as the API spells it, is the subject whatever symptom follows it.
  ['after we switched the service to externalTrafficPolicy: Local, some nodes stopped getting traffic from the lb', 'external-traffic-policy', ['healthCheckNodePort']],
  ['we changed internalTrafficPolicy to Local and now some clients time out calling the service', 'internal-traffic-policy', ['same node']],
  // "limit which / who": restricting who may connect, not a size or rate limit.
  ['how do i limit who can connect to our load balancer service to the office ip range', 'loadbalancer', ['loadBalancerSourceRanges', 'CIDR']],
  // Where a Gateway's certificate lives, IP allow-lists at the controller, wildcard hosts, ALB target types, layer-2 MetalLB.
  // (A Gateway's TLS secret is the Gateway API's question, no longer ingress-tls's by the phrase "tls secret".)
  ['gateway api https: which object carries the certificate secret?', 'gateway-api', ['certificateRefs', 'kubernetes.io/tls', 'listener']],
  ['with gateway api, does my cert belong on the httproute or the gateway?', 'gateway-api', ['certificateRefs', 'kubernetes.io/tls', 'listener']],
  ['only let our vpn range reach the app behind ingress-nginx', 'ingress-annotations', ['whitelist-source-range', 'CIDR', 'externalTrafficPolicy: Local']],
  ['which annotation limits an ingress to an allowlist of client ip ranges', 'ingress-annotations', ['whitelist-source-range', 'CIDR', 'externalTrafficPolicy: Local']],
  ['how to allow only certain client ips through the nginx ingress', 'ingress-annotations', ['whitelist-source-range', 'CIDR']],
  ['would a rule for *.shop.io also serve x.y.shop.io?', 'ingress', ['wildcard', 'exactly one DNS label']],
  ['aws alb: target type instance or ip, how do they differ', 'aws-alb', ['target-type: ip', 'NodePort']],
  ['metallb l2: is one service ip spread over several nodes?', 'bare-metal', ['one node at a time', 'ARP']],
  // ask-34k: a pod's dnsPolicy is DNS's, an annotation key written out leads to its own detail, a lifecycle asked as "still…".
  ['if a pod spec leaves dnsPolicy out, which policy applies?', 'dns-policy', ['ClusterFirst', 'not the default']],
  ['does nginx.ingress.kubernetes.io/whitelist-source-range still work, or was it renamed?', 'ingress-annotations', ['allowlist-source-range']],
  ['is picking the class through the ingress.class annotation still supported?', 'ingress-controller', ['deprecated', 'spec.ingressClassName']],
  ['the ingress class annotation looks obsolete, what replaced it', 'ingress-controller', ['deprecated', 'spec.ingressClassName']],
  // A product named beside the kind it implements is the subject; a platform with a kind names the platform's topic in any order.
  ['do all our ingresses in separate namespaces really need an ALB each?', 'aws-alb', ['group.name', 'IngressGroup']],
  ['can a tcp service and a udp service share one metallb ip?', 'bare-metal', ['allow-shared-ip']],
  ['nlb straight to pods, set up through the aws load balancer controller?', 'aws-nlb', ['nlb-target-type: ip']],
  ['internal-only class for an ingress on gke?', 'gke-ingress', ['gce-internal', 'kubernetes.io/ingress.class']],
  ['the AGIC controller on AKS: which class name goes in ingressClassName?', 'ingress-controller', ['azure-application-gateway']],
  ['AKS probe path for the azure lb: my app only answers 200 on /healthz, not on / (404)', 'aks-load-balancer', ['health-probe-request-path']],
  ['pods behind a NEG get 502 for a moment during every rollout on GKE, why?', 'gke-ingress', ['load-balancer-neg-ready', 'readinessGates']],
  // DigitalOcean, and "DO" in capitals before what it sells.
  ['PROXY protocol on a DO LB for ingress-nginx?', 'digitalocean', ['do-loadbalancer-enable-proxy-protocol', 'use-proxy-protocol']],
  ['doks with proxy protocol on: why do pods fail to reach our own load balancer ip?', 'digitalocean', ['do-loadbalancer-hostname']],
  // Platform facts: which subnet, other regions, pod IPs from the VNet, kube-vip's address allocation, ALB idle timeout.
  ['can I pick the subnet an AKS internal load balancer takes its ip from?', 'aks-load-balancer', ['azure-load-balancer-internal-subnet']],
  ['our gke internal load balancer is unreachable from a vm in a different region', 'lb-annotations', ['allow-global-access']],
  ['are pod ips part of the vnet with azure cni?', 'cni', ['VNet', 'Azure CNI Overlay']],
  ['kube-vip installed, services of type LoadBalancer stuck pending', 'bare-metal', ['kube-vip-cloud-provider']],
  ['long polling through the alb gets cut after a minute', 'aws-alb', ['idle_timeout.timeout_seconds']],
  // Gateway API and Ingress in depth.
  ['route in the apps namespace refused by the shared gateway with NotAllowedByListeners', 'gateway-api', ['allowedRoutes.namespaces.from']],
  ['how does the hostname of a gateway listener interact with an httproute that lists its own hostnames', 'gateway-api', ['hostnames', 'intersect']],
  ['make an httproute attach to just the https listener of the gateway', 'gateway-api', ['sectionName']],
  ['set a request header before forwarding, with an httproute', 'gateway-api', ['RequestHeaderModifier']],
  ['convert existing ingress objects to gateway api automatically?', 'gateway-api', ['ingress2gateway']],
  ['gateway api analogue of the rewrite-target annotation', 'ingress-annotations', ['ReplacePrefixMatch']],
  // A Gateway terminates TLS itself: its TLS is the Gateway API's topic (ask-49k), not TLS for an Ingress.
  ['tls termination on a gateway api gateway', 'gateway-api', ['certificateRefs', 'listener']],
  ['how do i write a regular expression path for ingress-nginx?', 'ingress-annotations', ['use-regex', 'ImplementationSpecific']],
  ['cookie based sticky sessions annotation for ingress-nginx', 'ingress-annotations', ['nginx.ingress.kubernetes.io/affinity']],
  ['which ingress-nginx annotation keeps a client on one pod', 'ingress-annotations', ['nginx.ingress.kubernetes.io/affinity']],
  ['require client certificates (mtls) on an ingress-nginx host', 'ingress-annotations', ['auth-tls-secret', 'ca.crt']],
  ['do annotations of the nginx inc controller work on the community ingress-nginx', 'ingress-controller', ['nginx.org', 'nginx.ingress.kubernetes.io']],
  ['does the ingress api support header based routing', 'ingress', ['HTTPRoute', 'headers']],
  ['is the ingress api deprecated since gateway api went ga', 'ingress', ['not deprecated', 'frozen']],
  ['two hostnames on one ingress each with its own certificate', 'ingress-tls', ['secretName', 'hosts']],
  ['ingress backend pointing at a custom resource instead of a service', 'ingress', ['apiGroup', 'kind']],
  ['ingress-nginx talks plain http to my https-only pods - fix?', 'ingress-annotations', ['backend-protocol']],
  // Protocols, cloud load balancers, MetalLB, NetworkPolicy.
  ['why do udp packets keep going to the ip of a deleted backend pod for a while', 'protocols', ['conntrack']],
  ['nlb https listener with a certificate from acm', 'aws-nlb', ['aws-load-balancer-ssl-cert', 'arn']],
  ['aws nlb proxy protocol annotation', 'aws-nlb', ['aws-load-balancer-proxy-protocol']],
  ['reserve a fixed external ip for a LoadBalancer service on gke', 'loadbalancer', ['--region']],
  ['do i still need node ports for an nlb with ip targets', 'aws-nlb', ['allocateLoadBalancerNodePorts: false']],
  ['metallb ignores our configmap after the upgrade', 'bare-metal', ['custom resources']],
  ['network policy with ipBlock does not match external clients that arrive through a LoadBalancer', 'network-policy', ['externalTrafficPolicy: Local']],
  // Why things are built as they are, and where their values come from (ask-45k).
  ['round robin dns over the pod ips would do, why a virtual ip per service?', 'dns', ['TTL', 'cache']],
  ['we run coredns, why is its service called kube-dns', 'dns', ['kube-dns', 'historical']],
  ['where does the nameserver in a pod resolv.conf come from, who writes it', 'dns-policy', ['kubelet', 'ClusterFirst']],
  ['every service ip in our cluster begins with 10.96, where is that configured', 'clusterip', ['--service-cluster-ip-range', 'kube-apiserver']],
  ['clusterip is the default, why not expose every service as a nodeport', 'clusterip', ['every node', '2,768']],
  ['nodeport reachable via one node ip, hangs via the other nodes', 'nodeport', ['externalTrafficPolicy: Local']],
  ['with kube-proxy in ipvs mode are iptables rules still involved', 'kube-proxy', ['ipset', 'SNAT']],
  ['one LoadBalancer service with port 53 over both udp and tcp, used to be unsupported?', 'protocols', ['MixedProtocolLBService', '1.26']],
  ['a netpol rule for a service cluster ip or for the pod ips behind it?', 'network-policy', ['DNAT', 'podSelector']],
  ["can't get redis 6379 through the ingress, why", 'ingress-errors', ['TCPRoute', 'LoadBalancer']],
  ["why bother with a Service when pods could call each other's ip directly", 'service', ['stable', 'changes whenever the pod is recreated']],
  // Who is let in at the door, and between pods (ask-49k).
  ['nginx ingress: password-protect the kibana dashboard with a username', 'ingress-annotations', ['auth-type: basic', 'auth-secret', 'htpasswd']],
  ['which ingress-nginx annotations hook up external login via oauth2-proxy', 'ingress-annotations', ['auth-url', 'auth-signin']],
  ['can a networkpolicy allow egress to a hostname like github.com', 'network-policy', ['ipBlock', 'toFQDNs']],
  ['netpol: how do I open a whole range of ports in one rule', 'network-policy', ['endPort']],
  ['controller pod cant reach the apiserver after we added a default deny egress policy', 'network-policy', ['6443', 'ipBlock']],
  ['stop pods reading the 169.254.169.254 instance metadata with a network policy', 'network-policy', ['except: [169.254.169.254/32]']],
  ['show me every networkpolicy across all namespaces', 'network-policy', ['kubectl get networkpolicy -A']],
  ['how can i verify a netpol really drops traffic from other pods', 'network-policy', ['kubectl run', 'times out']],
  ['node-local dns cache and a default deny egress policy: lookups time out', 'network-policy', ['169.254.20.10']],
  ['is traffic between my pods encrypted with mutual tls out of the box', 'service-mesh', ['service mesh', 'Linkerd']],
  // A mesh named is the subject since ask-65k (Istio and Linkerd topics): how that mesh does it.
  ['make istio refuse plaintext for every workload in one namespace', 'istio', ['PeerAuthentication', 'STRICT']],
  ['linkerd: what turns on mtls for a deployment', 'linkerd', ['linkerd.io/inject']],
  ['is traffic between meshed pods encrypted, and how would a mesh do it', 'service-mesh', ['mTLS', 'Linkerd']],
  ['yaml of a cert-manager Certificate for two hosts', 'cert-manager', ['dnsNames', 'issuerRef']],
  ['https on a gateway api listener, where does the secret go', 'gateway-api', ['certificateRefs']],
  // Both ingress-tls and ingress-errors list this message word for word and answer it with the Secret named in `secretName`; the
  // product's feature rule (search.ts featureOfProduct) picks ingress-errors once it ranks among the four best, as it does since
  // ask-55k's two kubectl topics shifted the index's term statistics.
  // ingress-tls and ingress-errors both tell this message and its fix; the TLS topic leads since it lists "serves the wrong certificate".
  ["ingress-nginx serves 'Kubernetes Ingress Controller Fake Certificate' for my host", 'ingress-tls', ['secretName', 'Fake Certificate']],
  // Ports, names and a pod's DNS settings in depth (ask-48k).
  ['does a service with three ports need a name on each one', 'ports', ['every port must have one', 'unique']],
  ['containerPort name metrics-exporter-http gets rejected, how long may it be', 'ports', ['15', 'IANA_SVC_NAME']],
  ['is targetPort allowed to be text rather than an integer', 'ports', ['port name', 'containerPort']],
  ["can a svc's tcp port and its udp port carry the same name?", 'protocols', ['names must be different', 'unique']],
  ['give a single deployment ndots 1 and leave the rest of the cluster alone', 'dns-policy', ['dnsConfig', 'options', 'ndots']],
  ['list the dnsPolicy values a pod can use', 'dns-policy', ['ClusterFirstWithHostNet', '`None`', '`Default`']],
  ['custom nameserver for one pod only, how', 'dns-policy', ['dnsConfig', 'nameservers']],
  ['how many searches can a dnsConfig list nowadays', 'dns-policy', ['32']],
  ['setHostnameAsFQDN true in a pod spec, what changes', 'dns-policy', ['setHostnameAsFQDN', 'hostname -f']],
  ['why would anyone write github.com. with a dot at the end inside pods', 'dns-policy', ['fully qualified', 'search list']],
  ['does port-forward accept the service port name rather than its number', 'port-forward', ['8443:https']],
  ['headless svc with no selector, where do its A records come from', 'headless', ['EndpointSlices', 'yourself']],
  ['dig lists fewer pods than run behind my headless service, one keeps crashing', 'dns', ['readiness probe', 'publishNotReadyAddresses']],
  ['two hostNetwork pods on one node want the same port, what happens', 'host-network', ['conflict', 'address already in use']],
  ['can the nodeport range be changed by the cluster admin', 'nodeport', ['--service-node-port-range']],
  ['ingress rule pointing at a svc with an http and an admin port, how is the port chosen', 'ingress', ['port: { number: 80 }', 'port: { name: http }']],
  ['ingress-nginx on kind: why do the docs label a node ingress-ready', 'local-clusters', ['ingress-ready=true', 'extraPortMappings']],
  ['k3s: how do i get rid of the bundled traefik and run a different controller', 'traefik', ['--disable=traefik']],
  ['BackendConfig health check on gke, what does a Gateway use instead', 'gke-ingress', ['HealthCheckPolicy', 'GCPBackendPolicy']],
  // Pasted troubleshooting output (ask-47k): the piece that names the cause and its fix.
  ['ingress path /shop, the app gets /shop/cart but its routes are /cart and it returns 404', 'ingress-errors', ['rewrite-target', 'URLRewrite', 'retired']],
  ['ingress 502, the app only binds 127.0.0.1:3000 inside its container', 'ingress-errors', ['0.0.0.0']],
  ['ping to a clusterip gets no reply at all but http works', 'clusterip', ['ICMP']],
  ['kubectl get endpointslices shows <unset>, the svc selects app=shop but the pods only carry app.kubernetes.io/name=shop', 'endpointslices', ['app.kubernetes.io/name']],
  ['after applying a default deny egress np, nslookup fails in every pod of that namespace', 'network-policy', ['UDP', 'TCP', '53']],
  ['my own bind server behind a service only answers dig +tcp, plain udp queries time out', 'dns', ['protocol: UDP']],
  ['coredns log: read udp 10.244.1.3:5353->1.1.1.1:53: i/o timeout, internal names fine, internet names fail', 'dns', ['forward']],
  ['browser shows Kubernetes Ingress Controller Fake Certificate, not my cert', 'ingress-tls', ['secretName', 'kubernetes.io/tls']],

  // Gateway API in depth: matching and precedence, backends, ReferenceGrant, status, classes, listeners, migration, implementations.
  ['when two HTTPRoutes want the same host and path, which one gets the requests', 'gateway-api', ['creationTimestamp', 'alphabetical']],
  ['httproute rule that only takes PUT requests', 'gateway-api', ['method']],
  ['query string matching in an httproute?', 'gateway-api', ['queryParams']],
  ['what happens when the Service in a backendRef is missing', 'gateway-api', ['BackendNotFound', '500']],
  ['in which namespace do we create the ReferenceGrant for a cross-namespace backend', 'gateway-api', ['target namespace']],
  ['is ReferenceGrant v1 or v1beta1', 'gateway-api', ['gateway.networking.k8s.io/v1', 'v1.5']],
  ['gatewayclass has an empty status and my gateways say Waiting for controller', 'gateway-api', ['controllerName']],
  ['gateway on minikube never gets an address, PROGRAMMED False, controller pods fine', 'gateway-api', ['LoadBalancer', 'MetalLB']],
  ['how do I tell a listener to accept only TLSRoutes', 'gateway-api', ['kinds']],
  ['counterpart of ingressClassName in gateway api', 'gateway-api', ['gatewayClassName', 'parentRefs']],
  ['any tool to convert my Ingress objects into HTTPRoutes?', 'gateway-api', ['ingress2gateway']],
  ['does ingress2gateway change anything in my cluster', 'gateway-api', ['kubectl apply']],
  ['enable the gateway api support of cilium', 'gateway-api', ['gatewayAPI.enabled', 'kubeProxyReplacement']],
  ['how do i put annotations on the nlb service a Gateway creates', 'aws-nlb', ['infrastructure', 'EnvoyProxy']],
  // Service addressing and scale (ask-58k): dual-stack set-up and fields, cluster IP bands and errors, ServiceCIDR and
  // IPAddress, topology hints and their safeguards, hostPort, EndpointSlice sizes and manual slices, Services per namespace.
  ['move a service from v4-first to v6-first ipFamilies, possible in place?', 'dual-stack', ['delete and recreate']],
  ['kubeadm ClusterConfiguration settings for an ipv4+ipv6 cluster', 'dual-stack', ['podSubnet', 'serviceSubnet']],
  ['pod status only lists the ipv4 address, where is its ipv6 one', 'dual-stack', ['status.podIPs']],
  ['does a headless dual stack service answer AAAA queries?', 'dual-stack', ['AAAA']],
  ['dual-stack kind config', 'dual-stack', ['ipFamily: dual']],
  ['kind with both ipv4 and ipv6 addresses for pods', 'dual-stack', ['ipFamily: dual']],
  ['picking a fixed clusterIP for infra services without clashing with automatic allocation', 'clusterip', ['lower band']],
  ['kubectl get ipaddresses lists objects named like 10.96.0.1, what are they', 'address-exhaustion', ['parentRef']],
  ['our extra ServiceCIDR will not go away, deletion hangs', 'address-exhaustion', ['networking.k8s.io/service-cidr-finalizer']],
  ['topology aware routing turned on yet kube-proxy spreads over every zone and the slices carry no hints', 'traffic-distribution', ['topology.kubernetes.io/zone']],
  ['how do i look at the zone hints kube-proxy uses', 'traffic-distribution', ['hints.forZones']],
  ['hostPort 9000 on a hostNetwork pod whose container listens on 3000 is refused by the api', 'host-network', ['match `containerPort`']],
  ['my hostPort never opens on the node, handwritten cni bridge conflist', 'host-network', ['portmap']],
  ['cni chain plugin that implements host ports', 'cni', ['portmap']],
  ['env of my containers is huge, every svc in the namespace shows up as variables', 'dns', ['enableServiceLinks: false']],
  ['how big can an EndpointSlice get, and which flag sets it', 'endpointslices', ['--max-endpoints-per-slice', '1000']],
  ['how many services fit in a /16 service range', 'address-exhaustion', ['65,534']],
  ['how many services can one cluster take before things get slow', 'address-exhaustion', ['10,000']],
  ['endpointslice written by hand for a selectorless svc, what fields', 'endpointslices', ['addressType: IPv4', 'kubernetes.io/service-name']],
  // kubectl for networking work: debug containers, output formats, flags and errors of expose, proxy and port-forward (ask-55k).
  ['our image is scratch-based with no shell, how can i poke at its network', 'kubectl-debug', ['kubectl debug', 'ephemeral container']],
  ['does a debug container see the app on 127.0.0.1?', 'kubectl-debug', ['network namespace', 'localhost']],
  ['throwaway pod with network tools like dig and tcpdump', 'kubectl-debug', ['nicolaka/netshoot', 'kubectl run']],
  ['packet capture inside a pod fails with operation not permitted', 'packet-capture', ['--profile=netadmin', 'NET_RAW']],
  ['shell on a worker node without ssh, where do i find its files', 'kubectl-debug', ['kubectl debug node/', '/host']],
  ['jsonpath for the external hostname of an aws load balancer svc', 'kubectl-output', ['status.loadBalancer.ingress']],
  ['with jsonpath, targetPort of the svc port called grpc', 'kubectl-output', ['@.name']],
  ['loop over all services with jsonpath and print one a line', 'kubectl-output', ['range', '{end}']],
  ['table of my own columns for services: name and type', 'kubectl-output', ['custom-columns', '.spec.type']],
  // kubectl-output and the clusterip topic both say what None under CLUSTER-IP means; the column's own name leads to clusterip.
  ['the CLUSTER-IP column of one service reads None, normal?', 'clusterip', ['headless', 'A records']],
  ['endpoint conditions serving vs ready, how do they differ', 'endpointslices', ['terminating', 'readiness']],
  ['find the ingress that routes to my payments svc', 'ingress', ['backend.service.name']],
  ['backend syntax under networking.k8s.io/v1 now that serviceName is gone', 'ingress-migration', ['service:', 'number']],
  ['verify a tls route was accepted by its gateway', 'gateway-api', ['Accepted', 'status.parents']],
  ['clientip stickiness via kubectl expose flag?', 'kubectl-services', ['--session-affinity=ClientIP']],
  ['kubectl expose complains it could not find a port by introspection', 'kubectl-services', ['--port', 'containerPort']],
  ['flip a running clusterip svc to type nodeport in place', 'clusterip', ['kubectl patch']],
  ['kubectl proxy on a shared box, colleagues get Forbidden', 'port-forward', ['--accept-hosts', '--address']],
  // Cloud load balancers in detail (ask-54k): the AWS Load Balancer Controller's NLB and ALB annotations, loadBalancerClass and the
  // cleanup finalizer, excluded nodes, GKE NEGs and internal Ingress, the AKS load balancer's own settings.
  ['pin two fixed 10.x addresses on our private nlb', 'aws-nlb', ['aws-load-balancer-private-ipv4-addresses', 'aws-load-balancer-subnets']],
  ['make the nlb health check http on /livez, port 9090', 'aws-nlb', ['aws-load-balancer-healthcheck-protocol', 'aws-load-balancer-healthcheck-path', 'aws-load-balancer-healthcheck-port']],
  ['turn on cross-zone balancing for the network load balancer', 'aws-nlb', ['load_balancing.cross_zone.enabled=true']],
  ['attach my own security group to the nlb the controller builds', 'aws-nlb', ['aws-load-balancer-security-groups']],
  ['alb ingress with an ACM cert: how do I get the 443 listener', 'aws-alb', ['certificate-arn', 'listen-ports']],
  ['only our vpn range may reach the alb, which annotation', 'aws-alb', ['inbound-cidrs']],
  ['alb returns HTTP 464 for our grpc calls', 'aws-alb', ['backend-protocol-version: GRPC']],
  ['cookie stickiness on an alb ingress', 'aws-alb', ['stickiness.enabled=true', 'target-group-attributes']],
  ['rollouts behind the alb drop requests with ip targets', 'aws-alb', ['elbv2.k8s.aws/pod-readiness-gate-inject']],
  ['switching a loadbalancer svc to another loadBalancerClass in place', 'loadbalancer', ['immutable']],
  ['LB service deletion stuck, finalizer still on it', 'loadbalancer', ['service.kubernetes.io/load-balancer-cleanup']],
  ['leave the spot nodes out of the cloud lb targets', 'loadbalancer', ['node.kubernetes.io/exclude-from-external-load-balancers']],
  ['why would i want network endpoint groups on gke', 'gke-ingress', ['container-native', 'cloud.google.com/neg']],
  ['expose a svc as a standalone NEG for a load balancer built with terraform', 'gke-ingress', ['exposed_ports']],
  ['gce-internal ingress wants a proxy-only subnet, how to make one', 'gke-ingress', ['REGIONAL_MANAGED_PROXY']],
  ['fixed internal ip for a gke internal load balancer service', 'lb-annotations', ['--subnet', 'networking.gke.io/load-balancer-ip-addresses']],
  ['azure lb drops idle websocket connections after 4 minutes on aks', 'aks-load-balancer', ['azure-load-balancer-tcp-idle-timeout', 'minutes']],
  ['offer our internal aks lb to another tenant through private link service', 'aks-load-balancer', ['azure-pls-create', 'azure-load-balancer-internal']],
  ['how does the cloud lb find the nodes with a local pod when etp is Local', 'loadbalancer', ['healthCheckNodePort', 'kube-proxy']],
];

describe('answers name the field a right answer needs', () => {
  const runtime = testRuntime();
  it.each(ROWS)('%s', async (question, topic, must) => {
    const r = await ask(question, runtime);
    expect(r.command).toBe('ask');
    expect(r.data.topic).toBe(topic);
    for (const word of must) expect(r.text).toContain(word);
  });
});

describe('ask-71k: a local port forwarded to a Service named, np selecting namespaces, hosts routed side by side', () => {
  const runtime = testRuntime();
  it('writes the port-forward with the asker\'s Service and ports, in the current namespace', async () => {
    const r = await ask('ask forward local 9090 to svc grafana port 3000', runtime);
    expect(r.data.topic).toBe('port-forward');
    expect(r.text).toContain('kubectl port-forward svc/grafana 9090:3000');
    expect(r.text).toContain('-n NAMESPACE');
  });
  it('answers two host names served side by side from the Ingress topic (asked of the knowledge base)', async () => {
    const r = await ask('ask best way to serve shop.acme.io and blog.acme.io from the same load balancer ip', runtime);
    expect(r.data.topic).toBe('ingress');
    expect(r.text).toContain('host');
  });
  it('takes a quoted message that is a whole two-word keyword as that topic\'s symptom', async () => {
    const r = await ask('curl says "no route to host" when i hit the svc from a pod', runtime);
    expect(r.data.topic).toBe('connection-errors');
  });
  it('reads "forward my local PORT" as a port-forward, and a namespace selected as a NetworkPolicy\'s "np"', () => {
    expect(terms('forward my local 5432 to the db')).toContain('portforward');
    expect(terms('np select a namespace by its label')).toContain('networkpolicy');
    expect(terms('np on port 30080')).toContain('nodeport');
    expect(terms('route.openshift.io')).toEqual(['openshift']);
    // An API group under a project's domain names the project, not an outside host.
    expect(terms('networking.istio.io')).toEqual(['istio']);
    expect(terms('shop.example.com')).not.toContain('istio');
    expect(terms('route a.example.com and b.example.com to two apps')).toEqual(expect.arrayContaining(['host', 'based', 'route']));
    expect(terms('pods cannot resolve google.com and github.com')).not.toContain('based');
  });
});

describe('retrieval of names and words', () => {
  it('reads a security group and an SG as one term, and an X vs Y between values as no comparison', () => {
    expect(terms('the security groups of the nlb')).toContain('securitygroup');
    expect(terms('nlb SGs')).toContain('securitygroup');
    const knowledge = builtInKnowledge();
    expect(comparisonIn('how do I make the alb internal vs internet facing', knowledge)).toBeNull();
    expect(comparisonIn('nodeport vs loadbalancer', knowledge)?.map((t) => t.id)).toEqual(['nodeport', 'loadbalancer']);
  });

  it('reads camelCase kinds and fields as their lower-case spelling', () => {
    expect(terms('StatefulSet parentRefs backendRefs ReferenceGrant')).toEqual(terms('statefulset parentrefs backendrefs referencegrant'));
  });

  it("reads a mesh's kinds in camelCase as their lower-case spelling, and traffic between pods as no comparison (ask-65k)", () => {
    expect(terms('VirtualService DestinationRule ServiceEntry PeerAuthentication')).toEqual(terms('virtualservice destinationrule serviceentry peerauthentication'));
    const knowledge = builtInKnowledge();
    expect(comparisonIn('headless svc with linkerd, replication between the pods on 9300 breaks', knowledge)).toBeNull();
    expect(comparisonIn('is the traffic between two of my namespaces encrypted by istio', knowledge)).toBeNull();
    expect(comparisonIn('difference between istio and linkerd', knowledge)?.map((t) => t.id)).toEqual(['istio', 'linkerd']);
  });

  it('reads a possessive as its noun, a short duration as words, and a wildcard host as one', () => {
    expect(terms("CoreDNS's job")).toContain('coredns');
    expect(terms('dropped after 60s')).toEqual(terms('dropped after 60 seconds'));
    expect(terms('?timeout=10s')).not.toContain('second');
    expect(terms('does *.example.com match')).toContain('wildcard');
    expect(terms('ip allowlist')).toEqual(terms('ip whitelist'));
  });

  it("reads the asker's own computer by any name as a laptop, and \"can't … just\" as a suggestion, not a failure", () => {
    for (const machine of ['mac', 'macbook', 'desktop', 'workstation']) expect(terms(`curl the svc from my ${machine}`)).toContain('local');
    expect(terms("can't the app just call the pod ip")).not.toContain('cant');
    expect(terms("the app can't call the pod ip")).toContain('cant');
  });

  it('reads a product name inside a cluster DNS name as a name, and the same node apart from a node port', () => {
    expect(terms('web-0.nginx.default.svc.cluster.local')).not.toContain('ingresscontroller');
    expect(terms('nginx ingress')).toContain('ingresscontroller');
    expect(terms('only pods on the same node')).toContain('samenode');
    expect(terms('two services with the same nodePort')).toContain('nodeport');
  });

  it('does not take a move told as the background of a fault as its subject', async () => {
    const r = await ask('we switched to gateway api last month and now pods cannot resolve service names in other namespaces');
    expect(r.data.topic).toBe('dns');
  });

  it('takes the topic a move goes to as the subject', async () => {
    const r = await ask('we want to switch our nginx ingress setup over to gateway api, how');
    expect(r.data.topic).toBe('gateway-api');
  });

  it('reads DigitalOcean\'s names, kube-vip and EKS as their platform', () => {
    expect(terms('a DO load balancer')).toContain('digitalocean');
    expect(terms('how do I do that')).not.toContain('digitalocean');
    expect(terms('digital ocean')).toEqual(terms('doks'));
    expect(terms('kube-vip')).toEqual(['kubevip']);
    expect(terms('on eks')).toContain('aws');
  });

  it('reads "limit which/who" as restricting who may connect, and a size limit as a limit', () => {
    expect(terms('limit which client ips can connect')).toContain('restrict');
    expect(terms('limit who can reach it')).toContain('restrict');
    expect(terms('raise the body size limit')).not.toContain('restrict');
  });

  it('takes a field the asker set or changed as the subject, over the symptom that follows', async () => {
    const knowledge = builtInKnowledge();
    expect(knowledge.search('after I set internalTrafficPolicy to Local some pods cannot reach the service').hits[0]?.topic.id).toBe('internal-traffic-policy');
    expect(knowledge.search('since adding sessionAffinity: ClientIP requests still spread across pods').hits[0]?.topic.id).toBe('session-affinity');
  });

  it('takes a field given with its value, as a manifest spells it, as the subject', async () => {
    const knowledge = builtInKnowledge();
    expect(knowledge.search('route /docs has pathType Exact and /docs/intro gives a 404, why').hits[0]?.topic.id).toBe('ingress');
    // A field and its value that together name a topic name that one.
    expect(knowledge.search('what happens with clusterIP: None').hits[0]?.topic.id).toBe('headless');
    const r = await ask('route /docs has pathType Exact and /docs/intro gives a 404, why');
    expect(r.text).toContain('Prefix');
  });

  it('reads a client sticking to one pod as session affinity, and sticking with something as keeping it', () => {
    expect(terms('keep each user stuck... i mean sticking to one replica')).toContain('affinity');
    expect(terms('make a browser stick to the same backend pod')).toContain('affinity');
    expect(terms('we will stick with traefik')).not.toContain('affinity');
  });

  it('finds a selectorless Service\'s hand-made endpoints, and what ties them to the Service', async () => {
    const r = await ask('I wrote the EndpointSlice for my selector-less svc myself but `connection refused` and the svc has no endpoints');
    expect(r.data.topic).toBe('endpointslices');
    expect(r.text).toContain('kubernetes.io/service-name');
  });

  it('answers a NodePort reachable inside but not outside with the firewall', async () => {
    const r = await ask('curl from a pod to the service is fine, but from my office the node port just times out');
    expect(r.text.toLowerCase()).toMatch(/firewall|security group/);
  });

  it('answers which apiVersion the Gateway API kinds take', async () => {
    const r = await ask('which apiVersion for a Gateway object now, v1beta1 still?');
    expect(r.data.topic).toBe('gateway-api');
    expect(r.text).toContain('gateway.networking.k8s.io/v1');
  });

  it('reads dnsPolicy as DNS\'s setting, not a NetworkPolicy', () => {
    expect(terms('default dnsPolicy')).toContain('dnspolicy');
    expect(terms('default dnsPolicy')).not.toContain('networkpolicy');
    expect(builtInKnowledge().search('what dnsPolicy does a pod get by default').hits[0]?.topic.id).toBe('dns-policy');
  });

  it('does not take a name said as a part of the thing before it ("its dns name") as the subject', () => {
    const knowledge = builtInKnowledge();
    expect(knowledge.search('what is a headless svc, and what do its dns names point at').hits[0]?.topic.id).toBe('headless');
    // Said on its own, the name is still the subject.
    expect(knowledge.search('what dns name does a headless service get').hits[0]?.topic.id).toBe('dns');
  });

  it('takes a topic the question names over the context it opens with', () => {
    const knowledge = builtInKnowledge();
    expect(knowledge.search('in networking.k8s.io/v1 ingress, what field names the ingress class to use?').hits[0]?.topic.id).not.toBe('ingress');
    expect(knowledge.search('in a homelab with metallb, how is the ingress controller itself exposed?').hits[0]?.topic.id).toBe('ingress-controller');
    expect(knowledge.search('on kind, how do I reach a nodeport service from my mac?').hits[0]?.topic.id).toBe('nodeport');
  });

  it('reads "kind of" as English, not the kind cluster', () => {
    expect(terms('what kind of secret')).not.toContain('kind');
    expect(terms('ingress on a kind cluster')).toContain('kind');
  });

  it('does not take an English word the topics use for a misspelt name', () => {
    const knowledge = builtInKnowledge();
    expect(knowledge.resolve('traffic')).toBeUndefined();
    expect(knowledge.resolve('nodeprot')?.id).toBe('nodeport');
  });

  it('reads "which pods" as the selector\'s set of pods, and "which pod" as one of them', () => {
    expect(terms('which pods does it send to')).toContain('selector');
    expect(terms('which pod gets the request')).not.toContain('selector');
  });

  it('reads a Service with no selector, and env vars, as one term each', () => {
    expect(terms('a service with no selector')).toEqual(terms('a service, selector-less'));
    expect(terms('env vars')).toEqual(terms('environment variables'));
  });

  it('reads OSI layers, wildcard hosts and allow-lists however they are spelled', () => {
    expect(terms('l2 mode')).toEqual(terms('layer-2 mode'));
    expect(terms('l4 load balancer')).toEqual(terms('layer 4 load balancer'));
    expect(terms('host *.example.com')).toContain('wildcard');
    expect(terms('a whitelist of ips')).toEqual(terms('an allow list of ips'));
  });

  it('names no topic across the word that splits a comparison', () => {
    const knowledge = builtInKnowledge();
    expect(comparisonIn('nlb target type ip vs instance?', knowledge)).toBeNull();
    expect(comparisonIn('ipvs vs iptables vs nftables', knowledge)).toBeNull();
    expect(comparisonIn('nodeport vs loadbalancer', knowledge)?.map((t) => t.id)).toEqual(['nodeport', 'loadbalancer']);
  });

  it('names no topic with punctuation alone', () => {
    expect(builtInKnowledge().resolve('—')).toBeUndefined();
    expect(builtInKnowledge().resolve('->')).toBeUndefined();
  });

  it('reads ingress beside egress as a direction of traffic, not the Ingress resource', async () => {
    const knowledge = builtInKnowledge();
    expect(route('networkpolicy ingress vs egress rules', registry, knowledge)?.name).not.toBe('compare');
    expect(route('egress/ingress in a netpol, what is the difference', registry, knowledge)?.name).not.toBe('compare');
    const r = await ask('ingress or egress rules in a netpol: which one limits who connects to my pods (i mean not the Ingress object)');
    expect(r.data.topic).toBe('network-policy');
    // Ingress against a LoadBalancer stays a comparison.
    expect(route('ingress or loadbalancer?', registry, knowledge)?.name).toBe('compare');
  });

  it('does not read a verb after "service" as its name', () => {
    expect(route('why does my nodeport service stay pending forever', registry, builtInKnowledge())?.name).not.toBe('service');
  });

  it('does not read an adverb after "service" as its name', () => {
    expect(route('half our pods cannot reach the svc anymore since the upgrade', registry, builtInKnowledge())?.name).not.toBe('service');
    expect(route('curl to the service directly times out', registry, builtInKnowledge())?.name).not.toBe('service');
  });

  it('reads a status code after a colon as trouble, but not a port written as `port: 503`', () => {
    expect(readIntent('behind traefik: 504 on every upload').trouble).toBe(true);
    expect(readIntent('the yaml says port: 503 and targetPort: 8080').trouble).toBe(false);
    expect(readIntent('compose maps 8080:503').trouble).toBe(false);
  });

  it('reads a terse "fix?" after a symptom as trouble, but not "how do I fix that?", which may ask for a kind', () => {
    expect(readIntent('the controller sends http to my tls-only pods. fix?').trouble).toBe(true);
    expect(readIntent('calls all land on one replica behind the service, any fix?').trouble).toBe(true);
    expect(readIntent('we balance on the client side behind a clusterip. how do i fix that?').trouble).toBe(false);
  });

  it('reads a connection that closes or dies after a while as trouble', () => {
    expect(readIntent('sse streams through the gateway die after 30 seconds').trouble).toBe(true);
  });

  it('reads "np" as a NetworkPolicy where it allows, blocks or was applied, and as a NodePort elsewhere', () => {
    expect(terms('np allow ports 9000-9100?')).toContain('networkpolicy');
    expect(terms('is my np even blocking anything')).toContain('networkpolicy');
    expect(terms('applied an np and the pods are still reachable')).toContain('networkpolicy');
    expect(terms('np to only allow traffic from the monitoring namespace')).toContain('networkpolicy');
    expect(terms('np or lb for a quick demo?')).toContain('nodeport');
  });

  it('reads "np\'s" blocking as NetworkPolicies too (ask-55k)', () => {
    expect(terms("are the np's blocking this pod")).toContain('networkpolicy');
  });

  it('reads kubectl\'s output formats as one term each, so "custom" alone names no format (ask-55k)', () => {
    expect(terms('-o custom-columns=NAME:.metadata.name')).toContain('customcolumns');
    expect(terms('a custom search domain')).not.toContain('customcolumns');
  });

  it('does not set the kubectl topic beside the object kubectl was run on when a "diff" is asked (ask-55k)', () => {
    expect(comparisonIn('kubectl describe endpointslice lists serving and terminating, whats the diff', builtInKnowledge())).toBeNull();
    expect(comparisonIn('kubectl proxy vs port-forward?', builtInKnowledge())).toBeNull();
  });

  it('reads back a PORT(S) value and the selector kubectl create service gives, with the asker\'s own numbers and name (ask-55k)', async () => {
    const ports = await ask('what is 443:30443/TCP in the ports column');
    expect(ports.text).toContain('443 is the Service\'s `port`');
    expect(ports.text).toContain('30443 is its `nodePort`');
    const created = await ask('what selector does kubectl create service nodeport billing --tcp=443:8443 set');
    expect(created.text).toContain('`app=billing`');
    expect(created.text).toContain('port 8443 (the targetPort)');
  });

  it('reads mTLS and mutual TLS as one term of their own, not as TLS for an Ingress', () => {
    expect(terms('does k8s do mTLS between services')).toContain('mtls');
    expect(terms('mutual tls between pods')).toEqual(expect.arrayContaining(['mtls']));
    expect(terms('mutual tls between pods')).not.toContain('tls');
  });

  it('reads the proxy environment variables as one term, not as HTTP and kubectl proxy', async () => {
    expect(terms('HTTP_PROXY and no_proxy in the pod env')).toEqual(['proxyvariable', 'proxyvariable', 'pod', 'env']);
    const r = await ask('since we added https_proxy to the deployment, calls to other services in the cluster fail');
    expect(r.data).toMatchObject({ topic: 'egress-ip' });
    expect(r.text).toContain('NO_PROXY');
  });

  it('takes the kind that terminates TLS as the subject of its TLS, and the Ingress\'s TLS otherwise', () => {
    const k = builtInKnowledge();
    expect(k.search('tls for a gateway, how', 4).hits[0]?.topic.id).toBe('gateway-api');
    expect(k.search('how do i add tls to my ingress', 4).hits[0]?.topic.id).toBe('ingress-tls');
  });

  it('does not take a name said as the criterion ("by dns name") as the subject', () => {
    expect(builtInKnowledge().search('egress policy that allows an external service by dns name', 4).hits[0]?.topic.id).toBe('network-policy');
  });

  it('reads a quoted message a topic lists as that topic\'s symptom, even when the quote names another topic', async () => {
    const r = await ask('traefik answers with "Kubernetes Ingress Controller Fake Certificate", why');
    expect(r.data.topic).toBe('ingress-tls');
  });

  it('answers a question about a word the short answer only mentions with the piece that opens with it', async () => {
    const r = await ask('gateway api and tls?');
    expect(r.data.topic).toBe('gateway-api');
    expect(r.text).toContain('certificateRefs');
  });

  it('reads a NetworkPolicy\'s selector fields as their own terms', () => {
    expect(terms('namespaceSelector and podSelector')).toEqual(expect.arrayContaining(['namespaceselector', 'podselector']));
  });

  it('reads "can\'t … just" as a suggestion, not a failure', () => {
    expect(terms("why can't we just use node ports")).not.toContain('cant');
    expect(terms("the api pod can't reach redis")).toContain('cant');
  });

  it('reads a question about what a thing is for as about that thing, whatever else it tells', () => {
    const k = builtInKnowledge();
    expect(k.search('why would we even need a service at all, our pods have ips and talk fine', 4).hits[0]?.topic.id).toBe('service');
    expect(k.search("what's the point of a headless service? the statefulset pods can talk directly", 4).hits[0]?.topic.id).toBe('headless');
  });

  it('reads "service ip" as the cluster IP', () => {
    expect(terms('the service ip')).toContain('clusterip');
  });

  it('does not compare two pasted snippets as topics', async () => {
    const r = await ask('these differ how?\nports:\n- port: 80\n  targetPort: http\nvs\nports:\n- port: 80\n  targetPort: 8080');
    expect(r.data.topics).toBeUndefined();
  });

  it('does not compare a kind with a value of one of its settings', () => {
    expect(route('nlb internal instead of internet-facing?', registry, builtInKnowledge())?.name).not.toBe('compare');
    expect(route('clusterip or nodeport?', registry, builtInKnowledge())?.name).toBe('compare');
  });
});

describe('stateful and non-HTTP workloads behind Services (ask-60k)', () => {
  const runtime = testRuntime();
  const answer = async (q: string) => (await ask(q, runtime)).text;

  it('answers a StatefulSet question from its own detail: parallel start, the old unready annotation, a Service per pod', async () => {
    expect(await answer('statefulset creates its replicas one after another, how to launch them simultaneously?')).toContain('podManagementPolicy: Parallel');
    expect(await answer('replacement for the tolerate-unready-endpoints annotation on a headless service?')).toContain('publishNotReadyAddresses');
    expect(await answer('how can we create one service per replica of our rabbitmq statefulset')).toContain('statefulset.kubernetes.io/pod-name');
  });

  it('says what a database or broker must advertise or announce to clients', async () => {
    expect(await answer('redis sentinel gives clients the master pod ip, apps outside k8s cannot use it. how to fix')).toMatch(/announce/);
  });

  it('answers UDP and raw TCP behind Services with the setting that does it', async () => {
    expect(await answer('why does our statsd receiver behind a udp LoadBalancer log node ips as the source instead of the clients?')).toContain('externalTrafficPolicy: Local');
    expect(await answer('a collector daemonset on udp, apps should only send to the one on their own node through the service')).toContain('internalTrafficPolicy: Local');
    expect(await answer('ingress-nginx: how can we expose raw tcp 6379 for our redis svc')).toContain('tcp-services');
    expect(await answer('long idle postgres sessions through an aws nlb get reset after about 6 minutes, what can we do')).toMatch(/keepalive/i);
  });

  it('answers who may reach a database with a policy or a source range', async () => {
    const policy = await answer('netpol: only pods with role=worker may connect to the queue?');
    expect(policy).toContain('NetworkPolicy');
    expect(policy).toContain('podSelector');
    expect(await answer('lb svc for grafana, want only 198.51.100.7 to reach it')).toContain('loadBalancerSourceRanges');
  });
});

describe('reaching things outside the cluster and egress (ask-61k)', () => {
  const runtime = testRuntime();
  const answer = async (q: string) => (await ask(q, runtime)).text;
  const routed = (q: string) => route(q, registry, builtInKnowledge())?.name ?? 'ask';

  it('sends outbound, proxy, DNS forwarding and cross-namespace backend questions to ask, not which', () => {
    for (const q of [
      'right way for our workers to reach aurora mysql',
      'set HTTPS_PROXY on the deployment and since then calls to other services fail',
      'send lookups for lab.internal to 10.20.0.2 and 10.20.0.3 from coredns',
      'my app resolves cluster names ok but not github.com',
      'a daemon runs on each host, how do pods reach the service listening on the node they run on',
      'httproute in ns shop, backend svc in ns catalog. allowed?',
    ])
      expect(routed(q), q).toBe('ask');
  });

  it('answers with the means for the outside system asked about', async () => {
    expect(await answer('with an egress policy, must I also allow the replies to come back in?')).toMatch(/stateful|automatically/);
    expect(await answer('networkpolicy: allow egress to the internet except rfc1918 ranges')).toContain('except');
  });

  it('answers manual endpoints and ExternalName limits', async () => {
    expect(await answer('our discovery.k8s.io/v1beta1 EndpointSlice yaml fails on a new cluster, why')).toMatch(/1\.25|removed/);
    expect(await answer('kubectl port-forward to an ExternalName svc errors out, expected?')).toContain('selector');
    expect(await answer('does externalTrafficPolicy Local affect the source address of egress from my pods')).toMatch(/inbound|incoming/);
  });

  it('reads a one-letter-prefixed abbreviation as one word', () => {
    expect(terms('eTP and eBPF')).toEqual(expect.arrayContaining(['etp', 'ebpf']));
  });
});

describe('zero-downtime rollouts and the endpoint lifecycle (ask-66k)', () => {
  const runtime = testRuntime();
  const topicOf = async (q: string) => (await ask(q, runtime)).data.topic;
  const answer = async (q: string) => (await ask(q, runtime)).text;
  const routed = (q: string) => route(q, registry, builtInKnowledge())?.name ?? 'ask';

  it.each([
    // Pod shutdown: the grace period, the hook and the signal.
    ['how many seconds does the kubelet wait before it hard-kills a container that is stopping', 'graceful-shutdown', ['30', 'SIGKILL']],
    ['give me a lifecycle hook that pauses 15 seconds before shutdown', 'graceful-shutdown', ['lifecycle', 'preStop', 'sleep']],
    ['our image is scratch-based, can the prestop hook wait without a sleep binary?', 'graceful-shutdown', ['1.30', 'sleep']],
    ['python app as pid 1 never reacts to sigterm and the pod hangs for the whole grace period', 'graceful-shutdown', ['PID 1', 'SIGTERM']],
    // Deployment strategy: defaults, availability, deadlines, StatefulSet order.
    ['what does a Deployment use for maxSurge when I leave it out', 'deployment-strategy', ['25%']],
    ['the deployment waits forever on a broken image, when does it give up?', 'deployment-strategy', ['progressDeadlineSeconds', '600']],
    ['statefulset rollout of a new image: in what order are pods replaced', 'deployment-strategy', ['ordinal', 'Ready']],
    // Disruption budgets: fields, API version, drains, unhealthy pods, spreading.
    ['minAvailable or maxUnavailable on my budget, which one should I write?', 'pod-disruption-budget', ['minAvailable', 'maxUnavailable', 'percent']],
    ['our PodDisruptionBudget manifest still says policy/v1beta1 and kubectl rejects it', 'pod-disruption-budget', ['policy/v1', '1.25']],
    ['pods stuck in CrashLoopBackOff stop kubectl drain because of their pdb, what setting lets them go', 'pod-disruption-budget', ['unhealthyPodEvictionPolicy', 'AlwaysAllow']],
    ['kubectl drain options for daemonset pods and emptydir volumes?', 'pod-disruption-budget', ['--ignore-daemonsets', '--delete-emptydir-data']],
    ['with a pdb of 50 percent and 5 pods, is the number rounded?', 'pod-disruption-budget', ['round']],
    // Probes, and who sends where.
    ['how often does a readiness probe run if I set nothing, and how many failures before unready', 'readiness', ['periodSeconds', 'failureThreshold', '10']],
    ['is there a built-in grpc probe now, or do we still ship grpc_health_probe in the image', 'readiness', ['grpc.health.v1']],
    ['the nlb from the aws load balancer controller still routes to deleted pods for minutes', 'aws-nlb', ['deregistration_delay', '300']],
    ['legacy aws elb on a LoadBalancer service: enable connection draining how', 'aws-nlb', ['aws-load-balancer-connection-draining-enabled', 'aws-load-balancer-connection-draining-timeout']],
  ])('%s', async (question, topic, must) => {
    const r = await ask(question, runtime);
    expect(r.data.topic).toBe(topic);
    for (const word of must) expect(r.text).toContain(word);
  });

  it('says an ingress controller balances to the pods themselves, and how to send it through the ClusterIP', async () => {
    expect(await answer('during deploys we see 502s, does nginx ingress go via kube-proxy or direct to pod ips')).toContain('service-upstream');
  });

  it('tells what a PodDisruptionBudget does not guard against', async () => {
    const text = await answer('will a pdb save my app when a node loses power?');
    expect(text).toContain('involuntary');
    expect(await topicOf('does deleting pods by hand go through the pdb')).toBe('pod-disruption-budget');
  });

  it('"disruption budget" and "pdb" are one term', () => {
    expect(terms('PodDisruptionBudget')).toContain('pdb');
    expect(terms('a disruption budget')).toEqual(terms('a pdb'));
  });

  it('sends a question of what status or error a component answers with to ask, not which', () => {
    for (const q of ['which http code does the api server send back when an eviction is refused', 'what error does kube-proxy return when a service has no endpoints', 'what signal does the kubelet send when a pod is deleted'])
      expect(routed(q), q).toBe('ask');
  });
});
