// Reading knowledge files: Markdown with YAML front matter, and plain YAML. Shared by every kind
// of knowledge (topics now; the decision tree, lessons and quiz later) so that each reports its
// problems the same way: `file:line: what is wrong`, with the line in the file as a person sees it.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, YAMLException } from 'js-yaml';
import type { z } from 'zod';
import { KnowledgeError } from './errors.js';

/** A file as read: the name used in messages and its text. */
export interface SourceFile {
  /** Path shown in messages (relative to the working directory when that is shorter). */
  name: string;
  text: string;
}

/** YAML read from part of a file, with where that part starts, for line numbers. */
export interface YamlPart {
  file: string;
  /** The YAML text. */
  text: string;
  /** 1-based line in the file of the first line of `text`. */
  firstLine: number;
  data: unknown;
}

export interface FrontMatterFile {
  front: YamlPart;
  /** The Markdown after the closing `---`. */
  body: string;
  /** 1-based line in the file of the first line of `body`. */
  bodyLine: number;
}

export function displayName(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && rel.length < path.length ? rel : path;
}

export function readSource(path: string): SourceFile {
  const name = displayName(path);
  try {
    return { name, text: readFileSync(path, 'utf8').replace(/^\ufeff/, '').replace(/\r\n?/g, '\n') };
  } catch (error) {
    throw new KnowledgeError(name, null, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
}

/** Files in `dir` whose names end with `suffix`, sorted; [] when the folder does not exist. */
export function listFiles(dir: string, suffix: string): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) return [];
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith(suffix) && !n.startsWith('.'))
    .sort()
    .map((n) => join(dir, n));
}

/** Parses YAML; a syntax error becomes a KnowledgeError at the right line of the file. */
export function parseYaml(file: string, text: string, firstLine = 1): YamlPart {
  try {
    const data = text.trim() === '' ? null : load(text);
    return { file, text, firstLine, data };
  } catch (error) {
    if (error instanceof YAMLException) {
      const line = error.mark ? firstLine + error.mark.line : firstLine;
      throw new KnowledgeError(file, line, `YAML: ${error.reason}`);
    }
    throw new KnowledgeError(file, firstLine, 'is not YAML');
  }
}

/** Splits `---\nYAML\n---\nMarkdown` and parses the YAML. */
export function readFrontMatter(source: SourceFile): FrontMatterFile {
  const lines = source.text.split('\n');
  if (lines[0]?.trim() !== '---') {
    throw new KnowledgeError(source.name, 1, 'must start with a `---` line that opens the front matter (id, title, …)');
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close === -1) throw new KnowledgeError(source.name, 1, 'the front matter is never closed: add a `---` line after it');
  const front = parseYaml(source.name, lines.slice(1, close).join('\n'), 2);
  return { front, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}

/**
 * Validates parsed YAML against a zod schema; the first problem becomes a KnowledgeError at the
 * line of the offending key or list item.
 */
export function validate<S extends z.ZodType>(schema: S, part: YamlPart): z.infer<S> {
  const result = schema.safeParse(part.data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues;
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];
  const path = issue?.path ?? [];
  const where = path.length === 0 ? '' : `${path.map(String).join('.')}: `;
  let message = issue?.message ?? 'is invalid';
  if (issue?.code === 'unrecognized_keys') message = `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  else if (issue?.code === 'invalid_type' && message.startsWith('Invalid input')) {
    message = (issue.input === undefined ? 'is missing; it must be ' : 'must be ') + typeName(issue.expected);
  }
  const keyPath = issue?.code === 'unrecognized_keys' ? [...path, issue.keys[0] as string] : path;
  throw new KnowledgeError(part.file, lineOf(part, keyPath), `${where}${message}`);
}

function typeName(expected: string): string {
  return expected === 'array' ? 'a list' : expected === 'object' ? 'a mapping' : `a ${expected}`;
}

/**
 * The file line of a key path in a YAML part: follows mapping keys by indentation and list items
 * by counting `- ` entries. Falls back to the deepest part of the path it found.
 */
export function lineOf(part: YamlPart, path: readonly PropertyKey[]): number {
  const lines = part.text.split('\n');
  let from = 0;
  let to = lines.length;
  let indent = -1;
  let found = 0;
  for (const segment of path) {
    let hit = -1;
    if (typeof segment === 'number') {
      let count = -1;
      // Items of this list share the first item's indentation; deeper `- ` lines belong to nested lists.
      let itemIndent = -1;
      for (let i = from; i < to; i++) {
        const m = /^(\s*)- /.exec(lines[i] ?? '') ?? /^(\s*)-$/.exec(lines[i] ?? '');
        if (m && (m[1] as string).length > indent - 1) {
          if (itemIndent === -1) itemIndent = (m[1] as string).length;
          if ((m[1] as string).length !== itemIndent) continue;
          count++;
          if (count === segment) {
            hit = i;
            break;
          }
        }
      }
      if (hit === -1) {
        // A flow sequence on the key's own line: `[a, b, c]`.
        return part.firstLine + Math.max(0, found);
      }
    } else {
      const key = String(segment).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const re = new RegExp(`^(\\s*)(?:- )?["']?${key}["']?\\s*:`);
      for (let i = from; i < to; i++) {
        const m = re.exec(lines[i] ?? '');
        if (m && (m[1] as string).length > indent) {
          hit = i;
          indent = (m[1] as string).length;
          break;
        }
      }
      if (hit === -1) return part.firstLine + found;
    }
    found = hit;
    from = hit + (typeof segment === 'number' ? 0 : 1);
    // The block of this entry ends at the next line indented at most as much.
    const own = /^(\s*)/.exec(lines[hit] ?? '')?.[1]?.length ?? 0;
    to = lines.length;
    for (let i = hit + 1; i < lines.length; i++) {
      const l = lines[i] ?? '';
      if (l.trim() === '' || l.trim().startsWith('#')) continue;
      const ind = /^(\s*)/.exec(l)?.[1]?.length ?? 0;
      if (ind < own || (ind === own && typeof segment !== 'number')) {
        to = i;
        break;
      }
      if (typeof segment === 'number' && ind === own && /^\s*- /.test(l)) {
        to = i;
        break;
      }
    }
    if (typeof segment === 'number') indent = own + 1;
  }
  return part.firstLine + found;
}

/** The file line of the first occurrence of `needle` in a YAML part after `path`'s line. */
export function lineOfValue(part: YamlPart, path: readonly PropertyKey[], needle: string): number {
  const start = lineOf(part, path) - part.firstLine;
  const lines = part.text.split('\n');
  for (let i = start; i < lines.length; i++) if ((lines[i] ?? '').includes(needle)) return part.firstLine + i;
  return part.firstLine + start;
}
