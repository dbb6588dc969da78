// `check <YAML>`: lints pasted manifests and offers a corrected version.

import type { Command, CommandInput, Recognition } from '../command.js';
import type { Context } from '../context.js';
import { choices, code, echo, echoValue, heading, invalidInput, note, paragraph, reply, table, type Block, type Choice, type Reply } from '../reply.js';
import { LEVEL } from '../route.js';
import type { CheckRefusal, CheckReport, ObjectSummary } from '../../manifests/check.js';
import { formatPath } from '../../manifests/schema.js';
import { CHECKED_KINDS, MAX_DOCUMENTS, MAX_EXPANDED_NODES, MAX_SOURCE_CHARS } from '../../manifests/source.js';

/** Most findings listed in the reply; all of them are in `data.findings`. */
const MAX_ROWS = 40;

/**
 * The rest of the command line is YAML when it starts like a document, a flow collection or a
 * manifest's first key; "check this:" is not.
 */
const YAML_START = /^(---|\{|\[|["']?(apiVersion|kind|metadata|spec|items)["']?\s*:)/;

function yamlFrom(input: CommandInput): { text: string; ignored: string | null } {
  const rest = input.parsed.line.replace(/^\S+\s*/, '').trim();
  const body = input.body ?? '';
  if (rest !== '' && YAML_START.test(rest)) return { text: body === '' ? rest : `${rest}\n${body}`, ignored: null };
  return { text: body, ignored: rest === '' ? null : rest };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function formatBytes(chars: number): string {
  return chars < 1024 * 1024 ? `${Math.round(chars / 1024)} kB` : `${(chars / (1024 * 1024)).toFixed(1)} MB`;
}

function refused(result: CheckRefusal, size: number): Reply {
  const at = result.line !== undefined ? ` (line ${result.line})` : '';
  switch (result.refusal) {
    case 'too-large':
      return invalidInput('check', `That paste is ${formatBytes(size)}; I check at most ${formatBytes(MAX_SOURCE_CHARS)} at a time.`, 'Send only the Services and Ingresses, or split the paste into parts.');
    case 'too-many-documents':
      return invalidInput('check', `That paste has more than ${plural(MAX_DOCUMENTS, 'document')}; I check at most ${MAX_DOCUMENTS} at a time.`, 'Split it into smaller pastes.');
    case 'alias-bomb':
      return invalidInput(
        'check',
        `That YAML uses anchors and aliases that expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes${at}: it looks like a YAML bomb, so I stopped reading.`,
        'Kubernetes manifests rarely need anchors (`&name`) and aliases (`*name`): write the values out.',
      );
    case 'recursive-alias':
      return invalidInput('check', `An alias${at} refers to the node that contains it, which makes an endless structure.`, 'Kubernetes objects cannot be recursive: write the values out instead of using the alias.');
  }
}

function kindsList(objects: ObjectSummary[]): string {
  const counts = new Map<string, number>();
  for (const o of objects) counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
  return [...counts]
    .map(([kind, n]) => {
      // A kind is the paste's own text: a plain word is a noun, anything else is quoted back.
      if (!/^[A-Za-z][A-Za-z0-9]{0,62}$/.test(kind)) return `${n.toLocaleString('en-US')} × ${kind === '' ? 'an object without a kind' : echoValue(kind)}`;
      return plural(n, kind, kind.endsWith('s') ? kind : `${kind}s`);
    })
    .join(', ');
}

function describeChecked(report: CheckReport): string {
  if (report.checked.length <= 3) {
    const names = report.checked.map((o) => `${o.kind}${o.name ? ` ${echoValue(o.name)}` : ''}${report.documents > 1 ? ` (document ${o.doc})` : ''}`);
    return `Checked ${names.join(', ')}.`;
  }
  return `Checked ${kindsList(report.checked)} in ${plural(report.documents, 'document')}.`;
}

function findingsTable(report: CheckReport): Block[] {
  const multi = report.documents > 1;
  const rows = report.findings.slice(0, MAX_ROWS).map((f) => [
    multi ? `doc ${f.doc}, line ${f.line}` : `line ${f.line}`,
    f.severity,
    f.message,
    f.repaired ? `${f.fix} (fixed below)` : f.fix,
  ]);
  const blocks: Block[] = [table(['Where', 'Severity', 'Problem', 'Fix'], rows)];
  if (multi) blocks.push(paragraph('Line numbers count from the start of the paste.'));
  if (report.findings.length > MAX_ROWS) {
    blocks.push(paragraph(`… and ${plural(report.findings.length - MAX_ROWS, 'more finding')} (every one is in the \`--json\` data).`));
  }
  return blocks;
}

function skippedNote(report: CheckReport): Block | null {
  if (report.skipped.length === 0) return null;
  const docs = [...new Set(report.skipped.map((o) => o.doc))];
  const where = docs.length <= 5 ? ` (${docs.length === 1 ? 'document' : 'documents'} ${docs.join(', ')})` : '';
  const usesPods = report.skipped.some((o) => ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'Pod', 'EndpointSlice', 'Endpoints'].includes(o.kind));
  return note(
    `Skipped ${kindsList(report.skipped)}${where}: I check only Services and Ingresses${usesPods && report.checked.length > 0 ? ', and used their pod labels, ports and EndpointSlices to check the Services' : ''}.`,
    'info',
  );
}

function relatedChoices(report: CheckReport): Choice[] {
  const kinds = new Set(report.checked.map((o) => o.kind));
  const out: Choice[] = [];
  if (kinds.has('Ingress')) out.push({ label: 'explain ingress', command: 'explain ingress' });
  if (kinds.has('Service')) out.push({ label: 'explain services', command: 'explain services' });
  out.push({ label: 'help check', command: 'help check' });
  return out;
}

function reportReply(report: CheckReport): Reply {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  const notes = report.findings.filter((f) => f.severity === 'note').length;
  const fixed = report.findings.filter((f) => f.repaired).length;
  const blocks: Block[] = [];
  const data = {
    documents: report.documents,
    errors,
    warnings,
    notes,
    findings: report.findings.map((f) => ({ ...f, path: f.path ? formatPath(f.path) : null })),
    checked: report.checked,
    skipped: report.skipped,
    corrected: report.corrected?.yaml ?? null,
    schemaValid: report.schemaValid,
  };

  if (report.checked.length === 0 && report.findings.length === 0) {
    const skipped = skippedNote(report);
    return reply(
      'check',
      [
        heading('Nothing to check'),
        ...(skipped ? [skipped] : []),
        paragraph('Paste Service or Ingress manifests after `check`, or render a correct one with `yaml`.'),
        choices([{ label: 'yaml clusterip web', command: 'yaml clusterip web' }, { label: 'yaml ingress web', command: 'yaml ingress web' }]),
      ],
      { data },
    );
  }

  if (report.findings.length === 0) {
    blocks.push(heading('No problems found'), paragraph(describeChecked(report)));
    blocks.push(note('It passes every check, including the Kubernetes OpenAPI schema.', 'success'));
  } else {
    const counts = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : '', notes ? plural(notes, 'note') : ''].filter(Boolean);
    blocks.push(heading(`${counts.join(', ')}${fixed > 0 ? ` (${fixed} fixed below)` : ''}`));
    if (report.checked.length > 0) blocks.push(paragraph(describeChecked(report)));
    blocks.push(...findingsTable(report));
  }
  const skipped = skippedNote(report);
  if (skipped) blocks.push(skipped);
  if (report.unreadable.length > 0) {
    blocks.push(
      note(
        `${report.unreadable.length === 1 ? 'Document' : 'Documents'} ${report.unreadable.join(', ')} could not be read as YAML (see the syntax error above), so ${report.unreadable.length === 1 ? 'it was' : 'they were'} not checked.`,
        'warning',
      ),
    );
  }

  if (report.corrected) {
    const c = report.corrected;
    const single = report.checked.length === 1 ? report.checked[0] : undefined;
    // The object's name makes the file name only when it is a valid one (it is the paste's text).
    const filename = single?.name && /^[a-z0-9]([-a-z0-9.]{0,61}[a-z0-9])?$/.test(single.name) ? `${single.name}.yaml` : 'fixed.yaml';
    blocks.push(paragraph(`**Corrected YAML** (${plural(fixed, 'fix', 'fixes')}; review it before applying):`));
    blocks.push(code(c.yaml, 'yaml', filename));
    blocks.push(paragraph(`\`kubectl diff -f ${filename}\` shows what would change; \`kubectl apply -f ${filename}\` applies it.`));
    if (c.onlyChanged) blocks.push(note(`Only the changed ${c.changed.length === 1 ? 'document' : 'documents'} (${c.changed.join(', ')}) ${c.changed.length === 1 ? 'is' : 'are'} shown; the others need no change.`, 'info'));
    const open = report.findings.filter((f) => !f.repaired && f.severity === 'error').length;
    if (report.schemaValid && open === 0) blocks.push(note('The corrected YAML passes the Kubernetes OpenAPI schema check.', 'success'));
    else if (open > 0) blocks.push(note(`${plural(open, 'error')} above still ${open === 1 ? 'needs' : 'need'} a fix by hand.`, 'warning'));
  } else if (report.correctedTooLarge) {
    blocks.push(note('The corrected YAML is too large to show here; check fewer documents at a time to get it.', 'info'));
  }
  blocks.push(choices(relatedChoices(report)));
  return reply('check', blocks, { data });
}

async function run(input: CommandInput, ctx: Context): Promise<Reply> {
  const { text, ignored } = yamlFrom(input);
  if (text.trim() === '') {
    if (ignored !== null && /^[a-z0-9][a-z0-9.-]*$/i.test(ignored) && !ignored.includes(' ')) {
      return invalidInput(
        'check',
        `\`check\` reads pasted YAML; ${echo(ignored)} is not YAML.`,
        'Paste the manifest after `check` (on the next lines or in a ``` block). To look at a Service in the cluster, use `service`.',
        [{ label: `service ${ignored}`, command: `service ${ignored}` }, { label: 'help check', command: 'help check' }],
      );
    }
    return invalidInput(
      'check',
      'There is no YAML to check.',
      'Paste the manifests after `check`: on the next lines, or inside a ``` code block. Several documents separated by `---` are fine.',
      [
        { label: 'help check', command: 'help check' },
        { label: 'yaml nodeport web', command: 'yaml nodeport web' },
      ],
    );
  }
  // The linter loads on first use, so start-up and other commands do not pay for its rules.
  const { checkManifests } = await import('../../manifests/check.js');
  const result = await checkManifests(text, ctx.runtime.policy.defaults);
  if (!result.ok) return refused(result, text.length);
  if (result.documents === 0) {
    return invalidInput('check', 'That paste holds only comments or empty documents.', 'Paste the Service or Ingress manifests themselves.', [
      { label: 'help check', command: 'help check' },
    ]);
  }
  const objects = result.checked.length + result.skipped.length;
  const answer = reportReply(result);
  if (objects === 0 && result.findings.every((f) => f.rule === 'not-an-object')) {
    answer.outcome = 'invalid';
    answer.visibility = 'private';
    answer.blocks.splice(0, 1, heading("That doesn't look like Kubernetes YAML"));
  }
  return answer;
}

const MANIFEST = /^\s*-?\s*["']?apiVersion["']?\s*:\s*\S/m;
const KIND = /^\s*-?\s*["']?kind["']?\s*:\s*\S|"kind"\s*:/m;

/** A line of prose, not YAML: starts unindented with a word and has no `key:` of its own. */
const PROSE_LINE = /^(?![\w"'.\/-]+\s*:(?:\s|$))[A-Za-z][^:{}\[\]]*$|^\s*$/;
/** The kinds a manifest text declares. */
const KIND_VALUE = /^\s*-?\s*["']?kind["']?\s*:\s*["']?([A-Za-z]+)/gm;

/** Free text holding a manifest ("is this right?" followed by YAML): run `check` on it. */
export function recognizeCheck(text: string): Recognition | null {
  if (!MANIFEST.test(text) && !/"apiVersion"\s*:/.test(text)) return null;
  if (!KIND.test(text)) return null;
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^\s*(---|["']?apiVersion["']?\s*:|["']?kind["']?\s*:|\{)/.test(l));
  if (start !== -1) {
    // Prose after the manifest ("how do I let frontend in") is the question, not YAML.
    let end = lines.length;
    while (end > start + 1 && PROSE_LINE.test(lines[end - 1] as string)) end--;
    const asked = start > 0 || end < lines.length;
    const manifest = lines.slice(start, end).join('\n');
    // A question about manifests this command does not lint (a NetworkPolicy…) is the knowledge's.
    const kinds = [...manifest.matchAll(KIND_VALUE)].map((m) => m[1] as string);
    if (asked && kinds.length > 0 && !kinds.some((k) => CHECKED_KINDS.includes(k)) && /\?|\b(?:how|what|why|which|can|should)\b/i.test([...lines.slice(0, start), ...lines.slice(end)].join(' '))) return null;
    return { score: LEVEL.explicit, command: `check\n${manifest}` };
  }
  // JSON after a few words on the same line: "can you look at {"apiVersion": …}".
  const json = text.search(/\{\s*"(?:apiVersion|kind)"\s*:/);
  return json === -1 ? null : { score: LEVEL.explicit, command: `check\n${text.slice(json)}` };
}

export const check: Command = {
  name: 'check',
  aliases: ['lint', 'fix'],
  summary: 'Lint pasted Service and Ingress YAML (several documents): problems with line numbers, then a corrected version.',
  usage: 'check <YAML>',
  examples: [
    'check {apiVersion: v1, kind: Service, metadata: {name: web}, spec: {selector: {app: web}, ports: [{port: 80, nodePort: 80}]}}',
    'check {apiVersion: extensions/v1beta1, kind: Ingress, metadata: {name: web}, spec: {backend: {serviceName: web, servicePort: 80}}}',
  ],
  takesBody: true,
  recognize: recognizeCheck,
  run,
};
