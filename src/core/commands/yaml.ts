// `yaml <kind> [name] [key=value…]`: renders a current manifest with validated parameters.

import type { Command, CommandInput, Recognition } from '../command.js';
import type { Context } from '../context.js';
import { choices, clip, code, echo, echoValue, heading, note, paragraph, reply, table, type Block, type Choice, type Reply } from '../reply.js';
import { readIntent } from '../intent.js';
import { LEVEL } from '../route.js';
import {
  KIND_INFO,
  KIND_PARAMS,
  KINDS,
  isAffinityTimeout,
  PARAM_INFO,
  PARAMS,
  kindFromWord,
  paramFromKey,
  resolveParams,
  suggestKinds,
  type ManifestKind,
  type ManifestParams,
  type ParamProblem,
} from '../../manifests/params.js';
import { renderManifest } from '../../manifests/render.js';
import { imperativeCommand } from '../../manifests/imperative.js';
import { npAsPolicy } from '../../knowledge/terms.js';
import { endpointAddressesIn } from '../../manifests/names.js';
import { givenName } from '../service-names.js';
import { answerQuestion } from '../answers.js';

/** Words people put around the kind ("yaml for a nodeport service"), never a name. */
const FILLER = new Set(['a', 'an', 'the', 'for', 'of', 'me', 'my', 'please', 'yaml', 'yml', 'manifest', 'manifests', 'example', 'sample', 'template', 'give', 'show', 'with', 'type', 'kind']);

