// What a free-text message asks for, as a few phrasing features that every recogniser reads the
// same way (route.ts explains how they decide). Each feature is a way people phrase things, not a
// list of sentences: "the asker describes their own workload", "the message asks how a concept
// behaves", "it names a Service in a namespace". Recognisers combine them with their own cues.

import { npAsPolicy } from '../knowledge/terms.js';
import { expandChatShorthand } from '../knowledge/tree.js';
import { asksToCompare, namesIn, NODE_FILTER } from './phrasing.js';

export interface Intent {
  /** The message as routed, trimmed. */
  text: string;
  /** Lower case, curly apostrophes straightened, white space collapsed. */
  lower: string;
  /** Starts with a question word ("can an ingress…", "how do I…"). */
  questionWord: boolean;
  /** Starts with a question word or ends with a question mark ("NodePort for prod on GKE?"). */
  question: boolean;
  /** A question after a label of what it is about ("metallb: how do i…", "aws - which annotation…"). */
  labelled: boolean;
  /** Topic names in the message, in order (see phrasing.ts). */
  names: string[];
  /** Of those, the ways to expose something: Service types, Ingress, Gateway API, port-forward. */
  kinds: string[];
  /** Of those, settings and parts that are not a way to expose (selectors, traffic policies, DNS…). */
  settings: string[];
  /**
   * The settings the message asks about: all of them, but for a story that tells its setup in
   * sentences of its own and then asks, in one more, what to use or how to reach or expose it
   * ("…the pods use session affinity today. How should the phones reach it?"): only those the question names.
   */
  askedSettings: string[];
  /** Speaks as the asker: "I", "we", "my", "our", or an imperative "how to". */
  firstPerson: boolean;
  /** "X vs Y", "the difference between", "compare": a comparison asked for in so many words. */
  comparison: boolean;
  /** "X or Y", "X instead of Y", "X rather than Y", "X better than Y" between two ways to expose. */
  choice: boolean;
  /** "which service type", "how should I expose", "best way to reach": asks how to expose it. */
  asksForRecommendation: boolean;
  /** "what should we use?", "what do you recommend?": asks what to use, for something it may name. */
  asksWhatToUse: boolean;
  /** "how do I expose", "need to reach … from my laptop", "make it public": wants something reachable. */
  wantsExposure: boolean;
  /** The asker's workload is described: "my api", "our redis", "we run kafka", "a single HTTP service". */
  ownWorkload: boolean;
  /** Something does not work: can't reach, times out, refused, pending, 503, a pasted error ("is invalid", "i/o timeout")… */
  trouble: boolean;
  /** Asks for a manifest: "yaml", "manifest", "template" (not "for example"). */
  wantsManifest: boolean;
  /** The namespace the message places itself in ("in payments", "-n shop"), if any. */
  namespace: string | null;
  /** "all namespaces", "across the cluster". */
  allNamespaces: boolean;
  /** A Service the message names ("service api", "the checkout service"), if any. */
  serviceName: string | null;
  /** Every namespace the message names, in order ("pods in namespace web call a service in namespace shop"). */
  namespaces: string[];
  /**
   * The message asks how to address, restrict or configure something, not what to expose it with
   * (see MECHANISMS): a Service in another namespace, who may connect, the address outgoing
   * traffic leaves with, a setting of a kind already chosen, which port callers use for the port an
   * app listens on, the Kubernetes counterpart of a tool; how to do something with a kind or a
   * product already chosen ("tls passthrough with ingress", "grpc via ingress-nginx"), or what
   * becomes of one that is retired or deprecated ("ingress-nginx is retiring").
   */
  mechanism: Mechanism | null;
  /** The message carries its evidence: a pasted error or log line, kubectl output, an errno code. */
  evidence: boolean;
  /**
   * The evidence is a name that did not resolve (NXDOMAIN, "Could not resolve host", ENOTFOUND): a
   * question of the name used, which the objects in the cluster do not answer.
   */
  nameNotFound: boolean;
}

export type Mechanism = 'cross-namespace' | 'access-control' | 'egress' | 'kind-setting' | 'port-mapping' | 'counterpart' | 'chosen-means' | 'lifecycle' | 'limit' | 'response' | 'behaviour';

