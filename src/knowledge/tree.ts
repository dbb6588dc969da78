// The `which` decision tree (knowledge/tree.yaml): its schema, the loader that validates it and
// fails with `file:line`, and the compiled form the command walks. Validation covers what the
// schema cannot: every answer leads to a node or a recommendation, no cycles, nothing
// unreachable, and every recommendation points at topics that exist in the knowledge base.

import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { YAMLException } from 'js-yaml';
import { z } from 'zod';
// "Show YAML" choices may use only the `yaml` command's kinds and parameters.
import { KINDS as YAML_KINDS, PARAMS as YAML_PARAMS, type ParamName as YamlParam } from '../manifests/params.js';
import { loadLocated } from './located-yaml.js';

/** The recommendation values PRODUCT.md fixes for `data.recommendation`. */
export const RECOMMENDATION_IDS = [
  'clusterip',
  'nodeport',
  'loadbalancer',
  'ingress',
  'ingress+nodeport',
  'externalname',
  'headless',
  'gateway-api',
  'port-forward',
] as const;
export type RecommendationId = (typeof RECOMMENDATION_IDS)[number];


/** The answer key that carries the Service kinds a message asked about ("vs" what we recommend). */
export const MENTIONS_KEY = 'vs';
/** The answer key that carries the workload's port (from "postgres", "port 8080"); never asked. */
export const PORT_KEY = 'port';
/** The answer key that carries the workload's name when the asker gives one ("called orders"); never asked. */
export const NAME_KEY = 'name';
/** The answer key that carries outside IP addresses the text gives ("the box at 10.20.0.15"); never asked. */
export const IP_KEY = 'addr';
/** The answer key that carries the outside host name the text gives ("at db.partner.example"); never asked. */
export const HOST_KEY = 'host';
/** Keys no question may be spelled as: they travel in the canonical command beside the answers. */
export const CARRIED_KEYS: readonly string[] = [MENTIONS_KEY, PORT_KEY, NAME_KEY, IP_KEY, HOST_KEY];

export const BUILT_IN_TREE_FILE = fileURLToPath(new URL('../../knowledge/tree.yaml', import.meta.url));

export class TreeError extends Error {
  override name = 'TreeError';
}

// ---- schema ---------------------------------------------------------------------------------

