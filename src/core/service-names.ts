// The addresses of a Service a question names ("the api service in namespace backend", "svc
// redis in ns cache"): its DNS name and its kubectl proxy URL, spelled out instead of templated.

/** A DNS label (RFC 1123), as Service and namespace names are. */
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const QUOTE = '["\'`]?';
const SERVICE_AFTER = new RegExp(`\\b(?:service|svc)\\s+(?:called\\s+|named\\s+)?${QUOTE}(${LABEL})${QUOTE}`, 'gi');
const SERVICE_BEFORE = new RegExp(`${QUOTE}\\b(${LABEL})${QUOTE}\\s+(?:service|svc)\\b`, 'gi');
const NAMESPACE_AFTER = new RegExp(`\\b(?:namespace|ns)\\s+${QUOTE}(${LABEL})${QUOTE}`, 'gi');
const NAMESPACE_BEFORE = new RegExp(`\\bin\\s+(?:the\\s+)?${QUOTE}(${LABEL})${QUOTE}\\s+(?:namespace|ns)\\b`, 'gi');
const PORT = new RegExp(`\\bport\\s+${QUOTE}(${LABEL})${QUOTE}`, 'i');

/** Words that sit where a name would ("the service", "a headless service", "service in"). */
const NOT_NAMES = new Set(
  ('a an the my our your their this that its his her one each every any some other another same which what whose ' +
    'in on of to for from and or is are be by with at as type kind k8s kubernetes kube cluster clusterip nodeport loadbalancer ' +
    'headless external externalname internal new old default kubectl proxy dns port ports name names namespace namespaces ns ' +
    'different separate given specific whole full called named reach access call expose hit curl open test debug').split(' '),
);

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
  return [NAMESPACE_AFTER, NAMESPACE_BEFORE]
    .flatMap((re) => [...text.matchAll(re)].map((m) => ({ value: (m[1] as string).toLowerCase(), at: m.index })))
    .filter((m) => m.value === 'default' || !NOT_NAMES.has(m.value));
}

/** The Service and namespace a question names, when it names both; the namespace said after the Service wins. */
export function serviceRefIn(text: string): ServiceRef | null {
  if (text.length > 300) return null;
  // "service web" is surer than "web service" ("reach service web").
  const service = matches(SERVICE_AFTER, text)[0] ?? matches(SERVICE_BEFORE, text)[0];
  if (!service) return null;
  const namespaces = namespacesIn(text).filter((n) => n.value !== service.value).sort((a, b) => a.at - b.at);
  const namespace = namespaces.find((n) => n.at > service.at) ?? namespaces[namespaces.length - 1];
  if (!namespace) return null;
  const port = PORT.exec(text)?.[1]?.toLowerCase();
  return { name: service.value, namespace: namespace.value, ...(port !== undefined && !NOT_NAMES.has(port) ? { port } : {}) };
}

/** Asks what to call a Service, or how to reach it by name. */
const ASKS_NAME = /\b(?:dns|fqdn|host ?names?|full name|domain|url|address|resolve|reach|talk|call|connect|curl)\b/i;
const ASKS_PROXY = /\bkubectl proxy\b|\bproxy (?:url|path)\b/i;

const STATEFULSET = [
  new RegExp(`\\bstateful ?sets?\\s+(?:called\\s+|named\\s+)?${QUOTE}(${LABEL})${QUOTE}`, 'gi'),
  new RegExp(`${QUOTE}\\b(${LABEL})${QUOTE}\\s+stateful ?sets?\\b`, 'gi'),
];
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

/** A StatefulSet pod's own DNS name, when a question names the StatefulSet, the pod's ordinal and its headless Service. */
function statefulSetPodAnswer(text: string): string | null {
  const setName = STATEFULSET.flatMap((re) => matches(re, text))[0]?.value;
  if (setName === undefined) return null;
  const ordinal = ORDINAL.exec(text);
  if (!ordinal) return null;
  const index = ordinal[1] !== undefined ? Number(ordinal[1]) : (ORDINAL_WORDS[(ordinal[2] as string).toLowerCase()] as number);
  const governing = GOVERNING.flatMap((re) => matches(re, text)).map((m) => m.value).find((n) => n !== setName);
  if (governing === undefined) return null;
  const namespace = namespacesIn(text).sort((a, b) => a.at - b.at)[0]?.value ?? 'NAMESPACE';
  const pod = `${setName}-${index}`;
  return `Pod \`${pod}\` of StatefulSet \`${setName}\` (with \`serviceName: ${governing}\`, a headless Service): **\`${pod}.${governing}.${namespace}.svc.cluster.local\`** (default cluster domain \`cluster.local\`); from the same namespace \`${pod}.${governing}\` resolves. The name exists only while the pod runs and is ready (unless the Service sets \`publishNotReadyAddresses: true\`).`;
}

/** What to say about the Service a question names, and which topic it belongs to; null when it names none. */
export function serviceAddressAnswer(text: string): { topic: 'dns' | 'port-forward' | 'headless'; text: string } | null {
  if (!ASKS_NAME.test(text) && !ASKS_PROXY.test(text)) return null;
  const pod = statefulSetPodAnswer(text);
  if (pod !== null) return { topic: 'headless', text: pod };
  const ref = serviceRefIn(text);
  if (!ref) return null;
  const { name, namespace, port } = ref;
  if (ASKS_PROXY.test(text)) {
    return {
      topic: 'port-forward',
      text: `For Service \`${name}\` in namespace \`${namespace}\`, run \`kubectl proxy\` and open \`http://localhost:8001/api/v1/namespaces/${namespace}/services/${name}:${port ?? 'PORT'}/proxy/\`${port === undefined ? ' (PORT is the Service port\'s name or number)' : ''}.`,
    };
  }
  return {
    topic: 'dns',
    text: `For Service \`${name}\` in namespace \`${namespace}\`: **\`${name}.${namespace}.svc.cluster.local\`** (with the default cluster domain \`cluster.local\`). From pods in namespace \`${namespace}\`, \`${name}\` alone resolves; from other namespaces, \`${name}.${namespace}\` is enough.`,
  };
}
