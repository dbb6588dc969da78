// Topics: knowledge/topics/*.md, one per file. YAML front matter says what the topic is called
// and how it links to others; the Markdown body starts with a short answer (2–6 sentences)
// before the first `##` heading, then details, caveats, diagrams (code fences) and links.

import { z } from 'zod';
// A topic may point at one of the manifest kinds the `yaml` command renders.
import { KINDS as YAML_KINDS } from '../manifests/params.js';
import { KnowledgeError } from './errors.js';
import { lineOf, lineOfValue, listFiles, readFrontMatter, readSource, validate, type SourceFile, type YamlPart } from './source.js';

/** The dimensions `compare` puts side by side; every comparable topic fills all of them. */
export const FACETS = {
  kind: 'What it is',
  reach: 'Who can reach it',
  address: 'Address it gets',
  ports: 'Ports',
  protocols: 'Protocols',
  routing: 'Routing (L4 / L7)',
  cost: 'Cost',
  availability: 'Where it works',
  production: 'Production use',
  buildsOn: 'Builds on',
} as const;
export type Facet = keyof typeof FACETS;

/** Trimmed, non-empty text of at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max, { error: `must be at most ${max} characters` });
/** A word or phrase; bare numbers in YAML lists (`[30000, 32767]`) are read as text. */
const phrase = (max: number) => z.preprocess((v) => (typeof v === 'number' ? String(v) : v), text(max));
export const topicId = () =>
  z.string().regex(/^[a-z0-9]([a-z0-9-]{0,40}[a-z0-9])?$/, { error: 'must be lowercase letters, digits and "-" (e.g. external-traffic-policy)' });

export const linkSchema = () =>
  z.strictObject({
    title: text(100),
    url: z.string().refine((u) => isHttpsUrl(u), { error: 'must be an https:// URL' }),
  });

function buildFrontMatterSchema() {
  return z.strictObject({
    id: topicId(),
    title: text(80),
    aliases: z.array(phrase(40)).default([]),
    keywords: z.array(phrase(80)).default([]),
    related: z.array(topicId()).default([]),
    links: z.array(linkSchema()).min(1, { error: 'needs at least one link to the Kubernetes docs' }),
    yaml: z.enum(YAML_KINDS, { error: `must be one of ${YAML_KINDS.join(', ')}` }).optional(),
    compare: z.strictObject(Object.fromEntries(Object.keys(FACETS).map((k) => [k, text(240)])) as Record<Facet, ReturnType<typeof text>>).optional(),
  });
}

let frontSchema: ReturnType<typeof buildFrontMatterSchema> | undefined;
/** The front matter schema, built on first use: a start-up that reuses the build's snapshot never needs it. */
export function frontMatterSchema(): ReturnType<typeof buildFrontMatterSchema> {
  frontSchema ??= buildFrontMatterSchema();
  return frontSchema;
}

export type Link = z.infer<ReturnType<typeof linkSchema>>;

/** A piece of a topic's body, for rendering: a heading, a paragraph (or list) or a diagram. */
export interface Section {
  kind: 'heading' | 'text' | 'code';
  text: string;
  /** 1-based line in the file. */
  line: number;
  /** A code fence's info string (```yaml), when it has one. */
  language?: string;
}

export interface Topic {
  id: string;
  title: string;
  aliases: string[];
  keywords: string[];
  related: string[];
  links: Link[];
  yaml?: (typeof YAML_KINDS)[number];
  compare?: Record<Facet, string>;
  /** The short answer: the body before its first `##` heading. */
  summary: string;
  /** Everything after the short answer. */
  sections: Section[];
  /** Where it came from, for messages. */
  file: string;
  front: YamlPart;
  /** Line of the short answer's first line. */
  summaryLine: number;
  /** The search index's view of the topic, when the build saved it (see snapshot.ts). */
  searchTerms?: Record<'names' | 'title' | 'keywords' | 'summary' | 'body', string>;
}

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !/\s/.test(value);
  } catch {
    return false;
  }
}

