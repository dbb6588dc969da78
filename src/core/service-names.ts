// The addresses of a Service a question names ("the api service in namespace backend", "svc
// redis in ns cache"): its DNS name and its kubectl proxy URL, spelled out instead of templated.

/** A DNS label (RFC 1123), as Service and namespace names are. */
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const QUOTE = '["\'`]?';
// "service web", "svc called web", "the service is called web", "the service's name is web", "svc is 'orders'" (a name quoted after "is").
// Not a participle said of it: "a svc imported via MCS", "the svc exposed through the ingress" (what became of it, not its name).
const SERVICE_AFTER = new RegExp(
  `\\b(?:service|svc)(?:'s name is)?\\s+(?:(?:is\\s+)?(?:called|named)\\s+|is\\s+(?=["'\`])|is\\s+(?!(?:down|up|not|pending|broken|empty|missing|ready|unreachable|running|deployed|exposed|fine|ok)\\b)(?=${LABEL}\\s+in\\s+(?:the\\s+)?(?:ns|namespace)\\b))?(?![a-z]+ed\\s+(?:via|by|from|through|across|into|over|with|between|to)\\b)${QUOTE}(${LABEL})${QUOTE}`,
  'gi',
);
const SERVICE_BEFORE = new RegExp(`${QUOTE}\\b(${LABEL})${QUOTE}\\s+(?:service|svc)\\b`, 'gi');
const NAMESPACE_AFTER = new RegExp(`\\b(?:namespace|ns)\\s+${QUOTE}(${LABEL})${QUOTE}`, 'gi');
const NAMESPACE_BEFORE = new RegExp(`\\bin\\s+(?:the\\s+)?${QUOTE}(${LABEL})${QUOTE}\\s+(?:namespace|ns)\\b`, 'gi');
/** "svc dashboard in kube-system": a name said right after a Service's, after "in", is its namespace (not "in the cluster", "in minikube"). */
const NAMESPACE_AFTER_SERVICE = new RegExp(`\\b(?:service|svc)\\s+${QUOTE}${LABEL}${QUOTE}\\s+in\\s+${QUOTE}(${LABEL})${QUOTE}(?![\\w.-])`, 'gi');
/** Places a Service is said to be "in" that are not namespaces. */
const NOT_NAMESPACES = new Set(['cluster', 'minikube', 'kind', 'k3s', 'k3d', 'microk8s', 'docker', 'prod', 'production', 'staging', 'dev', 'aws', 'eks', 'gke', 'aks', 'azure', 'gcp', 'openshift', 'yaml', 'helm']);
/** A name a pod calls or looks up, when no Service is named with the word: "can't resolve `payments`", "curl orders" (not "google.com"). */
const CALLED_NAME = new RegExp(`\\b(?:resolve|resolving|reach|reaching|call|calling|curl|curling|nslookup|dig)\\s+${QUOTE}(${LABEL})${QUOTE}(?![\\w-]|\\.[a-z0-9])`, 'gi');
// "port 8080", "port http", "a port named postgres", "port called metrics".
const PORT = new RegExp(`\\bport\\s+(?:(?:is\\s+)?(called|named)\\s+)?${QUOTE}(${LABEL})${QUOTE}`, 'i');

/** Words that sit where a name would ("the service", "a headless service", "service in"). */
const NOT_NAMES = new Set(
  ('a an the my our your their this that its his her one each every any some other another same which what whose ' +
    'in on of to for from and or is are be by with at as type kind k8s kubernetes kube cluster clusterip nodeport loadbalancer ' +
    'headless external externalname internal new old default kubectl proxy dns port ports name names namespace namespaces ns ' +
    'different separate given specific whole full called named reach access call expose hit curl open test debug ' +
    // Where a Service is, said after its name: "the orders service lives in the shop namespace".
    'lives live sits resides exists runs ' +
    // Words said after "service" that are not its name: "the proxy url for a service again?", "reach it".
    'again also too here there now then please pls just still it them ' +
    // Words that end a clause after "namespace": "works from a pod in the same namespace but fails…".
    'but so yet while when where if because though works work worked fails fail failed').split(' '),
);

