// `which`: the decision tree that recommends how to expose a workload. With no answers it asks
// one question at a time; answers given inline (`which internet http bare-metal prod`, `which
// a=pods`) or in free text skip the questions they answer. Stateless: every button carries the
// whole path as a canonical command.

import {
  applyImplications,
  answerValue,
  emptyAnswers,
  extractAnswers,
  mentionedKind,
  MAX_FACT_TEXT,
  readAnswers,
  type Answers,
  type Implication,
} from '../../knowledge/tree-facts.js';
import { FIELD_WRITTEN } from '../../knowledge/search.js';
import { canonicalCommand, UNSURE, walkTree, withAnswer, withoutAnswer, withQuestionOpen } from '../../knowledge/tree-walk.js';
import { CARRIED_KEYS, HOST_KEY, IP_KEY, MENTIONS_KEY, NAME_KEY, PORT_KEY, type DecisionTree, type Phrase, type RecommendationId } from '../../knowledge/tree.js';
import { readWhole, whichModels, type Classifier, type Route } from '../../knowledge/which-model.js';
import type { Command, CommandInput, Recognition } from '../command.js';
import type { Context } from '../context.js';
import { ASKS_HOW, chosenMeansAsked, isKind, isWorkloadWord, namesProductObject, ownWorkloadBeyondProtocol, PROTOCOL_WORDS, readIntent, type Intent } from '../intent.js';
import { asksCostOnCloud, namesIn, onlyNames } from '../phrasing.js';
import { LEVEL } from '../route.js';
import { echo, invalidInput, note, type Block, type Reply } from '../reply.js';
import { checkDns1035Label, checkEndpointAddress, checkExternalName, endpointAddressesIn } from '../../manifests/names.js';
import { givenName } from '../service-names.js';
import { reconcile, type Reconciled } from '../which/reading.js';
import { questionReply, recommendationReply, START_OVER } from '../which/render.js';

const treeOf = (ctx: Context): DecisionTree => ctx.runtime.knowledge.tree;

/** Why a reply differs from the facts read phrase by phrase (see which/reading.ts). */
const BECAUSE: Record<NonNullable<Reconciled['because']>, string> = {
  doubted: 'Parts of your message point different ways on this, so I am asking rather than guessing.',
  filled: 'Your message leaves some of this open; I took the likeliest reading, listed under Assumed. Change it below if it is wrong.',
  reread: 'Your message can be read two ways; I went with the likelier one, listed under Assumed. Change it below if it is wrong.',
};

/** Words from which `which`'s text is a sentence, whose `a=b` tokens may be quotes rather than answers. */
const SENTENCE_WORDS = 4;
/** Whether text has enough words to be a sentence, which is also read whole. */
const isSentence = (text: string): boolean => text.trim().split(/\s+/).length >= SENTENCE_WORDS;

function keyList(tree: DecisionTree): string {
  return tree.questions.map((q) => `\`${q.key}\` (${q.name})`).join(', ');
}

/** Applies `key=value` options over the answers found in the words; a reply when one is unusable. */
function applyOptions(tree: DecisionTree, answers: Answers, options: Record<string, string>): Answers | Reply {
  let result = answers;
  for (const [spelled, raw] of Object.entries(options)) {
    const values = raw
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (spelled.toLowerCase() === MENTIONS_KEY) {
      const kinds = values.map((v) => mentionedKind(tree, v));
      if (kinds.some((k) => k === undefined)) {
        return invalidInput('which', `${echo(`vs=${raw}`)} names something that is not a Service kind.`, 'Leave it out, or use kinds such as `vs=ingress,nodeport`.', [START_OVER]);
      }
      result = { ...result, mentions: [...new Set(kinds as RecommendationId[])] };
      continue;
    }
    if (spelled.toLowerCase() === PORT_KEY) {
      const port = /^\d{1,5}$/.test(raw) ? Number(raw) : 0;
      if (port < 1 || port > 65535) {
        return invalidInput('which', `${echo(`port=${raw}`)} is not a port.`, 'A port is a number from 1 to 65535, e.g. `port=5432`.', [START_OVER]);
      }
      result = { ...result, port };
      continue;
    }
    if (spelled.toLowerCase() === NAME_KEY) {
      if (checkDns1035Label(raw) !== null) {
        return invalidInput('which', `${echo(`name=${raw}`)} is not a Service name.`, 'A name is lowercase letters, digits and dashes, starting with a letter, e.g. `name=orders`.', [START_OVER]);
      }
      result = { ...result, name: raw };
      continue;
    }
    if (spelled.toLowerCase() === HOST_KEY) {
      if (checkExternalName(raw) !== null) {
        return invalidInput('which', `${echo(`host=${raw}`)} is not a host name.`, 'A host name is a DNS name, e.g. `host=db.example.com`.', [START_OVER]);
      }
      result = { ...result, host: raw.toLowerCase().replace(/\.$/, '') };
      continue;
    }
    if (spelled.toLowerCase() === IP_KEY) {
      const wrong = values.find((v) => checkEndpointAddress(v) !== null);
      if (values.length === 0 || wrong !== undefined) {
        return invalidInput('which', `${echo(`addr=${wrong ?? raw}`)} is not an address a Service can send to.`, 'Give outside IP addresses, e.g. `addr=10.20.0.15` or `addr=10.0.0.5,10.0.0.6`.', [START_OVER]);
      }
      result = { ...result, addresses: [...new Set(values)] };
      continue;
    }
    const key = tree.keyFor(spelled);
    if (key === undefined) {
      return invalidInput('which', `I don't know the answer ${echo(spelled, 24)}.`, `Answers are ${keyList(tree)}, e.g. \`which a=internet p=http\`.`, [START_OVER]);
    }
    const question = tree.question(key);
    if (raw === UNSURE) {
      result = withQuestionOpen(result, key);
      continue;
    }
    const mapped = values.map((v) => answerValue(tree, key, v));
    if (!question || values.length === 0 || mapped.some((v) => v === undefined)) {
      const valid = question?.options.map((o) => `\`${o.value}\``).join(', ') ?? '';
      const without = withoutAnswer(result, key);
      return invalidInput(
        'which',
        `${echo(`${spelled}=${raw}`)} is not an answer to "${question?.text ?? key}".`,
        `\`${key}\` takes ${valid}.`,
        (question?.options ?? [])
          .filter((o) => !o.hidden)
          .map((o) => ({ label: o.label, command: canonicalCommand(tree, withAnswer(without, key, o.value)) })),
      );
    }
    const unique = [...new Set(mapped as string[])];
    if (unique.length === 1) {
      result = withAnswer(result, key, unique[0] as string);
    } else {
      const facts = new Map(result.facts);
      facts.delete(key);
      result = { ...result, facts, contested: new Map(result.contested).set(key, unique) };
    }
  }
  return result;
}

function run(input: CommandInput, ctx: Context): Reply {
  const tree = treeOf(ctx);
  const text = input.args.join(' ');
  if (text.length > MAX_FACT_TEXT) {
    return invalidInput(
      'which',
      `That is ${text.length} characters; I read a setup described in a few sentences.`,
      'Say who must reach it, what it speaks and where the cluster runs, e.g. `which internet http bare-metal prod`.',
      [{ label: 'Step by step', command: 'which' }],
    );
  }
  // In a sentence, `server.1=zk-0` is something quoted, not an answer: read it with the words.
  const options = { ...input.options };
  const quoted: string[] = [];
  if (input.args.length >= SENTENCE_WORDS) {
    for (const [spelled, raw] of Object.entries(options)) {
      const lower = spelled.toLowerCase();
      if (CARRIED_KEYS.includes(lower) || tree.keyFor(spelled) !== undefined) continue;
      quoted.push(`${spelled}=${raw}`);
      delete options[spelled];
    }
  }
  const sentence = [text, ...quoted].filter((t) => t !== '').join(' ');
  const found = sentence === '' ? emptyAnswers() : extractAnswers(sentence, tree);
  const applied = applyOptions(tree, found, options);
  if ('blocks' in applied) return applied;
  applyImplications(tree, applied);
  // The name the asker gives the workload ("my api called orders") and the outside addresses told fill the YAML offered;
  // free text routed here arrives as its canonical command, so they are read from the words said.
  const said = input.said ?? sentence;
  if (applied.name === undefined) {
    const named = givenName(said);
    if (named !== undefined) applied.name = named;
  }
  if (applied.addresses === undefined) {
    const addresses = endpointAddressesIn(said);
    if (addresses.length > 0) applied.addresses = addresses;
  }
  // Free text routed here arrives as its canonical command, which says a question is open (`t=?`)
  // but not why, nor which answers turned another down. Read from the words again: a question only
  // a hint word left open ("the ensemble") is filled as it would be were the sentence typed, and an
  // answer given by refusal stands as it would.
  if (input.said !== undefined) {
    const heard = extractAnswers(input.said, tree);
    for (const key of heard.hinted ?? []) if (applied.unsure?.has(key)) (applied.hinted ??= new Set()).add(key);
    // A host named stands as typed: only where what pods reach was not weakly read as outside.
    const target = tree.questions.find((q) => q.name === 'target')?.key;
    if (heard.hostNamed && target !== undefined && heard.facts.get(target) === 'outside' && !heard.weak?.has(target)) applied.hostNamed = true;
    for (const key of heard.opposed ?? []) if (applied.contested.has(key)) (applied.opposed ??= new Set()).add(key);
    for (const refusal of heard.byRefusal ?? []) {
      const [key, value] = refusal.split('=');
      if (key !== undefined && applied.facts.get(key) === value) (applied.byRefusal ??= new Set()).add(refusal);
    }
  }
  const first = walkTree(tree, applied);
  // A sentence is also read whole (free text routed here is, with the facts read from it); words
  // alone (`which internet http`) and `key=value` answers typed are taken as said.
  const given = new Set(input.said !== undefined ? [] : Object.keys(options).flatMap((spelled) => tree.keyFor(spelled) ?? []));
  const { answers, walk, because } =
    isSentence(said) ? reconcile(tree, applied, first, said, given) : { answers: applied, walk: first };

  const notes: Block[] = [];
  const understood = found.facts.size + found.contested.size + found.mentions.length > 0;
  if (because !== undefined) notes.push(note(BECAUSE[because]));
  else if (text !== '' && !understood && Object.keys(options).length === 0) {
    notes.push(note(`I could not tell anything about your setup from ${echo(text)}, so let's go step by step.`));
  }
  const read = input.said !== undefined ? extractAnswers(said, tree) : found;
  // A queue worker pulls its jobs; unless something connects to it, it needs no Service at all.
  if (walk.kind === 'question' && read.workerAsked === true) {
    notes.push(note('A worker that only pulls jobs from a queue (Celery, Sidekiq, a consumer) listens on nothing and needs no Service at all; it needs one only if something connects to it, such as Prometheus scraping its metrics.'));
  }
  // Clients that keep an address and port of their own are served that port as is, even where it speaks HTTP.
  if (read.portKept !== undefined && answers.facts.get('p') === 'tcp') {
    notes.push(note(`Your clients connect to its own address on port ${read.portKept}, not to a host name on ports 80 and 443 where an Ingress listens, so that port is forwarded as is, whatever the app speaks.`));
  }
  // SCTP is read as the raw-TCP way out (tree.yaml): the reply's reasons say TCP, so say what differs for SCTP.
  if (SCTP.test(said) && answers.facts.get('p') === 'tcp') {
    notes.push(note('SCTP takes the same way as raw TCP here: a Service forwards it as is (set `protocol: SCTP` on the port, GA since Kubernetes 1.20) and an Ingress cannot carry it. Check that whatever hands out the address passes SCTP: MetalLB and kube-proxy do, many cloud load balancers do not.'));
  }
  if (walk.kind === 'question') return questionReply(tree, answers, walk, notes);
  const defaults = ctx.runtime.policy.defaults;
  return recommendationReply(tree, answers, walk, { namespace: defaults.namespace, domain: defaults.domain, ingressClass: defaults.ingressClass }, notes);
}

