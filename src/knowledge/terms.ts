// Text -> search terms for the knowledge base, the same way for topics and for questions, so
// that "NodePort", "node port", "nodeports", "np" and "node-port" all meet as `nodeport`.
// Steps: split (also camelCase: externalTrafficPolicy), drop plurals, join the domain's
// two-word names into one term, map abbreviations and slang to their canonical term, drop
// words that carry no meaning in a question.

/** Two words that name one thing. Applied after plurals are dropped; a key with a plural matches as written. */
const COMPOUNDS: Record<string, string> = {
  // flannel's "host-gw" backend (direct host routes) is one name, not a gateway: "gw" alone is Gateway API's short name.
  'host gw': 'hostgw',
  // "can the nodeport range be changed?": asks whether it is configurable (SYNONYMS).
  'be changed': 'changeable',
  'be modified': 'modifiable',
  'be adjusted': 'adjustable',
  // "which pods a Service sends to" is its selector's set of pods; "which pod gets the request" is balancing.
  'which pods': 'podset',
  'what pods': 'podset',
  'its pods': 'podset',
  'node port': 'nodeport',
  'cluster ip': 'clusterip',
  // "clusterIPs", "cluster ips" ("ips" keeps its s, KEEP).
  'cluster ips': 'clusterip',
  // "the service ip" is the Service's cluster IP.
  'service ip': 'clusterip',
  // Docker Desktop, the product with a Kubernetes of its own: not "desktop" (the asker's machine) nor Docker itself.
  'docker desktop': 'dockerdesktop',
  'load balancer': 'loadbalancer',
  'load balancing': 'loadbalancing',
  'load balance': 'loadbalancing',
  'round robin': 'roundrobin',
  'external traffic': 'externaltrafficpolicy',
  'internal traffic': 'internaltrafficpolicy',
  'external name': 'externalname',
  'target port': 'targetport',
  'container port': 'containerport',
  'port forward': 'portforward',
  'port forwarding': 'portforward',
  'forward port': 'portforward',
  'forwarding port': 'portforward',
  'network policy': 'networkpolicy',
  // A NetworkPolicy's selector fields, told apart from a Service's selector (see SYNONYMS).
  'pod selector': 'podselector',
  'namespace selector': 'namespaceselector',
  'net pol': 'networkpolicy',
  'endpoint slice': 'endpointslice',
  'ingress class': 'ingressclass',
  'ingress controller': 'ingresscontroller',
  'kube proxy': 'kubeproxy',
  'kubectl proxy': 'kubectlproxy',
  // An ephemeral (debug) container is one thing: not "container", which every pod has.
  'ephemeral container': 'ephemeralcontainer',
  'debug container': 'ephemeralcontainer',
  'kube dns': 'dns',
  'core dns': 'coredns',
  'cluster local': 'clusterlocal',
  // The cluster's DNS suffix (the kubelet's clusterDomain, "cluster.local" by default): one setting, not a cluster and a host name.
  'cluster domain': 'clusterdomain',
  'metal lb': 'metallb',
  'digital ocean': 'digitalocean',
  // kube-vip is one product, not "kube" (a stopword) and a virtual IP.
  'kube vip': 'kubevip',
  // OSI layers as written out ("layer 4", "layer-2 mode") meet their abbreviations (l4, l2; see SYNONYMS).
  'layer 2': 'layer2',
  'layer 3': 'layer3',
  'layer 4': 'layer4',
  'layer 7': 'layer7',
  'bare metal': 'baremetal',
  'on prem': 'baremetal',
  'on premise': 'baremetal',
  'on premises': 'baremetal',
  'web socket': 'websocket',
  'timed out': 'timeout',
  'time out': 'timeout',
  'source ip': 'sourceip',
  // An AWS security group, the firewall of a load balancer or an instance ("SG" for short, SYNONYMS).
  'security group': 'securitygroup',
  'client ip': 'clientip',
  'gateway api': 'gatewayapi',
  'http route': 'httproute',
  'session affinity': 'sessionaffinity',
  // kubectl's output formats (`-o custom-columns`, `-o jsonpath`): one name each, not "custom" (a custom search domain) or "column".
  'custom column': 'customcolumns',
  'json path': 'jsonpath',
  'cert manager': 'certmanager',
  // ACME's challenge types, however written ("HTTP-01", "http01", "dns 01"): one name each, not HTTP or DNS in general.
  'http 01': 'http01',
  'dns 01': 'dns01',
  // NodeLocal DNSCache, the per-node DNS cache add-on ("nodelocal dns", "NodeLocal DNSCache"; "node-local-dns" below).
  'nodelocal dnscache': 'nodelocaldns',
  'nodelocal dns': 'nodelocaldns',
  'lets encrypt': 'letsencrypt',
  'kind cluster': 'kind',
  // The node a pod runs on, said as where its traffic should stay ("same" alone is a stopword).
  'same node': 'samenode',
  'own node': 'samenode',
  'caller node': 'samenode',
  'client node': 'samenode',
  'node local': 'samenode',
  'host port': 'hostport',
  'host network': 'hostnetwork',
  'not ready': 'notready',
  'path type': 'pathtype',
  // A pod's dnsPolicy is DNS's setting, not a NetworkPolicy.
  'dns policy': 'dnspolicy',
  // A NetworkPolicy that lets everything through (`ingress: [{}]`), "allow-all": more than any one thing allowed.
  'allow all': 'allowall',
  // The namespace called default, not a default value.
  'default namespace': 'defaultnamespace',
  'env var': 'envvar',
  'env variable': 'envvar',
  'environment variable': 'envvar',
  'environment var': 'envvar',
  // A Service without a selector is a kind of its own: endpoints listed by hand.
  'no selector': 'selectorless',
  'without selector': 'selectorless',
  'selector less': 'selectorless',
  // Kinds and fields written in camelCase ("StatefulSet", "parentRefs") meet their lower-case spelling.
  'stateful set': 'statefulset',
  'daemon set': 'daemonset',
  'replica set': 'replicaset',
  'reference grant': 'referencegrant',
  'gateway class': 'gatewayclass',
  'parent ref': 'parentref',
  'backend ref': 'backendref',
  'grpc route': 'grpcroute',
  'tls route': 'tlsroute',
  'tcp route': 'tcproute',
  'udp route': 'udproute',
  'allowed route': 'allowedroute',
  // The service meshes' kinds (Istio's VirtualService, DestinationRule, ServiceEntry, PeerAuthentication; Istio's and Linkerd's
  // AuthorizationPolicy) meet their lower-case spelling.
  'virtual service': 'virtualservice',
  'destination rule': 'destinationrule',
  'service entry': 'serviceentry',
  'peer authentication': 'peerauthentication',
  // The Multi-Cluster Services API's kinds and its ClusterSet, and Cilium's ClusterMesh, meet their lower-case spelling.
  'service export': 'serviceexport',
  'service import': 'serviceimport',
  'cluster set': 'clusterset',
  'clusterset local': 'clustersetlocal',
  'multi cluster': 'multicluster',
  'cluster mesh': 'clustermesh',
  // KubeFed, the archived federation project, however written.
  'kube fed': 'kubefed',
  'authorization policy': 'authorizationpolicy',
  // A NetworkPolicy peer of addresses (`ipBlock`), not a verb: "ip block" is the field's two words.
  'ip block': 'ipblock',
  // A NetworkPolicy port range's last port (`endPort`), one field: not an end of something and a port.
  'end port': 'endport',
  // `hints.forZones`: the zones an EndpointSlice endpoint is meant for.
  'for zones': 'forzones',
  // "kubectl get ing shows no ADDRESS": the empty ADDRESS column of an Ingress no controller has picked up, a symptom of its own.
  'no address': 'noaddress',
  'address pool': 'ipaddresspool',
  'ipaddress pool': 'ipaddresspool',
  'l2 advertisement': 'l2advertisement',
  'bgp advertisement': 'bgpadvertisement',
  'default backend': 'defaultbackend',
  // An allow-list of client addresses, however it is spelled ("whitelist", "allow list", "ipAllowList").
  'allow list': 'allowlist',
  'white list': 'allowlist',
  'deny list': 'denylist',
  'black list': 'denylist',
  // "limit which client IPs can reach it", "limit who can connect": to restrict who may connect (not a size or rate limit).
  'limit which': 'restrict',
  'limit who': 'restrict',
  'limits which': 'restrict',
  'limits who': 'restrict',
  'limiting which': 'restrict',
  'limiting who': 'restrict',
  // "stick with ingress-nginx for now": to keep using something, not to stick to one pod (affinity, SYNONYMS).
  'stick with': 'stay',
  'sticking with': 'stay',
  // Objects written by hand rather than by a controller ("endpoints I created manually").
  'by hand': 'manual',
  'hand made': 'manual',
  'hand written': 'manual',
  // "turn off the bundled traefik": the topics say disable and enable (flags, addons).
  // "is the annotation still supported / still recommended": whether something is deprecated, asked the other way round.
  'still supported': 'deprecate',
  'still recommended': 'deprecate',
  'still current': 'deprecate',
  // "no route to host" (EHOSTUNREACH) is an error of its own, not an OpenShift Route or an HTTPRoute.
  'no route': 'hostunreachable',
  'host unreachable': 'hostunreachable',
  // "how many services fit in a /12", "how many endpoints can a slice hold": a count asked of Kubernetes is its limit.
  'how many': 'limit',
  // "how do I see why it is pending", "find out why": the cause asked for, which events and logs tell.
  'see why': 'cause',
  'out why': 'cause',
  // "my svc doesn't answer", "the api isn't responding": nothing comes back, however it is said.
  'doesnt answer': 'unresponsive',
  'isnt answering': 'unresponsive',
  'not answering': 'unresponsive',
  'doesnt respond': 'unresponsive',
  'isnt responding': 'unresponsive',
  'not responding': 'unresponsive',
  // "what do I check first", "where do I even start": the order of a debugging checklist.
  'check first': 'debug',
  // "keep-alive", "keepalive", "long-lived connections": connections held open and reused, not something kept (preserved).
  'keep alive': 'keepalive',
  'long lived': 'keepalive',
  'persistent connection': 'keepalive',
  // "dig returns no A records", "no SRV record for it": a name with nothing behind it, not records in general.
  'no record': 'norecord',
  // A PodDisruptionBudget, spelled out or as kubectl's short name ("pdb"): one object, not a budget of pods in general.
  'disruption budget': 'pdb',
  'turn off': 'disable',
  'switch off': 'disable',
  'turn on': 'enable',
  'switch on': 'enable',
};

