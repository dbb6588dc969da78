// YAML out: one dump style for everything the bot writes (rendered and corrected manifests), and
// comments placed above the lines they explain. js-yaml's dumper writes no comments, so they are
// inserted after dumping, at the lines our own position index finds for each path.

import { dump, parseEvents } from 'js-yaml';
import { LineIndex, lineOf, nodeAt, positionsFromEvents, type Path } from './positions.js';

/** Unlimited line width keeps long values on one line; noRefs writes shared objects out in full. */
export function dumpYaml(value: unknown): string {
  return dump(value, { lineWidth: -1, noRefs: true });
}

export interface YamlComment {
  path: Path;
  text: string;
}

/**
 * Inserts `# text` lines above the line of each path, indented like that line. Paths that do not
 * exist in the document are skipped. Only comments are added, so the YAML's value is unchanged.
 */
export function addComments(yaml: string, comments: readonly YamlComment[]): string {
  if (comments.length === 0) return yaml;
  const events = parseEvents(yaml, {});
  const root = positionsFromEvents(events, yaml, new LineIndex(yaml), Number.MAX_SAFE_INTEGER).roots[0] ?? null;
  const lines = yaml.split('\n');
  const above = new Map<number, string[]>();
  for (const comment of comments) {
    if (comment.path.length > 0 && nodeAt(root, comment.path) === undefined) continue;
    const line = lineOf(root, comment.path);
    const list = above.get(line) ?? [];
    list.push(...comment.text.split('\n'));
    above.set(line, list);
  }
  const out: string[] = [];
  lines.forEach((line, i) => {
    const notes = above.get(i + 1);
    if (notes) {
      const indent = /^[ ]*/.exec(line)?.[0] ?? '';
      for (const note of notes) out.push(`${indent}# ${note}`);
    }
    out.push(line);
  });
  return out.join('\n');
}

