// The shape of a lint rule, in the spirit of k8sgpt's analyzers: a rule gets one parsed object
// (with the positions of its document) and the rest of the paste, and returns findings. A
// finding names where (a path, turned into a line), what is wrong, what would work, and may
// carry a repair that edits a draft copy of the object. No I/O, no printing inside a rule.

import type { PolicyDefaults } from '../params.js';
import type { Path, PosNode } from '../positions.js';
import type { SourceDocument } from '../source.js';

export type Severity = 'error' | 'warning' | 'note';

export type Obj = Record<string, unknown>;

/** One Kubernetes object in the paste: a document, or an item of a `kind: List` document. */
export interface LintObject {
  /** 1-based document number. */
  doc: number;
  /** Where the object sits in its document: [] or ['items', i]. */
  base: Path;
  value: Obj;
  /** Positions of the whole document. */
  positions: PosNode | null;
  apiVersion: string;
  kind: string;
  name: string;
  /** The namespace it names, or null when it names none (then `kubectl apply -n` decides). */
  namespace: string | null;
}

/** A pod template the paste defines (a Deployment's, a Pod's own, ...). */
export interface PodTemplate {
  owner: LintObject;
  labels: Record<string, string>;
  /** Named container ports: name -> containerPort. */
  ports: Map<string, number>;
}

export interface LintContext {
  /** Every object in the paste, of every kind (for selectors, EndpointSlices, pods). */
  objects: readonly LintObject[];
  /** The pod templates among them, read once per lint pass. */
  pods: readonly PodTemplate[];
  defaults: PolicyDefaults;
}

export interface RuleFinding {
  /** Where, relative to the object. */
  path: Path;
  severity: Severity;
  /** What is wrong, in a sentence. */
  message: string;
  /** What would work; when `repair` is set, what the corrected YAML does. */
  fix: string;
  /** Edits the draft copy of the object (which earlier repairs may have changed already). */
  repair?: (draft: Obj) => void;
}

export interface Rule {
  id: string;
  /** One line: what it looks for. */
  summary: string;
  appliesTo(object: LintObject): boolean;
  check(object: LintObject, context: LintContext): RuleFinding[];
}

/** A rule over a whole document's text (syntax), before there is an object. */
export interface DocumentRule {
  id: string;
  summary: string;
  check(document: SourceDocument): { line: number; severity: Severity; message: string; fix: string; repaired: boolean }[];
}

export interface Finding {
  rule: string;
  /** 1-based document number and line in the paste. */
  doc: number;
  line: number;
  severity: Severity;
  message: string;
  fix: string;
  /** True when the corrected YAML includes this fix. */
  repaired: boolean;
  /** Path inside the document, when the finding is about a field. */
  path?: Path;
}