/** One word -> its canonical term(s). Applied to each word after plurals and compounds. */
const SYNONYMS: Record<string, string[]> = {
  lb: ['loadbalancer'],
  elb: ['loadbalancer'],
  // AWS's two load balancers have topics of their own (aws-nlb, aws-alb).
  nlb: ['nlb'],
  clb: ['loadbalancer'],
  alb: ['alb'],
  sg: ['securitygroup'],
  sgs: ['securitygroup'],
  balancer: ['loadbalancer'],
  // "does a Service balance requests evenly": how connections are spread, not the LoadBalancer type.
  balance: ['loadbalancing'],
  balancing: ['loadbalancing'],
  balanced: ['loadbalancing'],
  evenly: ['uneven'],
  unevenly: ['uneven'],
  unbalanced: ['uneven'],
  imbalance: ['uneven'],
  imbalanced: ['uneven'],
  np: ['nodeport'],
  cip: ['clusterip'],
  svc: ['service'],
  ing: ['ingress'],
  ingres: ['ingress'],
  ingresse: ['ingress'],
  ingressclassname: ['ingressclass'],
  ep: ['endpoint'],
  endpointslouse: ['endpointslice'],
  gw: ['gateway'],
  gatewayapi: ['gateway'],
  netpol: ['networkpolicy'],
  allowall: ['allowall', 'allow'],
  // "every namespace besides dev", "all ranges excluding 10.0.0.0/8": what `except` and `NotIn` say.
  besides: ['except'],
  excluding: ['except'],
  dnspolicy: ['dnspolicy', 'dns'],
  podselector: ['podselector'],
  namespaceselector: ['namespaceselector'],
  pf: ['portforward'],
  portforwarding: ['portforward'],
  fqdn: ['dns'],
  clusterlocal: ['dns'],
  clusterdomain: ['clusterdomain', 'dns'],
  coredns: ['dns', 'coredns'],
  // The lookup tools are DNS's, and also themselves: "how do I nslookup my svc" asks how to run the tool.
  nslookup: ['dns', 'nslookup'],
  // The errno behind "no route to host" (COMPOUNDS).
  ehostunreach: ['hostunreachable'],
  dig: ['dns', 'dig'],
  ssl: ['tls'],
  https: ['tls', 'http'],
  cert: ['tls'],
  certificate: ['tls'],
  certmanager: ['tls', 'certmanager'],
  letsencrypt: ['tls'],
  manually: ['manual'],
  handmade: ['manual'],
  handwritten: ['manual'],
  sticky: ['affinity'],
  // "make a client stick to one pod", "requests keep sticking to the same replica": affinity.
  stick: ['affinity'],
  sticks: ['affinity'],
  sticking: ['affinity'],
  stickiness: ['affinity'],
  sessionaffinity: ['affinity'],
  onprem: ['baremetal'],
  premise: ['baremetal'],
  metal: ['baremetal'],
  websocket: ['websocket'],
  ws: ['websocket'],
  rpc: ['grpc'],
  cannot: ['cant'],
  unable: ['cant'],
  unreachable: ['cant', 'reach'],
  reachable: ['reach'],
  reaching: ['reach'],
  reached: ['reach'],
  accessible: ['access'],
  accessing: ['access'],
  connect: ['connect'],
  connecting: ['connect'],
  connected: ['connect'],
  connection: ['connect'],
  refused: ['refused'],
  // "pinging the svc": the topics say ping (and ICMP).
  pinging: ['ping'],
  pinged: ['ping'],
  // "strip the /api prefix before it reaches the app": a path rewrite.
  strip: ['strip', 'rewrite'],
  stripped: ['strip', 'rewrite'],
  stripping: ['strip', 'rewrite'],
  // "answers instantly", "resolves immediately": at once, as opposed to slow.
  instantly: ['instant'],
  immediately: ['instant'],
  timing: ['timeout'],
  // Connections that disconnect after a while: the symptom of an idle or proxy timeout.
  disconnect: ['disconnect', 'timeout'],
  disconnecting: ['disconnect', 'timeout'],
  disconnected: ['disconnect', 'timeout'],
  hang: ['timeout'],
  hangs: ['timeout'],
  exposing: ['expose'],
  exposed: ['expose'],
  routing: ['route'],
  routed: ['route'],
  forwarding: ['forward'],
  forwarded: ['forward'],
  resolving: ['resolve'],
  resolved: ['resolve'],
  resolution: ['resolve'],
  // "bgp peering with our routers": the topics say peer (BGPPeer, nodes peer with routers).
  forzones: ['forzones', 'hint'],
  peering: ['peer'],
  peered: ['peer'],
  migrating: ['migrate'],
  migrated: ['migrate'],
  migration: ['migrate'],
  upgrading: ['upgrade'],
  upgraded: ['upgrade'],
  deprecated: ['deprecate', 'removed'],
  // "how does a route get attached": the word the topics use is "attaches" (stemmed to attach).
  attached: ['attach'],
  attaching: ['attach'],
  attachment: ['attach'],
  // "can I set it myself": by hand, said of whoever sets it.
  myself: ['yourself'],
  ourselves: ['yourself'],
  // "can I pick my own clusterIP": choosing a value, however it is said (the topics say choose).
  pick: ['choose'],
  picked: ['choose'],
  picking: ['choose'],
  chose: ['choose'],
  chosen: ['choose'],
  choosing: ['choose'],
  // "is pathType mandatory or optional": whether a field is required, asked either way.
  mandatory: ['required'],
  compulsory: ['required'],
  optional: ['optional', 'required'],
  deprecation: ['deprecate', 'removed'],
  obsolete: ['deprecate', 'removed'],
  outdated: ['deprecate', 'removed'],
  podset: ['selector', 'pod'],
  defaultnamespace: ['defaultnamespace', 'default', 'namespace'],
  selectorless: ['selectorless', 'selector'],
  selecting: ['selector'],
  select: ['selector'],
  labeled: ['label'],
  labelled: ['label'],
  labelling: ['label'],
  visitor: ['client'],
  colleague: ['teammate'],
  coworker: ['teammate'],
  lan: ['network'],
  wifi: ['network'],
  namespaced: ['namespace'],
  namespacing: ['namespace'],
  ns: ['namespace'],
  preserving: ['preserve'],
  preserved: ['preserve'],
  keep: ['preserve'],
  pricing: ['cost'],
  price: ['cost'],
  billing: ['cost'],
  bill: ['cost'],
  expensive: ['cost'],
  costly: ['cost'],
  cheap: ['cost'],
  cheaper: ['cost'],
  money: ['cost'],
  pay: ['cost'],
  charged: ['cost'],
  costing: ['cost'],
  shared: ['share'],
  sharing: ['share'],
  ext: ['external'],
  outside: ['external'],
  internet: ['external'],
  public: ['external'],
  publicly: ['external'],
  inside: ['internal'],
  intra: ['internal'],
  ipv4: ['ip'],
  ips: ['ip'],
  ipv6: ['ip', 'dualstack'],
  addr: ['address'],
  db: ['database'],
  dbs: ['database'],
  headles: ['headless'],
  statefulset: ['statefulset'],
  sts: ['statefulset'],
  pods: ['pod'],
  po: ['pod'],
  deployment: ['deployment'],
  deploy: ['deployment'],
  kubeproxy: ['kubeproxy'],
  // "does it get SNATed", "masqueraded": the rewrite, as the topics name it.
  snated: ['snat'],
  snatted: ['snat'],
  snating: ['snat'],
  dnated: ['dnat'],
  dnatted: ['dnat'],
  masqueraded: ['masquerade'],
  masquerading: ['masquerade'],
  iptable: ['iptables'],
  ipvs: ['iptables', 'ipvs'],
  minikube: ['local', 'minikube'],
  kind: ['local', 'kind'],
  // k3d is also itself: its flags (`-p …@loadbalancer`, `--api-port`, `host.k3d.internal`) are its own.
  k3d: ['local', 'k3d'],
  microk8s: ['local'],
  laptop: ['local'],
  // The asker's own computer, by another name.
  mac: ['local'],
  macbook: ['local'],
  desktop: ['local'],
  workstation: ['local'],
  locally: ['local'],
  // Also itself: "localhost" inside a pod is a question about the pod's network, not a local cluster.
  localhost: ['local', 'localhost'],
  dev: ['local'],
  prod: ['production'],
  staging: ['production'],
  // A provider is a cloud, and also itself: its settings (annotations) differ per provider.
  // EKS runs on AWS: its load balancers are AWS's (the aws-alb and aws-nlb topics).
  eks: ['cloud', 'eks', 'aws'],
  gke: ['cloud', 'gke'],
  aks: ['cloud', 'aks'],
  aws: ['cloud', 'aws'],
  gcp: ['cloud', 'gke'],
  google: ['cloud', 'gke'],
  // GKE's own Ingress classes are gce and gce-internal.
  gce: ['cloud', 'gke', 'gce'],
  azure: ['cloud', 'aks'],
  // The Application Gateway Ingress Controller is AKS's own ingress controller.
  agic: ['cloud', 'aks', 'ingresscontroller', 'agic'],
  digitalocean: ['cloud', 'digitalocean'],
  doks: ['cloud', 'digitalocean'],
  http2: ['http', 'grpc'],
  l2: ['layer2'],
  l3: ['layer3'],
  l4: ['layer4'],
  l7: ['layer7'],
  unresponsive: ['cant', 'reach'],
  intermittently: ['intermittent'],
  sporadic: ['intermittent'],
  sporadically: ['intermittent'],
  norecord: ['norecord', 'record'],
  debug: ['debug'],
  debugging: ['debug'],
  troubleshoot: ['debug'],
  troubleshooting: ['debug'],
  broken: ['debug'],
  failing: ['debug'],
  fails: ['debug'],
  fail: ['debug'],
  nginx: ['nginx', 'ingresscontroller'],
  // "the gateway api equivalent of rewrite-target" meets a piece on its counterpart.
  // "tls termination" meets "terminates TLS".
  termination: ['terminate'],
  terminating: ['terminate'],
  terminated: ['terminate'],
  equivalent: ['counterpart'],
  analog: ['counterpart'],
  analogue: ['counterpart'],
  traefik: ['ingresscontroller', 'traefik'],
  haproxy: ['ingresscontroller', 'haproxy'],
  contour: ['ingresscontroller', 'contour'],
  istio: ['istio'],
  envoy: ['gateway', 'envoy'],
  cname: ['cname', 'externalname'],
  alias: ['cname'],
  whitelist: ['allowlist'],
  whitelisting: ['allowlist'],
  whitelisted: ['allowlist'],
  allowlisting: ['allowlist'],
  allowlisted: ['allowlist'],
  blacklist: ['denylist'],
  blocklist: ['denylist'],
  // "can the range be changed?": whether a setting can be set otherwise is what configuring it says (COMPOUNDS
  // "be changed"; a change made, "if I change the selector", stays a change).
  changeable: ['change', 'configure'],
  modifiable: ['modify', 'configure'],
  adjustable: ['adjust', 'configure'],
  configurable: ['configure'],
  configured: ['configure'],
  configuration: ['configure'],
  config: ['configure'],
  domain: ['host'],
  hostname: ['host'],
  subdomain: ['host'],
  vhost: ['host'],
  // "does *.example.com cover a.b.example.com", "is /foo covered by the /f rule": whether a host or path matches.
  cover: ['match'],
  covered: ['match'],
  '404': ['404', 'debug'],
  '413': ['413', 'debug'],
  '502': ['502', 'cant', 'reach'],
  '503': ['503', 'cant', 'reach'],
  '504': ['504', 'timeout'],
  '80': ['port80'],
  '443': ['port443', 'tls'],
};