/** The tree's schemas, built on first use: a start-up that reuses the build's snapshot never needs them. */
function buildSchemas() {
  const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });
  const answerKey = z.string().regex(/^[a-z]{1,4}$/, { error: 'must be a short key of 1-4 lowercase letters (it is typed in commands)' });
  const answerValue = z
    .string({ error: 'must be text' })
    .regex(/^[a-z0-9][a-z0-9+-]{0,15}$/, { error: 'must be a short lowercase value (letters, digits, "-", "+"; at most 16)' });
  const nodeId = z.string().regex(/^[a-z0-9][a-z0-9+-]*$/, { error: 'must be lowercase letters, digits, "-" or "+"' });
  const topicId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be a topic id (lowercase, digits, "-")' });
  const implies = z.record(answerKey, answerValue);

  const SynonymSchema = z.union(
    [text, z.strictObject({ phrase: text, weak: z.boolean().optional(), firm: z.boolean().optional(), implies: implies.optional() })],
    { error: 'must be a phrase, or {phrase, weak?, firm?, implies?}' },
  );

  const OptionSchema = z.strictObject({
    value: answerValue,
    /** A button label, so at most Discord's 80 characters. */
    label: text.max(80, { error: 'must be at most 80 characters (a button label)' }),
    synonyms: z.array(SynonymSchema).default([]),
    /** Never offered as a button; reached only from free text (e.g. "outside", not saying which outside). */
    hidden: z.boolean().default(false),
    /** Its phrases count only when no other answer to the question was found in the text. */
    weak: z.boolean().default(false),
    /** The answer a negated phrase means ("not production" -> demo); without it a negated phrase is ignored. */
    negated: answerValue.optional(),
    /** Answers this one implies, used only when the message does not answer those questions. */
    implies: implies.optional(),
    /** Vaguer phrases that do not give this answer but make an `assume` node ask instead of assuming. */
    hints: z.array(text).default([]),
  });

  const QuestionSchema = z.strictObject({
    /** The long key, accepted in commands (`audience=internet`) and used in `data.answers`. */
    name: z.string().regex(/^[a-z][a-z-]{1,23}$/, { error: 'must be a lowercase word' }),
    aliases: z.array(z.string().regex(/^[a-z][a-z-]{1,23}$/, { error: 'must be a lowercase word' })).default([]),
    text: text,
    options: z.array(OptionSchema).min(2, { error: 'needs at least two options' }),
  });

  const EdgeSchema = z.union([nodeId, z.strictObject({ to: nodeId, why: text })], {
    error: 'must be a node or recommendation id, or {to, why}',
  });

  const AskNodeSchema = z.strictObject({
    ask: answerKey,
    /** Not asked: this answer is taken and shown as an assumption the user can change. */
    assume: answerValue.optional(),
    /**
     * Never asked: when the message does not answer it, this branch is taken and nothing is
     * shown (a shortcut that only what the person said can open, such as "our Ingress controller
     * is already reachable").
     */
    otherwise: answerValue.optional(),
    then: z.record(answerValue, EdgeSchema),
  });

  const yamlParams = z.partialRecord(z.enum(YAML_PARAMS), z.string().min(1));

  const LeafNodeSchema = z.strictObject({
    recommend: z.enum(RECOMMENDATION_IDS, { error: `must be one of ${RECOMMENDATION_IDS.join(', ')}` }),
    /** Extra `yaml` parameters for this variant (e.g. externalTrafficPolicy: Local). */
    yaml: yamlParams.optional(),
    caveats: z.array(text).default([]),
  });

  const YamlChoiceSchema = z.strictObject({
    label: text.max(80),
    kind: z.enum(YAML_KINDS, { error: `must be one of ${YAML_KINDS.join(', ')}` }),
    /** The object's name, or `{name|default}`: the asker's name for the workload when given, else the default. */
    name: z.string().regex(/^(?:[a-z0-9]([-a-z0-9]*[a-z0-9])?|\{name\|[a-z0-9]([-a-z0-9]*[a-z0-9])?\})$/, { error: 'must be a Kubernetes object name, or {name|default}' }),
    params: yamlParams.default({}),
  });

  const RecommendationSchema = z.strictObject({
    title: text,
    summary: text,
    /** Topic ids in the knowledge base; the first is the one "Explain" opens. */
    topics: z.array(topicId).min(1, { error: 'needs at least one topic' }),
    yaml: z.array(YamlChoiceSchema).default([]),
    /** Shell commands shown as a code block (the one-off tunnel has no manifest). */
    commands: z.string().optional(),
    caveats: z.array(text).min(1, { error: 'needs at least one caveat' }),
    alternatives: z.array(text).default([]),
    /** Pairs of topic ids offered as "Compare" choices. */
    compare: z.array(z.tuple([topicId, topicId])).default([]),
    docs: z.array(z.strictObject({ label: text, url: z.url({ protocol: /^https$/, error: 'must be an https URL' }) })).min(1),
    /** Phrases that name this kind in a message ("an ingress", "nodeport"). */
    mentions: z.array(text).default([]),
    /** Why not this kind, when the user asked about it and something else fits; first matching entry wins. */
    whyNot: z.array(z.strictObject({ when: z.record(answerKey, z.array(answerValue)).optional(), text })).default([]),
  });

  const TreeSchema = z.strictObject({
    version: z.literal(1, { error: 'must be 1' }),
    start: nodeId,
    questions: z.record(answerKey, QuestionSchema),
    nodes: z.record(nodeId, z.record(z.string(), z.unknown(), { error: 'must be a mapping' })),
    recommendations: z.record(z.enum(RECOMMENDATION_IDS), RecommendationSchema),
    /** Well-known ports by phrase ("postgres" -> 5432), for generated YAML and commands. */
    ports: z
      .array(z.strictObject({ phrase: text, port: z.number().int().min(1).max(65535, { error: 'must be a port, 1-65535' }) }))
      .default([]),
  });
  return { OptionSchema, QuestionSchema, AskNodeSchema, LeafNodeSchema, YamlChoiceSchema, RecommendationSchema, TreeSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;
const treeSchemas = (): Schemas => (schemas ??= buildSchemas());

export type Option = z.infer<Schemas['OptionSchema']>;
export type Recommendation = z.infer<Schemas['RecommendationSchema']>;
export type YamlChoice = z.infer<Schemas['YamlChoiceSchema']>;

export interface Question extends z.infer<Schemas['QuestionSchema']> {
  key: string;
}
export interface Edge {
  to: string;
  why?: string;
}
export interface AskNode {
  id: string;
  ask: string;
  assume?: string;
  /** Taken, silently, when the question is not answered; never asked or shown as assumed. */
  otherwise?: string;
  then: Map<string, Edge>;
}
export interface LeafNode {
  id: string;
  recommend: RecommendationId;
  yaml: Partial<Record<YamlParam, string>>;
  caveats: string[];
}

/** A synonym ready for matching: its words (`*` = a gap of up to two words, `word*` = a prefix). */
export interface Phrase {
  words: string[];
  key: string;
  value: string;
  weak: boolean;
  /** A weak phrase that what other answers imply does not overrule ("expose" says outside, vaguely). */
  firm?: boolean;
  negated?: string;
  implies: Record<string, string>;
}

export interface DecisionTree {
  file: string;
  start: string;
  /** Questions in file order (the order answers appear in canonical commands). */
  questions: Question[];
  question(key: string): Question | undefined;
  /** An answer key from its key, name or alias (`a`, `audience`). */
  keyFor(spelling: string): string | undefined;
  node(id: string): AskNode | LeafNode | undefined;
  /** Every ask node and leaf, by id. */
  nodes: ReadonlyMap<string, AskNode | LeafNode>;
  recommendations: Record<RecommendationId, Recommendation>;
  /** Every synonym, longest first. */
  phrases: Phrase[];
  /** Phrases that name a Service kind, longest first. */
  mentions: { words: string[]; recommendation: RecommendationId }[];
  /** Phrases that name a well-known port, longest first. */
  ports: { words: string[]; port: number }[];
  /** Phrases that make a question worth asking rather than assuming, longest first. */
  hints: { words: string[]; key: string }[];
}

export const isLeaf = (node: AskNode | LeafNode): node is LeafNode => 'recommend' in node;
export const isRecommendationId = (id: string): id is RecommendationId => (RECOMMENDATION_IDS as readonly string[]).includes(id);

// ---- words ----------------------------------------------------------------------------------

/**
 * The words of a phrase or message as matching sees them: lowercase, apostrophes dropped
 * ("don't" -> "dont"), every other non-alphanumeric character a separator ("bare-metal",
 * "on-prem" and "port-forward" become two words). `*` survives in phrases (wildcards).
 */
export function phraseWords(phrase: string, keepStars = true): string[] {
  const cleaned = phrase
    .toLowerCase()
    .replace(/['\u2019`]/g, '')
    .replace(keepStars ? /[^a-z0-9*]+/g : /[^a-z0-9]+/g, ' ');
  return cleaned
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => SHORTHANDS[w] ?? w);
}

/** Chat shorthand read as the word it stands for. */
const SHORTHANDS: Record<string, string> = { svc: 'service', svcs: 'services', k8s: 'kubernetes', pls: 'please' };

/**
 * Chat shorthand and common slips spelled out, in a whole message before it is read ("need dns per
 * pod 4 my sts", "pf 2 hit teh dashboard", "grpc w/ http2", "tls passthru"): words that stand for
 * others, and "4"/"2" for "for"/"to" where a number cannot stand ("4 my", "point 2", "2 hit"; not "need 2
 * replicas", "route 2 services", "4 prod clusters").
 */
const CHAT_SHORTHAND: ReadonlyArray<[RegExp, string]> = [
  [/\bteh\b/gi, 'the'],
  [/\b(?:wat|wut|wht)\b/gi, 'what'],
  [/\bur\b/gi, 'your'],
  // "how would u expose them": "u" for "you" after a modal or auxiliary (not "u" as a unit or a name).
  [/(?<=\b(?:would|should|could|can|do|did|will|are|have)\s)u\b/gi, 'you'],
  [/\bplz\b/gi, 'please'],
  [/\bppl\b/gi, 'people'],
  [/\bwanna\b/gi, 'want to'],
  [/\b(?:cuz|coz|b\/c)(?![\w/])/gi, 'because'],
  [/\bw\/(?!o\b)\s*/gi, 'with '],
  [/\bthru\b/gi, 'through'],
  [/\bpassthru\b/gi, 'passthrough'],
  [/\bsts\b/gi, 'statefulset'],
  [/\bpf\b/gi, 'port-forward'],
  [/\bstg\b/gi, 'staging'],
  [/\b4 (?=(?:my|our|the|a|an|this|that|it|them|us|me)\b)/gi, 'for '],
  [/(?<=\b(?:point|points|pointing|go|talk|talks|send|connect|forward|map|alias|switch|move|migrate|change|changed|port-forward|proxy)\s)2(?=\s(?!(?:[a-z-]+\s)?(?:services?|svcs?|apps?|apis?|replicas?|pods?|nodes?|clusters?|ports?|backends?|deployments?|instances?)\b))/gi, 'to'],
  [/\b2 (?=(?:hit|reach|call|talk|get|access|connect|expose|use|see|open|curl|test|debug)\b)/gi, 'to '],
];
/** `text` with chat shorthand spelled out (CHAT_SHORTHAND). */
export function expandChatShorthand(text: string): string {
  return CHAT_SHORTHAND.reduce((out, [shorthand, spelled]) => out.replace(shorthand, spelled), text);
}

/** Length for "longest first": word count, then characters, so "no cloud lb" beats "cloud". */
const phraseWeight = (words: string[]): number => words.length * 1000 + words.join(' ').length;

/** `items` longest phrase first (stable), weighing each phrase once. */
function longestFirst<T extends { words: string[] }>(items: T[]): T[] {
  return items
    .map((item, order) => ({ item, order, weight: phraseWeight(item.words) }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map((entry) => entry.item);
}

// ---- loading --------------------------------------------------------------------------------

interface Problem {
  path: PropertyKey[];
  message: string;
}

function displayName(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** Reads and validates a tree file. `topicIds` are the knowledge base's topic ids. */
export function loadTree(file: string, topicIds: readonly string[]): DecisionTree {
  if (!existsSync(file)) throw new TreeError(`${displayName(file)}: the decision tree file does not exist`);
  return parseTree(readFileSync(file, 'utf8'), displayName(file), topicIds);
}

/** Validates tree source text; every problem is reported as `file:line: path: what is wrong`. */
export function parseTree(source: string, file: string, topicIds: readonly string[]): DecisionTree {
  return treeFromData(validateTree(source, file, topicIds), file);
}

/**
 * A validated tree as plain data, what the build's knowledge snapshot saves (see snapshot.ts):
 * everything `treeFromData` needs, the phrases already compiled and sorted.
 */
export interface TreeData {
  start: string;
  questions: Question[];
  nodes: (LeafNode | (Omit<AskNode, 'then'> & { then: [string, Edge][] }))[];
  recommendations: Record<RecommendationId, Recommendation>;
  phrases: Phrase[];
  mentions: DecisionTree['mentions'];
  ports: DecisionTree['ports'];
  hints: DecisionTree['hints'];
}

/** Parses and checks tree source text into its data; a problem throws TreeError with file and line. */
export function validateTree(source: string, file: string, topicIds: readonly string[]): TreeData {
  let located;
  try {
    located = loadLocated(source, file);
  } catch (error) {
    if (error instanceof YAMLException) {
      const line = error.mark ? error.mark.line + 1 : 1;
      throw new TreeError(`${file}:${line}: ${error.reason}`);
    }
    throw error;
  }
  const fail = (problems: Problem[]): never => {
    const lines = problems
      .map((p) => ({ line: located.lineOf(p.path), text: `${p.path.map(String).join('.') || '(top)'}: ${p.message}` }))
      .sort((a, b) => a.line - b.line)
      .map((p) => `${file}:${p.line}: ${p.text}`);
    throw new TreeError(lines.join('\n'));
  };

  const { TreeSchema, LeafNodeSchema, AskNodeSchema } = treeSchemas();
  const parsed = TreeSchema.safeParse(located.value);
  if (!parsed.success) fail(parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message })));
  const data = (parsed as z.ZodSafeParseSuccess<z.infer<Schemas['TreeSchema']>>).data;

  const problems: Problem[] = [];
  const nodes = new Map<string, AskNode | LeafNode>();
  for (const [id, raw] of Object.entries(data.nodes)) {
    const schema = 'recommend' in raw ? LeafNodeSchema : 'ask' in raw ? AskNodeSchema : null;
    if (schema === null) {
      problems.push({ path: ['nodes', id], message: 'must either ask a question (`ask`, `then`) or recommend (`recommend`)' });
      continue;
    }
    const node = schema.safeParse(raw);
    if (!node.success) {
      for (const issue of node.error.issues) problems.push({ path: ['nodes', id, ...issue.path], message: issue.message });
      continue;
    }
    if ('recommend' in node.data) {
      nodes.set(id, { id, recommend: node.data.recommend, yaml: node.data.yaml ?? {}, caveats: node.data.caveats });
    } else {
      const then = new Map<string, Edge>();
      for (const [value, edge] of Object.entries(node.data.then)) then.set(value, typeof edge === 'string' ? { to: edge } : edge);
      nodes.set(id, {
        id,
        ask: node.data.ask,
        ...(node.data.assume ? { assume: node.data.assume } : {}),
        ...(node.data.otherwise ? { otherwise: node.data.otherwise } : {}),
        then,
      });
    }
  }
  if (problems.length > 0) fail(problems);

  const questions = Object.entries(data.questions).map(([key, q]) => ({ ...q, key }));
  checkQuestions(questions, problems);
  const phrases = compilePhrases(questions, problems, located.lineOf);
  checkGraph(data.start, nodes, questions, data.recommendations, problems);
  checkRecommendations(data.recommendations, questions, new Set(topicIds), problems);
  if (problems.length > 0) fail(problems);

  return {
    start: data.start,
    questions,
    nodes: [...nodes.values()].map((n) => (isLeaf(n) ? n : { ...n, then: [...n.then] })),
    recommendations: data.recommendations,
    phrases,
    mentions: longestFirst(
      (Object.entries(data.recommendations) as [RecommendationId, Recommendation][]).flatMap(([id, rec]) =>
        rec.mentions.map((m) => ({ words: phraseWords(m), recommendation: id })),
      ),
    ),
    hints: longestFirst(questions.flatMap((q) => q.options.flatMap((o) => o.hints.map((h) => ({ words: phraseWords(h), key: q.key }))))),
    ports: longestFirst(data.ports.map((p) => ({ words: phraseWords(p.phrase), port: p.port }))),
  };
}

/** The tree the `which` command walks, from validated data (checked now, or saved by the build). */
export function treeFromData(data: TreeData, file: string): DecisionTree {
  const nodes = new Map<string, AskNode | LeafNode>(data.nodes.map((n) => [n.id, 'recommend' in n ? n : { ...n, then: new Map(n.then) }]));
  const byKey = new Map(data.questions.map((q) => [q.key, q]));
  const spellings = new Map<string, string>();
  for (const q of data.questions) for (const s of [q.key, q.name, ...q.aliases]) spellings.set(s, q.key);
  return {
    file,
    start: data.start,
    questions: data.questions,
    question: (key) => byKey.get(key),
    keyFor: (spelling) => spellings.get(spelling.toLowerCase()),
    node: (id) => nodes.get(id),
    nodes,
    recommendations: data.recommendations,
    phrases: data.phrases,
    mentions: data.mentions,
    ports: data.ports,
    hints: data.hints,
  };
}

// ---- checks ---------------------------------------------------------------------------------

function checkQuestions(questions: Question[], problems: Problem[]): void {
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const spelled = new Map<string, string>();
  const claim = (spelling: string, key: string, path: PropertyKey[]) => {
    const owner = spelled.get(spelling);
    if (CARRIED_KEYS.includes(spelling)) {
      problems.push({ path, message: `"${spelling}" is reserved (${MENTIONS_KEY}=kinds mentioned, ${PORT_KEY}=the workload's port, ${NAME_KEY}=its name, ${IP_KEY}=outside addresses, ${HOST_KEY}=an outside host name)` });
    }
    else if (owner !== undefined && owner !== key) problems.push({ path, message: `"${spelling}" already names question ${owner}` });
    else spelled.set(spelling, key);
  };
  const checkImplies = (imp: Record<string, string> | undefined, path: PropertyKey[]) => {
    for (const [k, v] of Object.entries(imp ?? {})) {
      const target = byKey.get(k);
      if (!target) problems.push({ path: [...path, k], message: `implies an answer to "${k}", which is not a question` });
      else if (!target.options.some((o) => o.value === v)) {
        problems.push({ path: [...path, k], message: `"${v}" is not an answer to ${k} (${target.options.map((o) => o.value).join(', ')})` });
      }
    }
  };
  for (const q of questions) {
    claim(q.key, q.key, ['questions', q.key]);
    claim(q.name, q.key, ['questions', q.key, 'name']);
    q.aliases.forEach((a, i) => claim(a, q.key, ['questions', q.key, 'aliases', i]));
    const values = new Set<string>();
    q.options.forEach((option, i) => {
      const path = ['questions', q.key, 'options', i];
      if (values.has(option.value)) problems.push({ path: [...path, 'value'], message: `"${option.value}" is listed twice` });
      values.add(option.value);
      checkImplies(option.implies, [...path, 'implies']);
      option.synonyms.forEach((s, j) => {
        if (typeof s !== 'string') checkImplies(s.implies, [...path, 'synonyms', j, 'implies']);
      });
    });
    q.options.forEach((option, i) => {
      if (option.negated !== undefined && (!values.has(option.negated) || option.negated === option.value)) {
        problems.push({ path: ['questions', q.key, 'options', i, 'negated'], message: `must be another answer of ${q.key}` });
      }
    });
    if (q.options.filter((o) => !o.hidden).length < 2) problems.push({ path: ['questions', q.key, 'options'], message: 'needs at least two options that are not hidden' });
  }
}

function compilePhrases(questions: Question[], problems: Problem[], lineOf: (path: PropertyKey[]) => number): Phrase[] {
  const seen = new Map<string, PropertyKey[]>();
  const phrases: Phrase[] = [];
  for (const q of questions) {
    q.options.forEach((option, i) => {
      option.synonyms.forEach((synonym, j) => {
        const path = ['questions', q.key, 'options', i, 'synonyms', j];
        const raw = typeof synonym === 'string' ? synonym : synonym.phrase;
        const words = phraseWords(raw);
        if (words.length === 0 || words.every((w) => w === '*')) {
          problems.push({ path, message: `"${raw}" has no words to match` });
          return;
        }
        if (words[0] === '*' || words.at(-1) === '*') {
          problems.push({ path, message: `"${raw}": a "*" gap must stand between two words` });
          return;
        }
        const normal = words.join(' ');
        const first = seen.get(normal);
        if (first) {
          problems.push({ path, message: `"${raw}" is already a synonym at line ${lineOf(first)}; a phrase may mean one answer only` });
          return;
        }
        seen.set(normal, path);
        phrases.push({
          words,
          key: q.key,
          value: option.value,
          weak: option.weak || (typeof synonym !== 'string' && synonym.weak === true),
          ...(typeof synonym !== 'string' && synonym.firm === true ? { firm: true } : {}),
          ...(option.negated ? { negated: option.negated } : {}),
          implies: { ...(option.implies ?? {}), ...(typeof synonym === 'string' ? {} : (synonym.implies ?? {})) },
        });
      });
    });
  }
  return longestFirst(phrases);
}

function checkGraph(
  start: string,
  nodes: Map<string, AskNode | LeafNode>,
  questions: Question[],
  recommendations: Record<RecommendationId, Recommendation>,
  problems: Problem[],
): void {
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const exists = (id: string) => nodes.has(id) || isRecommendationId(id);
  if (!nodes.has(start)) problems.push({ path: ['start'], message: `"${start}" is not a node` });
  for (const id of nodes.keys()) {
    if (isRecommendationId(id)) problems.push({ path: ['nodes', id], message: `"${id}" is a recommendation id; name the node differently` });
  }

  for (const node of nodes.values()) {
    if (isLeaf(node)) continue;
    const question = byKey.get(node.ask);
    if (!question) {
      problems.push({ path: ['nodes', node.id, 'ask'], message: `"${node.ask}" is not a question (${[...byKey.keys()].join(', ')})` });
      continue;
    }
    const values = question.options.map((o) => o.value);
    for (const [value, edge] of node.then) {
      if (!values.includes(value)) problems.push({ path: ['nodes', node.id, 'then', value], message: `"${value}" is not an answer to ${node.ask} (${values.join(', ')})` });
      else if (!exists(edge.to)) problems.push({ path: ['nodes', node.id, 'then', value], message: `leads to "${edge.to}", which is neither a node nor a recommendation` });
    }
    for (const value of values) {
      if (!node.then.has(value)) problems.push({ path: ['nodes', node.id, 'then'], message: `the answer "${value}" leads nowhere; every answer to ${node.ask} needs a branch` });
    }
    if (node.assume !== undefined && !values.includes(node.assume)) {
      problems.push({ path: ['nodes', node.id, 'assume'], message: `"${node.assume}" is not an answer to ${node.ask}` });
    }
    if (node.otherwise !== undefined && !values.includes(node.otherwise)) {
      problems.push({ path: ['nodes', node.id, 'otherwise'], message: `"${node.otherwise}" is not an answer to ${node.ask}` });
    }
    if (node.otherwise !== undefined && node.assume !== undefined) {
      problems.push({ path: ['nodes', node.id, 'otherwise'], message: 'a node either assumes (shown) or takes a branch otherwise (silent), not both' });
    }
  }
  if (problems.length > 0) return;

  // Cycles: depth-first, colouring nodes on the current path.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    const node = nodes.get(id);
    if (!node || isLeaf(node)) return;
    state.set(id, 'open');
    for (const [value, edge] of node.then) {
      if (state.get(edge.to) === 'open') {
        const loop = [...trail.slice(trail.indexOf(edge.to)), id, edge.to].join(' -> ');
        problems.push({ path: ['nodes', id, 'then', value], message: `leads back to "${edge.to}": a cycle (${loop})` });
      } else if (state.get(edge.to) !== 'done') {
        visit(edge.to, [...trail, id]);
      }
    }
    state.set(id, 'done');
  };
  visit(start, []);
  if (problems.length > 0) return;

  // Reachability from the start, for nodes, recommendations and questions.
  const reached = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (reached.has(id)) continue;
    reached.add(id);
    const node = nodes.get(id);
    if (node && isLeaf(node)) reached.add(node.recommend);
    else if (node) for (const edge of node.then.values()) queue.push(edge.to);
  }
  for (const id of nodes.keys()) if (!reached.has(id)) problems.push({ path: ['nodes', id], message: `no answer leads to "${id}" (unreachable)` });
  for (const id of Object.keys(recommendations)) {
    if (!reached.has(id)) problems.push({ path: ['recommendations', id], message: `no path of the tree ends in "${id}" (unreachable)` });
  }
  const askNodes = [...nodes.values()].filter((n): n is AskNode => !isLeaf(n) && reached.has(n.id));
  const asked = new Set(askNodes.map((n) => n.ask));
  const assumed = new Set(askNodes.filter((n) => n.assume !== undefined).map((n) => n.ask));
  for (const q of questions) {
    if (!asked.has(q.key)) problems.push({ path: ['questions', q.key], message: `no node asks "${q.key}" (unused question)` });
    q.options.forEach((o, i) => {
      if (o.hints.length > 0 && !assumed.has(q.key)) {
        problems.push({ path: ['questions', q.key, 'options', i, 'hints'], message: `hints only matter where a node assumes "${q.key}", and none does` });
      }
    });
  }
}

