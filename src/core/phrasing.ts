// How people name networking topics and ask for comparisons in free text, for the `explain` and
// `compare` recognisers and for questions that turn out to be comparisons.
// Recognisers run before any knowledge is at hand, so this is a fixed vocabulary of the
// built-in topics' common names; the commands themselves resolve names against the knowledge.

import { distance } from 'fastest-levenshtein';
import { npAsPolicy } from '../knowledge/terms.js';

const NAMES = [
  'cluster[- ]?ips?', 'node[- ]?ports?', 'np', 'load[- ]?balancers?', 'lbs?', 'elb', 'nlb', 'alb',
  'ingress[- ]controllers?', 'ingress[- ]?class(?:es)?', 'ingress(?:es)?', 'ing', 'external[- ]?names?', 'headless',
  'gateway(?:[- ]api)?', 'gw', 'http[- ]?routes?', 'endpoint[- ]?slices?', 'endpoints?', 'selectors?', 'labels?',
  'target[- ]?ports?', 'container[- ]?ports?', 'port[- ]?forward(?:ing)?', 'ports?', 'dns', 'kubectl[- ]proxy',
  'external[- ]?traffic[- ]?policy', 'internal[- ]?traffic[- ]?policy', 'traffic[- ]?polic(?:y|ies)', 'session[- ]?affinity',
  'sticky[- ]sessions?', 'tcp', 'udp', 'sctp', 'grpc', 'websockets?', 'metal[- ]?lb', 'bare[- ]?metal', 'network[- ]?polic(?:y|ies)',
  'netpols?', 'kube[- ]?proxy', 'tls', 'https', 'ssl', 'extensions/v1beta1', 'networking\\.k8s\\.io/v1beta1', 'v1beta1',
  // Settings and parts people ask how to configure: a question about one is not a recommendation.
  'annotations?', 'rewrites?', 'rewrite[- ]target', 'strip(?:[- ]?prefix(?:es)?)?', 'redirects?', 'certificates?', 'certs?', 'wildcards?', 'readiness', 'liveness', 'probes?',
  'health[- ]?checks?', 'reference[- ]?grants?', '(?:ip[- ]?)?address[- ]?pools?', '(?<!\\b(?:node|agent|worker|connection|thread)[- ]?)pools?', 'nslookup', 'ndots', 'srv', 'path[- ]?types?',
  'ingress[- ]?class[- ]?name', 'default[- ]?backend', 'traffic[- ]?distribution', 'dual[- ]?stack', 'host[- ]?ports?', 'host[- ]?network',
];
/** Words around names that do not change what is asked ("a headless service", "the k8s ingress"). */
const AROUND = ['a', 'an', 'the', 'k8s', 'kubernetes', 'kube', 'service', 'services', 'svc', 'type', 'types', 'object', 'objects', 'resource', 'resources', 'and', 'in', 'vs', 'versus', 'or', 'kind'];

const NAME = new RegExp(`\\b(?:${NAMES.join('|')})\\b`, 'gi');
const NAME_AT_END = new RegExp(`(?:^|[^a-z0-9-])(?:${NAMES.join('|')})$`, 'i');
const NAME_AT_START = new RegExp(`^(?:${NAMES.join('|')})(?![a-z0-9-])`, 'i');
const ONLY_NAMES = new RegExp(`^(?:(?:${[...NAMES, ...AROUND].join('|')})(?:\\s+|[,/&]\\s*|$))+$`, 'i');
/** "how do i get an NLB instead of the classic ELB": the choice is made; it asks how to set it up. */
export const ASKS_HOW_TO_GET = /\bhow (?:do|can|would|should) (?:i|we|you|one) (?:get|use|switch|move|change|migrate|make|create|set ?up|configure|provision|request|force)\b/i;

/** Names that are too generic to make a comparison on their own. */
const GENERIC = /^(ports?|labels?|tcp|udp|https?|tls|ssl)$/i;

/**
 * "ingress and egress rules", "egress/ingress", "ingress vs egress": ingress paired with egress is
 * a direction of traffic (a NetworkPolicy's policyTypes), not the Ingress resource, and egress
 * there is not the egress IP.
 */
const DIRECTION_PAIR = /\b(ingress|egress)((?:\s+(?:rules?|polic(?:y|ies)|traffic))?\s*(?:\/|&|,|\band\b|\bor\b|\bvs\b\.?|\bversus\b|\bto\b)\s*)(ingress|egress)\b/gi;

/** "ingress rules" in a message that also speaks of egress: a policy's direction, wherever it stands. */
const DIRECTION_NOUN = /\b(ingress|egress)(?=\s+(?:rules?|polic(?:y|ies)|traffic|direction|section)\b)/gi;

/**
 * "allows ingress from namespaceSelector", "deny egress to 0.0.0.0/0", "ingress from pods in ns web": traffic a policy lets
 * in or out, a direction, not the Ingress resource.
 */
const POLICY_DIRECTION =
  /\b(?:(?:allow|deny|block)(?:s|ed|ing)? (ingress|egress)\b|(ingress|egress)(?= (?:from|to) (?:(?:the|a|an|all|other|any) )?(?:pods?|namespaces?|ns|namespace[- ]?selector|pod[- ]?selector|ip[- ]?block|cidrs?|\d+\.\d+\.\d+\.\d+)\b))/gi;

/** An aside that says what is not meant: "(not the Ingress resource)", "(no, not nodeport)". */
const NEGATED_ASIDE = /\(\s*(?:no,?\s+)?not\b[^()]*\)/gi;

