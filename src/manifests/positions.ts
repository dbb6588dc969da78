// Where each key and value of a parsed YAML document sits in the source, built from js-yaml 5's
// event stream (`parseEvents`: node kinds with source offsets). js-yaml's `load` returns plain
// values without positions, so lint findings look their line up here by path.
//
// The same walk measures how large the documents would be with every alias expanded: js-yaml
// keeps an alias as a shared reference, so a "billion laughs" paste loads small, but anything
// that walks or dumps it (our rules, `dump`) would expand it. We refuse such input up front.

import { EVENT_ID, getScalarValue, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';

export type Path = readonly (string | number)[];

export interface Position {
  /** 1-based line in the whole paste. */
  line: number;
  /** 1-based column. */
  column: number;
}

export type PosNode =
  | (Position & { kind: 'map'; entries: Map<string, { key: Position; value: PosNode }> })
  | (Position & { kind: 'seq'; items: PosNode[] })
  | (Position & { kind: 'scalar'; plain?: string })
  | (Position & { kind: 'alias' });

/** Offsets -> 1-based line and column, with a line offset for documents cut from a larger paste. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(
    text: string,
    private readonly firstLine = 1,
  ) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  at(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: this.firstLine + lo, column: offset - (this.starts[lo] as number) + 1 };
  }
}

export class AliasExpansionError extends Error {
  override name = 'AliasExpansionError';
  constructor(
    readonly reason: 'too-large' | 'recursive',
    readonly line: number,
  ) {
    super(reason === 'recursive' ? 'an alias refers to the node that contains it' : 'aliases expand beyond the limit');
  }
}

interface Frame {
  node: PosNode | null; // null for the document frame
  size: number;
  anchor: string | null;
  pendingKey: { name: string; at: Position } | null;
  expectKey: boolean;
  root?: PosNode | null;
}

/** Longest plain scalar whose text is kept: enough for any number or boolean. */
const PLAIN_TEXT_MAX = 40;

/**
 * A scalar's position, with its text as written when it is plain (unquoted, untagged) and
 * short: how a YAML 1.1 reader such as kubectl's would take it depends on that text.
 */
function scalarNode(source: string, event: ScalarEvent, at: Position): PosNode {
  if (event.style !== SCALAR_STYLE.PLAIN || event.tagStart >= 0 || event.valueEnd - event.valueStart > PLAIN_TEXT_MAX) return { kind: 'scalar', ...at };
  return { kind: 'scalar', ...at, plain: source.slice(event.valueStart, event.valueEnd) };
}

export interface PositionedDocuments {
  /** One root per document in the event stream (null for an empty document). */
  roots: (PosNode | null)[];
  /** Node count with every alias expanded (capped just above the limit). */
  expandedSize: number;
  aliasCount: number;
}

/**
 * Builds position trees for every document in `events`. Throws AliasExpansionError when the
 * documents would exceed `maxExpandedNodes` nodes with aliases expanded, or an alias is recursive.
 */
export function positionsFromEvents(events: Event[], source: string, lines: LineIndex, maxExpandedNodes: number): PositionedDocuments {
  const roots: (PosNode | null)[] = [];
  const anchors = new Map<string, number>(); // anchor -> expanded size of its node
  const open = new Set<string>(); // anchors whose node is still being read
  const stack: Frame[] = [];
  let expanded = 0;
  let aliasCount = 0;
  const cap = maxExpandedNodes + 1;

  const anchorOf = (e: { anchorStart: number; anchorEnd: number }) =>
    e.anchorStart >= 0 ? source.slice(e.anchorStart, e.anchorEnd) : null;

  const attach = (node: PosNode, size: number, keyName: string | null) => {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    parent.size = Math.min(cap, parent.size + size);
    if (parent.node === null) {
      parent.root = node;
      return;
    }
    if (parent.node.kind === 'seq') {
      parent.node.items.push(node);
    } else if (parent.node.kind === 'map') {
      if (parent.expectKey) {
        parent.pendingKey = { name: keyName ?? '?', at: { line: node.line, column: node.column } };
        parent.expectKey = false;
      } else {
        const key = parent.pendingKey ?? { name: '?', at: { line: node.line, column: node.column } };
        parent.node.entries.set(key.name, { key: key.at, value: node });
        parent.pendingKey = null;
        parent.expectKey = true;
      }
    }
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        stack.push({ node: null, size: 0, anchor: null, pendingKey: null, expectKey: false, root: null });
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const at = lines.at(event.start);
        const node: PosNode = event.type === EVENT_ID.MAPPING ? { kind: 'map', ...at, entries: new Map() } : { kind: 'seq', ...at, items: [] };
        const anchor = anchorOf(event);
        if (anchor !== null) open.add(anchor);
        stack.push({ node, size: 1, anchor, pendingKey: null, expectKey: true });
        break;
      }
      case EVENT_ID.SCALAR: {
        const at = lines.at(event.valueStart);
        const anchor = anchorOf(event);
        if (anchor !== null) anchors.set(anchor, 1);
        const parent = stack[stack.length - 1];
        const isKey = parent?.node?.kind === 'map' && parent.expectKey;
        attach(scalarNode(source, event, at), 1, isKey ? getScalarValue(source, event) : null);
        break;
      }
      case EVENT_ID.ALIAS: {
        aliasCount++;
        const at = lines.at(Math.max(0, event.anchorStart - 1));
        const name = source.slice(event.anchorStart, event.anchorEnd);
        if (open.has(name)) throw new AliasExpansionError('recursive', at.line);
        const size = anchors.get(name) ?? 1;
        attach({ kind: 'alias', ...at }, size, null);
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (!frame) break;
        if (frame.node === null) {
          roots.push(frame.root ?? null);
          expanded = Math.min(cap, expanded + frame.size);
          if (expanded > maxExpandedNodes) throw new AliasExpansionError('too-large', lines.at(0).line);
          break;
        }
        if (frame.anchor !== null) {
          open.delete(frame.anchor);
          anchors.set(frame.anchor, frame.size);
        }
        attach(frame.node, frame.size, null);
        const top = stack[stack.length - 1];
        if (top && top.size > maxExpandedNodes) throw new AliasExpansionError('too-large', frame.node.line);
        break;
      }
    }
  }
  return { roots, expandedSize: expanded, aliasCount };
}

/** The node at `path`, or undefined when the path leaves the tree (or passes through an alias). */
export function nodeAt(root: PosNode | null | undefined, path: Path): PosNode | undefined {
  let node: PosNode | undefined = root ?? undefined;
  for (const step of path) {
    if (!node) return undefined;
    if (node.kind === 'map' && typeof step === 'string') node = node.entries.get(step)?.value;
    else if (node.kind === 'seq' && typeof step === 'number') node = node.items[step];
    else return undefined;
  }
  return node;
}

/**
 * The best line for `path`: the line of its key when the path exists, else the line of the
 * deepest part of the path that does (a missing field is reported where its parent is).
 */
export function lineOf(root: PosNode | null | undefined, path: Path): number {
  let node: PosNode | undefined = root ?? undefined;
  let line = root?.line ?? 1;
  for (const step of path) {
    if (!node) break;
    if (node.kind === 'map' && typeof step === 'string') {
      const entry = node.entries.get(step);
      if (!entry) {
        // A key that a `<<` merge brought in is reported at the merge.
        const merge = node.entries.get('<<');
        if (merge) line = merge.key.line;
        break;
      }
      line = entry.key.line;
      node = entry.value;
    } else if (node.kind === 'seq' && typeof step === 'number') {
      const item = node.items[step];
      if (!item) break;
      line = item.line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}
