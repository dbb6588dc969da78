// The replies of `which`: one question with its answers as buttons, or a recommendation with
// the reasons tied to the answers, caveats, alternatives and the next commands (YAML, explain,
// compare). Every button is the canonical command for the path so far.

import type { Answers } from '../../knowledge/tree-facts.js';
import {
  answerLabel,
  canonicalCommand,
  reachableRecommendations,
  usedAnswers,
  walkTree,
  withAnswer,
  withoutAnswer,
  type Step,
  type Walk,
} from '../../knowledge/tree-walk.js';
import type { DecisionTree, Recommendation, RecommendationId, YamlChoice } from '../../knowledge/tree.js';
import { choices, code, heading, note, paragraph, reply, type Block, type Choice, type Reply } from '../reply.js';

type QuestionWalk = Extract<Walk, { kind: 'question' }>;
type RecommendationWalk = Extract<Walk, { kind: 'recommendation' }>;

/** What the team's policy says about names in generated YAML. */
export interface YamlDefaults {
  namespace: string;
  domain?: string | undefined;
  ingressClass?: string | undefined;
}

export const START_OVER: Choice = { label: 'Start over', command: 'which' };
/** At most this many "change an assumption" buttons, so the reply stays within chat limits. */
const MAX_CHANGES = 4;

const bullets = (title: string, lines: readonly string[]): Block => paragraph(`**${title}**\n${lines.map((l) => `- ${l}`).join('\n')}`);

/** "Back" undoes the last answer the user gave on this path; "Start over" forgets everything. */
function navigation(tree: DecisionTree, answers: Answers, steps: readonly Step[]): Choice[] {
  const nav: Choice[] = [];
  const last = [...steps].reverse().find((s) => !s.assumed);
  const back = last ? canonicalCommand(tree, withoutAnswer(answers, last.key)) : undefined;
  if (back !== undefined && back !== START_OVER.command) nav.push({ label: 'Back', command: back });
  if (canonicalCommand(tree, answers) !== START_OVER.command) nav.push(START_OVER);
  return nav;
}

/** At most this many outcomes make an answer's "leads to" line worth showing. */
const MAX_LEADS = 3;

