// Free text -> answers to the decision tree's questions. "I need to expose my API on bare metal
// for production" answers audience, protocol, environment and stage; what it does not answer is
// asked later. The phrases live in tree.yaml (synonyms); this module only matches them:
// longest phrase first, each word used once, "not"/"no"/"without" before a phrase negating it,
// strong phrases beating weak ones, and two strong answers to one question kept as a
// contradiction to ask about rather than a guess.

import { expandChatShorthand, isRecommendationId, phraseWords, type DecisionTree, type Phrase, type RecommendationId } from './tree.js';

export interface Answers {
  /** Settled answers by question key. */
  facts: Map<string, string>;
  /** Questions the text answered more than one way ("EKS" and "minikube"): asked, not guessed. */
  contested: Map<string, string[]>;
  /** Service kinds the text asked about ("an ingress", "nodeport"), to say why not when we differ. */
  mentions: RecommendationId[];
  /** The workload's port, when the text names it ("port 8080") or a well-known server ("postgres"). */
  port?: number;
  /** The workload's name, when the asker gives one ("called orders", "svc `billing`"): the YAML offered uses it. */
  name?: string;
  /** The outside host name the text gives first ("it lives at registry.prod.example.net"): an ExternalName aliases it. */
  host?: string;
  /** Outside IP addresses the text gives ("our billing box at 10.20.0.15"): a Service without a selector lists them. */
  addresses?: string[];
  /** Questions the text hinted at without answering: asked rather than assumed (`k=?`). */
  unsure?: Set<string>;
  /** Of those, the ones only a hint word made unsure ("ensemble", "replicas"), not a doubt voiced. */
  hinted?: Set<string>;
  /**
   * Facts that only weak phrases gave ("reachable" for outside, "clients"): what a specific
   * answer implies replaces them ("an external database" is reached by pods).
   */
  weak?: Set<string>;
  /** Facts no phrase gave but the whole-message reading filled in (src/core/which/reading.ts): shown as assumptions. */
  guessed?: Set<string>;
  /** Questions answered by turning another answer down ("no port-forward": not just me), as `key=value`. */
  byRefusal?: Set<string>;
  /**
   * Contested questions whose answers the text sets against each other outright ("internal-only,
   * but customers on the internet hit it"; "raw TCP, but we need path routing"): asked, never
   * settled by the whole-message reading, however sure it is.
   */
  opposed?: Set<string>;
  /** A queue worker's Service asked for, with nothing said to connect to it: it may need none (the reply says so). */
  workerAsked?: boolean;
  /** The port clients hit on an address of its own ("a fixed ip at port 32400"): served as is, whatever it speaks (the reply says why). */
  portKept?: number;
  /** A host outside the cluster named by its DNS name ("mydb.abc123.eu-west-1.rds.amazonaws.com"). */
  hostNamed?: boolean;
}

/**
 * Settles a question the text answers: no longer contested; with `strong`, no longer only weakly said either
 * (so what a specific answer implies does not replace it).
 */
function settle(answers: Answers, key: string, value: string, strong = false): void {
  answers.contested.delete(key);
  answers.facts.set(key, value);
  if (strong) answers.weak?.delete(key);
}

/**
 * Reopens a question the text answers both ways: the fact read is dropped, the values are contested, and the contest is
 * marked opposed (said against each other, so it is asked, not settled by the likelier reading).
 */
function oppose(answers: Answers, key: string, values: string[]): void {
  answers.facts.delete(key);
  answers.weak?.delete(key);
  answers.contested.set(key, values);
  (answers.opposed ??= new Set()).add(key);
}

/** An answer implied by another: question key, value, and whether what implies it was said strongly. */
export type Implication = [key: string, value: string, strong: boolean];

export const emptyAnswers = (): Answers => ({ facts: new Map(), contested: new Map(), mentions: [] });

/** We read at most this much of a message for facts; nobody describes a setup at greater length. */
export const MAX_FACT_TEXT = 4000;

const CLAUSE_BREAK = '|';
// "non-http", "disabled servicelb": the phrase's negation too.
const NEGATORS = new Set(['no', 'not', 'dont', 'doesnt', 'didnt', 'havent', 'hasnt', 'hadnt', 'wasnt', 'werent', 'without', 'never', 'isnt', 'arent', 'wont', 'cant', 'cannot', 'nor', 'avoid', 'nothing', 'nobody', 'neither', 'non', 'disable', 'disabled', 'refuse', 'refuses', 'refused', 'forbid', 'forbids', 'forbidden', 'forbade', 'prohibit', 'prohibits', 'prohibited', 'veto', 'vetoes', 'vetoed', 'rejected', 'rejects', 'disallowed', 'disallows']);
/**
 * Words between a negator and its phrase that do not use up its reach: "must not be on the
 * public internet", "refuse to install anything extra like MetalLB", "won't let us install MetalLB",
 * "not allowed to install MetalLB", "forbid installing MetalLB".
 */
const NEGATION_FILLER = new Set(['the', 'a', 'an', 'any', 'anything', 'extra', 'like', 'want', 'wants', 'wanna', 'to', 'keep', 'run', 'running']);
/**
 * Words of a refusal to install that do not use up a negator's reach either, but only right
 * before the phrase (fillers aside): "won't let us install MetalLB", "not allowed to install
 * MetalLB" — not "forbids installing MetalLB on the on-prem cluster", where "on-prem" is not refused.
 */
const REFUSAL_FILLER = new Set(['let', 'us', 'me', 'to', 'allowed', 'permitted', 'install', 'installing', 'deploy', 'deploying', 'set', 'setting', 'up']);
/** Words that negate only with "of" after them: "instead of a LoadBalancer", "tired of port-forwarding". */
const NEGATORS_WITH_OF = new Set(['instead', 'tired', 'sick']);
/** "not sure if EKS", "don't know": doubt, not negation. */
const DOUBT = new Set(['sure', 'know', 'certain']);
/** How far back a negator reaches: "don't need the source ip". */
const NEGATION_REACH = 3;
/**
 * How many words may stand between a negated phrase and the next for the negation to carry on,
 * and which: "don't want to expose it externally", "no metallb or cloud lb" — but not "no metallb
 * on our bare metal", where the next phrase is a new part of the sentence.
 */
const NEGATION_CARRY = 2;
const CARRY_WORDS = new Set(['it', 'them', 'this', 'that', 'or', 'nor', 'to', 'the', 'a', 'an', 'any', 'anything']);
/** Words a `*` gap may not jump: "one of the services" is not "one service". */
const GAP_STOPS = new Set(['of', 'or', 'and', 'but', 'not', 'no', 'per', 'each', 'every', CLAUSE_BREAK]);

// Patterns that synonyms cannot express.
const HOSTNAME = /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,24})\b/gi;
// Config files by name ("zoo.cfg", "my.cnf", "server.properties") are not host names either.
const FILE_SUFFIX = /\.(ya?ml|json|conf|cfg|cnf|properties|xml|txt|md|js|ts|py|sh|go|java|toml|ini|log|tf|hcl)$/i;
/** A path sent somewhere ("/api -> api", "/ => web", "proxied /api to api and / to web"). */
const PATH_ROUTE = /(?<![\w.:/-])\/[a-z0-9._~*-]*(?:\/[a-z0-9._~*-]*)*(?:\s*(?:->|=>|→)\s*|\s+(?:(?:should|must|will|needs? to|has to|have to)\s+)?(?:(?:goes|go|routes?|is routed|is sent|be routed|be sent|points?|forwards?)\s+)?to\s+(?:the\s+)?)[a-z]/gi;
/** Two things each on a path of one site: "the marketing site on / and the api on /api". */
const TWO_ON_PATHS = /\bon\s+\/[a-z0-9_-]*\s+and\s+(?:the\s+|our\s+|my\s+)?[a-z0-9-]+(?:\s+[a-z0-9-]+)?\s+(?:on|at|under)\s+\/[a-z0-9_-]*(?![\w/.-])/i;
/** Paths a server answers for itself (probes, metrics, docs), not routes to other services. */
const PROBE_PATH = /^(?:healthz?|health|readyz?|ready|readiness|livez?|liveness|live|ping|status|metrics|docs|swagger|openapi|favicon\.ico|static|assets|robots\.txt|\.well-known|api)$/i;
/** URL paths ("/api/foo", "/v1/users"): a route of an HTTP request, not words about the workload. */
const URL_PATH = /(?<![\w.:/-])\/[a-z0-9._~{}*-]+(?:\/[a-z0-9._~{}*-]*)*/gi;
const IPV4 = /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b/g;
/** The unspecified address a server binds to, and loopback: the machine itself, not another host. */
const BOUND_ADDRESS = /^(?:0\.0\.0\.0|127\.\d+\.\d+\.\d+)$/;
const PORT_NUMBER = /\b(?:port(?: number)?|(?:listens?|listening|listeners?|tls|ssl) on(?: port)?)\s*:?\s*(\d{1,5})\b/i;
const SEVERAL_SERVICES =
  /\b(?:[2-9]|[1-9]\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|hundreds of|thousands of|tons of|lots of|a bunch of|a handful of|a couple of|couple of|several|multiple|many|a few|some|more|separate|different|distinct|independent)\s+(?:[a-z]+(?:-[a-z]+)*\s+){0,3}(?:micro-?services|services|svcs|apps|applications|apis|backends|lambdas|websites|sites|side projects|projects|domains|frontends|shops|webshops|stores|portals|blogs|dashboards|uis|deployments|workloads)\b/i;
/**
 * Several workloads that call something ("12 apps still point at db.data.svc…", "three services
 * need to reach it"): its clients in the cluster, not services sharing an entry point.
 */
const SEVERAL_CALLERS = new RegExp(
  String.raw`${SEVERAL_SERVICES.source}\s+(?:(?:still|all|already|currently|each|also)\s+)?(?:(?:need|needs|have|has|want|wants)\s+to\s+)?(?:point|points|call|calls|use|uses|connect|connects|talk|talks|hit|hits|reach|query|queries|resolve|resolves|depend|depends)\b`,
  'gi',
);
/**
 * Several load balancers, one each ("we pay for 9 LBs on GCP, each for one service", "a dozen
 * ELBs, one per app"): several services that could share one entry point. Not two for redundancy.
 */
const SEVERAL_LBS =
  /\b(?:[2-9]|[1-9]\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|lots of|a bunch of|several|multiple|many)\s+(?:[a-z]+\s+)?(?:lbs|load ?balancers|elbs|albs|nlbs|clbs)\b[^.?!;]{0,40}?\b(?:each|per|apiece|for every)\b/i;
/** "each for one tiny service", "one api each": one per load balancer, not one service in all. */
const EACH_FOR = new Set(['each', 'per']);
const eachForOne = (words: readonly string[], start: number, end: number, item: Phrase): boolean =>
  item.key === 'm' && item.value === 'one' && (EACH_FOR.has(words[start - 1] ?? '') || (words[start - 1] === 'for' && EACH_FOR.has(words[start - 2] ?? '')) || words[end] === 'each');
/**
 * Three things listed, then said of together ("patient portal, appointment booking and the
 * signalling service all need to be public", "shop and blog both go on example.com"): several
 * workloads, whatever each is called. Each item a few words; not one workload's pods or nodes.
 */
const LISTED_TOGETHER =
  new RegExp(
    String.raw`\b[a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*){0,2},\s*[a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*){0,2},?\s+(?:and|&|plus)\s+[a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*){0,3}(?<!\b(?:pods|nodes|replicas|containers|instances|brokers|members|workers))\s+(?:\([^)]{0,60}\)\s+)?all\s+(?:need|needs|have|has|must|should|will|are|go|get|live|run|sit)\b` +
      String.raw`|\b[a-z][a-z0-9-]*\s+(?:and|&)\s+[a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*){0,3}(?<!\b(?:pods|nodes|replicas|containers|instances|brokers|members|workers))\s+(?:\([^)]{0,60}\)\s+)?both\s+(?:need|needs|have|must|should|will|are|go|get|live|run|sit)\b`,
    'i',
  );
/** Many people each with an app of their own ("30 students each deploy a small web app", "every team runs its own"). */
const EACH_THEIR_OWN =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|many|several)\s+(?:[a-z]+\s+)?(?:students|teams|tenants|developers|devs|members|groups|classes)\s+each\s+(?:deploy|run|get|have|host|build|ship)s?\b|\b(?:each|every)\s+(?:student|team|tenant|customer|client|developer|dev|member|group)\s+(?:deploys|runs|gets|has|hosts|builds|ships|needs|wants)\s+(?:a|an|its|their|his|her)\s+(?:own\s+)?/i;
/** "every service gets a load balancer", "a LoadBalancer for each app": a rule for several services. */
const EVERY_SERVICE = /\b(?:every|each|all)\s+(?:(?:of\s+)?(?:our|my|the)\s+)?(?:micro-?)?(?:service|app|api|deployment)s?\b(?!\s+(?:port|name|account)s?\b)/i;
/**
 * A frontend and the API it calls, both named ("the web app and its api", "the react frontend
 * calls our api from the browser"): two services, both reached from outside.
 */
const FRONT = String.raw`(?:front-?end|front end|web ?app|website|spa|ui|react app|vue app|angular app)`;
const BACK = String.raw`(?:apis?|back-?end|back end)`;
const FRONT_AND_BACK = new RegExp(String.raw`\b${FRONT}\s+(?:and|plus|\+|&)\s+(?:its|the|our|their)?\s*(?:[a-z]+\s+)?${BACK}\b|\b${BACK}\s+(?:and|plus|\+|&)\s+(?:its|the|our|their)?\s*(?:[a-z]+\s+)?${FRONT}\b`, 'i');
const BROWSER_CALLS_BACK = new RegExp(String.raw`\b${FRONT}\b.{0,80}\b${BACK}\b.{0,80}\bbrowsers?\b|\bbrowsers?\b.{0,80}\b${BACK}\b`, 'i');
/**
 * A statement taken back ("we run OpenShift... just kidding, plain kubeadm", "it's on DigitalOcean.
 * wait no, our own hardware", "expose postgres? wait, actually it's RDS now"): what comes before it
 * is not read.
 */
const RETRACTED =
  /^[\s\S]*(?:\b(?:just kidding|only kidding|scratch that|strike that|never ?mind that|correction\s*:)|\b(?:oh|no|hm+|hang on|sorry)\W{0,2}\s*wait\b|\bwait\W{0,2}\s*(?:no|nope|actually|sorry)\b|\bactually\W{0,2}\s*no\b(?!\s+(?:one|body|need|longer)\b))/i;
/**
 * A plan or belief given up in the same sentence ("was going to do an ExternalName, but turns out
 * it's in our own cluster", "I thought ingress but it's UDP"), or a trial dropped ("we tried MetalLB
 * in the lab but the network team won't hand out an IP range": what was tried is not what there
 * is): the part before "but" is not read. Not "we're going to expose it publicly, but only on 443", where nothing is taken back.
 */
const GIVEN_UP = /\b(?:(?:i|we)\s+)?(?:was|were)\s+(?:going|gonna|planning|about)\s+to\b[^.;!?\n]*?\bbut\s+(?:(?:it\s+)?turns?\s+out|turned\s+out|actually|apparently|now|then|it'?s|its|they'?re)\b|\b(?:i|we)\s+(?:thought|figured|assumed)\b[^.;!?\n]*?\bbut\s+(?:(?:it\s+)?turns?\s+out|turned\s+out|actually|apparently|it'?s|its)\b|\b(?:i|we)\s+(?:(?:already|once|briefly)\s+)?(?:tried|trialled|trialed|tested|played\s+with|experimented\s+with)\b[^.;!?\n]*?\bbut\b/gi;
/**
 * A plan put up to be checked, with the reason for it ("I was going to make it headless so each pod
 * gets its own DNS name, good idea?"): what the plan would give, not what the workload needs.
 */
const PLAN_WITH_REASON =
  /\b(?:(?:i|we)\s+)?(?:was|were|am|are|i'?m|we'?re)\s+(?:going|gonna|planning|thinking)\s+(?:to|of|about|on)\s+(?:make|making|use|using|go with|going with|turn|turning)\s+(?:it|them|this|that)?\s*(?:into\s+)?(?:a\s+|an\s+)?[a-z-]+(?:\s+service)?\s+so\s+(?:that\s+)?[^.;!?\n]*/gi;
/**
 * Another thing set aside for the one asked about ("the lobby is http but I'm asking about the
 * match servers"): the sentence up to the turn is not read.
 */
const ASKED_INSTEAD = /(?<=^|[.;!?\n])[^.;!?\n]*\b(?:i'?m|i am|we'?re|we are)\s+(?:only\s+|really\s+|actually\s+)?(?:asking|talking|wondering)\s+about\b/gi;
/**
 * The question narrowed after a preamble ("Our cluster has no load balancer… But this question is
 * only about Prometheus: …"): everything before is background the asker sets aside.
 */
const ONLY_ABOUT = /^[\s\S]*\b(?:this|my|the)\s+question\s+is\s+(?:only|just|purely|specifically|really)\s+about\b/i;
/**
 * Something named and waved off ("our staging is on GKE but that's irrelevant here", "we use an
 * external DNS setup for a bunch of stuff, whatever"): that sentence is not about this workload.
 */
const DISMISSED =
  /(?<=^|[.;!?\n])[^.;!?\n]*?(?:,\s*(?:but\s+)?whatever\b|\b(?:but\s+)?(?:that'?s|that\s+is|which\s+is|it'?s|this\s+is)\s+(?:(?:probably|totally|completely|kind\s+of|all|entirely)\s+)?(?:irrelevant|not\s+relevant|beside\s+the\s+point|unrelated)\b)[^.;!?\n]*/gi;
/**
 * Another setup named for comparison ("like we did on AWS", "as on GKE") or left behind ("we used
 * to be on GKE", "moved off EKS", "migrating from Heroku", "used to run on a VM", "coming from
 * Nomad", "leaving Heroku", "migrating from Lambda + API Gateway"): not where this one runs, nor
 * something outside the cluster it still reaches, nor (API Gateway) a Gateway API asked for.
 */
const ELSEWHERE_SETUP =
  /\b(?:(?:like|as|same as)\s+(?:(?:we|i)\s+(?:did|had|do|used to(?: do)?|have)\s+)?(?:on|in|with)\s+(?:the\s+)?[a-z0-9-]+|(?:used to (?:be|run|live|host)|were (?:previously |formerly )?(?:on|in)|previously (?:on|in)|formerly (?:on|in)|mov(?:ed|ing|e) (?:away )?(?:from|off)|migrat(?:ed|ing|e) (?:away )?(?:from|off)|coming from|came from|leaving)\s+(?:(?:running|hosted|everything|it|us)\s+)?(?:on\s+|in\s+)?(?:the\s+)?(?:aws|eks|gke|gcp|google cloud|aks|azure|heroku|digitalocean|openshift|bare metal|on-?prem|minikube|kind|k3s|[a-z0-9-]+ cloud|(?:an?\s+|our\s+|old\s+)*(?:vms?|virtual machines?|ec2|ecs|fargate|nomad|docker[- ]compose|compose|docker swarm|swarm|lambdas?(?:\s*(?:\+|and|&|behind|with)\s*(?:aws\s+|amazon\s+)?api gateway)?|serverless|cloud run|app engine|elastic beanstalk|beanstalk)))\b/gi;
/**
 * The old setup described in the past, where the message moves to a new one ("On AWS we gave every
 * app its own ELB. Now moving to kubeadm on Hetzner"): that sentence is not where this one runs.
 */
const PAST_SETUP =
  /\b(?:on|in|with)\s+(?:the\s+)?(?:aws|eks|gke|gcp|google cloud|aks|azure|heroku|ecs|digitalocean|openshift|bare metal|on-?prem|[a-z0-9-]+ cloud)\W{0,2}\s*(?:we|i|it|they)\s+(?:had|used|gave|ran|did|were|was|put|kept|relied)\b[^.;!?\n]*/gi;
/**
 * The old machines, in a sentence told in the past ("on the old VMs I'd ssh in and curl…", "haproxy
 * on the old VMs did the TLS", "on our VMs the ensemble was zk1, zk2, zk3", "we ran rabbitmq on a
 * VM"): where the workload was, not something outside the cluster that pods still reach. The rest
 * of the sentence (TLS, who connected) is read. Not "the legacy API still runs on the old VMs".
 */
const OLD_PLACE = /\b(?:on|in)\s+(?:the\s+|our\s+|an?\s+)?(?:old\s+|previous\s+|former\s+)?(?:vms?|virtual machines?|servers?|box(?:es)?|machines?|ec2(?:\s+instances?)?)\b/gi;
const TOLD_IN_THE_PAST = /\b(?:did|was|were|had|used\s+to|i'?d|we'?d|would|ran|handled|served|proxied|terminated|balanced|exposed|talked)\b/i;
const STILL_THERE = /\b(?:still|stays?|staying|remains?|remaining|left|keep|keeps|now|currently|today)\b/i;
const withoutOldPlaces = (text: string): string =>
  text.replace(/[^.;!?\n]+/g, (sentence) => (TOLD_IN_THE_PAST.test(sentence) && !STILL_THERE.test(sentence) ? sentence.replace(OLD_PLACE, ' ') : sentence));
const MOVES_TO = /\b(?:moving|migrating|move|migrate|moved|migrated|switching|switch|porting)\s+(?:(?:it|them|us|everything|over|all)\s+)?(?:to|onto)\b/i;
/**
 * The same told without a move named, up to what happens now ("We had 8 Lambdas behind API
 * Gateway, now rewriting them…", "On GKE, we gave every app an LB. Now…"): only up to "now".
 */
const PAST_THEN_NOW =
  /(?<=^|[.;!?\n]\s*)(?:(?:on|in|with)\s+(?:the\s+)?[a-z0-9-]+(?:\s+[a-z0-9-]+)?\s*,?\s+)?(?:we|it|they|everything)\s+(?:had|gave|used|ran|was|were|lived|sat)\b[^.;!?\n]*?(?=\s*[.;!?\n,]\s*(?:but\s+|and\s+)?now\b|\s+(?:and\s+|but\s+)?now\b)/gi;
/**
 * A trial that went well, told before what happens now ("minikube + the ingress addon worked great
 * for us. now the same has to go to prod on our own hardware"): where it ran then (TRIAL_PLACE) is
 * not where it goes; what ran there (web apps behind an Ingress) still is what moves.
 */
const WORKED_THEN_NOW =
  /(?<=^|[.;!?\n]\s*)[^.;!?\n]*?\b(?:worked|works|went|ran|runs|was|were|has\s+been|have\s+been)\s+(?:really\s+|just\s+|pretty\s+)?(?:great|fine|well|perfectly|nicely|ok|okay)\b[^.;!?\n]*?(?=\s*[.;!?\n,]\s*(?:but\s+|and\s+|so\s+)?now\b(?!\s*[.,;!?)]|\s*$)|\s+(?:and\s+|but\s+|so\s+)?now\b(?!\s*[.,;!?)]|\s*$))/gi;
/** Bare-metal load balancers by name. */
const BARE_METAL_LB = String.raw`(?:metal-?lb|metal lb|kube-?vip|servicelb|klipper(?:-lb)?|openelb|purelb|(?:cilium\s+)?lb[- ]ipam)`;
/**
 * Bare-metal load balancers ruled out after their names ("so metallb and kube-vip are out", "metallb
 * is not an option"): read as each one denied ("no metallb and no kube-vip"). The list is group 1.
 */
const RULED_OUT = new RegExp(
  String.raw`\b(${BARE_METAL_LB}(?:\s*(?:,|\band\b|&|\/|\bor\b|\bnor\b)\s*(?:also\s+)?${BARE_METAL_LB})*)\s+(?:are|is|were|was)\s+(?:both\s+|all\s+)?(?:out(?!\s+(?:of|there|now|in)\b)|off the table|not an option|not options|not allowed|no[- ]go|a no[- ]go|ruled out|banned|forbidden|rejected)\b`,
  'gi',
);
/**
 * What an entry point already there serves ("the ingress we already have for the website", "we
 * already have an ingress for the website, can MQTT go through that?"): that site, not the workload
 * asked about. The site (group 1) is not read.
 */
const EXISTING_FOR_SITE =
  /\b(?:(?:already\s+)?(?:have|has|got|run|use)\s+(?:an?\s+|the\s+|our\s+)?(?:[a-z-]+\s+)?(?:ingress|load ?balancer|lb|alb|gateway)(?:\s+controller)?|(?:ingress|load ?balancer|lb|alb|gateway)(?:\s+controller)?\s+(?:that\s+)?(?:we|i)\s+(?:already\s+)?(?:have|run|use|got))(\s+for\s+(?:the|our|my)\s+(?:main\s+)?(?:website|site|web\s?app|frontend|front-end|blog|web\s+app|shop))\b/gi;
/** Where a trial ran, and its add-ons: the trial's place, not the new one ("minikube + the ingress addon"). */
const TRIAL_PLACE = /\b(?:minikube|kind|k3d|metal-?lb|metal lb|kube-?vip|docker[- ]desktop|microk8s|rancher desktop|colima|(?:my|our|the)\s+laptops?|locally|addons?|add-ons?)\b/gi;
/**
 * A tunnel said to work for now ("port-forward from my laptop works fine", "kubectl proxy does the
 * job for now"): the asker's stopgap, not who needs the workload.
 */
const STOPGAP =
  /\b(?:kubectl\s+)?(?:port[- ]?forward(?:ing|ed|s)?|kubectl\s+proxy)\b(?:\s+(?:from|on|to)\s+(?:my|our|the|a)\s+[a-z-]+)?\s+(?:(?:works?|worked|is\s+working|does\s+the\s+(?:job|trick)|is\s+fine)\b(?:\s+fine\b)?(?:\s+for\s+now\b)?|for\s+now\b)/gi;
/**
 * What is already served, set against what is asked ("UI is already behind our ingress. but the
 * build agents connect on tcp 50000"): the served thing's words are not the workload asked about;
 * the entry point that serves it still stands. Said of a protocol too ("https already goes thru traefik but git
 * over ssh also has to work"): the one asked about is the other.
 */
const SERVED_ALREADY =
  /(^|[.;!?\n,]\s*)([^.;!?\n,]*?)(\s+(?:(?:is|are)\s+already\s+(?:behind|on|through|served\s+(?:by|through)|exposed\s+(?:via|through|by|on)|routed\s+(?:by|through|via))\s+(?:our|the|an?)\s+(?:[a-z0-9-]+\s+)?(?:ingress|gateway|alb|load ?balancer|lb)|already\s+(?:goes|go|runs|run|comes|come|works|work|flows|flow)\s+(?:through|thru|via|over|behind)\s+(?:(?:our|the|an?)\s+)?(?:[a-z0-9-]+\s+)?(?:ingress|gateway|alb|load ?balancer|lb|traefik|ingress-nginx|nginx|haproxy|contour|kong|envoy))\b[^.;!?\n]*?[.;!?,]?\s*but\b)/gi;
/**
 * Traffic between the workload's own members said to stay inside ("the replication between primary and replica stays
 * inside", "inter-broker traffic stays in the cluster", "gossip is internal"): other traffic than the clients', so not
 * who connects to what is asked about. The claim (group 2) is not read; the traffic named (group 1) still is.
 */
const PEER_TRAFFIC_KEPT_INSIDE =
  /(\b(?:replication|replicating|gossip|inter[- ]?(?:broker|node|pod|replica|member|cluster)s?(?: traffic)?|cluster bus|sentinel(?: traffic)?|(?:zoo)?keeper traffic|raft|quorum(?: traffic)?|heartbeats?|peer(?:ing)? traffic|traffic between (?:the )?(?:primary|replicas?|members|nodes|brokers|pods|peers|instances))\b[^.;!?\n]{0,60}?)\b((?:stays?|remains?|is kept|are kept|kept|is|are)\s+(?:only\s+|purely\s+|all\s+|strictly\s+)?(?:inside|internal|in[- ]cluster|within)(?:\s+(?:the\s+)?(?:cluster|k8s|kubernetes))?(?:\s+only)?)\b/gi;
/** The same, tested on a clause (PEER_TRAFFIC_KEPT_INSIDE is global, for replacing). */
const PEER_TRAFFIC_SAID_INSIDE = new RegExp(PEER_TRAFFIC_KEPT_INSIDE.source, 'i');
/**
 * Another part's public side said to be served already ("the pod's public http is on the ingress", "its public api
 * sits behind the alb"): where that part stands, not who reaches what is asked about. "public" (group 1) is not read.
 */
const PUBLIC_PART_SERVED =
  /\b(public)(\s+(?:https?|web|api|side|ui|site|endpoint|frontend|part|traffic|port)\s+(?:is|are|goes|go|runs|sits)\s+(?:already\s+)?(?:on|behind|through|via|served by|exposed (?:on|via|through))\s+(?:the|our|an?)\s+(?:[a-z0-9-]+\s+)?(?:ingress|gateway|alb|load ?balancer|lb)\b)/gi;