function checkRecommendations(
  recommendations: Record<RecommendationId, Recommendation>,
  questions: Question[],
  topics: ReadonlySet<string>,
  problems: Problem[],
): void {
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const mentioned = new Map<string, string>();
  for (const [id, rec] of Object.entries(recommendations)) {
    const path = ['recommendations', id];
    rec.topics.forEach((t, i) => {
      if (!topics.has(t)) problems.push({ path: [...path, 'topics', i], message: `"${t}" is not a topic in the knowledge base` });
    });
    rec.compare.forEach((pair, i) => {
      for (const t of pair) if (!topics.has(t)) problems.push({ path: [...path, 'compare', i], message: `"${t}" is not a topic in the knowledge base` });
    });
    rec.mentions.forEach((m, i) => {
      const normal = phraseWords(m).join(' ');
      const owner = mentioned.get(normal);
      if (owner !== undefined) problems.push({ path: [...path, 'mentions', i], message: `"${m}" already mentions ${owner}` });
      mentioned.set(normal, id);
    });
    rec.whyNot.forEach((entry, i) => {
      for (const [k, values] of Object.entries(entry.when ?? {})) {
        const q = byKey.get(k);
        const bad = q ? values.filter((v) => !q.options.some((o) => o.value === v)) : values;
        if (bad.length > 0) problems.push({ path: [...path, 'whyNot', i, 'when', k], message: q ? `${bad.join(', ')}: not answers to ${k}` : `"${k}" is not a question` });
      }
    });
  }
}

// ---- every path -----------------------------------------------------------------------------

export interface TreePath {
  /** The answers along the path, in the order they are asked (assumed nodes included). */
  answers: [string, string][];
  leaf: string;
  recommendation: RecommendationId;
}

/** Every path from the start to a recommendation, each answer of each node taken in turn. */
export function treePaths(tree: DecisionTree): TreePath[] {
  const paths: TreePath[] = [];
  const walk = (id: string, answers: [string, string][]): void => {
    const node = tree.node(id);
    if (!node) {
      paths.push({ answers, leaf: id, recommendation: id as RecommendationId });
    } else if (isLeaf(node)) {
      paths.push({ answers, leaf: id, recommendation: node.recommend });
    } else {
      for (const [value, edge] of node.then) walk(edge.to, [...answers, [node.ask, value]]);
    }
  };
  walk(tree.start, []);
  return paths;
}
