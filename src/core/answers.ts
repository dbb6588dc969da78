// Replies built from the knowledge base, shared by `explain`, `compare` and `ask`: one topic in
// full, a question answered from the best topic, and topics side by side.

import { FACETS, type Facet, type Knowledge, type Topic, type TopicHit } from '../knowledge/index.js';
import { portForwardSpelled, terms } from '../knowledge/terms.js';
import { nearestWord } from '../knowledge/search.js';
import { ASKS_HOW_TO_GET, asksCostOnCloud, asksToCompare, isServiceSide, namesBesideVs, namingText, NODE_FILTER } from './phrasing.js';
import { readIntent } from './intent.js';
import { portMismatchAnswer } from './port-numbers.js';
import { clustersetAddressAnswer, serviceAddressAnswer } from './service-names.js';
import { selectorMismatchAnswer } from './selector-labels.js';
import { legacyBackendYaml } from './legacy-backend.js';
import { choices, code, echo, heading, invalidInput, note, paragraph, reply, table, type Block, type Choice, type Reply } from './reply.js';

/** Most buttons a knowledge reply offers (Discord shows five per row). */
const MAX_CHOICES = 5;

const explainChoice = (topic: Topic, label = topic.title): Choice => ({ label, command: `explain ${topic.id}` });

function dedupe(options: Choice[]): Choice[] {
  const seen = new Set<string>();
  return options.filter((o) => !seen.has(o.command) && seen.add(o.command)).slice(0, MAX_CHOICES);
}

/** Follow-ups for a topic: a comparison with its comparable neighbours, its YAML, related topics. */
function followUps(topic: Topic, knowledge: Knowledge, skip: ReadonlySet<string> = new Set()): Choice[] {
  const related = topic.related.map((id) => knowledge.topic(id)).filter((t): t is Topic => t !== undefined && !skip.has(t.id));
  const options: Choice[] = [];
  const comparable = related.filter((t) => t.compare !== undefined).slice(0, 2);
  if (topic.compare && comparable.length > 0) {
    const ids = [topic.id, ...comparable.map((t) => t.id)];
    options.push({ label: `Compare ${ids.join(', ')}`, command: `compare ${ids.join(' ')}` });
  }
  if (topic.yaml) options.push({ label: `YAML for ${topic.yaml}`, command: `yaml ${topic.yaml}` });
  for (const t of related) options.push(explainChoice(t));
  return options;
}

function linksLine(topic: Topic): string {
  return `Read more: ${topic.links.map((l) => `[${l.title}](${l.url})`).join(' · ')}`;
}

/** `explain <topic>`: the short answer, then details, diagrams and links. */
export function topicReply(command: string, topic: Topic, knowledge: Knowledge): Reply {
  const blocks: Block[] = [heading(topic.title), paragraph(topic.summary)];
  for (const section of topic.sections) {
    if (section.kind === 'heading') blocks.push(paragraph(`**${section.text}**`));
    else if (section.kind === 'code') blocks.push(code(section.text));
    else blocks.push(paragraph(section.text));
  }
  blocks.push(paragraph(linksLine(topic)));
  const options = followUps(topic, knowledge);
  if (options.length > 0) blocks.push(choices(dedupe(options), 'Related:'));
  return reply(command, blocks, { data: { topic: topic.id, related: topic.related } });
}

interface Piece {
  text: string;
  terms: Set<string>;
  /** Its first terms: what it is about. */
  opening: string[];
}

/** A topic's prose as answerable pieces (paragraphs, and list items on their own), analysed once. */
interface Analysis {
  pieces: Piece[];
  summary: Set<string>;
  own: Set<string>;
  /** Every term of the topic's prose but numbers, for reading a misspelt question word as the topic's. */
  vocabulary: Set<string>;
}

const analysed = new WeakMap<Topic, Analysis>();

function analyse(topic: Topic): Analysis {
  const cached = analysed.get(topic);
  if (cached) return cached;
  const pieces: Piece[] = [];
  for (const section of topic.sections) {
    if (section.kind !== 'text') continue;
    for (const item of section.text.split(/\n(?=- )/)) {
      const text = item.replace(/^- /, '').replace(/\n\s*/g, ' ').trim();
      const all = terms(text);
      pieces.push({ text, terms: new Set(all), opening: all.slice(0, OPENING_TERMS) });
    }
  }
  const summary = new Set(terms(topic.summary));
  const vocabulary = new Set([...summary, ...pieces.flatMap((p) => [...p.terms])].filter((word) => !/\d/.test(word)));
  const result = { pieces, summary, own: new Set(terms([topic.id, topic.title].join(' '))), vocabulary };
  analysed.set(topic, result);
  return result;
}

/**
 * An annotation key or API group written out ("kubernetes.io/ingress.class", "nginx.ingress.kubernetes.io/rewrite-target",
 * "networking.k8s.io/v1"): the piece that quotes it is about that very key, more than one that shares its words.
 */