const capitalize = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
const quote = (value: string) => (/[\s"']/.test(value) || value === '' ? `"${value.replace(/"/g, "'")}"` : value);

/** Splits positional words into the kind, the name and anything left over. */
function readWords(args: readonly string[]): { kindWord?: string; kind: ManifestKind | null; name?: string; extra: string[] } {
  const words = args.filter((w) => !FILLER.has(w.toLowerCase()));
  const kindIndex = words.findIndex((w) => kindFromWord(w) !== null && w.toLowerCase() !== 'service');
  const at = kindIndex === -1 ? (words.length > 0 ? 0 : -1) : kindIndex;
  if (at === -1) return { kind: null, extra: [] };
  const kindWord = words[at] as string;
  const rest = words.filter((_, i) => i !== at);
  // "nodeport service web": `service` after a kind is part of the kind's name, not the object's.
  if (kindIndex !== -1 && rest[0]?.toLowerCase() === 'service') rest.shift();
  const result: { kindWord?: string; kind: ManifestKind | null; name?: string; extra: string[] } = {
    kindWord,
    kind: kindFromWord(kindWord),
    extra: rest.slice(1),
  };
  if (rest[0] !== undefined) result.name = rest[0];
  return result;
}

function relatedChoices(p: ManifestParams): Choice[] {
  const out: Choice[] = [{ label: `explain ${KIND_INFO[p.kind].topic}`, command: `explain ${KIND_INFO[p.kind].topic}` }];
  const portRef = typeof p.portRef === 'number' ? p.portRef : p.port;
  switch (p.kind) {
    case 'clusterip':
    case 'nodeport':
    case 'loadbalancer':
    case 'headless':
      if (p.protocol === 'TCP') {
        out.push({ label: `yaml ingress ${p.name} service=${p.name} port=${p.port}`, command: `yaml ingress ${p.name} service=${p.name} port=${p.port}` });
      }
      break;
    case 'ingress':
      out.push({ label: `yaml clusterip ${p.service} port=${portRef}`, command: `yaml clusterip ${p.service} port=${portRef}` });
      out.push({
        label: `yaml httproute ${p.name} service=${p.service} port=${portRef}`,
        command: `yaml httproute ${p.name} service=${p.service} port=${portRef}${p.host ? ` host=${p.host}` : ''}`,
      });
      break;
    case 'httproute':
      out.push({ label: `yaml clusterip ${p.service} port=${p.port}`, command: `yaml clusterip ${p.service} port=${p.port}` });
      break;
    case 'externalname':
      break;
  }
  return out;
}

function rendered(p: ManifestParams): Reply {
  const manifest = renderManifest(p);
  const info = KIND_INFO[p.kind];
  const blocks: Block[] = [
    heading(`${capitalize(info.title)} \`${p.name}\``),
    paragraph(`${capitalize(info.title)}: ${info.summary}.`),
    code(manifest.yaml, 'yaml', manifest.filename),
    paragraph(`Apply it: \`kubectl apply -f ${manifest.filename}\``),
  ];
  const imperative = imperativeCommand(p);
  if (imperative !== null) {
    blocks.push(paragraph(`Or without YAML: \`${imperative}\` (add \`--dry-run=client -o yaml\` to print the manifest instead of creating it).`));
  }
  const placeholders: string[] = [];
  if (p.placeholders.includes('name')) placeholders.push(`the name \`${p.name}\` (give one as the second word: \`yaml ${p.kind} web\`)`);
  if (p.placeholders.includes('externalName')) placeholders.push(`\`${p.externalName}\` (\`externalName=\` the real DNS name)`);
  if (p.placeholders.includes('ip')) placeholders.push(`the documentation address \`${p.endpoints?.addresses.find((a) => a.startsWith('192.0.2.')) ?? '192.0.2.10'}\` (\`ip=\` the real one)`);
  if (p.placeholders.includes('gateway')) placeholders.push(`the Gateway \`${p.gateway}\` (\`gateway=\` yours)`);
  if (placeholders.length > 0) blocks.push(note(`Replace ${placeholders.join(', ')}.`, 'info'));
  const policy: string[] = [];
  if (p.fromPolicy.includes('namespace')) policy.push(`namespace \`${p.namespace}\``);
  if (p.fromPolicy.includes('host') && p.host) policy.push(`host \`${p.host}\``);
  if (p.fromPolicy.includes('class') && p.ingressClass) policy.push(`ingress class \`${p.ingressClass}\``);
  if (policy.length > 0) blocks.push(note(`From your team's defaults: ${policy.join(', ')}.`, 'info'));
  blocks.push(choices(relatedChoices(p), 'Related:'));
  return reply('yaml', blocks, {
    data: {
      kind: p.kind,
      name: p.name,
      namespace: p.namespace,
      filename: manifest.filename,
      manifest: manifest.object,
      ...(manifest.endpointSlice !== undefined ? { endpointSlice: manifest.endpointSlice } : {}),
      yaml: manifest.yaml,
    },
  });
}

function overview(): Reply {
  const kinds = KINDS.map((k) => [`\`yaml ${k}\``, `${KIND_INFO[k].title}: ${KIND_INFO[k].summary}`]);
  const params = PARAMS.map((p) => [
    `\`${PARAM_INFO[p].example}\``,
    `${PARAM_INFO[p].description} (${KINDS.filter((k) => KIND_PARAMS[k].includes(p)).length === KINDS.length ? 'all kinds' : KINDS.filter((k) => KIND_PARAMS[k].includes(p)).join(', ')})`,
  ]);
  return reply(
    'yaml',
    [
      heading('yaml: current manifests for Services, Ingress and HTTPRoute'),
      paragraph('`yaml <kind> [name] [key=value…]`. Every value is checked before anything is rendered.'),
      table(['Kind', 'What it is'], kinds),
      table(['Parameter', 'Meaning (kinds)'], params),
      choices(KINDS.map((k) => ({ label: `yaml ${k}`, command: `yaml ${k}` })), 'Pick a kind:'),
    ],
    { data: { kinds: [...KINDS], parameters: [...PARAMS] } },
  );
}

function correctedCommand(kind: ManifestKind, name: string | undefined, input: CommandInput, problems: ParamProblem[]): string | null {
  if (problems.some((p) => p.replacement === undefined)) return null;
  let finalName = name;
  const options: string[] = [];
  const replaced = new Map(problems.map((p) => [p.key, p.replacement]));
  const nameProblem = problems.find((p) => p.key === 'name');
  if (nameProblem?.replacement) finalName = nameProblem.replacement.slice('name='.length);
  for (const [key, value] of Object.entries(input.options)) {
    if (replaced.has(key)) {
      const r = replaced.get(key);
      if (r && key !== 'name') {
        const eq = r.indexOf('=');
        options.push(`${r.slice(0, eq)}=${quote(r.slice(eq + 1))}`);
      }
      continue;
    }
    if (key.toLowerCase() === 'name') continue;
    options.push(`${paramFromKey(key) ?? key}=${quote(value)}`);
  }
  // Left-over words with a replacement (a bare number -> port=N).
  for (const p of problems) {
    if (p.replacement && p.key !== 'name' && !(p.key in input.options)) options.push(p.replacement);
  }
  const ns = input.flags.namespace;
  if (typeof ns === 'string' && !replaced.has('namespace')) options.push(`namespace=${quote(ns)}`);
  return ['yaml', kind, ...(finalName ? [finalName] : []), ...options].join(' ');
}

function invalidParams(kind: ManifestKind, name: string | undefined, input: CommandInput, problems: ParamProblem[]): Reply {
  const blocks: Block[] = [
    note(problems.length === 1 ? (problems[0] as ParamProblem).message : `${problems.length} problems:\n${problems.map((p) => `- ${p.message}`).join('\n')}`, 'warning'),
    paragraph(`Usage: \`yaml ${kind} [name] [key=value…]\`. \`yaml\` alone lists every parameter.`),
  ];
  const fixed = correctedCommand(kind, name, input, problems);
  const options: Choice[] = [];
  if (fixed && fixed !== `yaml ${kind}`) options.push({ label: fixed, command: fixed });
  options.push({ label: `yaml ${kind}`, command: `yaml ${kind}` }, { label: 'help yaml', command: 'help yaml' });
  blocks.push(choices(options, fixed ? 'This would work:' : 'Try:'));
  // The user's words are clipped here too: one `--json` line must not carry a megabyte back.
  const data = { problems: problems.map((p) => ({ ...p, key: clip(p.key), value: p.value === null ? null : clip(p.value) })) };
  return reply('yaml', blocks, { outcome: 'invalid', visibility: 'private', data });
}

/**
 * "yaml for deny all egress in a ns": a kind not rendered here, whose topic shows a manifest of it (a NetworkPolicy, a
 * Gateway): that topic's answer, after a line saying which kinds are rendered. Only when the words name the topic itself
 * (its title, an alias or a keyword), it is not one of the rendered kinds' own topics, and it holds an example manifest;
 * otherwise the kinds are offered.
 */
function otherKindAnswer(words: string, ctx: Context): Reply | null {
  const { knowledge } = ctx.runtime;
  const result = knowledge.search(words, 1);
  const [best] = result.hits;
  if (!result.confident || best === undefined || !best.strong) return null;
  if (KINDS.some((k) => KIND_INFO[k].topic === best.topic.id)) return null;
  if (!best.topic.sections.some((part) => part.kind === 'code' && /^apiVersion:/m.test(part.text))) return null;
  const answer = answerQuestion('yaml', words, knowledge);
  // The note names the topic the answer is from; should the answer settle on another one, the kinds are offered instead.
  if (answer.data?.topic !== best.topic.id) return null;
  answer.blocks.unshift(
    note(`I render ${KINDS.map((k) => `\`${k}\``).join(', ')}; not this one, so here is what I know about ${best.topic.title}.`, 'info'),
  );
  answer.outcome = 'invalid';
  answer.visibility = 'private';
  return answer;
}

function run(input: CommandInput, ctx: Context): Reply {
  const words = readWords(input.args);
  if (words.kindWord === undefined) {
    if (Object.keys(input.options).length === 0) return overview();
    const result = overview();
    result.outcome = 'invalid';
    result.blocks.unshift(note('Which kind? Put it first, for example `yaml nodeport web port=80`.', 'warning'));
    return result;
  }
  if (words.kind === null) {
    const close = suggestKinds(words.kindWord);
    const known = close.length === 0 ? otherKindAnswer(input.args.join(' '), ctx) : null;
    if (known) return known;
    const rest = [words.name, ...words.extra].filter((w): w is string => w !== undefined);
    const tail = [...rest, ...Object.entries(input.options).map(([k, v]) => `${k}=${quote(v)}`)].join(' ');
    const options = (close.length > 0 ? close : KINDS.slice(0, 3)).map((k) => {
      const command = `yaml ${k}${tail ? ` ${tail}` : ''}`;
      return { label: command.length > 60 ? `yaml ${k}` : command, command };
    });
    return reply(
      'yaml',
      [
        note(`${echo(words.kindWord)} is not a kind I render. Kinds: ${KINDS.map((k) => `\`${k}\``).join(', ')}.`, 'warning'),
        choices(options, close.length > 0 ? 'Did you mean:' : 'For example:'),
      ],
      { outcome: 'invalid', visibility: 'private' },
    );
  }
  const kind = words.kind;
  const extraProblems: ParamProblem[] = words.extra.map((w) => ({
    key: w,
    value: null,
    message: /^\d+$/.test(w)
      ? `I read ${echoValue(words.name)} as the name, so \`${w}\` is left over; did you mean \`port=${w}\`?`
      : `I read ${echoValue(words.name)} as the name, so ${echo(w)} is left over; parameters are \`key=value\`.`,
    replacement: /^\d+$/.test(w) ? `port=${w}` : null,
  }));
  const namespaceFlag = typeof input.flags.namespace === 'string' ? input.flags.namespace : undefined;
  const result = resolveParams(kind, words.name, input.options, namespaceFlag, ctx.runtime.policy.defaults);
  const problems = [...(result.ok ? [] : result.problems), ...extraProblems];
  if (!result.ok || problems.length > 0) return invalidParams(kind, words.name, input, problems);
  return rendered(result.params);
}

const KIND_WORDS: [RegExp, ManifestKind][] = [
  [/\bcluster[\s-]?ip\b/i, 'clusterip'],
  [/\bnode[\s-]?port\b/i, 'nodeport'],
  [/\b(load[\s-]?balancer|lb)\b/i, 'loadbalancer'],
  [/\bexternal[\s-]?name\b/i, 'externalname'],
  [/\bheadless\b/i, 'headless'],
  [/\bhttp[\s-]?route\b|\bgateway[\s-]?api\b/i, 'httproute'],
  [/\bingress\b/i, 'ingress'],
];

/** A Service's manifest asked for without a type: "a basic svc yaml", "yaml for a plain service" (not "whatever service type fits"). */
const PLAIN_SERVICE = /\b(?:service|svc) (?:ya?ml|manifest|definition|template)\b|\b(?:ya?ml|manifest|template) (?:for|of) (?:an? |the |my )?(?:basic |simple |plain |minimal )?(?:service|svc)\b(?! ?types?\b)/i;
/** The Deployment a Service is for: "for deployment nginx", "for the nginx deployment". */
const FOR_DEPLOYMENT = /\bfor (?:the |my |our |a )?(?:deployment|deploy) ["'`]?([a-z][a-z0-9-]{0,62})\b/i;

/** Asks for a manifest: "give me the yaml", "yaml for…", "write a manifest", "a template please". */
const ASKS_FOR_MANIFEST =
  /\b(?:give|show|write|generate|send|paste|share|make|create|produce|render|draft|need|want|get)\b[^.?!]{0,30}\b(?:ya?ml|manifests?|templates?|samples?|example)\b|\b(?:ya?ml|manifests?|templates?|samples?|examples?) (?:for|of|please|pls)\b|^(?:ya?ml|manifests?|templates?|samples?|examples?)\b/;

/** Manifest requests about things `yaml` has no template for. */
const UNRENDERED = /\b(network[\s-]?polic(?:y|ies)|netpols?|default[\s-]deny|convert\w*|translat\w*|migrat\w*|v1beta1|upgrad\w*|rewrit\w*|redirect\w*|strip\w*|annotations?)\b/i;
/**
 * Routing features the Ingress and HTTPRoute templates do not render: weights and traffic splits ("80/20", "5%"), canaries,
 * header, method ("only POST requests") or query-parameter matches, mirroring; nor route kinds other than HTTPRoute (a TLSRoute
 * for passthrough, a GRPCRoute, TCPRoute or UDPRoute). The knowledge base has their fields and an example.
 */
const UNRENDERED_ROUTING = /\b(?:weight\w*|split\w*|canar\w*|percent|headers?|mirror\w*|query ?param\w*|methods?|(?:tls|tcp|udp|grpc)[\s-]?routes?|passthrough)\b|\b(?:get|post|put|patch|delete)\s+(?:requests?|calls?|only)\b|\b\d{1,3}\s*%|\b\d{1,3}\s*\/\s*\d{1,3}\b/i;
/** TLS asked for: only the Ingress template terminates it (`tlsSecret=`, which needs a host). */
const WANTS_TLS = /\b(tls|https|ssl|certs?|certificates?)\b/i;
const HOST_IN_TEXT = /\b((?:[a-z0-9-]+\.)+[a-z]{2,})\b/i;

/**
 * "how do I make a headless svc for my db (port 5432)", "how do I create an externalname `ext-db` that
 * points at mydb.example.com", "add tls to my ingress for app.example.com, cert in secret app-tls": one
 * object of a kind named right after the verb, with values of the asker's own, is answered by its
 * manifest with those values. Not a kind proposed or questioned ("do they need a LoadBalancer svc?").
 */
/** The kinds `yaml` renders, named as people write them; with `svc`/`service`, a Service of a kind not yet told. */
const KIND_WORDING = String.raw`cluster[\s-]?ip|node[\s-]?port|load[\s-]?balancer|external[\s-]?name|headless|ingress|http[\s-]?route`;
const KIND_NAMED = `(?:${KIND_WORDING})`;
const KIND_OR_SERVICE = `(?:svc|service|${KIND_WORDING})`;
const PLAIN = String.raw`(?:new |simple |basic |plain |minimal )?`;
const MAKE_ONE = new RegExp(
  String.raw`\bhow (?:do|can|would|should|to) (?:i |we |you )?(?:make|create|write|define|declare|set ?up|add) (?:a |an |the |my |our )?${PLAIN}${KIND_NAMED}\b|^(?:make|create|set ?up) (?:a |an |my |the )${PLAIN}${KIND_NAMED}\b|\badd (?:tls|https) to (?:my|our|the|an?) ingress\b`,
);
/**
 * "i need an ingress for shop.example.com to svc web:8080", "give me a minimal httproute that sends /api to
 * svc api": one object wanted, said without "how do I", with values of the asker's own. The kind must be
 * named (KIND_WORDS), so a Service of no kind told ("need a svc for redis") finds none here. The wish opens the
 * message or a sentence: "do I need a LoadBalancer so …", "does that mean I need an ingress" ask whether one is needed.
 */
const WANT_ONE = new RegExp(
  String.raw`(?:^|[.!;:]\s+)(?:(?:i|we) (?:just |really |only )?)?(?:want|need|would like|'d like) (?:a |an )${PLAIN}${KIND_OR_SERVICE}\b|^(?:give me|show me|write me|write) (?:a |an )${PLAIN}${KIND_OR_SERVICE}\b`,
);
/** A Service that is a DNS alias for an outside host: "a svc that (just) points at mydb.example.com". */
const ALIAS_FOR_HOST = /\b(?:svc|service|externalname)\b[^.?!]{0,40}\b(?:points? (?:at|to)|alias(?:es)? (?:for|of)|resolves? to|cname (?:for|to))\s+[`'"]?((?:[a-z0-9-]+\.)+[a-z]{2,})\b/i;
/** The TLS Secret the asker already has: "cert in secret app-tls", "tls secret wildcard-tls". */
const SECRET_NAMED = /\bsecret\s+(?:called\s+|named\s+)?[`'"]?([a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?)\b/i;
/** What a message gives besides the kind: a port, a host, a name of its own, a Secret. */
const GIVES_VALUES = /\bport[\s:=]+\d{1,5}\b|(?:^|\s)\/[a-z0-9]|\(port \d{1,5}\)|\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b|`[a-z][a-z0-9-]*`|\b(?:called|named)\s+\S|\bsecret\s+\S/i;

/** A Service said to have no selector: "selectorless", "without a selector", "no selector". */
const SELECTORLESS = /\bselector-?less\b|\bwith(?:out| no) (?:a |any )?(?:pod )?selectors?\b|\bno selectors?\b/i;
/** "how do I make a service …", "create a svc …": a Service wanted, of no kind named. */
const MAKE_SERVICE = /\bhow (?:do|can|would|should|to) (?:i |we |you )?(?:make|create|write|define|declare|set ?up|add) (?:a |an |the |my |our )?(?:svc|service)\b|^(?:make|create|set ?up) (?:a |an |the )?(?:svc|service)\b/i;

/** Whether `text` asks to make one object of a kind with values of its own (see MAKE_ONE). */
function asksToMakeOne(lower: string, text: string): boolean {
  return (MAKE_ONE.test(lower) || WANT_ONE.test(lower)) && GIVES_VALUES.test(text);
}

/**
 * Only wanted ("want a svc … that points at …"), not asked how to make: a wish the recommendation answers unless it
 * names the kind itself (the `which` sets read "want a svc that points at X" as a question of which kind).
 */
const onlyWanted = (lower: string): boolean => WANT_ONE.test(lower) && !MAKE_ONE.test(lower);

export function recognizeYaml(text: string): Recognition | null {
  if (text.length > 300 || text.includes('\n')) return null;
  const intent = readIntent(text);
  // "how do i make a service without a selector that points to 10.1.2.3": a Service and the EndpointSlice listing the address.
  const addresses = SELECTORLESS.test(text) ? endpointAddressesIn(text) : [];
  if (addresses.length > 0 && (intent.wantsManifest || MAKE_SERVICE.test(intent.lower)) && !intent.trouble && !intent.comparison) {
    const kind: ManifestKind = /\bheadless\b/i.test(text) ? 'headless' : 'clusterip';
    const name = givenName(text);
    const namespace = intent.namespaces.length === 1 ? ` -n ${intent.namespace}` : '';
    return { score: LEVEL.explicit, command: `yaml ${kind}${name ? ` ${name}` : ''} ip=${addresses.join(',')}${portsInText(text, kind)}${namespace}` };
  }
  const makeOne = !intent.wantsManifest && asksToMakeOne(intent.lower, text) && !intent.trouble && !intent.comparison;
  if (!intent.wantsManifest && !makeOne) return null;
  // "the manifest we inherited says NodePort, what service type should it be?": a manifest the
  // asker has, and a question of which kind to use (`which`), unless the manifest is asked for too.
  if (intent.asksForRecommendation && !ASKS_FOR_MANIFEST.test(intent.lower)) return null;
  if (/\b(vs\.?|versus|difference|compare|check|lint|fix|validate|wrong|broken|error)\b/i.test(text)) return null;
  // What no template here renders (a NetworkPolicy, TLS, converting an old manifest): the knowledge base has the example.
  // "np yaml to deny all ingress": "np" said of what a policy denies is a NetworkPolicy, not a NodePort.
  if (UNRENDERED.test(npAsPolicy(text)) || UNRENDERED_ROUTING.test(text)) return null;
  const kinds = KIND_WORDS.filter(([re]) => re.test(text)).map(([, k]) => k);
  // "a svc that points at mydb.example.com": a DNS alias for an outside host is an ExternalName.
  if (kinds.length === 0 && ALIAS_FOR_HOST.test(text) && (intent.wantsManifest || !onlyWanted(intent.lower))) kinds.push('externalname');
  // "a basic svc yaml for deployment nginx": a Service of no type named is the default type, ClusterIP.
  if (kinds.length === 0 && PLAIN_SERVICE.test(text) && ASKS_FOR_MANIFEST.test(intent.lower) && !/\b(?:without|w\/o|no)\b/.test(intent.lower)) kinds.push('clusterip');
  const unique = [...new Set(kinds)];
  if (unique.length !== 1) return null;
  const kind = unique[0] as ManifestKind;
  // Named outright, or after the Deployment it fronts ("for deployment nginx": a Service is usually named after its app).
  const name = givenName(text) ?? FOR_DEPLOYMENT.exec(text)?.[1]?.toLowerCase();
  // A namespace named ("in ns app", "-n shop") is where the object goes.
  const namespace = intent.namespaces.length === 1 ? ` -n ${intent.namespace}` : '';
  if (WANTS_TLS.test(text)) {
    if (kind !== 'ingress') return null;
    const host = HOST_IN_TEXT.exec(text)?.[1]?.toLowerCase() ?? 'shop.example.com';
    const ingressName = name ?? 'web';
    const secret = SECRET_NAMED.exec(text)?.[1]?.toLowerCase() ?? `${ingressName}-tls`;
    return { score: LEVEL.explicit, command: `yaml ingress ${ingressName} host=${host} tlsSecret=${secret}${namespace}` };
  }
  return { score: LEVEL.explicit, command: `yaml ${kind}${name ? ` ${name}` : ''}${hostInText(text, kind)}${portsInText(text, kind)}${affinityInText(text, kind)}${namespace}` };
}

/** The Service a route sends to: "to svc docs", "-> service api", and its port if told: "to svc api on 8080", "svc api:8080". */
const ROUTED_TO_SERVICE = /(?:\bto|->|→)\s+(?:the\s+)?(?:svc|service)\s+[`'"]?([a-z][a-z0-9-]{0,62})\b[`'"]?(?:\s+on(?:\s+port)?\s+|:)?(\d{1,5}\b)?/i;
/** The path a route matches: "sends /api to …", "path /docs" (a word of its own starting with "/"). */
const PATH_IN_TEXT = /(?:^|\s)(\/[a-z0-9._~/-]*)(?=[\s,.;!?]|$)/i;

/** The host an ExternalName aliases, or an Ingress or HTTPRoute serves (and the Service it sends to), as the message gives them. */
function hostInText(text: string, kind: ManifestKind): string {
  const key = kind === 'externalname' ? 'externalName' : KIND_PARAMS[kind].includes('host') ? 'host' : null;
  const host = key === null ? undefined : ((kind === 'externalname' ? ALIAS_FOR_HOST.exec(text) : null) ?? HOST_IN_TEXT.exec(text))?.[1]?.toLowerCase();
  const routed = KIND_PARAMS[kind].includes('service') ? ROUTED_TO_SERVICE.exec(text) : null;
  const service = routed?.[1]?.toLowerCase();
  // The port beside the Service ("to svc api on 8080"), unless a "port N" of its own says it (portsInText).
  const port = routed?.[2] !== undefined && !PORT_WORDS.some(([re, key]) => key === 'port' && re.test(text)) ? ` port=${routed[2]}` : '';
  const path = KIND_PARAMS[kind].includes('path') ? PATH_IN_TEXT.exec(text)?.[1] : undefined;
  return `${key !== null && host !== undefined ? ` ${key}=${host}` : ''}${path !== undefined ? ` path=${path}` : ''}${service !== undefined ? ` service=${service}` : ''}${port}`;
}

/** "sticky sessions by client ip", "session affinity": kube-proxy's ClientIP affinity (the only kind a Service has). */
const STICKY = /\bsticky(?: sessions?)?\b|\bsession[\s-]?affinity\b|\bclient[\s-]?ip affinity\b|\baffinity by client[\s-]?ip\b/i;
/** "1h timeout", "timeout of 30 minutes", "for 600s": how long a client sticks. */
const AFFINITY_TIMEOUT = /\b(\d{1,5})\s*(h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)\b(?:\s+(?:timeout|idle))?/i;
const SECONDS_PER: Record<string, number> = { h: 3600, m: 60, s: 1 };

function affinityInText(text: string, kind: ManifestKind): string {
  if (!KIND_PARAMS[kind].includes('sessionAffinity') || !STICKY.test(text)) return '';
  const timeout = /\btimeout|\bidle|\bfor\b|\bexpir/i.test(text) ? AFFINITY_TIMEOUT.exec(text) : null;
  const seconds = timeout ? Number(timeout[1]) * (SECONDS_PER[(timeout[2] as string)[0]?.toLowerCase() ?? 's'] ?? 1) : undefined;
  return ` sessionAffinity=ClientIP${seconds !== undefined && isAffinityTimeout(seconds) ? ` affinityTimeout=${seconds}` : ''}`;
}

/** "port 80", "targetPort 8080", "nodePort: 30080", "on port 443": the numbers a manifest request gives. */
const PORT_WORDS: [RegExp, 'port' | 'targetPort' | 'nodePort'][] = [
  [/(?<!node[\s-]?|target[\s-]?|container[\s-]?)\bport[\s:=]+(\d{1,5})\b/i, 'port'],
  [/\b(?:target[\s-]?port|container(?:[\s-]?port)?(?: listens)?(?: on)?(?: port)?)[\s:=]+(\d{1,5})\b/i, 'targetPort'],
  [/\bnode[\s-]?port[\s:=]+(\d{1,5})\b/i, 'nodePort'],
];
function portsInText(text: string, kind: ManifestKind): string {
  const out: string[] = [];
  for (const [re, key] of PORT_WORDS) {
    if (!KIND_PARAMS[kind].includes(key)) continue;
    const value = re.exec(text)?.[1];
    if (value !== undefined && Number(value) >= 1 && Number(value) <= 65535) out.push(` ${key}=${value}`);
  }
  return out.join('');
}

export const yaml: Command = {
  name: 'yaml',
  aliases: ['manifest', 'example'],
  summary: 'Render a current manifest (clusterip, nodeport, loadbalancer, externalname, headless, ingress, httproute) from checked parameters; `yaml` alone lists them.',
  usage: 'yaml <kind> [name] [key=value…]',
  examples: [
    'yaml nodeport web port=80 targetPort=8080',
    'yaml ingress web host=shop.example.com service=web port=80',
    'yaml clusterip api port=80 targetPort=http',
    'yaml loadbalancer web port=443 targetPort=8443 externalTrafficPolicy=Local',
    'yaml headless db port=5432',
    'yaml externalname billing externalName=billing.example.com',
    'yaml httproute web host=shop.example.com gateway=public port=80',
    'yaml',
  ],
  flags: ['namespace'],
  recognize: recognizeYaml,
  run,
};