const shortTitle = (rec: Recommendation): string => rec.title.replace(/ \(.*$/, '');

/**
 * What each answer to the question leads to, when the facts so far narrow it down ("A managed
 * cloud: LoadBalancer Service"): the person sees the likely outcome before answering.
 */
function leadsTo(tree: DecisionTree, answers: Answers, walk: QuestionWalk): Block[] {
  if (answers.facts.size === 0) return [];
  const lines: string[] = [];
  for (const option of walk.question.options.filter((o) => !o.hidden)) {
    const ids = [...reachableRecommendations(tree, withAnswer(answers, walk.question.key, option.value))];
    if (ids.length > 0 && ids.length <= MAX_LEADS) lines.push(`${option.label}: ${ids.map((id) => shortTitle(tree.recommendations[id])).join(' or ')}`);
  }
  return lines.length > 0 ? [bullets('Where each answer leads', lines)] : [];
}

/** Why not the kinds the message asked about that no answer from here can lead to. */
function ruledOut(tree: DecisionTree, answers: Answers): Block[] {
  if (answers.mentions.length === 0) return [];
  const reachable = [...reachableRecommendations(tree, answers)];
  const blocks: Block[] = [];
  for (const kind of answers.mentions) {
    if (reachable.some((id) => id === kind || PARTS[id]?.includes(kind))) continue;
    const reason = whyNot(tree.recommendations[kind], answers.facts);
    if (reason) blocks.push(paragraph(`**Why not ${tree.recommendations[kind].title}?** ${reason}`));
  }
  return blocks;
}

export function questionReply(tree: DecisionTree, answers: Answers, walk: QuestionWalk, notes: Block[]): Reply {
  const { question } = walk;
  const given = walk.steps.filter((s) => !s.assumed);
  const blocks: Block[] = [...notes];
  if (answers.facts.size === 0 && answers.contested.size === 0) {
    blocks.push(
      paragraph(
        'I will recommend how to expose it, one question at a time. You can also say it all at once, e.g. `which internet http bare-metal prod`.',
      ),
    );
  }
  if (walk.contested) {
    const said = walk.contested.map((v) => answerLabel(tree, question.key, v)).join('; ');
    blocks.push(note(`You mentioned more than one answer to this: ${said}. Which one is it?`, 'warning'));
  }
  if (given.length > 0) blocks.push(paragraph(`So far: ${given.map((s) => answerLabel(tree, s.key, s.value)).join(' · ')}`));
  blocks.push(...ruledOut(tree, answers));
  blocks.push(heading(question.text));
  blocks.push(...leadsTo(tree, answers, walk));
  blocks.push(
    choices(
      question.options
        .filter((o) => !o.hidden)
        .map((o) => ({ label: o.label, command: canonicalCommand(tree, withAnswer(answers, question.key, o.value)) })),
    ),
  );
  const nav = navigation(tree, answers, walk.steps);
  if (nav.length > 0) blocks.push(choices(nav));
  return reply('which', blocks, {
    data: { question: question.name, answers: usedAnswers(tree, walk.steps), command: canonicalCommand(tree, answers) },
  });
}

// ---- recommendation -------------------------------------------------------------------------

/** Service ports we put in generated YAML and commands, by protocol; the reply says to change them. */
const PORT_BY_PROTOCOL: Record<string, string> = { http: '80', ws: '80', grpc: '50051', tcp: '9000', udp: '9000' };

function placeholders(answers: Answers, steps: readonly Step[], defaults: YamlDefaults): Record<string, string> {
  const protocol = steps.find((s) => s.key === 'p')?.value ?? answers.facts.get('p');
  const port = answers.port !== undefined ? String(answers.port) : (PORT_BY_PROTOCOL[protocol ?? 'http'] ?? '80');
  return {
    port,
    // A local port below 1024 needs root on the laptop.
    localPort: Number(port) < 1024 ? '8080' : port,
    protocol: protocol === 'udp' ? 'UDP' : '',
    host: defaults.domain ? `my-app.${defaults.domain}` : 'app.example.com',
    class: defaults.ingressClass ?? '',
    namespace: defaults.namespace,
    ...(answers.name !== undefined ? { name: answers.name } : {}),
    ...(answers.addresses !== undefined ? { ip: answers.addresses.join(',') } : {}),
    ...(answers.host !== undefined ? { outsideHost: answers.host } : {}),
  };
}

/** `{var}` is the variable's value; `{var|default}` the default when the variable is not set (`{name|my-app}`). */
const fill = (template: string, vars: Record<string, string>): string =>
  template.replace(/\{(\w+)(?:\|([a-z0-9.-]+))?\}/g, (m, name: string, fallback: string | undefined) => vars[name] ?? fallback ?? m);

/** A "Show YAML" button: the `yaml` command with the kind, name and parameters for this path. */
export function yamlCommand(choice: YamlChoice, extra: Record<string, string>, vars: Record<string, string>): string {
  const params = Object.entries({ ...choice.params, ...extra })
    .map(([k, v]) => [k, fill(v as string, vars)] as const)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}=${v}`);
  return ['yaml', choice.kind, fill(choice.name, vars), ...params].join(' ');
}

/** The first `whyNot` entry whose conditions the answers meet. */
function whyNot(rec: Recommendation, known: ReadonlyMap<string, string>): string | undefined {
  return rec.whyNot.find((entry) => Object.entries(entry.when ?? {}).every(([k, values]) => values.includes(known.get(k) ?? '')))?.text;
}

/** Kinds that are part of a recommendation, so mentioning them is not a disagreement. */
const PARTS: Partial<Record<RecommendationId, RecommendationId[]>> = {
  'ingress+nodeport': ['ingress', 'nodeport'],
  'port-forward': ['clusterip'],
};

/** Buttons that change one assumption, when the change leads somewhere else. */
function assumptionChanges(tree: DecisionTree, answers: Answers, walk: RecommendationWalk): Choice[] {
  const changes: Choice[] = [];
  for (const step of walk.steps.filter((s) => s.assumed && !s.moot)) {
    for (const option of tree.question(step.key)?.options ?? []) {
      if (option.hidden || option.value === step.value) continue;
      const changed = withAnswer(answers, step.key, option.value);
      const next = walkTree(tree, changed);
      const differs = next.kind === 'question' || next.recommendation !== walk.recommendation || next.leaf?.id !== walk.leaf?.id;
      if (differs) changes.push({ label: option.label, command: canonicalCommand(tree, changed) });
    }
  }
  return changes.slice(0, MAX_CHANGES);
}

export function recommendationReply(
  tree: DecisionTree,
  answers: Answers,
  walk: RecommendationWalk,
  defaults: YamlDefaults,
  notes: Block[],
): Reply {
  const id = walk.recommendation;
  const rec = tree.recommendations[id];
  const vars = placeholders(answers, walk.steps, defaults);
  const known = new Map([...answers.facts, ...walk.steps.map((s) => [s.key, s.value] as const)]);
  const blocks: Block[] = [...notes, heading(`Recommendation: ${rec.title}`), paragraph(rec.summary)];

  const why = walk.steps.filter((s) => !s.assumed && s.why).map((s) => s.why as string);
  if (why.length > 0) blocks.push(bullets('Why', why));
  for (const kind of answers.mentions) {
    if (kind === id || PARTS[id]?.includes(kind)) continue;
    const reason = whyNot(tree.recommendations[kind], known);
    if (reason) blocks.push(paragraph(`**Why not ${tree.recommendations[kind].title}?** ${reason}`));
  }
  const assumed = walk.steps.filter((s) => s.assumed && !s.moot);
  if (assumed.length > 0) {
    blocks.push(
      bullets(
        'Assumed (change it below if wrong)',
        assumed.map((s) => `${tree.question(s.key)?.text ?? s.key} ${answerLabel(tree, s.key, s.value)}`),
      ),
    );
  }
  if (rec.commands) blocks.push(code(fill(rec.commands, vars).trimEnd(), 'sh'));
  blocks.push(bullets('Caveats', [...(walk.leaf?.caveats ?? []), ...rec.caveats]));
  if (rec.alternatives.length > 0) blocks.push(bullets('Also worth knowing', rec.alternatives));
  blocks.push(paragraph(`Docs: ${rec.docs.map((d) => `[${d.label}](${d.url})`).join(' · ')}`));

  const next: Choice[] = [
    ...rec.yaml.map((y) => ({ label: y.label, command: yamlCommand(y, walk.leaf?.yaml ?? {}, vars) })),
    ...rec.topics.slice(0, 2).map((t) => ({ label: `Explain ${t}`, command: `explain ${t}` })),
    ...rec.compare.map(([a, b]) => ({ label: `Compare ${a} and ${b}`, command: `compare ${a} ${b}` })),
  ];
  blocks.push(choices(next, 'Next:'));
  const changes = assumptionChanges(tree, answers, walk);
  if (changes.length > 0) blocks.push(choices(changes, 'Not quite? Change an assumption:'));
  const nav = navigation(tree, answers, walk.steps);
  if (nav.length > 0) blocks.push(choices(nav));

  return reply('which', blocks, {
    data: {
      recommendation: id,
      answers: usedAnswers(tree, walk.steps),
      assumed: assumed.map((s) => tree.question(s.key)?.name ?? s.key),
      command: canonicalCommand(tree, answers),
    },
  });
}
