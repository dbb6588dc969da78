// `check`: pasted YAML -> findings with document and line numbers, and a corrected version.
//
// 1. Read the paste into documents (bounded: size, document count, alias expansion).
// 2. Run the document rules (syntax) and the object rules on every Service and Ingress; other
//    kinds are skipped but still inform the rules (pods for selectors, EndpointSlices).
// 3. Apply the findings' repairs to a draft copy, in rule order; lint the draft again (a few
//    rounds, since one repair can reveal the next) until nothing more is repairable.
// 4. A finding is "repaired" when its rule no longer reports it on the final draft.
// 5. Validate the final draft against the Kubernetes OpenAPI schema; what it still rejects
//    becomes a finding of its own.

import { echoValue } from '../core/reply.js';
import { dumpYaml } from './dump.js';
import type { PolicyDefaults } from './params.js';
import { lineOf, type Path } from './positions.js';
import { formatPath, validateAgainstSchema } from './schema.js';
import { CHECKED_KINDS, readDocuments, type SourceDocument } from './source.js';
import { DOCUMENT_RULES, RULES } from './lint/index.js';
import { deepCopy, get, getList, isObj, podTemplates, str } from './lint/objects.js';
import type { Finding, LintContext, LintObject, Obj, Rule, RuleFinding, Severity } from './lint/types.js';

/** The corrected YAML shown in full up to this size; above it only changed documents. */
export const MAX_CORRECTED_CHARS = 20_000;
/** Above this even the changed documents are not shown. */
export const MAX_CORRECTED_CHANGED_CHARS = 60_000;
const MAX_ROUNDS = 3;

export interface ObjectSummary {
  doc: number;
  kind: string;
  name: string;
}

export interface Corrected {
  yaml: string;
  /** Documents (numbers in the paste) the corrected YAML holds, and which of them changed. */
  documents: number[];
  changed: number[];
  /** True when unchanged documents were left out to keep the reply short. */
  onlyChanged: boolean;
}

export interface CheckReport {
  ok: true;
  documents: number;
  emptyDocuments: number;
  findings: Finding[];
  checked: ObjectSummary[];
  skipped: ObjectSummary[];
  /** Documents that could not be read even after repair attempts. */
  unreadable: number[];
  /** The corrected YAML, when anything was repaired and it fits. */
  corrected: Corrected | null;
  /** Repairs exist but the corrected YAML is too large to show. */
  correctedTooLarge: boolean;
  /** Whether every checked object of the corrected version passes the OpenAPI schema. */
  schemaValid: boolean;
}

export type CheckRefusal = { ok: false; refusal: 'too-large' | 'too-many-documents' | 'alias-bomb' | 'recursive-alias'; detail: string; line?: number };
export type CheckResult = CheckReport | CheckRefusal;

/** The objects of one document value (a List's items, or the document itself). */
function objectsOf(source: SourceDocument, value: unknown): LintObject[] {
  if (!isObj(value) || typeof value.kind !== 'string') return [];
  const make = (v: Obj, base: Path): LintObject => ({
    doc: source.number,
    base,
    value: v,
    positions: source.positions,
    apiVersion: str(v.apiVersion) ?? '',
    kind: str(v.kind) ?? '',
    name: str(get(v, ['metadata', 'name'])) ?? str(v.name) ?? '',
    namespace: str(get(v, ['metadata', 'namespace'])) ?? null,
  });
  if (value.kind === 'List' || (value.kind.endsWith('List') && Array.isArray(value.items))) {
    return getList(value, ['items']).flatMap((item, i) => (isObj(item) && typeof item.kind === 'string' ? [make(item, ['items', i])] : []));
  }
  return [make(value, [])];
}

interface Raw {
  object: LintObject;
  rule: Rule;
  finding: RuleFinding;
}

function lint(objects: readonly LintObject[], defaults: PolicyDefaults): Raw[] {
  const context: LintContext = { objects, pods: podTemplates(objects), defaults };
  const out: Raw[] = [];
  for (const rule of RULES) {
    for (const object of objects) {
      if (!CHECKED_KINDS.includes(object.kind) || !rule.appliesTo(object)) continue;
      for (const finding of rule.check(object, context)) out.push({ object, rule, finding });
    }
  }
  return out;
}

const key = (r: Raw) => `${r.object.doc}|${r.object.base.join('.')}|${r.rule.id}|${r.finding.path.join('.')}`;
const overlaps = (a: Path, b: Path) => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
};
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

