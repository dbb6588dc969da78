// Pasted text -> numbered YAML documents with values and positions. Never throws: a document that
// does not parse carries its error (line, column, reason) and, when a small, safe edit of its
// indentation makes it parse, the repaired text and value.
//
// The paste is cut at `---` lines first, so one broken document does not hide the others, and
// each piece is parsed with js-yaml 5's `parseEvents` + `constructFromEvents` (the same parser
// `loadAll` uses) so that positions and values come from one pass.

import { boolYaml11Tag, constructFromEvents, CORE_SCHEMA, floatYaml11Tag, intYaml11Tag, mergeTag, parseEvents, YAMLException } from 'js-yaml';
import { AliasExpansionError, LineIndex, positionsFromEvents, type PosNode } from './positions.js';

/** The kinds `check` lints (others in a paste are listed as skipped). */
export const CHECKED_KINDS = ['Service', 'Ingress'];

/**
 * YAML as kubectl reads it (sigs.k8s.io/yaml, a YAML 1.1 parser): `<<` merge keys are applied,
 * and unquoted `yes`/`no`/`on`/`off`/`y`/`n` are booleans, `0755` octal, `1_000` a number.
 * So `check` sees what the API server would get; the yaml-1.1-scalars rule names the cases
 * where that differs from what was meant. Dates stay strings (nothing in a Service or Ingress
 * is a timestamp).
 */
export const KUBECTL_SCHEMA = CORE_SCHEMA.withTags(mergeTag, boolYaml11Tag, intYaml11Tag, floatYaml11Tag);

/** Largest paste `check` reads. A Helm chart's rendered output fits; a log file does not. */
export const MAX_SOURCE_CHARS = 512 * 1024;
/** Most documents in one paste. */
export const MAX_DOCUMENTS = 1000;
/** Most YAML nodes with every alias expanded, over the whole paste (billion-laughs guard). */
export const MAX_EXPANDED_NODES = 200_000;
/** How many indentation edits a syntax repair may try in one document. */
const MAX_REPAIRS = 6;

export interface SyntaxProblem {
  /** 1-based line and column in the whole paste. */
  line: number;
  column: number;
  /** js-yaml's reason, e.g. "bad indentation of a mapping entry". */
  reason: string;
}

export interface Repair {
  line: number;
  /** What was changed, in words: "indented like line 4". */
  change: string;
}

export interface SourceDocument {
  /** 1-based number among the paste's non-empty documents. */
  number: number;
  /** 1-based line where the document's text starts (its `---` line if it has one). */
  startLine: number;
  /** The document's own text, as pasted. */
  text: string;
  /** The parsed value (undefined when it does not parse, even after repair). */
  value: unknown;
  positions: PosNode | null;
  /** The syntax error, when the text as pasted does not parse. */
  syntax?: SyntaxProblem;
  /** Edits that made it parse; `text` then stays the original and `repairedText` has the edits. */
  repairs?: Repair[];
  repairedText?: string;
}

export type SourceResult =
  | { ok: true; documents: SourceDocument[]; emptyDocuments: number; aliasCount: number }
  | { ok: false; refusal: 'too-large' | 'too-many-documents' | 'alias-bomb' | 'recursive-alias'; detail: string; line?: number };

interface Chunk {
  text: string;
  startLine: number;
}

