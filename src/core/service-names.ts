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

/** The Service and namespace a question names, when it names both; the namespace said after the Service wins. */
export function serviceRefIn(text: string): ServiceRef | null {
  if (text.length > 300) return null;
  // "service web" is surer than "web service" ("reach service web").
  const service = matches(SERVICE_AFTER, text)[0] ?? matches(SERVICE_BEFORE, text)[0];
  if (!service) return null;
  const namespaces = [...matches(NAMESPACE_AFTER, text), ...matches(NAMESPACE_BEFORE, text)].filter((n) => n.value !== service.value).sort((a, b) => a.at - b.at);
  const namespace = namespaces.find((n) => n.at > service.at) ?? namespaces[namespaces.length - 1];
  if (!namespace) return null;
  const port = PORT.exec(text)?.[1]?.toLowerCase();
  return { name: service.value, namespace: namespace.value, ...(port !== undefined && !NOT_NAMES.has(port) ? { port } : {}) };
}

/** Asks what to call a Service, or how to reach it by name. */
const ASKS_NAME = /\b(?:dns|fqdn|host ?names?|full name|domain|url|address|resolve|reach|talk|call|connect|curl)\b/i;
const ASKS_PROXY = /\bkubectl proxy\b|\bproxy (?:url|path)\b/i;

/** What to say about the Service a question names, and which topic it belongs to; null when it names none. */
export function serviceAddressAnswer(text: string): { topic: 'dns' | 'port-forward'; text: string } | null {
  if (!ASKS_NAME.test(text) && !ASKS_PROXY.test(text)) return null;
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