export async function checkManifests(text: string, defaults: PolicyDefaults): Promise<CheckResult> {
  const read = readDocuments(text);
  if (!read.ok) return read;
  const findings: Finding[] = [];
  const unreadable: number[] = [];

  for (const source of read.documents) {
    if (source.value === undefined) unreadable.push(source.number);
    for (const rule of DOCUMENT_RULES) {
      for (const f of rule.check(source)) findings.push({ rule: rule.id, doc: source.number, ...f });
    }
  }

  const readable = read.documents.filter((d) => d.value !== undefined);
  const originals = readable.flatMap((d) => objectsOf(d, d.value));
  const drafts = new Map<number, unknown>(readable.map((d) => [d.number, deepCopy(d.value)]));
  const draftObjects = () => readable.flatMap((d) => objectsOf(d, drafts.get(d.number)));
  const draftOf = (object: LintObject): Obj | undefined => {
    const root = drafts.get(object.doc);
    const v = object.base.length === 0 ? root : get(root, object.base);
    return isObj(v) ? v : undefined;
  };
  const applyRepairs = (raws: Raw[]) => {
    let applied = 0;
    for (const r of raws) {
      const draft = draftOf(r.object);
      if (!r.finding.repair || !draft) continue;
      r.finding.repair(draft);
      applied++;
    }
    return applied;
  };

  const first = lint(originals, defaults);
  applyRepairs(first);
  let final = lint(draftObjects(), defaults);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const repairable = final.filter((r) => r.finding.repair);
    if (repairable.length === 0 || applyRepairs(repairable) === 0) break;
    final = lint(draftObjects(), defaults);
  }
  const finalObjects = draftObjects();
  const remaining = new Set(final.map(key));
  const reported = new Set(first.map(key));

  const toFinding = (r: Raw, repaired: boolean): Finding => ({
    rule: r.rule.id,
    doc: r.object.doc,
    line: lineOf(r.object.positions, [...r.object.base, ...r.finding.path]),
    severity: r.finding.severity,
    message: r.finding.message,
    fix: r.finding.fix,
    repaired,
    path: [...r.object.base, ...r.finding.path],
  });
  for (const r of first) findings.push(toFinding(r, !remaining.has(key(r))));
  // What only shows once other repairs are made (rare): report it, unrepaired.
  for (const r of final) if (!reported.has(key(r))) findings.push(toFinding(r, false));

  // The schema check of what the corrected YAML holds.
  let schemaValid = true;
  for (const object of finalObjects) {
    if (!CHECKED_KINDS.includes(object.kind)) continue;
    const errors = await validateAgainstSchema(object.value);
    if (errors === null || errors.length === 0) continue;
    schemaValid = false;
    const open = findings.filter((f) => f.doc === object.doc && !f.repaired && f.path !== undefined);
    for (const error of errors) {
      const path = [...object.base, ...error.path];
      if (open.some((f) => overlaps(f.path as Path, path))) continue;
      findings.push({
        rule: 'schema',
        doc: object.doc,
        line: lineOf(object.positions, path),
        severity: 'error',
        message: `${error.message} (Kubernetes OpenAPI schema).`,
        fix: `Correct ${echoValue(formatPath(error.path))} by hand.`,
        repaired: false,
        path,
      });
    }
  }

  // A document whose syntax was repaired but that we do not show (not a Service or Ingress) is
  // not fixed for the user.
  const shown = new Set(originals.filter((o) => CHECKED_KINDS.includes(o.kind)).map((o) => o.doc));
  for (const f of findings) {
    if (f.rule === 'yaml-syntax' && f.repaired && !shown.has(f.doc)) {
      f.repaired = false;
      f.fix = f.fix.replace(/ The corrected YAML does this \(([^)]*)\);.*$/, ' Suggested: $1.');
    }
  }

  findings.sort((a, b) => a.doc - b.doc || a.line - b.line || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);

  const { corrected, tooLarge } = correctedYaml(readable, originals, drafts);
  return {
    ok: true,
    documents: read.documents.length,
    emptyDocuments: read.emptyDocuments,
    findings,
    checked: originals.filter((o) => CHECKED_KINDS.includes(o.kind)).map(summary),
    skipped: originals.filter((o) => !CHECKED_KINDS.includes(o.kind)).map(summary),
    unreadable,
    corrected,
    correctedTooLarge: tooLarge,
    schemaValid,
  };
}

const summary = (o: LintObject): ObjectSummary => ({ doc: o.doc, kind: o.kind, name: o.name });

/** Strips a leading `---` line and trailing blank lines from a document's own text. */
const bare = (text: string) => text.replace(/^---[ \t]*\n/, '').replace(/\s+$/, '');

function correctedYaml(
  readable: SourceDocument[],
  originals: LintObject[],
  drafts: Map<number, unknown>,
): { corrected: Corrected | null; tooLarge: boolean } {
  const pieces: { doc: number; text: string; changed: boolean }[] = [];
  for (const source of readable) {
    const objects = originals.filter((o) => o.doc === source.number && CHECKED_KINDS.includes(o.kind));
    if (objects.length === 0) continue;
    const draft = drafts.get(source.number);
    const isList = objects.some((o) => o.base.length > 0);
    if (isList) {
      // Items of a List come out as documents of their own (the List may hold other kinds).
      for (const o of objects) {
        const item = get(draft, o.base);
        pieces.push({ doc: source.number, text: dumpYaml(item).trimEnd(), changed: JSON.stringify(item) !== JSON.stringify(o.value) });
      }
      continue;
    }
    const changed = JSON.stringify(draft) !== JSON.stringify(source.value);
    if (changed) pieces.push({ doc: source.number, text: dumpYaml(draft).trimEnd(), changed: true });
    else if (source.repairedText !== undefined) pieces.push({ doc: source.number, text: bare(source.repairedText), changed: true });
    else pieces.push({ doc: source.number, text: bare(source.text), changed: false });
  }
  if (!pieces.some((p) => p.changed)) return { corrected: null, tooLarge: false };
  const join = (list: typeof pieces) => `${list.map((p) => p.text).join('\n---\n')}\n`;
  let chosen = pieces;
  let yaml = join(chosen);
  let onlyChanged = false;
  if (yaml.length > MAX_CORRECTED_CHARS) {
    chosen = pieces.filter((p) => p.changed);
    yaml = join(chosen);
    onlyChanged = true;
    if (yaml.length > MAX_CORRECTED_CHANGED_CHARS) return { corrected: null, tooLarge: true };
  }
  const unique = (xs: number[]) => [...new Set(xs)];
  return {
    corrected: { yaml, documents: unique(chosen.map((p) => p.doc)), changed: unique(chosen.filter((p) => p.changed).map((p) => p.doc)), onlyChanged },
    tooLarge: false,
  };
}
