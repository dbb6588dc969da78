// Finding topics: by name (id, alias, or a misspelling of one) and by question (full-text
// retrieval with MiniSearch over the canonical terms from terms.ts).

import { createRequire } from 'node:module';
import { distance } from 'fastest-levenshtein';
import type MiniSearch from 'minisearch';
import { nameKey, terms, words } from './terms.js';
import type { Topic } from './topics.js';

export interface TopicHit {
  topic: Topic;
  score: number;
  /** Question terms this topic matched. */
  matched: string[];
  /** True when a matched term is in the topic's names, title or keywords, not only its prose. */
  strong: boolean;
  /** True when a question term matched as written (or as corrected), not only by fuzzy or prefix matching. */
  exact: boolean;
}

export interface SearchResult {
  /** Best first. */
  hits: TopicHit[];
  /** The question's terms after analysis (what was searched for). */
  terms: string[];
  /** Whether the best hit answers the question, as far as retrieval can tell. */
  confident: boolean;
  /** Terms no topic uses (misspellings, cut-off words, words of other fields). */
  unknown: string[];
}

/** Words around a name that do not change which topic it is ("a headless service"). */
const FILLER = new Set(['a', 'an', 'the', 'service', 'services', 'svc', 'type', 'types', 'kubernetes', 'k8s', 'kube', 'in', 'on', 'of', 'about', 'do', 'does', 'mean', 'kind', 'object', 'resource', 'resources', 'are', 'is', 'my', 'what', 'whats', 'explain']);