/** Sentences in a short answer; abbreviations such as "e.g." do not end one. */
export function countSentences(paragraph: string): number {
  const flat = paragraph.replace(/`[^`]*`/g, 'x').replace(/\b(e\.g|i\.e|etc|vs|approx)\./gi, '$1').replace(/\d\.\d/g, '0');
  return flat.split(/[.!?](?:\s+|$)/).filter((s) => s.trim().length > 0).length;
}

export function loadTopicFile(path: string): Topic {
  return parseTopic(readSource(path));
}

/** Reads and validates one topic from its text. */
export function parseTopic(source: SourceFile): Topic {
  const { front, body, bodyLine } = readFrontMatter(source);
  const meta = validate(frontMatterSchema(), front);
  const lines = body.split('\n');
  const firstHeading = lines.findIndex((l) => /^##\s/.test(l));
  const summaryLines = firstHeading === -1 ? lines : lines.slice(0, firstHeading);
  const leading = summaryLines.findIndex((l) => l.trim() !== '');
  const summary = summaryLines.join('\n').trim();
  const summaryLine = bodyLine + Math.max(0, leading);
  if (summary === '') {
    throw new KnowledgeError(source.name, bodyLine, 'the body must start with a short answer (2–6 sentences) before the first `##` heading');
  }
  if (summary.includes('```')) throw new KnowledgeError(source.name, summaryLine, 'the short answer must be plain text; put diagrams after it');
  const sentences = countSentences(summary);
  if (sentences < 2 || sentences > 6) {
    throw new KnowledgeError(source.name, summaryLine, `the short answer has ${sentences} sentence(s); it must have 2 to 6`);
  }
  const sections = firstHeading === -1 ? [] : parseSections(lines.slice(firstHeading), bodyLine + firstHeading, source.name);
  const topic: Topic = {
    id: meta.id,
    title: meta.title,
    aliases: meta.aliases,
    keywords: meta.keywords,
    related: meta.related,
    links: meta.links,
    summary,
    sections,
    file: source.name,
    front,
    summaryLine,
  };
  if (meta.yaml !== undefined) topic.yaml = meta.yaml;
  if (meta.compare !== undefined) topic.compare = meta.compare;
  checkInlineLinks(topic.file, proseOf(topic));
  return topic;
}

/** A piece of prose (not code) and the file line it starts on. */
export interface Prose {
  text: string;
  line: number;
}

function proseOf(topic: Topic): Prose[] {
  return [{ text: topic.summary, line: topic.summaryLine }, ...topic.sections.filter((s) => s.kind !== 'code')];
}

/** Markdown -> headings, paragraphs (lists stay in their paragraph), code. */
export function parseSections(lines: string[], firstLine: number, file: string): Section[] {
  const sections: Section[] = [];
  let para: string[] = [];
  let paraLine = 0;
  const flush = () => {
    if (para.length > 0) sections.push({ kind: 'text', text: para.join('\n').trim(), line: paraLine });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heading = /^#{2,4}\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      sections.push({ kind: 'heading', text: (heading[1] as string).trim(), line: firstLine + i });
    } else if (line.trim().startsWith('```')) {
      flush();
      const end = lines.findIndex((l, j) => j > i && l.trim().startsWith('```'));
      if (end === -1) throw new KnowledgeError(file, firstLine + i, 'a code fence (```) is opened and never closed');
      const section: Section = { kind: 'code', text: lines.slice(i + 1, end).join('\n'), line: firstLine + i };
      const language = line.trim().slice(3).trim();
      if (language !== '') section.language = language;
      sections.push(section);
      i = end;
    } else if (line.trim() === '') {
      flush();
    } else {
      if (para.length === 0) paraLine = firstLine + i;
      para.push(line);
    }
  }
  flush();
  return sections;
}

const INLINE_LINK = /\[([^\]\n]*)\]\(([^)\s]*)\)/g;