const WRITTEN_KEY = /\b[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+\/[a-z0-9][a-z0-9.-]*[a-z0-9]\b/g;
/** A Service or Ingress field in the API's camelCase: a lower-case word, then capitals inside it (`externalIPs`, `sessionAffinity`). */
const API_FIELD = /\b[a-z]+[A-Z][A-Za-z0-9]*\b/g;
/** How much a written key quoted by a piece counts, in question terms. */
const KEY_WEIGHT = 2;

/**
 * A field written with its value ("namespaceSelector: {}", "externalTrafficPolicy: Local"): the piece quoting that very setting
 * is about it, more than the many that only name the field.
 */
const FIELD_VALUE = /\b([a-z]+[A-Z][A-Za-z0-9]*)\s*:\s*(\{\s*\}|\[\s*\]|[A-Za-z0-9.-]+)/g;
/** A text without spaces and backticks, lower case, for finding a field and value however they are spaced or quoted. */
const compact = (text: string): string => text.replace(/[\s`]/g, '').toLowerCase();

/** How many terms open a piece: what it is about. */
const OPENING_TERMS = 3;
/** How much a piece that opens with words asked counts, in question terms: less than one, so it only settles ties. */
const RESTATES_WEIGHT = 0.5;
/** A digit that counts what follows it: "2 ports", "3 replicas". */
const COUNT = /\b(\d) [a-z]{2,}s\b/gi;
/** How many question words a piece needs to share when they are all the topic's own or common ones. */
const OWN_WORDS_ENOUGH = 4;

/**
 * "iptables vs ipvs", "Prefix versus Exact": two things weighed against each other, one word each; a command-line flag is
 * one word with its dashes ("k3d --api-port vs -p"), and a k3d node filter with its @ and index ("@agent:0 vs @loadbalancer").
 */
const SIDE = String.raw`(?:(?<=\d)@|(?<![\w@-])(?:-{1,2}|@)?)[a-z][a-z0-9-]*(?::[\d*]+)?`;
const VERSUS_WORDS = new RegExp(String.raw`(${SIDE})\s+(?:vs\.?|versus)\s+(${SIDE})(?![\w-]|:[\d*])`, 'i');
/** How much a piece naming both sides of a comparison counts, in question terms. */
const SIDES_WEIGHT = 2;

/** The two words a question compares, as written (a synonym may join them: "ipvs" searches as iptables too), or null. */
function comparedSides(question: string): [RegExp, RegExp] | null {
  const m = VERSUS_WORDS.exec(question);
  if (!m || (m[1] as string).toLowerCase() === (m[2] as string).toLowerCase()) return null;
  return [sideWord(m[1] as string), sideWord(m[2] as string)];
}
/** A side as a whole word; a flag ("-p") is not a word inside another flag ("--api-port") or a name ("kube-p"); a node filter may follow a port ("80@agent:0"). */
const sideWord = (side: string): RegExp =>
  /^[a-z]/i.test(side)
    ? new RegExp(`\\b${escapeRegExp(side)}\\b`, 'i')
    : new RegExp(`${side.startsWith('@') ? '(?:(?<=\\d)|(?<![\\w@-]))' : '(?<![\\w@-])'}${escapeRegExp(side)}(?![\\w-]|:[\\d*])`, 'i');
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Terms too common in this domain to pick a detail by. */
const COMMON_TERMS = new Set(['service', 'pod', 'cluster', 'kubectl', 'traffic', 'port', 'name', 'node', 'default', 'ip']);

/**
 * The pieces of a topic's details that answer what its short answer does not: those sharing
 * the most question terms, at least one of them absent from the short answer (at most two).
 */
export function bestDetails(topic: Topic, questionTerms: readonly string[], unknown: readonly string[] = [], question = ''): string[] {
  const { pieces, summary: inSummary, own, vocabulary } = analyse(topic);
  // A single digit before a plural counts things ("2 ports", "3 replicas"): no piece is about that number ("HTTP/2").
  const counts = new Set([...question.matchAll(COUNT)].map((m) => m[1] as string));
  const read = questionTerms.map((t) => (unknown.includes(t) ? spelledAsTopic(t, vocabulary) : t)).filter((t) => !counts.has(t));
  const wanted = read.filter((t) => !own.has(t));
  const keys = [...new Set(question.toLowerCase().match(WRITTEN_KEY) ?? [])];
  // A field written as the API spells it ("externalIPs", "allocateLoadBalancerNodePorts"): a piece quoting it is about it,
  // even where its split words ("external", "ip") are the short answer's too, or the topic's own ("setHostnameAsFQDN"
  // is "host" and "dns", words of the dns-policy topic's own title).
  const fields = [...new Set(question.match(API_FIELD) ?? [])];
  const settings = [...new Set([...question.matchAll(FIELD_VALUE)].map((m) => compact(`${m[1]}:${m[2]}`)))];
  if (wanted.length === 0 && fields.length === 0) return [];
  const sides = comparedSides(question);
  const scored: { text: string; score: number; novel: string[] }[] = [];
  for (const piece of pieces) {
    const hits = wanted.filter((t) => piece.terms.has(t));
    const novel = hits.filter((t) => !inSummary.has(t) && !COMMON_TERMS.has(t));
    // A piece that answers with terms the short answer only mentions ("Exact vs Prefix") counts too.
    const specific = hits.filter((t) => !COMMON_TERMS.has(t));
    const fieldsQuoted = fields.filter((f) => piece.text.includes(f)).length;
    if (novel.length === 0 && specific.length < 2 && fieldsQuoted === 0) continue;
    const lower = piece.text.toLowerCase();
    const quoted = keys.filter((k) => lower.includes(k)).length;
    // "iptables vs ipvs, worth switching?": the piece that names both sides compares them.
    const bothSides = sides !== null && sides.every((side) => side.test(piece.text)) ? SIDES_WEIGHT : 0;
    // A piece whose opening words are all words asked, one of them beyond the short answer ("To select a namespace by its name,
    // …" for "select a namespace by its name"), restates the question: among pieces that score alike, it is the one about it.
    const opening = terms(piece.text).slice(0, OPENING_TERMS);
    const restates = opening.every((t) => hits.includes(t)) && opening.some((t) => novel.includes(t)) ? RESTATES_WEIGHT : 0;
    const pieceCompact = compact(piece.text);
    const settingsQuoted = settings.filter((setting) => pieceCompact.includes(setting)).length;
    scored.push({ text: piece.text, score: hits.length + novel.length + KEY_WEIGHT * (quoted + settingsQuoted) + fieldsQuoted + bothSides + restates, novel });
  }
  // Every word asked is the topic's own or common ("can two ports have the same name if one is tcp and one udp", in the
  // protocols topic): the piece that says most of them together answers it, if it says enough of them.
  if (scored.length === 0) {
    for (const piece of pieces) {
      const hits = read.filter((t) => piece.terms.has(t));
      if (hits.length >= OWN_WORDS_ENOUGH && hits.filter((t) => !COMMON_TERMS.has(t)).length >= 2) scored.push({ text: piece.text, score: hits.length, novel: [] });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const [first, ...rest] = scored;
  if (!first) {
    // "tls on gateway api how?": the one word asked about is one the short answer only mentions; the piece that opens
    // with it ("TLS certificates go on the Gateway…") is the one about it.
    // A word the topic never uses ("mine", "tell") points to none of its pieces.
    const asked = wanted.filter((t) => !COMMON_TERMS.has(t) && vocabulary.has(t));
    const about = asked.length === 1 ? pieces.find((p) => p.opening.includes(asked[0] as string)) : undefined;
    return about === undefined ? [] : [about.text];
  }
  // A second piece only when it answers a part of the question the first does not: the best of those.
  const second = rest.find((piece) => piece.novel.some((t) => !first.novel.includes(t)));
  return second ? [first.text, second.text] : [first.text];
}

/**
 * A question word no topic uses, read as the one word of the topic's it is one slip away
 * from ("runnig" -> "running"), as the search forgives misspelt names; otherwise the word itself.
 */
function spelledAsTopic(term: string, vocabulary: ReadonlySet<string>): string {
  return /\d/.test(term) ? term : nearestWord(term, vocabulary);
}

/** Words that mark a comparison only between things that are alternatives (Service types, Ingress…). */
const CHOICE_CUE = /\b(or|better|instead of|rather than|over)\b/i;

/** Most words read when looking for topic names. */
const MAX_NAMED_WORDS = 40;

/** Topics named in a run of words, longest name first ("cluster ip" before "cluster"). */
export function topicsNamed(words: readonly string[], knowledge: Knowledge, fuzzy = true): { topics: Topic[]; unknown: string[] } {
  const topics: Topic[] = [];
  const unknown: string[] = [];
  // Nobody names more than a handful of topics; the cap keeps huge input cheap.
  const cleaned = words.slice(0, MAX_NAMED_WORDS).flatMap((w) => w.split(/[,;/]+|(?<=\w)\?+$/)).map((w) => w.replace(/[?!.,:;()"]+$/g, '').replace(/^[("]+/, '')).filter((w) => w !== '');
  const service = knowledge.topic('service');
  for (let i = 0; i < cleaned.length; ) {
    let matched = 0;
    // "service vs ingress": a Service in general, not the filler word after a kind.
    if (service && isServiceSide(cleaned, i)) {
      if (!topics.includes(service)) topics.push(service);
      i++;
      continue;
    }
    for (let n = Math.min(4, cleaned.length - i); n >= 1; n--) {
      const phrase = cleaned.slice(i, i + n).join(' ');
      if (n === 1 && COMPARE_FILLER.has(phrase.toLowerCase())) break;
      // A name never spans the word that splits the sides: "ip vs instance" does not name IPVS.
      if (n > 1 && cleaned.slice(i + 1, i + n).some((w) => SIDE_SPLITTER.test(w))) continue;
      const topic = n === 1 && fuzzy ? knowledge.resolve(phrase) : knowledge.resolve(phrase, false);
      if (topic) {
        if (!topics.includes(topic)) topics.push(topic);
        matched = n;
        break;
      }
    }
    if (matched === 0) {
      const word = cleaned[i] as string;
      if (!COMPARE_FILLER.has(word.toLowerCase()) && !unknown.includes(word)) unknown.push(word);
      i++;
    } else i += matched;
  }
  return { topics, unknown };
}

/** Words between the sides of a comparison. */
const SIDE_SPLITTER = /^(?:vs\.?|versus)$/i;

const COMPARE_FILLER = new Set(
  'and or vs vs. versus between the a an with to compared comparing difference differences diff what whats is are was do does how which should i we use using service services svc type types kubernetes k8s in of for me my our and/or than better'.split(' '),
);

/**
 * "kubectl" before a verb that reads or changes objects ("in kubectl get endpointslice -o yaml the conditions have ready /
 * serving / terminating, whats the diff"): the tool the asker ran, not the kubectl topic put beside another to compare.
 */
const KUBECTL_READS = /\bkubectl\s+(?=(?:get|describe|edit|apply|delete|logs|exec|patch|label|annotate)\b)/gi;

const PASTES_COMPARED = /\n[ \t]*(?:vs\.?|versus|compared to|and)[ \t]*\n/i;

/**
 * Whether the two sides of an "X vs Y" lead with different topics: "tls termination at ingress vs tls passthrough" sets one
 * way of a thing against another way of it (both sides lead with TLS), not two topics side by side; "nodeport vs
 * loadbalancer — isn't an lb just a nodeport…" still compares two. True without a "vs".
 */
export function sidesNameTheirOwn(text: string, knowledge: Knowledge, fuzzy = true): boolean {
  const sides = text.split(/\s+(?:vs\.?|versus)\s+/i);
  if (sides.length !== 2) return true;
  const [left, right] = sides.map((side) => topicsNamed(side.split(/\s+/), knowledge, fuzzy).topics[0]);
  return left === undefined || right === undefined || left !== right;
}

/**
 * Whether one side of an "X vs Y" names no topic at all: "how do i make the alb internal vs internet facing" weighs two values
 * of a setting, and the topics named on the other side ("alb", "internal") are what it is asked of, not things compared.
 */
function aSideNamesNothing(text: string, knowledge: Knowledge, fuzzy: boolean): boolean {
  const sides = text.split(/\s+(?:vs\.?|versus)\s+/i);
  // "tls passthrough vs terminating at the ingress": a thing said after "at" is where a way of doing it happens, not a side.
  return sides.length === 2 && sides.some((side) => topicsNamed(side.replace(PLACE_OF_A_WAY, ' ').split(/\s+/), knowledge, fuzzy).topics.length === 0);
}

/** Where something is done, after a verb of doing it ("terminating at the ingress", "decrypted on the pod"): a place, not a thing compared. */
const PLACE_OF_A_WAY = /(?<=\b[a-z]+(?:ing|ed)\s+)(?:at|on|in|inside)\s+(?:the\s+|an?\s+|my\s+|our\s+|each\s+)?[\w-]+/gi;

/** Traffic or load shared out between things ("split traffic 90/10 between two services", "balance requests between pods"). */
const SHARED_BETWEEN = /\b(?:split|splitting|divide|dividing|share|sharing|balance|balancing|distribute|distributing|spread|spreading|shift|shifting)\b[^.?!;]{0,40}?\bbetween\b/i;


/**
 * Traffic among things of one kind ("gossip between pods on 7000 fails", "mtls between two of my pods", "blocks everything between
 * namespaces"): where traffic flows, not two things weighed against each other, unless another thing is set beside them ("between
 * pods and services").
 */
const AMONG_MANY = /\b(?:between|btw|b\/w) (?:(?:the|my|our|two|2|all|both|its|their|different|separate|meshed|other) )*(?:of (?:my|our|the) )?(?:pods|nodes|namespaces|containers|clusters|zones|replicas|workloads|apps|microservices)\b(?! ?(?:and|or|vs\.?|versus)\b)/gi;

/** When a question names two or more topics and asks how they differ, the comparison it means. */
export function comparisonIn(text: string, knowledge: Knowledge): Topic[] | null {
  // "vs" on a line of its own between two pasted snippets compares the snippets, not topics.
  if (PASTES_COMPARED.test(text) || asksCostOnCloud(text)) return null;
  // "split traffic 90/10 between two svcs": what is shared out between things is not a comparison of them.
  const strong = asksToCompare(text.replace(SHARED_BETWEEN, (m) => m.replace(/\bbetween\b/i, 'across')).replace(AMONG_MANY, (m) => m.replace(/^\S+/, 'among')), true);
  if (!strong && (!CHOICE_CUE.test(text) || ASKS_HOW_TO_GET.test(text))) return null;
  // A choice between names ("nodeport or lb"), not between values ("internal instead of internet-facing").
  if (!strong && !namesBesideVs(text.replace(CHOICE_CUE, 'vs'))) return null;
  // Misspelt names count only when the question clearly asks for a comparison.
  // A k3d node filter ("-p 8080:80@loadbalancer" vs "@agent:0") says where a port is published, not a topic.
  const naming = namingText(text.replace(NODE_FILTER, ' ')).replace(KUBECTL_READS, '');
  const { topics } = topicsNamed(naming.split(/\s+/), knowledge, strong);
  if (topics.length < 2) return null;
  if (!sidesNameTheirOwn(naming, knowledge, strong)) return null;
  if (aSideNamesNothing(naming, knowledge, strong)) return null;
  return strong || topics.every((t) => t.compare !== undefined) ? topics : null;
}

/** `compare a b …`: a table over the same dimensions for every topic that has them. */
export function compareReply(command: string, topics: Topic[], knowledge: Knowledge, ignored: string[] = []): Reply {
  const comparable = topics.filter((t) => t.compare !== undefined);
  const blocks: Block[] = [heading(topics.map((t) => t.title).join(' vs ')) ];
  if (comparable.length >= 2) {
    const columns = ['', ...comparable.map((t) => t.title)];
    const rows = (Object.keys(FACETS) as Facet[]).map((facet) => [FACETS[facet], ...comparable.map((t) => t.compare?.[facet] ?? '')]);
    blocks.push(table(columns, rows));
    const notService = comparable.filter((t) => !/^A (Service type|ClusterIP Service)/.test(t.compare?.kind ?? ''));
    for (const t of notService) {
      if (t.id === 'ingress') blocks.push(note('Ingress is not a Service type: it is an HTTP router (run by an ingress controller) in front of Services, and the controller is itself exposed by a LoadBalancer or NodePort Service.'));
      else if (t.id === 'gateway-api') blocks.push(note('Gateway API is not a Service type either: its Gateway and routes are separate objects, implemented by a controller in front of Services.'));
    }
  }
  const others = topics.filter((t) => !comparable.includes(t) || comparable.length < 2);
  for (const t of others) blocks.push(paragraph(`**${t.title}**: ${t.summary}`));
  if (ignored.length > 0) blocks.push(note(`I left out ${ignored.slice(0, 5).map((w) => echo(w, 24)).join(', ')}: no topic by that name.`));
  const options: Choice[] = topics.map((t) => explainChoice(t, `Explain ${t.title}`));
  const kinds = topics.map((t) => t.yaml).filter((k): k is NonNullable<Topic['yaml']> => k !== undefined);
  for (const kind of kinds) options.push({ label: `YAML for ${kind}`, command: `yaml ${kind}` });
  options.push({ label: 'Help me choose', command: 'which' });
  blocks.push(choices(dedupe(options)));
  return reply(command, blocks, { data: { topics: topics.map((t) => t.id) } });
}

const MAX_QUESTION_CHARS = 2000;

/** What to say when a question finds nothing or nothing sure. */
function unsure(command: string, question: string, candidates: Topic[], knowledge: Knowledge): Reply {
  const fallback = ['unreachable-service', 'service', 'ingress'].map((id) => knowledge.topic(id)).filter((t): t is Topic => t !== undefined);
  const offer = candidates.length > 0 ? candidates : fallback;
  const blocks: Block[] = [
    note(
      candidates.length > 0
        ? `I'm not sure what you mean by ${echo(question, 60)}. These are the closest topics I have:`
        : `I don't have an answer for ${echo(question, 60)}. I know about Kubernetes Services, Ingress, Gateway API and how to reach them.`,
      'warning',
    ),
    choices(dedupe([...offer.slice(0, 3).map((t) => explainChoice(t)), { label: 'Help me choose a Service type', command: 'which' }, { label: 'help', command: 'help' }])),
  ];
  // Nothing close at all: the question was not one the bot can use (a one-shot run exits 1).
  return reply(command, blocks, {
    outcome: candidates.length > 0 ? 'ok' : 'invalid',
    data: { topic: null, confidence: 'low', candidates: candidates.map((t) => t.id) },
  });
}