/**
 * Public said of another thing, and denied of this one ("BFF is the thing that's public, not this", "the gateway is
 * exposed, not it"): who reaches that other thing, not the workload asked about. The word (group 1) is not read.
 */
const PUBLIC_NOT_THIS = /\b(public|exposed|internet[- ]facing)\b(?=,?\s+(?:but\s+)?not\s+(?:this|it|this one|this service|this svc|ours|us|me)\b)/gi;
/**
 * Where it runs now, when the setup asked for is the one after a move ("currently bare metal …
 * I want the setup for after the move to GKE"): not where this one will run.
 */
const AFTER_MOVE = /\b(?:after|once|when)\s+(?:the|we|our)\s+(?:move|moved|migration|migrate|migrated|switch|cutover|cut over)\b|\bfor after\b|\bpost[- ]migration\b/i;
const CURRENT_SETUP = /\b(?:currently|right now|at the moment|for now)\s+(?:(?:we'?re|we are|it'?s|it is|it runs|runs|running|hosted|on|in)\s+)*(?:the\s+|our\s+)?[a-z0-9-]+(?:[ -](?:metal|prem|premises|cloud))?|\b(?:on|in)\s+(?:the\s+|our\s+)?[a-z0-9-]+(?:[ -](?:metal|prem|premises|cloud))?\s+(?:right now|currently|at the moment|for now|today)\b/gi;
/**
 * Whether it needs to be public, asked ("does the receiver need a public URL?", "do we even have to
 * expose it?"): the asker's doubt, which the rest of the message answers, not a need stated.
 */
const ASKS_IF_PUBLIC =
  /\b(?:does|do|should|would|will|must)\s+(?:it|this|that|they|we|i|(?:the|my|our|this)\s+[a-z0-9-]+)\s+(?:even\s+|really\s+|actually\s+|still\s+)?(?:need|have)\s+(?:to\s+(?:be\s+)?)?(?:an?\s+)?(?:public(?:ly)?|exposed?|internet[- ]facing|reachable from (?:the )?(?:internet|outside))\b[^?.!;]*\?/gi;
/**
 * The Kubernetes API itself ("the v1beta1 Ingress APIs", "api group networking.k8s.io/v1",
 * "apiVersion"): object schemas, not an HTTP API of the asker's nor a host name.
 */
const KUBERNETES_API =
  /\b(?:[a-z0-9-]+\.)*k8s\.io(?:\/v\d\w*)?(?![\w.-])|\bextensions\/v1beta1\b|\b(?:ingress|endpoints?|endpoint ?slices?|extensions|v1(?:alpha\d|beta\d)?|kubernetes|k8s)\s+apis?\b(?!\s+(?:servers?|gateways?|pods?|deployments?)\b)|\bapi\s*(?:groups?|versions?)\b/gi;
/**
 * An annotation or label key ("service.beta.kubernetes.io/aws-load-balancer-internal", "service.kubernetes.io/topology-mode: Auto",
 * "metallb.universe.tf/allow-shared-ip"): a prefix in DNS form, a slash and a name. It is a setting, not a host the workload reaches:
 * a prefix under kubernetes.io or k8s.io (the project's own keys, and the controllers' under ingress.kubernetes.io), or any key
 * written with its value. Its name stays, for what it says ("internal").
 */