/** A fault told after a move: "…and now pods cannot resolve", "…since then it fails". */
const FAULT_AFTER = /\b(?:and now|but now|since then|ever since|afterwards?)\b[^.?!]{0,80}\b(?:can(?:no|'|’)?t|cannot|fail\w*|broke\w*|errors?|timeouts?|timed out|refused|not (?:work|resolv|reach)\w*|doesn'?t|won'?t|stopped|5\d\d|404)\b/i;
/**
 * A question about what a thing is for, and the thing: "why do I need a Service at all", "why bother with
 * services", "what's the point of an ingress controller"; and whether a thing is deprecated or going away ("is ingress
 * deprecated? heard X replaces it"): its status is its own topic's.
 */
const ASKS_PURPOSE =
  /\bwhy (?:do|would|should|does|did) (?:i|we|you|one|anyone|it|they) (?:even |really |actually )?need (?:a |an |the |any )?([a-z][a-z -]{1,30}?) (?:at all|in the first place)\b|\bwhy (?:even )?bother with (?:a |an |the |any )?([a-z][a-z -]{1,30}?)(?= at all\b|\s*[?,.!;]|$)|\bwhat(?:'s| is) the point of (?:a |an |the |having |using )?([a-z][a-z -]{1,30}?)(?= at all\b|\s*[?,.!;]|$)|\b(?:is|are) (?:the |a |an )?([a-z][a-z -]{1,30}?) (?:being |getting )?(?:deprecated|obsolete|dead|going away|removed|on (?:its|their) way out)\b/;
/** A move or migration and where it goes: "move X to Y", "migrating from X to Y", "switch to Y", "convert our Ingresses into HTTPRoutes". */
const MOVE_TO = /\b(?:move|moving|moved|migrate|migrating|migrated|switch|switching|switched|convert|converting|converted)\b[^.?!;]{0,60}?\b(?:to|onto|into|over to)\s+([^,.?!;]{1,40})/;
/**
 * The counterpart of a thing in another API or product: "the equivalent of ingressClassName when using gateway api", "what's
 * the counterpart to an IngressClass in Gateway API": where the counterpart is sought is what is asked about, as with a move.
 */
const COUNTERPART_IN = /\b(?:equivalent|counterpart|analog(?:ue)?)\s+(?:of|to|for)\s+[^.?!;]{1,60}?\s(?:in|with|when using|using|under)\s+([^,.?!;]{1,40})/;

/**
 * A field the asker set or changed, written as the field is spelled ("since I set internalTrafficPolicy
 * Local…", "after adding sessionAffinity: ClientIP…"): what follows is about that field, whatever
 * symptom words come after it.
 */
export const FIELD_WRITTEN = /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g;
const CHANGE_BEFORE =
  /\b(?:set|sets|setting|change[ds]?|changing|switch(?:ed|es|ing)?|flip(?:ped|s|ping)?|add(?:ed|s|ing)?|enabl(?:e|ed|es|ing)|updat(?:e|ed|es|ing)|configur(?:e|ed|es|ing)|appl(?:y|ied|ies|ying)|turn(?:ed|s|ing)? on|put|use[ds]?|using|tried|trying)\s+(?:(?:the|a|an|my|our|its|their|this|that)\s+)?(?:(?:service|svc)(?:'s)?\s+)?[`"']?$/;

/**
 * A field written with its value as a manifest spells it ("path /api with pathType Exact", "externalTrafficPolicy: Local"):
 * the setting the asker has, told in the API's words, as much as one set or changed.
 */
const VALUE_AFTER = /^\s*[:=]?\s*[`"']?[A-Z][A-Za-z0-9]*\b/;

/** A part the asker reports working: "DNS resolves fine", "the endpoints look ok", "pods are running fine". */
const WORKS_FINE = /\b(?:[a-z0-9-]+ ){0,2}?[a-z0-9-]+ (?:resolves?|works?|is working|are working|looks?|seems?|is|are|answers?|responds?)(?: (?:just|totally|all))? (?:fine|ok|okay|good|correctly|perfectly)\b/gi;

/** Where a sentence ends: a name of several words is not read across it. */
const SENTENCE_END = /[.?!;]+(?:\s+|$)|\n/;

/** Text quoted in backticks: a pasted error, command or value. */
const QUOTED = /`[^`\n]{1,200}`/g;
/**
 * Text quoted in backticks, or in quotes that open after a space and close before one ("shows 'Kubernetes Ingress Controller
 * Fake Certificate'"), not the apostrophes of "can't … don't": a message as something printed it.
 */
const QUOTED_MESSAGE = /`[^`\n]{1,200}`|(?<=^|[\s(:])(?:'[^'\n]{3,200}'|"[^"\n]{3,200}")(?=[\s.,;:?!)]|$)/g;

/** The context a question opens with before it asks: "in networking.k8s.io/v1 ingress how do I…", "with a headless service, what…". */
const OPENING_CONTEXT = /^\s*(?:in|on|with|for|using|under|inside)\s+(?:[^,?.!;:]|[.:](?=\S)){1,60}?(?:,\s*|\s+)(?=(?:how|what|whats|what's|which|where|why|can|could|does|do|is|are|should)\b)/i;

/**
 * The terms of a product's name that is an alias of a broader topic (the ingress controllers' topic names ingress-nginx, "nginx
 * ingress"): the product says which controller, not which of its features is asked about.
 */
const PRODUCT_NAME_TERMS = new Set(['nginx', 'ingresscontroller', 'ingress']);
/** Of those, the product's own: the term that makes an alias a product's name. */
const PRODUCT_TERMS = new Set(['nginx']);
/** Asks where or how a setting is given: "where do I set…", "how do we specify…". */
const ASKS_WHERE_TO_SET = /\b(?:where|how)\s+(?:do|can|should|would|to)\s+(?:(?:i|we|you|one)\s+)?(?:set|put|configure|specify|add|give)\b/i;
/** How many of the best matches may hold the feature a product's question asks about. */
const FEATURE_CANDIDATES = 4;

/** How much the topic a question names first gains over others it matches. */
const SUBJECT_BOOST = 1.5;

/**
 * The domain's own word: nearly every question says "service", so it is the subject only when the
 * question names nothing else ("what types of services are there"), not in "does a loadbalancer
 * service use nodeports".
 */
const DOMAIN_WORDS = new Set(['service', 'ip']);
/** Names of parts every object has: the subject only when the question names no other topic. */
const PART_WORDS = new Set(['label', 'port']);
/**
 * Names of products and implementations that have a topic of their own: named beside the kind they implement
 * ("share one ALB between Ingresses", "a TCP and a UDP Service on one MetalLB IP"), the product's topic is the
 * subject, since it says how that product does it.
 */
const PRODUCT_WORDS = new Set(['alb', 'nlb', 'metallb', 'kubevip', 'k3s', 'servicelb', 'openshift', 'backendconfig', 'istio', 'linkerd', 'externaldns', 'certmanager', 'clusterissuer', 'nodelocaldns']);
/**
 * kubectl's output formats: a question asking for a jsonpath or custom columns asks how to print a field, whatever object holds it
 * ("jsonpath for the external hostname of an aws lb", "with jsonpath, the targetPort of the port called grpc"), so the format's
 * topic is the subject, as a product's is beside the kind it implements.
 */
const FORMAT_WORDS = new Set(['jsonpath', 'customcolumns']);
/**
 * kind, the local cluster ("a kind cluster", "on kind"), is a product like those (not `kind: Service` in a paste, nor
 * "what kind of"): its topic says how a port reaches the machine it runs on.
 */
const KIND_CLUSTER = /\bkind (?:clusters?|nodes?|node containers?)\b|\b(?:on|in|with|using|via|under) kind\b(?!\s*(?:of\b|:))/i;
/**
 * Clouds and platforms: a topic named by one with a kind ("gke ingress", "aks static ip") is named by a question
 * that says both, in any order ("the ingress class on GKE", "a static IP I made on AKS").
 */
const PLATFORM_WORDS = new Set(['gke', 'aks', 'eks', 'aws', 'digitalocean']);
/** Kinds a cloud implements with its own products (its load balancers, its ingress): a cloud's topic may answer them. */
const CLOUD_KINDS = new Set(['loadbalancer', 'ingress', 'gateway', 'alb', 'nlb', 'ingressclass', 'ingresscontroller']);
/** Kinds that work the same on every cloud: with one of them, a cloud's name is only where the cluster runs. */
const CLOUD_NEUTRAL_KINDS = new Set(['nodeport', 'clusterip', 'headless', 'externalname']);
/** How much a cloud's name (and "cloud") counts then. */
const PLACE_WORD_WEIGHT = 0.5;
/**
 * "tls" names the topic on TLS for an Ingress; beside another kind that terminates TLS itself ("tls on gateway api", "https on
 * an nlb"), it is that kind's TLS that is asked about, so that kind is the subject.
 */
const TLS_WORD = 'tls';
const TERMINATES_TLS = new Set(['gateway', 'loadbalancer', 'nlb', 'alb', 'openshift']);
/** A term that names more than the domain itself or a part every object has ("service", "ip", "label", "port"). */
const namesMore = (t: string): boolean => !DOMAIN_WORDS.has(t) && !PART_WORDS.has(t);
/** How much a domain word counts beside other words of a question. */
const DOMAIN_WORD_WEIGHT = 0.3;

/**
 * How much a runner-up gains when the best topic lists it as related: the choices offered after
 * an answer should continue it ("EXTERNAL-IP pending" -> bare metal), not merely share a word.
 */
const RELATED_BOOST = 1.3;

const FIELDS = ['names', 'title', 'keywords', 'summary', 'body'] as const;
export type SearchField = (typeof FIELDS)[number];
const STRONG_FIELDS = new Set(['names', 'title', 'keywords']);

export class TopicIndex {
  private readonly byId: Map<string, Topic>;
  private readonly names: Map<string, string>;
  private search_: MiniSearch | null = null;
  /** Every term in the index, so that known words skip fuzzy matching. */
  private readonly vocabulary = new Set<string>();

  constructor(
    readonly topics: readonly Topic[],
    names: Map<string, string>,
  ) {
    this.byId = new Map(topics.map((t) => [t.id, t]));
    this.names = names;
  }

  topic(id: string): Topic | undefined {
    return this.byId.get(id);
  }

  /** The topic a short name means: its id or an alias, with filler words and typos forgiven. */
  resolve(phrase: string, fuzzy = true): Topic | undefined {
    if (phrase.length > 80) return undefined;
    const exact = this.names.get(nameKey(phrase));
    if (exact) return this.byId.get(exact);
    const core = phrase
      .toLowerCase()
      .replace(/[?!.,:;"]+/g, ' ')
      .split(/\s+/)
      .filter((w) => w !== '' && !FILLER.has(w))
      .join(' ');
    const key = nameKey(core);
    // Punctuation alone ("—", "->") names nothing, not the "service" its empty key plus the filler word would give.
    if (key === '') return undefined;
    const found = this.names.get(key) ?? this.names.get(nameKey(`${core} service`));
    if (found) return this.byId.get(found);
    // A misspelling: the closest name within one edit for short words and two for long ones.
    if (!fuzzy || key.length < 4) return undefined;
    // A word the topics use is a word, not a misspelt name ("traffic" is not "traefik").
    if (this.knownWords(core)) return undefined;
    const allowed = key.length <= 5 ? 1 : 2;
    let best: { id: string; d: number } | null = null;
    let tie = false;
    for (const [name, id] of this.names) {
      if (Math.abs(name.length - key.length) > allowed) continue;
      const d = distance(key, name);
      if (d > allowed) continue;
      if (!best || d < best.d) {
        best = { id, d };
        tie = false;
      } else if (d === best.d && id !== best.id) tie = true;
    }
    return best && !tie ? this.byId.get(best.id) : undefined;
  }

  /** Whether every term of a phrase occurs in the topics (so it is not a misspelling). */
  private knownWords(phrase: string): boolean {
    this.index();
    // As written (not through synonyms: "ingres" is a misspelling the synonyms already forgive).
    const found = words(phrase);
    return found.length > 0 && found.every((w) => this.vocabulary.has(w) || this.vocabulary.has(w.replace(/s$/, '')));
  }

  /** Topics for a question, best first. */
  search(question: string, limit = 5): SearchResult {
    const index = this.index();
    const vocabulary = this.vocabulary;
    const read = question.slice(0, 2000);
    const sequence = terms(read).map((t) => (vocabulary.has(t) ? t : this.correctName(t)));
    const queryTerms = [...new Set(sequence)].slice(0, 40);
    if (queryTerms.length === 0) return { hits: [], terms: [], confident: false, unknown: [] };
    // "nodeport not reachable, cluster on aws ec2": the clouds' topics are about their load balancers and ingress; beside a
    // kind no cloud implements itself, a cloud's name says where the cluster runs, not what is asked.
    const cloudIsPlace = queryTerms.some((t) => CLOUD_NEUTRAL_KINDS.has(t) && this.isName(t)) && !queryTerms.some((t) => CLOUD_KINDS.has(t));
    // Only words the index does not know (typos, cut-off words) pay for fuzzy and prefix matching.
    const raw = index.search(queryTerms.join(' '), {
      boost: { names: 6, title: 3, keywords: 3, summary: 1.5, body: 1 },
      // Two edits from seven letters on: a swapped pair ("servcie") is two.
      fuzzy: (term) => (vocabulary.has(term) ? false : term.length >= 7 ? 2 : term.length >= 5 ? 1 : false),
      prefix: (term) => !vocabulary.has(term) && term.length >= 5,
      weights: { fuzzy: 0.35, prefix: 0.4 },
      // "service" says little beside other words; alone ("what is a service") it is the question.
      boostTerm: (term, _i, all) => (DOMAIN_WORDS.has(term) && all.length > 1 ? DOMAIN_WORD_WEIGHT : cloudIsPlace && (PLATFORM_WORDS.has(term) || term === 'cloud') ? PLACE_WORD_WEIGHT : 1),
      combineWith: 'OR',
    });
    // A topic named by a phrase of several words ("extensions/v1beta1", "gke ingress") is named more
    // precisely than by one word, so it is the subject; otherwise the first topic a question names
    // usually is ("does a loadbalancer use nodeports").
    // What the asker says works ("DNS resolves fine", "the pods are ok") is ruled out: not the subject, though its words
    // still tell the contrast ("grpc fails, plain http is fine").
    const fine = read.match(WORKS_FINE) ?? [];
    const besidesFine = read.replace(WORKS_FINE, ' ');
    const notFine = new Set(terms(besidesFine));
    const ruledOut = new Set(fine.flatMap((clause) => terms(clause)).filter((t) => !notFine.has(t)));
    const named = queryTerms.filter((t) => this.isName(t) && !ruledOut.has(t));
    // A name's words in one sentence: "…to a service? DNS resolves fine" does not say "service DNS".
    const phraseNamed = new Set(
      besidesFine
        .split(SENTENCE_END)
        .flatMap((sentence) => [...this.phraseNamed(terms(sentence).map((t) => (vocabulary.has(t) ? t : this.correctName(t))))]),
    );
    // A phrase named only inside a quoted error ("`connection refused`") is the symptom's name; when the asker's
    // own words name a topic beside it ("service without a selector… I created the endpoints manually"), it is not the subject.
    const own = read.replace(QUOTED, ' ');
    if (phraseNamed.size > 0 && own !== read) {
      const ownTerms = terms(own);
      const ownPhrases = this.phraseNamed(ownTerms);
      const ownNames = ownTerms.some((t) => namesMore(t) && this.isName(t));
      if (ownNames) for (const id of [...phraseNamed]) if (!ownPhrases.has(id)) phraseNamed.delete(id);
    }
    // "how do you make a headless service, and what does its DNS name resolve to": a name said as a part of
    // something named before it ("its", "their") is that thing's part, not the subject, when a topic is named besides.
    // So is one said as the criterion something is done by ("an egress policy to an external api by dns name"): the means, not the thing asked about.
    if (phraseNamed.size > 0) {
      const lower = read.toLowerCase();
      for (const id of [...phraseNamed]) if (this.saidOnlyAsAPart(id, lower) && named.some((t) => namesMore(t) && this.nameTerms(id)[0]?.has(t) !== true)) phraseNamed.delete(id);
    }
    // "which label ties an EndpointSlice to its Service": a part asked about names its owner after it.
    // "in a v1 Ingress, how do I say which ingress controller handles it": the context a question opens with
    // is where the thing asked about lives; a topic the question itself names is the subject.
    // "setHostnameAsFQDN, what does it do": a field written as the API spells it that is a topic's own name names that topic,
    // though its split words ("host", "dns") name others.
    for (const field of read.match(FIELD_WRITTEN) ?? []) {
      const id = this.fieldNames().get(field.toLowerCase());
      if (id !== undefined) phraseNamed.add(id);
    }
    const context = OPENING_CONTEXT.exec(read);
    const clause = context === null ? [] : terms(read.slice(context[0].length));
    const asked = clause.filter((t) => named.includes(t) && namesMore(t));
    if (asked.length > 0) {
      const namedInClause = this.phraseNamed(clause);
      for (const id of [...phraseNamed]) if (!namedInClause.has(id)) phraseNamed.delete(id);
    }
    const tlsOfAnotherKind = named.some((t) => TERMINATES_TLS.has(t));
    const format = named.find((t) => FORMAT_WORDS.has(t));
    const subject =
      format ??
      asked[0] ??
      (queryTerms.includes('kind') && KIND_CLUSTER.test(read) ? 'kind' : undefined) ??
      named.find((t) => PRODUCT_WORDS.has(t)) ??
      named.find((t) => namesMore(t) && !(t === TLS_WORD && tlsOfAnotherKind)) ?? named.find(namesMore) ?? named.find((t) => !DOMAIN_WORDS.has(t)) ?? named[0];
    // A product named beside a phrase that names another topic ("an NLB with the aws lb controller") is still the subject.
    if (subject !== undefined && (PRODUCT_WORDS.has(subject) || FORMAT_WORDS.has(subject) || subject === 'kind')) for (const id of [...phraseNamed]) if (this.nameTerms(id)[0]?.has(subject) !== true) phraseNamed.delete(id);
    // "move our nginx Ingress rules to Gateway API": where a move goes is what it asks about; so is
    // a field the asker set or changed ("since I set internalTrafficPolicy Local, pods can't reach…").
    // Not a move that is only the background of a fault ("we migrated to gateway api and now DNS fails").
    // Nor is it the subject at all: the fault told after it is.
    const faultAfter = FAULT_AFTER.test(read);
    const background = faultAfter ? this.destinationNamed(read) : new Set<string>();
    const leading = faultAfter ? new Set<string>() : this.destinationNamed(read);
    // "where do i set ingressClassName for the http01 solver in a clusterissuer": where a field goes in a product's own object is
    // that product's setting, asked of the product, not a change to the field's own kind.
    const setInAProduct = subject !== undefined && PRODUCT_WORDS.has(subject) && ASKS_WHERE_TO_SET.test(read);
    if (!setInAProduct) for (const id of this.changedFieldsNamed(read)) leading.add(id);
    // "jsonpath for the external hostname of an aws lb": the format asked for decides, whatever object's words the field has.
    if (format !== undefined) for (const topic of this.topics) if (this.nameTerms(topic.id)[0]?.has(format) === true) leading.add(topic.id);
    // "why do I need a Service at all", "why bother with an ingress": what the thing is for is asked, whatever else is told.
    const purpose = this.purposeAsked(read);
    if (purpose !== undefined) leading.add(purpose);
    // "cors on ingress nginx", "canary by cookie with ingress-nginx": the product says which controller, the feature asked says
    // which topic; a topic that lists the feature among its names or keywords answers it, not the controller's own topic.
    const feature = this.featureOfProduct(raw, queryTerms, phraseNamed);
    if (feature !== undefined) {
      phraseNamed.clear();
      phraseNamed.add(feature);
    }
    const isSubject = (id: string): boolean =>
      leading.size > 0
        ? leading.has(id)
        : phraseNamed.size > 0
          ? phraseNamed.has(id)
          : subject !== undefined && !background.has(id) && this.nameTerms(id)[0]?.has(subject) === true;
    // "ingress-nginx shows 'Kubernetes Ingress Controller Fake Certificate'": a quoted message that a topic lists word for word
    // among its keywords is that topic's symptom, whatever product the quote happens to name.
    const quotedBy = this.quotedKeywordOf(read);
    if (leading.size > 0 || phraseNamed.size > 0 || subject !== undefined || quotedBy.size > 0) {
      for (const r of raw) if (isSubject(r.id as string)) r.score *= SUBJECT_BOOST;
      for (const r of raw) if (quotedBy.has(r.id as string)) r.score *= SUBJECT_BOOST;
      raw.sort((a, b) => b.score - a.score);
      // Where a move goes, or the field changed, decides: that topic leads whatever else the words match.
      if (leading.size > 0) raw.sort((a, b) => Number(leading.has(b.id as string)) - Number(leading.has(a.id as string)));
    }
    const top = raw[0] === undefined ? undefined : this.byId.get(raw[0].id as string);
    if (top) {
      for (const r of raw.slice(1)) if (top.related.includes(r.id as string)) r.score *= RELATED_BOOST;
      // The best stays first: only the order of what follows it changes.
      const [first, ...others] = raw;
      others.sort((a, b) => b.score - a.score);
      raw.splice(0, raw.length, ...(first ? [first] : []), ...others);
    }
    const hits: TopicHit[] = [];
    for (const r of raw.slice(0, limit)) {
      const topic = this.byId.get(r.id as string);
      if (!topic) continue;
      const strong = Object.values(r.match).some((fields) => fields.some((f) => STRONG_FIELDS.has(f)));
      const exact = Object.keys(r.match).some((t) => queryTerms.includes(t));
      hits.push({ topic, score: r.score, matched: r.queryTerms, strong, exact });
    }
    // The question names the best topic (not only by the domain's own word): it is what was asked about.
    const namedTop = hits[0] !== undefined && isSubject(hits[0].topic.id) && (leading.size > 0 || phraseNamed.size > 0 || !DOMAIN_WORDS.has(subject as string));
    const unknown = queryTerms.filter((t) => !vocabulary.has(t));
    return { hits, terms: queryTerms, confident: isConfident(hits, queryTerms, namedTop), unknown };
  }

  /**
   * For a question that names a controller by a product's name that has no topic of its own (ingress-nginx, whose features
   * the Ingress topics hold: annotations, TLS, errors), the topic naming more of the words asked about among its names or
   * keywords than the product's topic does: "cors on ingress nginx" is the annotations topic's. Undefined otherwise.
   */
  private featureOfProduct(raw: readonly { id: unknown; score: number; match: Record<string, string[]> }[], queryTerms: readonly string[], phraseNamed: ReadonlySet<string>): string | undefined {
    if (!queryTerms.some((t) => PRODUCT_TERMS.has(t))) return undefined;
    // The topic the product's name names ("ingress-nginx" is an alias of the controllers' topic), among those the question names.
    const product = [...phraseNamed].find((id) => this.byId.get(id)?.aliases.some((a) => terms(a).some((t) => PRODUCT_TERMS.has(t))) === true);
    if (product === undefined) return undefined;
    // A feature may be a topic's name too ("grpc", "tls"), but not one of the product's topic's own names ("ingressclass").
    const ownNames = this.nameTerms(product)[0] ?? new Set<string>();
    const features = queryTerms.filter((t) => !PRODUCT_NAME_TERMS.has(t) && !ownNames.has(t) && !/^\d+$/.test(t));
    const strongly = (r: { match: Record<string, string[]> }): number => features.filter((t) => r.match[t]?.some((f) => STRONG_FIELDS.has(f)) === true).length;
    const own = raw.find((r) => r.id === product);
    if (own === undefined) return undefined;
    // The product's topic keeps the question when it lists more of the words asked (its install, its classes), or as many
    // and matches the question better: its name alone decides nothing.
    let best: { id: string; n: number; score: number } = { id: product, n: strongly(own), score: own.score };
    // Only a topic that speaks of the product in its names, keywords or short answer holds its features: an idle timeout asked
    // of ingress-nginx is not the AWS ALB's.
    const speaksOf = (r: { match: Record<string, string[]> }): boolean =>
      queryTerms.some((t) => PRODUCT_TERMS.has(t) && r.match[t]?.some((f) => f !== 'body') === true);
    for (const r of raw.slice(0, FEATURE_CANDIDATES)) {
      const n = r.id === product || !speaksOf(r) ? 0 : strongly(r);
      if (n > best.n || (n > 0 && n === best.n && r.score > best.score)) best = { id: r.id as string, n, score: r.score };
    }
    if (best.id === product) return undefined;
    return best?.id;
  }

  /**
   * The topics a move or migration is headed to ("migrate from nodeport to a loadbalancer", "move our
   * Ingress rules to Gateway API"): named, by one term or a phrase, in the words after its "to".
   */
  private destinationNamed(question: string): Set<string> {
    const found = new Set<string>();
    const lower = question.toLowerCase();
    const m = MOVE_TO.exec(lower) ?? COUNTERPART_IN.exec(lower);
    if (!m) return found;
    const sequence = terms(m[1] as string);
    for (const id of this.phraseNamed(sequence)) found.add(id);
    for (const t of sequence) {
      if (!namesMore(t)) continue;
      for (const topic of this.topics) if (this.nameTerms(topic.id)[0]?.has(t) === true) found.add(topic.id);
    }
    return found;
  }

  /** The topic whose purpose a question asks ("why do we even need a Service at all", "what's the point of headless services"). */
  private purposeAsked(question: string): string | undefined {
    const m = ASKS_PURPOSE.exec(question.toLowerCase());
    const thing = m?.slice(1).find((g) => g !== undefined);
    return thing === undefined ? undefined : this.resolve(thing, false)?.id;
  }

  /** The topics named by a field the question says was set or changed, or gives with its value, written as the field is spelled (camelCase). */
  private changedFieldsNamed(question: string): Set<string> {
    const found = new Set<string>();
    for (const m of question.matchAll(FIELD_WRITTEN)) {
      const changed = CHANGE_BEFORE.test(question.slice(Math.max(0, m.index - 40), m.index).toLowerCase());
      const value = VALUE_AFTER.exec(question.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[0];
      if (!changed && value === undefined) continue;
      // A field and its value that together name a topic ("clusterIP: None" is the headless Service) name that one.
      const id = (value === undefined ? undefined : this.names.get(nameKey(`${m[0]} ${value}`))) ?? this.names.get(nameKey(m[0]));
      if (id !== undefined) found.add(id);
    }
    return found;
  }

  /** Whether every time the question says one of a topic's names of several words, it says it after "its", "their" or "by". */
  private saidOnlyAsAPart(id: string, lower: string): boolean {
    const topic = this.byId.get(id);
    if (!topic) return false;
    let said = 0;
    for (const alias of [id.replace(/-/g, ' '), ...topic.aliases]) {
      const spelled = words(alias);
      if (spelled.length < 2) continue;
      const pattern = new RegExp(`(\\b(?:its|their|by)\\s+)?\\b${spelled.map((w) => `${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?`).join('[\\s-]+')}\\b`, 'g');
      for (const m of lower.matchAll(pattern)) {
        if (m[1] === undefined) return false;
        said++;
      }
    }
    return said > 0;
  }

  private quotedKeywords_: { id: string; terms: string[] }[] | null = null;

  /**
   * Topics with a keyword of three terms or more that a quoted part of the question says word for word, or a keyword of two that
   * is the whole quote ("getting 'no route to host'": the message quoted is that very keyword, not two words inside a longer one).
   */
  private quotedKeywordOf(question: string): Set<string> {
    const found = new Set<string>();
    const quotes = question.match(QUOTED_MESSAGE);
    if (quotes === null) return found;
    this.quotedKeywords_ ??= this.topics.flatMap((t) => t.keywords.map((k) => ({ id: t.id, terms: terms(k) })).filter((k) => k.terms.length >= 2));
    for (const quote of quotes) {
      const quoted = terms(quote).join(' ');
      const said = ` ${quoted} `;
      for (const k of this.quotedKeywords_) {
        const keyword = k.terms.join(' ');
        if (k.terms.length >= 3 ? said.includes(` ${keyword} `) : quoted === keyword) found.add(k.id);
      }
    }
    return found;
  }

  private fieldNames_: Map<string, string> | null = null;

  /** Topics' names that are one field of the API, spelled as one word ("sethostnameasfqdn", "dnsconfig"; not "service ports"). */
  private fieldNames(): Map<string, string> {
    this.fieldNames_ ??= new Map(this.topics.flatMap((t) => t.aliases.filter((a) => /^[a-z][a-z0-9]+$/i.test(a)).map((a) => [a.toLowerCase(), t.id] as [string, string])));
    return this.fieldNames_;
  }

  private phrases_: { id: string; terms: string[]; anyOrder: boolean }[] | null = null;

  /** Topics whose name of two or more terms appears, in order and unbroken, among the question's terms. */
  private phraseNamed(sequence: readonly string[]): Set<string> {
    // Only names of two or more words that say more than the domain's words ("service type" does not).
    const telling = (name: string): boolean => words(name).length >= 2 && terms(name).filter((t) => !FILLER.has(t) && !DOMAIN_WORDS.has(t)).length >= 2;
    this.phrases_ ??= this.topics.flatMap((t) => [
      ...[t.id.replace(/-/g, ' '), ...t.aliases].filter(telling).map((a) => terms(a)).map((spelled) => ({ id: t.id, terms: spelled, anyOrder: spelled.some((w) => PLATFORM_WORDS.has(w)) })),
      // A keyword that is a platform's name with two words of its own ("aks health probe") names the topic in any order too;
      // so does one with the topic's own one-word name ("aks network policy" is "aks" and "networkpolicy", the policy topic's name).
      ...t.keywords
        .map((k) => terms(k))
        .filter((ts) => {
          const own = ts.filter((w) => !PLATFORM_WORDS.has(w) && w !== 'cloud');
          return ts.some((w) => PLATFORM_WORDS.has(w)) && (own.length >= 2 || (own.length === 1 && this.nameTerms(t.id)[0]?.has(own[0] as string) === true));
        })
        .map((ts) => ({ id: t.id, terms: ts, anyOrder: true })),
    ]);
    const found = new Set<string>();
    const said = new Set(sequence);
    for (const p of this.phrases_) {
      // A platform's name with a kind names the platform's topic in any order ("ingress class on GKE").
      if (p.anyOrder) {
        if (p.terms.every((t) => said.has(t))) found.add(p.id);
        continue;
      }
      for (let i = 0; i + p.terms.length <= sequence.length; i++) {
        if (p.terms.every((t, j) => sequence[i + j] === t)) {
          found.add(p.id);
          break;
        }
      }
    }
    return found;
  }

  /** A misspelt topic name ("servcie", "lodbalancer") as the name it most likely is; else the term. */
  private correctName(term: string): string {
    return nearestWord(term, this.nameTerms().flatMap((names) => [...names]));
  }

  private names_: Map<string, Set<string>> | null = null;

  /** The one-term names of each topic (all topics, or one). */
  private nameTerms(id?: string): Set<string>[] {
    // Only names that are one term ("lb", "ClusterIP"), not phrases ("can't reach my service").
    this.names_ ??= new Map(
      this.topics.map((t) => [t.id, new Set([t.id.replace(/-/g, ' '), ...t.aliases].map((a) => terms(a)).filter((x) => x.length === 1).map((x) => x[0] as string))]),
    );
    if (id !== undefined) {
      const one = this.names_.get(id);
      return one ? [one] : [];
    }
    return [...this.names_.values()];
  }

  /** Whether a term is one of some topic's one-term names. */
  private isName(term: string): boolean {
    return this.nameTerms().some((names) => names.has(term));
  }

  /** Built on first use: start-up validates the files, the first question pays for the index. */
  private index(): MiniSearch {
    if (this.search_) return this.search_;
    // Loaded here, not at import: start-up (validation) does not pay for the search engine.
    const MiniSearchClass = createRequire(import.meta.url)('minisearch') as typeof MiniSearch;
    const search = new MiniSearchClass({
      fields: [...FIELDS],
      idField: 'id',
      tokenize: (text) => text.split(' '),
      processTerm: (term) => (term === '' ? null : term),
    });
    const documents = this.topics.map((t) => ({ id: t.id, ...(t.searchTerms ?? searchTermsOf(t)) }));
    for (const d of documents) for (const f of FIELDS) for (const term of d[f].split(' ')) if (term !== '') this.vocabulary.add(term);
    search.addAll(documents);
    this.search_ = search;
    return search;
  }
}

/**
 * The one word of `words` a misspelt `term` most likely is: one edit away for five or six letters,
 * two from seven; `term` itself when it is shorter, or when no word or several words are that close.
 */
export function nearestWord(term: string, words: Iterable<string>): string {
  if (term.length < 5) return term;
  const allowed = term.length >= 7 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = allowed + 1;
  let tie = false;
  for (const word of words) {
    if (Math.abs(word.length - term.length) > allowed || word === best) continue;
    const d = distance(term, word);
    if (d < bestDistance) {
      best = word;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return best !== null && !tie ? best : term;
}

/** A topic's fields as the index reads them: canonical terms joined by spaces. */
export function searchTermsOf(t: Topic): Record<SearchField, string> {
  return {
    names: terms([t.id.replace(/-/g, ' '), ...t.aliases].join(' . ')).join(' '),
    title: terms(t.title).join(' '),
    keywords: terms(t.keywords.join(' . ')).join(' '),
    summary: terms(t.summary).join(' '),
    body: terms(t.sections.filter((s) => s.kind !== 'code').map((s) => s.text).join('\n')).join(' '),
  };
}

/**
 * Retrieval is sure enough to answer when the best topic matched the question by name, title or
 * keyword and covers a fair share of its terms, or clearly beats the runner-up.
 */
function isConfident(hits: TopicHit[], queryTerms: string[], namedTop = false): boolean {
  const [top, second] = hits;
  if (!top) return false;
  // Numbers the best topic does not know (the octets of a pasted IP, a port in a kubectl table, "20 min") are the asker's
  // values, not words asked about.
  const asked = queryTerms.filter((t) => !/^\d+$/.test(t) || top.matched.includes(t));
  const coverage = top.matched.length / Math.max(1, asked.length);
  // Only look-alike words matched ("bread" for "read"): a coincidence, not an answer.
  if (!top.strong || !top.exact) return false;
  // The question names this topic; the rest of its words (a pasted error or table) only add noise.
  if (namedTop && coverage >= 0.25) return true;
  // A word no topic knows ("service mesh") may be the real subject: half a match is not enough.
  const known = new Set(hits.flatMap((h) => h.matched));
  const unknown = queryTerms.filter((t) => !known.has(t)).length;
  if (coverage > 0.5 || (coverage === 0.5 && unknown === 0)) return true;
  return coverage >= 0.25 && (second === undefined || top.score >= 1.5 * second.score);
}