/** A header line of pasted kubectl output ("NAME  TYPE  CLUSTER-IP  EXTERNAL-IP  PORT(S)  AGE"). */
const COLUMN_HEADERS = /^[ \t]*[A-Z][A-Z0-9()/_-]*(?:[ \t]+[A-Z][A-Z0-9()/_-]*){2,}[ \t]*$/gm;

/**
 * The question without the header lines of pasted kubectl tables: every `kubectl get svc` paste
 * names CLUSTER-IP and PORT(S), which says nothing about what is asked; the rows below say it.
 */
export const withoutColumnHeaders = (text: string): string => text.replace(COLUMN_HEADERS, '');

/** A Service's ports as `kubectl get svc` prints them in its PORT(S) column: `80:31234/TCP` (port:nodePort/protocol). */
const PORTS_COLUMN_VALUE = /(?<![\d.:])(\d{1,5}):(\d{1,5})\/(TCP|UDP|SCTP)\b/i;
/** `kubectl create service clusterip foo --tcp=80:8080`: the kind, the name, and the ports when given. */
const CREATE_SERVICE = /\bkubectl create (?:service|svc) (clusterip|nodeport|loadbalancer) ([a-z0-9]([-a-z0-9]*[a-z0-9])?)\b(?:[^\n]*?--tcp[= ](\d{1,5}):(\d{1,5}))?/i;