/** Words that say nothing about which topic a question is about. */
const STOPWORDS = new Set(
  (
    'a an the is are was were be been being am to of in on for and or with my our your their i we you it its this that these those ' +
    'do does did doing how what whats why when where which who whom can could should would will shall may might must there here ' +
    'me us him her them they he she please pls plz get gets got use uses using used need needs want wants about k8s kubernetes kube ' +
    'just like some any so if then than from by at as into up out not no yes hey hi hello thanks thank tell explain mean means ' +
    'meaning thing things way best work works working worked okay ok also still even really very much many more most one two ' +
    'all every each other another only own same such too let lets know make made go going say said see seem seems try tried ' +
    'trying put set have has had having since while after before again isnt doesnt dont didnt wont im ive whats thats ' +
    'someone something anyone anything help question guy guys folk folks bot team correct right wrong good bad difference differences diff differ between vs versus compare without people details caveats ' +
    // Trouble words that name no topic (and would otherwise pass for a misspelt name: "stuck" for "stack").
    'stuck suddenly anymore ' +
    // Chat interjections and asides ("…dns is broken lol"): tone, not a subject.
    'lol lmao rofl haha hehe ugh meh tbh btw fwiw imo imho afaik ' +
    // Placeholder names ("path /foo", "host foo.bar"): examples, not what is asked about.
    'foo bar baz qux'
  ).split(' '),
);