const ANNOTATION_KEY =
  /\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*(?:kubernetes\.io|k8s\.io)\/([a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)|\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}\/([a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)(?=\s*[:=]\s*["'`]?[a-z0-9])/gi;
/**
 * What to point callers at, asked ("what do the clients point at?", "what should the apps point
 * to?"): the question the answer is for, not something outside the cluster they are pointed at.
 */
const ASKS_WHAT_TO_POINT = /\bwhat\s+(?:do|does|should|would|will|can|must)\s+(?:the\s+|our\s+|my\s+|their\s+)?(?:[a-z0-9-]+\s+){0,2}?point(?:ing)?\s+(?:it\s+|them\s+)?(?:at|to)\b/gi;
/** "w/o octavia": without, so it negates what follows. */
const WITHOUT_ABBREVIATED = /\bw\/o\b/gi;
/** "devs", "dev laptops": developers, people, not the "dev" stage its singular names. */
const DEVS = /\bdevs\b|(?<!\bmy\s+(?:own\s+)?)\bdev(?=\s+(?:laptops|machines|workstations|desktops|macbooks|boxes)\b)/gi;
/** A setup likened to another ("minikube is basically like GKE"): the other is not where this one runs. */
const LIKENED_SETUP = /\b(?:is|are|s|works|behaves|acts)\s+(?:basically\s+|just\s+|essentially\s+|pretty much\s+|kind of\s+|sort of\s+)?(?:like|the same as|similar to|equivalent to)\s+(?:the\s+|a\s+)?[a-z0-9-]+\b/gi;

/**
 * Another party that connects ("the analytics vendor can connect", "let our partners in"): clients
 * outside the cluster. Not what belongs to them ("the vendor's api", "a partner api"), which pods
 * reach.
 */
const PARTY = String.raw`(?:vendors?|partners?|(?:third|3rd)[- ]part(?:y|ies)|suppliers?|contractors?|auditors?|consultants?|agenc(?:y|ies))`;
const PARTY_CONNECTS = new RegExp(
  String.raw`\b${PARTY}\s+(?:[a-z-]+\s+){0,2}?(?:(?:can|could|must|will|should|would|need|needs|has|have|want|wants|is|are|get|gets)\s+(?:to\s+|be\s+able\s+to\s+)?)?(?:connect|connects|reach|reaches|access|accesses|query|queries|pull|pulls|push|pushes|call|calls|hit|hits|curl|curls|read|reads|sync|syncs|upload|uploads|send|sends|submit|submits|post|posts|deliver|delivers|drop|drops|fetch|fetches|download|downloads|transfer|transfers|exchange|pick\s+up|log\s+in)\b`,
  'i',
);
const FOR_PARTY = new RegExp(
  String.raw`\b(?:for|let|allow|give)\s+(?:(?:the|a|an|our|their|some|external|outside)\s+)?(?:[a-z]+\s+)?${PARTY}\b(?!['’]|\s+(?:apis?|services?|systems?|endpoints?|servers?|hosts?|databases?|dbs?|backends?|saas|sites?|urls?|domains?)\b)`,
  'i',
);
/**
 * Services on the internet that call in: webhook and event senders ("stripe can hit it", "Slack
 * needs a public URL", "webhooks from GitHub", "callbacks from our payment provider").
 */
const SENDER = String.raw`(?:stripe|slack|github|gitlab|bitbucket|twilio|shopify|paypal|adyen|braintree|mollie|sendgrid|mailgun|postmark|whatsapp|zoom|discord|telegram|microsoft teams|hubspot|zapier|docusign|payment (?:provider|processor|gateway)s?|psps?)`;
const SENDER_CALLS = new RegExp(
  String.raw`\b${SENDER}\s+(?:[a-z-]+\s+){0,2}?(?:webhooks?|web hooks?|events?|callbacks?|(?:can|could|must|will|should|needs?|has|have|wants?)\s+(?:to\s+)?(?:be\s+able\s+to\s+)?(?:hit|call|reach|post|send|deliver|push|a\s+public)|hits|calls|reaches|posts|sends|delivers|pushes)\b|\b(?:webhooks?|web hooks?|events?|callbacks?)(?:\s+[a-z-]+){0,2}?\s+(?:from|for|of)\s+(?:the\s+|our\s+)?${SENDER}\b`,
  'i',
);
/** A bot or client that connects out ("Slack socket mode", "polls for updates", "connects to the discord gateway"): nothing calls in. */
const CONNECTS_OUT = /\b(?:socket mode|long[- ]?poll(?:s|ing)?|polls?|polling|connects? (?:out )?to (?:the )?[a-z.]+ gateway)\b/i;
/** "the frontend namespace", "namespace team-b": two different ones mean a Service addressed by its DNS name. */
// The second form looks ahead, so "in ns shop" leaves "ns shop" to be read as the first.
const NAMESPACE_NAME = /\b(?:namespace|ns)\s+([a-z0-9][a-z0-9-]*)|\b([a-z0-9][a-z0-9-]*)\s+(?=(?:namespace|ns)\b)/gi;
const NOT_A_NAMESPACE = new Set(['a', 'an', 'the', 'same', 'another', 'other', 'different', 'my', 'our', 'your', 'their', 'its', 'each', 'every', 'one', 'own', 'this', 'that', 'in', 'per', 'any', 'which', 'what', 'and', 'or', 'to', 'from', 'of', 'is', 'are', 'kube', 'shared', 'separate', 'single', 'new', 'default']);
/**
 * Once one namespace is named as such, "the billing svc in team-b" names another by where a Service lives
 * ("svc in ns team-a wants to reach the billing svc in team-b"). Not a place ("the service in the cluster", "in prod on eks").
 */
const SERVICE_IN = /\b(?:svc|service)\s+(?:that\s+)?(?:(?:lives?|runs?|sits?)\s+)?in\s+[`'"]?([a-z0-9][a-z0-9-]*)\b/gi;
const NOT_A_SERVICE_NAMESPACE = new Set([...NOT_A_NAMESPACE, 'cluster', 'clusters', 'k8s', 'kubernetes', 'kube', 'namespace', 'ns', 'prod', 'production', 'staging', 'dev', 'test', 'eks', 'gke', 'aks', 'aws', 'gcp', 'azure', 'docker', 'minikube', 'kind', 'k3s', 'k3d', 'openshift', 'front', 'place', 'there', 'here', 'question', 'it', 'them']);
const namesNamespaces = (text: string): boolean => {
  const named = new Set([...text.matchAll(NAMESPACE_NAME)].map((m) => (m[1] ?? m[2] ?? '').toLowerCase()).filter((n) => !NOT_A_NAMESPACE.has(n)));
  if (named.size === 1) for (const m of text.matchAll(SERVICE_IN)) if (!NOT_A_SERVICE_NAMESPACE.has((m[1] ?? '').toLowerCase())) named.add((m[1] ?? '').toLowerCase());
  return named.size > 1;
};

/**
 * Kafka's brokers run as a StatefulSet ("3 brokers, hand-rolled statefulset", "kafka as a statefulset"): clients bootstrap,
 * then connect to each broker at the address it advertises (advertised.listeners), so each broker needs a name of its own.
 * Kafka said by name: an MQTT or RabbitMQ broker in a StatefulSet is one address clients share.
 */
const KAFKA_STATEFULSET = /^(?=[\s\S]*\b(?:kafka|redpanda)\b)(?=[\s\S]*\bbrokers\b)(?=[\s\S]*\b(?:stateful\s?sets?|sts)\b)/i;

/**
 * StatefulSet pod names side by side ("zk-0 … zk-1", "kafka-0, kafka-1"): one set's pods by
 * ordinal, each addressed on its own, which is what a headless Service gives names to.
 */
const POD_ORDINAL = /\b([a-z][a-z0-9]*(?:-[a-z0-9]+)*)-(\d)\b/gi;
function namesPodOrdinals(text: string): boolean {
  const ordinals = new Map<string, Set<string>>();
  for (const m of text.matchAll(POD_ORDINAL)) {
    const set = ordinals.get((m[1] as string).toLowerCase()) ?? new Set<string>();
    set.add(m[2] as string);
    ordinals.set((m[1] as string).toLowerCase(), set);
  }
  return [...ordinals.values()].some((set) => set.has('0') && set.has('1'));
}

/**
 * Numbered hosts of one group listed ("zk1, zk2, zk3", "etcd-1, etcd-2") where the group is an
 * ensemble of members ("the zookeeper ensemble", "quorum", "in /etc/hosts"): each member addressed
 * by its own name, which a headless Service gives StatefulSet pods. Not "web1, web2" behind a balancer.
 */
const NUMBERED_HOSTS = /\b([a-z][a-z]*?)-?(\d)\s*(?:,|\/|and|&)\s*\1-?(\d)\b/i;
const MEMBER_GROUP = /\b(?:ensembles?|quorum|peers|each other|replica set|\/etc\/hosts|hosts file)\b/i;

/**
 * Compose's way of calling another service ("in compose the worker talked to redis by service
 * name", "one container referencing another service by name"): in Kubernetes a Service of that
 * name in the same namespace, which pods reach. Not a service name wished for something outside.
 */
const COMPOSE = /\b(?:docker[- ]?)?compose\b/i;
/**
 * Compose's `expose:` key ("expose: - 9000", "expose: [\"9000\"]"): ports open to the other
 * services on the Compose network only, unlike `ports:`; in Kubernetes, what pods reach.
 */
const COMPOSE_EXPOSE_KEY = /\bexpose\s*:\s*(?:\[\s*|-\s*)?["']?\d{1,5}\b/gi;
const BY_SERVICE_NAME = /\b(?:by|via|using|through)\s+(?:its\s+|their\s+|the\s+|a\s+)?(?:compose\s+)?(?:service\s+)?names?\b/i;
/**
 * The type of the Service an Ingress sends to ("what type the frontend's Service behind the Ingress
 * should be", "the service the ingress routes to"): the controller's pods reach it, in the cluster.
 */
/** What routes HTTP to Services in the cluster: an Ingress, a Gateway or its routes (HTTPRoute, GRPCRoute). */
const ENTRY_ROUTER = String.raw`(?:ingress|gateway|(?:http|grpc)?route)`;
const BEHIND_INGRESS = new RegExp(
  String.raw`\b(?:type|kind)\b[^.?!]{0,100}?\bservices?\s+behind\s+(?:the|an|our|that|this|its)\s+${ENTRY_ROUTER}\b|\bservices?\s+behind\s+(?:(?:the|an|our|that|this|its)\s+${ENTRY_ROUTER}|it)\s+(?:be|should|needs?|has|have|must|gets?)\b` +
    // "the backend Service the route points at, which type?"
    String.raw`|\b(?:services?|svcs?)\s+(?:that\s+)?(?:the|an|our)\s+${ENTRY_ROUTER}\s+(?:routes|points|sends|forwards|proxies)\s+(?:to|at)\b[^.?!]{0,40}?\b(?:type|kind)\b` +
    // "what type should the actual svc be that the ingress rule points to"
    String.raw`|\b(?:type|kind)\b[^.?!]{0,60}?\b(?:services?|svcs?)\b[^.?!]{0,20}?\b(?:that\s+|which\s+)?(?:the|an|our|my)\s+${ENTRY_ROUTER}(?:\s+(?:rule|resource|object|path|backend))?s?\s+(?:routes|points|sends|forwards|proxies)\s+(?:to|at)\b` +
    // "the ingress routes /api to my api svc. does the api svc have to be NodePort?"
    String.raw`|\b(?:the|an|our|my)\s+${ENTRY_ROUTER}\s+(?:routes|points|sends|forwards|proxies)\s+(?:\S+\s+)?(?:to|at)\s+(?:my|our|the)\s+(?:[a-z0-9-]+\s+)?(?:services?|svcs?|backends?)\b[^!]{0,80}?\b(?:(?:have|has|need|needs)\s+to\s+be|(?:type|kind)\b)` +
    // "the signup app is public through our ingress at /signup. what type should its Service be?": the app already served
    // by an entry point of the asker's, and its own Service asked about.
    String.raw`|\b(?:is|are|gets?)\s+(?:already\s+)?(?:public|exposed|served|published|reachable)\s+(?:via|through|by|behind|on)\s+(?:the|our)\s+(?:[a-z0-9-]+\s+)?${ENTRY_ROUTER}\b[^!]{0,80}?\b(?:type|kind)\b[^.?!]{0,30}?\b(?:its|the)\s+(?:own\s+)?(?:services?|svcs?)\b` +
    // "what's the default type for the Service in our chart? the apps get exposed through the shared ingress anyway"
    String.raw`|\b(?:type|kind)\b[^?]{0,80}\?[^.?!]{0,40}?\b(?:is|are|gets?)\s+(?:already\s+)?(?:exposed|served|published)\s+(?:via|through|by|behind)\s+(?:the|our)\s+(?:[a-z0-9-]+\s+)?${ENTRY_ROUTER}` +
    // "the ingress controller already routes to our 12 backends. what type should the backends themselves be?"
    String.raw`|\b(?:type|kind)\b[^.?!]{0,60}?\b(?:backends?|services?|svcs?|apps?|apis?)\s+(?:themselves|itself)\b`,
  'i',
);
/**
 * The frontend already behind the Ingress, and the backend asked about ("frontend pods call http://api:8080,
 * the frontend itself is already behind our ingress. what does the api service need to be"): the backend's
 * callers are the frontend's pods, unless browsers or outside parties call it too.
 */
const FRONT_SERVED = new RegExp(String.raw`\b${FRONT}\s+(?:itself\s+)?(?:is|are)\s+already\s+(?:behind|on|exposed\s+(?:via|through|by|on))\s+(?:an|our|the)\s+ingress\b`, 'i');
const ASKS_OF_BACK = new RegExp(String.raw`\b(?:does|do|should|will|what)\b[^.?!]{0,40}?\b${BACK}(?:\s+(?:service|svc|deployment))?\s+(?:also\s+|itself\s+)?(?:need|needs|be|get|have)\b`, 'i');
const CALLED_FROM_OUTSIDE = /\b(?:browsers?|public|internet|customers?|partners?|mobile|external(?:ly)?|outside)\b/i;
/**
 * The Service type of the Ingress (or Gateway) controller itself ("what Service type should the
 * ingress controller itself have?"): one port pair forwarded as it is, from outside, whatever the
 * HTTP apps behind it speak.
 */
const CONTROLLER_TYPE =
  /\b(?:service\s+)?type\b[^.?!]{0,40}?\b(?:ingress|gateway)(?:[- ]nginx)?(?:\s+controller)?\s+(?:itself|controllers?\s+own\s+service)\b|\btype\b[^.?!]{0,40}?\b(?:ingress|gateway)(?:[- ]nginx)?\s+controller(?:['’]s|s)?\s+(?:own\s+)?service\b|\b(?:ingress|gateway)(?:[- ]nginx)?\s+controller(?:['’]s|s)?\s+(?:own\s+)?service\b[^.?!]{0,30}?\btype\b/i;

/** "the controller's own Service", with an ingress or gateway controller named elsewhere: the same question. */
const CONTROLLER_OWN = /\bcontroller(?:['’]s|s)?\s+own\s+(?:service|svc)\b/i;
const CONTROLLER_NAMED = /\b(?:ingress(?:[- ]nginx)?|nginx|traefik|contour|haproxy|kong|envoy gateway|gateway)\b/i;
/**
 * The entry proxy itself asked about by its own name ("how should the Kong proxy itself be exposed",
 * "the istio-ingressgateway Service", "what type should the east-west gateway service be"): a
 * mesh's or an API gateway's own Service, one port pair forwarded from outside, like an Ingress
 * controller's. Not the services behind it ("the services Kong routes to").
 */
const ENTRY_PROXY = String.raw`(?:(?:istio[- ])?ingress[- ]?gateway|east[- ]?west[- ]?gateway|(?:api[- ])?gateway|kong|traefik|contour|envoy(?:[- ]gateway)?|emissary|ambassador|apisix|ingress(?:[- ]nginx)?|haproxy(?:[- ]ingress)?|nginx(?:[- ]ingress)?)(?:[- ](?:proxy|controller))?`;
const MESH_GATEWAY = String.raw`(?:(?:istio[- ])?ingress[- ]?gateway|east[- ]?west[- ]?gateway|(?:kong|traefik|contour|envoy)[- ]proxy)`;
const EXPOSE_OR_TYPE = String.raw`(?:expos\w*|type|publish\w*)`;
const PROXY_ITSELF = new RegExp(
  String.raw`\b${ENTRY_PROXY}\s+itself\b[^.?!]{0,40}?\b${EXPOSE_OR_TYPE}\b|\b${EXPOSE_OR_TYPE}\b[^.?!]{0,40}?\b${ENTRY_PROXY}\s+itself\b` +
    String.raw`|\b${MESH_GATEWAY}(?:['’]s)?\s+(?:own\s+)?(?:service|svc)\b[^.?!]{0,40}?\b${EXPOSE_OR_TYPE}\b|\b${EXPOSE_OR_TYPE}\b[^.?!]{0,40}?\b${MESH_GATEWAY}(?:['’]s)?\s+(?:own\s+)?(?:service|svc)\b` +
    // "our east-west gateway has to be reachable from the other network. which type for its service?"
    String.raw`|\b${MESH_GATEWAY}\b[^?]{0,120}?\b${EXPOSE_OR_TYPE}\b[^.?!]{0,20}?\b(?:its|their)\s+(?:own\s+)?(?:service|svc)\b`,
  'i',
);
/** "what type should the controller svc be", with an ingress or gateway controller named elsewhere: the same question. */
const CONTROLLER_SVC_TYPE = /\btype\b[^.?!]{0,40}?\bcontroller(?:['’]s)?\s+(?:svc|service)\b|\bcontroller(?:['’]s)?\s+(?:svc|service)\b[^.?!]{0,30}?\btype\b/i;
/** The controller's Service type in a chart's values, pasted (`controller:` / `service:` / `type:`) or by its path (`controller.service.type`). */
const CONTROLLER_VALUES = /\bcontroller:\s+service:\s+(?:[\w.-]+:[ \t]*[^\s:]+\s+){0,4}?type:|\bcontroller\.service\.type\b/i;
/** The Ingress (or Gateway) controller's own Service asked about, by "controller". */
const asksIngressControllerType = (text: string): boolean =>
  CONTROLLER_TYPE.test(text) || ((CONTROLLER_OWN.test(text) || CONTROLLER_SVC_TYPE.test(text) || CONTROLLER_VALUES.test(text)) && CONTROLLER_NAMED.test(text));
const asksControllerType = (text: string): boolean => asksIngressControllerType(text) || PROXY_ITSELF.test(text);
/**
 * An object of the API server's that points at a Service ("the APIService object points at a service", "the
 * validating webhook config points to our svc"): the API server is the caller, through the Service's cluster name.
 */
const CONTROL_PLANE_BACKEND =
  /\b(?:apiservices?|(?:validating|mutating)webhookconfigurations?|(?:admission|conversion|validating|mutating)\s+webhooks?(?:\s+config(?:uration)?s?)?|webhook\s+config(?:uration)?s?)(?:\s+(?:objects?|resources?|registrations?|specs?))?\s+(?:points?|sends?|routes?|refers?|calls?)\s+(?:to|at)\b/i;
/**
 * A controller's annotations turned down ("we don't want per-controller annotation soup", "no more vendor annotations",
 * "tired of annotation hell"): routing wished for in the API's own fields, which the Gateway API has and Ingress
 * leaves to each controller's annotations. The tree's phrases say the same when not turned down.
 */
const ANNOTATIONS_REFUSED =
  /\b(?:no|not|without|avoid(?:ing)?|don'?t\s+want|dont\s+want|do\s+not\s+want|tired\s+of|sick\s+of|(?:get|getting)\s+rid\s+of|away\s+from)(?:\s+(?:more|any|the|all|those|these|this|that|again|wading\s+through))*\s+(?:(?:(?:per[- ]?controller|vendor(?:[- ]specific)?|controller[- ]specific|implementation[- ]specific|nginx|ingress)\s+)+annotations?\b|(?:[a-z-]+\s+)?annotations?\s+(?:soup|hell|sprawl|mess)\b)/i;
/** An Ingress named: what "the Service behind it" is behind. */
const INGRESS_WORD = /\bingress(?:es)?\b/i;
const IN_STATEFULSET = /\b(?:statefulsets?|sts)\b/i;
/** One pod of a StatefulSet reached by its ordinal name: "reach pg-0", "connect to redis-0 specifically". */
const REACHES_ORDINAL_POD = /\b(?:reach(?:es)?|connects?\s+to|talks?\s+to|calls?|hits?|address(?:es)?|replicates?\s+from|follows?)\s+(?:the\s+)?[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d{1,2}\b/i;
/** Consensus stores whose members join one another by per-member peer addresses. */
const CONSENSUS_STORE = /(?<!\b(?:to|reach|reaches|call|calls|use|uses|query|queries)\s+(?:the\s+|our\s+)?)\b(?:etcd|zookeeper|zk|consul)\b[^.?!]{0,60}?\b(?:statefulsets?|sts)\b|\b(?:statefulsets?|sts)\s+(?:of|for|running|with)\s+(?:\d+\s+)?(?:etcd|zookeeper|zk|consul)\b/i;
/** Clients said to reach a Service itself, not (only) through the entry point in front of it. */
const REACHED_DIRECTLY = /\b(?:directly|bypass(?:ing)?|around\s+the\s+(?:ingress|gateway))\b/i;
const ROUTER_WORD = /\b(?:ingress(?:es)?|gateways?|(?:http|grpc)?routes?)\b/i;

/** HTTPS said in so many words. */
const TLS_WORD = /\b(?:https|tls|ssl)\b/i;
/**
 * Single sign-on (OIDC, OAuth 2.0, SAML) on a host name: identity providers send the browser back
 * to an HTTPS redirect URL on that name (plain http only for localhost), so the name needs TLS.
 */
const SINGLE_SIGN_ON = /\b(?:sso|oidc|openid connect|oauth2?|saml|single sign[- ]on)\b/i;
/** A domain the asker has: "we have a domain", "I own a custom domain", "got our own domain". */
const DOMAIN_OWNED = /\b(?:we|i)\s+(?:already\s+)?(?:have|own|got|bought)\s+(?:a|an|our|my|our own|my own)\s+(?:custom\s+)?domain\b/i;
/** HTTPS said, and not turned down ("no https needed", "without tls"). */
const TLS_WANTED = /(?<!\b(?:no|not|without|skip|dont need|don't need)\s+(?:\w+\s+)?)\b(?:https|tls|ssl)\b/i;

/**
 * A name of its own wished for a Service elsewhere: "by its short name", "the short service name",
 * "reach it as just `auth`", "as if it lived next to them", "a service that aliases
 * payments.b.svc.cluster.local", "the app has `billing-api` hardcoded" (a short name it cannot change),
 * "the chart hardcodes redis:6379 but redis moved" (with its port).
 */
/** A name of one's own wished for a Service ("a short name", "an alias", "call it just as `x`", "`x` is hardcoded"). */
const ALIAS_SAID =
  /\bshort\s+(?:service\s+|dns\s+|host\s?)?names?\b|\bjust\s+as\s+[`'"][a-z][a-z0-9-]*[`'"]|\b(?:as|by)\s+just\s+(?:[`'"][a-z][a-z0-9-]*[`'"]|(?!(?:a|an|the|one|my|our|its|their|curl\w*|call\w*|hitting|using|port\w*|clusterip|nodeport|loadbalancer|ingress|ip|dns|http\w*|get|post)\b)[a-z][a-z0-9-]*\b)|\bas\s+(?:if|though)\s+(?:it|they)\s+(?:lived|lives|was|were|ran|runs|is|are|sat|sits)\s+(?:right\s+)?(?:next\s+to|beside|alongside|local(?:ly)?\b|in\s+(?:the\s+)?(?:same|their|its|our|my|your)\s+(?:own\s+)?(?:namespace|ns)\b)|\balias(?:es|ed|ing)?\b|\blocal\s+(?:name|alias)\b|\b(?:old|existing|legacy)\s+(?:clients?|callers?|consumers?|apps?)\s+(?:still|keep)\b|\b(?:need|want)s?\s+(?:a|some)\s+bridge\b|(?:[`'"][a-z][a-z0-9-]*[`'"]|\b(?:has|have|had|with)\s+[a-z][a-z0-9-]*)\s+(?:is\s+)?hard[- ]?coded\b|\bhard[- ]?cod(?:ed|es)\s+(?:(?:the|a|its|their)\s+)?(?:(?:short|service|host)\s*)?(?:name\s+)?[`'"]?[a-z][a-z0-9-]*(?::\d{2,5})?[`'"]?\s+(?:and|but|while|as|,|;|\.|$)/;
/**
 * The same, told by what the callers would rather not write: "call it as plain `ledger`", "without the .finance-core suffix",
 * "without hardcoding the full dns name", "instead of the FQDN", "keep writing just http://payments", "make `search` resolve in
 * team-a", "the billing API that actually lives in finance", "`es` in every PR namespace to resolve to the shared one",
 * "reach team B's service as 'ledger' in its own namespace".
 */
const ALIAS_BY_WHAT_IS_SPARED =
  /\bas\s+plain\s+[`'"]?[a-z][a-z0-9-]*|\bwithout\s+(?:the\s+)?(?:\.[a-z0-9-]+\s+|namespace\s+|ns\s+)suffix\b|\b(?:without|instead\s+of)\s+(?:hard[- ]?coding\s+|writing\s+|typing\s+|using\s+|spelling\s+out\s+)?(?:the\s+)?(?:(?:full|long|whole|complete)\s+(?:dns\s+|host\s?|service\s+)?names?|fqdn)\b|\bjust\s+https?:\/\/[a-z][a-z0-9-]*(?![a-z0-9.-])|\bmake\s+[`'"][a-z][a-z0-9-]*[`'"]\s+resolve\b|\b(?:that|which)\s+actually\s+lives?\s+in\b|[`'"][a-z][a-z0-9-]*[`'"]\s+(?:in\s+[^.?!;]{1,40}?\s+)?to\s+resolve\s+to\b|\bas\s+[`'"]?[a-z][a-z0-9-]*[`'"]?\s+in\s+(?:its|their|our|my|the\s+caller'?s)\s+own\s+(?:namespace|ns)\b/;
const ALIAS_WISH = new RegExp(`${ALIAS_SAID.source}|${ALIAS_BY_WHAT_IS_SPARED.source}`, 'i');
/** Another namespace said without naming it: "lives in another namespace", "a different ns". */
const OTHER_NAMESPACE = /\b(?:an?other|other|different|separate)\s+(?:namespace|ns)\b/i;
/**
 * The Service said to live in a namespace now, elsewhere than before ("ES now lives in the `logging` namespace", "redis
 * moved to namespace data"): another namespace than the callers', whose old short name no longer resolves there.
 */
const MOVED_TO_NAMESPACE =
  /\b(?:now\s+(?:lives?|runs?|sits?|is)|(?:lives?|runs?|sits?|is)\s+now|moved|migrated|got\s+moved)\s+(?:over\s+)?(?:in|to|into)\s+(?:the\s+)?(?:(?:namespace|ns)\s+[`'"]?[a-z0-9][a-z0-9-]*|[`'"]?[a-z0-9][a-z0-9-]*[`'"]?\s+(?:namespace|ns))\b/i;
/**
 * Its callers said to be in another namespace ("is called by the Kong gateway that runs in another
 * namespace", "used by jobs from a different ns"): pods reach a Service in the cluster by its full
 * name; the other namespace is theirs, not where something to alias is.
 */
const CALLED_FROM_OTHER_NAMESPACE =
  /\b(?:called|used|hit|reached|consumed|accessed|queried)\s+(?:by|from)\b[^.?!;]{0,60}?\b(?:in|from)\s+(?:an?\s+)?(?:another|other|different|separate)\s+(?:namespace|ns)\b/i;

/**
 * Endpoints of managed databases, caches and brokers ("mydb.postgres.database.azure.com",
 * "orders.cluster-x.eu-west-1.rds.amazonaws.com"): something outside the cluster that pods reach.
 */
const MANAGED_SERVICE_HOST =
  /\.(?:rds|cache|docdb|mq|kafka|es|aoss)\.amazonaws\.com$|^(?:[a-z0-9-]+\.)?(?:cassandra|dynamodb|sqs|sns|kinesis|memory-db)\.[a-z0-9-]+\.amazonaws\.com$|\.(?:postgres|mysql|mariadb)\.database\.azure\.com$|\.(?:database\.windows\.net|redis\.cache\.windows\.net|documents\.azure\.com|servicebus\.windows\.net)$|\.mongodb\.net$|\.db\.ondigitalocean\.com$|\.aivencloud\.com$/i;

/**
 * A Kubernetes name wished for an outside host ("make it show up as `postgres` inside the namespace", "pods just use
 * `billing`", "keep using a service name `cassandra`", "the app config expects a service name 'db'", "want a k8s
 * name `mail` in each namespace", "services want to connect as `redis`"):
 * an alias in the cluster for it.
 */
const NAME_IN_CLUSTER_WISH =
  /\bhard-?(?:codes?|coded|wired)\s+(?:the\s+|a\s+)?(?:host\s?name|name|address|dns name)\s+[`'"][a-z0-9-]+[`'"]|\b(?:just|simply|only)\s+(?:use|call|reach|hit|resolve)\s+[`'"][a-z0-9-]+[`'"]|\b(?:show|shows|appear|appears)\s+(?:up\s+)?as\s+`?[a-z0-9-]+`?\s+(?:inside|in|within)\s+(?:the|our|its|their|each|every)\s+(?:namespace|cluster)\b|\b(?:keep|still)\s+(?:using|use|calling|call)\s+(?:a|the|its|our|their)\s+(?:k8s\s+|kubernetes\s+)?service\s+name\b|\b(?:want|wants|need|needs|like)\s+(?:a|an)\s+(?:k8s|kubernetes|cluster|in-cluster|local|short)\s+(?:dns\s+|service\s+)?name\s+(?:like\s+|such\s+as\s+)?`[a-z0-9-]+`|\b(?:connect|connects|reach|call|use)\s+(?:it\s+)?as\s+(?:just\s+)?`[a-z0-9-]+`|\b(?:config|configuration|code|client|app|apps|application)\s+(?:expects?|wants?|needs?|looks?\s+for|is\s+hard-?coded\s+(?:to|with))\s+(?:a|the)\s+(?:k8s\s+|kubernetes\s+)?(?:service|host)\s*name\b/i;

/** A workload moved into the cluster: "moving mysql off the old VM into the cluster", "migrating postgres to k8s". */
const MOVES_INTO_CLUSTER =
  /\b(?:mov|migrat|bring|port)(?:e|es|ed|ing|ion)?\b[^.;!?]{0,60}?\b(?:into|onto|to|in)\s+(?:the\s+|our\s+|a\s+)?(?:cluster|k8s|kubernetes|k3s|eks|gke|aks)\b/i;
/** A name that resolves to the host name after it: "… should resolve to relay.corp.example.com", "a CNAME for db.example.net". */
const RESOLVES_TO = /\b(?:resolves?|resolving|resolved)\s+to\s+$|\b(?:alias|cname)\s+(?:to|for|of)\s+$/i;
/** A name given to something, just before a host name: "… as db.internal.ourco.io", "… under api.example.com". */
const NAMED_AS = /\b(?:as|under)\s+$/i;
/** After host names, that they are to be sent into the cluster: "(and shop.io) to land on the frontend", "should route to web". */
const ROUTED_IN_AFTER = /^\s*(?:(?:,|and|&)\s*[a-z0-9*.-]+\.[a-z]{2,24}\s*)*(?:should\s+|must\s+|to\s+|will\s+)?(?:land|lands|go|goes|route|routes|be routed|be served|be sent|point|points)\s+(?:on|to|at|into)\b/i;
/**
 * A public web site's own name, told as where the site is served ("marketing site on / and the api on
 * /api under www.acme-shop.io"): the asker's host, routed in for visitors on the internet.
 */
const SERVED_UNDER = /\b(?:under|(?:served|serve|serving|hosted|host|lives?|goes|go)\s+(?:at|on|under)|(?:site|website|blog|shop|store|storefront|landing page)\s+(?:is\s+|lives\s+|will\s+be\s+)?(?:at|on))\s+$/i;
/** Something put behind the asker's own Ingress, in the sentence before a host name: the name is the one it would get. */
const BEHIND_OWN_INGRESS = /\bbehind\s+(?:the|our|my|an)\s+(?:[a-z-]+\s+)?ingress\b/i;
/** Host names only pods resolve ("orders.data.svc.cluster.local"). */
const CLUSTER_NAME = /\.(?:svc|cluster\.local)$/i;
/**
 * A StatefulSet pod's own DNS name ("kafka-0.kafka", "db-1.db.data.svc.cluster.local"): an
 * ordinal, then the governing Service. Naming one asks for per-pod names, a headless Service's.
 */
const POD_DNS_NAME = /^[a-z][a-z0-9-]*-\d{1,2}\.[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*\.svc(?:\.cluster\.local)?)?$/i;
/**
 * A pasted StatefulSet's `serviceName:`, the Service that governs its pods' DNS names. That Service
 * named again ("what type should zk-hs be") is asked about: it is headless, whatever the pods serve.
 */
const GOVERNING_SERVICE_NAME = /\bkind:\s*statefulset\b[\s\S]*?\bservicename:\s*["']?([a-z0-9][a-z0-9.-]*[a-z0-9])\b/i;
function asksOfGoverningService(text: string): boolean {
  const name = GOVERNING_SERVICE_NAME.exec(text)?.[1];
  if (name === undefined) return false;
  const named = new RegExp(`(?<![\\w.-])${name.replace(/[.]/g, '\\.')}(?![\\w-])`, 'gi');
  return (text.match(named) ?? []).length >= 2;
}
/** Top-level domains, so "site-1.com" is a host name, not a pod's name in its Service. */
const TLD = /\.(?:com|net|org|io|dev|app|co|de|uk|eu|local|internal|lan|cloud|ai|info|biz|me|sh|xyz|tech|site|online|us|fr|nl)$/i;

/**
 * Words after a phrase that make it name people rather than the setup: the "dev" of "each dev
 * team" is not a development stage, nor the "web" of "the web team" a protocol.
 */
const PEOPLE = new Set(['team', 'teams', 'squad', 'squads', 'folks', 'guys', 'engineer', 'engineers', 'developer', 'developers']);
/** The word after a phrase names people: "the dev team", or the team it is one of ("a dev on my team", "a dev from the platform team"). */
const namesPeople = (words: readonly string[], end: number): boolean => {
  if (PEOPLE.has(words[end] ?? '')) return true;
  if (!/^(?:on|from|in|of)$/.test(words[end] ?? '') || !/^(?:my|our|the|another|other|their|your|his|her)$/.test(words[end + 1] ?? '')) return false;
  const at = [end + 2, end + 3].find((i) => PEOPLE.has(words[i] ?? ''));
  return at !== undefined && !/^(?:clusters?|namespaces?|accounts?|projects?|env\w*|subscriptions?)$/.test(words[at + 1] ?? '');
};
/**
 * Where others are, not the cluster: a place before its clients ("on-prem services in our other
 * datacenter still connect") or another one ("our other datacenter", "the other region").
 */
// CI and its jobs call in from where they run ("on-prem Jenkins needs to call our API in EKS"); a cluster does not run on them.
const CLIENT_NOUNS = new Set(['services', 'service', 'clients', 'client', 'systems', 'system', 'consumers', 'apps', 'applications', 'users', 'callers', 'jenkins', 'ci', 'runner', 'runners', 'job', 'jobs', 'script', 'scripts', 'tool', 'tools']);
const PLACE_WORDS = /^(?:on prem\w*|onprem\w*|on premise\w*|datacenters?|data centers?|dcs?|colo\w*)$/;
/** Things that sit in a place and connect from there: "the appliances in the datacenter send to it". */
const THINGS_IN_A_PLACE = new Set([...CLIENT_NOUNS, 'appliances', 'appliance', 'devices', 'device', 'servers', 'server', 'machines', 'machine', 'hosts', 'host', 'vms', 'vm', 'boxes', 'sensors', 'cameras', 'printers', 'scanners', 'terminals', 'kiosks', 'workstations', 'routers', 'switches', 'firewalls']);
/**
 * "The route in namespace ehr points to a service in shared-auth", "the HTTPRoute should point at the
 * v2 Service": a route's backend, a Service in the cluster, not something outside given a name.
 */
const POINTING = new Set(['point to', 'point at', 'pointing to', 'pointing at', 'points to']);
const ROUTE_WORDS = new Set(['route', 'routes', 'httproute', 'httproutes', 'grpcroute', 'tcproute', 'backendref', 'backendrefs']);
const ROUTE_REACH = 6;
/**
 * The nearest word before `start`, at most `reach` words back and in the same clause, that `match`
 * accepts: its index, or -1.
 */
function nearestBefore(words: readonly string[], start: number, reach: number, match: (word: string, at: number) => boolean): number {
  for (let i = start - 1; i >= Math.max(0, start - reach); i--) {
    if (words[i] === CLAUSE_BREAK) return -1;
    if (match(words[i] as string, i)) return i;
  }
  return -1;
}
const routePoints = (words: readonly string[], start: number, item: Phrase): boolean =>
  item.key === 't' && POINTING.has(item.words.join(' ')) && nearestBefore(words, start, ROUTE_REACH, (w) => ROUTE_WORDS.has(w)) >= 0;
/**
 * "The ES nodes already find each other through their own discovery service": the members' own
 * finding of one another, settled; what is asked is how their clients reach them.
 */
const MEMBERS_MEET = new Set(['find each other', 'discover each other']);
const membersAlreadyMeet = (words: readonly string[], start: number, item: Phrase): boolean =>
  item.key === 't' && MEMBERS_MEET.has(item.words.join(' ')) && words.slice(Math.max(0, start - 2), start).includes('already');
/**
 * "There's already an Ingress for our other apps": the apps an entry point serves, not callers
 * of what is asked about.
 */
const ENTRY_WORDS = new Set(['ingress', 'ingresses', 'gateway', 'controller', 'proxy', 'lb', 'balancer']);
const ENTRY_REACH = 6;
const servedByEntry = (words: readonly string[], start: number, item: Phrase): boolean =>
  item.key === 'a' &&
  item.value === 'pods' &&
  item.words[0] === 'other' &&
  words.slice(Math.max(0, start - 2), start).includes('for') &&
  nearestBefore(words, start, ENTRY_REACH, (w) => ENTRY_WORDS.has(w)) >= 0;
const namesOthersPlace = (words: readonly string[], start: number, end: number, item: Phrase): boolean =>
  item.key === 'e' &&
  ((PLACE_WORDS.test(item.words.join(' ')) && (CLIENT_NOUNS.has(words[end] ?? '') || (/^(?:the|our|their)$/.test(words[start - 1] ?? '') && words[start - 2] === 'in' && THINGS_IN_A_PLACE.has(words[start - 3] ?? '')))) ||
    words[start - 1] === 'other');
/**
 * "An app in cluster B", "runs in cluster A": a cluster by its name, one of several, not "in the
 * cluster" said of where callers are.
 */
const CLUSTER_NAME_WORDS = String.raw`[a-z]|\d+|eu|us|apac|emea`;
const CLUSTER_NAME_WORD = new RegExp(`^(?:${CLUSTER_NAME_WORDS})$`);
const namesACluster = (words: readonly string[], end: number, item: Phrase): boolean =>
  item.words.join(' ') === 'in cluster' && CLUSTER_NAME_WORD.test(words[end] ?? '');
/** Two clusters by name ("cluster A … cluster B"): callers in one reach something in the other, from outside it. */
const NAMED_CLUSTER = new RegExp(String.raw`\bcluster\s+(${CLUSTER_NAME_WORDS})\b`, 'gi');
const namesTwoClusters = (text: string): boolean => new Set([...text.matchAll(NAMED_CLUSTER)].map((m) => (m[1] as string).toLowerCase())).size > 1;
/**
 * "We run the nginx controller in the cluster", "postgres is deployed in the cluster": where
 * something runs, not who calls what is asked about.
 */
const RUN_VERBS = new Set(['run', 'runs', 'running', 'ran', 'installed', 'deployed', 'hosted', 'lives', 'live', 'sits', 'have', 'has', 'built', 'created', 'set']);
const RUN_REACH = 5;
const LIVES = new Set(['live', 'lives']);
const RUN_PARTICIPLES = new Set(['running', 'installed', 'deployed', 'hosted', 'built', 'created']);
/** Where something is, said in other words ("the postgres running inside the cluster"). */
const WHERE_IN_CLUSTER = new Set(['in the cluster', 'inside the cluster', 'within the cluster', 'in the same cluster']);
/** Those that call, running in the cluster ("clients running inside the cluster"): callers said to be pods still. */
const CALLER_NOUNS = new Set(['pods', 'pod', 'clients', 'client', 'callers', 'caller', 'consumers', 'consumer', 'services', 'apps', 'workers', 'jobs', 'things', 'everything', 'both', 'all', 'only', 'that', 'which', 'who']);
function namesWhereItRuns(words: readonly string[], start: number, item: Phrase): boolean {
  const phrase = item.words.join(' ');
  if (item.key !== 'a' || !WHERE_IN_CLUSTER.has(phrase)) return false;
  const verb = nearestBefore(words, start, RUN_REACH, (w) => RUN_VERBS.has(w));
  if (verb < 0) return false;
  // "In the cluster" after any of them; the other words only after a participle naming what runs
  // ("the postgres running inside the cluster"), not a caller's own verb ("our notebooks run inside the cluster").
  // "Staging and prod live in the same cluster": where they are; "both run in the same cluster" is said of callers.
  // Not "the checkout deployment, which lives in the same cluster": a caller's place.
  if (phrase === 'in the same cluster') return LIVES.has(words[verb] as string) && !CALLER_NOUNS.has(words[verb - 1] ?? '');
  return phrase === 'in the cluster' || (RUN_PARTICIPLES.has(words[verb] as string) && !CALLER_NOUNS.has(words[verb - 1] ?? ''));
}
/**
 * One worker named as a part of the stack ("it's a Flask app, and there's a Celery worker too"):
 * something else that runs, not the callers of what is asked about ("workers call it").
 */
const ARTICLES = new Set(['a', 'an', 'one']);
const PART_ENDS = new Set([CLAUSE_BREAK, 'too', 'also', 'and', 'as']);
const namesAPart = (words: readonly string[], start: number, end: number, item: Phrase): boolean =>
  item.key === 'a' &&
  item.words.length === 1 &&
  item.words[0] === 'workers' &&
  words[start] === 'worker' &&
  (ARTICLES.has(words[start - 1] ?? '') || ARTICLES.has(words[start - 2] ?? '')) &&
  (words[end] === undefined || PART_ENDS.has(words[end] as string));
/** Words after a protocol that make it a namespace's name: the "web" of "the web namespace". */
const NAMESPACE_WORDS = new Set(['namespace', 'namespaces', 'ns']);
const namesNamespace = (words: readonly string[], end: number, item: Phrase): boolean => item.key === 'p' && NAMESPACE_WORDS.has(words[end] ?? '');
/** Words after "every pod" that make it name an event, not pods addressed one by one: "on every pod create". */
const POD_EVENTS = new Set(['create', 'creation', 'created', 'start', 'startup', 'restart', 'update', 'delete', 'deletion', 'admission', 'event', 'change', 'schedule', 'scheduling']);
/** "worker nodes", "worker VMs": machines, not worker pods that call something. */
const MACHINE_WORDS = new Set(['node', 'nodes', 'vm', 'vms', 'machine', 'machines']);
const namesMachines = (words: readonly string[], end: number, item: Phrase): boolean =>
  item.key === 'a' && item.words.length === 1 && /^workers?$/.test(item.words[0] ?? '') && MACHINE_WORDS.has(words[end] ?? '');
const namesPodEvent = (words: readonly string[], end: number, item: Phrase): boolean => /^pods?$/.test(item.words.at(-1) ?? '') && POD_EVENTS.has(words[end] ?? '');
/**
 * Words after "other services" that say how those are reached, not that they call: "a bunch of
 * other services (already) behind our ingress" are neighbours at the entry point.
 */
const NEIGHBOURS_AT = new Set(['behind', 'exposed', 'published', 'through', 'via']);
const BEFORE_NEIGHBOURS_AT = new Set(['already', 'are', 'also', 'all', 'sit', 'sits', 'live', 'lives', 'run', 'runs', 'running']);
/**
 * An entry point named earlier in the clause, then "for other apps" ("ingress-nginx with a
 * wildcard cert for other apps"): what else it serves, not who calls.
 */
const ENTRY_POINT_WORDS = new Set(['ingress', 'nginx', 'traefik', 'contour', 'haproxy', 'controller', 'cert', 'certificate', 'alb', 'gateway', 'balancer', 'lb']);
function servesOthers(words: readonly string[], start: number): boolean {
  if (words[start - 1] !== 'for') return false;
  for (let i = start - 2; i >= 0 && words[i] !== CLAUSE_BREAK; i--) if (ENTRY_POINT_WORDS.has(words[i] as string)) return true;
  return false;
}
function namesNeighbours(words: readonly string[], start: number, end: number, item: Phrase): boolean {
  if (item.key !== 'a' || item.words[0] !== 'other') return false;
  if (servesOthers(words, start)) return true;
  let at = end;
  while (BEFORE_NEIGHBOURS_AT.has(words[at] ?? '')) at++;
  return NEIGHBOURS_AT.has(words[at] ?? '');
}
/** "a service for the other members" (of a makerspace, a club): people it serves, not cluster members. */
const servesPeople = (words: readonly string[], start: number, item: Phrase): boolean =>
  item.key === 't' && item.value === 'peers' && item.words.some((w) => w.startsWith('member')) && (words[start - 1] === 'for' || (words[start - 1] === 'the' && words[start - 2] === 'for'));
/**
 * Different services that find or call one another ("our services find each other via consul
 * DNS", "the microservices talk to each other over grpc"): service discovery, each reaching the
 * others' Services by name, not one set's members addressed pod by pod.
 */
const SERVICE_NOUNS = new Set(['service', 'microservice', 'app', 'application', 'backend', 'api', 'deployment', 'workload']);
const SUBJECT_FILLER = new Set(['our', 'the', 'all', 'my', 'their', 'these', 'those', 'other', 'can', 'will', 'must', 'should', 'need', 'to', 'just', 'then', 'always', 'used', 'that', 'which', 'how', 'do', 'does', 'would', 'could']);
/** A group of pods of one workload, as a pronoun's antecedent: "the brokers … how do they find each other". */
const MEMBER_NOUNS = new Set(['pod', 'replica', 'member', 'node', 'broker', 'peer', 'instance', 'server', 'container']);
const PRONOUNS = new Set(['they', 'them']);
function servicesMeet(words: readonly string[], start: number, item: Phrase): boolean {
  if (item.key !== 't' || item.value !== 'peers' || !item.words.includes('each') || !item.words.includes('other')) return false;
  return servicesBefore(words, start);
}
/** Whether the words before `start` make services, not one workload's members, the subject. */
function servicesBefore(words: readonly string[], start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 4); i--) {
    const word = words[i] as string;
    if (SERVICE_NOUNS.has(singular(word))) return true;
    // "5 services … how should they address each other": what "they" stands for, the nearest
    // plural noun before it, services or one workload's members.
    if (PRONOUNS.has(word)) {
      for (let j = i - 1; j >= 0; j--) {
        const noun = words[j] as string;
        if (noun === singular(noun)) continue;
        if (SERVICE_NOUNS.has(singular(noun))) return true;
        if (MEMBER_NOUNS.has(singular(noun))) return false;
      }
      return false;
    }
    if (!SUBJECT_FILLER.has(word)) return false;
  }
  return false;
}

/**
 * "the canary pod", "the canary replicas": the pods of a canary already running, looked at or
 * reached, not traffic to split between versions.
 */
const POD_WORDS = new Set(['pod', 'pods', 'replica', 'replicas', 'instance', 'instances', 'container', 'containers']);
const namesCanaryPod = (words: readonly string[], end: number, item: Phrase): boolean =>
  item.key === 'r' && item.words.length === 1 && /^canar(?:y|ies)$/.test(item.words[0] as string) && POD_WORDS.has(words[end] ?? '');

/**
 * "the KYC microservice", "route by path": one, said in the singular, where the phrase for several is plural
 * (matched as any number). Only for a weak phrase of several, which says no more than its noun.
 */
const oneOfPlural = (words: readonly string[], end: number, item: Phrase): boolean => {
  const last = item.words[item.words.length - 1] ?? '';
  const said = words[end - 1] ?? '';
  return item.key === 'm' && item.value === 'many' && item.weak === true && last.endsWith('s') && said !== last && said === singular(last);
};

/** A service mesh's own routing objects: it splits and routes the traffic itself. */
const MESH_ROUTING = /\b(?:virtual ?services?|destination ?rules?|traffic ?splits?|service ?profiles?)\b/i;
/** "what type should the api Service itself be": the Service under what routes to it. */
const ASKS_SERVICE_ITSELF = /\b(?:type|kind)\b[^.?!]{0,60}?\b(?:services?|svcs?)\s+(?:itself|themselves)\b/i;

/** Words after a phrase that make it name code, not the setup: "our server code", "the web side". */
const CODE = new Set(['code', 'codebase', 'side', 'logic']);
/** "4 other services", "three other apps": a count of workloads, not who connects. */
const NUMERAL = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozen)$/;
const countsOthers = (words: readonly string[], start: number, item: Phrase): boolean =>
  item.key === 'a' && item.words[0] === 'other' && NUMERAL.test(words[start - 1] ?? '');

/** What may join two named applications into a list: "nextcloud and jellyfin", "grafana, kibana". */
const LIST_JOINS = new Set(['and', 'plus', CLAUSE_BREAK]);
/** HTTP phrases that name a kind of thing, not one application ("web app", "rest api"). */
const GENERIC_HTTP = new Set(['http', 'https', '1', '2', 'web', 'rest', 'restful', 'api', 'apis', 'json', 'app', 'application', 'site', 'website', 'server', 'ui', 'frontend', 'front', 'end', 'endpoint', 'backend', 'service']);

/**
 * Two named HTTP applications side by side ("home assistant and jellyfin", "grafana, kibana")
 * are several services sharing the entry point.
 */
function listsSeveralApps(words: readonly string[], said: readonly { start: number; end: number; item: Phrase; negated: boolean }[]): boolean {
  const apps = said.filter((s) => !s.negated && !s.item.weak && s.item.key === 'p' && s.item.value === 'http' && !s.item.words.every((w) => GENERIC_HTTP.has(w.replace(/\*$/, ''))));
  if (apps.some((a, i) => {
    const b = apps[i + 1];
    return b !== undefined && b.item !== a.item && b.start - a.end === 1 && LIST_JOINS.has(words[a.end] as string);
  })) return true;
  // "jupyter and the model demo website", "grafana and our docs site": a named application, then
  // another of a kind, its own article and words before it; two workloads, whatever the second is called.
  // Weak names count here ("jupyter"): the second workload, said after them, makes them applications.
  const named = said.filter((s) => !s.negated && s.item.key === 'p' && s.item.value === 'http' && !s.item.words.every((w) => GENERIC_HTTP.has(w.replace(/\*$/, ''))));
  return named.some((a) =>
    said.some((b) => {
      if (b.negated || b.item.key !== 'p' || b.item.value !== 'http' || !b.item.words.some((w) => APP_OF_A_KIND.has(w.replace(/\*$/, '')))) return false;
      const between = words.slice(a.end + 1, b.start);
      return words[a.end] === 'and' && between.length >= 1 && between.length <= 3 && NOUN_OPENERS.has(between[0] as string) && !between.includes(CLAUSE_BREAK);
    }),
  );
}
/** Nouns for one application of some kind ("the demo website", "our admin ui"). */
const APP_OF_A_KIND = new Set(['website', 'site', 'app', 'webapp', 'dashboard', 'ui', 'frontend', 'portal', 'blog', 'wiki']);
/** Words that open a noun phrase of its own after "and". */
const NOUN_OPENERS = new Set(['the', 'our', 'my', 'a', 'an', 'their', 'his', 'her']);

/**
 * One named workload in the singular ("our internal admin dashboard", "an internal grpc api",
 * "our public web shop"): one service behind the entry point, unless something says several.
 * Not "service" or "app" alone, which stand for whatever is being asked about; but an app of a
 * kind ("my web app", "our Django app", "a chat app") is one. Weak: what a routing need implies
 * ("send 10% of traffic to v2": the Gateway API, several backends) replaces it. The old platform's
 * unit of one workload ("an ECS service", "a Nomad job") is one too.
 */
const KIND_OF_APP = String.raw`(?:web|chat|django|rails|flask|fastapi|express|node|nodejs|next\.?js|nuxt|laravel|php|spring boot|react|vue|angular|svelte) ?app(?:lication)?`;
const ONE_WORKLOAD_NOUN = String.raw`(?:${KIND_OF_APP}|(?<!gateway )api|dashboard|(?:internal |admin |web )tool|web ?shop|shop|store|website|site|portal|blog|ui|panel|backend|(?:webhook|event) (?:receiver|endpoint|handler|listener)|receiver|bot|wiki|intranet|(?:grpc|rest|http|https|soap|graphql) (?:[a-z0-9-]+ )?service|(?:chat|game|websocket|socket|grpc|mqtt) server|(?:ecs|fargate|nomad|swarm|heroku|cloud run) (?:service|app|job)|(?:slack|discord|teams|telegram|github|shopify|zoom) app)\b(?![\w-])`;
/**
 * Also at the start of a message, without an article ("webhook receiver for stripe, …", "public
 * http api, currently on bare metal"), unless a list follows ("blog, shop and admin"). After an
 * article too, a list in symbols is not one ("my blog + nextcloud", "our wiki / grafana").
 */
const LISTED_BY_SYMBOL = String.raw`\s*(?:\/|&|\+)`;
const ONE_WORKLOAD = new RegExp(
  String.raw`\b(?:an?|our|my|the|this|[a-z0-9-]+['’]s)\s+(?:[a-z0-9-]+\s+){0,3}?(${ONE_WORKLOAD_NOUN})(?!${LISTED_BY_SYMBOL})|^(?:[a-z0-9-]+\s+){0,3}?(${ONE_WORKLOAD_NOUN})(?!\s*(?:,\s*(?:an?\s+|the\s+)?(?:[a-z0-9-]+\s+){0,2}?${ONE_WORKLOAD_NOUN}|and\b|or\b|plus\b)|${LISTED_BY_SYMBOL})`,
  'gi',
);
/** "called by": what follows are the clients of the workload, not services sharing its entry. */
const CALLED = new Set(['called', 'used', 'hit', 'consumed', 'reached', 'accessed', 'queried']);
/** How far after "called by" its callers are named ("called by legacy EC2 apps"). */
const CALLER_REACH = 4;
/**
 * "should never be hit from outside the cluster", "nothing may reach it from the outside": where
 * callers are turned away from, not something outside the pods call.
 */
function refusedFrom(words: readonly string[], start: number): boolean {
  const at = words[start - 1] === 'from' ? start - 1 : words[start - 1] === 'the' && words[start - 2] === 'from' ? start - 2 : -1;
  if (at < 0) return false;
  for (let i = at - 1; i >= 0 && words[i] !== CLAUSE_BREAK; i--) if (NEGATORS.has(words[i] as string)) return true;
  return false;
}

/** Gateways of networks and products, not of HTTP routing: "transit gateway", "NAT gateway", "payment gateway", "power bi gateway". */
const NOT_ROUTING_GATEWAY: ReadonlySet<string> = new Set(['transit', 'nat', 'internet', 'payment', 'payments', 'vpn', 'egress', 'bi', 'data', 'sms', 'email', 'storage', 'iot', 'mqtt', 'site-to-site']);

/** DigitalOcean as "DO", in capitals, opening a message or before its cluster: "DO: …", "on DO k8s", "(DO)". */
const DIGITALOCEAN_ABBREVIATED = /(?:^|\(|\bon\s+)DO(?=\s*[:)]|\s+(?:k8s|kubernetes|cluster|doks|droplets?)\b)/;

/** Whether the word at `start` names callers: within reach after "called by", in one clause. */
const namesCallers = (words: readonly string[], start: number): boolean =>
  nearestBefore(words, start, CALLER_REACH, (w, at) => w === 'by' && at > 0 && CALLED.has(words[at - 1] as string)) >= 0;

/** One workload named, however often ("a Django app … the Django app has to be public"). */
const namesOneWorkload = (text: string): boolean =>
  new Set([...text.matchAll(ONE_WORKLOAD)].map((m) => (m[1] ?? m[2] ?? '').toLowerCase().replace(/\s+/g, ' '))).size === 1;

/**
 * "work through an ingress?", "go via the ingress", "so ingress is out?", "can an ingress carry
 * it": what an Ingress can carry, not a wish to share one.
 */
const THROUGH_INGRESS =
  /\b(?:through|via)\s+(?:an?\s+|the\s+)?ingress\b|\bingress\s+(?:is|are|isn't|isnt)\s+(?:out|ruled out|off the table|not an option)\b|\b(?:can|does|will|would)\s+(?:an?\s+|the\s+)?ingress\s+(?:handle|carry|do|support|route|proxy|serve|take)\b|\bis\s+(?:an?\s+|the\s+)?ingress\s+(?:ok|okay|fine|good|enough|able|capable)\s+(?:for|with|to)\b|\b(?:work|works|working)\s+(?:with|through|behind|via)\s+(?:an?\s+|the\s+)?ingress\b|\bingress(?:es)?\s+(?:can(?:['’]?t|not)?|could(?:n['’]?t)?|does(?:n['’]?t)?|won['’]?t|will(?:\s+not)?)\s+(?:not\s+)?(?:even\s+)?(?:handle|carry|do|support|route|proxy|serve|take|pass)\b/i;

/**
 * A look, once or this minute ("look at the grafana dashboard once", "check the admin page once,
 * today only", "I need to look at one dashboard right now", mid-incident): the asker's own
 * tunnel, said more loosely than the tree's phrases reach. So is getting into a UI only for its first
 * setup ("I just need to get into the ArgoCD UI to do the initial setup and grab the admin password").
 */
const LOOK_ONCE =
  /\b(?:look|looks|check|see|view|open|peek|glance|inspect)\b[^|.?!;]{0,60}?\b(?:once|today only|just today|one time|right now(?!\s*,?\s*(?:it|we|they|the|our|this|that|its|there|i)\b)|real quick)\b|\b(?:just|only)\s+(?:need|want|have)\s+to\s+(?:get\s+into|log\s*in(?:to)?|sign\s+in(?:to)?|access|reach|open)\b[^|.?!;]{0,60}?\b(?:initial\s+(?:setup|config(?:uration)?|login)|first\s+(?:login|setup)|(?:grab|get|fetch|read|copy)\s+(?:the\s+)?(?:initial\s+)?admin\s+password|one[- ]time\s+setup|bootstrap(?:ping)?)\b/i;
/**
 * A page or UI the asker wants to see on their own machine ("I just want the UI for like 10 min on my
 * laptop", "need the grafana dashboard on my mac for a bit"): where the asker looks, not where the cluster
 * runs. Read as "from my laptop" (group 1 is the place), unless a local cluster is named.
 */
const VIEWED_ON_MY_MACHINE =
  /\b(?:want|wants|need|needs|see|open|view|check|pull up|load|look at)\b[^.?!;]{0,40}?\b(?:ui|web ?ui|gui|dashboards?|consoles?|pages?|admin (?:ui|panel|page)|web interface)\b[^.?!;]{0,30}?\b(on\s+my\s+(?:own\s+)?(?:laptop|machine|mac|macbook|pc|workstation|desktop))\b/gi;
/**
 * "on my laptop" beside something said to run in the cluster ("connect MQTT Explorer on my laptop to the in-cluster
 * broker", "need grafana from the monitoring namespace on my laptop for a sec"): the laptop is where the asker sits,
 * with a cluster elsewhere; unless the cluster is said to run there ("k3s on my laptop") or a local cluster is named.
 */
const ON_MY_MACHINE = /\b(on\s+my\s+(?:own\s+)?(?:laptop|machine|mac|macbook|pc|workstation|desktop))\b/gi;
const TARGET_IN_CLUSTER = /\bin-cluster\b|\b(?:running|runs|lives|living|sits|deployed)\s+(?:in|inside)\s+(?:the|our)\s+cluster\b|\bfrom\s+the\s+[a-z0-9-]+\s+namespace\b/i;
const CLUSTER_ON_MY_MACHINE = /\b(?:cluster|k8s|kubernetes|k3s|k0s|nodes?|vms?|kubeadm)\s+(?:(?:running|that runs|which runs|runs)\s+)?on\s+my\s+(?:own\s+)?(?:laptop|machine|mac|macbook|pc|workstation|desktop)\b/i;
const LOCAL_CLUSTER_TOOL = /\b(?:minikube|kind|k3d|docker[- ]desktop|rancher desktop|podman desktop|microk8s|colima|orbstack)\b/i;

/**
 * Something outside that connects in ("our BI tool (hosted outside) needs to connect to the
 * postgres running in the cluster"): a client outside, the workload in the cluster.
 */
const OUTSIDE_CALLS_IN =
  /\b(?:hosted|running|runs|lives|living|sitting|sits|located|based)\s+outside\b(?:\s+(?:of\s+)?(?:the\s+|our\s+)?(?:cluster|kubernetes|k8s))?[^.?!;]{0,40}?\b(?:connect|connects|reach|reaches|query|queries|access|accesses|call|calls|read|reads|pull|pulls)\s+(?:to\s+)?(?:the\s+|our\s+|my\s+)?[a-z0-9-]+(?:\s+[a-z0-9-]+)?\s+(?:(?:running|deployed|hosted|that runs|which runs)\s+)?in(?:side)?\s+(?:the|our|my)\s+(?:k8s\s+|kubernetes\s+)?cluster\b/i;
/**
 * A client run on the asker's own machine that connects into the cluster ("running pgAdmin on my
 * laptop, want to connect it to the postgres in the dev cluster"): the laptop is where the client
 * is, not where the cluster runs. Read as "from my laptop".
 */
const CLIENT_ON_MY_MACHINE =
  /\bon\s+my\s+(?:own\s+)?(?:laptop|machine|mac|macbook|pc|workstation|desktop)\b(?=[^.?!;]{0,60}?\b(?:connect|reach|talk|query|access|hit)\w*\s+(?:it\s+|them\s+)?(?:to\s+|with\s+)?(?:the\s+|our\s+|my\s+)?[a-z0-9-]+(?:\s+[a-z0-9-]+)?\s+(?:running\s+|deployed\s+)?in(?:side)?\s+(?:the|our|my)\s+(?:[a-z0-9-]+\s+)?(?:cluster|k8s|kubernetes)\b)/gi;
/**
 * Callers said to be outside that call in ("services outside k8s must call it", "a legacy app on
 * a VM in the same rack needs to hit postgres inside the cluster", "mail servers outside the cluster
 * send to it"): clients outside the cluster,
 * even where the words "outside k8s" or "on a VM" also read as something pods would reach. Where
 * the target is ("… inside the cluster", group 1) says nothing of who calls, and is not read.
 */
/**
 * One workload of the app named as its only caller ("the only thing calling it is the frontend
 * container", "the api is the only thing that ever calls it"): pods, once both run in the cluster.
 */
const WORKLOAD_CALLER = String.raw`(?:the|our|my|its)\s+(?:(?!(?:partners?|vendors?|customers?|clients?|external|outside|legacy|remote|on-?prem|laptop|office|mobile)\b)[a-z0-9-]+\s+)?(?:api|frontend|front-end|backend|back-end|webapp|ui|app|service|container|worker|workers|deployment|pod|pods|job|cronjob)`;
const ONLY_CALLER = new RegExp(
  String.raw`\bonly\s+(?:thing|one|client|caller|consumer|service|app)\s+(?:that\s+)?(?:ever\s+)?(?:calls?|calling|talks?\s+to|talking\s+to|uses?|using|hits?|hitting|connects?\s+to|connecting\s+to)\s+(?:it|this|that)\s+is\s+${WORKLOAD_CALLER}\b|\b${WORKLOAD_CALLER}\s+is\s+the\s+only\s+(?:thing|one|client|caller|consumer|service|app)\s+(?:that\s+)?(?:ever\s+)?(?:calls?|talks?\s+to|uses?|hits?|connects?\s+to)\s+(?:it|this|that)\b`,
  'i',
);
/** Only the NodePort range opened to the nodes: "firewall only opened 30000-32767 to our node IPs". */
const ONLY_NODE_PORT_RANGE =
  /\b(?:only|just)\b[^.;!?|]{0,50}?\b30000\s*(?:-|–|to|through|\.\.)\s*32767\b|\b30000\s*(?:-|–|to|through|\.\.)\s*32767\b[^.;!?|]{0,30}?\b(?:only|nothing else)\b/i;
/**
 * Whom it is added for, said to be outside ("need to add rabbitmq for apps that live outside the
 * cluster"): the clients, not a target outside that pods reach.
 */
const FOR_CLIENTS_OUTSIDE =
  /\bfor\s+(?:the\s+|our\s+|some\s+|other\s+)?(?:[a-z-]+\s+)?(?:apps?|applications?|clients?|services?|systems?|consumers?|users?|machines?|servers?|vms?|hosts?|tools?|workloads?)\s+(?:that|which|who)\s+(?:live|lives|run|runs|sit|sits|are|is|reside|resides)\s+outside(?:\s+(?:of\s+)?(?:the\s+|our\s+)?(?:cluster|k8s|kubernetes))?\b/gi;
const OUTSIDE_CALLER = new RegExp(
  String.raw`\b(?:services?|apps?|applications?|systems?|clients?|vms?|machines?|servers?|box(?:es)?|hosts?|instances?|callers?|consumers?|tools?|scripts?)\s+(?:(?:running|living|sitting|hosted|deployed)\s+)?(?:outside\s+(?:of\s+)?(?:the\s+|our\s+)?(?:cluster|k8s|kubernetes)|on\s+(?:(?:a|an|our|the|some)\s+)?(?:[a-z-]+\s+)?vms?)\b[^.?!;|]{0,40}?\b(?:needs?\s+to\s+|must\s+|should\s+|has\s+to\s+|have\s+to\s+|wants?\s+to\s+|will\s+)?(?:call|calls|reach|reaches|hit|hits|connect|connects|query|queries|access|accesses|talk|talks|send|sends|deliver|delivers|push|pushes|post|posts|forward|forwards|relay|relays)\b(?:\s+(?:to\s+)?(?:the\s+|our\s+|my\s+)?[a-z0-9-]+(?:\s+[a-z0-9-]+)?(\s+(?:running\s+|deployed\s+)?(?:in|inside|within)\s+(?:the|our|my)\s+(?:k8s\s+|kubernetes\s+)?cluster\b))?`,
  'gi',
);
/**
 * A caller said to be in the cluster, or in a namespace, that calls ("alertmanager (in our
 * cluster) needs to send webhooks to…", "payments service in namespace payments needs to call…",
 * "each tenant namespace runs workers that hit…"): pods are the clients.
 */
const CALL_VERB = String.raw`(?:call|calls|reach|reaches|talk|talks|connect|connects|hit|hits|use|uses|query|queries|access|accesses|send|sends|post|posts)`;
const CALLS = new RegExp(String.raw`\b${CALL_VERB}\b`, 'i');
const IN_CLUSTER_CALLER = new RegExp(
  String.raw`\bin\s+(?:the|our|my)\s+cluster\)?\s+(?:needs?\s+to\s+|wants?\s+to\s+|must\s+|should\s+|has\s+to\s+|will\s+)?${CALL_VERB}\b|\b(?:service|app|pods?|deployment|workers?|jobs?)\s+(?:in|from)\s+(?:the\s+)?(?:namespace\s+[a-z0-9-]+|[a-z0-9-]+\s+namespace)\s+(?:needs?\s+to\s+|wants?\s+to\s+|must\s+|should\s+|has\s+to\s+|will\s+)?${CALL_VERB}\b|\bnamespaces?\s+(?:runs?|running|has|have)\s+(?:[a-z-]+\s+){0,2}?(?:workers?|pods?|services?|apps?|jobs?|deployments?)\s+(?:that\s+|which\s+)?${CALL_VERB}\b`,
  'i',
);

/**
 * An API gateway in the cluster that calls what is asked about ("so Kong (running in-cluster as
 * our API gateway) can reach them", "called by the Kong gateway … of the same cluster"): its pods
 * are the clients, which reach a ClusterIP Service. Not a gateway outside the cluster (a managed
 * one, Apigee, AWS API Gateway), whose calls come from another network.
 */
const API_GATEWAY = String.raw`(?:api[- ]gateway|kong|tyk|apisix|krakend|emissary|ambassador|gloo|zuul|(?:the|our|that)\s+gateway)`;
const GATEWAY_CALLS = new RegExp(
  String.raw`\b${API_GATEWAY}\b[^.?!;]{0,60}?\b(?:(?:can|could|must|will|should|to|needs?\s+to|has\s+to|have\s+to)\s+)?(?:reach|reaches|call|calls|hit|hits|(?:route|routes|proxy|proxies|forward|forwards|talk|talks|connect|connects)\s+to)\s+(?:them|it|(?:[a-z0-9-]+\s+){0,3}?(?:services?|backends?|microservices?|apis?|upstreams?))\b` +
    String.raw`|\b(?:called|reached|hit|used|consumed)\s+by\s+(?:the\s+|our\s+)?(?:[a-z0-9-]+\s+){0,2}?${API_GATEWAY}`,
  'i',
);
/** The gateway said to run in the cluster, and nothing said to be outside it. */
const GATEWAY_IN_CLUSTER = /\bin[- ]cluster\b|\b(?:in|inside|within)\s+(?:the|our|this)\s+(?:same\s+)?cluster\b|\bsame\s+cluster\b/i;
const OUTSIDE_WORD = /\boutside\b|\bexternal(?:ly)?\b|\bmanaged\b/i;
const gatewayInClusterCalls = (text: string): boolean => GATEWAY_CALLS.test(text) && GATEWAY_IN_CLUSTER.test(text) && !OUTSIDE_WORD.test(text);

/** "10% of traffic", "5 percent of public requests", "like 10% of visitors first": a weighted split, which is the Gateway API's. */
const SHARE_OF_TRAFFIC = /\b\d{1,2}(?:\.\d+)?\s?(?:%|percent)\s+(?:of\s+)?(?:the\s+|our\s+|all\s+|my\s+)?(?:[a-z-]+\s+)?(?:traffic|requests|users|calls|visitors|customers|sessions)\b/i;
/** "10% to v2 and 90% to v1": shares sent to versions, adding up to 100. */
const SHARE = /\b(\d{1,2})\s?(?:%|percent)(?=[^%|.?!;]{0,40}?\bto\b)/gi;
/** "split traffic 80/20", "a 90/10 canary": shares adding up to 100, said of traffic. */
const RATIO = /\b(\d{1,2})\s?\/\s?(\d{1,2})\b/g;
const TRAFFIC_WORD = /\b(?:split|splits|splitting|traffic|requests|canary|weights?|weighted)\b/i;

const ONE_POD = String.raw`(?:one|a single|the same|only one|just one|1)\s+(?:pod|replica|instance|container)`;
const SHARE_OF_LOAD = String.raw`(?:all|most|every|each|(?:like\s+|about\s+|around\s+|almost\s+|nearly\s+|~\s?)?\d{1,3}\s?(?:%|percent))`;
/**
 * "one pod gets like 90% of the traffic", "all the requests land on one pod", "every call lands on one pod", "one pod gets hammered": a skew seen among a
 * Service's pods, not a split wished between versions.
 */
const SKEWED_LOAD = new RegExp(
  String.raw`\b${ONE_POD}\s+(?:gets|got|is getting|takes|took|is taking|handles|handled|receives|received|serves|ends up with|eats)\s+(?:like\s+)?${SHARE_OF_LOAD}(?:\s+(?:of\s+)?(?:the\s+|our\s+)?(?:traffic|requests|calls|load|connections))?|\b${SHARE_OF_LOAD}\s+(?:of\s+)?(?:the\s+|our\s+)?(?:traffic|requests?|calls?|load|connections?)\s+(?:goes|go|going|is going|are going|lands?|landing|hits?|hitting|ends? up|ending up|sticks?|stays?)\s+(?:on|to|at|with|in)\s+${ONE_POD}` +
    // "one recommendation pod gets hammered while the other five sit idle": the same skew, told without a share.
    String.raw`|\b(?:one|a single|only one|just one)\s+(?:[a-z0-9-]+\s+)?(?:pod|replica|instance)\s+(?:gets|is getting|got|is|was)\s+(?:hammered|slammed|pegged|overloaded|maxed out|all the (?:traffic|load|requests|calls))\b|\bthe others?\s+(?:\w+\s+)?(?:sit|sits|sitting|stay|stays|are|remain|remains)\s+idle\b`,
  'i',
);
/**
 * gRPC (one long-lived HTTP/2 connection) over a ClusterIP, without a mesh balancing each request:
 * kube-proxy balances connections, so the callers must balance over every pod's address themselves.
 */
const GRPC_WORD = /\bgrpc\b/i;
/**
 * "Isn't the service supposed to load balance?", "why does one pod get it all?": a question of how
 * Services balance, the knowledge's to explain, not a setup told for a recommendation.
 */
const ASKS_WHY_UNBALANCED = /\b(?:supposed|meant|expected)\s+to\s+(?:load[- ]?balance|balance|spread|distribute)\b|(?:^|[.?!,;]\s*)why\b/i;
const MESH_RUNNING = /\b(?:istio|linkerd|consul connect|kuma)\b/i;
/** A mesh named as one not in use: "no mesh", "we looked at adding a mesh like Linkerd", "without istio". */
const MESH_NOT_IN_USE =
  /\b(?:no|without|not using|looked at|looking at|considered|considering|thought about|evaluated|evaluating|adding|add|installing)\s+(?:an?\s+|the\s+)?(?:service\s+)?(?:mesh\s+)?(?:like\s+|such as\s+)?(?:istio|linkerd|consul connect|kuma)\b/gi;
const meshRunning = (text: string): boolean => MESH_RUNNING.test(text.replace(MESH_NOT_IN_USE, ' '));
const CLUSTER_IP_WORD = /\bcluster ?ip\b/i;

/**
 * Requests told apart by a custom header they send ("clients sending `x-game-version: beta`", "requests with X-Canary: true"):
 * a header match. Not the headers proxies set about the client (X-Forwarded-For, X-Real-IP), nor a request id.
 */
const ROUTED_BY_CUSTOM_HEADER =
  /\b(?:requests?|clients?|traffic|calls?|users?|callers?)\s+(?:that\s+)?(?:sending|send|sends|with|carrying|carry|setting|set|having)\s+(?:an?\s+|the\s+)?[`'"]?x-(?!forwarded\b|forwarded-|real-ip\b|request-id\b)[a-z0-9]+(?:-[a-z0-9]+)*[`'"]?(?:\s*[:=]\s*[`'"]?[a-z0-9.-]+)?[`'"]?\s+(?:go\s+|goes\s+|get\s+)?(?:to|sent to|routed to|land on|hit)\b/i;

function splitsTraffic(text: string): boolean {
  if (SHARE_OF_TRAFFIC.test(text)) return true;
  const shares = [...text.matchAll(SHARE)].map((m) => Number(m[1]));
  if (shares.some((a, i) => shares.slice(i + 1).some((b) => a > 0 && b > 0 && a + b === 100))) return true;
  if (!TRAFFIC_WORD.test(text)) return false;
  return [...text.matchAll(RATIO)].some((m) => Number(m[1]) + Number(m[2]) === 100 && Number(m[1]) > 0 && Number(m[2]) > 0);
}

/** A noun's possessive "'s" (not "it's", "that's", "let's", "what's", "there's", "here's", "he's"…). */
const POSSESSIVE = /\b(?!(?:it|that|let|what|there|here|he|she|who|where|how)['\u2019]s\b)([a-z0-9-]+)['\u2019]s\b/gi;

/**
 * One lower-case word in parentheses between two words ("another (peered) VPC"): it qualifies what follows.
 * An abbreviation in capitals glosses what came before ("runners as pods (ARC) in the cluster") and stays apart.
 */
const PARENTHESISED_WORD = /(?<=[A-Za-z0-9]\s)\(([a-z][a-z-]*)\)(?=\s[A-Za-z0-9])/g;

/** The words of a message, with a clause break at punctuation so phrases and negation stay inside a clause. */
export function messageWords(text: string): string[] {
  const words: string[] = [];
  // "my blog + nextcloud", "grafana & kibana": a list's join, read as the "and" it stands for.
  // "in another (peered) VPC": one word in parentheses inside a noun phrase is part of it, not a clause of its own (PARENTHESISED_WORD).
  for (const clause of text.replace(/\s[+&]\s/g, ' and ').replace(PARENTHESISED_WORD, '$1').split(/[,;:!?()[\]{}\n"“”]|\.(?=\s|$)|\s[-–—]\s/)) {
    // "the app's endpoint" is one app, not "apps": a possessive is not a plural.
    const clauseWords = phraseWords(clause.replace(POSSESSIVE, '$1'), false);
    if (clauseWords.length === 0) continue;
    if (words.length > 0) words.push(CLAUSE_BREAK);
    words.push(...clauseWords);
  }
  return words;
}

/** Names that end in "s" but are no plural: "NATS" is not more than one "NAT" (a firewall's). */
const NOT_PLURAL = new Set(['nats']);
/** One trailing plural "s" off, so "customer" and "customers" are one word ("ss" words kept). */
const singular = (word: string): string => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !NOT_PLURAL.has(word) ? word.slice(0, -1) : word);

/**
 * Whether a message word is the phrase word: equal, a plural either way, or a prefix for
 * `word*`. `exact` phrases (hints such as "apps", which are about the plural) match as written.
 */
function wordMatches(want: string, word: string, exact: boolean): boolean {
  if (want.endsWith('*')) return word.startsWith(want.slice(0, -1));
  return word === want || (!exact && (word === `${want}s` || singular(word) === singular(want)));
}

/**
 * The positions of the words `phrase` matches starting at `at`, or null. Words a `*` gap jumps
 * are not part of the match, so "single public https site" still says "public" and "https".
 */
function matchAt(phrase: readonly string[], words: readonly string[], at: number, exact: boolean, p = 0): number[] | null {
  if (p === phrase.length) return [];
  const want = phrase[p] as string;
  if (want === '*') {
    for (let gap = 0; gap <= 2; gap++) {
      // Nor a negator: "k3s with --disable traefik" is not "k3s * traefik".
      if (gap > 0 && (words[at + gap - 1] === undefined || GAP_STOPS.has(words[at + gap - 1] as string) || NEGATORS.has(words[at + gap - 1] as string))) break;
      const rest = matchAt(phrase, words, at + gap, exact, p + 1);
      if (rest) return rest;
    }
    return null;
  }
  const word = words[at];
  if (word === undefined || word === CLAUSE_BREAK) return null;
  const rest = wordMatches(want, word, exact) ? matchAt(phrase, words, at + 1, exact, p + 1) : null;
  return rest ? [at, ...rest] : null;
}

/** "MetalLB not allowed", "a load balancer is not an option", "MetalLB isn't installed": negation after the phrase. */
const REFUSED = new Set(['unavailable', 'forbidden', 'banned', 'disallowed', 'prohibited', 'disabled', 'rejected', 'vetoed', 'declined', 'denied', 'refused']);
const NOT_AFTER = new Set(['not', 'isnt', 'arent', 'wasnt', 'never']);
const REFUSAL = new Set(['allowed', 'available', 'possible', 'permitted', 'supported', 'an', 'option', 'an option', 'installed', 'deployed', 'enabled']);
/** "asked for MetalLB and they said no", "MetalLB, the network team answered no": a request turned down, after the phrase. */
const ANSWERED = new Set(['said', 'say', 'says', 'answered', 'replied']);
const ANSWER_NO = new Set(['no', 'nope']);

/** "customers must not reach it", "the internet shouldn't see it": who may not connect, after the phrase. */
const MODALS = new Set(['must', 'should', 'may', 'can', 'will', 'shall']);
const MODALS_NOT = new Set(['mustnt', 'shouldnt', 'cant', 'cannot', 'wont']);
const ACCESS_VERBS = new Set(['reach', 'access', 'see', 'hit', 'call', 'connect', 'use', 'get']);
function deniedAfter(words: readonly string[], end: number): boolean {
  let i = end;
  if (MODALS.has(words[i] ?? '') && words[i + 1] === 'not') i += 2;
  else if (MODALS_NOT.has(words[i] ?? '')) i += 1;
  else return false;
  if (words[i] === 'be' && words[i + 1] === 'able' && words[i + 2] === 'to') i += 3;
  return ACCESS_VERBS.has(words[i] ?? '');
}

function negated(words: readonly string[], start: number, end: number): boolean {
  let reach = NEGATION_REACH;
  let adjacent = true;
  // A phrase that is a negation itself ("disable servicelb", "no metallb") is turned round only by
  // a negator right before it ("didn't disable servicelb"), not by the one before a thing listed
  // ahead of it ("--disable traefik --disable servicelb", "disable traefik and no metallb"), nor by
  // the refusal of the next thing listed after it ("disabled traefik and disabled servicelb").
  const ownNegation = NEGATORS.has(words[start] ?? '');
  for (let i = start - 1; i >= Math.max(0, start - reach); i--) {
    const word = words[i] as string;
    if (word === CLAUSE_BREAK) break;
    if (!NEGATION_FILLER.has(word) && !REFUSAL_FILLER.has(word)) adjacent = false;
    if (ownNegation && !adjacent) break;
    if (NEGATION_FILLER.has(word) || (adjacent && REFUSAL_FILLER.has(word))) reach++;
    // "non" is a prefix: it negates only the word it is joined to ("non-http tcp").
    if (word === 'non' && i !== start - 1) continue;
    if (NEGATORS.has(word) && !DOUBT.has(words[i + 1] ?? '')) return true;
    if (NEGATORS_WITH_OF.has(word) && words[i + 1] === 'of') return true;
  }
  if (ownNegation) return false;
  for (let i = end; i < Math.min(words.length, end + NEGATION_REACH); i++) {
    const word = words[i] as string;
    if (word === CLAUSE_BREAK) break;
    if (REFUSED.has(word) || (NOT_AFTER.has(word) && REFUSAL.has(words[i + 1] ?? '')) || (ANSWERED.has(word) && ANSWER_NO.has(words[i + 1] ?? ''))) return true;
  }
  return deniedAfter(words, end);
}

const hintGroups = new WeakMap<DecisionTree['hints'], DecisionTree['hints'][]>();

/** The tree's hints grouped by question, each group still longest first. */
function hintsByKey(hints: DecisionTree['hints']): DecisionTree['hints'][] {
  let groups = hintGroups.get(hints);
  if (!groups) {
    const byKey = new Map<string, DecisionTree['hints']>();
    for (const hint of hints) byKey.set(hint.key, [...(byKey.get(hint.key) ?? []), hint]);
    groups = [...byKey.values()];
    hintGroups.set(hints, groups);
  }
  return groups;
}

/** Whether the negated phrase ending at `negatedEnd` reaches on to the phrase at `start`. */
function carriesNegation(words: readonly string[], negatedEnd: number, start: number): boolean {
  if (negatedEnd < 0 || start < negatedEnd || start - negatedEnd > NEGATION_CARRY) return false;
  for (let i = negatedEnd; i < start; i++) {
    const word = words[i] as string;
    if (!CARRY_WORDS.has(word)) return false;
  }
  return true;
}

/** Phrases by their first word (as written and singular), and those starting with a prefix. */
interface PhraseIndex<T> {
  byWord: Map<string, { rank: number; item: T }[]>;
  /** Prefix phrases ("internal app*") by their prefix's first two letters, so a word tries only its own. */
  byPrefix: Map<string, { prefix: string; rank: number; item: T }[]>;
}

const indexes = new WeakMap<readonly object[], PhraseIndex<unknown>>();

function indexFor<T extends { words: string[] }>(candidates: readonly T[]): PhraseIndex<T> {
  const cached = indexes.get(candidates) as PhraseIndex<T> | undefined;
  if (cached) return cached;
  const index: PhraseIndex<T> = { byWord: new Map(), byPrefix: new Map() };
  candidates.forEach((item, rank) => {
    const first = item.words[0] as string;
    if (first.endsWith('*')) {
      const prefix = first.slice(0, -1);
      const list = index.byPrefix.get(prefix.slice(0, 2)) ?? [];
      list.push({ prefix, rank, item });
      index.byPrefix.set(prefix.slice(0, 2), list);
      return;
    }
    for (const key of new Set([first, singular(first)])) {
      const list = index.byWord.get(key) ?? [];
      list.push({ rank, item });
      index.byWord.set(key, list);
    }
  });
  indexes.set(candidates, index);
  return index;
}

/**
 * Matches of `candidates` (longest first) in `words`: a longer phrase wins the words it
 * shares with a shorter one, and no word is used twice. Returned by position.
 */
function longestMatches<T extends { words: string[] }>(
  candidates: readonly T[],
  words: readonly string[],
  exact = false,
): { start: number; end: number; item: T }[] {
  const index = indexFor(candidates);
  const found: { rank: number; start: number; used: number[]; item: T }[] = [];
  // The start position each candidate was last tried at, so a phrase indexed twice is tried once.
  const triedAt = new Int32Array(candidates.length).fill(-1);
  const tryAt = (start: number, word: string, rank: number, item: T) => {
    if (triedAt[rank] === start) return;
    triedAt[rank] = start;
    if (!wordMatches(item.words[0] as string, word, exact)) return;
    const used = matchAt(item.words, words, start, exact);
    if (used) found.push({ rank, start, used, item });
  };
  for (let start = 0; start < words.length; start++) {
    const word = words[start] as string;
    if (word === CLAUSE_BREAK) continue;
    for (const key of [word, singular(word), word.endsWith('s') ? word.slice(0, -1) : word]) {
      for (const { rank, item } of index.byWord.get(key) ?? []) tryAt(start, word, rank, item);
    }
    for (const head of word.length >= 2 ? [word.slice(0, 2), word.slice(0, 1)] : [word]) {
      for (const { prefix, rank, item } of index.byPrefix.get(head) ?? []) if (word.startsWith(prefix)) tryAt(start, word, rank, item);
    }
  }
  found.sort((a, b) => a.rank - b.rank || a.start - b.start);
  const taken = new Array<boolean>(words.length).fill(false);
  const accepted: { start: number; end: number; item: T }[] = [];
  for (const { start, used, item } of found) {
    if (used.some((i) => taken[i])) continue;
    for (const i of used) taken[i] = true;
    accepted.push({ start, end: (used.at(-1) as number) + 1, item });
  }
  return accepted.sort((a, b) => a.start - b.start);
}

interface Evidence {
  strong: string[];
  /** Values a vague pattern gave (see Reading.vagueFound). */
  vague: string[];
  weak: string[];
  /** Values only a weak phrase that names a Service kind gave ("externalname for …"): asked about, so last. */
  named: string[];
  /** Values a weak phrase said firmly (see Phrase.firm). */
  firm: string[];
}

const add = (list: string[], value: string) => {
  if (!list.includes(value)) list.push(value);
};

/**
 * Answers found in free text, with what they imply. Never throws; text beyond MAX_FACT_TEXT is
 * not read.
 */
export function extractAnswers(text: string, tree: DecisionTree): Answers {
  const { answers, implied } = readAnswers(text, tree);
  applyImplications(tree, answers, implied);
  return answers;
}

/**
 * What the text itself says, and (apart) what its phrases imply, for `applyImplications`, with
 * the phrases that said it. Phrases for which `skip` is true are not read (the router reads a
 * message once more without the words that only name concepts, see route.ts).
 */
export function readAnswers(
  text: string,
  tree: DecisionTree,
  skip?: (phrase: Phrase) => boolean,
): { answers: Answers; implied: Implication[]; phrases: Phrase[] } {
  const reading = readMessage(text, tree);
  const evidence = new Map<string, Evidence>();
  const evidenceFor = (key: string): Evidence => {
    let e = evidence.get(key);
    if (!e) evidence.set(key, (e = { strong: [], vague: [], weak: [], named: [], firm: [] }));
    return e;
  };
  const implied: Implication[] = [];
  const phrases: Phrase[] = [];
  for (const [key, value] of reading.found) add(evidenceFor(key).strong, value);
  for (const [key, value] of reading.weakFound) add(evidenceFor(key).weak, value);
  for (const [key, value] of reading.vagueFound) add(evidenceFor(key).vague, value);
  const read = reading.said.filter(({ item }) => !skip?.(item));
  for (const { item, value } of read) {
    const e = evidenceFor(item.key);
    add(item.weak ? (namesKind(tree, item) ? e.named : e.weak) : e.strong, value);
    if (item.firm) add(e.firm, value);
  }

  const answers = emptyAnswers();
  for (const [key, e] of evidence) {
    const values = e.strong.length > 0 ? e.strong : e.vague.length > 0 ? e.vague : specificFirst(tree, key, e.weak.length > 0 ? e.weak : e.named, FRONT_DOOR.test(reading.text) ? e.firm : []);
    if (values.length === 1) answers.facts.set(key, values[0] as string);
    else if (values.length > 1) answers.contested.set(key, values);
    if (values.length === 1 && e.strong.length === 0 && e.vague.length === 0 && !e.firm.includes(values[0] as string)) (answers.weak ??= new Set()).add(key);
  }
  // "I hit it once from my laptop, but partners call it from their servers": the asker's own look is
  // not all; another party is a second audience, outside, that a tunnel does not serve. Ask who.
  if (reading.partyCalls && answers.facts.get('a') === 'laptop' && tree.question('a')) {
    answers.facts.delete('a');
    answers.weak?.delete('a');
    answers.contested.set('a', ['laptop', 'out']);
  }
  // "We give our partners `kubectl port-forward` access": the tunnel is how another party gets in today,
  // named as the kind in place, not the asker's own look; the party is who connects.
  const laptopBy = read.filter(({ item, value }) => item.key === 'a' && value === 'laptop');
  if (reading.partyGiven && answers.facts.get('a') === 'laptop' && laptopBy.length > 0 && laptopBy.every(({ item }) => namesKind(tree, item)) && tree.question('a')) {
    answers.facts.set('a', 'out');
    answers.weak?.delete('a');
  }
  settleContests(reading.text, answers, reading.refused, reading.said);
  // The Service an Ingress, Gateway or route sends to: customers and the public reach the entry point,
  // whose pods reach the Service ("customers hit our Gateway; the backend Service the route points at, which type?").
  // Unless they are said to reach the Service itself too ("directly", "bypassing the ingress").
  const contestedAudience = answers.contested.get('a');
  if (reading.behindEntry && contestedAudience?.includes('pods') && contestedAudience.every((v) => ['pods', 'internet', 'out', 'private'].includes(v)) && !REACHED_DIRECTLY.test(reading.text)) {
    answers.contested.delete('a');
    answers.facts.set('a', 'pods');
    answers.weak?.delete('a');
  }
  settleByPart(reading.text, tree, answers);
  settleOutsidePart(reading.text, tree, answers);
  // "A legacy service at legacy.corp.internal, outside the cluster": where the thing the pods
  // call runs, said of something outside, is not who connects. Only where-words said it.
  const outsideBy = read.filter(({ item, value }) => item.key === 'a' && value === 'out').map(({ item }) => item.words.join(' '));
  if (answers.facts.get('a') === 'out' && evidence.get('t')?.strong.includes('outside') && answers.facts.get('t') === 'outside' && outsideBy.length > 0 && outsideBy.every((w) => WHERE_OUTSIDE.has(w))) {
    answers.facts.delete('a');
    answers.weak?.delete('a');
  }
  // "The app calls `billing-db`; the DB moves to a managed service at …rds.amazonaws.com over the
  // VPN": the VPN is how pods reach what is outside, not a network whose clients call in.
  const privateBy = read.filter(({ item, value }) => item.key === 'a' && value === 'private').map(({ item }) => item.words.join(' '));
  const outsideTarget = evidence.get('t')?.strong.includes('outside') === true || evidence.get('t')?.vague.includes('outside') === true;
  if (answers.facts.get('a') === 'private' && outsideTarget && answers.facts.get('t') === 'outside' && privateBy.length > 0 && privateBy.every((w) => PATH_TO_OUTSIDE.has(w)) && POD_CALLS.test(reading.text)) {
    answers.facts.set('a', 'pods');
    answers.weak?.delete('a');
  }
  // A balancer of the asker's own sending to the nodes ("the F5 forwards 443 to the worker nodes")
  // takes clients in from outside: it outweighs pods only hinted at as callers, and set against pods
  // said outright to be the callers, who connects is asked rather than guessed.
  const fromBalancer = read.some(({ item, value }) => item.key === 'mlb' && value === 'no' && value === item.value && BALANCER_AT_NODES.test(item.words.join(' ')));
  if (fromBalancer && answers.facts.get('a') === 'pods' && tree.question('a')?.options.some((o) => o.value === 'out')) {
    if (evidence.get('a')?.strong.includes('pods')) {
      answers.facts.delete('a');
      answers.weak?.delete('a');
      answers.contested.set('a', ['pods', 'out']);
    } else settle(answers, 'a', 'out', true);
  }
  doubtAlternatives(reading.text, tree, answers);
  opposeStated(reading.text, tree, answers);
  opposeKeptInCluster(reading.text, answers, tree);
  askWhoCallsWorker(reading.text, answers, tree);
  reachedThroughProxy(reading.text, answers, tree);
  // "a minikube on my laptop, but it has to serve 200 branch offices in production": a cluster on
  // one's own machine, said outright, and production for clients beyond it. Neither is the asker's
  // slip to guess at; where it is to run is asked, however sure the whole-message reading is.
  const servesOthers = ['out', 'private', 'internet'].includes(answers.facts.get('a') ?? '');
  if (answers.facts.get('e') === 'local' && evidence.get('e')?.strong.includes('local') && answers.facts.get('s') === 'prod' && evidence.get('s')?.strong.includes('prod') && servesOthers) {
    const where = tree.question('e')?.options.map((o) => o.value) ?? [];
    if (where.length > 1) {
      oppose(answers, 'e', where);
    }
  }
  // "expose the vector db", "need to expose redis", "how should our kafka be exposed": a database or broker made reachable, to whom unsaid. Its
  // clients are most often the app's pods, sometimes a laptop or VMs elsewhere: asked, not assumed outside.
  const audienceBy = read.filter(({ item }) => item.key === 'a');
  if (
    answers.facts.get('a') === 'out' &&
    answers.facts.get('p') === 'tcp' &&
    (DATA_STORE.test(reading.text) || BROKER.test(reading.text)) &&
    audienceBy.length > 0 &&
    audienceBy.every(({ item }) => EXPOSE_WORDS.has(item.words.join(' '))) &&
    evidence.get('a')?.vague.length === 0 &&
    !reading.found.some(([key]) => key === 'a') &&
    !CALLER_NAMED.test(reading.text)
  ) {
    answers.facts.delete('a');
    answers.weak?.delete('a');
    (answers.unsure ??= new Set()).add('a');
  }
  // The Ingress controller's own Service asked about: a TCP port pair from outside, one Service,
  // whatever the HTTP apps routed through it speak or how many there are. On bare metal with
  // nothing handing out addresses, that Service is a NodePort behind the HTTP apps' one entry:
  // the Ingress-on-NodePort pattern, read as the HTTP apps it serves.
  if (asksControllerType(reading.text) && tree.question('p')?.options.some((o) => o.value === 'tcp')) {
    const onNodePorts = asksIngressControllerType(reading.text) && answers.facts.get('e') === 'bare' && answers.facts.get('mlb') !== 'yes' && !answers.contested.has('mlb');
    for (const [key, value] of onNodePorts ? ([['p', 'http'], ['m', 'many']] as const) : ([['p', 'tcp'], ['m', 'one']] as const)) {
      if (!tree.question(key)) continue;
      settle(answers, key, value, true);
    }
    // "ingress-nginx installed, its controller svc is a LoadBalancer, pending": the controller installed is the one
    // whose Service is asked about, not one already reachable to route through.
    if (onNodePorts && answers.facts.get('ic') === 'yes') {
      answers.facts.delete('ic');
      answers.weak?.delete('ic');
    }
    if (!answers.facts.has('a') && !answers.contested.has('a') && tree.question('a')) answers.facts.set('a', 'out');
  }
  // What a phrase implies counts when its own answer stands: a weak "headless" that "stateless"
  // outweighs says nothing about who connects.
  for (const { item, value } of read) {
    if (value !== item.value) continue;
    if (answers.facts.get(item.key) === value) for (const [k, v] of Object.entries(item.implies)) implied.push([k, v, !item.weak]);
    phrases.push(item);
  }
  // A home machine implies a demo, but not a site put on the internet on a domain of the asker's
  // own ("pi at home, my blog on my own domain with let's encrypt"): that is meant to stay up.
  if (answers.facts.get('a') === 'internet' && OWN_DOMAIN.test(reading.text) && !answers.facts.has('s')) {
    for (let i = implied.length - 1; i >= 0; i--) if (implied[i]?.[0] === 's' && implied[i]?.[1] === 'demo') implied.splice(i, 1);
  }
  // "Route gRPC methods, and some TCP too" under the Gateway API: the routed protocol its phrase
  // implies leads, as when both are named (see settleContests).
  const routedImplied = implied.find(([k, v, strong]) => k === 'p' && strong && v !== 'tcp' && GATEWAY_ROUTES.has(v))?.[1];
  if (routedImplied && answers.facts.get('p') === 'tcp' && answers.facts.get('r') === 'gateway' && !answers.weak?.has('r')) answers.facts.set('p', routedImplied);
  // "LAN only; the tv apps hit it on a fixed ip at port 32400, like before": clients outside that
  // address it by an IP and a port of its own, told outright, and by no host name. An Ingress serves
  // host names on ports 80 and 443; this is the port served as is, as a TCP port is.
  const endpoint = FIXED_ENDPOINT.exec(reading.text);
  const endpointPort = Number(endpoint?.[1] ?? endpoint?.[2] ?? endpoint?.[3] ?? 0);
  const outsideClients = ['out', 'private', 'internet'].includes(answers.facts.get('a') ?? '');
  const spoken = answers.facts.get('p');
  if ((spoken === 'http' || (spoken === undefined && !answers.contested.has('p'))) && endpointPort > 0 && endpointPort !== 80 && endpointPort !== 443 && outsideClients && !reading.hostNamed && !OWN_DOMAIN.test(reading.text) && tree.question('p')?.options.some((o) => o.value === 'tcp')) {
    settle(answers, 'p', 'tcp', true);
    answers.portKept = endpointPort;
  }
  // k3s ships Traefik (behind ServiceLB, on the nodes' ports 80 and 443): several HTTP services
  // there share the Ingress controller it already runs, and so does one served at a host name or
  // on the web's standard ports ("blog.example.dev", "the router forwards 80/443"), which a
  // NodePort cannot give; unless the text says Traefik was turned off (ic=no). So is one on a
  // domain of the asker's own or with HTTPS ("I have a domain", "with https"), on port 80 or 443
  // alone, or for people on the LAN or the internet rather than a demo: the way in that lasts there.
  const web = answers.facts.get('p') === 'http';
  // Not where the asker says there are no DNS names to route by ("I don't have DNS set up"): the node's address and port are the way in.
  const lasting = (answers.facts.get('a') === 'private' || answers.facts.get('a') === 'internet') && answers.facts.get('s') !== 'demo' && !PERSONAL.test(reading.text) && !NO_DNS.test(reading.text);
  const servedByTraefik =
    answers.facts.get('m') === 'many' ||
    (web && (reading.hostNamed || WEB_PORTS.test(reading.text) || reading.port === 80 || reading.port === 443 || OWN_DOMAIN.test(reading.text) || lasting));
  // With ServiceLB turned off, Traefik's LoadBalancer Service gets no address, so the nodes' ports 80
  // and 443 are not served ("servicelb disabled, router forwards 80/443 to a node"): not a controller
  // ready to use; it is reached on its NodePorts, as any controller without a load balancer.
  const traefikUnserved = answers.facts.get('mlb') === 'no' && SERVICELB_OFF.test(reading.text);
  if (K3S.test(reading.text) && servedByTraefik && !traefikUnserved && !answers.facts.has('ic') && !answers.contested.has('ic') && tree.question('ic')) implied.push(['ic', 'yes', false]);
  // k3s ships ServiceLB too: a raw TCP or UDP port there gets the nodes' addresses on its own port
  // from a LoadBalancer Service ("ssh for gitea on k3s"), unless ServiceLB was turned off; a demo
  // still needs nothing beyond a NodePort, so not then.
  const transport = answers.facts.get('p') === 'tcp' || answers.facts.get('p') === 'udp';
  // Only for clients outside: ServiceLB's mlb=yes says they are, which pods in the cluster are not.
  const outside = ['out', 'private', 'internet'].includes(answers.facts.get('a') ?? '') && !read.some(({ item, value }) => item.key === 'a' && value === 'pods');
  // "k3s, no metallb installed": MetalLB is not all there is; ServiceLB, built in, still hands out the
  // nodes' addresses unless it was turned off too. Said of MetalLB by name, the load balancer is on the
  // asker's mind, so ServiceLB answers even at home.
  const refusedMlb = read.filter(({ item, value }) => item.key === 'mlb' && value === 'no');
  const onlyMetallbRefused =
    refusedMlb.length > 0 && refusedMlb.every(({ item }) => item.words.some((w) => /^metal-?lb$|^metal$/.test(w))) && !SERVICELB_OFF.test(reading.text);
  if (K3S.test(reading.text) && transport && outside && onlyMetallbRefused && answers.facts.get('mlb') === 'no' && tree.question('mlb')) {
    answers.facts.set('mlb', 'yes');
    answers.weak?.delete('mlb');
  }
  if (K3S.test(reading.text) && transport && outside && answers.facts.get('s') !== 'demo' && !answers.facts.has('mlb') && !answers.contested.has('mlb') && tree.question('mlb')) implied.push(['mlb', 'yes', false]);
  // Hetzner Cloud's load balancers forward TCP, HTTP and HTTPS only: for UDP there a LoadBalancer
  // Service gets nothing to carry it, as on bare metal with none (the nodes' public addresses remain).
  // Not on k3s with its ServiceLB (klipper-lb) on: that binds the UDP port on the node itself, no cloud balancer needed.
  const serviceLbOn = K3S.test(reading.text) && !SERVICELB_OFF.test(reading.text);
  if (NO_UDP_LB_CLOUD.test(reading.text) && !serviceLbOn && answers.facts.get('e') === 'cloud' && answers.facts.get('p') === 'udp' && tree.question('mlb')) {
    answers.facts.set('e', 'bare');
    answers.facts.set('mlb', 'no');
    answers.weak?.delete('e');
  }
  // A cloud's machines without its integration ("rke2 on plain linode VMs, no cloud controller"),
  // or a cloud account barred from creating load balancers ("SCP denies elasticloadbalancing:Create*"):
  // a LoadBalancer Service stays <pending> there, as on bare metal with none.
  const noCloudLbs = LB_CREATION_DENIED.test(reading.text) || LB_PAYMENT_REFUSED.test(reading.text);
  if ((noCloudLbs || NO_CLOUD_CONTROLLER.test(reading.text)) && (answers.facts.get('e') === 'cloud' || answers.contested.get('e')?.includes('cloud')) && tree.question('e')) {
    settle(answers, 'e', 'bare', true);
    if (noCloudLbs && tree.question('mlb') && !answers.contested.has('mlb')) answers.facts.set('mlb', 'no');
  }
  // An Ingress controller ruled out in a list a phrase cannot span ("security forbids NodePorts, hostPort and installing
  // an ingress controller"): the HTTP app needs a Service of its own. With NodePorts ruled out beside it and nothing to hand
  // out load balancer addresses, every way in is refused: whether a load balancer can be had is the asker's to settle.
  if (CONTROLLER_BARRED.test(reading.text) && tree.question('ic')?.options.some((o) => o.value === 'barred')) settle(answers, 'ic', 'barred', true);
  if (answers.facts.get('ic') === 'barred' && NODEPORT_BARRED.test(reading.text) && answers.facts.get('mlb') !== 'yes' && tree.question('mlb')) {
    oppose(answers, 'mlb', ['yes', 'no']);
  }
  // A balancer of the datacenter's own (an F5, a NetScaler, the corporate or hardware HAProxy) sending to the nodes stands
  // where a cloud's load balancer would not: the cluster is on-prem, with no cloud load balancer of its own.
  if (DATACENTER_BALANCER.test(reading.text) && answers.facts.get('mlb') === 'no' && !answers.facts.has('e') && !answers.contested.has('e') && tree.question('e')) implied.push(['e', 'bare', false]);
  // The client's address wanted of raw TCP or UDP that a balancer in front rewrites (SNAT), with the balancer's settings and
  // PROXY protocol ruled out: no Service setting brings the address back, so whether it is really needed is asked.
  if (answers.facts.get('ip') === 'yes' && ['tcp', 'udp'].includes(answers.facts.get('p') ?? '') && SNAT_KEPT.test(reading.text) && tree.question('ip')) {
    oppose(answers, 'ip', ['yes', 'no']);
  }
  // One service now and more said to be coming ("just one for now, but 5-6 more are coming this
  // year"): the entry point is for all of them.
  if (MORE_COMING.test(reading.text) && answers.facts.get('m') !== 'many' && tree.question('m')?.options.some((o) => o.value === 'many')) {
    settle(answers, 'm', 'many', true);
    answers.unsure?.delete('m');
  }
  // A database or cache with nothing said about who connects: the app's own pods, as for nearly
  // every one; weak, so any other hint about clients cancels it and the question is asked.
  if (DATA_STORE.test(reading.text) && answers.facts.get('p') === 'tcp' && !answers.facts.has('a') && !answers.contested.has('a') && !answers.unsure?.has('a') && tree.question('a')) implied.push(['a', 'pods', false]);
  // A headless Service proposed for an app balanced over its replicas ("made my stateless deployment headless to get load
  // balancing"): a headless Service has no address outside the cluster, so pods are who call it, and a ClusterIP balances them.
  if (reading.mentions.includes('headless') && answers.facts.get('t') === 'app' && !answers.weak?.has('t') && !answers.facts.has('a') && !answers.contested.has('a') && !answers.unsure?.has('a') && tree.question('a')) implied.push(['a', 'pods', false]);
  // A URL to configure in an app ("the frontend needs the backend's URL in an env var"): the
  // app's pods call it.
  if (CONFIGURED_URL.test(reading.text) && !answers.facts.has('a') && !answers.contested.has('a') && tree.question('a')) implied.push(['a', 'pods', false]);
  // One workload calling another in a different namespace, with nothing said about clients from
  // elsewhere: pods call a Service by its full name, whatever else ("do we need an ingress?") is named.
  if (reading.callsAcrossNamespaces && !answers.facts.has('a') && !answers.contested.has('a') && tree.question('a')) implied.push(['a', 'pods', true]);
  // Pods that reach a host name or address outside the cluster reach something outside it,
  // unless the text says what they reach.
  // Not where a service registry is named ("registered in Cloud Map … called backend.local",
  // "via consul DNS"): its names are the services' own, moving into the cluster with them.
  // Nor where the message says the thing itself runs in the cluster ("postgres is up in the
  // cluster … so it gets a nice hostname like pg.billing.internal"): the name is one it would get.
  if (reading.outsideAddress && !SERVICE_REGISTRY.test(reading.text) && !RUNS_IN_CLUSTER.test(reading.text) && answers.facts.get('a') === 'pods' && !answers.facts.has('t') && !answers.contested.has('t') && tree.question('t')) implied.push(['t', 'outside', false]);
  // "How does flask talk to postgres" on minikube: an app of the cluster calling its database says who
  // connects (pods), however weakly "talk to" alone says it; where the cluster runs does not replace that
  // (a local cluster's "reached from this machine" only fills a question the message left open).
  if (answers.facts.get('a') === 'pods' && answers.weak?.has('a') === true && APP_CALLS_STORE.test(reading.text) && !OWN_MACHINE_CALLER.test(reading.text)) answers.weak.delete('a');
  // "Our functions run in the cluster itself and they call redis; how do I expose redis to them": the callers are
  // said to run in the cluster, so pods reach the store, whatever "expose" alone suggests.
  if (!answers.facts.has('a') && !answers.contested.has('a') && CALLERS_IN_CLUSTER.test(reading.text) && APP_CALLS_STORE.test(reading.text) && !OWN_MACHINE_CALLER.test(reading.text) && tree.question('a')) {
    answers.facts.set('a', 'pods');
    answers.unsure?.delete('a');
    answers.hinted?.delete('a');
  }
  // "My friends want to see my app, it runs in minikube on my laptop": other people on their own machines
  // cannot reach a local cluster at all (its NodePorts answer on this machine only). Nothing in the cluster
  // serves them; ask who, rather than read it as the asker's own look from outside.
  if (answers.facts.get('e') === 'local' && !answers.contested.has('e') && OTHER_PEOPLE_REACH.test(reading.text) && !SAME_PLACE.test(reading.text) && tree.question('a')) {
    answers.facts.delete('a');
    answers.weak?.delete('a');
    answers.contested.set('a', ['laptop', 'internet']);
    for (let i = implied.length - 1; i >= 0; i--) if (implied[i]?.[0] === 'a') implied.splice(i, 1);
  }
  answers.mentions = [...reading.mentions];
  for (const key of reading.hinted) {
    if (answers.facts.has(key) || answers.contested.has(key)) continue;
    (answers.unsure ??= new Set()).add(key);
    (answers.hinted ??= new Set()).add(key);
  }
  if (reading.port !== undefined) answers.port = reading.port;
  if (reading.hostNamed) answers.hostNamed = true;
  if (reading.hosts[0] !== undefined) answers.host = reading.hosts[0];
  for (const { key, negated } of reading.refused) {
    if (answers.facts.get(key) === negated) (answers.byRefusal ??= new Set()).add(`${key}=${negated}`);
  }
  return { answers, implied, phrases };
}

/** Verbs that ask for a port to be reachable: "expose ssh", "open up the game port". */
const EXPOSE_VERB = String.raw`(?:expose|exposing|open|open up|opening|publish|publishing)`;
/** Clouds whose load balancers carry no UDP (Hetzner Cloud: TCP, HTTP and HTTPS only). */
const NO_UDP_LB_CLOUD = /\b(?:hetzner|hcloud)\b/i;
/** A cloud's machines run without its integration: "no cloud controller (manager)", "without the CCM", "no cloud provider integration". */
const NO_CLOUD_CONTROLLER =
  /\b(?:no|without(?: an?| the| any)?|not running(?: an?| the)?|missing(?: the)?|lacks?(?: an?| the)?)\s+(?:[a-z]+\s+)?(?:cloud[- ]controller(?:[- ]manager)?s?|ccm|cloud[- ]provider(?: integration)?s?)\b/i;
/**
 * Creating any load balancer refused ("security blocks teams from creating any AWS load balancers",
 * "an SCP denies elasticloadbalancing:Create*"): not too many of them, none at all.
 */
const LB_CREATION_DENIED =
  /\b(?:blocks?|blocked|den(?:y|ies|ied)|forbids?|forbidden|prohibits?|prohibited|(?:not|aren'?t|isn'?t) (?:allowed|permitted) to|can'?t|cannot|can not|may not|unable to)\s+(?:[a-z]+\s+){0,3}?(?:creat(?:e|ing)|provision(?:ing)?|spin(?:ning)? up|mak(?:e|ing))\s+any\s+(?:(?:new|aws|azure|gcp|google|cloud|external)\s+)*(?:load ?balancers?|lbs?|elbs?|albs?|nlbs?)\b|\belasticloadbalancing:\s*create/i;
/** Words that rule something out, before it ("security forbids …", "we are not allowed to …"). */
const RULES_OUT = String.raw`\b(?:forbids?|forbidden|forbade|prohibits?|prohibited|bans?|banned|vetoe?[sd]?|disallows?|disallowed|(?:not|n'?t) (?:allowed|permitted) to|may not|must not)\b`;
/** What follows a refusal up to the thing refused, never across a clause that takes it back ("… but we already run one"). */
const REFUSAL_REACH = String.raw`(?:(?!\b(?:but|though|however|already|have|has|except)\b)[^.;!?]){0,80}?`;
/**
 * Running an Ingress controller ruled out ("security forbids NodePorts, hostPort/hostNetwork and installing an ingress
 * controller", "we're not allowed to deploy an ingress controller", "policy bans ingress controllers"): not one to install
 * later, a way in refused.
 */
const CONTROLLER_BARRED = new RegExp(
  String.raw`${RULES_OUT}${REFUSAL_REACH}\b(?:install(?:ing)?|run(?:ning)?|deploy(?:ing)?|add(?:ing)?|us(?:e|ing))\s+(?:an?\s+|any\s+)?ingress[- ]controllers?\b|${RULES_OUT}\s+(?:any\s+|all\s+)?ingress[- ]controllers?\b`,
  'i',
);
/** NodePorts ruled out: "security forbids NodePorts", "nodeports are not allowed". */
const NODEPORT_BARRED = new RegExp(String.raw`${RULES_OUT}${REFUSAL_REACH}\bnode ?ports?\b|\bnode ?ports?\s+(?:are\s+|is\s+)?(?:not (?:allowed|permitted)|forbidden|banned|prohibited|disallowed)\b`, 'i');
/**
 * Paying for any cloud load balancer refused ("i refuse to pay for a LB", "won't pay for a load balancer at all"): no
 * load balancer, so a LoadBalancer Service (and an Ingress controller behind one) is out, as on bare metal with none.
 * Not fewer of them ("won't pay for a load balancer per service", "for 6 LBs"): that is the cost question.
 */
const LB_PAYMENT_REFUSED =
  /\b(?:refuses?|refused|refusing|won'?t|wont|will not|not going to|not willing to|unwilling to)\s+(?:to\s+)?(?:pay|spend(?:\s+money)?)\s+(?:for|on)\s+(?:an?|any|one)\s+(?:(?:cloud|managed|external|extra)\s+)?(?:lb|load ?balancer|nlb|elb|alb)\b(?!\s*(?:per|for each|for every|each)\b)/i;
/** A datacenter's own balancer by name: an F5 (BIG-IP), a NetScaler (Citrix ADC), a hardware or corporate HAProxy. */
const DATACENTER_BALANCER = /\b(?:f5|big-?ip|netscaler|citrix adc|(?:hardware|physical|corporate|corp|datacenter|dc)\s+(?:haproxy|load ?balancers?|lbs?|balancers?|appliances?))\b/i;
/**
 * A balancer in front that rewrites the client's address (SNAT), with changing it ruled out ("the F5 SNATs everything, and we
 * are not allowed to change the F5 config or add proxy protocol"): the client's address never reaches the cluster.
 */
const SNAT_KEPT = new RegExp(
  String.raw`^(?=[\s\S]*\bsnats?(?:ing|ed|s)?\b)(?=[\s\S]*\b(?:(?:not|n'?t) (?:allowed|permitted) to|can'?t|cannot|may not|must not|no way to)\s+(?:[a-z]+\s+){0,2}?(?:change|touch|modify|reconfigure|add|enable|turn on)\b[^.;!?]{0,60}?\b(?:f5|big-?ip|netscaler|haproxy|balancer|lb|config(?:uration)?|proxy[- ]protocol|snat)\b)`,
  'i',
);
/** More services said to be on their way: "5-6 more are coming this year", "more apps to come", "others will follow". */
const MORE_COMING =
  /\b(?:more|others)\s+(?:(?:[a-z]+\s+)?(?:services|svcs|apps|apis|microservices|backends|sites|websites|frontends)\s+)?(?:are\s+|will\s+be\s+)?(?:coming|planned|on the way|to come|to follow|will follow|in the pipeline|lined up)\b/i;
/** How a project began, which says nothing of whom it serves now. */
const PROJECT_ORIGIN: ReadonlySet<string> = new Set(['side project', 'hobby', 'pet project']);
/** k3s, but not "plain kubeadm (not k3s)" or "non-k3s". */
const K3S = /(?<!\b(?:not|non|no)[\s(-]*)\bk3s\b/i;
/** k3s's ServiceLB (klipper-lb) turned off, or every load balancer denied: "--disable servicelb", "no LB of any kind". */
const SERVICELB_OFF = /\b(?:servicelb|service lb|klipper(?:-lb)?)\b|\bno (?:lb|load ?balancer)s? (?:of any kind|at all)\b|\bno (?:lb|load ?balancer)s?\b(?! ?(?:ip|address))/i;
/** A domain or HTTPS of the asker's own: "I have a domain", "on my own domain", "with https", "a TLS cert". */
const OWN_DOMAIN = /\b(?:(?:have|got|own|bought|my|our)\s+(?:a\s+|an\s+|own\s+)?(?:custom\s+)?domain|with\s+(?:https|tls|ssl)|lets ?encrypt|let'?s encrypt|(?:tls|ssl|https) certs?)\b/i;
/** Service registries whose DNS names address services by name, as cluster DNS does for Services. */
const SERVICE_REGISTRY = /\b(?:cloud ?map|consul|eureka|service discovery|service registry)\b/i;
/** A service registry by its product name. */
const NAMED_REGISTRY = /\b(?:cloud ?map|consul|eureka)\b/i;
/**
 * Who connects, or from where, named in any words: "(used only) by the checkout pods", "metabase cloud needs a
 * permanent connection", "outside k8s", "to the internet".
 */
const CALLER_NAMED =
  /\b(?:by|from|for|to)\s+(?:the\s+|our\s+|my\s+|its\s+|their\s+)?(?:[a-z0-9-]+\s+){0,2}?(?:pods?|apps?|deployments?|jobs?|workers?|services|clients?|users?|vms?|teams?|customers?|partners?|laptops?|machines?)\b|\b(?:needs?|wants?|has to|have to|must)\s+(?:an?\s+)?(?:permanent\s+|stable\s+|direct\s+|constant\s+)?(?:connection|connect|access|reach|hit|talk|query|call)\b|\b(?:outside|external(?:ly)?|public(?:ly)?|internet|on-?prem)\b/i;
/** Brokers and search stores by name: like a database, most often called by the app's own pods. */
const BROKER = /\b(?:kafka|rabbitmq|nats|elasticsearch|opensearch|qdrant|weaviate|milvus)\b/i;
/** Databases and caches by name. */
const DATA_STORE_NAMES = String.raw`(?:databases?|db|dbs|postgres\w*|mysql|mariadb|redis|valkey|memcached|mongo\w*|cassandra|cockroach\w*|mssql|sql server)`;
const DATA_STORE = new RegExp(String.raw`\b${DATA_STORE_NAMES}\b`, 'i');
/** A workload calling a data store: "flask talks to postgres", "the api connects to mysql", "how does my app reach redis". */
const APP_CALLS_STORE = new RegExp(String.raw`\b(?:talks?|talking|connects?|connecting|reach(?:es)?|reaching|calls?|calling)\s+(?:to|with)?\s*(?:the |its |my |our |a |their )?(?:[\w-]+ )?${DATA_STORE_NAMES}\b`, 'i');
/** Callers said to run in the cluster: "services running in the cluster itself", "workers deployed inside our cluster". */
const CALLERS_IN_CLUSTER = /\b(?:running|run|runs|living|live|lives|deployed)\s+(?:in|inside)\s+(?:the|our|my)\s+(?:own\s+)?(?:k8s\s+|kubernetes\s+)?cluster\b/i;
/** The asker's own machine or tool as the caller: "connect to postgres from my laptop", "pgAdmin", "psql". */
const OWN_MACHINE_CALLER = /\bfrom (?:my|our) (?:laptops?|macs?|macbooks?|machines?|computers?|workstations?|pcs?|desktops?|host)\b|\b(?:pgadmin|dbeaver|datagrip|psql|mysql workbench|tableplus|i|we)\s+(?:can(?:no|')?t\s+|want to\s+|need to\s+)?(?:connect|talk|reach)/i;
/** The others are where the asker's machine is: shown in person, on the same LAN or Wi-Fi (a port on the machine reaches them). */
const SAME_PLACE = /\bin person\b|\b(?:office |home |same |local |our |the )?(?:lan|wi-?fi|wlan)\b|\bsame network\b|\bon my screen\b/i;
/**
 * Other people, on machines of their own, wanting to reach the app: "my friends", "teammates on their
 * own laptops", "colleagues at home", "show it to my coworkers".
 */
const OTHER_PEOPLE_REACH = /\b(?:my|our) (?:friends?|teammates?|team ?mates?|colleagues?|co-?workers?|classmates?)\b|\b(?:friends?|teammates?|colleagues?|co-?workers?|classmates?|others)\b[^.?!]{0,60}\b(?:their own|at home|from home|their (?:laptops?|machines?|computers?|phones?|browsers?))\b/i;
/** Another workload's address set in an app's configuration. */
const CONFIGURED_URL = /\b(?:urls?|address|host ?name|endpoint)\b[^.?!]{0,60}\b(?:env(?:ironment)? var(?:iable)?s?|env|config ?map|\.env|app config|config file)\b/i;
/** The workload said to be up in the cluster already: "postgres is up in the cluster", "it's deployed in our cluster". */
const RUNS_IN_CLUSTER = /\b(?:is|are|its|it's|it’s)\s+(?:already\s+)?(?:up|deployed|hosted)\s+(?:in|inside)\s+(?:the|our|my)\s+(?:own\s+)?(?:k8s\s+|kubernetes\s+)?cluster\b/i;
/** Phrases that only say where something is, outside the cluster: of a target as much as of a client. */
/** The words of a phrase that names a balancer of one's own, or the nodes it sends to ("f5 pool", "point at the nodes"). */
const BALANCER_AT_NODES = /\b(?:node\*?|nodes|nodeip\*?|haproxy|f5|big ip|bigip|netscaler|citrix adc|hardware|physical|appliance)\b/;
/** The verb alone, which says it is to be reached but not by whom. */
const EXPOSE_WORDS = new Set(['expose', 'exposing', 'exposed', 'exposure']);
const WHERE_OUTSIDE = new Set(['outside', 'outside the cluster', 'outside of the cluster', 'external', 'externally']);
/** No DNS names of the asker's to route by: "I don't have DNS set up", "no DNS", "without a domain". */
const NO_DNS = /\b(?:(?:don'?t|do not|doesn'?t|dont) have|(?:have|has|got) no|no|without(?: an?| any)?)\s+(?:(?:internal|local|proper|real|any)\s+)?(?:dns|domains?|domain names?)\b(?!\s+(?:issues?|problems?|errors?|resolution|lookups?))/i;
/**
 * An address and a port of its own that clients hit: "on a fixed ip at port 32400", "port 8096 on a static IP"; or the
 * port they are built to use ("the tv apps expect port 32400", "hardcoded to port 9000").
 */
const FIXED_ENDPOINT =
  /\b(?:expects?|expecting|hard-?coded?(?:\s+(?:to|on))?|hardwired to)\s+(?:(?:it|the server|the app)\s+(?:on|at)\s+)?port\s*(\d{2,5})\b|\b(?:fixed|static|same|stable|dedicated|own)\s+(?:ip|ip address|address)\b[^.;!?]{0,20}?\b(?:port\s*|:)(\d{2,5})\b|\bport\s*(\d{2,5})\b[^.;!?]{0,20}?\b(?:fixed|static|same|stable|dedicated)\s+(?:ip|ip address|address)\b/i;
/** The web's standard ports named together: "80/443", "ports 80 and 443". */
const WEB_PORTS = /\b80\s*(?:\/|,|&|\+|and)\s*443\b|\b443\s*(?:\/|,|&|\+|and)\s*80\b/;

/** "no idea whether it's on-prem or cloud", "not sure if GKE or bare metal yet": alternatives in doubt. */
const DOUBTED_CHOICE = /\b(?:no idea|not sure|unsure|don'?t know|do not know|undecided|not decided|haven'?t decided|can'?t say|either)\b([^.;!?|]*?\bor\b[^.;!?|]*)/gi;

/**
 * Whether to run something, undecided ("we haven't decided whether to run MetalLB", "not sure if
 * we'll install an ingress controller"): it is not there today, whatever naming it says.
 */
const UNDECIDED_WHETHER =
  /\b(?:(?:haven'?t|have not|not|yet to|still to|hasn'?t|has not)\s+(?:yet\s+)?(?:decided|settled|agreed)|not sure|unsure|no idea|undecided)\s+(?:on\s+)?(?:whether|if)\s+(?:(?:to|we'?ll|we will|we should|we can|we'?d|they'?ll|they will)\s+)?(?:run|use|install|deploy|get|set up|add|allow|enable|have)\b([^.;!?|]*)/gi;

/**
 * Alternatives the asker is unsure between leave that question open: whatever one of them says
 * alone (a strong "on-prem" beside a weak "cloud") is not what the asker told us.
 */
function doubtAlternatives(text: string, tree: DecisionTree, answers: Answers): void {
  for (const match of text.matchAll(UNDECIDED_WHETHER)) {
    const clause = matchMessage(match[1] ?? '', tree);
    const keys = new Set([...clause.found, ...clause.weakFound, ...clause.vagueFound].map(([key]) => key));
    for (const { item } of clause.said) keys.add(item.key);
    // Only what a product to run answers (whether addresses can be handed out, a controller runs):
    // not run yet, so not there today; weak, so anything said of it elsewhere decides.
    for (const key of keys) {
      if ((key !== 'mlb' && key !== 'ic') || !tree.question(key)?.options.some((o) => o.value === 'no')) continue;
      settle(answers, key, 'no');
      (answers.weak ??= new Set()).add(key);
    }
  }
  for (const match of text.matchAll(DOUBTED_CHOICE)) {
    // Matched apart: the cached reading stays the whole message's, which routing reads again.
    const clause = matchMessage(match[1] ?? '', tree);
    const values = new Map<string, Set<string>>();
    const note = (key: string, value: string) => (values.get(key) ?? values.set(key, new Set()).get(key))?.add(value);
    for (const [key, value] of [...clause.found, ...clause.weakFound, ...clause.vagueFound]) note(key, value);
    for (const { item, value } of clause.said) note(item.key, value);
    for (const [key, seen] of values) {
      if (seen.size < 2) continue;
      answers.facts.delete(key);
      answers.contested.delete(key);
      answers.weak?.delete(key);
      (answers.unsure ??= new Set()).add(key);
    }
  }
}

/** Words that set one clause against the next: "internal-only, but customers on the internet…". */
const CONTRAST = /\b(?:but|yet|however|though|although)\b/gi;
/**
 * A claim that it stays inside, exclusively: "internal-only", "only internal", "must stay
 * internal", "no traffic from outside the cluster ever".
 */
const KEPT_INSIDE =
  /\b(?:internal[- ]only|internal use only|only (?:ever )?internal(?:ly)?|(?:stays?|remains?|kept|keep it|purely|strictly|only) internal|(?:never|no traffic|nothing|nobody|no one) (?:[a-z']+ ){0,3}?from outside(?: (?:of )?the cluster)?)\b/i;
/** Raw TCP or UDP said of the workload itself: "it's not http (raw tcp)", "plain TCP", "UDP". */
const TRANSPORT_SAID = /\b(?:not http|non[- ]?http|isn'?t http|not an? http|raw tcp|plain tcp|pure tcp|tcp only|only tcp|raw udp|udp)\b/i;
/** A need only an HTTP router meets: routing by path, host or header ("path routing /v1 /v2"). */
const ROUTED_BY_REQUEST =
  /\b(?:path[- ]?based|path routing|(?:route|routing|routed|split|splitting) (?:it )?by (?:url )?(?:path|host|header)s?|host[- ]?based|host routing|header[- ]?based|different (?:url )?paths|url paths)\b|(?<![\w.:/-])\/[a-z0-9_-]+\s*(?:,|and|&|\+)?\s*\/[a-z0-9_-]+\b/i;

/** A claim that nothing outside the cluster reaches it: "cluster-internal only", "nothing outside the cluster may reach it". */
const CLUSTER_ONLY_CLAIM =
  /\b(?:cluster[- ]internal|(?:nothing|nobody|no one|no traffic|no clients?)\s+(?:from\s+)?outside(?: of)? (?:the |our )?(?:cluster|k8s|kubernetes)|(?:only|just) (?:from )?(?:inside|within) the cluster|(?:inside|within) the cluster only)\b/i;
/** Verbs of a client reaching a server. */
const REACHES = String.raw`(?:reach|reaches|stream|streams|connect|connects|post|posts|send|sends|push|pushes|hit|hits|call|calls|talk|talks|play|plays|watch|watches|access|accesses|upload|uploads|report|reports|use|uses|open|opens|view|views|browse|browses)`;
/**
 * A client outside the cluster that reaches the workload: a device in a home, a plant or a pocket
 * ("the tv in the living room needs to stream from it"), or anything said not to be in the cluster
 * ("the sensors in the plant (not in k8s) post readings to it").
 */
const OUTSIDE_CLIENT = new RegExp(
  String.raw`\b(?:(?:smart )?tvs?|televisions?|phones?|tablets?|consoles?|speakers?|sensors?|cameras?|printers?|scanners?|kiosks?|terminals?|laptops?|devices?|thermostats?)\b[^.;!?]{0,40}?\b${REACHES}\b|\b(?:not in|outside(?: of)?|off) (?:the |our )?(?:k8s|kubernetes|cluster)\b[^.;!?]{0,30}?\b${REACHES}\b`,
  'i',
);

/**
 * "It has to stay cluster-internal only … but the tv in the living room streams from it": a claim
 * that nothing outside the cluster reaches it, and in another sentence or clause a client outside
 * the cluster that does. Which one the asker got wrong is theirs to say: who connects is asked,
 * however sure the whole-message reading is.
 */
function opposeKeptInCluster(text: string, answers: Answers, tree: DecisionTree): void {
  const audience = answers.facts.get('a') ?? answers.contested.get('a')?.find((a) => a === 'pods');
  if (audience !== 'pods' || !CLUSTER_ONLY_CLAIM.test(text) || !tree.question('a')?.options.some((o) => o.value === 'out')) return;
  const clauses = text.split(/[.;!?]+\s+|\b(?:but|yet|however|though|although)\b/i);
  if (!clauses.some((c) => !CLUSTER_ONLY_CLAIM.test(c) && OUTSIDE_CLIENT.test(c))) return;
  const outside = answers.contested.get('a')?.filter((a) => a !== 'pods') ?? [];
  oppose(answers, 'a', ['pods', ...(outside.length > 0 ? outside : ['out'])]);
}

/** A Service asked for a queue worker ("which svc type for the worker?", "what service does the celery worker get"). */
const WORKER_ASKED =
  /\b(?:type|svc|service|services|expose|exposed)\b[^.;!?]{0,25}?\b(?:for|of|does|do|should|on) (?:the|our|my|a|this|that) (?:[a-z0-9-]+ )?(?:worker|workers|consumer|consumers)\b|\b(?:the|our|my) (?:celery|sidekiq|rq|resque|queue|background|job|bullmq|dramatiq) (?:worker|workers|consumer|consumers)\b[^.;!?]{0,20}?\b(?:type|svc|service)\b/i;
/** Something said to connect to the worker, or a port it listens on: then it is a server after all. */
const WORKER_SERVES =
  /\b(?:calls?|called|calling|scrapes?|scraped|scraping|metrics|listens?|listening|serves?|serving|hits?|reach(?:es)?|connects? to|talks? to|port|ports|http|grpc|webhooks?|health ?checks?|probes?)\b|:\d{2,5}\b/i;

/**
 * "Vue frontend, FastAPI backend, Mongo, a Celery worker and Redis: which Service type for the
 * worker?": a queue worker pulls its jobs and listens on nothing, so it may need no Service at all.
 * Unless something is said to connect to it, who does is asked (`workerAsked` makes the reply say so),
 * not guessed from the rest of the stack.
 */
function askWhoCallsWorker(text: string, answers: Answers, tree: DecisionTree): void {
  if (!WORKER_ASKED.test(text) || WORKER_SERVES.test(text) || !tree.question('a')) return;
  answers.facts.delete('a');
  answers.contested.delete('a');
  answers.weak?.delete('a');
  (answers.unsure ??= new Set()).add('a');
  answers.workerAsked = true;
}

/** Clients that reach the workload only by way of a proxy or tunnel: "players only ever connect thru velocity", "public via the tunnel too". */
const ONLY_VIA_PROXY =
  /\b(?:only (?:ever )?(?:connect|connects|come in|comes in|go|goes|get in|gets in|reach (?:it|them))|(?:public|exposed|reachable|published)(?: [a-z]+)?) (?:through|via) (?:the |our |my |a )?(?:[a-z0-9-]+ )?(?:proxy|tunnel|velocity|bungeecord|waterfall|cloudflared)\b|\bonly (?:ever )?(?:connect|connects|go|goes) (?:through|via) (?:the |our )?(?:velocity|bungeecord|waterfall|haproxy|envoy|nginx|cloudflared|[a-z0-9-]+ proxy)\b/i;
/** That proxy or tunnel said to run in the cluster: "cloudflared runs as a deployment in the cluster". */
const PROXY_IN_CLUSTER =
  /\b(?:proxy|tunnel|cloudflared|velocity|bungeecord|waterfall|haproxy|envoy)\b[^.;!?]{0,40}?\b(?:runs? (?:as a (?:deployment|pod|daemonset) )?in (?:the |our )?(?:cluster|kubernetes)|as a (?:deployment|pod|daemonset)|in[- ]cluster)\b/i;
/** The Service asked for is the backends' behind it: "what type for the 3 backend servers". */
const BACKENDS_ASKED = /\b(?:for|of) (?:the |my |our |all (?:the )?)?(?:\d+ |two |three |four |five |six )?(?:backend|backends|upstream|upstreams)(?: servers?| services?| pods?)?\b/i;

/**
 * "Velocity proxy + 3 paper servers; players only ever connect thru velocity. What type for the 3
 * backend servers?", "cloudflared runs in the cluster; the new app is to be public via the tunnel
 * too": the players or the public reach the proxy; the workload asked about is reached by the proxy,
 * a pod in the cluster. Who connects to it is the pods, not the internet.
 */
function reachedThroughProxy(text: string, answers: Answers, tree: DecisionTree): void {
  if (!ONLY_VIA_PROXY.test(text) || !(BACKENDS_ASKED.test(text) || PROXY_IN_CLUSTER.test(text)) || !tree.question('a')) return;
  settle(answers, 'a', 'pods', true);
  answers.opposed?.delete('a');
}

/**
 * Two answers set against each other outright, one on each side of a "but": an exclusive claim
 * that it stays inside the cluster and clients on the internet ("it's internal-only but customers
 * on the internet need to hit it directly"), or raw TCP or UDP and routing only HTTP has ("not
 * http (raw tcp) but we need path routing /v1 /v2"). Neither reading is the asker's mistake to
 * guess at: the question stays open (`opposed`), however sure the whole-message reading is.
 */
function opposeStated(text: string, tree: DecisionTree, answers: Answers): void {
  const halves = [...text.matchAll(CONTRAST)].map((m) => [text.slice(0, m.index), text.slice((m.index ?? 0) + m[0].length)] as const);
  if (halves.length === 0) return;
  const opposed = (test: (before: string, after: string) => boolean): boolean => halves.some(([before, after]) => test(before, after) || test(after, before));
  const audience = answers.contested.get('a');
  const saysInternet = (clause: string): boolean => matchMessage(clause, tree).said.some((s) => s.item.key === 'a' && s.value === 'internet' && !s.item.weak);
  if (audience?.includes('pods') && audience.includes('internet') && opposed((inside, outside) => KEPT_INSIDE.test(inside) && !KEPT_INSIDE.test(outside) && saysInternet(outside))) {
    (answers.opposed ??= new Set()).add('a');
  }
  const transport = answers.facts.get('p') ?? answers.contested.get('p')?.find((p) => p === 'tcp' || p === 'udp');
  if ((transport === 'tcp' || transport === 'udp') && tree.question('p')?.options.some((o) => o.value === 'http')) {
    if (opposed((l4, l7) => TRANSPORT_SAID.test(l4) && !TRANSPORT_SAID.test(l7) && ROUTED_BY_REQUEST.test(l7))) {
      oppose(answers, 'p', [transport, 'http']);
    }
  }
}

/** A part of the stack said to stay inside ("the worker and Redis are just internal"). */
const STAYS_INTERNAL = /\b(?:just|only|purely|all|stay|stays|remain|remains|are|is)\s+internal\b/i;

/**
 * Several parts of a stack named ("a Django app, a Celery worker and a Redis"), each with its
 * own audience ("the Django app has to be on the internet", "the worker and Redis are just
 * internal"), and a question about one of them ("what do I do for the Django part?"): the
 * protocol is that part's, and so is the audience, read from the sentences about it alone.
 * Without a question naming one part, the contradiction stays to be asked about.
 */
function settleByPart(text: string, tree: DecisionTree, answers: Answers): void {
  const protocols = answers.contested.get('p');
  if (!protocols) return;
  // A neighbour named for where it goes ("put my udp ports into the ingress next to the web panel") is not a part asked about.
  const sentences = text
    .split(/(?<=[.!?;])\s+/)
    .map((s) => s.replace(NEIGHBOUR, ' '))
    .filter((s) => s.trim() !== '');
  // Matched apart, each distinct sentence once: the cached reading stays the whole message's,
  // which routing reads again. The question first, since without one part named nothing is read.
  const clauses = new Map<string, Reading>();
  const clauseOf = (sentence: string): Reading => clauses.get(sentence) ?? (clauses.set(sentence, matchMessage(sentence, tree)).get(sentence) as Reading);
  const named = (clause: Reading) => [...new Set(clause.said.filter((s) => s.item.key === 'p' && protocols.includes(s.value)).map((s) => s.value))];
  const question = [...sentences].reverse().find((s) => s.includes('?') || /^\s*(?:what|which|how|should)\b/i.test(s));
  const subject = question ? named(clauseOf(question)) : [];
  if (subject.length !== 1) return;
  const readings = sentences.map((sentence) => ({ sentence, clause: clauseOf(sentence) }));
  const part = subject[0] as string;
  const strong = new Set<string>();
  const weak = new Set<string>();
  for (const { sentence, clause } of readings) {
    const about = named(clause);
    if (about.length !== 1 || about[0] !== part) continue;
    // A kind only named ("a coworker says make postgres a NodePort") is what is put up to be checked,
    // not who connects.
    for (const { item, value } of clause.said) if (item.key === 'a' && !(item.weak && namesKind(tree, item))) (item.weak ? weak : strong).add(value);
    if (STAYS_INTERNAL.test(sentence)) strong.add('pods');
  }
  const audiences = specificFirst(tree, 'a', [...(strong.size > 0 ? strong : weak)]);
  if (audiences.length > 1 || (audiences.length === 0 && answers.contested.has('a'))) return;
  settle(answers, 'p', part, true);
  const audience = audiences[0];
  if (audience === undefined) return;
  settle(answers, 'a', audience, true);
}

/** "next to the web panel", "beside our api", "like the website": a neighbour of what is asked about, named for where it goes. */
const NEIGHBOUR = /\b(?:next to|beside|alongside|along with|(?<!\b(?:would|i'?d|we'?d|you'?d)\s+)(?:just\s+)?like|same as|as with)\s+(?:the |my |our |its |their )?(?:[a-z0-9-]+ ){0,2}?[a-z0-9-]+(?=\s+(?:or|and|but|so)\b|\s*[,.;?!)]|\s*$)/gi;
/** Words of a clause that say it stays inside, or name nothing of the part itself. */
const NOT_A_PART_WORD = /^(?:a|an|the|that|which|who|must|should|has|have|to|stay|stays|remain|remains|is|are|be|only|just|purely|all|internal|internally|inside|in|on|cluster|and|it|its|our|my|their|side|part|port|ports|one|also|too|kept|keep|for|of|with|needs?)$/;
/**
 * A part said to stay inside in a clause of its own ("backend grpc is internal", "a tcp admin port that must stay
 * internal") beside another said to be reached from outside ("frontend serves https to customers", "a public
 * websocket + REST side"): the part that needs a way in is the other one, whose protocol is read. Not where the
 * question names the inside part ("…, what for the backend?", "what svc for those?"), nor where the audience read is
 * the pods (that is the inside part's).
 */
function settleOutsidePart(text: string, tree: DecisionTree, answers: Answers): void {
  const audience = answers.facts.get('a');
  if (audience === undefined || audience === 'pods' || answers.weak?.has('a') || answers.opposed?.has('p')) return;
  const clauses = text.split(/(?<=[.!?;])\s+|,\s+|\s+(?:and|while|but|whereas)\s+|\s*\(|\)\s*/i).filter((c) => c.trim() !== '');
  const protocol = answers.facts.get('p');
  if (protocol !== undefined) {
    openInsidePartsProtocol(clauses, tree, answers, protocol);
    return;
  }
  const protocols = answers.contested.get('p');
  if (protocols?.length !== 2) return;
  const inside = new Set<string>();
  const nouns = new Set<string>();
  for (const clause of clauses) {
    if (!(KEPT_INSIDE.test(clause) || STAYS_INTERNAL.test(clause)) || PEER_TRAFFIC_SAID_INSIDE.test(clause)) continue;
    const said = matchMessage(clause, tree).said;
    const about = [...new Set(said.filter((s) => s.item.key === 'p' && protocols.includes(s.value)).map((s) => s.value))];
    if (about.length !== 1) continue;
    inside.add(about[0] as string);
    const protocolWords = new Set(said.filter((s) => s.item.key === 'p').flatMap((s) => s.item.words.map((w) => w.replace(/\*$/, ''))));
    for (const word of clause.toLowerCase().match(/[a-z0-9-]+/g) ?? []) if (!NOT_A_PART_WORD.test(word) && !protocolWords.has(word) && !PROTOCOL_WORDS_OF_PARTS.test(word)) nouns.add(word);
  }
  if (inside.size !== 1) return;
  const outside = protocols.filter((p) => !inside.has(p));
  if (outside.length !== 1) return;
  const question = [...text.split(/(?<=[.!?;])\s+/)].reverse().find((s) => s.includes('?') || /^\s*(?:what|which|how|should)\b/i.test(s)) ?? '';
  const asked = question.toLowerCase().match(/[a-z0-9-]+/g) ?? [];
  if (asked.some((w) => nouns.has(w) || /^(?:those|these|them|both)$/.test(w))) return;
  settle(answers, 'p', outside[0] as string, true);
}
/**
 * The only protocol read is said of a part that stays inside ("the chat app has a public websocket endpoint and a redis
 * port that must stay internal", where the chat app's protocol is not read): it is not the protocol of what is reached
 * from outside, which is asked rather than taken from the inside part.
 */
function openInsidePartsProtocol(clauses: readonly string[], tree: DecisionTree, answers: Answers, protocol: string): void {
  let inside = false;
  let outsideElsewhere = false;
  for (const clause of clauses) {
    // Traffic between its own members kept inside says nothing of which part is reached.
    if (PEER_TRAFFIC_SAID_INSIDE.test(clause)) continue;
    const said = matchMessage(clause, tree).said;
    const protocols = said.filter((s) => s.item.key === 'p' && !s.item.weak);
    const keptInside = KEPT_INSIDE.test(clause) || STAYS_INTERNAL.test(clause);
    if (protocols.length > 0) {
      // The protocol said where it is not kept inside: it stands.
      if (!keptInside || protocols.some((s) => s.value !== protocol)) return;
      inside = true;
    } else if (!keptInside && said.some((s) => s.item.key === 'a' && s.value !== 'pods' && !s.item.weak)) outsideElsewhere = true;
  }
  if (!inside || !outsideElsewhere) return;
  answers.facts.delete('p');
  answers.weak?.delete('p');
  (answers.unsure ??= new Set()).add('p');
}
/** Protocol words a clause may name its part by ("tcp admin port"): not the part's own name. */
const PROTOCOL_WORDS_OF_PARTS = /^(?:tcp|udp|http|https|grpc|grpcs|ws|wss|websockets?|rest|plain|raw)$/;

/** The asker's own network ("my LAN", "our home wifi"): their other devices are the clients. */
const OWN_NETWORK = /\b(?:my|our)\s+(?:own\s+)?(?:home\s+)?(?:lan|network|wi-?fi|local network)\b/i;
/** Other people's machines ("from their laptops"): clients on a network, not the asker's tunnel. */
const OTHERS_MACHINES =
  /\btheir\s+(?:own\s+)?(?:laptops?|machines?|computers?|pcs?|phones?|devices?)\b|\b(?:me|i)\s+and\s+(?:a|an|one|my|our|the|two|some)\s+[^.;!?]{0,80}?\bour\s+(?:own\s+)?(?:laptops|machines|computers|pcs|devices)\b/i;
/** People with cluster credentials of their own, who can each run a port-forward. */
const DEVELOPERS = /\b(?:devs|developers?|engineers?|sres?|admins?|devops)\b/i;
/** A database client named: it says what connects, not from where or for whom. */
const DB_TOOL = /\b(?:dbeaver|pgadmin|datagrip|tableplus|redisinsight|redis cli|mongodb compass|mysql workbench)\b/i;
/** The asker alone, on their own machine. */
const PERSONAL = /\b(?:(?:my|own)\s+(?:local\s+|dev\s+)?(?:laptop|machine|computer|workstation|macbook|mac|pc|desktop)|only me|just me|myself|for me)\b/i;
/** The asker asking how they themselves get at it: "how do I reach it", "how can I connect to the db". */
const ASKS_HOW_I_REACH = /\bhow\s+(?:do|can|could|would|should)\s+i\s+(?:reach|access|connect\s+to|get\s+to|get\s+at|hit|talk\s+to|query|open|see)\b/i;
/** A look run on the asker's screen while others watch: "on a screenshare with the customer's engineer". */
const SHOWN_ON_SCREEN = /\b(?:on|during|over|in)\s+(?:a|the|our)\s+(?:screen\s?share|screen\s?sharing|video call|zoom call|teams call)\b|\bscreen\s?shar\w*\s+with\b/i;
/** Machines outside the cluster named as where something runs: "on VMs", "on our bare-metal servers". */
const OUTSIDE_MACHINES = /\b(?:on|in)\s+(?:(?:the|our|their|some|a|two|three|\d+)\s+)?(?:old\s+|legacy\s+|separate\s+)?(?:vms?|virtual machines?|ec2(?: instances?)?|physical (?:servers?|boxes|machines?))\b/i;
/** The asker's own purpose: "so I can", "so that I can check". */
const OWN_PURPOSE = /\bso (?:that )?i can\b/i;
/** TLS that only the pod may terminate. */
const PASSTHROUGH = /\b(?:tls|ssl)\s*pass\s*-?through\b|\b(?:no|without|not|don'?t|never)\s+(?:any\s+)?(?:(?:tls|ssl)\s+terminat\w*|terminat\w*\s+(?:of\s+)?(?:the\s+)?(?:tls|ssl))\b|\b(?:terminat\w*|handles?|does)\s+(?:the\s+)?(?:mutual\s+)?(?:tls|ssl|mtls)\s+itself\b/i;
/** A WebSocket listener or transport named as the way in. */
const OVER_WEBSOCKET = /\b(?:over|via|through|using)\s+(?:a\s+|the\s+)?(?:secure\s+)?web-?\s?sockets?\b|\bweb-?\s?sockets?\s+(?:listener|port|endpoint|transport|gateway)s?\b/i;
/** Protocols the Gateway API routes besides HTTP: gRPC (GRPCRoute) and, experimentally, TCP. */
const GATEWAY_ROUTES = new Set(['http', 'grpc', 'ws', 'tcp']);

/**
 * Two answers that are not a contradiction once read together. "Only me" on "my LAN": the asker
 * alone, from devices on their own network, which a tunnel from one laptop does not serve. A
 * database tool "from the office": the office's people, not a tunnel. HTTP
 * (or gRPC) now and TCP later, under the Gateway API asked for outright: one Gateway carries both
 * (GRPCRoute, TCPRoute), so the routed protocol leads and the caveats cover TCPRoute.
 */
/** Links from the cluster's network to another: how pods reach something outside, not who calls in. */
// A private IP given for a thing outside ("the partner gave us a private ip over the VPN") is its address on that path too.
const PATH_TO_OUTSIDE: ReadonlySet<string> = new Set(['private ip', 'vpn', 'site to site', 'direct connect', 'expressroute', 'express route', 'private link', 'privatelink', 'vpc peering', 'vnet peering', 'peered vpc', 'peered vnet', 'cloud interconnect', 'over interconnect', 'over * interconnect', 'via interconnect', 'dedicated interconnect', 'partner interconnect']);
/** The app in the cluster calling by a name: "our billing app calls `billing-db`", "the pods connect to", "I want our pods to call it as …". */
const POD_CALLS = /\b(?:app|apps|application|service|services|pods?|api|workers?|jobs?)\s+(?:in\s+(?:the\s+)?[a-z0-9-]+\s+)?(?:(?:need|needs|have|has)\s+)?(?:to\s+)?(?:calls?|uses?|connects?\s+to|talks?\s+to|reads?\s+from|writes?\s+to)\b/i;
/** Words that place "internal" inside the cluster ("cluster-internal", "internal to the namespace"). */
const IN_CLUSTER_WORD = /^(?:cluster|pods?|mesh|namespaces?|east|service)$/;

/** Kept inside the cluster in so many words: "nothing outside the cluster should touch it", "never leaves the cluster". */
const KEPT_IN_CLUSTER =
  /\b(?:nothing|nobody|no one|no ?body|no client|no clients)\s+(?:from\s+)?outside(?:\s+(?:of\s+)?the\s+cluster)?\b|\bnever\s+(?:leaves?|leave|leaving)\s+the\s+cluster\b|\bno\s+(?:outside|external)\s+(?:access|traffic|callers?|clients?)\b|\b(?:only|just)\s+(?:from\s+)?(?:inside|within)\s+the\s+cluster\b/i;

function settleContests(text: string, answers: Answers, refused: Reading['refused'], said: Reading['said']): void {
  const audience = answers.contested.get('a');
  // "Not public, just the frontend calling the backend": a private network only inferred from
  // turning the internet down ("not public", "not on the internet"), beside pods said to be the
  // callers, is the pods.
  const saidPrivate = said.filter((s) => s.item.key === 'a' && s.value === 'private');
  const privateOnlyAsNotPublic = saidPrivate.length > 0 && saidPrivate.every((s) => NEGATORS.has(s.item.words[0] ?? ''));
  const saidPods = said.filter((s) => s.item.key === 'a' && s.value === 'pods');
  // Both only say "not public" ("internal only, not internet facing"): still open.
  const podsOnlyAsInternal = saidPods.length > 0 && saidPods.every((s) => s.item.words.some((w) => /^internal(?:ly)?$/.test(w)) && !s.item.words.some((w) => IN_CLUSTER_WORD.test(w)));
  if (audience?.length === 2 && audience.includes('pods') && audience.includes('private') && privateOnlyAsNotPublic && !podsOnlyAsInternal) {
    settle(answers, 'a', 'pods');
  }
  // Something outside the cluster that pods reach ("cloud sql's private IP … so pods can use
  // `orders-db`"): the private network is where it lives, the pods are who connect.
  if (audience?.length === 2 && audience.includes('pods') && audience.includes('private') && answers.facts.get('t') === 'outside' && !answers.weak?.has('t')) {
    settle(answers, 'a', 'pods');
  }
  // "Internal-only API, but another cluster in the VPC calls it": "internal" said of the service
  // (not of the cluster) means not public; the callers named on another network decide.
  // Unless the message also keeps it inside the cluster outright ("nothing outside the cluster should
  // touch it"): then callers named elsewhere contradict it, and who connects is asked.
  if (audience?.length === 2 && audience.includes('pods') && audience.includes('private') && podsOnlyAsInternal && !privateOnlyAsNotPublic && !KEPT_IN_CLUSTER.test(text)) {
    settle(answers, 'a', 'private');
  }
  // A local cluster reached from the asker's own machine with the tunnel turned down ("docker
  // desktop, curl it from my mac, but no port-forward terminal"): the machine is outside the
  // cluster, and what lasts is a port opened on it (NodePort, or LoadBalancer on localhost).
  if (audience?.length === 2 && audience.includes('laptop') && audience.includes('out') && answers.facts.get('e') === 'local' && refused.some((r) => r.key === 'a' && r.negated === 'out')) {
    settle(answers, 'a', 'out');
  }
  // A customer who connects "from their own network" (or datacenter): the party is who, their
  // network is from where, and that place is the answer; not two audiences to choose between.
  const saidInternet = said.filter((s) => s.item.key === 'a' && s.value === 'internet');
  if (
    audience?.length === 2 &&
    audience.includes('internet') &&
    audience.includes('private') &&
    saidPrivate.length > 0 &&
    saidPrivate.every((s) => s.item.words.includes('their')) &&
    saidInternet.length > 0 &&
    saidInternet.every((s) => s.item.words.length === 1 && /^customers?$/.test(s.item.words[0] ?? ''))
  ) {
    settle(answers, 'a', 'private');
  }
  // A database tool used from a shared place ("analysts connect DBeaver from the office"): the
  // people on that network are the clients, not one person's tunnel.
  const toolFromPlace = DB_TOOL.test(text) && !PERSONAL.test(text);
  // Machines on a network named, not said to be the asker's own ("QA's machines on the office
  // network"): that network's people.
  if (audience?.length === 2 && audience.includes('laptop') && audience.includes('private') && (OWN_NETWORK.test(text) || toolFromPlace || !PERSONAL.test(text))) {
    settle(answers, 'a', 'private');
  }
  // "It's just me running a command every couple of weeks, def not public": the asker alone, with the internet
  // turned down, not a private network of others.
  if (audience?.length === 2 && audience.includes('laptop') && audience.includes('private') && privateOnlyAsNotPublic && PERSONAL.test(text) && !OWN_NETWORK.test(text) && !toolFromPlace) {
    settle(answers, 'a', 'laptop');
  }
  // A name in the namespace wished for an outside host ("pgadmin … make RDS show up as
  // `postgres` inside the namespace"): whatever uses that name runs in the cluster.
  if (audience?.length === 2 && audience.includes('pods') && audience.includes('laptop') && NAME_IN_CLUSTER_WISH.test(text)) {
    settle(answers, 'a', 'pods');
  }
  // "It has no external access at all, how do I reach it from my machine": the Service kept in the
  // cluster is the state found, the asker's own machine what is asked; a tunnel reaches it as it is.
  const podsOnlyAsState = saidPods.length > 0 && saidPods.every((s) => s.item.words.some((w) => NEGATORS.has(w) || w === 'internal' || w === 'only'));
  if (audience?.length === 2 && audience.includes('pods') && audience.includes('laptop') && podsOnlyAsState && PERSONAL.test(text) && ASKS_HOW_I_REACH.test(text)) {
    settle(answers, 'a', 'laptop');
  }
  // "Make postgres public so I can connect with DBeaver from my laptop": public is the means the
  // asker thought of; what they need is their own access, a tunnel.
  if (audience?.length === 2 && audience.includes('laptop') && audience.some((a) => a === 'internet' || a === 'out') && PERSONAL.test(text) && OWN_PURPOSE.test(text)) {
    settle(answers, 'a', 'laptop');
  }
  // "On a screenshare with the customer's engineer, we want to see what our api returns": the look runs on
  // the asker's screen and the customer watches; the customer named is no client of a way in.
  if (audience?.length === 2 && audience.includes('laptop') && audience.some((a) => a === 'internet' || a === 'out') && SHOWN_ON_SCREEN.test(text)) {
    settle(answers, 'a', 'laptop');
  }
  // "HTTPS through traefik works, but how do I expose ssh?": the protocol asked to be exposed is
  // the one to carry, whatever already works beside it.
  const spoken = answers.contested.get('p');
  if (spoken !== undefined) {
    const exposed = said.filter(
      (s) => s.item.key === 'p' && spoken.includes(s.value) && !s.item.words.some((w) => w.includes('*')) && new RegExp(String.raw`\b${EXPOSE_VERB}\s+(?:(?:the|my|our|its|their)\s+)?${s.item.words.join(String.raw`\s+`)}\b`, 'i').test(text),
    );
    const values = new Set(exposed.map((s) => s.value));
    if (values.size === 1) {
      settle(answers, 'p', [...values][0] as string);
    }
  }
  // "https already goes thru traefik but git over ssh has to work too": the web side is served already, by the
  // entry point named; the other protocol is the one asked about.
  const besideServedWeb = answers.contested.get('p');
  if (besideServedWeb?.length === 2 && besideServedWeb.includes('http') && WEB_SERVED_ALREADY.test(text)) {
    const other = besideServedWeb.find((p) => p === 'tcp' || p === 'udp');
    if (other) settle(answers, 'p', other);
  }
  // "My side project SaaS … has paying customers": how a project began does not make it a demo
  // once it serves people for real; production, where only such words said demo.
  const stage = answers.contested.get('s');
  const saidDemo = said.filter((s) => s.item.key === 's' && s.value === 'demo');
  if (stage?.length === 2 && stage.includes('prod') && stage.includes('demo') && saidDemo.length > 0 && saidDemo.every((s) => PROJECT_ORIGIN.has(s.item.words.join(' ')))) {
    settle(answers, 's', 'prod');
  }
  // HTTPS passed through to the pod untouched ("the app does mutual TLS itself, no TLS
  // termination before the pod"): TCP to everything in between.
  const carried = answers.contested.get('p');
  // Unless several services share the entry point ("a shared entrypoint: HTTP routes for the web apps,
  // and TLS passthrough for one service"): it routes HTTP, and passes the one through by SNI (an
  // Ingress controller's ssl-passthrough, a Gateway's TLSRoute).
  // Both said: the many at the entry point and the one passed through ("tls passthru by sni for many
  // services" alone is SNI routing of TCP for all of them).
  const sharing = answers.contested.get('m')?.includes('many') === true && answers.contested.get('m')?.includes('one') === true;
  if (carried?.length === 2 && carried.includes('http') && carried.includes('tcp') && PASSTHROUGH.test(text)) {
    settle(answers, 'p', sharing ? 'http' : 'tcp');
    if (sharing) {
      settle(answers, 'm', 'many');
    }
  }
  // A broker's or server's WebSocket side asked about ("browsers talk to NATS over websockets",
  // "MQTT over WebSocket", "the websocket listener on 8080"): that listener is HTTP upgraded,
  // whatever the product speaks natively and whatever web app sits beside it.
  const upgraded = answers.contested.get('p');
  if (upgraded?.includes('ws') && upgraded.every((p) => p === 'ws' || p === 'http' || p === 'tcp') && OVER_WEBSOCKET.test(text)) {
    settle(answers, 'p', 'ws');
  }
  const protocol = answers.contested.get('p');
  const routed = protocol?.find((p) => p !== 'tcp');
  if (protocol && routed && answers.facts.get('r') === 'gateway' && !answers.weak?.has('r') && protocol.every((p) => GATEWAY_ROUTES.has(p))) {
    settle(answers, 'p', routed);
  }
  // "metallb is installed (i disabled servicelb)": k3s's own load balancer turned off for another one.
  const balancer = answers.contested.get('mlb');
  const deniedMlb = said.filter((s) => s.item.key === 'mlb' && s.value === 'no');
  if (balancer?.length === 2 && balancer.includes('yes') && balancer.includes('no') && deniedMlb.length > 0 && deniedMlb.every((s) => s.item.words.some((w) => /^(?:servicelb|klipper)$/.test(w)))) {
    settle(answers, 'mlb', 'yes');
  }
  // "port 53 tcp AND udp": one Service carries both; UDP is what decides how (no Ingress carries it).
  const transports = answers.contested.get('p');
  if (transports?.length === 2 && transports.includes('tcp') && transports.includes('udp') && BOTH_TRANSPORTS.test(text)) {
    settle(answers, 'p', 'udp');
  }
  // "no port-forward perms, but I can use kubectl proxy": the tunnel refused for want of a right, and
  // another one the asker has: still the asker alone.
  const looker = answers.contested.get('a');
  if (looker?.length === 2 && looker.includes('laptop') && looker.includes('out') && KUBECTL_PROXY_INSTEAD.test(text)) {
    settle(answers, 'a', 'laptop');
  }
  settleOthersMachines(text, answers);
  settleDailyWork(text, answers);
  settleNodesPulling(text, answers);
}

/** TCP and UDP both, not one or the other: "53 tcp AND udp", "udp + tcp 53", "both tcp and udp". */
const BOTH_TRANSPORTS = /\b(?:tcp|udp)\b[^.;!?]{0,20}?(?:\band\b|&|\+|\bplus\b|\bas well as\b)[^.;!?]{0,20}?\b(?:tcp|udp)\b|\bboth\b[^.;!?]{0,20}?\b(?:tcp|udp)\b/i;
/** A tunnel the asker may not open, and kubectl proxy they may: "dont have port-forward perms but I can use kubectl proxy". */
const KUBECTL_PROXY_INSTEAD =
  /\b(?:no|dont|don'?t|do not|without|lack|cannot|can'?t)\s+(?:have\s+)?(?:the\s+)?(?:kubectl\s+)?port[- ]?forward\w*\s+(?:perms?|permissions?|rights?|access|rbac)\b[^.;!?]{0,40}?\b(?:can|could|may|allowed to)\s+(?:use|run|do)\s+(?:kubectl\s+)?proxy\b/i;

/**
 * Other people's machines ("they'll open it from their laptops on the office wifi", "QA hits it
 * from their own machines"): clients on a network, not a tunnel of the asker's; unless they are
 * developers, or use a database tool, who each open a tunnel of their own ("devs connect DBeaver
 * from their laptops").
 */
function settleOthersMachines(text: string, answers: Answers): void {
  if (!OTHERS_MACHINES.test(text) || PERSONAL.test(text)) return;
  const audience = answers.contested.get('a');
  if (audience?.length === 2 && audience.includes('laptop') && audience.includes('private')) {
    settle(answers, 'a', 'private');
  } else if (answers.facts.get('a') === 'laptop' && !DB_TOOL.test(text) && !DEVELOPERS.test(text)) {
    answers.facts.set('a', 'out');
  }
}

/**
 * The web side served already by an entry point: "https already goes thru traefik", "the UI is already behind our ingress",
 * "web ui is fine thru traefik ingress".
 */
const WEB_SERVED_ALREADY =
  /\b(?:https?|web\s*(?:ui|site|app)|ui|website|site|frontend|browser\s+traffic)\s+(?:(?:is|are)\s+)?(?:already\s+(?:(?:goes|go|runs|run|comes|come|works|work|flows|flow|served|routed|exposed)\s+)?|(?:fine|ok|okay|works|working|works fine|working fine)\s+)(?:via|through|thru|over|behind|on|by)\s+(?:(?:the|our|an?)\s+)?(?:[a-z0-9-]+\s+)?(?:ingress|gateway|traefik|ingress-nginx|nginx|haproxy|contour|kong|envoy|alb)\b/i;
/** Tools of developers' daily work: pushing and pulling images, git over SSH or HTTPS, said as such or as routine. */
const DAILY_WORK =
  /\b(?:docker|podman|nerdctl|helm|oras|crane|skopeo)\s+(?:push|pull|login)\w*|\bgit\s+(?:push|pull|clone|fetch)\w*|\bgit\s+(?:over|via|through)\s+(?:ssh|https?)\b|\b(?:push|pull)(?:es|ing|ed)?\s+(?:their\s+|our\s+|the\s+)?(?:container\s+)?images?\b|\b(?:daily|every\s*day|day[- ]to[- ]day|all\s+day)\b/i;
/** A team's machines, not the asker's own: "their laptops", "dev laptops", "the developers' machines". */
const TEAM_MACHINES = /\b(?:their|dev|devs'?|developers'?|engineers'?|team'?s?)\s+(?:own\s+)?(?:laptops|machines|workstations|desktops|macbooks)\b/i;

/**
 * Developers using it from their laptops as part of their daily work ("devs docker push from their laptops",
 * "git over ssh also has to work from dev laptops"): clients on the office or VPN network every day, not a
 * one-off look through a tunnel of each one's own.
 */
function settleDailyWork(text: string, answers: Answers): void {
  if (!DAILY_WORK.test(text) || !TEAM_MACHINES.test(text) || PERSONAL.test(text)) return;
  const audience = answers.contested.get('a');
  if (audience?.includes('laptop') && audience.every((a) => ['laptop', 'private', 'out'].includes(a))) {
    settle(answers, 'a', 'private');
  } else if (answers.facts.get('a') === 'laptop') {
    answers.facts.set('a', 'private');
    answers.weak?.delete('a');
  }
}

/**
 * The nodes' container runtime pulling from it ("the nodes need to pull from it", "kubelet pulls images from the
 * in-cluster mirror"): not a pod, and it does not resolve cluster DNS names, so what it pulls from needs an address
 * reachable from outside the pod network; the nodes sit on a network of their own.
 */
const NODES_PULL =
  /\b(?:nodes?|kubelets?|containerd|container\s+runtimes?|cri-?o)\b[^.;!?]{0,30}?\bpull(?:s|ing)?\s+(?:(?:the\s+|their\s+|its\s+|our\s+)?(?:container\s+)?images?\s+)?from\s+(?:it|this|that|there|(?:the|our|an?)\s+(?:in[- ]cluster\s+|internal\s+|local\s+|own\s+)?(?:registry|mirror|cache|harbor|zot|nexus|artifactory))\b|\bpulled\s+(?:from\s+)?by\s+(?:the\s+|our\s+)?(?:nodes|kubelets?|container\s+runtimes?)\b/i;

function settleNodesPulling(text: string, answers: Answers): void {
  if (!NODES_PULL.test(text)) return;
  const audience = answers.contested.get('a');
  if (audience?.every((a) => ['pods', 'laptop', 'private', 'out'].includes(a))) {
    settle(answers, 'a', 'private');
  } else if (audience === undefined && ['pods', 'laptop', 'out', undefined].includes(answers.facts.get('a'))) {
    answers.facts.set('a', 'private');
    answers.weak?.delete('a');
  }
}

const kindNames = new WeakMap<DecisionTree, Set<string>>();

/** Whether a phrase is just the name of a Service kind (the tree's mentions). */
function namesKind(tree: DecisionTree, phrase: Phrase): boolean {
  let names = kindNames.get(tree);
  if (!names) kindNames.set(tree, (names = new Set(tree.mentions.map((m) => m.words.join(' ')))));
  return names.has(phrase.words.join(' '));
}

/** What matching found in a message, before it becomes answers. */
interface Reading {
  text: string;
  tree: DecisionTree;
  /** Answers found by pattern (host names, IP addresses, "several services"). */
  found: [string, string][];
  /** Whether the text addresses something by a name or address outside the cluster ("sftp.partner.net", "10.0.0.5"). */
  outsideAddress: boolean;
  /** Whether it names a host name outside the cluster ("blog.example.dev"), not only an IP address. */
  hostNamed: boolean;
  /** Those host names, in the order said. */
  hosts: string[];
  /** Whether it names two namespaces and a call ("the ssr server in namespace web calls the api in namespace api"). */
  callsAcrossNamespaces: boolean;
  /** Answers found by a vaguer pattern ("our admin dashboard": one service), as weak phrases count. */
  weakFound: [string, string][];
  /**
   * Answers found by pattern that beat weak phrases but yield to any strong one ("the vendor can
   * connect": outside, unless the message says where the vendor is, "over a VPN").
   */
  vagueFound: [string, string][];
  /** Whether another party calls it ("partner integrations call it from their servers"); not a thing done for one ("a flag for one partner"). */
  partyCalls: boolean;
  /** Whether access is given or meant for another party ("we give our partners port-forward access", "for the vendor"). */
  partyGiven: boolean;
  /** Whether what is asked about is the Service an Ingress, Gateway or route sends to ("the backend Service the route points at, which type?"). */
  behindEntry: boolean;
  /** Phrases matched, with the value each says (its negation when negated). */
  said: { item: Phrase; value: string }[];
  /** Phrases said negated whose answer says what turning it down means ("no port-forward": not just me). */
  refused: { key: string; negated: string }[];
  mentions: RecommendationId[];
  hinted: string[];
  port?: number;
}

let last: { message: string; reading: Reading } | undefined;

/** Matches a message against the tree's phrases; the last reading is kept, since routing reads a message twice. */
function readMessage(text: string, tree: DecisionTree): Reading {
  // "need dns per pod 4 my sts" is read as "need dns per pod for my statefulset".
  if (last?.message !== text || last.reading.tree !== tree) last = { message: text, reading: matchMessage(expandChatShorthand(text), tree) };
  return last.reading;
}

/** Matches a text against the tree's phrases (a whole message, or one clause of it). */
function matchMessage(text: string, tree: DecisionTree): Reading {
  let rest = text.slice(0, MAX_FACT_TEXT);
  if (AFTER_MOVE.test(rest)) rest = rest.replace(CURRENT_SETUP, ' ');
  if (MOVES_TO.test(rest)) rest = rest.replace(PAST_SETUP, ' ');
  rest = rest.replace(RULED_OUT, (_said: string, list: string) =>
    list
      .split(/\s*(?:,|\band\b|&|\/|\bor\b|\bnor\b)\s*/i)
      .filter((name) => name.trim() !== '')
      .map((name) => `no ${name.trim()}`)
      .join(' and '),
  );
  rest = rest.replace(EXISTING_FOR_SITE, (said: string, site: string) => said.slice(0, said.length - site.length));
  rest = rest.replace(PAST_THEN_NOW, ' ').replace(WORKED_THEN_NOW, (trial) => trial.replace(TRIAL_PLACE, ' '));
  rest = rest.replace(SERVED_ALREADY, (_said: string, lead: string, _served: string, after: string) => `${lead} ${after}`);
  rest = rest.replace(PEER_TRAFFIC_KEPT_INSIDE, (_said: string, traffic: string) => `${traffic} `);
  rest = rest.replace(PUBLIC_PART_SERVED, (_said: string, _public: string, served: string) => served);
  rest = rest.replace(PUBLIC_NOT_THIS, ' ');
  rest = withoutOldPlaces(rest).replace(DISMISSED, ' ').replace(CLIENT_ON_MY_MACHINE, ' from my laptop ');
  if (!LOCAL_CLUSTER_TOOL.test(rest)) {
    rest = rest.replace(VIEWED_ON_MY_MACHINE, (said: string, place: string) => `${said.slice(0, said.length - place.length)}from my laptop`);
    if (TARGET_IN_CLUSTER.test(rest) && !CLUSTER_ON_MY_MACHINE.test(rest)) rest = rest.replace(ON_MY_MACHINE, 'from my laptop');
  }
  rest = rest.replace(RETRACTED, ' ').replace(ONLY_ABOUT, ' ').replace(GIVEN_UP, ' ').replace(PLAN_WITH_REASON, ' ').replace(ASKED_INSTEAD, ' ').replace(STOPGAP, ' ').replace(ELSEWHERE_SETUP, ' ').replace(LIKENED_SETUP, ' ');
  const found: [string, string][] = [];
  const weakFound: [string, string][] = [];
  // Host names and IP addresses say how an outside thing is addressed; take them out so
  // "db.example.com" does not also read as the word "db".
  const hostNames = new Set<string>();
  let clusterNames = 0;
  let podNames = 0;
  let managedHosts = 0;
  // A doubt whether it must be public is not a need; "w/o" is "without"; "devs" are developers, not the dev stage.
  rest = rest.replace(ANNOTATION_KEY, (_key: string, kubernetesName?: string, valuedName?: string) => ` ${kubernetesName ?? valuedName ?? ''} `).replace(KUBERNETES_API, ' ').replace(ASKS_IF_PUBLIC, ' ').replace(ASKS_WHAT_TO_POINT, ' ').replace(WITHOUT_ABBREVIATED, 'without').replace(DEVS, 'developers');
  const movesIn = MOVES_INTO_CLUSTER.test(text);
  let ownNameGiven = false;
  let aliasedHosts = 0;
  const servedHosts = new Set<string>();
  let wwwServed = false;
  rest = rest.replace(HOSTNAME, (name: string, offset: number, whole: string) => {
    if (FILE_SUFFIX.test(name) || /^(e\.g|i\.e|etc)\.?$/i.test(name)) return name;
    // A wildcard ("several http services under *.ourapp.io"), names the asker wants sent into the cluster
    // ("need staging.shop.io and shop.io to land on the right frontend"), or the name a workload would get
    // behind the asker's Ingress ("put our postgres behind the nginx ingress … at db.internal.corp"):
    // the asker's own host names, routed in, not a host outside that pods reach.
    const sentence = whole.slice(0, offset).split(/[.;!?\n](?:\s|$)/).pop() ?? '';
    if (/^www\./i.test(name) && SERVED_UNDER.test(whole.slice(Math.max(0, offset - 30), offset))) {
      if (tree.question('n')) found.push(['n', 'dns']);
      servedHosts.add(name.toLowerCase());
      wwwServed = true;
      return ' ';
    }
    if (whole.slice(Math.max(0, offset - 2), offset) === '*.' || ROUTED_IN_AFTER.test(whole.slice(offset + name.length, offset + name.length + 60)) || BEHIND_OWN_INGRESS.test(sentence)) {
      if (tree.question('n')) found.push(['n', 'dns']);
      servedHosts.add(name.toLowerCase());
      return ' ';
    }
    // "moving mysql into the cluster … behind the ingress as db.internal.ourco.io": the name the asker
    // means to give what moves in, not something outside that pods reach.
    if (movesIn && NAMED_AS.test(whole.slice(Math.max(0, offset - 8), offset))) {
      if (tree.question('n')) found.push(['n', 'dns']);
      ownNameGiven = true;
      return ' ';
    }
    // "`smtp` should resolve to relay.corp.example.com", "an alias for db.example.net": a name in the
    // cluster for that host, which pods use.
    if (RESOLVES_TO.test(whole.slice(Math.max(0, offset - 16), offset))) aliasedHosts++;
    if (POD_DNS_NAME.test(name) && !TLD.test(name) && tree.question('t')?.options.some((o) => o.value === 'peers')) {
      podNames++;
      return ' ';
    }
    // A Service's own cluster name is the name wished inside, weak beside an outside IP address.
    const inCluster = CLUSTER_NAME.test(name);
    if (tree.question('n')) (inCluster ? weakFound : found).push(['n', 'dns']);
    if (inCluster) {
      weakFound.push(['a', 'pods']);
      clusterNames++;
    } else hostNames.add(name.toLowerCase());
    if (MANAGED_SERVICE_HOST.test(name)) managedHosts++;
    return ' ';
  });
  const vagueFound: [string, string][] = [];
  if (wwwServed && tree.question('a')) vagueFound.push(['a', 'internet']);
  // What moves in, and is given a name, is the workload in the cluster that pods reach.
  if (ownNameGiven && hostNames.size === 0 && tree.question('t')?.options.some((o) => o.value === 'app')) vagueFound.push(['t', 'app']);
  // "DO: our chat app…", "DO k8s": DigitalOcean by its capitals, not the verb.
  if (DIGITALOCEAN_ABBREVIATED.test(text) && tree.question('e')?.options.some((o) => o.value === 'cloud')) found.push(['e', 'cloud']);
  // Compose's service names, with nothing outside named: a Service in the cluster that pods call.
  if (COMPOSE.test(text) && hostNames.size === 0 && BY_SERVICE_NAME.test(rest) && tree.question('t')?.options.some((o) => o.value === 'app')) {
    rest = rest.replace(new RegExp(BY_SERVICE_NAME.source, 'gi'), ' ');
    vagueFound.push(['t', 'app']);
    if (tree.question('a')) vagueFound.push(['a', 'pods']);
  }
  // Compose's `expose:` key is not the verb: the other services reach those ports.
  let composeExposed = false;
  rest = rest.replace(COMPOSE_EXPOSE_KEY, () => {
    composeExposed = true;
    return ' ';
  });
  if (composeExposed && tree.question('a')) vagueFound.push(['a', 'pods']);
  // The Service behind an Ingress: the controller's pods reach it.
  // Its words ("the ingress rule points to") say no more: what an Ingress points at is in the cluster.
  if (FRONT_SERVED.test(rest) && ASKS_OF_BACK.test(rest) && !CALLED_FROM_OUTSIDE.test(rest) && tree.question('a') && tree.question('t')?.options.some((o) => o.value === 'app')) {
    found.push(['a', 'pods'], ['t', 'app']);
  }
  if (ANNOTATIONS_REFUSED.test(rest) && tree.question('r')) found.push(['r', 'gateway']);
  // The Service an APIService or a webhook configuration points at: the API server calls it, by the Service's
  // name in the cluster. Its words say no more: what such an object points at is in the cluster.
  if (CONTROL_PLANE_BACKEND.test(rest) && tree.question('a') && tree.question('t')?.options.some((o) => o.value === 'app')) {
    found.push(['a', 'pods'], ['t', 'app']);
    rest = rest.replace(new RegExp(CONTROL_PLANE_BACKEND.source, 'gi'), (said) => said.replace(/\b(?:points?|sends?|routes?|refers?|calls?)\s+(?:to|at)\b/gi, ' '));
  }
  const behindEntry = BEHIND_INGRESS.test(rest) && ROUTER_WORD.test(rest);
  if (behindEntry && tree.question('a') && tree.question('t')?.options.some((o) => o.value === 'app')) {
    found.push(['a', 'pods'], ['t', 'app']);
    rest = rest.replace(new RegExp(BEHIND_INGRESS.source, 'gi'), (said) => said.replace(/\b(?:routes|points|sends|forwards|proxies)\s+(?:to|at)\b/gi, ' '));
  }
  // A StatefulSet whose members reach one of them by its ordinal name ("the replica has to reach pg-0"), or a
  // consensus store run as one (etcd, ZooKeeper, Consul: members join by per-member peer addresses): per-pod DNS names, a headless Service.
  if (((IN_STATEFULSET.test(rest) && REACHES_ORDINAL_POD.test(rest)) || CONSENSUS_STORE.test(rest)) && tree.question('t')?.options.some((o) => o.value === 'peers')) vagueFound.push(['t', 'peers']);
  // A managed database's endpoint: what pods reach is outside the cluster, whatever "in-cluster" says of the name wanted.
  if (managedHosts > 0 && tree.question('t')?.options.some((o) => o.value === 'outside')) vagueFound.push(['t', 'outside']);
  // A name in the cluster wished for an outside host: what pods reach is that host, by an alias.
  if (hostNames.size > 0 && (NAME_IN_CLUSTER_WISH.test(rest) || aliasedHosts > 0) && tree.question('t')?.options.some((o) => o.value === 'outside')) {
    found.push(['t', 'outside']);
    if (tree.question('a')) found.push(['a', 'pods']);
  }
  // A Service's own cluster name ("authz.security.svc.cluster.local") and no outside one: pods
  // reach a Service in the cluster, which that name already addresses from any namespace. Only
  // an alias asked for ("a local name", "keep the old name") makes it something to point at.
  const aliasWished = ALIAS_WISH.test(rest);
  if (clusterNames > 0 && hostNames.size === 0 && !aliasWished && tree.question('t')?.options.some((o) => o.value === 'app')) vagueFound.push(['t', 'app']);
  // A host name of the asker's and HTTPS, or single sign-on that needs it ("customers hit app.example.com over https"): a
  // certificate for that name, which an Ingress terminates and a plain load balancer does not.
  // Weak: the host name may be something the pods call instead.
  if (hostNames.size > 0 && (TLS_WORD.test(rest) || SINGLE_SIGN_ON.test(rest)) && tree.question('lb')?.options.some((o) => o.value === 'tls')) weakFound.push(['lb', 'tls']);
  // The same with the domain named as owned, not spelled ("GKE, we have a domain. https obviously").
  else if (DOMAIN_OWNED.test(rest) && TLS_WANTED.test(rest) && tree.question('lb')?.options.some((o) => o.value === 'tls')) weakFound.push(['lb', 'tls']);
  // Several public host names for what is asked about: host routing, several services behind one entry.
  if (hostNames.size + servedHosts.size > 1 && tree.question('m')) weakFound.push(['m', 'many']);
  // "/api/foo -> /foo" is an HTTP path: the words in it ("api") say nothing about who connects.
  const routedPaths = new Set<string>();
  // "/api -> api and / -> web": each path sent to a service by a proxy in front.
  const pathRoutes = (rest.match(PATH_ROUTE)?.length ?? 0) + (TWO_ON_PATHS.test(rest) ? 2 : 0);
  rest = rest.replace(URL_PATH, (path) => {
    if (tree.question('p')?.options.some((o) => o.value === 'http')) weakFound.push(['p', 'http']);
    const first = path.split('/')[1]?.toLowerCase() ?? '';
    if (!PROBE_PATH.test(first)) routedPaths.add(first);
    return ' ';
  });
  // Three or more paths of one site ("one domain with /orders, /users, /billing"): path routing
  // to several services behind one entry point. Weak: one app may serve them all.
  if ((routedPaths.size >= 3 || pathRoutes >= 2) && tree.question('m')) weakFound.push(['m', 'many']);
  if (namesTwoClusters(rest) && tree.question('a')) vagueFound.push(['a', 'private']);
  const twoNamespaces = namesNamespaces(rest);
  if (twoNamespaces && tree.question('n')) found.push(['n', 'dns']);
  // A short name only resolves in the caller's own namespace: callers that use one for a Service
  // in another namespace need an alias there, an ExternalName to its full name. (An outside host
  // named as well is what the alias is for: that is the outside answer, read elsewhere.)
  if ((twoNamespaces || clusterNames > 0 || OTHER_NAMESPACE.test(rest) || MOVED_TO_NAMESPACE.test(rest)) && hostNames.size === 0 && aliasWished && tree.question('t')?.options.some((o) => o.value === 'alias')) {
    vagueFound.push(['t', 'alias']);
  } else if (CALLED_FROM_OTHER_NAMESPACE.test(rest) && hostNames.size === 0 && tree.question('t')?.options.some((o) => o.value === 'app')) vagueFound.push(['t', 'app']);
  if (KAFKA_STATEFULSET.test(rest) && tree.question('t')?.options.some((o) => o.value === 'peers')) vagueFound.push(['t', 'peers']);
  if ((podNames > 0 || namesPodOrdinals(rest) || (NUMBERED_HOSTS.test(rest) && MEMBER_GROUP.test(text)) || asksOfGoverningService(text)) && tree.question('t')?.options.some((o) => o.value === 'peers')) vagueFound.push(['t', 'peers']);
  let outsideCaller = false;
  rest = rest.replace(FOR_CLIENTS_OUTSIDE, () => {
    outsideCaller = true;
    return ' ';
  });
  rest = rest.replace(OUTSIDE_CALLER, (call: string, where: string | undefined) => {
    outsideCaller = true;
    return where ? call.slice(0, call.length - where.length) : call;
  });
  if (ONLY_CALLER.test(rest) && tree.question('a')) vagueFound.push(['a', 'pods']);
  else if (LOOK_ONCE.test(rest) && tree.question('a')) vagueFound.push(['a', 'laptop']);
  else if ((OUTSIDE_CALLS_IN.test(rest) || outsideCaller) && tree.question('a')) vagueFound.push(['a', 'out']);
  else if ((IN_CLUSTER_CALLER.test(rest) || gatewayInClusterCalls(rest)) && tree.question('a')) vagueFound.push(['a', 'pods']);
  // A service registry named ("consul DNS gave back the instance IPs", "registered in Cloud Map"):
  // services calling one another by name, as cluster DNS lets pods call a Service. Weak.
  if (NAMED_REGISTRY.test(rest) && tree.question('a')) weakFound.push(['a', 'pods']);
  const senderCalls = SENDER_CALLS.test(rest) && !CONNECTS_OUT.test(rest);
  if (senderCalls && tree.question('a')) vagueFound.push(['a', 'internet']);
  const partyCalls = PARTY_CONNECTS.test(rest);
  const partyGiven = FOR_PARTY.test(rest);
  if (!senderCalls && (partyCalls || partyGiven) && tree.question('a')) vagueFound.push(['a', 'out']);
  let ips = 0;
  const onMachines = OUTSIDE_MACHINES.test(rest);
  rest = rest.replace(IPV4, (ip: string) => {
    // "It listened on 0.0.0.0:9000", "curl 127.0.0.1": where a server binds, or the machine itself; no host reached by IP.
    if (BOUND_ADDRESS.test(ip)) return ' ';
    ips++;
    if (tree.question('n')) found.push(['n', 'ip']);
    // "3 replicas of our mysql on VMs (10.8.0.21, .22, .23)": machines outside the cluster, by address;
    // what pods reach is outside (a Service without selector over an EndpointSlice), not pods of a StatefulSet.
    if (ips === 1 && onMachines && tree.question('t')?.options.some((o) => o.value === 'outside')) vagueFound.push(['t', 'outside']);
    return ' ';
  });
  const callers = rest.replace(SEVERAL_CALLERS, ' ');
  if (callers !== rest && tree.question('a')) vagueFound.push(['a', 'pods']);
  if ((SEVERAL_SERVICES.test(callers) || EVERY_SERVICE.test(rest) || LISTED_TOGETHER.test(callers) || EACH_THEIR_OWN.test(callers) || SEVERAL_LBS.test(rest) || FRONT_AND_BACK.test(rest) || BROWSER_CALLS_BACK.test(rest)) && tree.question('m')) found.push(['m', 'many']);
  // A skew among a Service's pods is no split wished; with gRPC it is per-connection balancing, which
  // a headless Service and the callers' own round robin answer.
  const skewed = SKEWED_LOAD.test(rest);
  if (skewed) {
    rest = rest.replace(new RegExp(SKEWED_LOAD.source, 'gi'), ' ');
    if (GRPC_WORD.test(text) && !meshRunning(text) && !ASKS_WHY_UNBALANCED.test(text) && tree.question('t')?.options.some((o) => o.value === 'peers')) {
      vagueFound.push(['t', 'peers']);
      // Only pods reach a ClusterIP: they are the callers whose connections stick to one pod.
      if (CLUSTER_IP_WORD.test(text) && tree.question('a')) vagueFound.push(['a', 'pods']);
    }
  }
  // The mesh already routes ("VirtualService splits 95/5 by subset") and the Service under it is asked
  // about: the one the mesh's sidecars reach, in the cluster; the split is not that Service's to make.
  const meshRoutes = MESH_ROUTING.test(rest) && ASKS_SERVICE_ITSELF.test(rest);
  if (meshRoutes && tree.question('a') && tree.question('t')?.options.some((o) => o.value === 'app')) found.push(['a', 'pods'], ['t', 'app']);
  if (!meshRoutes && splitsTraffic(rest) && tree.question('r')?.options.some((o) => o.value === 'gateway')) found.push(['r', 'gateway']);
  // "route clients sending `x-game-version: beta` to matchmaker-beta": a match on a custom header, which only the Gateway API's HTTPRoute has a rule for.
  if (!meshRoutes && ROUTED_BY_CUSTOM_HEADER.test(rest) && tree.question('r')?.options.some((o) => o.value === 'gateway')) found.push(['r', 'gateway']);
  // Only the NodePort range let through to the nodes: node ports are the way in, whatever else could
  // hand out addresses; and a firewall of one's own before the nodes is, most likely, one's own site.
  if (ONLY_NODE_PORT_RANGE.test(rest)) {
    if (tree.question('mlb')) found.push(['mlb', 'no']);
    if (tree.question('e')) weakFound.push(['e', 'bare']);
  }
  const portNumber = Number(PORT_NUMBER.exec(rest)?.[1] ?? 0);

  const words = messageWords(rest);
  const said: Reading['said'] = [];
  const matched: { start: number; end: number; item: Phrase; negated: boolean }[] = [];
  let lastNegatedEnd = -1;
  // Where services were said to find one another: no hint of per-pod names there either.
  const met: [number, number][] = [];
  for (const { start, end, item } of longestMatches<Phrase>(tree.phrases, words)) {
    if ((meshRoutes && item.key === 'r') || namesCanaryPod(words, end, item) || oneOfPlural(words, end, item) || namesPeople(words, end) || countsOthers(words, start, item) || namesPodEvent(words, end, item) || namesMachines(words, end, item) || namesNeighbours(words, start, end, item) || CODE.has(words[end] ?? '') || namesNamespace(words, end, item) || eachForOne(words, start, end, item) || namesOthersPlace(words, start, end, item) || namesAPart(words, start, end, item) || namesWhereItRuns(words, start, item) || routePoints(words, start, item) || servedByEntry(words, start, item) || membersAlreadyMeet(words, start, item) || namesACluster(words, end, item) || servesPeople(words, start, item)) continue;
    if (servicesMeet(words, start, item)) {
      if (tree.question('a')) weakFound.push(['a', 'pods']);
      met.push([start, end]);
      continue;
    }
    const isNegated = negated(words, start, end) || carriesNegation(words, lastNegatedEnd, start);
    // "non-http tcp": "non" negates the one word it is joined to, not what follows.
    if (isNegated && words[start - 1] !== 'non') lastNegatedEnd = end;
    matched.push({ start, end, item, negated: isNegated });
    const value = isNegated ? item.negated : item.value;
    if (value !== undefined) said.push({ item, value });
  }
  if (tree.question('m') && listsSeveralApps(words, matched)) found.push(['m', 'many']);
  const mentions: RecommendationId[] = [];
  // A kind given up ("was going to do an ExternalName, but…") or used as a stopgap ("port-forward
  // works for now") is still asked about: the reply says why not.
  const setAside = [GIVEN_UP, PLAN_WITH_REASON, STOPGAP].flatMap((pattern) => [...text.slice(0, MAX_FACT_TEXT).matchAll(pattern)].map((m) => m[0]));
  const givenUp = messageWords(setAside.join('. '));
  for (const kindWords of [givenUp, words]) {
    for (const { start, end, item } of longestMatches(tree.mentions, kindWords)) {
      if (!negated(kindWords, start, end) && !mentions.includes(item.recommendation)) mentions.push(item.recommendation);
    }
  }
  // Each question's hints are read on their own ("hostname" hints at two questions); "nothing
  // outside needs it" hints at nothing outside.
  // Asking whether something goes through an Ingress is not asking to share one.
  const throughIngress = THROUGH_INGRESS.test(rest);
  const asksThrough = (m: { item: DecisionTree['hints'][number] }) => throughIngress && m.item.key === 'm' && m.item.words.join(' ') === 'ingress';
  // A routing hint inside the name of a controller already running is part of that name
  // ("gateway" in "App Gateway ingress controller" is Azure's controller, not a wish for the Gateway API).
  const inOtherPhrase = (m: { start: number; end: number; item: DecisionTree['hints'][number] }) =>
    m.item.key === 'r' && matched.some((p) => !p.negated && p.item.key === 'ic' && p.start <= m.start && m.end <= p.end);
  // A network's or a product's gateway ("via transit gateway", "the NAT gateway", "a payment gateway") is no routing API wished for.
  const otherGateway = (m: { start: number; item: DecisionTree['hints'][number] }) =>
    m.item.key === 'r' && m.item.words.join(' ') === 'gateway' && NOT_ROUTING_GATEWAY.has(words[m.start - 1] ?? '');
  const hinted = hintsByKey(tree.hints).flatMap((hints) =>
    longestMatches(hints, words, true)
      .filter((m) => !inOtherPhrase(m) && !otherGateway(m))
      // "services that call each other": the verb before "each other", then who does it.
      .filter((m) => !negated(words, m.start, m.end) && !asksThrough(m) && !(m.item.key === 't' && (met.some(([from, to]) => m.start >= from && m.start < to) || (words[m.start] === 'each' && servicesBefore(words, m.start - 1)) || refusedFrom(words, m.start))))
      .map((m) => m.item.key),
  );
  const sharingHinted = hintsByKey(tree.hints)
    .filter((hints) => hints[0]?.key === 'm')
    .flatMap((hints) => longestMatches(hints, words, true).filter((m) => !negated(words, m.start, m.end) && !namesCallers(words, m.start)))
    .some((m) => !asksThrough(m));
  if (tree.question('m') && !sharingHinted && !found.some(([k]) => k === 'm') && !weakFound.some(([k]) => k === 'm') && !said.some((s) => s.item.key === 'm') && namesOneWorkload(rest)) {
    weakFound.push(['m', 'one']);
  }
  // A port number said outright ("TLS on 8883") beats a product's usual one ("mqtt": 1883).
  const named = longestMatches(tree.ports, words);
  const port = portNumber >= 1 && portNumber <= 65535 ? portNumber : (named.find((m) => /^\d+$/.test(m.item.words.join(''))) ?? named[0])?.item.port;
  const refused = matched.flatMap(({ item, negated }) => (negated && item.negated !== undefined ? [{ key: item.key, negated: item.negated }] : []));
  return { text, tree, found, refused, outsideAddress: hostNames.size > 0 || ips > 0, hostNamed: hostNames.size > 0, hosts: [...hostNames], callsAcrossNamespaces: twoNamespaces && CALLS.test(rest), weakFound, vagueFound, partyCalls, partyGiven, behindEntry, said, mentions, hinted, ...(port !== undefined ? { port } : {}) };
}

/**
 * Among hints of equal strength, a specific answer beats a vague one: "my laptop" beats the
 * "outside" of "expose"; two specific ones stay (a contradiction).
 */
/**
 * The cluster said to be a site's front door: its visitors come in through it, whatever sits behind
 * ("/cart to pods, the rest to the vm", where the pods are a backend, not the callers).
 */
const FRONT_DOOR = /\b(?:the|a|our|its)\s+front\s*doors?\b/i;
function specificFirst(tree: DecisionTree, key: string, values: string[], firm: readonly string[] = []): string[] {
  const options = tree.question(key)?.options ?? [];
  // A vague answer said by a firm phrase where the cluster is the front door (`firm`: clients outside) holds
  // beside a specific one read from a weak phrase ("/cart to pods", where the pods are the backend).
  const specific = values.filter((v) => !options.find((o) => o.value === v)?.weak || firm.includes(v));
  return specific.length > 0 ? specific : values;
}

/**
 * Fills questions the text did not answer from what its answers imply (a game server is for
 * players on the internet; an outside database is reached by pods), including what implied
 * answers imply in turn. Two different implications for one question cancel out. What a
 * strongly said answer implies also replaces a fact that only weak phrases gave ("clients" read
 * as outside, in "the client needs every pod's address": per-pod addresses are for pods).
 */
export function applyImplications(tree: DecisionTree, answers: Answers, extra: readonly Implication[] = []): void {
  const optionImplies = (key: string, value: string, strong: boolean): Implication[] =>
    Object.entries(tree.question(key)?.options.find((o) => o.value === value)?.implies ?? {}).map(([k, v]) => [k, v, strong]);
  const isWeak = (key: string) => answers.weak?.has(key) === true;
  let pending: Implication[] = [...extra, ...[...answers.facts].flatMap(([k, v]) => optionImplies(k, v, !isWeak(k)))];
  for (let round = 0; round < tree.questions.length && pending.length > 0; round++) {
    const proposals = new Map<string, { strong: Set<string>; weak: Set<string> }>();
    for (const [k, v, strong] of pending) {
      if (answers.contested.has(k)) continue;
      const fact = answers.facts.get(k);
      // A strong implication that agrees with a weak fact is counted too, so that one that
      // disagrees does not replace the fact alone (pods reach the outside database an alias is
      // asked for, even where "12 apps" implies clients outside).
      if (fact !== undefined && !(strong && isWeak(k))) continue;
      if (!proposals.has(k)) proposals.set(k, { strong: new Set(), weak: new Set() });
      proposals.get(k)?.[strong ? 'strong' : 'weak'].add(v);
    }
    pending = [];
    for (const [k, values] of proposals) {
      // A weak fact yields only to strong implications; an open question takes the strong ones first.
      const strong = values.strong.size > 0;
      if (!strong && answers.facts.has(k)) continue;
      // "internet" from a game server beats "outside" from an ingress; two specific ones cancel.
      const candidates = specificFirst(tree, k, [...(strong ? values.strong : values.weak)]);
      if (candidates.length !== 1) continue;
      const value = candidates[0] as string;
      answers.facts.set(k, value);
      if (strong) answers.weak?.delete(k);
      else (answers.weak ??= new Set()).add(k);
      pending.push(...optionImplies(k, value, strong));
    }
  }
}

/** The answer value `raw` names for question `key`: its value, or one of its plain synonyms. */
export function answerValue(tree: DecisionTree, key: string, raw: string): string | undefined {
  const question = tree.question(key);
  if (!question) return undefined;
  const lower = raw.toLowerCase();
  if (question.options.some((o) => o.value === lower)) return lower;
  const words = phraseWords(raw, false).join(' ');
  if (words === '') return undefined;
  return tree.phrases.find((p) => p.key === key && !p.words.some((w) => w.includes('*')) && p.words.join(' ') === words)?.value;
}

/** The Service kind `raw` names (`ingress`, `node port`), for `vs=` lists. */
export function mentionedKind(tree: DecisionTree, raw: string): RecommendationId | undefined {
  const lower = raw.toLowerCase();
  if (isRecommendationId(lower)) return lower;
  const words = phraseWords(raw, false).join(' ');
  return tree.mentions.find((m) => m.words.join(' ') === words)?.recommendation;
}