/**
 * What a kubectl value or command quoted in the question means, said with the asker's own numbers and names: the two numbers of a
 * PORT(S) value, or the selector and ports `kubectl create service` gives. Null when the question quotes neither.
 */
export function kubectlReadBack(question: string): string | null {
  const created = CREATE_SERVICE.exec(question);
  if (created) {
    const [, kind, name, , port, target] = created as unknown as [string, string, string, string | undefined, string | undefined, string | undefined];
    const ports = port !== undefined && target !== undefined ? ` \`--tcp=${port}:${target}\` makes port ${port} on the Service forward to port ${target} (the targetPort) in the pods.` : '';
    return `\`kubectl create service ${kind.toLowerCase()} ${name}\` gives the Service the label and the selector \`app=${name}\`, so it sends traffic only to pods labelled \`app: ${name}\`; kubectl has no flag to choose another selector (use \`kubectl expose\`, which copies a workload's selector, or edit the YAML from \`--dry-run=client -o yaml\`).${ports}`;
  }
  const column = PORTS_COLUMN_VALUE.exec(question);
  if (column) {
    const [value, port, nodePort, protocol] = column as unknown as [string, string, string, string];
    return `\`${value}\` reads as port:nodePort/protocol: ${port} is the Service's \`port\`, which clients use on its cluster IP, and ${nodePort} is its \`nodePort\`, opened on every node for traffic from outside the cluster (NodePort and LoadBalancer Services), both over ${protocol.toUpperCase()}. The pods' \`targetPort\` is not shown in that column: \`kubectl describe svc\` shows it.`;
  }
  return null;
}