/** Words kept as they are (no plural stripping). */
const KEEP = new Set(['ingress', 'kubernetes', 'dns', 'tls', 'mtls', 'https', 'status', 'alias', 'address', 'ips', 'yes', 'this', 'is', 'was', 'has', 'does', 'its', 'sts', 'ws', 'aws', 'gks', 'eks', 'aks', 'doks', 'iptables', 'ipvs', 'hangs', 'fails', 'endpointslices', 'series', 'nodelocaldns', 'externaldns']);

function stem(word: string): string {
  if (word.length <= 3 || KEEP.has(word) || SYNONYMS[word] || STOPWORDS.has(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('es') && /(ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Words of a text: camelCase split, lowercase, apostrophes dropped ("can't" -> "cant"). */
export function words(text: string, keepLetters = false): string[] {
  return text
    // An abbreviation with one small letter before capitals is one word, not camelCase: "eBPF", "eTP", "iTP", "xDS".
    .replace(/\b[a-z][A-Z]{2,}\b/g, (m) => m.toLowerCase())
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    // A possessive is its noun: "CoreDNS's role" is CoreDNS's, not a word "dnss".
    .replace(/([a-z0-9])['’]s\b/g, '$1')
    .replace(/['’]/g, '')
    // A duration written short in prose is the same as in words: "after 60s" is "after 60 seconds"
    // (not a value in a URL or flag: "?timeout=10s").
    // Not an HTTP status in the plural ("getting 502s", "random 404s"): the errors, not a duration.
    .replace(/(?<![^\s(~])(?![45]\d\ds\b)(\d+) ?(?:s|secs?)\b/g, '$1 seconds')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 || /\d/.test(w) || (keepLetters && w !== ''));
}

/**
 * An outside host name ("google.com", "api.github.com"): one term, `host`, not its words. Its
 * labels are someone's name, not a topic: "google.com" is not GKE, "aws.amazon.com" is not EKS.
 * Cluster names (`api.shop.svc.cluster.local`) end in no public suffix and keep their words, and
 * annotation keys and paths (`cloud.google.com/neg`) keep theirs: there the prefix says whose it is.
 */
const PUBLIC_HOST = /\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|app|co|ai|cloud|info|biz|me|us|uk|de)\b(?![./-]?[a-z0-9/])/gi;

/**
 * A project's own domain said bare, as the prefix of its annotations or API group is ("haproxy.org ingress", "the konghq.com
 * annotations"): it names the product, which is what is asked about, not an outside host.
 */
const PRODUCT_DOMAINS = new Map([
  ['haproxy.org', 'haproxy'],
  ['konghq.com', 'kong'],
  ['projectcontour.io', 'contour'],
  ['traefik.io', 'traefik'],
  ['istio.io', 'istio'],
  ['envoyproxy.io', 'envoy'],
  // OpenShift's Route API group said bare ("route.openshift.io", one of its topic's names): OpenShift, not an outside host.
  ['openshift.io', 'openshift'],
  ['route.openshift.io', 'openshift'],
]);
// An API group under a project's domain ("networking.istio.io", "configuration.konghq.com", "gateway.envoyproxy.io") names it too.
function hostOrProduct(name: string): string {
  const labels = name.toLowerCase().split('.');
  const product = labels.map((_, i) => PRODUCT_DOMAINS.get(labels.slice(i).join('.'))).find((p) => p !== undefined);
  return ` ${product ?? 'hostname'} `;
}

/**
 * A name in the cluster's DNS ("web-0.nginx", "api.shop.svc.cluster.local"): every label starts with a
 * letter, and no path, file extension or public suffix follows. Its labels are a Service's, a
 * namespace's or a pod's names, so a label that is also a product's name ("nginx" in
 * "web-0.nginx.default.svc") names no product: it is dropped.
 */
const CLUSTER_DNS_NAME = /\b[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)+\b(?![./-]?[a-z0-9/])/gi;
const FILE_EXTENSION = /\.(?:ya?ml|json|conf|cfg|ini|toml|txt|md|sh|py|js|ts|go|log|pem|crt|key|csr|tf|tpl|j2|env)$/i;
const PRODUCT_LABELS = new Set(['nginx', 'traefik', 'haproxy']);
function clusterNameLabels(text: string): string {
  return text.replace(CLUSTER_DNS_NAME, (name: string) =>
    FILE_EXTENSION.test(name) ? name : name.split('.').map((label) => (PRODUCT_LABELS.has(label.toLowerCase()) ? '' : label)).join('.'),
  );
}

/** A wildcard host pattern's leading label ("*.example.com", "*.apps.internal"): the word the topics use for it. */
const WILDCARD_LABEL = /(?<![\w*])\*\.(?=[a-z0-9-]+\.)/gi;

/** "DO" in capitals before what DigitalOcean sells ("a DO load balancer", "DO k8s") is DigitalOcean, not the verb. */
const DIGITALOCEAN_SHORT = /\bDO(?=[ -](?:load[ -]?balancers?|LBs?|lbs?|k8s|kubernetes|Kubernetes|clusters?|droplets?|managed)\b)/g;

/**
 * "np" is NodePort's short name, and also NetworkPolicy's: in a message about which traffic a policy lets through
 * (a pod or namespace selector, an ipBlock, egress, policyTypes, deny, "allows ingress from", "allow traffic from the
 * monitoring namespace") it is the policy. So it is where the np itself allows, blocks or was applied ("np allow a port
 * range", "my np is actually blocking stuff", "applied a np but…"): a NodePort opens a port, it allows or blocks nothing.
 * So is one where pods "can still talk" to each other: something was meant to stop them, and a NodePort stops nothing; and one
 * where "only pods with app=api can hit" something: who may connect, which a NodePort does not decide. So is one that selects a
 * namespace ("np select a namespace by its name"): a Service selects pods, never namespaces.
 */
const POLICY_CONTEXT =
  /\bselect(?:s|ing|ed)?\s+(?:a |an |the |one |another |other |all |every )?(?:namespaces?|ns)\b|\b(?:pod[- ]?selector|namespace[- ]?selector|ip[- ]?block|policy[- ]?types|egress|deny|denies|denied|allow(?:s|ed|ing)? (?:ingress|egress)|allow(?:s|ed|ing)? (?:traffic )?(?:only )?(?:from|to) (?:the |my |our |a |an |any |other |another )?(?:[a-z0-9-]+ )?(?:pods?|namespaces?|ns)\b)|\bnp:? (?:only )?allows?\b|\bnp(?:s|'s|’s)? (?:is |are )?(?:actually |really |still |even )?(?:block|blocks|blocking)\b|\bappl(?:y|ied|ying) (?:a|an|the|my|our|this|that) nps?\b|\bpods? (?:can |could |are )?still (?:talk|reach|connect|communicat|ping)\w*|\bonly (?:the )?(?:pods?|apps?|namespaces?)\b[^.?!]{0,40}\b(?:can|may|should|could|be able to) (?:hit|reach|talk|connect|access|call)\b/i;
const NP = /\bnp\b/gi;
/** The text with "np" spelled as the NetworkPolicy it names, where the message is about a policy (see POLICY_CONTEXT). */
export const npAsPolicy = (text: string): string => (POLICY_CONTEXT.test(text) ? text.replace(NP, 'netpol') : text);

/**
 * Mutual TLS, however written ("mTLS", "mutual TLS"): one term of its own, since camelCase splitting would leave only
 * "tls" of "mTLS", and TLS for an Ingress is not what a question about mTLS between Services asks.
 */
const MUTUAL_TLS = /\b(?:mtls|mutual[- ]tls)\b/gi;
/** `HTTP_PROXY`, `no_proxy`: the proxy environment variables, one word (not HTTP and the kubectl proxy). */
const PROXY_VARIABLE = /\b(?:https?|no|all)_proxy\b/gi;

/** What comes in turns, after "every other": requests and tries, not namespaces or pods. */
const ALTERNATE_THINGS = new Set(['request', 'call', 'connection', 'time', 'one', 'attempt', 'try', 'curl', 'query', 'lookup', 'response']);

/**
 * "forward my local 8080 to svc web", "forwarding localhost:5432 to the db pod": a local port forwarded into the cluster is what
 * `kubectl port-forward` does, said without its name.
 */
const LOCAL_PORT_FORWARDED = /\bforward(?:ing|ed)?\s+(?:my |a |the |our )?(?:local(?:host)?(?: port)?[\s:]?|port )\d{2,5}\b/gi;
/** The text with a local port forwarded (LOCAL_PORT_FORWARDED) said as the `port-forward` it is. */
export const portForwardSpelled = (text: string): string => text.replace(LOCAL_PORT_FORWARDED, (m) => m.replace(/^forward\w*/i, 'port-forward'));

/**
 * "route api.example.com and web.example.com to two services", "serve a.example.com and b.example.com from one IP": two host names
 * routed or served side by side is routing by host name (virtual hosting), whatever names they are.
 */
const HOST = String.raw`(?:[a-z0-9-]+\.)+[a-z]{2,}`;
const HOSTS_ROUTED = new RegExp(String.raw`\b(?:route|routing|serve|serving|send|sending|split|splitting|host|hosting|point|pointing)\b[^.?!]{0,20}?\b${HOST}\s*(?:,|and|&|\+)\s*${HOST}\b`, 'gi');

/** Verbs that make "X dns policy" a policy about DNS traffic (a NetworkPolicy), not the pod's `dnsPolicy`. */
const POLICY_VERBS = new Set(['allow', 'allowed', 'deny', 'denied', 'block', 'blocked']);
/**
 * A rule told in a policy's words ("allowed egress to 10.96.0.1/32", "allow ingress from ns monitoring") or a policy said to block
 * or be enforced ("policy applied but not blocking anything"): a NetworkPolicy, whatever else the message names.
 */
const POLICY_TOLD = /\ballow(?:s|ed|ing)? (?:egress|ingress)\b|\bpolicy\b(?=[^.?!]{0,40}\b(?:blocking|blocks|blocked|enforc(?:e|es|ed|ing))\b)/gi;
/**
 * The cluster-scoped policy kinds, however written ("AdminNetworkPolicy", "admin network policies", "GlobalNetworkPolicy"): one term
 * each, not the NetworkPolicy their last words name. "Cluster" and "global" join only as the kind is spelled (CamelCase), since
 * "our cluster network policy" in prose is any policy of the cluster.
 */
const POLICY_KINDS: readonly [RegExp, string][] = [
  [/\bbaseline[- ]?admin[- ]?network[- ]?polic(?:y|ies)\b/gi, 'baselineadminnetworkpolicy'],
  [/\badmin[- ]?network[- ]?polic(?:y|ies)\b/gi, 'adminnetworkpolicy'],
  [/\bClusterNetworkPolic(?:y|ies)\b/g, 'clusternetworkpolicy'],
  [/\bGlobalNetworkPolic(?:y|ies)\b/g, 'globalnetworkpolicy'],
  [/\bCiliumClusterwideNetworkPolic(?:y|ies)\b/g, 'ciliumclusterwidenetworkpolicy'],
];
const policyKinds = (text: string): string => POLICY_KINDS.reduce((t, [re, kind]) => t.replace(re, kind), text);
/** An empty object written in YAML or JSON (`podSelector: {}`, `ingress: [{}]`): the empty value, which a selector reads as "everything". */
const EMPTY_OBJECT = /\{\s*\}/g;

/** The canonical search terms of a text, in order, stopwords dropped. */
/**
 * "want only our office ip 203.0.113.10 to reach it", "only 10.0.0.0/8 should access the db": an address allowed and nothing else,
 * which is restricting who may connect (the word the source-range and policy details open with), whatever else is said.
 */
const ONLY_ADDRESS_REACHES = /\bonly\b[^.?!]{0,30}\b\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?[^.?!]{0,20}\b(?:reach|access|connect|hit|talk|use|call)\w*/gi;

/**
 * An index in a field path as the API server prints it ("spec.ports[0].name", "spec.containers[1].ports[0].name"): which entry,
 * not a number asked about, and not a word between the field's parts ("containers[0].ports" is a container's ports).
 */
const FIELD_PATH_INDEX = /(?<=[a-z])\[\d+\](?=\.[a-z]|:)/gi;

/** A percentage ("5%", "~10 %"): the number and the word, so a share of traffic is asked as one, not as a bare number that any address or log line holds. */
const PERCENTAGE = /\b(\d{1,3}(?:\.\d+)?)\s*%/g;

/**
 * "make *.internal.example.com resolve to the ingress ip, only inside the cluster", "point apps.corp.io at our gateway address for pods":
 * a name answered with an address for the cluster's own lookups, which is the cluster DNS server's configuration (its Corefile), whatever
 * the address belongs to.
 */
const NAME_ANSWERED_INSIDE =
  /\b(?:resolv\w*|point\w*) (?:[a-z0-9*.-]+ )?(?:to|at) [^.?!]{0,40}\b(?:ips?|address(?:es)?)\b[^.?!]{0,40}\b(?:inside (?:the |our |my )?cluster|within (?:the |our |my )?cluster|in-?cluster|(?:for|from|in) (?:the |our |my )?pods|pods only)\b/gi;

/** A self-deprecating opener ("ok dumb question but…", "sorry, noob question:"): the asker's mood, not a subject. */
const HUMBLE_OPENER = /\b(?:(?:ok|okay|so|sorry|maybe|probably)[,\s]+)?(?:an? )?(?:(?:very|really|super|kinda|pretty) )?(?:dumb|stupid|silly|noob|newbie|n00b|naive) question\b[\s,:;.!-]*(?:but\b)?/gi;

export function terms(text: string): string[] {
  const named = policyKinds(portForwardSpelled(npAsPolicy(text.replace(HUMBLE_OPENER, ' ').replace(FIELD_PATH_INDEX, ' ')))).replace(HOSTS_ROUTED, (m) => `${m} host based routing`).replace(POLICY_TOLD, (m) => `${m} netpol`).replace(EMPTY_OBJECT, ' empty ').replace(DIGITALOCEAN_SHORT, 'digitalocean').replace(MUTUAL_TLS, ' mtls ').replace(PROXY_VARIABLE, ' proxyvariable ').replace(ONLY_ADDRESS_REACHES, (m) => `${m} restrict`).replace(PERCENTAGE, '$1 percent ').replace(NAME_ANSWERED_INSIDE, (m) => `${m} coredns corefile`);
  const written = words(clusterNameLabels(named.replace(WILDCARD_LABEL, ' wildcard ').replace(PUBLIC_HOST, hostOrProduct)));
  const stemmed = written.map((w) => (w === 'endpointslices' ? 'endpointslice' : stem(w)));
  const out: string[] = [];
  for (let i = 0; i < stemmed.length; i++) {
    const w = stemmed[i] as string;
    const next = stemmed[i + 1];
    // "what kind of secret": English, not the kind cluster.
    if (w === 'kind' && next === 'of') {
      i++;
      continue;
    }
    // "clients keep long-lived connections", "keep connections open": connections held, not something preserved (SYNONYMS keep).
    if (w === 'keep' && (next === 'connection' || next === 'open' || COMPOUNDS[`${next} ${stemmed[i + 2]}`] === 'keepalive')) continue;
    // "every other request fails", "only every other call succeeds": failures that come and go ("every other namespace" is all the others).
    if (w === 'every' && next === 'other' && ALTERNATE_THINGS.has(stemmed[i + 2] ?? '')) {
      out.push('intermittent');
      i++;
      continue;
    }
    let pair = next === undefined ? undefined : (COMPOUNDS[`${written[i]} ${written[i + 1]}`] ?? COMPOUNDS[`${w} ${next}`]);
    // "an allow-dns policy", "a deny-dns policy": a NetworkPolicy about DNS traffic, not a pod's dnsPolicy.
    if (pair === 'dnspolicy' && POLICY_VERBS.has(stemmed[i - 1] ?? '')) pair = undefined;
    // "the same node port": the node's name ends there only if it starts no name of its own ("node port").
    if (pair === 'samenode' && stemmed[i + 2] !== undefined && COMPOUNDS[`${next} ${stemmed[i + 2]}`] !== undefined) pair = undefined;
    // "node-local-dns", "node local dns cache": the DNS cache add-on's name, not traffic kept on its node.
    if (pair === 'samenode' && w === 'node' && (stemmed[i + 2] === 'dns' || stemmed[i + 2] === 'dnscache')) {
      out.push('nodelocaldns');
      i += stemmed[i + 2] === 'dns' && stemmed[i + 3] === 'cache' ? 3 : 2;
      continue;
    }
    const joined = pair ?? w;
    if (pair !== undefined) i++;
    // "nodelocal dns cache": the cache is the add-on's name's last word.
    if (joined === 'nodelocaldns' && stemmed[i + 1] === 'cache') i++;
    // "can't my frontend just call the pod", "why can't we just use node ports": a suggestion, not a failure.
    if (joined === 'cant' && stemmed.slice(i + 1, i + 5).includes('just')) continue;
    for (const t of SYNONYMS[joined] ?? [joined]) if (!STOPWORDS.has(t)) out.push(t);
    // `clusterIP: None` is the headless Service's defining field.
    if (out.length >= 2 && out[out.length - 1] === 'none' && out[out.length - 2] === 'clusterip') out.splice(-2, 2, 'headless');
  }
  return out;
}

/** Terms of a short name (a topic id, alias or a word the user typed), joined, for exact lookup. */
export function nameKey(text: string): string {
  return words(text, true).map(stem).join('');
}