/** SCTP named (N2, S1, Diameter and other telecom signalling). */
const SCTP = /\bsctp\b/i;

// ---- free text ------------------------------------------------------------------------------

/** Statements of what the workload needs, or of a wish that only `which` decides. */
/** "make a local name in `chat` that points at it", "create an alias": a name of the asker's own for a Service, wished. */
const MAKES_ALIAS = /\b(?:create|make|set up|add|get) (?:an? |the )?(?:alias|dns alias|stable name|dns name|local name|short name)\b/;
const INTENT_CUES: readonly RegExp[] = [
  /\b(?:need|needs|want|wants|looking for|require|requires) (?:a |an |the )?(?:tls termination|host[- ]based routing|path[- ]based routing|ingress|load ?balancer|nodeport|gateway|entry ?point|public (?:ip|endpoint|address|url))\b/,
  /\b(?:like|want|wants|need|needs|plan|planning|going|trying|have|has|must) to (?:use|point|alias|map|give|refer|hit|call|curl|run|open|route|reach|connect to|access)\b/,
  /\bhow (?:do|can|should) (?:i|we) (?:map|alias|point|give|name|refer)\b/,
  MAKES_ALIAS,
  /\b(?:want|need|like) (?:my|our|the) \w+ to (?:use|reach|refer|talk|call|connect|find|access)\b/,
  /\beach other\b/,
  // "apps should call orders-db": what the callers are to use.
  /\b(?:should|must|will) (?:call|reach|use|talk to|connect to|resolve)\b/,
  // A plan put forward ("gonna make it a NodePort", "I'll just make every service a LoadBalancer"): the recommendation answers it.
  /\b(?:i'?ll|i will|we'?ll|we will|gonna|going to|plan(?:ning)? to|thinking of|thinking about|about to)\s+(?:just\s+|simply\s+)?(?:make|use|set|go with|switch|turn|put|expose|create|give|change)\b/,
  /\bneeds? (?:a |an )?(?:per[- ]pod|stable|its own|their own|dns alias|alias|name for)\b/,
  // "need dns per pod for my statefulset": per-pod names, told noun first.
  /\bneeds? (?:a |an )?(?:dns|hostname|host name|address|name)s? (?:names? |records? |entr(?:y|ies) )?(?:per|for each|for every) (?:pod|replica|member)\b/,
];

/**
 * "we just need the public api reachable", "i want to curl the pods from my mac", "i only want to
 * open the page in my browser", "want to curl it directly from my machine", "wants to hit /actuator/threaddump on one
 * pod once": the need behind a report of trouble.
 */
const RESTATES_NEED =
  /\b(?:we|i) (?:just |only |simply |really )?(?:need|want|'d like|would like) to (?:see|open|view|load|look at|try|test|show)\b.{0,60}\b(?:in|from|on) (?:(?:my|our|a|the) )?(?:browsers?|chrome|firefox|safari|laptops?|macs?|macbooks?|machines?|computers?|workstations?|pcs?|desktops?|phones?)\b|\b(?:we|i) (?:just |only |simply |really )?(?:need|want) (?:the |our |my |a |an |this |it )?(?:[a-z0-9-]+ ){0,3}?(?:to be |be )?(?:reachable|accessible|exposed|public|online)\b|\b(?:(?:we|i) )?(?:just |only |simply |really )?(?:need|want|'d like|would like) to (?:curl|reach|access|hit|poke at|connect to|talk to)\b.{0,60}\bfrom (?:my|our) (?:laptops?|macs?|macbooks?|machines?|computers?|workstations?|pcs?|desktops?|browsers?)\b|\b(?:needs?|wants?) to (?:curl|reach|access|hit|poke at|connect to|talk to|look at)\b.{0,60}\bonce\b/;

/** "how do i expose that part", "how can we publish it": how to expose, asked outright. */
const HOW_TO_EXPOSE = /\bhow (?:do|can|should|would) (?:i|we) (?:expose|publish|open up)\b/;