/** A stub domain asked for: "stub domain for corp.internal", "conditional forwarding of a zone to our DNS server". */
const ASKS_STUB_DOMAIN = /\bstub[ -]?domains?\b|\bconditional(?:ly)?[ -]forward/i;
/** A DNS zone the asker names ("corp.internal", "ad.example.com"): labels and dots ending in a word, not an address, path or file. */
const ZONE_NAMED = /(?<![\w.@/:-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9])(?![\w.\/-])/gi;
/** The cluster's own names and files a question may quote beside the zone asked about. */
const NOT_A_ZONE = /(?:^|\.)cluster\.local$|^resolv\.conf$|\.(?:ya?ml|json|conf)$/i;
const IPV4 = /(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])/;

/**
 * A stub domain for the asker's own zone and server ("stub domain for corp.internal -> 10.0.0.53"): the Corefile server block
 * written with them. Null unless a stub domain is asked for and a zone is named.
 */
export function stubDomainReadBack(question: string): string | null {
  if (!ASKS_STUB_DOMAIN.test(question)) return null;
  const zone = [...question.matchAll(ZONE_NAMED)].map((m) => m[1] as string).find((z) => !NOT_A_ZONE.test(z));
  if (zone === undefined) return null;
  const server = IPV4.exec(question)?.[1] ?? 'DNS_SERVER_IP';
  return `For \`${zone}\`, add a server block of its own to the Corefile (\`kubectl -n kube-system edit configmap coredns\`), beside the \`.:53\` block: \`${zone}:53 { errors cache 30 forward . ${server} }\`. CoreDNS sends names in \`${zone}\` to ${server === 'DNS_SERVER_IP' ? 'that server' : `\`${server}\``} and everything else on as before; the \`reload\` plugin applies the change within a couple of minutes.`;
}