const QUESTION_START = /^(?:what|what's|whats|how|why|when|where|who|which|can|could|is|are|does|do|did|should|would|will|must|may|any|anyone)\b/;

/**
 * A question that opens with the context it is asked in: "in which version…", "since what
 * release…", "in metallb layer2 mode, is traffic…?", "with pathType Prefix, does /foo match?", or after a
 * condition: "if two pods share a label, which one gets…", "if we scale to 5, does the service…".
 */
const QUESTION_AFTER_CONTEXT =
  /^(?:(?:in|on|at|for|from|since|until|by|with|under|as of) (?:which|what|how)\b|(?:in|on|with|under|using|when using) [^,.?!;:]{1,50}?,? (?:is|are|does|do|did|can|could|will|would|should)\b[^?]*?(?:\?|\bor (?:what|not)\W*)\s*$|if (?:i|we|you|a|an|the|my|our) [^.?!;:]{1,80}?,? (?:does|do|is|are|will|would|can|could|which|what|how|who|where)\b(?! (?:i|we) (?:need|should|use|pick|do)\b))/;
const startsQuestion = (lower: string): boolean => QUESTION_START.test(lower) || QUESTION_AFTER_CONTEXT.test(lower);
/** A question ended by a tag instead of a question mark: "…spread across all nodes or what", "…still needed or not". */
const TAG_QUESTION = /\bor (?:what|not)\s*[.!]*\s*$/;
/**
 * A question asked in the last sentence after sentences that tell the setup: "vendor needs to allow-list our ips. eks, 20 nodes.
 * how do i get a fixed ip" asks, with or without its question mark.
 */
/** "best way for pods to connect to cloud sql": a question without its question mark. */
const ASKS_BEST_WAY = /^(?:what'?s |what is )?(?:the )?(?:best|right|recommended|proper|correct) way (?:to|for)\b/;
const LAST_SENTENCE_ASKS = /[.!;]\s+(?:how (?:do|can|should|would) (?:i|we|you)|what (?:do|should|can) (?:i|we|you)|why (?:do|does|is|are|did))\b[^.!;?]*$/;

/** A question after a one-word label of what it is about: "metallb: how do i…", "aws - what annotation…". */
const LABELLED_QUESTION = /^([a-z0-9][\w./-]*)(:|\s+-|\s+—)?\s+(?:how|what|what's|whats|why|which|where|when|can|could|should)\b/;
const PLATFORM_LABEL = /^(?:aws|eks|gke|gcp|aks|azure|minikube|kind|k3s|k3d|microk8s|openshift|rancher|calico|cilium|coredns|istio|traefik|ingress-nginx|nginx)$/;
function labelledQuestion(lower: string): boolean {
  const m = LABELLED_QUESTION.exec(lower);
  if (!m) return false;
  const label = m[1] as string;
  return m[2] !== undefined || PLATFORM_LABEL.test(label) || namesIn(label).length > 0;
}

const KIND = /^(?:cluster[- ]?ips?|node[- ]?ports?|np|load[- ]?balancers?|lbs?|elb|nlb|alb|ingress(?:es)?|ing|external[- ]?names?|headless|gateway(?:[- ]api)?|gw|http[- ]?routes?|port[- ]?forward(?:ing)?|kubectl[- ]proxy)$/i;
/** A name of a way to expose something (a Service type, Ingress, Gateway API, port-forward). */
export const isKind = (name: string): boolean => KIND.test(name);
/** Names that say what a workload speaks or where the cluster runs: part of a setup, not a setting. */
const SETUP = /^(?:tcp|udp|sctp|grpc|websockets?|tls|https|ssl|bare[- ]?metal|metal[- ]?lb)$/i;

/** Words that name a protocol rather than a workload ("UDP" in "can an ingress route UDP"). */
export const PROTOCOL_WORDS = new Set(['http', 'https', 'http2', 'http3', 'h2', 'grpc', 'grpcs', 'protobuf', 'tcp', 'udp', 'sctp', 'quic', 'tls', 'ssl', 'ws', 'wss', 'websocket', 'websockets', 'web', 'socket', 'sockets', 'raw', 'plain', 'only', 'port', 'rest', 'realtime', 'real', 'time', '1', '2', '3', 'sse', 'sent']);

// "over" before a quantity is "more than" ("uploads over ~1MB"), not a preference.
/**
 * In a report of trouble, what happens "instead of" what should ("events arrive in batches instead of streaming"): the symptom,
 * not a choice between ways to expose, unless a way to expose follows it.
 */
const OTHER_THAN_A_KIND = /\binstead of (?!(?:an? |the |using |a plain )?(?:cluster[- ]?ip|node[- ]?port|load[- ]?balancer|lb|ingress|gateway|port[- ]?forward|headless|external[- ]?name)\b)[a-z-]+/g;
const CHOICE = /\b(?:or|instead of|rather than|better than|over(?!\s*[~<>]?\s*\d))\b/;

/**
 * After "what kind of Service": "… does `kubectl expose` create", "… does the chart make": what a tool or
 * command makes of its own accord (a default), asked about, not a kind to choose ("… does my app need" still is).
 */
const MADE_BY_ITSELF = String.raw`(?! (?:does|do|did|will|would) (?!(?:i|we|you|one|my|our)\b)[^?.!]{0,80}\b(?:create|creates|make|makes|produce|produces|generate|generates|give you|default to|end up)\b)`;

/** Asks which way to expose something: the question `which` exists for. */
const RECOMMENDATION: readonly RegExp[] = [
  // Not "which Service fields/annotations…": parts of a Service, asked about.
  /\bwhich (?:kind of |type of |sort of )?(?:k8s |kubernetes )?(?:service|svc)\b(?! (?:fields?|annotations?|labels?|settings?|options?|flags?|spec|selectors?|names?|ips?|addresses|accounts?|mesh|cidrs?|ranges?|status)\b)/,
  /\b(?:service|svc) type (?:for|should|to use|do (?:i|we)|would|fits|is best)\b/,
  new RegExp(`\\bwhat (?:kind of |type of |sort of )?(?:k8s |kubernetes )?(?:service type|svc type|type of service|kind of service|type of svc)\\b${MADE_BY_ITSELF}|\\bwhat (?:k8s |kubernetes )?(?:service|svc) types\\b(?! (?:are|exist|does|do|can|is|there)\\b)`),
  new RegExp(`\\bwhat (?:kind of |type of |sort of )?(?:k8s |kubernetes )?(?:service|svc)\\b${MADE_BY_ITSELF}.*\\b(?:use|need|pick|choose|create|make|want|have|get|put (?:(?:it|them) )?(?:in front|before|ahead))\\b`),
  // Not "which one wins / matches / takes precedence": which of two rules applies, asked about.
  /\bwhich (?:type|kind|one|option|approach)\b(?! (?:wins?|match(?:es)?|applies|apply|takes? (?:precedence|priority)|has (?:precedence|priority)|gets (?:picked|chosen|matched|used)|is (?:picked|chosen|matched|evaluated|applied)|comes first)\b)(?:.*\b(?:use|need|pick|choose|go with|for)\b|\s*:)/,
  /\b(?:right|correct|best|proper|appropriate|recommended|cheapest|simplest|easiest|usual|standard) (?:service type|type of service|kind of service|approach|setup|move)\b/,
  /\b(?:best|right|correct|proper|recommended|cheapest|simplest|easiest|usual|standard|good) (?:way|option|practice|approach|choice) (?:to|for) (?:expos|reach|access|publish|serv|run|connect|give|get|provide|allow|open|make|let|host)/,
  // "quickest way to get a port on the minikube ip": the same by speed, for a way in (not "fastest way to get the logs").
  /\b(?:quickest|fastest) (?:way|option) (?:to|for) (?:expos|reach|access|publish|connect|open|hit|curl|get (?:a |an |the )?(?:port|address|ip|url|access)\b|get (?:to|at|in(?:to)?)\b)/,
  /\bwhat(?:'s| is|s) the move\b/,
  /\bhow (?:should|would you) (?:i |we |you )?(?:best )?(?:expose|publish|serve|set up|setup|run|do|handle|route|open|make)\b/,
  /\bshould (?:i|we) (?:expose|put|create|make|run|set up|deploy|open|pick|choose|go with)\b/,
  /\bshould (?:i|we) use (?:a |an |the )?(?:which|what|(?:k8s |kubernetes )?(?:service type|type|kind)|cluster[- ]?ip|node[- ]?port|load[- ]?balancer|lb|ingress|gateway|headless|external[- ]?name|port[- ]?forward)/,
  /\bshould (?:my|our|the|this|it) .{0,60}\b(?:be exposed|be reachable|be public)\b/,
  // "should the orders service be a LoadBalancer or not?": whether a kind fits.
  /\bshould (?:my|our|the|this|that|it)\b.{0,60}\bbe (?:a |an )?(?:cluster[- ]?ip|node[- ]?port|load[- ]?balancer|lb|headless|external[- ]?name)\b/,
  // "what type should I use?"
  /\bwhat (?:type|kind|sort) (?:should|do|would|could) (?:i|we) (?:use|pick|choose|go with|need)\b/,
  /\bright approach\b/,
  // "Production deployment on bare metal, what type?", "…, what svc", "…. svc type?"
  /\b(?:what|which) (?:type|kind|one)\s*\?*$/,
  /(?:^|[,.;:!?-]\s*)(?:(?:what|which) (?:svc|service)(?: type)?|(?:svc|service) type)\s*\?*$/,
  // "…on 50000 (jnlp). what service for that port?", "which svc for the brokers?": the same, for a part named.
  /(?:^|[,.;:!?-]\s*)(?:what|which) (?:svc|service)(?: type)? for (?:that|this|the|those|these|its|their|our|my) (?:[a-z0-9-]+ ){0,2}[a-z0-9-]+\s*\?+$/,
  // "does it need anything beyond the default?", "do I need anything besides a plain svc": whether the
  // default type does for the workload told, which the recommendation answers (a reason to differ, or none).
  /\bneed (?:anything|something|more) (?:beyond|besides|other than|more than|apart from|on top of|except) (?:the |a |an |just )?(?:default|plain|normal|regular|standard|ordinary|vanilla)\b/,
  // "what should the broker's Service be?": the kind, for a part named.
  // "what should the notifications service get?": the same, asked of what it gets.
  // "what should the svc look like?": the same, asked of its shape.
  /\bwhat should (?:the|my|our|its|this|that) (?:[a-z0-9'-]+ ){0,2}(?:svc|service)(?: type)? (?:be|get|look like)\b/,
  // "…follows MOVED redirects to specific nodes. What do the redis pods need?": the closing question of a
  // setup told, asking what its pods or Service need (not "what do the pods need to reach it").
  /\bwhat (?:do|does) (?:the|my|our|its|this|that|these|those) (?:[a-z0-9'-]+ ){0,2}(?:pods?|svcs?|services?|workloads?|side|brokers|members|replicas|statefulsets?|deployments?) need\s*\?*$/,
  // "what type should zk-hs be?", "what kind of svc should it be": the kind, for a Service named or pointed at.
  // "what type should the controller svc be then": the same, for a part's Service.
  /\bwhat (?:type|kind|sort)(?: of (?:service|svc))? should (?:it|this|that|they|(?:the |our |my )?(?!(?:port|value|field|annotation|key|label|selector|timeout|policy|path|host)s?\b)[a-z0-9][a-z0-9-]*(?: (?:svc|service))?) be\b/,
  // "…discovery is by DNS lookup. svc for that?": the Service for the need just told.
  /(?:^|[,.;:!?-]\s*)(?:a |the )?(?:svc|service)(?: type)? for (?:that|this|it|them|those|these)\s*\?+\s*$/,
  // "…it's ClusterIP on our prod EKS. do i need to expose it?": whether it needs exposing at all, for what was told.
  /\b(?:do|does|would|will|should) (?:i|we|it|they) (?:really |even |actually |still )?(?:need to|have to) (?:be )?expos(?:e|ed) (?:it|this|that|them)(?: at all)?\s*\?*\s*$/,
  // "what do i set `service.type` to?": the field that holds the kind, asked for its value.
  /\bwhat (?:do|should|would) (?:i|we|you) (?:set|make|change|switch|put) (?:the )?`?(?:(?:[a-z]+\.)*(?:service|svc|spec)\.type|(?:service|svc) type)\b/,
];

/**
 * "…someone made it a NodePort. what should it actually be", "chart default is ClusterIP, what do i switch
 * it to", "`type: ???` … what goes there": the kind asked for in words that name none. Read so only beside
 * a kind named (the one it has now) or the field that holds it (TYPE_FIELD): "what should it be" alone may
 * ask of any value.
 */
const RETYPES =
  /\bwhat (?:should|would|must) (?:it|this|that|they) (?:actually |really |then |instead |rather )?be\b(?! (?:called|named|set to|reachable|exposed|listening)\b)|\bwhat (?:do|should|would) (?:i|we|you) (?:switch|change|turn|convert|move) (?:it|this|that|them) (?:to|into)\b|\bwhat goes (?:there|here|in (?:there|here|that|this))\b/;
/** The field that holds a Service's kind: `type:` in pasted YAML, `service.type`, the TYPE column of `kubectl get svc`. */
const TYPE_FIELD = /(?:^|\s)type:|\b(?:service|svc|spec)\.type\b|\bname type cluster-ip\b/;
const asksForKind = (lower: string, kinds: readonly string[]): boolean =>
  RECOMMENDATION.some((cue) => cue.test(lower)) || (RETYPES.test(lower) && (kinds.length > 0 || TYPE_FIELD.test(lower)));

/** Asks what to use, without saying for what: the thing named decides whose question it is. */
const WHAT_TO_USE: readonly RegExp[] = [
  // "what should we standardise on?", "what should we move to": a choice to make, or to make again.
  // Not "what do I need to allow / open": what a policy or firewall must let through (access control).
  // Nor "what do I need to configure / set / create": the parts of something chosen (a setting, knowledge).
  /\bwhat (?:do|should|would|could) (?:i|we|you) (?:use|need(?! to (?:allow|open|permit|whitelist|allowlist|let through|unblock|configure|config|set|set up|setup|create|add|define|apply|change|enable|install|tweak|edit)\b)|do|pick|choose|suggest|recommend|go with|adopt|settle on|standardi[sz]e on|move to|migrate to|switch to|replace (?:it|them|that|those) with)\b/,
  // "…need to reach the reporting tool. what do I set up?": what to set up, for the need told, asked last.
  /\bwhat (?:do|should|would|could) (?:i|we|you) set ?up\s*\?*\s*$/,
  /\bshould (?:my|our|the|this|it) .{0,60}\buse\b/,
  // "can you tell me what to use for the new billing api", "not sure what to pick for it": the same, told indirectly.
  /\bwhat to (?:use|pick|choose|go with)\b/,
  /\b(?:recommend|recommendation|recommended)\b/,
  // "the frontend needs the backend's URL, what do I put in the env var": the address to use.
  /\b(?:url|address|host ?name|endpoint)\b.{0,80}\bwhat (?:do|should) (?:i|we) (?:put|set|write|use)\b/,
  // "what's best for production?": the option that fits a setup, named or not.
  /\bwhat(?:'s| is|s) best (?:for|here|in|on)\b/,
  // "…, what's fastest?", "what's the cheapest option here": the option that fits, by a measure (not "the easiest way to learn…").
  /\b(?:what|which)(?:'s| is|s| would be| will be)? (?:the )?(?:best|fastest|quickest|easiest|simplest|cheapest|safest)(?: (?:option|choice|bet|one|route|path|way))?\s*(?:here|then|for (?:us|me|this|that|it|them))?\s*(?:\?|$)/,
  // "home lab with metallb, ~10 web apps, what's the sane way": the way that fits the setup told, asked last.
  /\b(?:what|which)(?:'s| is|s| would be)? (?:the )?(?:sane|sanest|sensible|right|proper|cleanest|correct|standard|usual|normal) (?:way|approach|option|setup|pattern)\s*(?:here|to go|to do (?:it|this|that))?\s*\??\s*$/,
  // "no ingress, ok then what?": what instead of a way ruled out.
  /\b(?:then|so|now) what\s*\??$|\bwhat (?:else|instead|then|now)\s*\??$/,
  // "…, production. How should it be done?": the way to do what the story told.
  /\bhow (?:should|would you|do (?:i|we)) (?:it|this|that) (?:be )?(?:done|handled|solved|set up)\s*\??$/,
  // "thinking NodePort?", "was gonna use an ingress": a way the asker has in mind, to be checked.
  /\b(?:thinking|considering|was (?:going|gonna) (?:to )?(?:use|go with|make it)|planning on) (?:of |about |on )?(?:using |going with )?(?:a |an )?(?:cluster[- ]?ip|node[- ]?port|load[- ]?balancer|lb|ingress|gateway|headless|external[- ]?name|port[- ]?forward)/,
];

/**
 * "the chart makes it a LoadBalancer, is that right?": a way to expose already chosen, put up to be
 * checked. Only beside a kind named, and no setting: "it restarts sometimes, is that ok?" asks nothing
 * of a kind, and "I set externalTrafficPolicy Local on the LB, is that right?" checks the setting.
 */
const CHECKS_CHOICE = /\b(?:is|was) (?:that|this|it) (?:the )?(?:right|correct|ok|okay|fine|sensible|wise|needed|necessary|overkill|(?:a )?good idea|(?:a )?good fit|right (?:choice|call|type|one|move))\s*(?:\?|$|[,.;])/;

/** Wants something reachable, or to reach something. */

const EXPOSURE: readonly RegExp[] = [
  // "how do they get in": clients outside coming in, however they are called.
  /\bhow (?:do|does|can|could|would|to|should)(?: [a-z']+){0,3}? (?:best )?(?:expose|publish|reach|access|connect to|get to|get in(?:to)?|connect in|come in|talk to|hit|query|open up|open|serve|share|make (?:(?!instead of|rather than|not )[^,.;]){0,40}(?:reachable|accessible|available|public|visible))\b/,
  /\b(?:need|needs|want|wants|trying|have|going|like|wanna|plan|planning|looking) to (?:expose|publish|reach|access|connect to|open up|serve|host|hit|curl|query|get to (?:the|our|my|their|your|it|this|that|a|an)\b|make .{0,40}(?:reachable|accessible|available|public))\b/,
  /\b(?:expos(?:e|ed|es|ing)|publish(?:ing)?|reachable|accessible|publicly)\b/,
  /\b(?:let|allow|give) .{0,40}\b(?:reach|access|connect to|talk to|hit|call|use)\b/,
  /\bhow (?:do|should|can) (?:i|we) (?:get|route|send|take|receive) (?:external |outside |public )?(?:traffic|requests|users|packets)\b/,
  /\b(?:get|getting|route|routing|send|sending|bring|bringing) (?:external |outside |public )?(?:traffic|requests|users) (?:in)?to (?:my|our)\b/,
  /\bfrom (?:(?:my|our|their|the|a) )?(?:host |dev |local |own )?(?:laptops?|machines?|computers?|workstations?|pc|mac|macbook|desktop|browser|phone)\b/,
  /\b(?:temporar(?:y|ily)|quick(?:ly)?|for a minute|one[- ]off) (?:access|look|peek)\b/,
];

/** What a workload is called, as opposed to a concept, a place or a device. */
const WORKLOAD_SINGULAR =
  'app|application|api|service|svc|micro-?service|cron-?job|job|worker|website|site|web ?app|server|database|db|backend|frontend|ui|dashboard|portal|broker|cache|queue|deployment|statefulset|workload|instance|endpoint|tool|blog|store|shop|game|stuff';
const WORKLOAD_NOUN = WORKLOAD_SINGULAR.split('|').map((n) => `${n}s?`).join('|');
/** A name that is also a workload's ("an HTTP endpoint"). */
const WORKLOAD = new RegExp(`^(?:${WORKLOAD_NOUN})$`);
/** A word that names a kind of workload ("db", "servers", "api"). */
export const isWorkloadWord = (word: string): boolean => WORKLOAD.test(word);
const POSSESSIVE = "(?:my|our|their|the team's|the company's|(?:my|our) (?:company|team)'s)";
/** "my UDP game server", "our production HTTP API", "our Redis" — but not "my ingress" or "my nodeport service". */
const OWN_THING = new RegExp(`\\b${POSSESSIVE} ((?:[a-z0-9.+-]+ ){0,3}?)(${WORKLOAD_NOUN}|[a-z][a-z0-9-]*(?:db|sql|mq))\\b`, 'g');
/** "we run a handful of django apps", "I have a Postgres in the cluster", "we're deploying a Rust API". */
const WE_RUN = new RegExp(`\\b(?:we|i)(?:'re|'m| are| am)? (?:run|running|have|host|hosting|deploy|deploying|operate|built|building|maintain|got|ve got) (?:a |an |some |\\d+ |several |many |lots of |a (?:few|bunch|couple|handful) of )?((?:[a-z0-9.+-]+ ){0,3}?)(?:${WORKLOAD_NOUN})\\b`, 'g');
/** "can I have a NodePort service use…", "could we have the ingress…": a request about an object, not a workload the asker runs. */
const ASKS_TO_HAVE = /\b(?:can|could|may|should|would) $/;
/** "we run a handful of django apps", but not "can I have a NodePort service…" (a kind, like "my nodeport service"). */
function weRun(lower: string): boolean {
  for (const m of lower.matchAll(WE_RUN)) {
    const modifiers = (m[1] ?? '').trim();
    if (modifiers !== '' && modifiers.split(' ').some((w) => KIND.test(w))) continue;
    if (/^(?:i|we) have\b/.test(m[0]) && ASKS_TO_HAVE.test(lower.slice(0, m.index))) continue;
    // "do i have to install stuff", "we've got to open a port": an obligation, not something the asker has.
    if (/^(?:i|we)(?:'ve| have)? (?:have|got) to\b/.test(m[0])) continue;
    return true;
  }
  return false;
}
/** Nouns a workload word only qualifies ("a short service name", "a new service account"): not the workload itself. */
const OF_A_WORKLOAD = '(?:names?|accounts?|types?|mesh|discovery|objects?|definitions?|selectors?|manifests?|ports?(?! ?\\d))';
/**
 * "a single HTTP service", "one gRPC api", "an internal tool": one workload, described; so is one
 * that opens a clause as "new" ("…. new internal http service, what do I use?").
 */
const ONE_THING = new RegExp(`\\b(?:a|an|one|single|just one|only one|(?<![a-z] )new)((?: [a-z0-9.+-]+){1,3}?) (?:${WORKLOAD_SINGULAR})\\b(?! (?:${OF_A_WORKLOAD})\\b)`, 'g');
/** Words that make "a bunch of services" a quantity, not a description. */
const QUANTITY = /\b(?:bunch|lot|lots|few|couple|handful|dozen|number|set|of|kind|type|sort)\b/;
/** Words that say which object, not what workload: "an existing service", "a running pod", "a given service". So do words for the part a Service plays in a routing rule: "a catch-all service", "a default/fallback service", "a shadow svc" traffic is mirrored to. */
// Nor does "k8s" or "kubernetes": "a k8s svc" is the Service object, whatever runs behind it.
const NOT_DESCRIPTIVE = /^(?:existing|running|given|specific|particular|certain|different|separate|same|deployed|created|second|another|other|random|whole|entire|catch-?all|default|fallback|dummy|placeholder|shadow|mirror|k8s|kubernetes)$/;

/**
 * Something does not work; an HTTP status is one ("returns 503"), a port is not ("udp 514", "port
 * 443", "a NodePort 443", "just use 443": no status is 443). A connection is refused, but a team
 * that "refuses to install" something has decided, which is part of the setup.
 */
const TROUBLE =
  /\b(?:can'?t|cannot|can ?not|could ?not|unable to|couldn'?t|won'?t)\s+(?:i\s+|we\s+)?(?:reach|access|connect|get to|curl|ping|resolve|hit)\b|\b(?:not reachable|unreachable|not working|isn'?t working|doesn'?t work|does not work|stopped working|not responding|drops?(?! (?:off )?(?:(?:their|the|our|some|a few) )?(?:files?|uploads?|documents?|reports?|data)\b)|dropped|dropping|is down|broken|fails?|failing|failed|times? out|timing out|timed out|refus(?:ed|es)(?! to (?:install|allow|approve|pay|add|let|budget|sign|support|touch))|stuck|pending|not resolving|doesn'?t resolve|no endpoints|empty endpoints|errors?|invalid|timeouts?|disconnect(?:s|ed|ing)?|(?:gets?|got|getting|are|is|being) (?:cut|killed|closed|terminated)(?: off)?|(?:clos(?:es|ing)|cut off|cuts off|die|dies|dying) (?:after|whenever|when|every|randomly|at random)|unhealthy|not found|denied|forbidden|reset|unavailable|no healthy upstream|err_[a-z_]+|econnrefused|enotfound|nxdomain|crashloopbackoff|crash(?:es|ed|ing)?|hangs?|hanging|hung|fatal|panic|oomkilled|imagepullbackoff|errimagepull|evicted|deprecated)\b|^warning: |\n\s*warning: |(?<!\b(?:(?:node|target|container|host|service)[- ]?)?(?:ports?|udp|tcp|and|on|forwards?|forwarding|[a-z]*ports?\s*:|\d+\s*:)\s*(?:\d+\s*)?|\d\s*\/\s*)\b(?:4(?:[0-2]\d|3[01]|5[01]|99)|5(?:0\d|1[01]|2\d|30))(?:s|'s)?\b(?!\s*\/\s*(?:tcp|udp))|\b(?:see|sees|seeing|get|gets|getting|show|shows|showing|log|logs|logging|return|returns|returning)\b.{0,40}\binstead of\b|(?:^|[.,;:!?-]\s*)(?:any )?fix(?:es)?\s*\?+\s*$/;

/**
 * Symptoms told as a story rather than in an error's words: a controller that ignores objects,
 * something that never gets an address, the wrong client IP in the logs, answers that flip
 * between two backends, a value seen "instead of the real" one, IPs nobody recognises, failures that come and go, a change applied that
 * does not take ("applied a deny-all policy but pods can still talk"), traffic "still blocked", "nothing on the LAN can reach it",
 * something that works from one place "but not from" another ("pods reach each other but not the internet"), or goes wrong through one path while another "works fine"
 * ("…when going through ingress-nginx, direct port-forward works fine"), requests that always land on the same pod, or an
 * object left with no status or "Waiting for controller" (no controller picked it up).
 */
const SYMPTOM =
  /\b(?:calls?|requests?|connections?|lookups?|resolution|dns|everything) (?:break|breaks|broke|broken)\b|\b(?:resolves?|resolving|works?|working|reaches?)\b[^.?!]{0,30}\b(?:fine|ok|okay)\b[^.?!]{0,10}\bbut not\b|\b(?:can|could) (?:resolve|reach|ping|curl|hit|connect to|talk to)\b[^.?!]{0,50}\bbut not\b|\b(?:always|every ?time)\b[^.?!]{0,20}\bthe same (?:pod|replica|backend)\b|\b(?:through|thru|via|behind) [^.?!]{1,60},\s*(?:but |while |whereas )?[^.?!,]{0,30}\b(?:works?|worked|is|are) (?:fine|ok|okay|great|normally)\b|\bwaiting for (?:the |a |its )?controller\b|\b(?:an? )?(?:empty|blank|no) status\b|\bstatus (?:is |stays |remains )?(?:empty|blank)\b|\b(?:nothing|nobody|no ?one)\b[^.?!]{0,40}\b(?:can|could) (?:reach|access|connect|ping|curl|hit|get to|talk to)\b|\bstill (?:being |getting )?(?:blocked|denied|dropped|rejected)\b|\b(?:works?|worked|working|answers?|answered|responds?|resolves?|succeeds?|connects?|loads?|reach(?:es)?|talk|ping)\b[^.?!]{0,60}\bbut not (?:from|for|on|in|inside|outside|through|via|with|when|over|the internet|internet)\b|\bignor(?:es|ed)\b|\b(?:never|nothing|doesn'?t|does not|don'?t|didn'?t|won'?t|not) (?:gets?|got|getting|receives?|received|shows?|showed|has|have|had) (?:an? |any |the |its |their )?(?:address|ip|external[- ]ip|endpoints?)\b|\b(?:with|has|have|had|gets?|got|shows?|showing) no (?:external[- ])?(?:address|ip)\b|\bno (?:external[- ])?(?:address|ip)\b[^.?!]{0,20}?\b(?:shows? up|showed up|appears?|appeared|comes? up|came up|gets? (?:assigned|filled|set))\b|\b(?:address|external[- ]ip)(?: column| field)? (?:stays|remains|is still|is always) (?:empty|blank)\b|\blogs? (?:says?|said|shows?|showed) nothing\b|\b(?:see|sees|seeing|show|shows|showing|log|logs|logging|return|returns|returning|get|gets|getting)\b.{0,60}\bnever (?:the|a|an|my|our) (?:real|actual|right|correct|original)\b|\binstead of (?:the |a |an |my |our |their )?(?:real|actual|right|correct|original|true)\b|\b(?:flip(?:s|ped|ping)?|flapp?(?:s|ing)?|alternat(?:e|es|ing)) between\b|\bintermittent(?:ly)?\b|\b(?:don'?t|do not|doesn'?t|does not|can'?t) recogni[sz]e\b|\b(?:unexpected|unknown|stray|strange|foreign) (?:ips?|address(?:es)?|pods?|endpoints?)\b|\b(?:only|always)(?: ever)? (?:sees?|gets?|shows?|logs?|receives?) (?:the |a |an )?(?:node|pod|proxy|internal|private|wrong|load balancer's|lb's|controller's) (?:ips?|address(?:es)?)\b|\bnew (?:pods?|replicas?)\b[^.?!]{0,30}\b(?:get|gets|getting|receive|receives|see|sees)\b[^.?!]{0,10}\b(?:zero|no) (?:traffic|requests|connections|load)\b|\b(?:kept|keeps|keep|still)\b[^.?!]{0,20}\b(?:sending|going|connecting|hitting|talking|routing|pointing)\b[^.?!]{0,30}\b(?:old|stale|dead|deleted|previous|former|gone)\b (?:pod|ip|address|endpoint|backend|node)s?\b|\b(?:applied|added|created|set|enabled|configured|deployed|installed)\b[^.?!]{0,80}\bbut\b[^.?!]{0,40}\bstill\b(?! (?:need|needs|want|wants|have to|has to|require|requires|must)\b)/;

/**
 * A status condition's reason, reported in its CamelCase spelling: "RefNotPermitted",
 * "NotAllowedByListeners", "NoMatchingListenerHostname", "BackendNotFound", "InvalidCertificateRef".
 */
const CONDITION_REASON =
  /\b[a-z]*(?:notpermitted|notallowed[a-z]*|notfound|notaccepted|notprogrammed|notresolved|nomatching[a-z]+|unsupported(?:value|protocol|address|kind)[a-z]*|invalid(?:kind|certificateref|parameters|listeners?|backendref)[a-z]*)\b/;

/**
 * A sentence said in passing, about nothing in the setup: "the printer upstairs is broken again btw."
 * Marked as an aside and naming no topic, workload or part of a cluster (nor "it" or "that", which
 * may point back at one), it reports no trouble.
 */
const ASIDE_MARKER = /\b(?:btw|by the way|unrelated|off[- ]topic|side ?note|fwiw)\b/;
const CLUSTER_WORD = /\b(?:pods?|nodes?|clusters?|k8s|kubernetes|kubectl|traffic|requests?|connections?|ips?|dns|network\w*|certs?|controllers?|containers?|it|this|that|they|them)\b/;
function withoutAsides(lower: string): string {
  const sentences = lower.split(/(?<=[.?!;])\s+/);
  if (sentences.length < 2) return lower;
  const aside = (s: string) =>
    ASIDE_MARKER.test(s) && namesIn(s).length === 0 && !CLUSTER_WORD.test(s) && !s.split(/[^a-z0-9-]+/).some((w) => isWorkloadWord(w));
  return sentences.filter((s) => !aside(s)).join(' ');
}

const MANIFEST_WORD = /\b(?:ya?ml|manifests?|templates?|samples?|example)\b/;
/**
 * "without changing anything in the manifests": manifests the asker has and will not touch, not one asked for.
 * (Nor is "example" given as a field's value, "gatewayClassName: example", read in readIntent.)
 */
const MANIFESTS_LEFT_ALONE =
  /\b(?:without|not|never|no|don'?t want to|do not want to)\s+(?:changing|touching|editing|modifying|redeploying|change|touch|edit|modify)\s+(?:anything\s+in\s+|any\s+of\s+)?(?:the\s+|our\s+|my\s+|any\s+)?(?:ya?ml|manifests?)\b/g;
/** "…bigger from the service manifest", "set it in our ingress yaml": the asker's manifest, where a setting goes, not one asked for. */
const MANIFEST_AS_PLACE = /\b(?:from|in|within|inside|via|through|into) (?:the|my|our|its|their|this|that) (?:[a-z-]+ )?(?:ya?ml|manifests?)\b/g;
/**
 * "applying the manifest fails: … field is immutable", "the yaml for my service was rejected by the api server": a manifest the
 * asker has that the API refused, to fix (its error is the question), not one asked for.
 */
const MANIFEST_REFUSED = new RegExp(
  String.raw`\b(?:apply(?:ing)?|kubectl apply(?: -f)?|creat(?:e|ing)|deploy(?:ing)?|submit(?:ting)?|updat(?:e|ing)) (?:of )?(?:the |my |our |this |that |a )?(?:[a-z-]+ )?(?:ya?ml|manifests?)\b[^.?!]{0,20}?\b(?:fails?|failed|failing|errors?(?:ed)? out|is rejected|gets rejected|got rejected|was rejected|is refused|was refused|is invalid|breaks)\b` +
    String.raw`|\b(?:ya?ml|manifests?)\b(?: (?:for|of) (?:the |my |our |this |a )?[a-z-]+(?: (?:service|svc|ingress|deployment))?)? (?:is |was |gets |got |keeps getting |keeps being |being )?(?:rejected|refused|denied|not accepted)\b`,
  'g',
);

/** "expose the port on my api", "open up a port for it": a port made reachable is exposure, not a question about ports. */
// "quickest way to get a port on the minikube ip": a port to be given one, the same.
const PORT_OPENED = /\b(?:expos|open|publish)\w* (?:up )?(?:the |a |an |its |that |this |my |our |their )?ports?\b|\bget (?:me |us |it )?an? (?:[a-z]+ )?port (?:on|for|to)\b/;

/**
 * A port of a part, named by what it carries ("the collector ports", "their internal ports", "the ssh port", "the rcon
 * port"): the workload's, not a question about Service ports. Not one asked for by number ("which port", "port number").
 */
const PART_PORT = /\b(?:the|its|their|our|my)\s+(?!(?:service|target|container|node|host|health|listener|backend|same|right|correct|default|other|first|second)\b)(?:[a-z0-9-]+\s+){1,2}ports?\b(?!\s*(?:numbers?|names?|mappings?|range|field|:))/;
const ASKS_WHICH_PORT = /\b(?:which|what)\s+ports?\b|\bport\s+numbers?\b/;

/** Words that look like a namespace after "in" but are not one. */
const NOT_A_NAMESPACE = new Set(['valid', 'secret', 'secrets', 'invalid', 'range', 'another', 'other', 'different', 'same', 'in', 'the', 'namespace', 'ns', 'of', 'for', 'my', 'our', 'this', 'that', 'a', 'an', 'cluster', 'kubernetes', 'k8s', 'it', 'front', 'place', 'order', 'case', 'general', 'practice', 'production', 'there', 'which', 'what', 'each', 'every', 'any', 'one', 'two', 'aws', 'gcp', 'azure', 'gke', 'eks', 'aks', 'minikube', 'kind', 'k3d', 'k3s', 'clustermesh', 'submariner']);

/** Tools and places a newcomer knows from before Kubernetes: "in nginx", "on heroku" name no namespace. */
const FAMILIAR_PLACES = new Set(['nginx', 'haproxy', 'apache', 'httpd', 'caddy', 'docker', 'compose', 'heroku', 'vm', 'vms']);

/** "in payments", "in the shop namespace", "namespace shop", "-n payments". */
const NAMESPACE_IN_TEXT = /(?:\bin( the)?( namespace| ns)?|\bnamespace|-n)\s+[`'"]?([a-z0-9][-a-z0-9]{0,62})\b[`'"]?(\s+(?:namespace|ns)\b)?/gi;

/** Words before "namespace" that describe one rather than lead to its name. */
const ANY_NAMESPACE = /\b(?:another|other|different|separate|same|each|every|any|own|second|diff|its|their|one|a|which|what|whichever)\s+$/;

/**
 * The namespaces free text names, in order, without repeats. "in the X" is a namespace only when
 * the word says so ("in the shop namespace", "in the namespace shop"): "in the container", "in the
 * browser" are places of another kind.
 */
function namespacesInText(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAMESPACE_IN_TEXT)) {
    const found = (m[3] as string).toLowerCase();
    // "like 1 in 3 requests": a ratio, not a namespace.
    if (NOT_A_NAMESPACE.has(found) || /^\d+$/.test(found) || (m[1] !== undefined && m[2] === undefined && m[4] === undefined)) continue;
    // "in nginx i have location /api": the tool the asker knows, not a namespace (unless called one).
    if (FAMILIAR_PLACES.has(found) && m[2] === undefined && m[4] === undefined && !/^(?:namespace|-n)/i.test(m[0])) continue;
    // "from another namespace returns NXDOMAIN": a namespace described, then a verb, not one named.
    if (m[1] === undefined && m[0].startsWith('namespace') && ANY_NAMESPACE.test(text.slice(0, m.index))) continue;
    if (!out.includes(found)) out.push(found);
  }
  return out;
}

/** The namespace a message places itself in: the first it names. */
function namespaceInText(text: string): string | null {
  return namespacesInText(text)[0] ?? null;
}

/** "all namespaces", "every namespace", "across the cluster". */
function mentionsAllNamespaces(text: string): boolean {
  return /\b(all|every|each)\s+namespaces?\b|\bacross (the )?cluster\b|\bcluster[- ]wide\b|\beverywhere\b/i.test(text);
}

/** Words that are not Service names in "my api service" / "service api" phrasings. */
const NOT_A_NAME = new Set([
  'my', 'our', 'your', 'the', 'a', 'an', 'this', 'that', 'its', 'any', 'no', 'which', 'what', 'of', 'in', 'is', 'not', 'for', 'to',
  'type', 'types', 'kubernetes', 'k8s', 'reach', 'called', 'named', 'mesh', 'account', 'accounts', 'discovery', 'ip', 'port', 'ports',
  'name', 'names', 'from', 'with', 'new', 'one', 'and', 'or', 'on', 'at', 'via', 'through', 'behind', 'fails', 'failed', 'failing',
  'does', 'doesn', 'doesnt', 'won', 'wont', 'can', 'cannot', 'cant', 'isn', 'isnt', 'was', 'has', 'have', 'keeps', 'returns', 'gives',
  'times', 'timing', 'works', 'working', 'stopped', 'will', 'should', 'when', 'after', 'so', 'internal', 'external', 'public', 'private',
  'production', 'prod', 'same', 'other', 'another', 'each', 'every', 'single', 'only', 'just', 'stateful', 'stateless', 'backend',
  'frontend', 'selector', 'selectors', 'endpoints', 'dns', 'yaml', 'manifest', 'example', 'sample', 'template', 'object', 'objects',
  'resource', 'definition', 'spec', 'account', 'mesh', 'level', 'k8s', 'cluster', 'need', 'needs', 'is', 'are', 'be', 'it', 'i', 'we',
  'you', 'they', 'that', 'then', 'there', 'here', 'some', 'all', 'up', 'down', 'seems', 'still', 'also', 'really', 'always', 'never',
  // English that starts a question about Services, never a name: "service without a selector, how…".
  'without', 'how', 'why', 'own', 'where', 'if', 'but', 'because', 'vs', 'versus',
  // "forwards /api to my svc as /api": the path it arrives with, not a Service called "as".
  'as', 'like',
  // Words that open a clause about the service, typos included: "a service thats in another namespace".
  'thats', 'whats', 'which', 'whose', 'who', 'located', 'deployed', 'running', 'hosted',
  // States and verbs that follow "service"/"svc" in a report, never a name: "the svc pending",
  // "is the service broken", "externalname svc pointing at an https api".
  'pending', 'broken', 'stuck', 'dead', 'unreachable', 'unavailable', 'pointing', 'points', 'hanging', 'resolving', 'resolves',
  // Where a Service is, said after its name: "the orders service lives in the shop namespace".
  'lives', 'live', 'sits', 'resides', 'exists',
  // A verb of the callers' failure: "other pods calling the service fail".
  'fail', 'hang', 'break', 'breaks', 'refuse', 'refuses', 'respond', 'responds', 'answers',
  'returning', 'refusing', 'unhealthy', 'healthy',
  // How the calls to it turn out: "only every other request to my svc succeeds", "the svc errors out".
  'succeeds', 'succeeded', 'errors', 'errored', 'drops', 'flaps', 'flapping', 'ok', 'okay', 'fine', 'missing', 'gone', 'slow', 'flaky', 'crashing', 'erroring',
  // How long it stays in a state: "my lb service sits at <pending> forever", "the svc stays in pending".
  'sit', 'sits', 'sitting', 'stay', 'stays', 'staying', 'remain', 'remains', 'remaining', 'wait', 'waits', 'waiting', 'hangs', 'shows', 'showing', 'forever', 'never',
  // Columns and fields of a Service, never its name: "my lb service EXTERNAL-IP is pending".
  'external-ip', 'externalip', 'external-ips', 'cluster-ip', 'address', 'addresses', 'status', 'hostname', 'spec', 'field', 'fields',
  'annotation', 'annotations', 'label', 'labels', 'age',
  // A role, not a name: "the controller service stays pending" is the ingress controller's Service, whatever it is called.
  'controller',
  // Adverbs that end a report after "service", never a name: "can't reach the service anymore", "hit the svc directly".
  'anymore', 'again', 'now', 'yet', 'either', 'too', 'today', 'lately', 'anywhere', 'sometimes', 'intermittently', 'randomly',
  'properly', 'correctly', 'reliably', 'directly', 'anyway', 'though', 'afterwards', 'afterward', 'suddenly', 'instead',
  // Chat interjections that end a sentence after "service": "i just want to test my service lol".
  'lol', 'lmao', 'haha', 'pls', 'plz', 'please', 'thx', 'thanks', 'tbh', 'imo', 'btw', 'fyi', 'atm', 'asap', 'rn',
  // Who made or checked it, said after "service": "the svc myself", "my selector-less svc myself".
  'myself', 'ourselves', 'yourself', 'itself', 'themselves',
  // What was done to it, said after "service": "the service update fails with field is immutable", "svc creation rejected".
  'update', 'updates', 'updating', 'creation', 'apply', 'edit', 'edits', 'patch', 'patching', 'deletion',
]);
/** Words that may follow a Service's name: "service api in payments", "service api is down". */
const AFTER_A_NAME = new Set(['-n', 'in', 'on', 'at', 'from', 'of', 'is', "isn't", 'isnt', 'not', 'has', "hasn't", 'keeps', 'times', 'does', "doesn't", 'doesnt', "won't", 'wont', "can't", 'cant', 'cannot', 'fails', 'failing', 'seems', 'was', 'namespace', 'ns', 'and', 'but', 'returns', 'gives', 'gets', 'stopped', 'went', 'became', 'to', 'for', 'with']);
/** A word that reads as a Service name: lower case DNS label, not vocabulary or a protocol. */
export const isName = (word: string | undefined): word is string =>
  word !== undefined && !NOT_A_NAME.has(word) && !TRANSPORT.test(word) && namesIn(word).length === 0;
const TRANSPORT = /^(?:https?|http[23]|grpcs?|tcp|udp|sctp|quic|tls|ssl|wss?|websockets?)$/;

/**
 * The Service a message names: "service api", "svc called api", "the checkout service", "api
 * service not reachable" — not "a TCP service" (any service) or "my nodeport service" (a kind).
 */
function serviceNameInText(text: string): string | null {
  const t = text.toLowerCase();
  for (const m of t.matchAll(/\b(?:service|svc)\s+(?:called\s+|named\s+)?([a-z][-a-z0-9]{0,62})\b(?:\s+([a-z'-]+))?/g)) {
    if (isName(m[1]) && (m[2] === undefined || AFTER_A_NAME.has(m[2]))) return m[1];
  }
  // Before the word, only at the start or after a determiner: "the cart service", not "resolve service names".
  for (const m of t.matchAll(/(?:^|\b(the|my|our|your|this|that)\s+)([a-z][-a-z0-9]{0,62})\s+(?:service|svc)\b/g)) {
    if (isName(m[2])) return m[2];
  }
  // A bare name is one only where a namespace follows: "describe api in payments", "how do I reach
  // checkout in the shop namespace" (but not "reach the database in payments": that is any database).
  const located = LOCATED_NAME.exec(t);
  if (located && isName(located[2]) && !(located[1] && isWorkloadWord(located[2])) && namespaceInText(located[3] ?? '') !== null) return located[2];
  return null;
}
const LOCATED_NAME =
  /\b(?:describe|inspect|reach|access|connect to|call|get to|curl)\s+(the\s+|my\s+|our\s+)?([a-z][-a-z0-9]{0,62})\s+((?:in|-n|namespace)\s.*)$/;

/**
 * True when the words between a possessive and its noun are not a kind ("my nodeport service"). With `protocolIsGeneric`, "a gRPC
 * service", "a websocket app" (one workload told only by the protocol it speaks) describes none of the asker's: any such workload.
 */
function ownThing(lower: string, protocolIsGeneric = false): boolean {
  for (const m of lower.matchAll(OWN_THING)) {
    const modifiers = (m[1] ?? '').trim();
    // "my service" alone is the Service object the question is about, not a workload described.
    if (modifiers === '' && /^(?:services?|svcs?)$/.test(m[2] ?? '')) continue;
    if (modifiers === '' || !modifiers.split(' ').some((w) => KIND.test(w))) return true;
  }
  for (const m of lower.matchAll(ONE_THING)) {
    const modifiers = (m[1] ?? '').trim();
    const words = modifiers.split(' ');
    if (protocolIsGeneric && words.every((w) => PROTOCOL_WORDS.has(w))) continue;
    if (!QUANTITY.test(modifiers) && !words.every((w) => NOT_DESCRIPTIVE.test(w)) && !words.some((w) => KIND.test(w) || namesIn(w).some((n) => KIND.test(n)))) return true;
  }
  return false;
}

/**
 * The asker's own workload described beyond the protocol it speaks: "how to expose a gRPC service through ingress-nginx" asks how
 * any gRPC service goes through a product already chosen (its settings), while "our payments api" or "we run a grpc api" tell one.
 */
export const ownWorkloadBeyondProtocol = (lower: string): boolean => ownThing(lower, true) || weRun(lower);

/** Calls, reaches or resolves something: what a pod does to a Service. */
const CALLS = /\b(?:send(?:s|ing)? (?:traffic|requests) to|route(?:s|d)? (?:traffic )?to|call(?:s|ed|ing)?|reach(?:es|ed|ing)?|talk(?:s|ed|ing)? to|connect(?:s|ed|ing)? to|curl(?:s|ed|ing)?|resolv(?:e|es|ed|ing)|hit(?:s|ting)?|quer(?:y|ies|ied|ying)|access(?:es|ed|ing)?|us(?:e|es|ed|ing))\b/;
/** Reaching across namespaces, as a place rather than by name: "another namespace", "across namespaces". */
const OTHER_NAMESPACE = /\b(?:another|other|different|separate|a second|diff) namespaces?\b|\bacross namespaces\b|\bcross[- ]namespaces?\b/;
/** A Gateway API route and the Gateway it attaches to, both named. */
// The object, not the verb: "an HTTPRoute", "the route object", "routes attach" — not "the api gateway routes requests".
const ROUTE_AND_GATEWAY = /^(?=.*\b(?:(?:http|grpc|tls|tcp|udp)[- ]?routes?|routes? (?:objects?|resources?)|(?:the|a|an|our|my|their|its) routes?(?! (?:to|requests?|traffic|calls?)\b))\b)(?=.*\bgateways?\b)/;
/** A way to expose other than the Gateway API. */
const OTHER_WAY = /\b(?:cluster[- ]?ips?|node[- ]?ports?|load[- ]?balancers?|lbs?|nlb|alb|elb|ingress(?:es)?|headless|external[- ]?names?)\b/;
/** "routes in their own namespaces": each elsewhere than the thing they attach to. */
const OWN_NAMESPACES = /\b(?:their|its|our|your|his|her) own (?:namespaces?|ns)\b|\b(?:app|team|tenant|teams'?|tenants'?) (?:namespaces|ns)\b/;
/** A wish for a name of its own in the caller's namespace: ExternalName's job, which `which` recommends. */
const WANTS_ALIAS = /\balias\b|\b(?:short|local|stable|own|shorter|nicer) (?:dns )?names?\b/;
/**
 * Restricting who may connect: "lock it down", "lock everything else down", "restrict access", "how do I block other pods", a default-deny policy and what it must
 * still allow; or said as an order ("block pods from hitting the metadata endpoint").
 */
const ACCESS_CONTROL =
  /^(?:pls |please )?(?:block|deny|restrict|forbid|prevent|isolate) (?:all |the |my |our |other |every )?(?:pods?|traffic|egress|ingress|access|namespaces?|apps?|calls?|connections?)\b|\block(?:ing)? (?:(?:it|that|this|them|things|everything(?: else)?|access|traffic|[a-z-]+ (?:api|service|app|namespace|pods?))\s+)?down\b|\bhow (?:do|can|should|would|to) (?:i |we |you )?(?:default[- ])?(?:restrict|block|deny|limit|isolate|prevent|stop|firewall|forbid)\b|\b(?:restrict|limit)(?:ing)? (?:access|who|which|traffic|connections|calls|it|that|this|them)\b|\b(?:only|just) (?:allow|let|permit)\b.{0,60}\b(?:pods?|namespaces?|apps?|services?)\b|\bno (?:other (?:pods?|apps?|services?|namespaces?)|one else|body else)\b.{0,40}\b(?:can|should|may|must|be able)\b|\bnothing else\b.{0,40}\bhow\b|\b(?:default[- ])?deny(?:[- ]all)?(?: (?:egress|ingress|incoming|outgoing|inbound|outbound))? (?:network ?)?(?:polic(?:y|ies)|netpols?)\b|\bdeny(?:[- ]all)? (?:all )?(?:egress|ingress|incoming|outgoing|inbound|outbound) (?:traffic|connections|requests)\b|\bwhat (?:do|should|must) (?:i|we|you) (?:need to )?(?:allow|open|permit|whitelist|allowlist|unblock)\b|\bonly\b[^.?!]{0,30}\b\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?[^.?!]{0,12}\bto (?:reach|access|connect|hit|talk to|use|call)\b|\bonly (?:the )?(?:pods?|apps?) (?:with|labell?ed|that have|carrying)\b[^.?!]{0,40}\b(?:can|may|should|could|be able to|to) (?:hit|reach|talk|connect|access|call)\b|\b(?:allow|let|permit)s? (?:in )?only\b[^.?!]{0,60}\b(?:pods?|namespaces?|apps?|services?|ips?|cidrs?)\b|\b(?:default[- ]deny|deny[- ]all)\b|\b(?:allow|deny|block|permit|restrict)(?:s|ing)? (?:all )?(?:egress|ingress|traffic|outbound|inbound|connections)? ?(?:to|from)\b[^.?!]{0,40}\b\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}\b/;
/**
 * A NetworkPolicy or one of its peer fields named ("np allows ingress from namespaceSelector…", "egress netpol to an
 * outside IP"): which traffic a policy lets through, the question of who may connect, not of how to expose.
 */
const NETWORK_POLICY = /\b(?:network[- ]?polic(?:y|ies)|networkpolic(?:y|ies)|netpols?|pod[- ]?selector|namespace[- ]?selector|ip[- ]?block)\b/;
/**
 * Who may connect when nothing restricts it: "by default can every pod talk to every other pod?", "are pods
 * isolated by default?": the cluster's flat network and what NetworkPolicy changes, not a way to expose.
 */
const DEFAULT_REACHABILITY =
  /\b(?:by default|out of the box)\b[^.?!]{0,60}\bpods?\b[^.?!]{0,40}\b(?:(?:talk|communicate|connect|reach)\b[^.?!]{0,12}\b(?:each other|one another|every|all|any|other|pods?)\b|isolated\b)|\bpods?\b[^.?!]{0,40}\b(?:(?:talk|communicate|connect|reach)\b[^.?!]{0,12}\b(?:each other|one another|every|all|any|other|pods?)\b|isolated\b)[^.?!]{0,60}\b(?:by default|out of the box)\b|\b(?:every|all|any) pods?\b[^.?!]{0,30}\b(?:talk|communicate|connect|reach)\b[^.?!]{0,20}\b(?:every|all|any) (?:other )?pods?\b/;
/** The address outgoing traffic leaves with: egress, outbound, "when they call out", "pods go out with the node's ip", with an IP or NAT. */
const EGRESS = /\b(?:egress|outbound|outgoing)\b|\bcall(?:s|ing)? out\b|\bleav(?:e|es|ing) the cluster\b|\bgoing out\b|\b(?:go|goes|went) out (?:to|with|through|via|over|from)\b/;
const ADDRESS = /\b(?:ips?|address(?:es)?|nat|snat|masquerad\w*)\b/;
/**
 * Pods reaching something outside the cluster's Services: a cloud database or storage ("pods connect to cloud sql", "reach s3
 * without the nat gw"), a SaaS or partner API, a vendor's or Atlas's IP allow list for the cluster's traffic, a proxy set for
 * outgoing calls (HTTP_PROXY, NO_PROXY), the node a pod runs on, or outside names resolved through the cluster DNS and
 * forwarded upstream ("coredns send corp.internal queries to our dns servers", "resolve svc names but not google.com").
 * How that traffic is addressed, resolved or let out is knowledge, not a way to expose something.
 */
const REACHES_OUTSIDE = new RegExp(
  String.raw`\b(?:pods?|workloads?|workers?|containers?)\b[^.?!]{0,40}?\b(?:reach|reaching|connect(?:ing)? to|call(?:ing)?|hit(?:ting)?|talk(?:ing)? to|access(?:ing)?|get to)\b[^.?!]{0,30}?\b(?:s3|cloud ?sql|rds|aurora|atlas|dynamodb|saas|third[- ]party|on-?prem|the internet|external (?:apis?|services?|databases?|dbs?|hosts?))\b` +
    String.raw`|\b(?:atlas|mongodb|snowflake|cloud sql|rds|database)\b[^.?!]{0,40}\b(?:whitelist\w*|allowlist\w*|allow[- ]list\w*|access list)\b` +
    String.raw`|\b(?:https?_proxy|no_proxy)\b` +
    String.raw`|\b(?:service|svc|app|port|process|daemon)s? (?:listening|running) on the (?:same )?node\b`,
);
/**
 * The cluster DNS told where to send names it does not own ("forward corp.example.com lookups to our dns servers from coredns",
 * "make coredns send corp.internal queries to…", "coredns config so pods resolve corp.internal via our dns server"), or a domain
 * name made to resolve to an address ("make *.internal.example.com resolve to my ingress ip"; a short name for an outside host is
 * ExternalName's): a setting of CoreDNS, wished, whatever the punctuation.
 */
/**
 * Machines outside the cluster resolving its names ("on prem vms need to resolve our k8s service names"): how the cluster's DNS is
 * published or forwarded to (ExternalDNS, a stub zone), knowledge, not a way to expose.
 */
const OUTSIDE_RESOLVES_CLUSTER =
  /\b(?:vms?|on[- ]?prem\w*|laptops?|machines?|hosts?|servers?|office|corp(?:orate)? network)\b[^.?!]{0,40}\bresolv\w* (?:our |the |my |their )?(?:k8s |kubernetes |cluster |in-?cluster )?(?:service|svc|pod|cluster|k8s|kubernetes)(?: service| svc)? names\b/;
/** Cluster names resolve but outside ones do not ("pods resolve svc names fine but not google.com"): the upstream the cluster DNS forwards to. */
const OUTSIDE_NAMES_FAIL = /\bresolv\w* [^.?!]{0,30}\b(?:fine|ok|works?)\b[^.?!]{0,10}\bbut not\b/;
const DNS_FORWARDING = /(?:\*\.|\b)[a-z0-9-]+(?:\.[a-z0-9-]+)+\s+(?:to )?(?:resolv\w*|point\w*) (?:to|at|as) (?:my|our|the|an?|its|their) [^.?!]{0,30}\b(?:ips?|address(?:es)?)\b|\bcoredns\b[^.?!]{0,40}\b(?:forward\w*|send\w*|stub\w*|upstream|conditional\w*|config\w*|corefile)\b|\bresolv\w* [^?!]{0,40}\b(?:via|through|using|against) (?:our|the|an?|my) (?:[a-z0-9-]+ ){0,2}(?:dns servers?|nameservers?|resolvers?)\b|\bforward\w* [^?!]{0,40}\b(?:lookups?|queries|dns)\b[^.?!]{0,40}\b(?:dns servers?|nameservers?|resolvers?|coredns)\b/;
/** A name in the cluster wished for something outside it: "reach the RDS as just `db`", "as `orders-db` k8s service", "a k8s name for it". */
const NAME_FOR_OUTSIDE = /\b(?:in-?cluster|k8s|kubernetes|svc|service|short|stable|nice|local|dns) names?\b|\b(?:just|simply) (?:use |call it |say )?(?:a |the )?[`'"]|\bas just\b|\bjust (?:use|call it|say)\b|\b(?:use|call it) [`'"][a-z0-9.-]+[`'"]|\bas [`'"][a-z0-9.-]+[`'"]|\bname for it\b|\binstead of the (?:long|full)\b|\bvia an? (?:k8s |kubernetes )?(?:service|svc)\b/;
/** An Ingress's backend in another namespace than the Ingress ("ingress in ns web, backend svc in ns api"): how a rule refers across namespaces. */
const BACKEND_ELSEWHERE = /\b(?:ingress|httproute|route)\b[^.?!]{0,60}\bbackend\b/;
/** An ExternalName Service used as an Ingress's backend ("ingress-nginx -> externalname backend"): a kind chosen, asked how it behaves. */
const EXTERNALNAME_BACKEND = /\bexternal[- ]?name (?:backend|service as (?:a |the )?backend)\b|\bbackend (?:is |as )?(?:an? )?external[- ]?name\b/;
/**
 * A request path wished to reach the app as another ("want /api/foo to hit my backend as /foo", "the app expects /users, not
 * /api/users", "strip the /shop prefix before it reaches the pods"): a rewrite, a setting of the proxy already in front
 * (an ingress-nginx annotation, a Traefik middleware, a Kong plugin, an HTTPRoute filter), not a way to expose.
 */
const PATH = String.raw`\/[a-z0-9._~{}$*-]*(?:\/[a-z0-9._~{}$*-]*)*`;
const PATH_REWRITE = new RegExp(
  String.raw`(?:^|\s)${PATH}\b[^.?!;]{0,60}\b(?:as|into|to become|becomes?|arrives? as|turns? into) ${PATH}(?=[\s,.;:!?)]|$)` +
    String.raw`|\b(?:app|apps|backend|backends|service|svc|pods?|api|server|upstream|container)\b[^.?!;]{0,20}\b(?:expects?|serves?(?: (?:it|them|everything))? (?:on|at|under|from)|only knows?|is mounted at) ${PATH}(?=[\s,.;:!?)]|$)` +
    String.raw`|\bstrip(?:s|ped|ping)? (?:off )?(?:the )?(?:${PATH} |path )?(?:prefix|path|${PATH})`,
);

/** "I need the LoadBalancer service to get a private IP", "want our ingress to only accept…": a setting of a kind already chosen. */
// "ilb": the internal load balancer, as AKS and GKE people write it.
const KIND_WORD = '(?:cluster[- ]?ip|node[- ]?port|load[- ]?balancer|i?lb|nlb|alb|elb|ingress|ingress controller|gateway|headless|external[- ]?name)';
const KIND_SETTING = new RegExp(`\\b(?:the|my|our|this|that) ${KIND_WORD}(?: service| svc)? to (?:get|have|use|be|become|pick|take|keep|stay|allocate|request|listen|accept|only|not|return|send|pass|forward|preserve)\\b`);
/**
 * "want a LoadBalancer service on a private vnet IP only", "need the NLB with a static IP": a kind already
 * chosen, wished for with the address it should have (private, internal, static): a setting of that kind.
 * So is the subnet it is told to take its address from ("aks ilb but it has to land in a specific subnet").
 */
const KIND_ON_ADDRESS = new RegExp(
  `\\b(?:want|wants|wanted|need|needs|needed|like|looking for|trying to get|asking for) (?:a|an|the|my|our|this|that) ${KIND_WORD}(?: service| svc)? (?:on|with|at|using|having|that (?:has|gets|uses)) (?:a |an |the |its |one )?(?:only )?(?:private|internal|static|fixed|reserved)(?:[- ][a-z]+){0,2}? (?:ips?|address(?:es)?|subnet)\\b` +
    `|\\b${KIND_WORD}(?: service| svc)?\\b[^.?!]{0,40}\\b(?:has to|have to|must|should|needs? to|to) (?:land|sit|live|go|be|end up|get (?:its|an?) ip|take (?:its|an?) ip) (?:in|into|on|from) (?:a|the|our|my|one|that|its) (?:[a-z-]+ )?(?:subnets?|vnet)\\b`,
);
/** "want a LoadBalancer service reachable only inside our VPC": a kind already chosen, wished internal: a setting of that kind. */
const KIND_KEPT_INSIDE = new RegExp(
  `\\b(?:want|wants|wanted|need|needs|needed|like|looking for|trying to get) (?:a|an|the|my|our|this|that) ${KIND_WORD}(?: service| svc)? (?:that(?:'s| is) |to be )?(?:only )?(?:reachable|accessible|available|visible|exposed|routable) (?:only )?(?:inside|within|in|from|on) (?:our|the|my|a|its) (?:own )?(?:vpc|vnet|private network|internal network|corporate network|network)\\b`,
);
/**
 * "our nlb comes up internal but i want it public", "the lb got created as internet-facing": a kind already made, told with the
 * reach it came up with (the wish for the other is its setting, the load balancer's scheme), not a choice of how to expose.
 */
const KIND_CAME_UP_AS = new RegExp(
  `\\b(?:the|my|our|this|that|its) ${KIND_WORD}(?: service| svc)? (?:comes up|came up|is coming up|gets created|got created|was created|is created|ends up|ended up|shows up|showed up|is provisioned|was provisioned|got provisioned)(?: as)? (?:an? )?(?:internal|private|public|internet[- ]facing|external)\\b`,
);
/**
 * "want a static public ip on my LoadBalancer svc", "need a fixed address for the nlb": an address wished for a kind already chosen,
 * told address first (KIND_ON_ADDRESS tells it kind first): a setting of that kind. So is the kind's own address wished for where
 * the cluster runs ("bare metal, need an lb ip for a svc"): what hands out that address (MetalLB, kube-vip, a cloud) is knowledge.
 */
const ADDRESS_ON_KIND = new RegExp(
  `\\b(?:want|wants|wanted|need|needs|needed|like|looking for|trying to get|asking for) (?:a|an|the|my|our|its|one) (?:static|fixed|reserved|elastic|stable)(?:[- ](?:public|private|external|internal))? (?:ips?|address(?:es)?) (?:on|for|with|to) (?:a|an|the|my|our|this|that) (?:[a-z0-9-]+ )?${KIND_WORD}\\b` +
    `|\\b(?:want|wants|wanted|need|needs|needed|looking for|trying to get|asking for) (?:a|an|the|one) ${KIND_WORD} (?:ips?|address(?:es)?|vips?)\\b`,
);
/**
 * "alb target type ip or instance?", "nlb health check annotations?", "lb idle timeout on aks": a setting of a kind named right after
 * the kind itself (or its controller: "aws lb controller target-type"): how to configure what is chosen, not which kind to choose.
 */
const KIND_PART = new RegExp(
  `\\b${KIND_WORD}(?: service| svc| controller)? (?:target[- ]?types?|schemes?|listeners?|listen[- ]ports?|health[- ]?checks?|health[- ]?probes?|idle[- ]timeouts?|security[- ]groups?|sgs|target[- ]groups?|backend[- ]pools?|cross[- ]zone|stickiness|finalizers?|source[- ]ranges)\\b`,
);
/** A product that implements a way to expose: an ingress or Gateway controller, a load balancer implementation. */
// A cloud's private endpoint service in front of an internal load balancer (Azure Private Link Service, AWS PrivateLink, GCP Private
// Service Connect) is such a product too: "expose a svc via azure private link service" has chosen it.
const PRODUCT = '(?:ingress-nginx|nginx(?:[- ]ingress)?(?:[- ]controller)?|traefik|haproxy(?:[- ]ingress)?|contour|kong|istio(?:[- ]gateway)?|envoy[- ]gateway|emissary|skipper|aws[- ]lb[- ]controller|aws load balancer controller|metal-?lb|kube-vip|(?:azure |aws )?private ?link(?: service)?|private service connect)';
/**
 * How to change a setting of something already chosen, asked with a verb that configures rather than
 * exposes: "how do I mark the IngressClass as the default", "how do i get rid of traefik", "how do I
 * make the NLB internal", "how to disable servicelb", "how to tell traefik to speak https to the pods"
 * (a kind or controller told to do something). ("how do I make it public" and "how do I set that up"
 * ask for exposure, and stay with the recognisers.)
 */
const HOW_TO = String.raw`\bhow (?:do|can|should|would|could) (?:i|we|you|one)(?: (?:also|just|then|now|actually))? |\bhow to `;
const CONFIGURES = new RegExp(
  // "enable proxy protocol on the aws lb for my svc?": the same, said as an order.
  `^(?:pls |please |how to )?(?:enable|disable|turn (?:on|off)|switch (?:on|off)|configure) [^.?!]{1,60}?\\b(?:on|for|in) (?:the |my |our |an? |this )?(?:[a-z0-9-]+ )?${KIND_WORD}\\b` +
    `|(?:${HOW_TO})(?:mark|unmark|set(?! (?:up|it up|that up|this up|them up)\\b)|(?:tell|instruct) (?:the |my |our |an? |this |that )?(?:${KIND_WORD}|${PRODUCT})(?: service| svc| controller)? to|change|customi[sz]e|tweak|override|disable|enable|turn (?:on|off)|switch off|remove|uninstall|get rid of|strip|rewrite|redirect|pin|tag|annotate|raise|increase|bump|lower|attach|bind|assign|whitelist|allowlist)\\b` +
    // "how do i make a gke LoadBalancer svc internal only": a word of where it runs may stand before the kind.
    `|(?:${HOW_TO})make (?:the|my|our|this|that|an?) (?:[a-z0-9-]+ )?${KIND_WORD}(?: service| svc)?\\b.{0,40}\\b(?:internal|private|internet[- ]facing|default|static)\\b` +
    // "how do I make an internal-only load balancer", "how to get a private NLB": the kind is chosen, the adjective is its setting.
    `|(?:${HOW_TO})(?:make|get|create|set up|provision) (?:the |my |our |an? )?(?:internal|private|vpc)(?:[- ]only)? ${KIND_WORD}\\b` +
    // "how do i make a DO load balancer bigger": its size is a setting of the kind (a provider's name may stand before it).
    `|(?:${HOW_TO})make (?:the|my|our|this|that|an?) (?:[a-z0-9-]+ )?${KIND_WORD}(?: service| svc)? (?:bigger|larger|smaller|faster)\\b` +
    // "how do I use a static public IP I created for a LoadBalancer service": an address the asker has, given to a kind chosen.
    `|(?:${HOW_TO})(?:use|reuse|keep|bring|give it) (?:a |an |the |my |our |its )?(?:own )?(?:static|reserved|fixed|existing|pre-?created|elastic)(?: public| private)? (?:ip|address)\\b.{0,60}\\b(?:for|on|with|to) (?:a |an |the |my |our |this )?(?:[a-z0-9-]+ )?${KIND_WORD}\\b` +
    // "how do i give a gke ingress a static ip": an address or name given to a kind chosen.
    `|(?:${HOW_TO})give (?:the|my|our|this|that|an?) (?:[a-z0-9-]+ )?${KIND_WORD}(?: service| svc)? (?:a |an |its |the )?(?:own )?(?:static|fixed|reserved|private|internal|public|elastic|stable)(?: public| private)? (?:ip|address|dns name|host ?name)\\b` +
    // "how do you put a TLS cert on a DigitalOcean load balancer": a certificate for a kind chosen.
    `|(?:${HOW_TO})(?:put|add|attach|install|use|set|configure|load|upload) (?:a |an |the |my |our )?(?:tls |ssl |https |acm |custom |managed |own )?(?:cert|certificate)s? (?:on|to|for|in|onto|into) (?:a |an |the |my |our |this )?(?:[a-z0-9-]+ )?${KIND_WORD}\\b`,
);
/**
 * "a service without a selector, how do i point it at 10.0.0.5": a selectorless Service is already the means chosen
 * (its backends listed by hand in an EndpointSlice); how to fill it in is a setting of it.
 */
const SELECTORLESS = /\b(?:service|svc)s? (?:without|with no|w\/o|with ?out) (?:a |any |the )?selectors?\b|\bselector-?less (?:service|svc)s?\b|\b(?:service|svc)s? (?:that has|has|having) no selectors?\b/;
/** "can two Services share one MetalLB IP?": one address for several Services, of a product already chosen. */
// So is one load balancer shared by objects ("share ONE alb across ingresses", not "3 services share one ALB"),
// or Services wanted "on the same external ip".
const SHARES_ADDRESS =
  /\bshar(?:e|es|ed|ing)\b.{0,40}\b(?:the same|one|a single|an?|their) (?:[a-z-]+ )?(?:ips?|address(?:es)?)\b|\bshar(?:e|es|ed|ing)\b.{0,20}\b(?:the same|one|a single) (?:load ?balancer|lb|alb|nlb)s? (?:across|between|among|for) (?:(?:my|our|the|several|multiple|many|all|\d+) )?(?:ingress(?:es)?|namespaces|gateways)\b|\b(?:on|at|behind|use|using|get|with) the same (?:[a-z-]+ )?(?:ips?|address(?:es)?)\b/;
const NAMES_PRODUCT = new RegExp(`\\b${PRODUCT}\\b`);
/** "how does my app see the real client ip behind an ALB": a kind already in place, and what reaches the app through it. */
const GETS_REAL_CLIENT_IP = `\\bhow (?:does|do|can|should|would|to|will)\\b.{0,40}\\b(?:see|get|read|find|know|log|learn|preserve|keep)\\b.{0,30}\\b(?:real|original|actual|true|client'?s?|source|visitor'?s?|user'?s?|caller'?s?) (?:client |source )?(?:ips?|address(?:es)?)\\b`;
// Asked before or after the kind or product it sits behind: "…real client ip behind the nlb", "behind ingress-nginx my app only
// sees 10.x ips. how to get the real client ip".
const CLIENT_IP_BEHIND = new RegExp(
  `${GETS_REAL_CLIENT_IP}.{0,20}\\bbehind (?:an?|the|my|our|this) (?:[a-z0-9-]+ )?${KIND_WORD}\\b|\\bbehind (?:(?:an?|the|my|our|this) )?(?:[a-z0-9-]+ )?(?:${KIND_WORD}|${PRODUCT})\\b[^?]{0,100}?${GETS_REAL_CLIENT_IP}`,
);
/**
 * "port-forward only binds localhost, how do I let a coworker use it", "kubectl proxy listens on 127.0.0.1 only": kubectl's tunnel is
 * the means already in use, and where it listens (its `--address` and `--accept-hosts` flags) is a setting of it, not a new way to expose.
 */
const TUNNEL_BINDS =
  /\b(?:port[- ]?forward(?:s|ed|ing)?|kubectl proxy)\b[^.?!;]{0,40}\b(?:binds?|bound|listens?|listening|serves?)\b[^.?!;]{0,30}\b(?:localhost|127\.0\.0\.1|loopback|0\.0\.0\.0|all interfaces|(?:an?|my|another|one) (?:ip|address|interface))\b/;
/** "… using ingress-nginx annotations", "with a Traefik middleware": the means is chosen; how to use it is knowledge. */
const NAMED_MEANS = /\b(?:using|with|via|through|by) (?:the |an? |its |their )?(?:[a-z0-9.-]+ ){0,2}?(?:annotations?|middlewares?|httproute filters?|crds?|configmap)\b(?! (?:soup|hell|mess)\b)/;
/**
 * A part of the Gateway API named: an object other than the Gateway itself (GatewayClass, a route kind, ReferenceGrant), a field
 * of one (parentRefs, backendRefs, allowedRoutes, sectionName, certificateRefs), a Gateway's listener, or a routing feature asked
 * of the Gateway API (rewrite, redirect, mirror or copy requests, a stripped prefix). Asked in one sentence about how such a part works (what attaches
 * or matches, which route wins a claim, which protocol or class name), the API is the means chosen and the question is knowledge
 * ("restrict a listener so only GRPCRoutes attach", "who wins when two httproutes claim one path"); a longer statement that names
 * parts tells a setup the recommendation weighs, and another way to expose put up beside it is a choice ("httproute or an ingress?").
 */
const GATEWAY_API_PART =
  /\b(?:gateway ?class(?:es|name)?|(?:http|grpc|tls|tcp|udp) ?routes?|reference ?grants?|parent ?refs?|backend ?refs?|allowed ?routes|section ?name|certificate ?refs?)\b/;
const GATEWAY_LISTENER = /^(?=.*\blisteners?\b)(?=.*\bgateways?\b)/;
const GATEWAY_API_FEATURE =
  /^(?=.*\b(?:rewrit\w*|redirect\w*|mirror\w*|shadow traffic|(?:copy|copies|duplicate) [^.?!;]{0,30}\b(?:traffic|requests)|strip\w* (?:the |a )?(?:[/\w-]+ )?prefix(?:es)?)\b)(?=.*\bgateway[- ]?api\b)/;
const CHOICE_BESIDE = /\b(?:or|vs\.?|versus|instead of|rather than|better than)\b/;
// So is what a part is ("what's a listener in a Gateway"), which host names one serves, and whether TLS passes through or ends there.
const GATEWAY_API_MECHANICS = /\b(?:attach(?:es|ed|ing)?|match(?:es|ed|ing)?|claims?|wins?|precedence|protocols?|names? for|kinds|host ?names?|passthrough|terminat\w*)\b|^what(?:'s| is|s| are) (?:an? |the )/;
/** Most words of a request that asks without a question mark ("restrict a listener so only GRPCRoutes can attach"); a longer line states a setup. */
const SHORT_REQUEST_WORDS = 16;
/** A message of one sentence: no sentence mark with more words after it. */
const oneSentence = (lower: string): boolean => !/[.!?;]\s+\S/.test(lower.trim());
const asksInOneSentence = (lower: string): boolean =>
  oneSentence(lower) && (/\?\s*$/.test(lower) || QUESTION_START.test(lower) || lower.split(' ').length <= SHORT_REQUEST_WORDS);
/** A listener's own settings: how many share a port, their certificates and TLS ("multiple listeners on 443 with different certs"). */
const LISTENER_SETTINGS = /\b(?:several|multiple|more than one|two|same port|certificates?|certs?|tls|https)\b/;
const namesGatewayApiPart = (lower: string): boolean =>
  asksInOneSentence(lower) &&
  ((GATEWAY_API_PART.test(lower) && GATEWAY_API_MECHANICS.test(lower)) ||
    (GATEWAY_LISTENER.test(lower) && (GATEWAY_API_MECHANICS.test(lower) || LISTENER_SETTINGS.test(lower))) ||
    GATEWAY_API_FEATURE.test(lower)) &&
  !(OTHER_WAY.test(lower) && CHOICE_BESIDE.test(lower));
/** A name given to an object: quoted, or a DNS label that ends the phrase ("sts kafka,", "headless svc `db-hl`"). */
const OBJECT_NAME = String.raw`(?:is\s+|=\s*|called\s+|named\s+)?(?:[\`'"][a-z0-9][a-z0-9-]*[\`'"]|(?!(?:with|and|for|of|in|is|that|so|to|the|a|an|pods?|yaml|has|have|which|where|needs?)\b)[a-z0-9][a-z0-9-]*(?=[\s,.;:)?]|$))`;
/**
 * A StatefulSet and its headless Service, both named ("sts `db`, headless svc `db-hl`, ns `data`"): the Service is chosen and
 * exists; what a question asks of them (a pod's name, a seed list, what to advertise) is how to address its members, not what to
 * expose them with. (A statement of the need, "peers need stable names like etcd-0.etcd", names neither and is `which`'s.)
 */
const NAMED_STATEFULSET_SERVICE = new RegExp(String.raw`^(?=.*\b(?:sts|statefulset)\s+${OBJECT_NAME})(?=.*\bheadless (?:svc|service)\s+${OBJECT_NAME})`);
/** How to make a Service for each pod ("how do i make a separate svc for each pod of a statefulset"): per-pod Services, chosen. */
const MAKES_PER_POD_SERVICE = new RegExp(
  String.raw`(?:${HOW_TO})(?:make|create|add|set up|get|define) (?:a |an |one )?(?:separate |own |dedicated |individual )?(?:svc|service)s? (?:for (?:each|every)|per) (?:pod|replica|member|broker)\b`,
);
/**
 * A database or broker that hands its clients an address they cannot use ("sentinel hands clients the master's pod ip"): what
 * the server advertises is its own setting (announce-ip, advertised.listeners), whatever Service is in front.
 */
const HANDS_CLIENTS_INTERNAL =
  /\b(?:hands?|gives?|returns?|advertis\w*|announc\w*|tells?|sends?|redirects?)\b[^.?!]{0,20}\bclients?\b[^.?!]{0,40}\b(?:pod'?s? ips?|pod address(?:es)?|internal (?:ips?|names?|address(?:es)?|host ?names?))\b/;
/** An object edited in place ("kubectl edit my svc and set clusterIP: None"): which of its fields may change is a setting of it. */
const EDITS_IN_PLACE = /\bkubectl (?:edit|patch)\b|\b(?:edit|patch)\b[^.?!]{0,30}\b(?:existing|current|live|running) (?:svc|service)\b/;
/**
 * Two Services over one set of pods, split by role ("one svc for writes and one for reads", "a service for the primary"): each
 * selects by a label, which is a setting of Services already chosen.
 */
const SPLIT_BY_ROLE = /\b(?:svcs?|services?) for (?:the )?(?:writes?|reads?|writers?|readers?|primary|master|leader|replicas?|read[- ]only)\b/;
/**
 * Two load balancer implementations in one cluster, each for some of the Services ("MetalLB for some LB services and the cloud
 * controller for the others", "cilium lb ipam for a few services, metallb for the rest"): which one serves a Service is its
 * `loadBalancerClass`, a setting of LoadBalancer Services already chosen.
 */
const LB_IMPLEMENTATION = String.raw`(?:metal-?lb|kube-vip|cilium|service ?lb|klipper|openelb|purelb|cloud(?:'s)?(?: provider'?s?)?(?: (?:lb|load ?balancer))? controller|(?:the )?cloud(?: provider)?'?s? (?:lbs?|load ?balancers?|one|ccm)|ccm)`;
const IMPLEMENTATION_PER_SERVICE = new RegExp(
  String.raw`\b${LB_IMPLEMENTATION}\b[^.?!]{0,60}?\bfor (?:some|a few|certain|part|one group) (?:of )?[^.?!]{0,60}?\bfor (?:the )?(?:others?|rest|remaining(?: ones)?|other ones)\b` +
    String.raw`|\bfor (?:some|a few|certain) (?:of )?[^.?!]{0,40}?\b${LB_IMPLEMENTATION}\b[^.?!]{0,40}?\bfor (?:the )?(?:others?|rest|remaining(?: ones)?|other ones)\b[^.?!]{0,10}?\b${LB_IMPLEMENTATION}`,
);

/** "pod listens on 8443 and I want clients to use 443": one port inside, another for callers (port and targetPort). */
const PORT_MAPPING = /\b(?:listen(?:s|ing)?|serves?|runs?|bound|binds?) (?:on )?(?:port )?:?(\d{2,5})\b.{0,80}?\b(?:use|uses|hit|hits|call|reach|connect (?:to|on)|see|on|at|via|through|as) (?:port )?:?(\d{2,5})\b/;
/** "map host port 8080 to the ingress on port 80", "forward local port 5433 to 5432": one port onto another. */
const MAPS_PORT = /\b(?:map(?:s|ped|ping)?|forward(?:s|ed|ing)?|publish(?:es|ed|ing)?|bind(?:s|ing)?) (?:the )?(?:host |local |node |laptop )?port :?(\d{2,5})\b.{0,60}?\bto\b.{0,40}?\b(?:port )?:?(\d{2,5})\b/;
/** "what's the kubernetes way of doing that", "the k8s equivalent": what a familiar tool becomes. */
const COUNTERPART = /\b(?:kubernetes|k8s)(?:[- ]native)? (?:way|equivalent|version|analog(?:ue)?|counterpart|replacement) (?:of|to|for)? ?(?:doing |do )?(?:that|this|it|them|those)\b|\b(?:basically|like|same as|similar to) (?:an? |the |my |our )?[^.?!;]{1,40}[.,;]?\s*(?:what(?:'s| is|s) |how about )?(?:the )?(?:kubernetes|k8s)(?:[- ]native)? (?:way|equivalent)\s*[?.!]*$|\b(?:kubernetes|k8s) equivalent\b|\b(?:gateway(?:[- ]api)?|httproutes?|ingress|traefik|nginx|envoy|istio|haproxy|contour)(?:'s)? (?:equivalent|counterpart|analog(?:ue)?|version|replacement) (?:of|to|for)\b/;
/** Tools a newcomer knows from before Kubernetes: a web server or proxy on a VM, Docker, Compose, a PaaS. */
const FAMILIAR_TOOL = '(?:nginx|haproxy|apache|httpd|caddy|docker(?:[- ]compose)?|compose|heroku|vms?|virtual machines?)';
/**
 * How it was done with a familiar tool, and a question how it goes in Kubernetes: "in nginx i have
 * location /api …, how do i do that with an ingress", "server_name in nginx = what in an ingress?",
 * "route /admin to one app, like two upstreams in nginx", "on vms i had haproxy in front. does k8s…".
 */
/** Of those, the servers and proxies whose configuration the asker translates (a Compose or Heroku story tells a workload instead). */
const FAMILIAR_PROXY = '(?:nginx|haproxy|apache|httpd|caddy|vms?|virtual machines?)';
const FROM_FAMILIAR = new RegExp(
  `\\b(?:in|on|with|behind) (?:my |our |the |a |an |old |plain )?${FAMILIAR_PROXY}(?: config| conf)?,? (?:i|we|you|id|i'd)(?: (?:just|would|used to|always|usually))? (?:had|have|used|use|put|need|needed|did|do|would|set|configured|kept|ran)\\b` +
    `|\\blike (?:[a-z0-9{}_$-]+ ){1,3}(?:in|on|with|from) (?:my |our |the |a |an |old |plain )?${FAMILIAR_TOOL}\\b` +
    `|\\b[a-z0-9_.{}$-]+ (?:in|on) ${FAMILIAR_TOOL} ?(?:=|->|is|equals) ?what\\b`,
);
/** A question in so many words: a question mark, "how do I…", a sentence that opens with a question word. */
export const ASKS_HOW = /\?|\bhow (?:do|can|would|should|to)\b|(?:^|[.!;] )(?:does|do|is|are|can|could|will|how|what|whats|what's)\b|= ?what\b/;

/**
 * "tls passthrough with ingress", "expose grpc via ingress-nginx", "websockets behind traefik?", "… with gateway api possible?": the
 * kind or product a short line ends on is the means, already chosen; what comes before it is done with it
 * (a longer story that ends "…calls the API via a node port." tells a setup).
 */
const CHOSEN_MEANS = new RegExp(
  `^(?:[^\\s.;!]+\\s+){1,10}(?:with|via|through|thru|using|behind|in|on) (?:the |an? |my |our |k8s |kubernetes )?(?:${KIND_WORD}|${PRODUCT}|gateway api|httproutes?)(?: controller| service| svc| resources?| objects?| ingress(?:es)?)?(?:\\s*[-–—:,]?\\s*how(?: (?:to|do (?:i|we|you)|can (?:i|we)))?|,? (?:possible|supported|doable|a thing))?(?:,? so (?:that )?(?:the |my |our |its |it )?[^?.!;,]{1,60})?\\s*(?:[?.!]+\\s*)?$`,
);
// A purpose said after the means ("tls passthrough with ingress-nginx so the backend terminates tls itself?") says why, not a setup.
/**
 * The first sentence, when it asks and what follows only adds to it: "tls passthrough with gateway api - how? i dont
 * want the gateway terminating" asks how to do something with the means it names, like the line alone.
 */
const firstQuestion = (lower: string): string | null => {
  // "tls passthrough with gateway api - backend must terminate tls itself": without a question mark, a dash ends the request and
  // what follows only adds to it.
  if (!lower.includes('?')) {
    const dash = /\s[-–—]+\s/.exec(lower);
    return dash === null ? null : lower.slice(0, dash.index);
  }
  // "…with gateway api?? backend does its own tls": a run of question marks ends one question.
  const end = lower.search(/\?+/);
  const after = end < 0 ? '' : lower.slice(end).replace(/^\?+/, '');
  return end > 0 && !after.includes('?') ? lower.slice(0, end + (lower.length - end - after.length)) : null;
};
/**
 * The part of a message that asks how to do something with the means it names: the first sentence when it does so
 * alone and the rest only adds to it ("tls passthrough w/ gateway api? backend has to see the client hello"),
 * otherwise the whole message.
 */
export function chosenMeansAsked(lower: string): string {
  const first = firstQuestion(lower);
  return first !== null && !CHOSEN_MEANS.test(lower) && CHOSEN_MEANS.test(first) ? first : lower;
}
/**
 * Who a kind already chosen lets through at its door: a login or password in front of an app (basic auth, oauth2-proxy, SSO) or an
 * allow-list of client addresses ("whitelist source ip on ingress nginx?", "restrict the ingress to our office IP ranges"). Asked in one sentence, it is a setting of that kind (its
 * annotations or middleware), which is knowledge; told as part of a setup of several sentences ("…behind SSO via oauth2-proxy. GKE, nginx ingress installed"), it is a requirement the recommendation weighs.
 */
const AT_THE_DOOR =
  /\b(?:basic[- ]?auth(?:entication)?|htpasswd|oauth2?[- ]proxy|password[- ]protect\w*|(?:auth(?:entication)?|a login|sso|single sign[- ]on) in front)\b|\b(?:whitelist|allowlist|allow-list|white-list)(?:ing)? (?:the |a |our |my )?(?:source |client |office )?(?:ips?|address(?:es)?|cidrs?|ranges?)\b|\b(?:source |client )?ip (?:whitelist|allowlist|allow-list|white-list)s?\b|\b(?:restrict|restricting|limit|limiting|lock|locking)\b[^.?!;]{0,50}?\bto (?:only )?(?:our |the |my |an? |some |a few |specific |certain |known |trusted )?(?:(?:office|vpn|corporate|company|home|internal|trusted|allowed|known|partner|customer)(?:'s)? )?(?:ip ranges?|ips|ip address(?:es)?|cidrs?|cidr ranges?|address ranges?|subnets?)\b/;
/** One sentence about a kind or product already chosen and who it lets through at its door: a setting of that kind. */
const atTheDoor = (lower: string): boolean => AT_THE_DOOR.test(lower) && NAMES_MEANS.test(lower) && oneSentence(lower);
/** What becomes of a product or a kind: retired, deprecated, end of life, unmaintained, removed in a release (not "I removed the Service"). */
const LIFECYCLE = /\b(?:retir(?:e|es|ed|ing|ement)|deprecat(?:e|es|ed|ing|ion)|end[- ]of[- ]life|eol|sunset(?:s|ting|ted)?|discontinu(?:ed|es|ing)|unmaintained|archived|going away|removed (?:in|from|since)|removal (?:of|in)|maintenance mode)\b/;
/**
 * An ingress controller named as the product (ingress-nginx, "nginx ingress", "the nginx controller", Traefik, HAProxy Ingress…),
 * not nginx the web server an app may run.
 */
const CONTROLLER = '(?:ingress[- ]nginx|nginx[- ]ingress(?:[- ]controller)?|nginx[- ]controller|traefik|haproxy[- ]ingress|contour|kong|emissary|skipper)';
const NAMES_CONTROLLER = new RegExp(`\\b${CONTROLLER}\\b`);
/**
 * The controller's own configuration named beside it, in one sentence: its annotations, its ConfigMap, its flags, its Helm
 * values or installs, its canary, its versions and upgrades ("ssl-passthrough annotation on ingress-nginx does nothing",
 * "nginx ingress canary can do that?", "two ingress-nginx installs via helm"): a setting or behaviour of a product already
 * chosen, which is knowledge, whatever need the sentence tells.
 */
const CONTROLLER_CONFIG = new RegExp(
  `\\b${CONTROLLER}\\b[^.?!;]{0,60}\\b(?:annotations?|configmaps?|config ?maps?|flags?|args|helm|values|installs?|canary|canaries|upgrad\\w*|versions?|cves?|releases?|snippets?|admission|ingressroutes?|middlewares?|globally|global)\\b` +
    `|\\b(?:annotations?|configmaps?|config ?maps?|flags?|helm|values|installs?|canary|canaries|upgrad\\w*|versions?|cves?|snippets?|admission|ingressroutes?|middlewares?|globally|global)\\b[^.?!;]{0,60}\\b${CONTROLLER}\\b`,
);
/**
 * The product weighed, a choice asked or a need of the asker's told ("is there something better?", "moving off ingress-nginx",
 * "which type…", "we want a canary…", "is nodeport ok here?"): a decision the recommendation makes, not a question of the product's settings.
 */
const WEIGHS_PRODUCT = /\b(?:better|replac\w*|switch\w*|mov(?:e|ing) off|migrat\w*|successor|alternatives?|rather|sanity|my plan|which type|what type|what should|standard\w*)\b|\b(?:we|i)(?:'re| are|'m| am)? (?:want|need)\b|\bwe\b[^.?!]{0,60}\b(?:need|want)s?\b|\b(?:is|are|would) (?:an? |the )?[a-z-]+ (?:be )?(?:ok|okay|fine|enough|good|right)\b|```/;
/** The controller's own configuration asked about in one message that weighs nothing and asks what to use nowhere. */
const asksOfControllerConfig = (lower: string): boolean =>
  CONTROLLER_CONFIG.test(lower) && !WEIGHS_PRODUCT.test(lower) && !WHAT_TO_USE.some((cue) => cue.test(lower)) && !asksForKind(lower, []);
/**
 * A service mesh or its proxy named ("istio", "linkerd", "the sidecar", "ambient"), with a part of its own machinery asked about: how it
 * enforces mTLS or plaintext, what it intercepts or injects, the capabilities its init container needs, TLS origination, its proxy's
 * balancing or protocol detection ("we want mtls enforced everywhere in the mesh. istio. how", "how to make the istio sidecar not
 * intercept port 5432", "nginx picks pod ips and linkerd can't balance, right?"). That is how a mesh already chosen works, knowledge;
 * a mesh told only as the setup beside a way to expose, a type, a route or a split ("we run istio, what type for its Service", "istio
 * is installed, want header based routing") is not, and stays with the recommendation.
 */
const MESH_PRODUCT = /\b(?:istio(?:d|ctl)?|linkerd2?|istio-[a-z]+|linkerd-[a-z]+|envoy sidecars?|sidecars?|service mesh|the mesh|ztunnel|ambient)\b/;
const MESH_MACHINERY =
  /\b(?:mtls|mutual tls|plain ?text|strict|permissive|peer ?authentications?|authorization ?polic(?:y|ies)|intercept\w*|inject\w*|net_admin|capabilit\w*|istio-init|istio-cni|linkerd-init|linkerd-cni|tls origination|originat\w*|opaque|skip\w*|exclud\w*|bypass\w*|identity|spiffe|destination ?rules?|service ?entr(?:y|ies)|virtual ?services?|outboundtrafficpolicy|registry_only|allow_any|protocol detection|port names?|appprotocol|proxy|quitquitquit|holdapplicationuntilproxystarts|can'?t balance|balanc\w*|pod ips?)\b/;
/** Words of exposing, choosing a kind or routing and splitting traffic: the recommendation's questions, whatever mesh is installed. */
const MESH_AS_SETUP =
  /\b(?:type|types|kind of service|expos\w*|north-south|split\w*|canary|canaries|weight\w*|headers?|rout(?:e|es|ed|ing)|blue|green|mirror\w*|shift\w*|recommend\w*|what to use|which one|internet|public|edge|load ?balancer|lbs?|nodeport|clusterip|cluster ip|headless|ingress ?gateway|east-west|gateway api|httproutes?)\b/;
/**
 * A multi-cluster feature named (Cilium ClusterMesh, Submariner, the Multi-Cluster Services API, GKE's multi-cluster Gateways…), or a
 * CNI (Calico, Cilium, Flannel…) with a part of its own machinery: the feature is chosen, and whatever is asked or wished of it is how it
 * works or is set up ("clustermesh: want cluster B to use its own backends first", "pod cidrs overlap, can submariner still join them",
 * "what mtu for calico with ip-in-ip"), knowledge, with no mesh machinery word needed. Asked how a workload should be reached (CLUSTER_NETWORK_AS_SETUP: "we run cilium clustermesh,
 * how should the other cluster's pods reach our api?") or beside MESH_AS_SETUP's words, it is the setup the recommendation weighs.
 */
const MULTI_CLUSTER_FEATURE =
  /\b(?:submariner|globalnet|cluster ?mesh|skupper|liqo|mcs|multi[- ]?cluster (?:services?|gateways?|ingress(?:es)?)|service ?(?:exports?|imports?)|clusterset)\b/;
/** A CNI named with a part of its own machinery (its MTU, encapsulation, IP pools, NAT, BGP…): the CNI as a setup alone tells no question. */
const CNI_PRODUCT = /\b(?:cilium|calico|flannel|weave net|antrea|(?:aws |amazon )?vpc[- ]cni|azure cni)\b/;
const CNI_MACHINERY =
  /\b(?:mtu|ip-?in-?ip|ipip|vxlan|geneve|bgp|encapsulat\w*|ip ?pools?|ippools?|nat\w*|snat|masquerad\w*|overlay|tunnel\w*|ipam|cidrs?|ebpf|wireguard|hubble|felix|typha|route reflectors?|backend)\b/;
/** A feature named only to rule it out ("no mesh, no MCS API", "without submariner"): not the one chosen. */
const RULED_OUT_FEATURE = /\b(?:no|without|w\/o|not using|never used) (?:the |a |an )?(?=[a-z])/g;
const namesClusterNetwork = (lower: string): boolean => {
  const kept = lower.replace(RULED_OUT_FEATURE, ' ~');
  return new RegExp(`(?<!~)${MULTI_CLUSTER_FEATURE.source}`).test(kept) || (new RegExp(`(?<!~)${CNI_PRODUCT.source}`).test(kept) && CNI_MACHINERY.test(lower));
};
// Asked (a question word that opens a clause, or one that asks anywhere) or wished; "multi-cluster Gateways are enabled" tells the setup.
const CLUSTER_NETWORK_ASKS =
  /\?|(?:^|[.,;:!]\s*)(?:what|which|does|do|is|are|would|should)\b|\b(?:how|why|can|could|will|want|wants|need|needs|must|has to|have to)\b/;
const CLUSTER_NETWORK_AS_SETUP = /\b(?:how should|how would you|what should|best way|should (?:i|we))\b[^.?!]{0,60}\b(?:reach|expose|access|call|talk to|connect to|get to|publish)\b/;
const asksOfMesh = (lower: string): boolean =>
  !MESH_AS_SETUP.test(lower) &&
  ((MESH_PRODUCT.test(lower) && MESH_MACHINERY.test(lower) && /\?|\bhow\b|\bwhy\b/.test(lower)) ||
    (namesClusterNetwork(lower) && CLUSTER_NETWORK_ASKS.test(lower) && !CLUSTER_NETWORK_AS_SETUP.test(lower)));
/**
 * A product's own custom resource, named as the product spells it: Traefik's IngressRoute (and its TCP and UDP kinds), Contour's
 * HTTPProxy, Istio's VirtualService and DestinationRule, Envoy Gateway's EnvoyProxy and policies, Kong's KongPlugin, the AWS Load
 * Balancer Controller's TargetGroupBinding and IngressClassParams, GKE's BackendConfig, FrontendConfig and ManagedCertificate.
 * The product is chosen and the question is how to write or use its object ("IngressRoute doesnt seem to do tcp??", "minimal
 * HTTPProxy for foo.example.com"), whatever workload it is for.
 */
const PRODUCT_OBJECT =
  /\b(?:ingressroute(?:tcp|udp)?s?|httpprox(?:y|ies)|virtualservices?|destinationrules?|envoyprox(?:y|ies)|backendtrafficpolic(?:y|ies)|clienttrafficpolic(?:y|ies)|envoypatchpolic(?:y|ies)|kongplugins?|kongclusterplugins?|kongingress(?:es)?|kongconsumers?|targetgroupbindings?|ingressclassparams|backendconfigs?|frontendconfigs?|managedcertificates?)\b/;
/** A product's own object named (see PRODUCT_OBJECT): the product is the means already chosen. */
// Not where the object is told as what runs today or what to move from ("we use IngressRoute CRDs today and are evaluating Gateway
// API", "stop writing VirtualServices, use the upstream api instead"), nor beside a question of the Service's type: a decision.
const OBJECT_WEIGHED = /\b(?:instead|rather|stop|evaluat\w*|today|avoid|upstream|standard|migrat\w*|mov(?:e|ing) (?:off|away|to)|replac\w*)\b/;
export const namesProductObject = (lower: string): boolean =>
  PRODUCT_OBJECT.test(lower) && !OBJECT_WEIGHED.test(lower) && !WEIGHS_PRODUCT.test(lower) && !asksForKind(lower, []) && !WHAT_TO_USE.some((cue) => cue.test(lower));

/**
 * A line that opens with the product or cloud load balancer it is about, then names a feature of it to set up ("istio gateway tls
 * passthrough to a backend…", "ALB ingress: use an ACM cert and redirect 80 -> 443", "envoy gateway creates a LoadBalancer svc for every
 * Gateway, want NodePort"): how to configure what is chosen, not which way to expose.
 */
const PRODUCT_LED = new RegExp(
  `^(?:${PRODUCT}|alb|nlb|elb|(?:gke|eks|aks) (?:ingress|gateway|lb|load ?balancer)|istio[- ](?:ingress[- ])?gateway|envoy[- ]gateway|aws[- ]lb)(?: ingress| gateway| controller)?\\s*[:,-]?\\s+`,
);
const PRODUCT_FEATURE =
  /\b(?:tls[- ]passthrough|passthrough|ssl[- ]passthrough|redirect\w*|rewrit\w*|acm|certificate-arn|certs?|certificates?|https[- ]redirect|strip\w*|timeouts?|sticky|cors|rate[- ]limit\w*|(?:creates?|makes?|provisions?|spins? up|deploys?) (?:an? |one )?(?:new )?(?:load ?balancer|lb|nodeport|svc|service)\w*)\b/;
// Not beside the asker's workloads or a move away from the product ("… in front of our 15 web apps … do we have to drop the ingress?").
const productLed = (lower: string): boolean =>
  PRODUCT_LED.test(lower) && PRODUCT_FEATURE.test(lower) && oneSentence(lower) && !ownThing(lower) && !weRun(lower) && !/\b(?:drop|replac\w*|get rid of|move off|switch (?:to|away))\b/.test(lower);

/**
 * An add-on that is no way to expose (cert-manager, ExternalDNS) named with a part of its own machinery: its issuers, ACME solvers and
 * challenges, the DNS provider's token, the records it writes and where it reads their targets ("cert-manager dns01 with route53,
 * which credentials?", "external-dns writes the node ips, not the lb's"). That is how the add-on already chosen is set up, knowledge;
 * the add-on told only as part of a setup ("tls via cert-manager, what should we use") stays with the recommendation.
 */
const ADDON = /\b(?:cert-?manager|external-?dns)\b/;
const ADDON_MACHINERY =
  /\b(?:dns-?01|http-?01|solvers?|(?:cluster ?)?issuers?|challenges?|acme (?:accounts?|servers?|endpoints?)|api ?(?:tokens?|keys?)|secret ?refs?|txt(?: records?)?|owner[- ]?ids?|publish-service|--source|sources?|records?|certificate ?requests?|domain ?filters?|annotation ?filters?)\b/;
const asksOfAddon = (lower: string): boolean =>
  ADDON.test(lower) && ADDON_MACHINERY.test(lower) && !WHAT_TO_USE.some((cue) => cue.test(lower)) && !asksForKind(lower, []);
/**
 * "migrating to gateway api - what happens to our nginx.ingress.kubernetes.io annotations?": what becomes of a setting on a move
 * is a question of that setting's counterpart, not of what to move to.
 */
const CONFIG_ON_MOVE = /\bwhat (?:happens|will happen|would happen) to\b[^?!]{0,60}\b(?:annotations?|configmaps?|snippets?|middlewares?)\b|\bwhat becomes of\b[^?!]{0,60}\b(?:annotations?|configmaps?|snippets?|middlewares?)\b/;
const NAMES_MEANS = new RegExp(`\\b(?:${KIND_WORD}|${PRODUCT}|gateway api|endpoints)\\b`);

/** Objects a cluster holds many of, whose count a limit or a range bounds. */
const COUNTED = String.raw`(?:services|svcs|endpoints|endpointslices|endpoint ?slices|slices|pods|nodes|namespaces|ips|ip addresses|addresses|cluster ?ips|ports|node ?ports|ingress(?:es)?|routes|rules|network ?polic(?:ies|ys))`;
/**
 * How many of something a cluster, a range or an object can hold ("how many services fit in a /12", "is there a limit on
 * services per namespace", "max number of endpoints in a slice"): a limit of Kubernetes, not a design of the asker's ("how many
 * services do we need" is one).
 */
const ASKS_A_LIMIT = new RegExp(
  String.raw`^(?:roughly |approximately |about )?how many (?:[a-z0-9-]+ ){0,2}?${COUNTED}\b(?! (?:do|should|would|shall) (?:i|we)\b)|\b(?:is there|are there|what(?:'s| is| are)(?: the)?|any) (?:an? )?(?:hard |upper |practical )?(?:limits?|max(?:imum)?|caps?|ceiling)s? (?:on|of|to|for) (?:the )?(?:number of |count of |how many )?(?:[a-z0-9-]+ )?${COUNTED}\b|\b(?:max(?:imum)?|upper) (?:number|count) of (?:[a-z0-9-]+ )?${COUNTED}\b`,
);

/**
 * Asks what status code, error or response something answers with ("what http status does the eviction api return when a
 * pdb blocks it", "which error code does kube-proxy send back"): a fact of how that component behaves, whatever protocol is named.
 */
const ASKS_WHAT_IT_ANSWERS =
  /\b(?:what|which)(?: (?:http|grpc|exit|error|status|response|return))? (?:status(?: codes?)?|codes?|errors?(?: codes?)?|responses?(?: codes?)?|signals?)(?: does| do| will| would| is| are)? (?:[a-z0-9./-]+ ){0,6}?(?:return|returns|returned|respond|responds|answer|answers|send|sends|send back|give|gives|reply|replies)(?: with)?\b/;

/**
 * A local cluster named as the tool it is: minikube, k3d, k3s, Docker Desktop's Kubernetes, cloud-provider-kind, and kind as a
 * cluster ("a kind cluster", "on kind", "kind + …"), not "what kind of" nor `kind: Service`.
 */
const LOCAL_TOOL = /\b(?:minikube|k3d|k3s|microk8s|docker[- ]desktop|cloud-provider-kind)\b|\bkind (?:clusters?|nodes?|config)\b|\b(?:on|in|with|using|for|single[- ]node|local) (?:an? |my |the |our )?kind\b(?!\s*(?:of\b|:))|^kind\b(?!\s*(?:of\b|:))/;
/**
 * A part of a local cluster tool's own setup that a message names to ask about it, not to tell its setup ("servicelb disabled",
 * "the ingress addon is on" and "extraPortMappings for 30080" tell one): a k3d node filter other than the load balancer
 * (`-p 8080:80@agent:0`), the API port flag, k3s arguments passed through k3d, the HelmChartConfig that customises k3s's bundled
 * charts, or the node label cloud-provider-kind reads.
 */
const LOCAL_TOOL_PART = /@(?:servers?|agents?)\b|--api-port\b|--k3s-arg\b|\bhelm ?chart ?config\b|\bexclude-from-external-load-balancers\b/;
/**
 * What a local cluster's bundled parts are asked to be without or to do ("create a k3d cluster without traefik", "want ServiceLB to
 * use 2 of my 4 nodes"), or how its way in and out works: a pod reaching a program on the asker's own machine ("a pod … needs to
 * reach a service running on my mac"; a Service name wished for it is ExternalName's, which `which` recommends), the cluster DNS
 * name of a Service asked of from the asker's machine ("from my laptop can i curl my-svc.default.svc.cluster.local"), what the
 * tool's control-plane node needs ("do i have to do smth to the control-plane node?"), a Service already made asked how to reach
 * "from the host", or an ingress controller put on the local cluster and asked how to reach ("ingress-nginx on docker desktop how
 * do i reach it").
 */
const LOCAL_TOOL_QUESTION = new RegExp(
  String.raw`\b(?:creat\w*|start\w*|spin\w* up|set\w* up) (?:an? |my |the )?(?:[a-z0-9-]+ )?cluster (?:without|w/o|with no) (?:the |its )?(?:bundled |built-?in |default )?(?:traefik|service ?lb|klipper|ingress|load ?balancer)\b` +
    String.raw`|\b(?:want|need|make|get|have|limit|restrict|tell|force) (?:the )?(?:service ?lb|klipper)\b (?:to|only)\b` +
    String.raw`|\bpods?\b[^.?!]{0,60}\b(?:call|reach|hit|connect to|talk to|access)\b[^.?!]{0,40}\b(?:running|listening|hosted) on (?:my|the|our) (?:laptop|mac|macbook|machine|host|pc|computer|workstation)\b(?!.*\b(?:service name|alias|pointing (?:there|at it))\b)` +
    String.raw`|\bfrom (?:my|the|our) (?:laptop|mac|machine|host|pc|computer|browser)\b[^?!]{0,60}\.svc\.cluster\.local\b` +
    String.raw`|\b(?:do|does|should|must) (?:i|we) (?:have to|need to) [^.?!]{0,30}\bcontrol[- ]plane(?: node)?\b` +
    String.raw`|\bhow (?:do|can|would|should) (?:i|we|you) (?:reach|access|hit|open|get to|curl) (?:it|that|this|them) from (?:the|my) host(?: machine)?\s*[?.!]*$` +
    String.raw`|^${CONTROLLER} (?:on|in) (?:an? |my |the )?(?:[a-z0-9-]+ ){0,2}?(?:minikube|k3d|k3s|kind|docker[- ]desktop)\b[^.?!]{0,40}\bhow (?:do|can|would|should) (?:i|we|you) (?:reach|access|hit|open|get to|curl)\b`,
);
/** A question about a local cluster tool's own setup or its way in and out (see LOCAL_TOOL_PART and LOCAL_TOOL_QUESTION). */
const asksOfLocalTool = (lower: string): boolean => LOCAL_TOOL.test(lower) && (LOCAL_TOOL_PART.test(lower) || LOCAL_TOOL_QUESTION.test(lower));

/**
 * How a part of Kubernetes itself behaves, asked of no workload of the asker's: how a router or a Service decides where a request
 * goes ("how does an ingress pick the backend for a request", "how does a service choose which pod"), whether pods need a Service to
 * talk at all ("do I even need a service for pod-to-pod traffic", "can pods talk to each other without a service"), and whether a pod
 * answers to its own name ("can I curl a pod by its name", "does a pod get a dns name"). Knowledge, not a choice of how to expose.
 */
const ASKS_HOW_IT_BEHAVES = new RegExp(
  String.raw`\bhow (?:does|do|will|would) (?:an? |the |my |our )?(?:ingress(?:es)?|ingress controllers?|gateways?|httproutes?|services?|svcs?|kube-proxy|load ?balancers?|lbs?|controllers?) (?:decide|choose|pick|select|know|determine|figure out)s?\b(?: (?:which|what|where|who|the|a))?` +
    String.raw`|\b(?:do|does|would|will|should) (?:i|we|you|one|it) (?:even |really |actually |still |always )?(?:need|have to have|require) (?:a |an |the |any )?(?:service|svc)s? (?:for|to|so|when|if|just to)\b[^.?!]{0,40}\bpods?\b[^.?!]{0,30}\b(?:talk|speak|connect|reach|call|communicate)` +
    String.raw`|\bpods?\b[^.?!]{0,30}\b(?:talk|speak|connect|communicate)s? (?:to|with) (?:each other|one another|another pod|other pods)\b[^.?!]{0,20}\bwithout (?:a |any )?(?:service|svc)s?\b` +
    String.raw`|\b(?:curl|reach|call|ping|hit|resolve|address|access) (?:a |my |the |our )?pods? (?:by|using|with|via) (?:its|their|the) (?:pod )?(?:names?|host ?names?)\b|\b(?:does|do) (?:a |my |each )?pods? (?:get|have) (?:a |its own |their own )?(?:dns (?:names?|records?)|host ?names?)\b`,
);

/**
 * Two ingress controllers that both take the same Ingresses ("we run traefik and nginx and both serve my ingress", "two ingress
 * controllers fighting over one ingress"): which controller an Ingress belongs to is set by its class, not a way to expose to choose.
 */
const CONTROLLERS_CLASH = new RegExp(
  String.raw`(?:\b(?:two|2|both|multiple|several) (?:different )?(?:ingress )?controllers\b|\b(?:nginx|${CONTROLLER})\b[^.?!]{0,20}\b(?:and|&|\+) (?:an? |the )?(?:nginx|${CONTROLLER})\b)` +
    String.raw`[^.?!]{0,80}\b(?:fight\w*|compet\w*|conflict\w*|clash\w*|both (?:of them )?(?:are |is )?(?:serv|handl|pick|claim|process|answer|grab|updat|program)\w*|same ingress(?:es)?|each other)`,
);

/**
 * How to address, restrict or configure something. Each is a question for the knowledge, unless
 * the message also asks what to use or how to expose something (read by the recognisers).
 */
function mechanismOf(lower: string, namespaces: readonly string[]): Mechanism | null {
  const otherNamespace = namespaces.length >= 2 || OTHER_NAMESPACE.test(lower);
  // "my pod in ns web needs to call a service in ns shop": a Service that exists, addressed by its DNS name.
  if (otherNamespace && /\b(?:service|svc)\b/.test(lower) && CALLS.test(lower) && !WANTS_ALIAS.test(lower)) return 'cross-namespace';
  // "my HTTPRoute is in team-a, the Gateway in infra": a route attached across namespaces, which the Gateway's allowedRoutes govern.
  // (With another way to expose put up beside it, "…is Ingress ok for that?", it is a choice.)
  if (ROUTE_AND_GATEWAY.test(lower) && (otherNamespace || OWN_NAMESPACES.test(lower)) && !OTHER_WAY.test(lower)) return 'cross-namespace';
  if (ACCESS_CONTROL.test(lower) || DEFAULT_REACHABILITY.test(lower) || NETWORK_POLICY.test(npAsPolicy(lower))) return 'access-control';
  if (EGRESS.test(lower) && ADDRESS.test(lower)) return 'egress';
  if (DNS_FORWARDING.test(lower) && !WANTS_ALIAS.test(lower) && !NAME_FOR_OUTSIDE.test(lower)) return 'kind-setting';
  if (OUTSIDE_RESOLVES_CLUSTER.test(lower)) return 'kind-setting';
  if (OUTSIDE_NAMES_FAIL.test(lower)) return 'egress';
  // Not a name of the cluster's own wished for the outside thing ("reach the RDS as just `db`", "a k8s name for it"): ExternalName's, `which`'s.
  if (REACHES_OUTSIDE.test(lower) && !WANTS_ALIAS.test(lower) && !NAME_FOR_OUTSIDE.test(lower)) return 'egress';
  if (otherNamespace && BACKEND_ELSEWHERE.test(lower)) return 'cross-namespace';
  if (EXTERNALNAME_BACKEND.test(lower) || PATH_REWRITE.test(lower)) return 'kind-setting';
  if (NAMED_STATEFULSET_SERVICE.test(lower) || MAKES_PER_POD_SERVICE.test(lower) || HANDS_CLIENTS_INTERNAL.test(lower) || EDITS_IN_PLACE.test(lower) || SPLIT_BY_ROLE.test(lower) || IMPLEMENTATION_PER_SERVICE.test(lower)) return 'kind-setting';
  if (atTheDoor(lower) || namesGatewayApiPart(lower) || asksOfControllerConfig(lower) || asksOfMesh(lower) || asksOfAddon(lower) || namesProductObject(lower) || productLed(lower) || asksOfLocalTool(lower) || CONFIG_ON_MOVE.test(lower) || KIND_SETTING.test(lower) || SELECTORLESS.test(lower) || KIND_ON_ADDRESS.test(lower) || KIND_KEPT_INSIDE.test(lower) || KIND_CAME_UP_AS.test(lower) || ADDRESS_ON_KIND.test(lower) || KIND_PART.test(lower) || CONFIGURES.test(lower) || NAMED_MEANS.test(lower) || TUNNEL_BINDS.test(lower) || CLIENT_IP_BEHIND.test(lower) || (SHARES_ADDRESS.test(lower) && NAMES_PRODUCT.test(lower))) return 'kind-setting';
  const ports = PORT_MAPPING.exec(lower) ?? MAPS_PORT.exec(lower);
  if (ports && ports[1] !== ports[2]) return 'port-mapping';
  if (COUNTERPART.test(lower) || (FROM_FAMILIAR.test(lower) && ASKS_HOW.test(lower))) return 'counterpart';
  const first = firstQuestion(lower);
  if (CHOSEN_MEANS.test(lower) || (first !== null && CHOSEN_MEANS.test(first))) return 'chosen-means';
  if (LIFECYCLE.test(lower) && NAMES_MEANS.test(lower)) return 'lifecycle';
  if (ASKS_A_LIMIT.test(lower)) return 'limit';
  if (ASKS_WHAT_IT_ANSWERS.test(lower)) return 'response';
  if (ASKS_HOW_IT_BEHAVES.test(lower)) return 'behaviour';
  if (CONTROLLERS_CLASH.test(lower)) return 'kind-setting';
  return null;
}

/**
 * A name that did not resolve, as a resolver or client reports it: nslookup's "server can't find …:
 * NXDOMAIN", curl's "Could not resolve host", Go's "no such host", glibc's "Name or service not known",
 * Node's ENOTFOUND.
 */
const NAME_NOT_FOUND =
  /\bserver can'?t find\b|\bnxdomain\b|\bcould not resolve (?:host|hostname)\b|\bno such host\b|\bname or service not known\b|\btemporary failure in name resolution\b|\bunknown host\b|\benotfound\b/i;

/**
 * The API server's refusal of an object, reported without its words ("the api rejects it", "rejected by the apiserver"). Told of
 * no workload of the asker's, it is the evidence of a field or value the API does not take; told of one ("…for my web app and the
 * apiserver rejects it, how do I get it on port 80?"), the refusal is part of a setup the recommendation answers.
 */
const API_REFUSAL =
  /\b(?:the )?(?:api|api[- ]?server|apiserver|kube-apiserver)\b (?:rejects|rejected|refuses|refused) (?:it|them|the|my|our|this|that)\b|\brejected by (?:the )?(?:api|api[- ]?server|apiserver|kube-apiserver)\b/;

/** A pasted error, log or command output: "Error: connect ECONNREFUSED 10.96.45.12:6379", "logs say …", a kubectl table. */
const EVIDENCE = [
  // At the start of a line, or of a quote: "`error: unable to forward port because pod is not running`".
  /(?:^|\n|`)\s*(?:error|err|fatal|panic|exception|caused by|warning)\b\s*[:\]]/i,
  /\b(?:econnrefused|econnreset|etimedout|ehostunreach|enetunreach|enotfound|eai_again)\b/i,
  /\bcurl: \(\d+\)|\bdial tcp\b|\bi\/o timeout\b|\bno route to host\b/i,
  /\b(?:logs?|output|it|error|message) (?:says?|said|shows?|showed|reads?|prints?|printed)\b.{0,80}\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?|\blistening on\b.{0,20}\d{1,3}(?:\.\d{1,3}){3}/i,
  /\n\s*NAME\s{2,}(?:TYPE|READY|CLASS|ENDPOINTS|ADDRESSTYPE|HOSTS)\b/,
  // What the API server, a resolver or an admission webhook answered.
  // A validation error as kubectl apply prints it: 'spec.ports[0].name: Required value', 'unknown field "spec.app"'.
  /\b[a-z]+(?:\.[a-z]+|\[\d+\])+(?:\.[a-z]+)*: (?:required value|invalid value|unsupported value|duplicate value|forbidden)\b|\bunknown field "|\bis invalid: /i,
  /\berror from server\b|\bdenied the request\b|\bfailed calling webhook\b|\bno servers could be reached\b|\b(?:servfail|getaddrinfo)\b/i,
  // A name that did not resolve, in a resolver's or a client's words (NAME_NOT_FOUND).
  NAME_NOT_FOUND,
  // A status condition reported with its value: "`Programmed: Unknown`", "Accepted: False", "ResolvedRefs False".
  /\b(?:accepted|programmed|resolvedrefs|ready|available|progressing|scheduled|attached|reconciled|valid)\b\s*[:=]?\s*(?:false|unknown)\b/i,
  // An annotation or label seen with its value: "seeing endpoints.kubernetes.io/over-capacity: truncated".
  /\b(?:see|sees|seeing|saw|seen|got|getting|gets|shows?|showing|showed|appears?|appeared)\b[^.?!\n]{0,30}?\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[a-z0-9][a-z0-9._-]*:\s*["']?[a-z0-9]/i,
  // A kubectl command quoted with what it showed: "`kubectl get svc web` shows … <pending>".
  /`\s*\$?\s*kubectl [^`\n]+`\s*(?:shows?|showed|says?|said|gives?|gave|returns?|returned|prints?|printed|lists?|listed|outputs?|->|=>|:)/i,
];

/**
 * The question that ends a story: its last sentence, when sentences that state the setup come
 * before it and it asks what to use or how to reach or expose something. Null for anything else.
 * `kinds` are the whole message's: the kind a Service has now is told before "what should it be?".
 */
function questionAfterStory(lower: string, kinds: readonly string[]): string | null {
  const sentences = lower.split(/(?<=[.?!;])\s+/).filter((s) => s !== '');
  if (sentences.length < 2) return null;
  const question = sentences[sentences.length - 1] as string;
  const told = sentences.slice(0, -1);
  if (told.some((s) => s.endsWith('?'))) return null;
  const asks = asksForKind(question, kinds) || WHAT_TO_USE.some((cue) => cue.test(question)) || EXPOSURE.some((cue) => cue.test(question));
  return asks ? question : null;
}

/** "what Service type do I give its AMQP port": a port to expose by a kind, not a question about ports. */
const TYPED_PORT = /\b(?:service type|svc type|type of service)\b[^.?!]*\bports?\b/;

/**
 * A sentence about the platform left behind ("our compose file had `ports: 5432:5432`", "in compose
 * traefik routed by labels", "on heroku the SSL add-on did certs"): the settings it names were that
 * platform's, told as the story of a move, not asked about.
 */
const OLD_PLATFORM = /\b(?:docker[- ]?compose|compose (?:file|stack|setup)|(?:in|our|with|from) compose|heroku|dynos?|docker swarm|nomad)\b/;
function settingsOfNow(lower: string, settings: string[]): string[] {
  if (settings.length === 0 || !OLD_PLATFORM.test(lower)) return settings;
  const now = lower
    .split(/(?<=[.?!;])\s+/)
    .filter((s) => !OLD_PLATFORM.test(s))
    .join(' ');
  const named = new Set(namesIn(now).map((n) => n.toLowerCase()));
  return settings.filter((n) => named.has(n));
}

let last: Intent | undefined;

/** The features of a message; the last one is kept, since every recogniser reads the same text. */
export function readIntent(text: string): Intent {
  if (last?.text === text) return last;
  // Chat shorthand spelled out: "wat type 4 my sts" asks "what type for my statefulset".
  const lower = expandChatShorthand(text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim());
  // k3d's node filters set side by side ("-p 8080:80@agent:0 vs @loadbalancer") name where a port is published, not the
  // LoadBalancer kind. (Alone, "-p 8080:80@loadbalancer" is read as it always was: the k3d load balancer in front of the cluster.)
  const names = namesIn(/@(?:servers?|agents?)\b/.test(lower) ? lower.replace(NODE_FILTER, ' ') : lower).map((n) => n.toLowerCase());
  const kinds = names.filter((n) => KIND.test(n));
  const setup = names.filter((n) => SETUP.test(n));
  const labelled = labelledQuestion(lower);
  const namespaces = namespacesInText(lower);
  // "port 8080" (or "port: 8080" in pasted YAML, "the rcon port (25575)") is the workload's port, not a question about ports; nor is a port to expose.
  const settings = names.filter(
    (n) => !kinds.includes(n) && !setup.includes(n) && !WORKLOAD.test(n) && !(/^ports?$/.test(n) && (/\bports?:? [:(]?\d/.test(lower) || PORT_OPENED.test(lower) || TYPED_PORT.test(lower) || (PART_PORT.test(lower) && !ASKS_WHICH_PORT.test(lower)))),
  );
  const storyQuestion = questionAfterStory(lower, kinds);
  const told = withoutAsides(lower);
  const mechanism = mechanismOf(lower, namespaces);
  const trouble = TROUBLE.test(told) || SYMPTOM.test(told) || CONDITION_REASON.test(told);
  const intent: Intent = {
    text,
    lower,
    questionWord: startsQuestion(lower) || labelled,
    question: startsQuestion(lower) || labelled || /\?(?:\s|$)/.test(lower) || TAG_QUESTION.test(lower) || (mechanism === 'egress' && (LAST_SENTENCE_ASKS.test(lower) || ASKS_BEST_WAY.test(lower))),
    labelled,
    names,
    kinds,
    settings,
    askedSettings: settingsOfNow(lower, storyQuestion === null ? settings : settings.filter((n) => namesIn(storyQuestion).some((q) => q.toLowerCase() === n))),
    firstPerson: /\b(?:i|we|me|us|my|our|i'm|we're|i've|we've|im|ive)\b|^how to\b/.test(lower),
    comparison: asksToCompare(lower),
    choice: kinds.length >= 2 && CHOICE.test(trouble ? lower.replace(OTHER_THAN_A_KIND, ' ') : lower),
    asksForRecommendation: asksForKind(lower, kinds),
    asksWhatToUse: WHAT_TO_USE.some((cue) => cue.test(lower)) || (kinds.length > 0 && settings.length === 0 && CHECKS_CHOICE.test(lower)),
    wantsExposure: EXPOSURE.some((cue) => cue.test(lower)),
    ownWorkload: ownThing(lower) || weRun(lower),
    trouble,
    wantsManifest: MANIFEST_WORD.test(lower.replace(/\b(?:for|as an?) example\b|\S+\.[a-z]{2,}\b|\b[a-z]+:\s*[`'"]?example\b/g, ' ').replace(MANIFESTS_LEFT_ALONE, ' ').replace(MANIFEST_AS_PLACE, ' ').replace(MANIFEST_REFUSED, ' ')),
    namespace: namespaces[0] ?? null,
    allNamespaces: mentionsAllNamespaces(lower),
    serviceName: serviceNameInText(lower),
    namespaces,
    mechanism,
    evidence: EVIDENCE.some((cue) => cue.test(text)) || (API_REFUSAL.test(lower) && !ownThing(lower) && !weRun(lower)),
    nameNotFound: NAME_NOT_FOUND.test(text),
  };
  last = intent;
  return intent;
}