/**
 * The asker's own name for the object: "called orders", "named `billing`", "svc `api`", "the `orders` api".
 * Only a name given as one (quoted, or after "called"/"named"): "the web service" names no Service.
 */
const NAME_GIVEN = [
  new RegExp(`\\b(?:called|named)\\s+${QUOTE}([a-z][a-z0-9-]{0,62})\\b(?![.-]?[a-z0-9])`, 'i'),
  /\b(?:svc|service|ingress|ing|route|externalname|headless|nodeport|clusterip|loadbalancer|app|api|deployment|deploy|statefulset|sts)\s+[`"']([a-z][a-z0-9-]{0,62})[`"']/i,
  /[`"']([a-z][a-z0-9-]{0,62})[`"']\s+(?:svc|service|app|api|deployment|deploy|statefulset|sts|server|database|db)\b/i,
];
/** Words said after "called"/"named" that are no name: "called by the frontend", "named ports", "called once a day". */
const NOT_GIVEN_NAMES = new Set(['once', 'twice', 'directly', 'internally', 'externally', 'every', 'only', 'via', 'through', 'over', 'like', 'something', 'whatever']);

/** The object's name when the text gives one (see NAME_GIVEN); a DNS label that starts with a letter. */
export function givenName(text: string): string | undefined {
  for (const re of NAME_GIVEN) {
    const name = re.exec(text)?.[1]?.toLowerCase();
    if (name !== undefined && !name.endsWith('-') && !NOT_NAMES.has(name) && !NOT_GIVEN_NAMES.has(name)) return name;
  }
  return undefined;
}

export interface ServiceRef {
  name: string;
  namespace: string;
  port?: string;
}

function matches(re: RegExp, text: string): { value: string; at: number }[] {
  return [...text.matchAll(re)].map((m) => ({ value: (m[1] as string).toLowerCase(), at: m.index })).filter((m) => !NOT_NAMES.has(m.value));
}

/** Namespaces a text names; `default` is a namespace's name too ("ns default"). */
function namespacesIn(text: string): { value: string; at: number }[] {
  const said = [NAMESPACE_AFTER, NAMESPACE_BEFORE]
    .flatMap((re) => [...text.matchAll(re)].map((m) => ({ value: (m[1] as string).toLowerCase(), at: m.index })))
    .filter((m) => m.value === 'default' || !NOT_NAMES.has(m.value));
  if (said.length > 0) return said;
  return [...text.matchAll(NAMESPACE_AFTER_SERVICE)]
    .map((m) => ({ value: (m[1] as string).toLowerCase(), at: m.index + m[0].length - (m[1] as string).length }))
    .filter((m) => m.value === 'default' || (!NOT_NAMES.has(m.value) && !NOT_NAMESPACES.has(m.value)));
}

/** The Service and namespace a question names, when it names both; the namespace said after the Service wins. */
export function serviceRefIn(text: string): ServiceRef | null {
  if (text.length > 300) return null;
  // "service web" is surer than "web service" ("reach service web").
  const service = matches(SERVICE_AFTER, text)[0] ?? matches(SERVICE_BEFORE, text)[0] ?? matches(CALLED_NAME, text)[0];
  if (!service) return null;
  const namespaces = namespacesIn(text).filter((n) => n.value !== service.value).sort((a, b) => a.at - b.at);
  const namespace = namespaces.find((n) => n.at > service.at) ?? namespaces[namespaces.length - 1];
  if (!namespace) return null;
  const said = PORT.exec(text);
  const port = said?.[2]?.toLowerCase();
  // A name given as one ("a port named dns") is the port's, whatever word it is.
  return { name: service.value, namespace: namespace.value, ...(port !== undefined && (said?.[1] !== undefined || !NOT_NAMES.has(port)) ? { port } : {}) };
}

/** Asks what to call a Service, or how to reach it by name; or reports a name that does not exist (NXDOMAIN, ENOTFOUND). */
const ASKS_NAME = /\b(?:dns|fqdn|srv|host ?names?|full name|domain|url|address|resolve|reach|talk|call|connect|curl|nxdomain|enotfound|could not resolve)\b/i;
/** Asks how to list the endpoints behind a Service: "which command lists the EndpointSlices of…", "show the pods behind…". */
const ASKS_ENDPOINTS = /\b(?:command|kubectl|list|lists|listing|show|shows|see|get|find|check)\b.{0,40}\b(?:endpoint ?slices?|endpoints|backends|pods behind)\b/i;
/** Asks to look at the pods a Service sends to, by what they are: "see which pod IPs a service is pointing at", "show the ips my svc routes to". */
const ASKS_BACKENDS = /\b(?:command|kubectl|list|show|see|get|find|check|view|look at|print)\b.{0,40}\b(?:pods?|pod ?ips?|ips|addresses)\b.{0,30}\b(?:service|svc)\b.{0,30}\b(?:points?|pointing|sends?|sending|routes?|routing|forwards?|forwarding|balances?|balancing|targets?|targeting)\b/i;
const ASKS_PROXY = /\bkubectl proxy\b|\bproxy (?:url|path)\b/i;
/** A Service's API server proxy path as tried, old form or current: "/api/v1/proxy/namespaces/default/services/web", "…/services/web:80/proxy". */
const PROXY_PATH = new RegExp(`/namespaces/(${LABEL})/services/(?:https?:)?(${LABEL})(?::([a-z0-9-]+))?(?![a-z0-9-])`, 'i');

// "statefulset db", "sts `db`", "sts is db", "the db statefulset", "elasticsearch sts `es`".
const STATEFULSET = [
  new RegExp(`\\b(?:stateful ?sets?|sts)\\s+(?:called\\s+|named\\s+|is\\s+|=\\s*)?${QUOTE}(${LABEL})${QUOTE}`, 'gi'),
  new RegExp(`${QUOTE}\\b(${LABEL})${QUOTE}\\s+(?:stateful ?sets?|sts)\\b`, 'gi'),
];
/**
 * Asks for every member's name, not one pod's: the hosts of a MongoDB replica set ("what do i put in rs.initiate()"), Cassandra's
 * seeds, the members or peers of an ensemble.
 */
const ASKS_MEMBERS = /\brs\.(?:initiate|add|reconfig)\b|\bseeds?\b|\b(?:members?|peers?|ensemble|quorum|replicas|host ?names|hosts|nodes)\b/i;
/** The port told with the question ("port 9092"), which a client's address carries. */
const TOLD_PORT = /\bport\s*:?\s*(\d{2,5})\b/i;
/** "pod 0", "pod #2", "pod number 1", "the first pod", "replica 3". */
const ORDINAL = /\b(?:pod|replica|member)\s+(?:#|no\.?\s*|number\s+)?(\d{1,4})\b|\b(first|second|third)\s+(?:pod|replica|member)\b/i;
const ORDINAL_WORDS: Record<string, number> = { first: 0, second: 1, third: 2 };
/** The headless Service that governs it: "headless service is nginx", "serviceName: nginx", "the nginx headless service". */
const GOVERNING = [
  new RegExp(`\\bservice\\s*name\\s*[:=]?\\s*${QUOTE}(${LABEL})${QUOTE}`, 'gi'),
  new RegExp(`\\b(?:service|svc)\\s+(?:is\\s+|=\\s*|called\\s+|named\\s+)${QUOTE}(${LABEL})${QUOTE}`, 'gi'),
  new RegExp(`\\bheadless\\s+(?:service|svc)\\s+${QUOTE}(${LABEL})${QUOTE}`, 'gi'),
  new RegExp(`${QUOTE}\\b(${LABEL})${QUOTE}\\s+headless\\s+(?:service|svc)\\b`, 'gi'),
];

/**
 * A StatefulSet pod's own DNS name, when a question names the StatefulSet, the pod's ordinal (or asks for every member) and its
 * headless Service: `POD.SERVICE.NAMESPACE.svc.cluster.local`, in the namespace said after the Service.
 */
function statefulSetPodAnswer(text: string): string | null {
  const setName = STATEFULSET.flatMap((re) => matches(re, text))[0]?.value;
  if (setName === undefined) return null;
  // "pod 0", "the first pod", or the pod by its name: "pod db-0", "db-2".
  const named = new RegExp(`\\b${setName}-(\\d{1,4})\\b`, 'i').exec(text);
  const ordinal = named === null ? ORDINAL.exec(text) : null;
  const members = !named && !ordinal && ASKS_MEMBERS.test(text);
  if (!named && !ordinal && !members) return null;
  const index = named ? Number(named[1]) : ordinal?.[1] !== undefined ? Number(ordinal[1]) : ordinal ? (ORDINAL_WORDS[(ordinal[2] as string).toLowerCase()] as number) : 0;
  // The headless Service is often named like the StatefulSet ("statefulset db with headless svc db"): said as the headless
  // one or as serviceName, the same name is the Service's; only "service called X" may be the set's own name said again.
  const said = GOVERNING.flatMap((re, i) => matches(re, text).filter((m) => i !== 1 || m.value !== setName)).sort((a, b) => a.at - b.at);
  const governing = said[0];
  if (governing === undefined) return null;
  // "app in ns web needs es-0 of sts es (headless svc es-headless) in ns logging": the namespace said after the Service is its own.
  const namespaces = namespacesIn(text).sort((a, b) => a.at - b.at);
  const namespace = (namespaces.find((n) => n.at > governing.at) ?? namespaces[0])?.value ?? 'NAMESPACE';
  const port = TOLD_PORT.exec(text)?.[1];
  const fqdn = (i: number): string => `${setName}-${i}.${governing.value}.${namespace}.svc.cluster.local${port === undefined ? '' : `:${port}`}`;
  const ready = 'The names exist only while the pods run and are ready (unless the Service sets `publishNotReadyAddresses: true`).';
  if (members) {
    return `The members of StatefulSet \`${setName}\` (with \`serviceName: ${governing.value}\`, a headless Service) are named by ordinal: **\`${fqdn(0)}\`**, \`${fqdn(1)}\`, \`${fqdn(2)}\` and so on, one per replica (default cluster domain \`cluster.local\`; from other namespaces \`${setName}-0.${governing.value}.${namespace}\` resolves too). Use these names, not pod IPs, which change when a pod is rescheduled. ${ready}`;
  }
  const pod = `${setName}-${index}`;
  return `Pod \`${pod}\` of StatefulSet \`${setName}\` (with \`serviceName: ${governing.value}\`, a headless Service): **\`${fqdn(index)}\`** (default cluster domain \`cluster.local\`); from other namespaces \`${pod}.${governing.value}.${namespace}\` is enough, and from the same namespace \`${pod}.${governing.value}\` resolves. ${ready}`;
}

/** A StatefulSet's pod named as an example of the name asked for: "like kafka-0.something", "e.g. db-1.db". */
const EXAMPLE_POD = new RegExp(`\\b(${LABEL})-(\\d{1,4})\\.(?:[a-z]|$)`, 'i');

/** "the DNS name format for pods of a statefulset? like kafka-0.something?": the format, spelled with the example's pod. */
function examplePodAnswer(text: string): string | null {
  if (!/\bstateful ?sets?\b/i.test(text)) return null;
  const example = EXAMPLE_POD.exec(text);
  if (example === null) return null;
  const pod = `${(example[1] as string).toLowerCase()}-${example[2]}`;
  return `A StatefulSet's pods get names of their own through the headless Service its \`spec.serviceName\` names: **\`POD.SERVICE.NAMESPACE.svc.cluster.local\`**, so \`${pod}.SERVICE.NAMESPACE.svc.cluster.local\` for pod \`${pod}\` (from the same namespace \`${pod}.SERVICE\` resolves). The name exists only while the pod runs and is ready (unless the Service sets \`publishNotReadyAddresses: true\`).`;
}

/** Asks for an SRV record ("what SRV name can I query", "srv lookup for its port"). */
const ASKS_SRV = /\bsrv\b/i;
/** The protocol said of a port ("a UDP port named dns"); SRV names carry it, TCP when none is said. */
const PORT_PROTOCOL = /\b(udp|sctp|tcp)\b(?=[^.?!]{0,20}\bport\b)|\bport\b[^.?!]{0,40}\b(?:over|on|via|protocol:?)\s+(udp|sctp|tcp)\b/i;

/**
 * The SRV record of a Service's named port: `_PORT._PROTOCOL.SERVICE.NAMESPACE.svc.cluster.local`. Only
 * named ports get one, so a port given by number gets the rule instead of a name.
 */
function srvAnswer(ref: ServiceRef, text: string): string {
  const m = PORT_PROTOCOL.exec(text);
  const protocol = (m?.[1] ?? m?.[2] ?? 'tcp').toLowerCase();
  const { name, namespace, port } = ref;
  const fqdn = `${name}.${namespace}.svc.cluster.local`;
  if (port === undefined || /^\d+$/.test(port)) {
    return `SRV records exist only for a Service's **named** ports: for a port named PORTNAME of Service \`${name}\` in namespace \`${namespace}\`, query **\`_PORTNAME._${protocol}.${fqdn}\`** (e.g. \`dig SRV _PORTNAME._${protocol}.${fqdn}\`); the answer gives the port number and the target host.`;
  }
  return `The named port \`${port}\` of Service \`${name}\` in namespace \`${namespace}\` has the SRV record **\`_${port}._${protocol}.${fqdn}\`** (default cluster domain \`cluster.local\`): \`dig SRV _${port}._${protocol}.${fqdn}\` returns the port number and the target (the Service's name, or one name per pod for a headless Service).`;
}

/** A pod told by its IPv4 address: "a pod with IP 10.244.1.5", "pod 10.244.1.5", "the pod at 10.1.2.3". */
const POD_IP = /\bpods?\b[^.?!]{0,30}?\b(\d{1,3}(?:\.\d{1,3}){3})\b/i;
/**
 * Asks what a pod is called in DNS (not how to reach an address, nor why a pod at that address cannot
 * resolve another name): "what's the dns name of pod 10.244.1.5", "A record for the pod at 10.1.2.3".
 */
const ASKS_POD_NAME = /\b(?:dns names?|dns records?|fqdn|a records?|host ?names?)\b|\bwhat(?:'?s| is)\b[^.?!]{0,30}\b(?:dns|names?)\b/i;
const FAILS_TO_RESOLVE = /\b(?:can'?t|cannot|can not|fails? to|unable to|won'?t|doesn'?t|does not)\s+resolve\b|\bnxdomain\b/i;

/** A pod's own A record, from its IP and namespace: `10-244-1-5.NAMESPACE.pod.cluster.local`. */
function podAddressAnswer(text: string): string | null {
  const ip = POD_IP.exec(text)?.[1];
  if (ip === undefined || !ASKS_POD_NAME.test(text) || FAILS_TO_RESOLVE.test(text) || ip.split('.').some((n) => Number(n) > 255)) return null;
  const namespace = namespacesIn(text).sort((a, b) => a.at - b.at)[0]?.value ?? 'NAMESPACE';
  const dashed = ip.replace(/\./g, '-');
  return `A pod with IP \`${ip}\` in namespace \`${namespace}\` has the DNS name **\`${dashed}.${namespace}.pod.cluster.local\`** (its IP with dashes; default cluster domain \`cluster.local\`). The name changes with the pod's IP, so clients should use a Service name instead.`;
}

/** A short host a client uses: "curl http://api", "http://api:8080/health" (a name without dots). */
const SHORT_HOST = new RegExp(`\\bhttps?://(${LABEL})(?=[:/\\s'"\`]|$)`, 'i');
/** Where it works: "works from pods in payments", "works in the payments namespace", "fine from namespace payments". */
const WORKS_IN = new RegExp(`\\b(?:works?|working|resolves?|fine|ok)\\b.{0,20}?\\b(?:in|from)\\s+(?:(?:the\\s+)?pods?\\s+in\\s+)?(?:the\\s+)?(?:namespace\\s+|ns\\s+)?${QUOTE}(${LABEL})${QUOTE}`, 'i');
/** Where it fails: "but not from the frontend namespace", "fails in frontend". */
const FAILS_IN = new RegExp(`\\b(?:not|fails?|failing|doesn'?t|can'?t)\\b.{0,20}?\\b(?:in|from)\\s+(?:(?:the\\s+)?pods?\\s+in\\s+)?(?:the\\s+)?(?:namespace\\s+|ns\\s+)?${QUOTE}(${LABEL})${QUOTE}`, 'i');

/**
 * A short Service name that works from one namespace and not another: the short name only
 * resolves in the caller's own namespace, so other namespaces need `NAME.NAMESPACE`.
 */
function shortNameAnswer(text: string): string | null {
  const host = SHORT_HOST.exec(text)?.[1]?.toLowerCase();
  const works = WORKS_IN.exec(text)?.[1]?.toLowerCase();
  if (host === undefined || works === undefined || NOT_NAMES.has(works) || NOT_NAMES.has(host)) return null;
  const fails = FAILS_IN.exec(text)?.[1]?.toLowerCase();
  const elsewhere = fails !== undefined && !NOT_NAMES.has(fails) && fails !== works ? `pods in \`${fails}\`` : 'pods in other namespaces';
  return `\`${host}\` is a short name: a pod's resolver completes it with the pod's own namespace (\`${host}.<its namespace>.svc.cluster.local\`), so it finds the Service only from namespace \`${works}\`. From ${elsewhere}, use **\`${host}.${works}\`** (or \`${host}.${works}.svc.cluster.local\`), e.g. \`curl http://${host}.${works}\`. If that still fails, a NetworkPolicy may block the traffic.`;
}

/** Called from a namespace other than the Service's, told without naming either: "from a pod in another ns", "in a different namespace". */
const FROM_OTHER_NAMESPACE = /\b(?:from|in)\s+(?:an?\s+|the\s+|my\s+|our\s+)?(?:pods?\s+in\s+(?:an?\s+|the\s+)?)?(?:another|other|different|separate|second)\s+(?:namespaces?|ns)\b/i;
/** The name failed: "nslookup my-svc fails", "can't resolve orders" (not a timeout, which a name that does not resolve never gives). */
const NAME_FAILS = /\b(?:fails?|failing|failed|not found|nxdomain|can'?t|cannot|doesn'?t|won'?t|no answer|broken)\b/i;

/**
 * A short name looked up or called from another namespace, where neither namespace is named ("nslookup my-svc fails from a pod
 * in another ns"): the short name resolves only in the caller's own namespace, so the caller needs `NAME.NAMESPACE`.
 */
function shortNameElsewhereAnswer(text: string): string | null {
  if (!FROM_OTHER_NAMESPACE.test(text) || !NAME_FAILS.test(text)) return null;
  const called = [...text.matchAll(CALLED_NAME)].map((m) => (m[1] as string).toLowerCase()).find((n) => !NOT_NAMES.has(n));
  if (called === undefined) return null;
  return `\`${called}\` is a short name: a pod's resolver completes it with the pod's own namespace (the \`search\` list in its \`/etc/resolv.conf\`), so it finds the Service only from the Service's own namespace. From another namespace, use **\`${called}.NAMESPACE\`** (the Service's namespace), or the full \`${called}.NAMESPACE.svc.cluster.local\`, e.g. \`nslookup ${called}.NAMESPACE\`. If the full name resolves and connections still time out, a NetworkPolicy may block callers from other namespaces.`;
}

const PORT_FORWARD = /\bport[- ]?forward(?:s|ing|ed)?\b/i;
/** The port on the asker's machine: "to local port 9000", "on localhost:9000", "9000 locally". */
const LOCAL_PORT = /\blocal(?:host)?(?: port)?\s*:?\s*(\d{2,5})\b|\b(\d{2,5})\s+(?:locally|on my (?:laptop|machine|computer))\b/i;
const ANY_PORT = /\bport\s*:?\s*(\d{2,5})\b|\(\s*(\d{2,5})\s*\)/gi;

/**
 * "port-forward svc my-api (port 8080) to local port 9000 in ns payments": the command with the asker's names and ports,
 * `kubectl port-forward -n NAMESPACE svc/NAME LOCAL:PORT` (the local port first; the Service's port, not the pod's, second).
 */
function portForwardAnswer(text: string): string | null {
  if (!PORT_FORWARD.test(text)) return null;
  const ref = serviceRefIn(text);
  if (!ref) return podPortForwardAnswer(text);
  const local = LOCAL_PORT.exec(text);
  const localPort = local?.[1] ?? local?.[2];
  const servicePort = (/^\d+$/.test(ref.port ?? '') ? ref.port : undefined) ?? [...text.matchAll(ANY_PORT)].map((m) => m[1] ?? m[2]).find((p) => p !== localPort);
  if (servicePort === undefined) return null;
  const from = localPort ?? servicePort;
  return `For Service \`${ref.name}\` in namespace \`${ref.namespace}\`: **\`kubectl port-forward -n ${ref.namespace} svc/${ref.name} ${from}:${servicePort}\`**, then open \`http://localhost:${from}\` (or connect to \`localhost:${from}\`) while it runs. The first number is the port on your machine, the second the Service's port; kubectl picks one pod behind the Service and forwards to it.`;
}

/**
 * The pod a port-forward is asked to: "port-forward to pod/mongo-1", "port forward pod web-abc", or a StatefulSet's pod by its
 * ordinal name ("port-forward to redis-2"), said right after the verb (not "pods fine, port-forward works").
 */
const FORWARDED_POD = new RegExp(`\\bport[- ]?forward(?:ing)?\\s+(?:to\\s+)?(?:the\\s+)?(?:pod(?:/|\\s+)${QUOTE}(${LABEL})${QUOTE}|${QUOTE}(${LABEL}-\\d{1,4})${QUOTE}(?![\\w.-]))`, 'i');
/** The pod's port said with "on": "on 6379", "on port 5432". */
const PORT_ON = /\bon\s+(?:port\s+)?:?(\d{2,5})\b/i;

/** "port-forward to redis-2 (statefulset pod) on 6379": `kubectl port-forward pod/NAME LOCAL:PORT`, to that one pod. */
function podPortForwardAnswer(text: string): string | null {
  const m = FORWARDED_POD.exec(text);
  const pod = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (pod === undefined || NOT_NAMES.has(pod)) return null;
  const local = LOCAL_PORT.exec(text);
  const localPort = local?.[1] ?? local?.[2];
  const podPort = [...text.matchAll(ANY_PORT)].map((p) => p[1] ?? p[2]).find((p) => p !== localPort) ?? PORT_ON.exec(text)?.[1];
  if (podPort === undefined) return null;
  const namespace = namespacesIn(text)[0]?.value;
  const from = localPort ?? podPort;
  return `For pod \`${pod}\`${namespace === undefined ? '' : ` in namespace \`${namespace}\``}: **\`kubectl port-forward ${namespace === undefined ? '' : `-n ${namespace} `}pod/${pod} ${from}:${podPort}\`**, then connect to \`localhost:${from}\` while it runs. The first number is the port on your machine, the second the pod's; forwarding to the pod itself reaches that very pod (one member of a StatefulSet, say), where a Service would pick any of its pods.`;
}

/** The current `kubectl proxy` URL of a Service (the port's name or number, PORT when none is known). */
const proxyAnswer = ({ name, namespace, port }: ServiceRef): string => {
  // A port that serves TLS ("https", 443) is proxied to with the scheme before the name, or the API server speaks plain HTTP to it.
  const tls = port !== undefined && /^(?:https|443|8443)$/.test(port);
  return `For Service \`${name}\` in namespace \`${namespace}\`, run \`kubectl proxy\` and open \`http://localhost:8001/api/v1/namespaces/${namespace}/services/${tls ? 'https:' : ''}${name}:${port ?? 'PORT'}/proxy/\`${port === undefined ? ' (PORT is the Service port\'s name or number)' : ''}${tls ? ' (the `https:` before the name makes the API server speak TLS to the port)' : ''}.`;
};

/** What to say about the Service a question names, and which topic it belongs to; null when it names none. */
/**
 * A Service shared across clusters (MCS) named with its namespace and its name asked for ("dns name for svc orders in ns shop
 * imported via MCS"): the clusterset.local name other clusters use, beside its own cluster.local one.
 */
export function clustersetAddressAnswer(text: string): { topic: 'multi-cluster-services'; text: string } | null {
  if (!ASKS_NAME.test(text)) return null;
  const ref = serviceRefIn(text);
  if (ref === null) return null;
  return {
    topic: 'multi-cluster-services',
    text: `Exported with a \`ServiceExport\` (the Multi-Cluster Services API), Service \`${ref.name}\` in namespace \`${ref.namespace}\` is reached from every cluster of the clusterset at **\`${ref.name}.${ref.namespace}.svc.clusterset.local\`** (the DNS of the MCS implementation answers it from the \`ServiceImport\`); inside its own cluster \`${ref.name}.${ref.namespace}.svc.cluster.local\` still reaches only the local pods.`,
  };
}

export function serviceAddressAnswer(text: string): { topic: 'dns' | 'port-forward' | 'headless' | 'endpointslices'; text: string } | null {
  const backends = ASKS_BACKENDS.test(text);
  if (backends || ASKS_ENDPOINTS.test(text)) {
    const ref = serviceRefIn(text);
    if (ref) {
      return {
        topic: 'endpointslices',
        text: `For Service \`${ref.name}\` in namespace \`${ref.namespace}\`: **\`kubectl get endpointslices -n ${ref.namespace} -l kubernetes.io/service-name=${ref.name}\`** lists its EndpointSlices (add \`-o yaml\` for each endpoint's address and \`ready\` condition), and \`kubectl describe service ${ref.name} -n ${ref.namespace}\` shows them in its Endpoints line.`,
      };
    }
    // The pods behind a Service, asked for by what they are: its endpoints, whatever it is called.
    if (backends) {
      return {
        topic: 'endpointslices',
        text: `The pod IPs a Service sends to right now are its endpoints: **\`kubectl get endpointslices -n NAMESPACE -l kubernetes.io/service-name=NAME\`** lists them (add \`-o yaml\` for each one's \`ready\` condition), and \`kubectl describe service NAME -n NAMESPACE\` shows them in its Endpoints line. Only ready pods that match the Service's selector get traffic.`,
      };
    }
  }
  const forward = portForwardAnswer(text);
  if (forward !== null) return { topic: 'port-forward', text: forward };
  const elsewhere = shortNameElsewhereAnswer(text);
  if (elsewhere !== null) return { topic: 'dns', text: elsewhere };
  // A StatefulSet, its headless Service and a pod or its members named: whatever the name is wanted for (a seed list,
  // advertised.listeners, rs.initiate()), it is the pods' own DNS names.
  const pod = statefulSetPodAnswer(text);
  if (pod !== null) return { topic: 'headless', text: pod };
  if (!ASKS_NAME.test(text) && !ASKS_PROXY.test(text)) return null;
  const short = shortNameAnswer(text);
  if (short !== null) return { topic: 'dns', text: short };
  // "statefulset pods … e.g. zk-2.something": no set named, an example pod's name; the names' format is DNS's.
  const example = examplePodAnswer(text);
  if (example !== null) return { topic: 'dns', text: example };
  const podAddress = podAddressAnswer(text);
  if (podAddress !== null) return { topic: 'dns', text: podAddress };
  const proxied = PROXY_PATH.exec(text);
  if (proxied && ASKS_PROXY.test(text)) {
    const [, namespace, name, port] = proxied as unknown as [string, string, string, string | undefined];
    const old = /\/api\/v1\/proxy\//i.test(text) ? ' The older form `/api/v1/proxy/namespaces/…` was removed from the API server, which is why it answers 404.' : '';
    return { topic: 'port-forward', text: proxyAnswer({ name, namespace, port }) + old };
  }
  const ref = serviceRefIn(text);
  if (!ref) return null;
  if (ASKS_SRV.test(text)) return { topic: 'dns', text: srvAnswer(ref, text) };
  if (ASKS_PROXY.test(text)) return { topic: 'port-forward', text: proxyAnswer(ref) };
  const { name, namespace } = ref;
  return {
    topic: 'dns',
    text: `For Service \`${name}\` in namespace \`${namespace}\`: **\`${name}.${namespace}.svc.cluster.local\`** (with the default cluster domain \`cluster.local\`). From pods in namespace \`${namespace}\`, \`${name}\` alone resolves; from other namespaces, \`${name}.${namespace}\` is enough.`,
  };
}