const DOCUMENT_START = /^---(?:[ \t].*)?$/;
const NOTHING = /^\s*(#.*)?$/;

/** Cuts at `---` lines; pieces holding only blanks, comments or directives join the next piece. */
export function splitDocuments(text: string): Chunk[] {
  const lines = text.split('\n');
  const chunks: Chunk[] = [];
  let current: string[] = [];
  let start = 1;
  lines.forEach((line, i) => {
    if (DOCUMENT_START.test(line) && current.length > 0) {
      chunks.push({ text: current.join('\n'), startLine: start });
      current = [];
      start = i + 1;
    }
    current.push(line);
  });
  if (current.length > 0) chunks.push({ text: current.join('\n'), startLine: start });

  const merged: Chunk[] = [];
  let carry: Chunk | null = null;
  for (const chunk of chunks) {
    const joined: Chunk = carry ? { text: `${carry.text}\n${chunk.text}`, startLine: carry.startLine } : chunk;
    const body = joined.text.split('\n').filter((l) => !DOCUMENT_START.test(l) && !/^\.\.\.\s*$/.test(l));
    if (body.every((l) => NOTHING.test(l) || l.startsWith('%'))) carry = joined;
    else {
      merged.push(joined);
      carry = null;
    }
  }
  if (carry) merged.push(carry); // trailing blanks/comments: parses to empty documents
  return merged;
}

interface Parsed {
  values: unknown[];
  roots: (PosNode | null)[];
  expandedSize: number;
  aliasCount: number;
}

function parseChunk(text: string, startLine: number, budget: number): Parsed {
  const events = parseEvents(text, {});
  const { roots, expandedSize, aliasCount } = positionsFromEvents(events, text, new LineIndex(text, startLine), budget);
  const values = constructFromEvents(events, { source: text, schema: KUBECTL_SCHEMA });
  return { values, roots, expandedSize, aliasCount };
}

function syntaxOf(error: unknown, startLine: number): SyntaxProblem {
  if (error instanceof YAMLException) {
    return {
      line: (error.mark?.line ?? 0) + startLine,
      column: (error.mark?.column ?? 0) + 1,
      reason: error.reason || error.message.split('\n')[0] || 'cannot be read as YAML',
    };
  }
  return { line: startLine, column: 1, reason: 'cannot be read as YAML' };
}

const indentOf = (line: string) => /^ */.exec(line)?.[0].length ?? 0;

/**
 * Tries small edits that keep every line where it is: tabs in indentation become spaces, and a
 * line reported as badly indented is re-indented like an earlier line. Returns the edited text
 * when it parses, with what was done.
 */
function repairIndentation(text: string, startLine: number, budget: number): { text: string; repairs: Repair[]; parsed: Parsed } | null {
  let current = text;
  const repairs: Repair[] = [];
  if (/^ *\t/m.test(current)) {
    const lines = current.split('\n');
    const fixed = lines.map((l) => l.replace(/^[ \t]+/, (ws) => ws.replace(/\t/g, '  ')));
    lines.forEach((l, i) => {
      if (/^ *\t/.test(l)) repairs.push({ line: startLine + i, change: 'replaced tabs in the indentation with spaces' });
    });
    current = fixed.join('\n');
  }
  for (let attempt = 0; attempt <= MAX_REPAIRS; attempt++) {
    try {
      return { text: current, repairs, parsed: parseChunk(current, startLine, budget) };
    } catch (error) {
      if (!(error instanceof YAMLException) || !/indentation|mapping entry|block mapping|implicit mapping pair/.test(error.reason)) return null;
      if (attempt === MAX_REPAIRS) return null;
      const lines = current.split('\n');
      const bad = error.mark?.line ?? -1;
      const badLine = lines[bad];
      if (badLine === undefined || bad === 0) return null;
      // Candidate indentations: those of earlier lines, nearest first.
      const candidates: { indent: number; like: number }[] = [];
      for (let i = bad - 1; i >= 0; i--) {
        const l = lines[i] as string;
        if (NOTHING.test(l)) continue;
        const indent = indentOf(l.replace(/^(\s*)- /, (_m, s: string) => `${s}  `));
        if (!candidates.some((c) => c.indent === indent)) candidates.push({ indent, like: i });
      }
      let chosen: { lines: string[]; like: number } | null = null;
      for (const candidate of candidates) {
        const trial = [...lines];
        trial[bad] = ' '.repeat(candidate.indent) + badLine.trimStart();
        try {
          parseEvents(trial.join('\n'), {});
          chosen = { lines: trial, like: candidate.like };
          break;
        } catch (next) {
          // Accept an edit that moves the first error further down; later attempts fix the rest.
          if (next instanceof YAMLException && (next.mark?.line ?? 0) > bad && chosen === null) chosen = { lines: trial, like: candidate.like };
        }
      }
      if (!chosen) return null;
      repairs.push({ line: startLine + bad, change: `indented it like line ${startLine + chosen.like}` });
      current = chosen.lines.join('\n');
    }
  }
  return null;
}

/** Reads a paste into documents. Bounded: refuses oversized input and alias bombs before walking them. */
export function readDocuments(text: string): SourceResult {
  if (text.length > MAX_SOURCE_CHARS) {
    return { ok: false, refusal: 'too-large', detail: `${text.length} characters; at most ${MAX_SOURCE_CHARS}` };
  }
  const normalized = text.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');
  const chunks = splitDocuments(normalized);
  if (chunks.length > MAX_DOCUMENTS) {
    return { ok: false, refusal: 'too-many-documents', detail: `${chunks.length} documents; at most ${MAX_DOCUMENTS}` };
  }
  const documents: SourceDocument[] = [];
  let empty = 0;
  let budget = MAX_EXPANDED_NODES;
  let aliases = 0;
  for (const chunk of chunks) {
    let parsed: Parsed | null = null;
    let syntax: SyntaxProblem | undefined;
    let repaired: { text: string; repairs: Repair[] } | null = null;
    try {
      parsed = parseChunk(chunk.text, chunk.startLine, budget);
    } catch (error) {
      if (error instanceof AliasExpansionError) {
        return error.reason === 'recursive'
          ? { ok: false, refusal: 'recursive-alias', detail: error.message, line: error.line }
          : { ok: false, refusal: 'alias-bomb', detail: `more than ${MAX_EXPANDED_NODES} nodes once aliases are expanded`, line: error.line };
      }
      syntax = syntaxOf(error, chunk.startLine);
      try {
        const attempt = repairIndentation(chunk.text, chunk.startLine, budget);
        if (attempt) {
          parsed = attempt.parsed;
          repaired = { text: attempt.text, repairs: attempt.repairs };
        }
      } catch (repairError) {
        if (repairError instanceof AliasExpansionError) {
          return { ok: false, refusal: 'alias-bomb', detail: `more than ${MAX_EXPANDED_NODES} nodes once aliases are expanded`, line: repairError.line };
        }
        parsed = null;
      }
    }
    if (parsed) {
      budget -= parsed.expandedSize;
      aliases += parsed.aliasCount;
      parsed.values.forEach((value, i) => {
        if (value === null || value === undefined) {
          empty++;
          return;
        }
        const root = parsed.roots[i] ?? null;
        const doc: SourceDocument = {
          number: documents.length + 1,
          startLine: chunk.startLine,
          text: chunk.text,
          value,
          positions: root,
        };
        if (syntax) doc.syntax = syntax;
        if (repaired) {
          doc.repairs = repaired.repairs;
          doc.repairedText = repaired.text;
        }
        documents.push(doc);
      });
    } else {
      documents.push({ number: documents.length + 1, startLine: chunk.startLine, text: chunk.text, value: undefined, positions: null, ...(syntax ? { syntax } : {}) });
    }
  }
  return { ok: true, documents, emptyDocuments: empty, aliasCount: aliases };
}