/** "X vs Y" in so many words ("different" alone is not one: "different hostnames"). */
const VERSUS = /\b(?:vs\.?|versus|difference between)\b/;
/** A clause that asks: "…, does it match", "…, what hostname", "…, what now". */
const QUESTION_CLAUSE = /[,;:?!] (?:what|what's|how|why|where|can|could|does|do|is|are|will)\b/;
/**
 * States a need, or what the asker runs ("we have 25", "we're building a platform", "lots of http svcs"): a setup, not a
 * question about a concept. A need denied ("i dont want the gateway terminating") says how a feature should behave, no setup;
 * "how do I use regex paths…", "can we run two controllers…" ask how, and state nothing the asker runs.
 */
const STATES_SETUP =
  /\b(?:lots of|many|several|a bunch of|dozens of|a dozen|\d+)\s+(?:[a-z0-9-]+\s+)?(?:services|svcs|apps|microservices)\b|\b(?:need|needs|needed|must|should|has to|have to|want|wants|require|requires)\b(?<!\bdo (?:i|we|you) need)(?<!\b(?:dont|don't|do not|doesnt|doesn't|does not) (?:need|want))|\b(?:is|are)\s+(?:only\s+|just\s+|ever\s+|only ever\s+)?(?:called|used|reached|accessed|hit|queried|consumed)\s+(?:by|from)\b|(?<!\b(?:do|does|did|can|could|should|would|will|shall|must|to|may|might) )\b(?:we|i)(?:'re|'m|'ve| are| am)? (?:building|build|running|run|have|host|hosting|use|using|deploy|deploying|operate|got|plan|planning)\b/;

/** "why does my statefulset need a headless service": asks for a reason. */
const WHY = /(?:^|[,.;:!?] )why\b/;
/** "how do pods find each other", "how does traffic get to a pod": asks how something works. */
const HOW_IT_WORKS = /(?:^|[,.;:!?] )how (?:do|does|is|are|did|can|could) (?!i\b|we\b|you\b|one\b)/;
/**
 * "do websockets work through an ingress", "is ClusterIP reachable from the internet", "what does servicePort become",
 * "if I port-forward to the service, does it spread requests": asks what a thing does (also under a condition).
 */
const WHAT_IT_DOES = /^(?:if (?:i|we|you) [^.?!;:]{1,80}?,? )?(?:do|does|can|could|is|are|will|would|what (?:does|do|is|are)) (?!i\b|we\b|you\b|my\b|our\b|the (?:best|right|correct|cheapest|simplest|easiest|recommended)\b)(?!.*\b(?:good|bad|ok|okay|fine|worth|wise|smart|better|best|recommended|overkill|idea)\b)/;

/** A phrase's words as text, without the `*` of prefixes and gaps. */
const phraseText = (phrase: Phrase): string => phrase.words.filter((w) => w !== '*').join(' ').replace(/\*/g, '');

const kindOnlyPhrases = new WeakMap<Phrase, boolean>();
/** A phrase that only names ways to expose ("headless", "port forward", "ingress"), not the asker's setup. */
function kindOnly(phrase: Phrase): boolean {
  let known = kindOnlyPhrases.get(phrase);
  if (known === undefined) {
    const text = phraseText(phrase);
    known = onlyNames(text) && namesIn(text).some(isKind);
    kindOnlyPhrases.set(phrase, known);
  }
  return known;
}

/**
 * A phrase that says what the workload is: what it speaks by name ("postgres", "a dns server"),
 * or a thing it reaches ("an external database") — not a protocol ("udp"), nor a mechanism
 * ("another namespace", "alias").
 */
const isWorkloadPhrase = (phrase: Phrase): boolean =>
  !kindOnly(phrase) &&
  !phrase.words.every((w) => PROTOCOL_WORDS.has(w)) &&
  (phrase.key === 'p' || (phrase.key === 't' && phrase.words.some(isWorkloadWord)));

/**
 * Whether a message that names concepts describes the asker's situation well enough for a
 * recommendation to answer it: it describes their workload ("my api", "our redis", "a postgres
 * database"), or the setup it gives, read without the kinds it names, already decides the tree on
 * something other than the kinds it names ("can I reach a ClusterIP service from my laptop?" is
 * port-forward; "np service on minikube, how do I open it?" is just NodePort, a usage question).
 */
function describesSituation(text: string, tree: DecisionTree, intent: Intent, read: { phrases: Phrase[]; answers: Answers }): boolean {
  if (intent.ownWorkload || read.phrases.some(isWorkloadPhrase)) return true;
  const { answers, implied } = readAnswers(text, tree, kindOnly);
  const given = answers.facts.size;
  applyImplications(tree, answers, implied);
  const walk = walkTree(tree, answers);
  // Without "I" or "we" the question is about the concept unless it states a setup of its own.
  return walk.kind === 'recommendation' && !read.answers.mentions.includes(walk.recommendation) && (intent.firstPerson || given >= 2 || statesSetupBeside(intent.lower));
}

/**
 * Whether a choice or comparison between ways to expose is asked for a setup the message
 * describes well enough to decide on ("loadbalancer or nodeport for a quick test on kind?",
 * "ingress vs gateway api for host routing of 3 services on aks?"): the setup, read without the
 * kinds named, settles the tree, so the recommendation answers the choice with its reasons. A bare
 * "nodeport vs lb", or one with half a setup ("… for prod", "… on gke"), gets the comparison; one
 * asked for the asker's own thing ("… for my service", "… for our stuff on aws") is answered for it.
 */
export function choiceForSetup(text: string, tree: DecisionTree): boolean {
  const intent = readIntent(text);
  // The setup is said for what the choice is: "… for a quick test", "… on aks", "we're on Vultr, …".
  if (intent.kinds.length < 2 || !SETUP_CLAUSE.test(intent.lower)) return false;
  // Asked for the asker's own thing ("lb or nodeport for our thing?"): `which` answers it for their setup, asking what it needs.
  // Not where it asks about a setting ("NLB instead of ELB for our service, which annotation?").
  if (FOR_OWN_THING.test(intent.lower) && intent.askedSettings.length === 0) return true;
  const { answers, implied, phrases } = readAnswers(text, tree, kindOnly);
  // Facts in words of the asker's own: "GatewayClass vs Gateway vs HTTPRoute" names only concepts.
  return answers.facts.size > 0 && answersOwnFacts(answers, phrases, false) && (answers.facts.size >= 3 || settles(tree, answers, implied));
}

/**
 * The asker's own thing a choice is asked for: "… for my service", "… for our stuff on aws", "… for our thing", and
 * "… for the iot stuff", "… for the new thing", "… for the streaming project" (only their own has no name of a kind but "thing" or "stuff"),
 * and "… for it?" said last, of a thing of their own the message does not name.
 */
const FOR_OWN_THING = new RegExp(`\\bfor it\\s*\\?*\\s*$|\\bfor (?:the (?:[a-z0-9.+-]+ ){0,2}?(?:thing|stuff|project)|(?:my|our|the team's) (?:[a-z0-9.+-]+ ){0,2}?(?:things?|stuff|setup|project|use ?case|${'(?:app|application|api|service|svc|micro-?service|worker|website|site|web ?app|server|database|db|backend|frontend|ui|dashboard|bot|tool|workload|deployment)s?'}))\\b`);

const KIND_NAMED = '(?:an? |the )?(?:cluster[- ]?ip|node[- ]?port|load[- ]?balancer|lb|nlb|alb|elb|ingress|gateway(?: api)?|headless(?: service| svc)?|external[- ]?name|port[- ]?forward)';
/** A kind named, or Gateway API by its route object. */
const KIND_OR_ROUTE = `(?:${KIND_NAMED}|(?:an? |the )?http ?routes?)`;
/**
 * A way to expose the asker chose or has in mind for their own thing, put up to be checked or
 * changed: "we made it a NodePort for prod, ok?", "we went with ingress, was that the right call?",
 * "is it bad to leave a NodePort open…", "do I need a LoadBalancer for my bot?", "should we switch
 * to NodePort?", "someone in review said that's dumb?". Read with a kind named and no setting.
 */
const SECOND_GUESS: readonly RegExp[] = [
  /\b(?:is|was) (?:that|this|it) (?:the )?(?:right|correct|ok|okay|fine|sensible|wise|needed|necessary|overkill|(?:a )?good idea|(?:a )?good fit|right (?:choice|call|type|one|move))\s*(?:\?|$|[,.;])/,
  // "…, that ok?", "…, ok?", "fine?", "that's dumb?": the whole message put up to be checked ("…, right?" only
  // confirms a statement, often about a concept: "a headless service has no cluster ip, right?").
  /(?:[,.;:-]\s*|\b(?:that|this|it)(?:'s| is)?\s+)(?:ok|okay|fine|alright|all right|good|dumb|bad|wrong|sane|reasonable)\s*\?+\s*$/,
  /\b(?:is|was) it (?:bad|wrong|ok|okay|fine|dumb|stupid|wise|smart|safe|risky|overkill|a (?:good|bad) idea|bad practice|an anti-?pattern) (?:to|if)\b/,
  /\b(?:said|says|say|thinks?|told (?:me|us)|claims?)\b.{0,60}\b(?:dumb|bad|wrong|stupid|a bad idea|a mistake|overkill|an anti-?pattern|not (?:ok|okay|fine|right|needed))\b/,
  // "…from their own namespaces to the platform Gateway. is an Ingress ok for that?": a kind put up for what was told.
  new RegExp(`\\b(?:is|would|will) ${KIND_NAMED} (?:be )?(?:ok|okay|fine|enough|good enough|right|suitable|a good fit) for (?:that|this|it|them|us)\\b`),
  new RegExp(`\\b(?:do|does) (?:i|we|it|they) (?:really |even |actually |still )?need ${KIND_NAMED}\\b`),
  new RegExp(`\\bshould (?:i|we) (?:change|switch|move|convert|turn|migrate|go back)\\b.{0,30}\\b(?:to|into) ${KIND_NAMED}\\b`),
  // "…defaults to ClusterIP, should i change it?": the kind named before, put up to be changed (to what, the recommendation says).
  /\bshould (?:i|we) (?:change|switch|replace|override) (?:it|that|this|the type)\s*\?*\s*$/,
  // "HTTPRoute a good choice?", "would Gateway API be right for my deployment…?": a kind put up for a setup told.
  new RegExp(`(?:^|[.,;:!?-]\\s*)${KIND_OR_ROUTE}(?: service| svc)? (?:a |the )?(?:good|right|sensible|wise|reasonable|smart) (?:choice|fit|call|idea|option|pick|move)\\s*\\?`),
  new RegExp(`\\b(?:would|will) ${KIND_OR_ROUTE}(?: service| svc)? be (?:the )?(?:right|a good (?:choice|fit|idea)|overkill|enough)\\b`),
  // "is an Ingress ok for that?", "would a plain ingress be fine for this?": a kind put up for what the message told.
  new RegExp(`\\b(?:is|would|will) (?:a plain |just an? |a |an |the |plain )?${KIND_OR_ROUTE}(?: service| svc)? (?:be )?(?:ok|okay|fine|enough|good enough|sufficient)(?: for (?:that|this|it|us|them|these|those))?\\s*\\?`),
];

/** Words before a thing the asker wants to do without: "without annotation soup", "no annotations". */
const DOING_WITHOUT = /\b(?:without|no|avoid|avoiding|instead of|rather than|fewer|less|hate|ditch|get rid of|away from)\s+(?:[a-z-]+\s+){0,2}/;
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A sentence beside the question that states the asker's setup or need without saying "I" or "we",
 * as chat does: "what replaced Ingress? greenfield cluster and want header routing".
 */
function statesSetupBeside(lower: string): boolean {
  const sentences = lower.split(/(?<=[.?!;])\s+/);
  return sentences.length > 1 && sentences.some((s) => !s.endsWith('?') && (STATES_SETUP.test(s) || UNSAID_SUBJECT.test(s)));
}
const UNSAID_SUBJECT = /^(?:just\s+)?(?:starting|building|migrating|moving|setting up|planning|running|got|using|looking for)\b/;

/** A label naming a product that implements a way to expose (an ingress or Gateway controller, a load balancer implementation). */
const PRODUCT_LABEL = /^(?:ingress-nginx|nginx(?:[- ]ingress)?|traefik|haproxy|contour|kong|istio|envoy(?:[- ]gateway)?|cilium|metal-?lb|kube-vip|alb|nlb|aws[- ]lb[- ]controller|external-dns|cert-manager)\s*(?::|-|—)/;

/** Asks to expose or publish something: "how do I expose fraud-check to it?" (not "how does a pod reach…"). */
const EXPOSE = /\bexpos(?:e|ed|es|ing)\b|\bpublish(?:ed|es|ing)?\b|\b(?:reachable|accessible) from (?:outside|the internet|my laptop)\b/;

const SETUP_CLAUSE = /\b(?:for|on|in|with|at|using|running|behind|from)\s/;

/** Keys that say where the cluster runs, not what the workload is or needs. */
const PLACE_KEYS = new Set(['e']);

/** A phrase that only names a kind, a setting or a tool, or says something vaguely. */
const namesConcept = (phrase: Phrase, aboutSettings: boolean): boolean => {
  // "paths" in "strip the path prefix": a vague word beside a setting asked about.
  if (phrase.weak && aboutSettings) return true;
  const text = phraseText(phrase);
  return namesIn(text).some((n) => !PROTOCOL_WORDS.has(n.toLowerCase()) && !/^bare[- ]?metal$/i.test(n)) || /\b(?:clients?|source|real) ips?\b/.test(text);
};

/** Whether a fact about the workload or its need is said in words of the asker's own (see recognizeWhich). */
function answersOwnFacts(answers: Answers, phrases: readonly Phrase[], aboutSettings: boolean): boolean {
  for (const key of answers.facts.keys()) {
    if (PLACE_KEYS.has(key)) continue;
    const from = phrases.filter((p) => p.key === key);
    // A fact no phrase gave was read from the words around them ("only other pods call it"),
    // unless a setting is asked about ("rewrite /api/foo to /foo": the paths are the setting's).
    if ((from.length === 0 && !aboutSettings) || from.some((p) => !namesConcept(p, aboutSettings))) return true;
  }
  return answers.contested.size > 0;
}

/** Workloads in general, none of the asker's in particular: "services", "apps", "stuff". */
const ANY_WORKLOADS = /\bexpos(?:e|ing) (?:all |any |multiple |several |many |k8s |kubernetes )?(?:services|svcs|apps|applications|workloads|deployments|things|stuff)\b/;

/**
 * How to expose workloads in general where the cluster runs ("how to expose services on bare metal
 * without a cloud lb"): no workload, need or setup of the asker's, only the place and the wish to
 * expose. A question about the place, which its topic answers; `which` would only ask back.
 */
function exposesAnyWhere(intent: Intent, answers: Answers, phrases: readonly Phrase[], workloads: number): boolean {
  if (intent.ownWorkload || workloads > 0 || !ANY_WORKLOADS.test(intent.lower) || STATES_SETUP.test(intent.lower) || answers.contested.size > 0) return false;
  const keys = [...answers.facts.keys()];
  return keys.some((k) => PLACE_KEYS.has(k)) && keys.every((k) => PLACE_KEYS.has(k) || (k === 'a' && phrases.filter((p) => p.key === 'a').every((p) => p.weak)));
}

/** Short names of a way to expose, and the parts of one that are named like it (an HTTPRoute is the Gateway API's). */
const SAME_WAY: Record<string, string> = { gateway: 'gateway api', gw: 'gateway api', httproute: 'gateway api', np: 'nodeport', ing: 'ingress', lb: 'loadbalancer' };

/** How many different ways to expose the kinds named stand for ("gateway" and "gateway api" are one; NLB and ALB two). */
function distinctWays(tree: DecisionTree, kinds: readonly string[]): number {
  const wayOf = (name: string): string => {
    const key = name.toLowerCase().replace(/[- ]/g, '').replace(/api$/, '').replace(/(?<=[a-z]{3})(?:es|s)$/, '');
    return mentionedKind(tree, name) ?? mentionedKind(tree, SAME_WAY[key] ?? key) ?? SAME_WAY[key] ?? key;
  };
  return new Set(kinds.map(wayOf)).size;
}

/** Whether these answers, with what they imply, lead to a recommendation without a question. */
function settles(tree: DecisionTree, answers: Answers, implied: readonly Implication[]): boolean {
  const copy: Answers = { ...answers, facts: new Map(answers.facts), contested: new Map(answers.contested) };
  applyImplications(tree, copy, implied);
  return walkTree(tree, copy).kind === 'recommendation';
}

/** Asks which type a command or a default gives ("what svc type does that give me", "what type does kubectl expose create"). */
const ASKS_WHAT_A_COMMAND_MAKES =
  /\bwhat (?:svc |service )?(?:type|kind)\b[^.?!]{0,20}\b(?:does|will|would|did) (?:that|this|it|kubectl expose|expose|the command)\b[^.?!]{0,20}\b(?:give|create|make|produce|default to)s?\b/;

/** Asks what a Service is called in DNS (its name, not how to expose it), or the URL to open it by ("nodeport url?", "what do I type in the browser"). */
const ASKS_FOR_NAME = /^(?:the |my |our )?(?:node ?ports?|load ?balancers?|lbs?|ingress|svc|service) urls?\b|\bwhat (?:do|should|would|can) (?:i|we|you) (?:type|put|enter|paste|open) in(?:to)? (?:the |my |a |your )?(?:browser|address bar|url bar)\b|\b(?:(?:full|fully[- ]qualified|complete) (?:dns |host ?)?names?|fqdn|what (?:host ?names?|dns names?|urls?|address(?:es)?)\b|what(?:'s|s| is| are| would be) (?:the |its |their )?(?:dns names?|host ?names?|dns records?)\b|\b(?:dns|host) ?names? of\b)|^(?:the )?(?:dns|host) ?(?:names?|records?) (?:of|for)\b|\b(?:dns|host) ?(?:names?|records?) (?:format|pattern|syntax|scheme|convention|template)\b|\b(?:format|pattern|syntax) (?:of|for) (?:the |a |an )?(?:[a-z-]+ ){0,2}?(?:dns|host) ?(?:names?|records?)\b/;

/** Asks what values a setting takes: "the valid nodePort range", "allowed values for sessionAffinity", "max timeout". */
const ASKS_FOR_VALUES =
  /\b(?:valid|allowed|permitted|legal|default|possible|accepted|max(?:imum)?|min(?:imum)?)\b(?: [a-z.-]+){0,3}? (?:range|ranges|values|limits?)\b|\b(?:range|ranges|values) (?:of|for) (?:valid |allowed )?(?:node ?ports?|ports?|ips?|cluster ?ips?|values?)\b|\b(?:what|which)(?: (?:the|an?))? (?!(?:should|do|does|did|would|could|is|are|can|will|must|to|we|i|you|helm|chart)\b)(?:[a-z0-9.-]+ ){1,2}values?\b(?![\w.-])(?! (?:of|for|in) (?:my|our|the|this|its|their|an?)\b)/;

/**
 * Asks for the annotation, class name or field that does something ("…private VPC IP, what's the annotation",
 * "what gatewayClassName do i use on GKE", "…an NLB instead of the ELB, what do I set?"): how to configure a kind
 * already chosen, not which kind.
 */
// Whose part it is may come before it ("which api server flag sets…", "what gke ingress annotation…").
// Asked in a clause of its own that names the part and ends there: "internal multi cluster gateway on gke, gatewayclass name?",
// "gke internal lb annotation? …".
const ASKS_FOR_SETTING =
  /\b(?:what|which)(?:'s| is| are|s)? (?:the |an? )?(?:right |correct |exact |proper )?(?:(?!(?:should|do|does|would|i|we)\b)[a-z0-9.-]+ ){0,2}?(?:annotations?|annotation keys?|(?:gateway|ingress) ?class ?(?:names?)?|class(?:es| ?names?)?|fields?|flags?|api ?versions?)\b|(?:^|[,.;:!?]\s*|\s[-–—]\s*)(?:[a-z0-9./-]+ ){0,3}(?:annotations?|annotation keys?|(?:gateway|ingress) ?class ?(?:names?)?|class(?:es| ?names?)?|fields?|flags?)\s*\?|\bwhat (?:do|should|must|would) (?:i|we|you) (?:(?:need|have) to )?(?:set|configure|annotate)\b(?! up\b)(?!:? (?:the |its |my |our |a )?`?(?:service |svc |(?:[a-z]+\.)*(?:service|svc|spec)\.)?type\b)/;

/**
 * "how do i pick which port the ingress uses", "how do I say which namespace the route's backend is in": which part of
 * an object a reference picks, a field to set, not a way to expose.
 */
const ASKS_WHICH_PART_PICKED = /\b(?:pick|choose|select|specify|say|tell (?:it|the [a-z-]+)|set|decide) which (?:ports?|port (?:names?|numbers?)|namespaces?|paths?|hosts?|backends?|containers?|listeners?|protocols?)\b/;

/**
 * "kind cluster - how do i reach a NodePort from my host machine?", "how can I hit the LoadBalancer from my laptop": the way
 * to expose is chosen and made; how to get to it where the cluster runs is knowledge, not a choice of another way.
 */
const REACHES_A_KIND_MADE = /\bhow (?:do|can|would|should) (?:i|we|you) (?:reach|access|hit|curl|open|get to|connect to) (?:a|an|the|my|our|this|that) (?:node ?port|load ?balancer|lb)(?: service| svc)?\b/;

/**
 * "metallb L2 mode vs BGP mode, which one…", "AGIC or the app routing addon? pros/cons": two things compared that are
 * not ways to expose (modes, products, policies): the decision tree chooses between ways to expose, so it cannot answer.
 */
const WEIGHS_TWO = /\bpros ?(?:\/|and|&|n) ?cons\b|\btrade-?offs?\b/;

/** The words either side of "vs": "target-type ip vs instance" weighs "ip" and "instance". */
const VERSUS_SIDES = /([a-z0-9-]+)\s+(?:vs\.?|versus)\s+([a-z0-9-]+)/;
/** Two things weighed by "vs", neither a way to expose (nor a Service type): values of a setting, not a choice of how to expose. */
function weighsValues(lower: string): boolean {
  const sides = VERSUS_SIDES.exec(lower);
  return sides !== null && [sides[1], sides[2]].every((side) => namesIn(side as string).length === 0 && !isKind(side as string));
}

/** "openshift route tls termination types?", "metallb modes?": the variants of something named, listed. */
const ASKS_FOR_VARIANTS = /^[^?.!]{0,80}\b(?:types|modes|kinds|variants|flavou?rs)\s*\?+\s*$/;

/** Names kubectl. */
const USES_KUBECTL = /\bkubectl\b/;
/** Asks for a command rather than a manifest, whatever it is for ("a service for my api, imperatively"). */
// "cmd to create a tls secret", "one liner to expose deployment web", "how do i port-forward svc api": a kubectl command line asked for.
const WANTS_COMMAND = /\bimperative(?:ly)?\b|\bcmds?\b|\bone[- ]?liners?\b|\bhow (?:do|can|should) (?:i|we|you) (?:kubectl )?port[- ]?forward\b|\bhow to (?:kubectl )?port[- ]?forward\b|\bwithout (?:writing |a |any )?(?:ya?ml|manifests?)\b|\b(?:which|what) (?:kubectl )?(?:commands?|flags?)\b|\bcommand[- ]line\b/;
/**
 * How to test that a Service (or DNS) answers, or test from inside the cluster: a check to run, not a way to expose (but "debug my
 * service from my machine" wants access). So is testing whether one thing can reach another ("check if the web pods can still reach
 * redis after the policy"): a reachability check, run with kubectl from a pod.
 */
const TESTS_A_SERVICE = /\b(?:test|check|verify|confirm|see)(?:ing|s)? (?:that |whether |if )(?:a |the |my |our |this |your )?(?:service|svc|dns)\b|\b(?:test|check|verify|confirm)(?:ing|s)? (?:that |whether |if )[^.?!]{0,40}\b(?:can|could|still|is able to|are able to) (?:still )?(?:reach|connect to|talk to|hit|curl|access|get to)\b|\b(?:test|check|verify|debug)(?:ing|s)?\b.{0,40}\b(?:from inside|inside the cluster|in-cluster|from (?:a|another) pod)\b/;

/**
 * Which of two rules applies: "an Exact and a Prefix path both match, which one wins", "which takes precedence",
 * "which policy is applied first", "does the controller merge them or does one win": how the API or a controller resolves a
 * conflict or combines objects, not a choice of how to expose.
 */
const ASKS_PRECEDENCE =
  /\bwhich(?: one| rule| path| route| policy| of (?:them|the two|these|those|both))? (?:wins?|takes? (?:precedence|priority)|has (?:precedence|priority)|applies|is (?:applied|evaluated|matched|used) first|comes first|matches first|gets (?:picked|matched|used))\b|\b(?:does|do|will|would) (?:one|either|one of them|the (?:first|second|older|newer|oldest|newest|last)(?: one)?) (?:win|take precedence|override|overwrite|replace)\b|\b(?:merge|merges|merged|merging|combine|combines|combined|combining) (?:them|both|the two|the rules|their rules|(?:the|their|both) (?:paths|ingresses|routes))\b/;

/** Who is responsible for an object: "who is supposed to own the Gateway", "which team manages the GatewayClass". */
const ASKS_WHO_OWNS = /\b(?:who|which team|what team|which role)(?:'s| is| are)? (?:(?:supposed|meant|expected) to |should |would |normally |usually |typically )?(?:own|owns|manage|manages|maintain|maintains|control|controls|be responsible for|is responsible for|administer|administers)\b/;

/**
 * Whether something is allowed or possible, asked of an object or field it names: "can I put an IP in
 * externalName?", "is it allowed to use a hostname in loadBalancerSourceRanges", "…in another namespace,
 * is that permitted? what controls it": a rule of the API, not a choice of how to expose. ("Is that
 * possible?" after a wish, and "is that ok?" of a kind chosen for a workload, stay the recommendation's.)
 */
const ASKS_IF_ALLOWED = new RegExp(
  String.raw`\b(?:is|are) (?:that|this|it|they|those|these)(?: even| really| actually)? (?:allowed|permitted|legal|valid|supported|legit)\b` +
    String.raw`|\bis it (?:even )?(?:allowed|permitted|possible|legal|valid|supported) (?:to|for)\b|\b(?:allowed|permitted|legal|legit)\s*\?` +
    String.raw`|\bwhat (?:controls|governs|decides|determines|permits|allows|restricts) (?:that|this|it|which|whether|who|if)\b|\bwho (?:decides|controls|allows|permits)\b` +
    // A value written into a field or an object: "can I put an IP in externalName", "can we use a wildcard as the host".
    String.raw`|\b(?:can|could|may) (?:i|we|you|one) (?:put|place|write|specify|set|use|give it|expose|open|map|forward|declare) (?:an? |the |raw |plain |just |only |whole )?(?:ips?|ip address(?:es)?|ipv[46] address(?:es)?|host ?names?|cidrs?|wildcards?|regex(?:es)?|port numbers?|port ranges?|ranges? of ports|dns names?|urls?|fqdns?)\b[^.?!]{0,30}\b(?:in|into|inside|as|for|on)\b` +
    // "can one svc listen on 53 both udp and tcp?", "can a single service serve http and grpc on one port": whether one object can do two things at once.
    String.raw`|\b(?:can|could) (?:a |an |one |the |my |our |a single |one single |single )?(?:svc|service|load ?balancer|lb|node ?port|ingress|gateway)s? (?:listen|serve|expose|carry|forward|handle|accept|mix|take|speak)\b[^.?!]{0,40}\bboth\b` +
    // "can an externalName service hold an IP?", "can a route's hostname take a wildcard?"
    String.raw`|\b(?:can|could|may) (?:an? |the |my |our |this |that )?(?:[a-z'-]+ ){1,2}(?:(?:just|even|also|only) )?(?:hold|take|accept|contain|point (?:at|to)|resolve to|carry|be) (?:an? |the |that |this |raw |plain |just |only )?(?:ips?|ip address(?:es)?|host ?names?|cidrs?|wildcards?|regex(?:es)?|port numbers?|dns names?|urls?|fqdns?)\b`,
);

/**
 * Where a part of the configuration goes: "where does the certificate go when using a Gateway", "where
 * do I reference the TLS secret", "where's the annotation supposed to be": a place in an object, not a
 * choice of one (unless it also asks what to use).
 */
const ASKS_WHERE_PART_GOES =
  /\bwhere(?:'s| is| are| do| does| should| would| must| can)(?: (?:i|we|you))? (?:the |my |our |a |an |its |their |this |that )?(?:[a-z-]+ )?(?:certs?|certificates?|secrets?|key ?pairs?|private keys?|annotations?|fields?)\b|\bwhere (?:do|does|should|would|must|can) (?:i|we|you) (?:put|place|reference|store|set|attach|specify|declare|mount|keep) (?:the |my |our |a |an |its |their )?(?:[a-z-]+ )?(?:certs?|certificates?|secrets?|key ?pairs?|private keys?|annotations?|fields?)\b/;

/** Opens by asking what something is ("whats gateway api, …", "what is an ingress"): what follows, when a kind, is defined. */
const OPENS_WITH_WHAT_IS = /^(?:so |ok |okay |hey |hi )?(?:what(?:'s| is| are)|whats) (?:an? |the )?(.*)$/;

/**
 * "whats gateway api, is that like the replacement for nginx or smth": a kind asked to be defined,
 * first thing, for no workload of the asker's and without asking what to use: the topic explains it
 * (route.ts, level 4), whatever else the sentence compares it with.
 */
function opensByDefiningAKind(intent: Intent): boolean {
  if (intent.asksForRecommendation || intent.asksWhatToUse) return false;
  const rest = OPENS_WITH_WHAT_IS.exec(intent.lower)?.[1];
  if (rest === undefined) return false;
  // "what is a Resource backend in an ingress": a part of a kind defined (the "backend" is no workload of the asker's, who names none).
  if (!intent.firstPerson && intent.kinds.some((kind) => new RegExp(`^(?:[a-z0-9-]+ ){1,3}(?:in|of|on|for|inside) (?:an? |the )?${escapeRegExp(kind)}\\b`).test(rest))) return true;
  return !intent.ownWorkload && intent.kinds.some((kind) => rest.startsWith(kind));
}

/** A need or a wish told ("want a stable name", "compliance wants it unreachable", "I'd like our pods to…"): not only a symptom. */
const WANTS = /\b(?:want|wants|wanted|need|needs|needed|like to|rather)\b|(?:'d|\bwould) like\b/;

/** An address wished for ("we want them to use the NAT gateway's ip", "need one static egress ip"): of outgoing traffic, a setting. */
const WANTS_AN_ADDRESS = /\b(?:want|wants|wanted|need|needs|needed|would like)\b[^.?!]{0,40}\b(?:ips?|address(?:es)?|nat|snat)\b/;

/**
 * Callers kept to the instance on their own node ("apps should only send to the one on their own node"):
 * a Service setting (internalTrafficPolicy: Local), the knowledge base's, not a way to expose.
 */
const OWN_NODE_ONLY = /\b(?:the|a|an)\s+(?:one|pod|instance|agent|collector|replica|copy)\s+on\s+(?:their|its|the\s+same|the\s+caller'?s|the\s+local)\s+(?:own\s+)?node\b/;

/** From this belief of the route model, free text the rules leave to `ask` is a `which` question after all. */
const SURELY_WHICH = 0.977;

/**
 * `which` claims free text that asks what to use or how to expose something (LEVEL.recommend),
 * and statements of a workload's facts (LEVEL.facts). It leaves troubleshooting, explanations and
 * questions about how a concept behaves to other commands unless the message also describes the
 * asker's situation (see route.ts). A sentence the rules leave alone that the route model is sure
 * of (see which-model.ts) is claimed at the lowest level, so any other command's reading wins.
 */
export function recognizeWhich(text: string, tree: DecisionTree, route?: Classifier<Route>): Recognition | null {
  const byRules = recognizeByRules(text, tree);
  if (byRules || text.length > MAX_FACT_TEXT || !isSentence(text)) return byRules;
  // A question about a setting or a mechanism (how pods reach across namespaces, what address
  // traffic leaves with…), a report of trouble asking why, one that carries its evidence, asks for a kubectl
  // command or how to test a Service, is the knowledge base's whatever it reads like. So is a symptom told of no workload of
  // the asker's, naming no kind, that asks for and wants nothing ("the worker calls its own service, gets balanced onto itself and hangs").
  const intent = readIntent(text);
  const symptomOnly =
    intent.trouble && intent.names.length === 0 && !intent.question && !WANTS.test(intent.lower) && !intent.ownWorkload && !intent.asksWhatToUse && !intent.asksForRecommendation && !intent.wantsExposure;
  const asksForSetting = ASKS_FOR_SETTING.test(intent.lower) && !intent.asksForRecommendation && !intent.asksWhatToUse;
  if (symptomOnly || intent.askedSettings.length > 0 || asksForSetting || asksOfAPart(intent) || intent.mechanism !== null || intent.evidence || (intent.trouble && WHY.test(intent.lower)) || WANTS_COMMAND.test(intent.lower) || TESTS_A_SERVICE.test(intent.lower) || opensByDefiningAKind(intent)) return null;
  if (OWN_NODE_ONLY.test(intent.lower) || ASKS_WHAT_A_COMMAND_MAKES.test(intent.lower)) return null;
  const model = route ?? whichModels()?.route;
  if (!model) return null;
  const [label, belief] = readWhole(model, text)[0] ?? ['other', 0];
  if (label !== 'which' || belief < SURELY_WHICH) return null;
  const { answers, implied } = readAnswers(text, tree);
  applyImplications(tree, answers, implied);
  return { score: LEVEL.facts, command: canonicalCommand(tree, answers) };
}

/** Asks whether the API allows something of an object or field it names, or where a part of one goes (not what to use). */
function asksOfAPart(intent: Intent): boolean {
  if (intent.asksForRecommendation || intent.asksWhatToUse) return false;
  return ASKS_WHERE_PART_GOES.test(intent.lower) || (ASKS_IF_ALLOWED.test(intent.lower) && (intent.names.length > 0 || writesAField(intent.text)));
}

/** A field written as the API spells it: "externalName", "loadBalancerSourceRanges". */
const writesAField = (text: string): boolean => text.match(FIELD_WRITTEN) !== null;

function recognizeByRules(text: string, tree: DecisionTree): Recognition | null {
  const intent = readIntent(text);
  if (intent.lower === '' || text.length > MAX_FACT_TEXT) return null;
  const read = readAnswers(text, tree);
  const { answers, implied, phrases } = read;
  const facts = answers.facts.size + answers.contested.size;
  // Facts with what the setup's phrases imply ("peers talk over 2380": pods connect), but not
  // what naming a kind or a setting implies ("an ingress", "the client ip": from outside).
  const open = (k: string) => !answers.facts.has(k) && !answers.contested.has(k);
  const setupPhrases = phrases.filter((p) => !kindOnly(p) && !intent.settings.some((name) => phraseText(p).includes(name)));
  const statedFacts = facts + new Set(setupPhrases.flatMap((p) => Object.keys(p.implies).filter(open))).size;
  // Concepts the message asks about: ways to expose and settings, unless part of a phrase about
  // the setup ("dns" in "a dns server", "lb" in "no cloud lb").
  const workloads = phrases.filter(isWorkloadPhrase);
  const setup = phrases.map(phraseText).filter((p) => !onlyNames(p) && !p.split(' ').every((w) => PROTOCOL_WORDS.has(w)));
  const asked = (name: string) => !setup.some((p) => p.includes(name.replace(/-/g, ' ')));
  // Nor a setting the asker wants to do without ("header routing without annotation soup").
  // Nor, in a story, one named in the sentences that tell the setup (Intent.askedSettings).
  const ruledOut = (name: string): boolean => new RegExp(`${DOING_WITHOUT.source}${escapeRegExp(name)}`).test(intent.lower);
  const settings = intent.askedSettings.filter((name) => asked(name) && !ruledOut(name));
  // A kind ruled out ("my manager says no ingress, then what?") is not asked about either.
  const standing = intent.kinds.filter((name) => !ruledOut(name));
  const kinds = standing.filter(asked);
  // A choice with one side ruled out and one left ("…I want http://shop.local instead of remembering nodeports") tells the need.
  // Two names of one way ("two Ingresses for one host … does ingress-nginx merge them or does one win?") offer no choice between ways.
  const openChoice = intent.choice && !(standing.length < intent.kinds.length && standing.length < 2) && distinctWays(tree, intent.kinds) >= 2;
  const concepts = kinds.length + settings.length;
  const aboutSetting = settings.length > 0 && intent.kinds.length === 0;
  const conceptQuestion = concepts > 0 && intent.questionWord;
  // Asks something in a clause of its own ("path /api with Prefix, does /api/v1 match").
  const clauseAsks = QUESTION_CLAUSE.test(intent.lower);
  const situation = () => describesSituation(text, tree, intent, read);
  // Whether anything describes the asker's own workload or need, beyond the things it names: a
  // workload ("our redis"), or a fact said in words of its own ("customers", "udp", "only other
  // pods"), not the place it runs ("on GKE"), nor what a named kind, setting or tool implies
  // ("internal load balancer", "metallb", "the client ip behind ingress-nginx").
  const described = workloads.length > 0 || answersOwnFacts(answers, phrases, settings.length > 0);
  // A statement needs two facts, or one said outright, of the asker's workload or need, that
  // settles the tree on its own ("only internal traffic, no need for outside access" is a
  // ClusterIP whatever else holds; "send traffic only to the pod on the same node" is a setting).
  const enoughFacts =
    statedFacts >= 2 ||
    (facts === 1 && answers.weak === undefined && (intent.ownWorkload || STATES_SETUP.test(intent.lower)) && settles(tree, answers, implied));

  // "Prefix or Exact, which one do I pick for /api?": a value of a setting chosen, no kind, workload or
  // wish to expose named beside it; not a Service type ("which service type for sticky sessions?").
  const picksSettingValue =
    aboutSetting && !intent.ownWorkload && workloads.length === 0 && !intent.wantsExposure && !intent.asksWhatToUse && !NAMES_SERVICE_TYPE.test(intent.lower);

  let level: number | null;
  // "reach it only from pods on the same node", "keep calls on the caller's node": in-cluster traffic
  // kept node-local is a setting of the Service (internalTrafficPolicy: Local), whatever the kind.
  if (NODE_LOCAL_TRAFFIC.test(intent.lower)) return null;
  if (opensByDefiningAKind(intent)) return null;
  // "full dns name for svc redis in ns cache": a question about a Service's name, not about exposing it.
  // Not where a name of one's own is wished instead ("devs hardcode the long FQDN, can I make a local name for it?"): an ExternalName.
  if (ASKS_FOR_NAME.test(intent.lower) && !intent.asksForRecommendation && !MAKES_ALIAS.test(intent.lower)) return null;
  // "what's the valid nodePort range?": the values a setting takes, not a way to expose; nor is the
  // annotation or class name that does something, or the kinds of a thing listed ("route tls termination types?").
  if ((ASKS_FOR_VALUES.test(intent.lower) || ASKS_FOR_SETTING.test(intent.lower) || ASKS_FOR_VARIANTS.test(intent.lower)) && !intent.asksForRecommendation && !intent.asksWhatToUse) return null;
  // "how do you expose a deployment imperatively", "which command lists…", "fastest way to test a
  // service from inside": how to use kubectl, not what to expose with (unless it asks which type).
  // A choice between kubectl's own ways in ("kubectl proxy or port-forward? …from my laptop") is still a choice.
  if (!intent.asksForRecommendation && (WANTS_COMMAND.test(intent.lower) || ((USES_KUBECTL.test(intent.lower) || TESTS_A_SERVICE.test(intent.lower)) && !intent.ownWorkload && !intent.choice))) return null;
  // "kubectl expose deploy web --port 80 — what svc type does that give me": the type a command makes by default, a fact of kubectl.
  if (ASKS_WHAT_A_COMMAND_MAKES.test(intent.lower)) return null;
  // "my pod in ns web needs to call a service in ns shop, how?", "how do I lock that down?", "what IP
  // do my pods call out with?", "I need the LoadBalancer to get a private IP": how to address,
  // restrict or configure something, asked or reported, unless it also asks what to use or how to expose.
  // A setting is asked for by wishing it ("I need the LoadBalancer to get a private IP", "I want clients to use 443").
  // So is restricting who may connect, said as an order ("only allow traffic from the monitoring namespace"), and the address
  // outgoing traffic should leave with ("pods go out with the node's ip, we want them to use the NAT gateway's").
  const wished =
    intent.mechanism === 'kind-setting' || intent.mechanism === 'port-mapping' || intent.mechanism === 'access-control' || (intent.mechanism === 'egress' && WANTS_AN_ADDRESS.test(intent.lower));
  // A familiar tool's counterpart is asked for whatever the punctuation ("in nginx i have …, how do i do that with an ingress"),
  // unless the asker's own workload is told with it (then the recommendation answers).
  const asks = intent.question || intent.trouble || intent.evidence || QUESTION_CLAUSE.test(intent.lower) || wished || (intent.mechanism === 'counterpart' && !intent.ownWorkload && ASKS_HOW.test(intent.lower));
  const chosenOrRetired = intent.mechanism === 'chosen-means' || intent.mechanism === 'lifecycle';
  // How a part of Kubernetes behaves ("how does an ingress decide which service gets a request") asks which of its backends it picks,
  // not which to use.
  if (intent.mechanism === 'behaviour' && asks && !intent.ownWorkload && !EXPOSE.test(intent.lower)) return null;
  // A product's own object named ("…through traefik. IngressRoute doesnt seem to do tcp??") has chosen the product, even where the
  // message says what it exposes: how to write that object is the question.
  if (intent.mechanism !== null && !chosenOrRetired && asks && !intent.asksForRecommendation && !intent.asksWhatToUse && (!EXPOSE.test(intent.lower) || namesProductObject(intent.lower))) return null;
  // "tls passthrough with ingress", "expose grpc via ingress-nginx": how to do something with a kind
  // or product already chosen; "ingress-nginx is retiring, what now?": what becomes of one. For no
  // workload or setup of the asker's, that is knowledge (a setup told beside it is a decision).
  // A workload named ("postgres thru my nginx ingress?") is a setup the recommendation answers; a
  // phrase that says how TLS is carried ("tls passthrough") names the feature asked about, and one
  // told only by its protocol ("expose a gRPC service through ingress-nginx") is any such workload.
  // A workload said only after such a question ("…? backend has to see the client hello") says why, not what is exposed.
  // Unless that rest tells a setup of its own ("…? cluster is on aks, external clients need it").
  const firstAsks = chosenMeansAsked(intent.lower);
  // A rest that only restates what the question's own feature says ("tls passthrough … - backend must terminate TLS itself") tells nothing new either.
  const told = firstAsks === intent.lower ? undefined : readAnswers(intent.lower.slice(firstAsks.length), tree).answers;
  const askedFacts = told === undefined ? undefined : readAnswers(firstAsks, tree).answers.facts;
  const meansAsked =
    told !== undefined && [...told.facts].every(([key, value]) => told.weak?.has(key) === true || askedFacts?.get(key) === value) ? firstAsks : intent.lower;
  const namedWorkload = phrases.some(
    (p) => isWorkloadPhrase(p) && !p.words.some((w) => PROTOCOL_WORDS.has(w.replace(/\*$/, ''))) && (meansAsked === intent.lower || meansAsked.includes(phraseText(p))),
  );
  if (
    chosenOrRetired &&
    !ownWorkloadBeyondProtocol(intent.lower) && !namedWorkload && !STATES_SETUP.test(meansAsked) && !intent.asksForRecommendation && !intent.choice && !intent.comparison &&
    (intent.mechanism === 'lifecycle' ? !intent.firstPerson : !intent.asksWhatToUse)
  )
    return null;
  // "why does my access log show a node ip instead of the client ip?": trouble asked why, whatever
  // kinds it names, is diagnosis (the knowledge), unless it also asks what to use.
  if (intent.trouble && /^why\b/.test(intent.lower) && !intent.asksForRecommendation && !intent.asksWhatToUse) return null;
  // "who owns the GatewayClass vs the HTTPRoute?", "which fields of the HTTPRoute do that?": who is
  // responsible for an object, or which parts of one to set: knowledge about a kind, not a choice of one.
  if ((ASKS_WHO_OWNS.test(intent.lower) || ASKS_FOR_PARTS.test(intent.lower) || ASKS_PRECEDENCE.test(intent.lower)) && !intent.asksForRecommendation && !intent.asksWhatToUse) return null;
  // "can I put an IP in externalName?", "where does the cert go with a Gateway?": whether the API allows
  // something of an object it names, or where a part of one goes.
  if (asksOfAPart(intent)) return null;
  // "…a multi-port svc, how do i pick which port": which part a reference picks is a field of it.
  if (ASKS_WHICH_PART_PICKED.test(intent.lower) && !intent.asksForRecommendation && !intent.asksWhatToUse) return null;
  // "metallb L2 vs BGP mode, which one for a small on-prem setup?", "AGIC or app routing? pros/cons": two things that are
  // not ways to expose, weighed against each other for no workload of the asker's.
  // So are two values set side by side ("aws lb controller target-type ip vs instance, which one"), whatever kind the line names elsewhere.
  if ((VERSUS.test(intent.lower) || WEIGHS_TWO.test(intent.lower)) && (intent.kinds.length === 0 || weighsValues(intent.lower)) && !intent.ownWorkload && !intent.wantsExposure) return null;
  if (REACHES_A_KIND_MADE.test(intent.lower) && !intent.ownWorkload && !intent.asksForRecommendation && !intent.asksWhatToUse) return null;
  // "cost wise on eks: one LoadBalancer per app vs a single ingress?": the cloud's prices for ways compared, for no workload told.
  if (VERSUS.test(intent.lower) && asksCostOnCloud(intent.lower) && !intent.ownWorkload && !intent.asksWhatToUse) return null;
  // Pasted kubectl output or an error with its question ("how do I open this?"): the answer reads the paste.
  if (intent.evidence && !intent.asksForRecommendation && !intent.asksWhatToUse) return null;
  // "metallb how do i give it a range of ips": how to set up the labelled thing, not what to expose with.
  // So is a question labelled with the product that implements a way to expose ("ingress-nginx: how
  // do I…", "traefik - what…"): the way is chosen, even where the product's name holds a kind's.
  if (intent.labelled && (intent.kinds.length === 0 || PRODUCT_LABEL.test(intent.lower)) && !intent.asksForRecommendation && !intent.asksWhatToUse && !intent.wantsExposure) return null;
  // "ingress vs lb" is compare's request, unless asked for a setup the message describes.
  // A comparison asked for a described setup is answered by the recommendation, which names both.
  // "GatewayClass vs Gateway vs HTTPRoute": objects of one API compared, not ways to expose.
  if (intent.comparison && intent.kinds.length >= 2 && intent.kinds.every((k) => GATEWAY_API_OBJECT.test(k)) && !intent.asksForRecommendation && !intent.ownWorkload) level = null;
  // Two names of one way to expose ("a GatewayClass and a Gateway in gateway api") compare its parts, not a choice.
  else if (intent.comparison && intent.names.length >= 2) level = distinctWays(tree, intent.kinds) >= 2 && choiceForSetup(text, tree) ? LEVEL.recommend : null;
  // "etp cluster vs local", "metallb arp vs bgp": two values of one thing, asked about in general.
  else if (VERSUS.test(intent.lower) && !intent.ownWorkload && (!intent.asksForRecommendation || picksSettingValue)) level = null;
  else if (openChoice) level = situation() || choiceForSetup(text, tree) ? LEVEL.recommend : null;
  // A kind the asker chose or has in mind, put up to be checked, for a setup of their own ("we",
  // "I") or one the message tells: the recommendation answers it for that setup, or asks what it needs.
  else if (kinds.length > 0 && settings.length === 0 && SECOND_GUESS.some((cue) => cue.test(intent.lower)) && (intent.firstPerson || (enoughFacts && described))) level = LEVEL.recommend;
  // "which service type for…", unless it is a kind for a setting ("a headless service for sticky sessions?").
  else if (intent.asksForRecommendation && !(settings.length > 0 && intent.kinds.length > 0) && !picksSettingValue) level = LEVEL.recommend;
  // Trouble is diagnosis's, unless the asker then asks what to use instead, or restates the need,
  // for their own setup ("udp doesn't work through the ingress, what should i use").
  // So is asking how to expose the part that does not work ("git over ssh doesnt work from outside, how do i expose that part").
  else if (intent.trouble) level = (intent.asksWhatToUse || RESTATES_NEED.test(intent.lower) || (intent.wantsExposure && HOW_TO_EXPOSE.test(intent.lower))) && situation() ? LEVEL.recommend : null;
  else if (WHY.test(intent.lower) || ((HOW_IT_WORKS.test(intent.lower) || WHAT_IT_DOES.test(intent.lower)) && !intent.wantsExposure && !intent.ownWorkload)) level = null;
  // A question about a setting, also of a kind ("how do I rewrite paths with an ingress"), unless
  // it describes the asker's workload or states a setup of its own (three facts or more).
  else if (intent.question && settings.length > 0 && (aboutSetting || (!intent.ownWorkload && statedFacts < 3))) level = null;
  else if (conceptQuestion || (concepts > 0 && intent.question && (intent.wantsExposure || intent.asksWhatToUse || intent.asksForRecommendation))) {
    level = situation() ? LEVEL.recommend : null;
  } else if (intent.wantsExposure || intent.asksWhatToUse) {
    // "private load balancer only reachable from our VPC": how to make a kind do something.
    // "how to expose services on bare metal?": services in general, only where they run is told; the place's topic answers.
    if (exposesAnyWhere(intent, answers, phrases, workloads.length)) level = null;
    else level = concepts === 0 || STATES_SETUP.test(intent.lower) || situation() ? LEVEL.recommend : null;
  }
  else if (INTENT_CUES.some((cue) => cue.test(intent.lower))) level = facts >= 1 ? LEVEL.recommend : LEVEL.facts;
  // A statement of facts ("internal gRPC service, only called by other pods"), or a question
  // about the asker's workload with them: enough to decide on, but any other reading wins.
  // A line that names a concept, and neither a workload nor a need of the asker's ("sticky sessions
  // by client ip", "wildcard host in ingress"), is about the concept unless it states a whole setup,
  // or names the kind for the asker's workloads ("gateway api for 5 microservices on aks").
  else if (enoughFacts && described && (intent.ownWorkload || (!clauseAsks && (STATES_SETUP.test(intent.lower) || facts >= 4 || workloads.length > 0 || (!intent.questionWord && (concepts === 0 || (settings.length === 0 && forOwnWorkloads(intent.lower)))))))) level = LEVEL.facts;
  else level = null;
  if (level === null) return null;
  applyImplications(tree, answers, implied);
  return { score: level, command: canonicalCommand(tree, answers) };
}

/** Traffic that should stay on the caller's own node: "only to pods on the same node", "node-local routing". */
const NODE_LOCAL_TRAFFIC =
  /\b(?:only|just|stay|stays|staying|keep|keeps|kept|never leaves?)\b[^.?!]{0,60}\b(?:same|own|local|caller(?:'?s)?|client(?:'?s)?|their|its) node\b(?![- ]?(?:ports?|ips?)\b)|\b(?:on|at|to) (?:their|its|the caller'?s|the client'?s) own node\b(?![- ]?(?:ports?|ips?)\b)|\bnode[- ]local (?:traffic|routing|endpoints?|pods?|calls?)\b|\bsame[- ]node (?:traffic|routing|endpoints?|calls?)\b/;

/** The objects of Gateway API, each a kind by name (intent.ts KIND), all one way to expose. */
const GATEWAY_API_OBJECT = /^(?:gateway(?:[- ]api)?|gw|http[- ]?routes?|gateway[- ]?class(?:es)?)$/;

/** Asks for a Service type in so many words: "which service", "service type", "type of svc". */
const NAMES_SERVICE_TYPE = /\b(?:which|what) (?:kind of |type of |sort of )?(?:k8s |kubernetes )?(?:service|svc)\b|\b(?:service|svc) type\b|\b(?:type|kind|sort) of (?:service|svc)\b/;

/** "… for 3 svcs", "… for our two apps": what the named kind is meant for, the asker's workloads. */
const FOR_WORKLOADS = /\bfor (?:(?:my|our|the|all|both|these|those|\d+|two|three|four|five|six|several|many|multiple|a few|a couple of|a handful of) )+(?:[a-z0-9.+-]+ ){0,2}?([a-z-]+)\b/g;
const forOwnWorkloads = (lower: string): boolean => [...lower.matchAll(FOR_WORKLOADS)].some((m) => isWorkloadWord(m[1] as string));

/** Parts of an object and objects a question may ask "which" of: never an answer to the tree. */
const CONFIG_PARTS =
  'labels?|annotations?|fields?|path ?types?|flags?|headers?(?! (?:routing|based|matching))|secrets?|keys?|values?|settings?(?! up)|parameters?|args?|arguments?|commands?|objects?|resources?|crds?|api ?versions?|apis?|records?|status(?:es)?|conditions?|events?|verbs?|permissions?|roles?|modes?|protocols?|ranges?|selectors?|policy|policies|methods?|timeouts?|class(?:es)?|gatewayclass(?:es|name)?|ingressclass(?:es|name)?';

/** Tools and artefacts a question may ask "which" of: "which image has dig", "which tool converts…", "which plugin". */
const TOOLS = 'images?|tools?|tooling|utilit(?:y|ies)|binar(?:y|ies)|packages?|plugins?|(?:helm )?charts?|containers?|sidecars?|librar(?:y|ies)|clis?';

/** Parts of Kubernetes itself a question may ask "which" of: "which component implements Service IPs", "which daemon on the node…". */
const PARTS_OF_THE_SYSTEM = 'components?|process(?:es)?|daemons?|agents?|programs?|node components?|control[- ]plane components?|(?:name ?)?servers?|resolvers?';

/**
 * What the part may belong to: "which metallb objects", "which gke annotation", "which kubectl flag"; a command or feature of it
 * may stand between ("which kubectl drain flags", "which submariner gateway ports").
 */
const CONFIG_OWNERS =
  '(?:metal-?lb|gke|gcp|eks|aws|aks|azure|kubectl|dns|ingress|ingress-nginx|nginx|traefik|gateway|service|svc|pod|k8s|kubernetes|tls|cert-manager|coredns|kube-proxy|endpoint-?slice|httproute|cilium|calico|flannel|submariner|clustermesh|istio|linkerd|api ?server|kube-apiserver|kubelet|helm|minikube|k3s|yaml|http|extra|other)';

/**
 * A sentence after the first that asks which parts of an object to set: "…using Gateway API. Which
 * fields in the HTTPRoute do that?" (one that opens the message is `startsQuestion`'s).
 */
const ASKS_FOR_PARTS = new RegExp(`(?:[.?!;:]|\\s[-–—])\\s+(?:which|what) (?:${CONFIG_OWNERS} )?(?:${CONFIG_PARTS})\\b(?! (?:should|do|would) (?:i|we) (?:use|pick|choose)\\b)`);

/**
 * A part named after a word or two and asked what it does: "drain flags keep my pods serving", "node label does metallb read",
 * "gateway ports have to be open": which of some parts does something, not a workload (a tool or an app "needs" things; a part does).
 */
const PART_DOES = `(?:(?!(?:for|with|on|in|my|our|the|a|an|to|at|from|and|or|is|are|we|i|it|no|not|only|but|so|if|which|what)\\b)[\\w./-]+ ){1,2}(?:labels?|annotations?|fields?|flags?|settings?|parameters?|args?|arguments?|commands?|ports?|keys?|values?|modes?|protocols?|selectors?|timeouts?|headers?|records?|options?)(?![\\w-]) (?:do|does|is|are|should|would|will|can|could|keep|keeps|make|makes|let|lets|control|controls|decide|decides|set|sets|turn|turns|go|goes|have to|has to|get|gets|must)`;

export const which: Command = {
  name: 'which',
  aliases: ['recommend', 'choose'],
  summary: 'Recommends how to expose a workload (Service type, Ingress, Gateway API or port-forward), asking only what it needs.',
  usage: 'which [answers…]',
  readsSentence: true,
  // "which is cheaper, ingress or lb?", "which services run in shop": the English word — but
  // "which kind cluster, …" names the local cluster kind. So is "which" before a part of an
  // object, or before objects to create ("which label ties…", "which metallb objects do i need",
  // "which gke annotation…", "which addressType values…"), or before a part of Kubernetes itself ("which component
  // implements…"): a question for the knowledge, unless `which` claims the sentence
  // as a recommendation (handle.ts routes a phrase alias first).
  startsQuestion: new RegExp(
    `^(?:is|are|(?:was|were)(?! (?:going|gonna|planning|about) to\\b)|one|ones|of|type|types|namespaces?|ns|kinds?(?! cluster\\b| in (?:ci|github|gitlab|docker)\\b| ci\\b)|service|services|svc|svcs|option|options|approach|way|do|does|ingress controllers?|controllers?|(?:k8s |kubernetes )?versions?|cni|ports?|ips?|address(?:es)?|(?:node|target|container)[ -]?ports?(?! or\\b| vs\\.?| versus\\b|\\s*[,/?]|\\s*$)|(?:${CONFIG_OWNERS} )?(?:${CONFIG_PARTS})|(?:${CONFIG_OWNERS} |debug(?:ging)? )?(?:${TOOLS})|${CONFIG_OWNERS} (?:(?!or\\b)[a-z0-9-]+ )?(?:${CONFIG_PARTS}|${TOOLS}|ports?)(?![\\w-])|${PART_DOES}|(?:${CONFIG_OWNERS} )?(?:${PARTS_OF_THE_SYSTEM})|[\\w./-]+ (?:values?|fields?))\\b`,
    'i',
  ),
  examples: ['which', 'which internet http bare-metal prod', 'which how do I reach postgres from my laptop', 'which a=pods t=peers'],
  recognize: (text, knowledge) => recognizeWhich(text, knowledge.tree),
  understands: (words, knowledge) => understandsSetup(words, knowledge.tree),
  run,
};

/**
 * Whether a sentence typed after `which` tells anything of the setup: a fact or a mention the tree reads
 * (the same test as the "could not tell anything" note), a workload of the asker's, or a wish to
 * expose or to be told what to use ("which service type should I use" asks the tree's own question).
 */
function understandsSetup(words: string, tree: DecisionTree): boolean {
  const found = extractAnswers(words, tree);
  if (found.facts.size + found.contested.size + found.mentions.length > 0) return true;
  const intent = readIntent(words);
  return intent.kinds.length > 0 || intent.ownWorkload || intent.asksForRecommendation || intent.asksWhatToUse || intent.wantsExposure;
}
