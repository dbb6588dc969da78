// YAML that does not parse. The reader already tried small indentation edits (tabs to spaces, a
// line re-indented like an earlier one); when one worked, the corrected YAML carries it.

import type { DocumentRule } from '../types.js';

function hint(reason: string, line: number): string {
  if (/bad indentation|implicit mapping pair|block mapping entry/.test(reason)) {
    return `Line ${line} must line up with the keys it belongs to: the keys of one mapping start in the same column (a child of \`metadata:\` is indented like its siblings). A value that contains ": " needs quotes.`;
  }
  if (/tab characters/.test(reason)) return 'YAML indents with spaces only: replace the tabs with spaces.';
  const tag = /tag:yaml\.org,2002:([^>\s]+)/.exec(reason)?.[1] ?? /(![^\s>]*)/.exec(reason)?.[1];
  if (/unknown .*tag|unknown tag/.test(reason)) {
    return `The tag ${tag ? `\`!!${tag.replace(/^!+/, '')}\`` : ''} is not part of Kubernetes YAML (and is never run); remove it and write the value as plain text.`;
  }
  if (/duplicated mapping key/.test(reason)) return `A key appears twice in one mapping (line ${line}); keep one of them.`;
  if (/end of the stream within/.test(reason)) return 'A bracket or quote opened before this point is never closed.';
  if (/unidentified alias/.test(reason)) return 'An alias (`*name`) refers to an anchor (`&name`) that is not defined before it.';
  if (/nesting/.test(reason)) return 'The document nests too deeply to be a Kubernetes manifest.';
  return `Check the YAML around line ${line}.`;
}

export const syntax: DocumentRule = {
  id: 'yaml-syntax',
  summary: 'YAML that does not parse: indentation, tabs, unknown tags, duplicate keys, unclosed quotes',
  check(document) {
    const problem = document.syntax;
    if (!problem) return [];
    const message = `YAML syntax error at line ${problem.line}, column ${problem.column}: ${problem.reason}.`;
    if (document.repairs && document.repairs.length > 0) {
      const done = document.repairs.map((r) => `line ${r.line}: ${r.change}`).join('; ');
      return [{ line: problem.line, severity: 'error', message, fix: `${hint(problem.reason, problem.line)} The corrected YAML does this (${done}); check it kept your meaning.`, repaired: true }];
    }
    return [{ line: problem.line, severity: 'error', message, fix: hint(problem.reason, problem.line), repaired: false }];
  },
};
