// A Service's selector set beside the labels of the pods it should select, as pasted with a question
// ("why are there no endpoints?" under `kubectl get svc -o yaml` and `kubectl get pods --show-labels`):
// a Service selects a pod only when the pod carries every key/value of the selector, so the labels
// that do not match are the answer, in the asker's own names.

import { selects } from '../cluster/model.js';

/** `selector:` in a pasted manifest, then its indented `key: value` lines. */
const YAML_SELECTOR = /^([ \t]*)selector:[ \t]*\n((?:\1[ \t]+[\w./-]+:[ \t]*\S+[ \t]*\n?)+)/m;
/** `Selector: app=api,tier=web` as `kubectl describe service` prints it. */
const DESCRIBED_SELECTOR = /^[ \t]*Selector:[ \t]+(\S+=\S+)[ \t]*$/m;
/** `matchLabels:` is a Deployment's or a policy's selector, not a Service's. */
const MATCH_LABELS = /^[ \t]*matchLabels:/m;
/** The LABELS column of `kubectl get pods --show-labels`: the last column, `k=v,k2=v2`. */
const LABELS_HEADER = /^[ \t]*NAME\b.*\bLABELS[ \t]*$/m;

/** The pods' labels told in words: "pods only have label app=web", "my pods are labelled app=api, tier=be". */
const POD_LABELS_SAID = /\bpods?\b[^.\n`]{0,40}?\b(?:labels?|labell?ed)\b(?:\s+(?:is|are|of|with|as))?[:\s]+`?((?:[\w./-]+=[\w.-]*[a-z0-9])(?:\s*(?:,|\band\b)\s*[\w./-]+=[\w.-]*[a-z0-9])*)/i;

type Labels = Record<string, string>;

function pairs(list: string, separator: RegExp): Labels {
  // No prototype: a pasted key such as `__proto__` is a label like any other.
  const out: Labels = Object.create(null) as Labels;
  for (const item of list.split(separator)) {
    const m = /^\s*([\w./-]+)\s*[:=]\s*["']?([\w.-]+)["']?\s*$/.exec(item);
    if (m) out[m[1] as string] = m[2] as string;
  }
  return out;
}

function serviceSelector(text: string): Labels | null {
  const yaml = YAML_SELECTOR.exec(text);
  if (yaml && !MATCH_LABELS.test(text.slice(0, yaml.index + yaml[0].length))) {
    const selector = pairs(yaml[2] as string, /\n/);
    if (Object.keys(selector).length > 0) return selector;
  }
  const described = DESCRIBED_SELECTOR.exec(text);
  return described ? pairs(described[1] as string, /,/) : null;
}

/** Each pod's labels from a `--show-labels` table pasted after its header, or as the message tells them. */
function podLabels(text: string): Labels[] {
  const header = LABELS_HEADER.exec(text);
  if (!header) {
    const told = POD_LABELS_SAID.exec(text);
    return told ? [pairs(told[1] as string, /,|\band\b/)] : [];
  }
  const out: Labels[] = [];
  for (const line of text.slice(header.index + header[0].length).split('\n').slice(1)) {
    const columns = line.trim().split(/\s+/);
    const last = columns[columns.length - 1] ?? '';
    if (columns.length < 2 || !last.includes('=')) break;
    out.push(pairs(last, /,/));
  }
  return out;
}

const said = (labels: Labels, sep: string): string => Object.entries(labels).map(([k, v]) => `${k}${sep}${v}`).join(', ');

/** What the pasted selector and pod labels say, in the asker's names; null when either is missing or they match. */
export function selectorMismatchAnswer(text: string): string | null {
  const selector = serviceSelector(text);
  const pods = podLabels(text);
  if (selector === null || pods.length === 0) return null;
  if (pods.some((labels) => selects(selector, labels))) return null;
  const [pod] = pods as [Labels];
  const missing = Object.fromEntries(Object.entries(selector).filter(([k, v]) => pod[k] !== v));
  return (
    `The Service selects **\`${said(selector, ': ')}\`**, but the pods are labelled \`${said(pod, '=')}\`: a Service selects only pods that carry every label of its selector, ` +
    `so no pod matches and it has no endpoints. Make them agree: set the selector to the pods' labels, or add \`${said(missing, ': ')}\` to the pod template's labels ` +
    '(`spec.template.metadata.labels` of the Deployment), which rolls out new pods.'
  );
}
