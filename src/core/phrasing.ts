// How people name networking topics in free text, for the `explain` and `compare` recognisers.
// Recognisers run before any knowledge is at hand, so this is a fixed vocabulary of the
// built-in topics' common names; the commands themselves resolve names against the knowledge.

const NAMES = [
  'cluster[- ]?ips?', 'node[- ]?ports?', 'np', 'load[- ]?balancers?', 'lbs?', 'elb', 'nlb', 'alb',
  'ingress[- ]controllers?', 'ingress[- ]?class(?:es)?', 'ingress(?:es)?', 'ing', 'external[- ]?names?', 'headless',
  'gateway(?:[- ]api)?', 'gw', 'http[- ]?routes?', 'endpoint[- ]?slices?', 'endpoints?', 'selectors?', 'labels?',
  'target[- ]?ports?', 'container[- ]?ports?', 'ports?', 'dns', 'port[- ]?forward(?:ing)?', 'kubectl[- ]proxy',
  'external[- ]?traffic[- ]?policy', 'internal[- ]?traffic[- ]?policy', 'traffic[- ]?polic(?:y|ies)', 'session[- ]?affinity',
  'sticky[- ]sessions?', 'tcp', 'udp', 'sctp', 'grpc', 'websockets?', 'metal[- ]?lb', 'bare[- ]?metal', 'network[- ]?polic(?:y|ies)',
  'netpols?', 'kube[- ]?proxy', 'tls', 'https', 'ssl', 'extensions/v1beta1', 'networking\\.k8s\\.io/v1beta1', 'v1beta1',
];
/** Words around names that do not change what is asked ("a headless service", "the k8s ingress"). */
const AROUND = ['a', 'an', 'the', 'k8s', 'kubernetes', 'kube', 'service', 'services', 'svc', 'type', 'types', 'object', 'objects', 'resource', 'resources', 'and', 'in', 'vs', 'versus', 'or', 'kind'];

const NAME = new RegExp(`\\b(?:${NAMES.join('|')})\\b`, 'gi');
const ONLY_NAMES = new RegExp(`^(?:(?:${[...NAMES, ...AROUND].join('|')})(?:\\s+|[,/&]\\s*|$))+$`, 'i');
/** Names that are too generic to make a comparison on their own. */
const GENERIC = /^(ports?|labels?|tcp|udp|https?|tls|ssl)$/i;

/** The topic names in a text, in order, without repeats (as typed). */
export function namesIn(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of text.matchAll(NAME)) {
    const key = m[0].toLowerCase().replace(/[- ]/g, '');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(m[0]);
    }
  }
  return out;
}

/** True when a phrase is nothing but topic names and filler ("a headless service", "nodeport & lb"). */
export function onlyNames(phrase: string): boolean {
  const p = phrase.trim().replace(/[?!.]+$/, '').trim();
  return p !== '' && p.length <= 80 && ONLY_NAMES.test(p) && namesIn(p).length > 0;
}

export function isGeneric(name: string): boolean {
  return GENERIC.test(name);
}