/** The search list asked about: "what search domains does a pod get", "the search path in resolv.conf". */
const ASKS_SEARCH_LIST = /\bsearch (?:domains?|list|paths?|suffix(?:es)?)\b/i;
const NAMESPACE_SAID = /\b(?:namespace|ns)\s+[`"']?([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)[`"']?(?![\w-])|\bin\s+(?:the\s+)?[`"']?([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)[`"']?\s+(?:namespace|ns)\b/i;
/** Words after "namespace" that are not a namespace's name ("the namespace it runs in", "namespace and"). */
const NOT_A_NAMESPACE = new Set(['a', 'an', 'the', 'my', 'our', 'its', 'their', 'your', 'same', 'other', 'another', 'own', 'each', 'every', 'any', 'which', 'what', 'that', 'this', 'is', 'are', 'get', 'gets', 'has', 'have', 'and', 'or', 'to', 'for', 'of', 'in', 'on', 'with', 'does', 'do', 'it', 'they', 'name', 'names']);

/** The search list a pod of the namespace the question names gets ("search domains for a pod in namespace shop"), said with that namespace. */
export function searchListReadBack(question: string): string | null {
  if (!ASKS_SEARCH_LIST.test(question)) return null;
  const m = NAMESPACE_SAID.exec(question);
  const namespace = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (namespace === undefined || NOT_A_NAMESPACE.has(namespace)) return null;
  return `A pod in namespace \`${namespace}\` (with the default \`dnsPolicy: ClusterFirst\`) gets \`search ${namespace}.svc.cluster.local svc.cluster.local cluster.local\` in its \`/etc/resolv.conf\`, followed by the node's own search domains, with the cluster DNS Service's IP as \`nameserver\` and \`options ndots:5\`: \`web\` is tried as \`web.${namespace}.svc.cluster.local\` first, and \`web.other\` is found as \`web.other.svc.cluster.local\` (a cluster domain other than \`cluster.local\` replaces it).`;
}