/**
 * The text as it names topics: an ingress that is a direction of traffic ("ingress and egress
 * rules", "egress rules … compared to ingress rules") and the egress beside it read as "inbound" and
 * "outbound", and asides naming what is not meant dropped.
 */
/**
 * "cost wise on eks: one LoadBalancer per app vs a single ingress?": what ways to expose cost on a named cloud, which its
 * products decide (an NLB per Service, one ALB per Ingress group), not a table of the kinds.
 */
/** A k3d node filter after a port or on its own: `@loadbalancer`, `@server:0`, `@agent:*` (where a port is published, not a topic). */
export const NODE_FILTER = /@(?:loadbalancer|servers?|agents?|all)(?::[\d*,-]+)?\b/gi;

export const asksCostOnCloud = (text: string): boolean =>
  /\b(?:cost|costs|cost-?wise|cheaper|cheapest|pricier|pricing|price|billing|bill)\b/i.test(text) && /\b(?:eks|aws|gke|gcp|aks|azure|digitalocean|doks)\b/i.test(text);

export function namingText(text: string): string {
  const both = /\begress\b/i.test(text) && /\bingress\b/i.test(text);
  return npAsPolicy(text)
    .replace(NEGATED_ASIDE, ' ')
    .replace(DIRECTION_PAIR, (pair: string, first: string, between: string, second: string) =>
      first.toLowerCase() === second.toLowerCase() ? pair : `${direction(first)}${between}${direction(second)}`,
    )
    .replace(DIRECTION_NOUN, (word: string) => (both ? direction(word) : word))
    .replace(POLICY_DIRECTION, (phrase: string, after?: string, alone?: string) => {
      const word = (after ?? alone) as string;
      return phrase.slice(0, phrase.length - word.length) + direction(word);
    });
}
const direction = (word: string): string => (word.toLowerCase() === 'ingress' ? 'inbound' : 'outbound');

/** The topic names in a text, in order, without repeats (as typed). */
export function namesIn(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of namingText(text).matchAll(NAME)) {
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

/** The word for a Service in general, when it is one side of a comparison ("service vs ingress"). */
const SERVICE_WORD = /^(?:services?|svcs?)$/i;
/** Words that join or open the sides of a comparison. */
const JOINERS = new Set(['vs', 'vs.', 'versus', 'and', 'or', 'between', 'to', 'from', 'with', 'than', 'a', 'an', 'the', 'k8s', 'kubernetes', 'plain', 'normal', 'regular']);

/**
 * Whether the word at `i` is "service"/"svc" standing for Services in general, not a noun after a
 * kind ("nodeport service") or before a setting ("service types"): nothing but joiners around it.
 */
export function isServiceSide(words: readonly string[], i: number): boolean {
  const strip = (w: string | undefined) => (w ?? '').toLowerCase().replace(/[?!.,:;()"]+$/g, '');
  if (!SERVICE_WORD.test(strip(words[i]))) return false;
  const before = strip(words[i - 1]);
  const after = strip(words[i + 1]);
  return (i === 0 || JOINERS.has(before) || /[,;:]$/.test(words[i - 1] ?? '')) && (after === '' || JOINERS.has(after) || /[,;?]$/.test(words[i] ?? ''));
}

/** Filler a side of a comparison may carry: "a headless service vs a plain clusterip one". */
const SIDE_FILLER = /^(?:(?:a|an|the|k8s|kubernetes|service|services|svc|type|one|plain|normal|regular)\s+)*/i;
const SIDE_TRAILER = /(?:\s+(?:a|an|the|k8s|kubernetes|service|services|svc|type|types|one|resource|object))*[?!.,]*$/i;

/**
 * For "X vs Y", whether X and Y are names (or a Service in general): "nodeport vs lb" compares
 * names, "ingress pathType Exact vs Prefix" compares two values of a setting. True without "vs".
 */
export function namesBesideVs(text: string): boolean {
  const m = /^(.*?)\s+(?:vs\.?|versus)\s+(.*)$/i.exec(text.trim());
  if (!m) return true;
  const left = (m[1] as string).replace(SIDE_TRAILER, '').trim();
  const right = (m[2] as string).replace(SIDE_FILLER, '').trim();
  const leftWords = left.split(/\s+/);
  const side = (words: string[], at: number) => isServiceSide([...words.slice(0, at + 1), 'vs'], at);
  const leftOk = NAME_AT_END.test(left) || side(leftWords, leftWords.length - 1);
  const rightOk = NAME_AT_START.test(right) || /^(?:services?|svcs?)\b/i.test((m[2] as string).trim());
  return leftOk && rightOk;
}

const COMPARE_WORD = /\b(vs\.?|versus|differences?|differ|differs|diff|different\s+(?:between|from|than)|how\s+different|compared?\s+(?:to|with)|comparison|compare|comparing)\b/i;
const BETWEEN = /\b(between|btw|b\/w)\b/i;
/** Real words near "difference" that say nothing about comparing ("different domains", "differently"). */
const NOT_A_MISSPELLING = new Set(['different', 'differently', 'differing', 'differentiate']);

/**
 * Whether a text asks how things differ: "nodeport vs lb", "difference between…", also with the
 * usual misspellings ("diffrence", "differnce"). `between` alone counts only when asked for.
 */
export function asksToCompare(text: string, countBetween = false): boolean {
  if (COMPARE_WORD.test(text) || (countBetween && BETWEEN.test(text))) return true;
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => w.length >= 8 && w.length <= 12 && w.startsWith('d') && !NOT_A_MISSPELLING.has(w) && distance(w, 'difference') <= 2);
}