/** Every Markdown link in the prose must be `[label](https://…)`. */
export function checkInlineLinks(file: string, pieces: readonly Prose[]): void {
  for (const piece of pieces) {
    for (const m of piece.text.matchAll(INLINE_LINK)) {
      const url = m[2] as string;
      if (!isHttpsUrl(url) || (m[1] as string).trim() === '') {
        throw new KnowledgeError(file, lineIn(piece, m.index), `link ${JSON.stringify(m[0].slice(0, 80))} must be [label](https://…)`);
      }
    }
  }
}

/** The file line of a character offset in a piece of prose. */
function lineIn(piece: Prose, offset: number): number {
  return piece.line + piece.text.slice(0, offset).split('\n').length - 1;
}

/** The topic files of a knowledge folder, read but not parsed. */
export function readTopicFolder(dir: string): SourceFile[] {
  return listFiles(`${dir}/topics`, '.md').map(readSource);
}

/** Every topic file in `dir/topics`, validated. */
export function loadTopicFolder(dir: string): Topic[] {
  return readTopicFolder(dir).map(parseTopic);
}

/** A command reference inside a topic's text: `explain X` or `compare X Y`. */
const COMMAND_REF = /`(explain|compare)\s+([^`]+)`/g;

/**
 * Checks a merged set of topics: unique ids and names, `related` and in-text `explain` /
 * `compare` references resolve. `resolveName` maps an id or alias to its topic id.
 */
export function checkTopicSet(topics: readonly Topic[], nameKey: (name: string) => string): Map<string, string> {
  const names = new Map<string, { id: string; file: string }>();
  const ids = new Map<string, Topic>();
  for (const topic of topics) {
    const previous = ids.get(topic.id);
    if (previous) {
      throw new KnowledgeError(topic.file, lineOf(topic.front, ['id']), `id "${topic.id}" is already used by ${previous.file}`);
    }
    ids.set(topic.id, topic);
  }
  for (const topic of topics) {
    const own = [topic.id, ...topic.aliases];
    for (const [i, name] of own.entries()) {
      const key = nameKey(name);
      if (key === '') throw new KnowledgeError(topic.file, lineOf(topic.front, i === 0 ? ['id'] : ['aliases', i - 1]), `"${name}" has no letters or digits`);
      const holder = names.get(key);
      if (holder && holder.id !== topic.id) {
        const at = i === 0 ? lineOf(topic.front, ['id']) : lineOf(topic.front, ['aliases', i - 1]);
        throw new KnowledgeError(topic.file, at, `"${name}" already names topic "${holder.id}" (${holder.file})`);
      }
      names.set(key, { id: topic.id, file: topic.file });
    }
  }
  for (const topic of topics) {
    for (const [i, rel] of topic.related.entries()) {
      if (!ids.has(rel)) {
        throw new KnowledgeError(topic.file, lineOfValue(topic.front, ['related', i], rel), `related: no topic has the id "${rel}"`);
      }
      if (rel === topic.id) throw new KnowledgeError(topic.file, lineOfValue(topic.front, ['related', i], rel), 'related: a topic cannot relate to itself');
    }
    checkCommandRefs(topic.file, proseOf(topic), (ref) => names.has(nameKey(ref)));
  }
  return new Map([...names].map(([key, v]) => [key, v.id]));
}

/** Every `explain X` / `compare X Y` in the prose names a topic (`isName` says whether a name is one). */
export function checkCommandRefs(file: string, pieces: readonly Prose[], isName: (name: string) => boolean): void {
  for (const piece of pieces) {
    for (const m of piece.text.matchAll(COMMAND_REF)) {
      const refs = m[1] === 'explain' ? [(m[2] as string).trim()] : (m[2] as string).trim().split(/\s+/);
      for (const ref of refs) {
        if (!isName(ref)) {
          throw new KnowledgeError(file, lineIn(piece, m.index), `\`${m[0].slice(1, -1)}\` refers to "${ref}", which is no topic id or alias`);
        }
      }
    }
  }
}