/** A port-forward to a Service named after `svc`/`service` ("port-forward my local 8080 to svc web port 80"): the Service's name. */
const FORWARD_TO_SERVICE = /\bport-?forward\b[^.?!]{0,60}?\b(?:svc|service)(?:\/|\s+(?:called\s+|named\s+)?)[`'"]?([a-z0-9][a-z0-9-]{0,62})\b/i;
/** Words after "svc" that are not its name ("service port 80", "svc on 8080"). */
const NOT_A_SERVICE_NAME = new Set(['port', 'ports', 'on', 'in', 'to', 'the', 'a', 'an', 'my', 'our', 'that', 'which', 'for', 'and', 'is', 'with', 'type', 'name', 'from', 'at', 'of']);
const FORWARDED_LOCAL_PORT = /\blocal(?:host)?(?: port)?\s*:?\s*(\d{2,5})\b/i;
const FORWARDED_SERVICE_PORT = /\bport\s*:?\s*(\d{2,5})\b/gi;

/**
 * "kubectl cmd to forward my local 8080 to svc web port 80": a port-forward to a Service named with both ports but no namespace
 * (the one with a namespace is service-names'), written out with the asker's name and ports, in the current namespace.
 */
function portForwardInCurrentNamespace(text: string): string | null {
  const named = FORWARD_TO_SERVICE.exec(text);
  const name = named?.[1]?.toLowerCase();
  if (name === undefined || NOT_A_SERVICE_NAME.has(name)) return null;
  const local = FORWARDED_LOCAL_PORT.exec(text)?.[1];
  const port = [...text.slice((named as RegExpExecArray).index).matchAll(FORWARDED_SERVICE_PORT)].map((m) => m[1] as string).find((p) => p !== local);
  if (port === undefined) return null;
  const from = local ?? port;
  return `For Service \`${name}\`: **\`kubectl port-forward svc/${name} ${from}:${port}\`** (add \`-n NAMESPACE\` when it is not in your current namespace), then open \`http://localhost:${from}\` (or connect to \`localhost:${from}\`) while it runs. The first number is the port on your machine, the second the Service's port; kubectl picks one pod behind the Service and forwards to it.`;
}

/** A range of ports asked for ("a port range 32000-32768", "ports 8000 to 8100"): its first and last port. */
const PORT_RANGE = /\b(?:ports?|range|tcp|udp|sctp)\b[^.?!\n]{0,30}?\b(\d{1,5})\s*(?:-|–|to|through|thru)\s*(\d{1,5})\b/i;
/** The highest TCP/UDP port number. */
const MAX_PORT = 65535;

/**
 * A NetworkPolicy port range asked for, written with the asker's own numbers: the `port`/`endPort` pair of one rule. Null when the
 * question gives no range of valid ports (first below last).
 */
export function policyPortRange(question: string): string | null {
  const m = PORT_RANGE.exec(question);
  if (!m) return null;
  const [low, high] = [Number(m[1]), Number(m[2])];
  if (low < 1 || high > MAX_PORT || low >= high) return null;
  return `Ports ${low} through ${high} in one rule: \`ports: [{protocol: TCP, port: ${low}, endPort: ${high}}]\` (\`port\` is the first and \`endPort\` the last, both included; \`endPort\` is stable since Kubernetes 1.25 and needs a numeric \`port\`). A network plugin that does not support \`endPort\` applies only port ${low}.`;
}
/** An IPv4 address or CIDR block the asker writes ("203.0.113.0/24", "198.51.100.7"). */
const IPV4_BLOCK = /(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?:\/(\d{1,2}))?(?![\d.])/g;
/** The word that carves a hole out of the range: "except", "but not", "excluding", "apart from", "minus". */
const CARVED_OUT = /\b(?:except|but not|excluding|exclude|apart from|other than|minus|without)\b/i;
/** The question asks of traffic leaving the pods: egress, outbound, "to" an address. */
const OUTGOING = /\b(?:egress|outbound|outgoing|leav\w*|call\w* out|to reach|reaching)\b/i;

const asBlock = (m: RegExpMatchArray): string | null => {
  const octets = (m[1] as string).split('.').map(Number);
  const bits = m[2] === undefined ? 32 : Number(m[2]);
  return octets.every((o) => o <= 255) && bits <= 32 ? `${m[1]}/${bits}` : null;
};

const ipv4Number = (address: string): number => address.split('.').reduce((n, o) => n * 256 + Number(o), 0);
/** Whether one IPv4 block lies within another and is smaller ("10.0.5.0/24" in "10.0.0.0/16"). */
function strictlyInside(inner: string, outer: string): boolean {
  const [innerAddress, innerBits] = inner.split('/') as [string, string];
  const [outerAddress, outerBits] = outer.split('/') as [string, string];
  const bits = Number(outerBits);
  if (Number(innerBits) <= bits) return false;
  const size = 2 ** (32 - bits);
  return Math.floor(ipv4Number(innerAddress) / size) === Math.floor(ipv4Number(outerAddress) / size);
}

/**
 * An `ipBlock` asked for with the asker's own addresses ("allow egress to 203.0.113.0/24 except 203.0.113.66"): the rule written
 * with them, a single address as a /32, the ones after "except" in `except`. Null unless a CIDR block is named.
 */
export function policyIpBlock(question: string): string | null {
  const carve = CARVED_OUT.exec(question);
  const blocks = [...question.matchAll(IPV4_BLOCK)];
  const allowed = blocks.filter((m) => carve === null || (m.index as number) < carve.index).map(asBlock).filter((b): b is string => b !== null);
  const cut = carve === null ? [] : blocks.filter((m) => (m.index as number) > carve.index).map(asBlock).filter((b): b is string => b !== null);
  const [cidr] = allowed;
  if (cidr === undefined || !blocks.some((m) => m[2] !== undefined)) return null;
  const outside = cut.filter((c) => !strictlyInside(c, cidr));
  if (outside.length > 0) {
    return `\`${outside.join('`, `')}\` ${outside.length === 1 ? 'is' : 'are'} not inside \`${cidr}\`: every \`except\` entry must lie within the block's \`cidr\` (a strict subset), so the API rejects that \`ipBlock\` as invalid. Carve out only parts of \`${cidr}\`, or add a second \`ipBlock\` for the other range.`;
  }
  const outgoing = OUTGOING.test(question);
  const peer = `ipBlock: {cidr: ${cidr}${cut.length > 0 ? `, except: [${cut.join(', ')}]` : ''}}`;
  const rule = outgoing ? `egress: [{to: [{${peer}}]}]` : `ingress: [{from: [{${peer}}]}]`;
  return `With your addresses: \`policyTypes: [${outgoing ? 'Egress' : 'Ingress'}]\` and \`${rule}\`${cut.length > 0 ? ` (a single address is a \`/32\`; every \`except\` entry must lie inside \`${cidr}\`)` : ''}. ${outgoing ? 'Once a policy selects the pods for Egress, everything else they send is denied, so add the DNS rule (UDP and TCP 53 to kube-dns) too.' : 'Traffic a load balancer or NodePort SNATs arrives with a node\'s address, not the client\'s.'}`;
}
/** A question about a Service shared between clusters: the Multi-Cluster Services API, its ClusterSet names or its kinds. */
const ACROSS_CLUSTERS = /\b(?:mcs|multi-?cluster|clusterset(?:\.local)?|service ?(?:export|import)s?|imported via)\b/i;

/** `ask <question>`: the best topic's short answer (and the detail that answers it), the next two as choices. */
export function answerQuestion(command: string, question: string, knowledge: Knowledge): Reply {
  // A question longer than this is a paste, not a question; its start is what we can use.
  const trimmed = question.trim().slice(0, MAX_QUESTION_CHARS);
  if (trimmed === '') {
    return invalidInput(command, 'Ask me a question about Kubernetes networking.', 'For example: `ask how do I reach a ClusterIP service from my laptop`.', [
      { label: 'ask why can\'t I reach my service', command: 'ask why can\'t I reach my service' },
    ]);
  }
  const compared = comparisonIn(trimmed, knowledge);
  if (compared) return compareReply(command, compared, knowledge);
  const result = knowledge.search(withoutColumnHeaders(trimmed), 4);
  // A question naming a Service and its namespace ("what hostname for the api service in namespace backend") gets its address;
  // a local port forwarded to a Service named ("forward my local 8080 to svc web") gets the port-forward with its names.
  // A pasted selector and pod labels that disagree are the answer, with the selectors topic under it.
  const labels = selectorMismatchAnswer(trimmed);
  // A Service shared across clusters (MCS, clusterset.local) has a clusterset.local name, not the cluster.local one.
  const acrossClusters = ACROSS_CLUSTERS.test(trimmed);
  const spelled = portForwardSpelled(trimmed);
  const forwarded = acrossClusters ? null : portForwardInCurrentNamespace(spelled);
  const address =
    (acrossClusters ? clustersetAddressAnswer(spelled) : serviceAddressAnswer(spelled)) ??
    (forwarded === null ? null : { topic: 'port-forward', text: forwarded }) ??
    (labels === null ? null : { topic: 'selectors', text: labels });
  const addressTopic = address === null ? undefined : knowledge.topic(address.topic);
  const [best] = result.hits;
  if (!addressTopic && (!best || !result.confident)) return unsure(command, trimmed, result.hits.slice(0, 3).map((h) => h.topic), knowledge);
  const topic = addressTopic ?? (best as TopicHit).topic;
  // A report of failing connections that states the app's port and another ("curl …:80 refused, the app runs on 8080") gets them set side by side.
  const ports = readIntent(trimmed).trouble ? portMismatchAnswer(trimmed) : null;
  // A port range asked of NetworkPolicy ("allow 32000-32768 in a netpol") gets its rule with the asker's numbers.
  const range = topic.id === 'network-policy' ? policyPortRange(trimmed) : null;
  // Addresses asked of NetworkPolicy ("allow egress to 203.0.113.0/24 except .66") get the ipBlock rule written with them.
  const block = topic.id === 'network-policy' ? policyIpBlock(trimmed) : null;
  const lead = [address && addressTopic ? address.text : null, ports, kubectlReadBack(trimmed), stubDomainReadBack(trimmed), searchListReadBack(trimmed), range, block].filter((t): t is string => t !== null);
  const blocks: Block[] = [heading(topic.title), ...lead.map((t) => paragraph(t))];
  // A pasted v1beta1 backend ("serviceName: web / servicePort: 80") gets its v1 form, with the asker's Service and port.
  const backend = legacyBackendYaml(trimmed);
  if (backend !== null) blocks.push(paragraph('In `networking.k8s.io/v1` that backend is:'), code(backend, 'yaml'));
  blocks.push(paragraph(topic.summary));
  for (const detail of bestDetails(topic, result.terms, result.unknown, trimmed)) blocks.push(paragraph(detail));
  const next = result.hits.filter((h) => h.topic !== topic).slice(0, 2).map((h) => h.topic);
  const options = dedupe([
    explainChoice(topic, `More on ${topic.title}`),
    ...next.map((t) => explainChoice(t)),
    ...followUps(topic, knowledge, new Set(next.map((t) => t.id))),
  ]);
  blocks.push(choices(options, 'More:'));
  return reply(command, blocks, {
    data: { topic: topic.id, confidence: 'high', candidates: result.hits.map((h) => h.topic.id) },
  });
}
