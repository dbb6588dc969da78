// Reply -> Block Kit. Pure: the same Reply always gives the same messages. Every payload stays
// within Slack's limits (limits.ts); what does not fit is split across blocks and messages,
// never cut: long YAML becomes several fenced sections, long text several sections, many
// buttons several actions blocks, more than 50 blocks several messages.

import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { types } from '@slack/bolt';
import { alignedWidth, alignTable, isTrustedLink, plainInline, type Block, type Choice, type Reply, type Tone } from '../../core/reply.js';
import {
  FALLBACK_TEXT_MAX,
  MAX_ACTIONS_ELEMENTS,
  MAX_BLOCKS_PER_MESSAGE,
  MAX_BUTTON_TEXT,
  MAX_BUTTON_VALUE,
  MAX_FIELD_TEXT,
  MAX_HEADER_TEXT,
  MAX_SECTION_FIELDS,
  MAX_SECTION_TEXT,
} from './limits.js';

// ---- the payload shapes we emit (a subset of Block Kit) -------------------------------------

export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
  /** Always true: Slack must not turn `@here` or `#channel` in our text into mentions or links. */
  verbatim: true;
}
export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji: true;
}
export interface SlackButton {
  type: 'button';
  text: PlainText;
  action_id: string;
  value: string;
}
export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: MrkdwnText }
  | { type: 'section'; fields: MrkdwnText[] }
  | { type: 'actions'; elements: SlackButton[] }
  | { type: 'context'; elements: MrkdwnText[] };

/** One chat message: blocks plus the plain fallback Slack shows in notifications. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

// Our blocks are Block Kit blocks; tsc checks that here.
const _isKnownBlock = (block: SlackBlock): types.KnownBlock => block;
void _isKnownBlock;

// ---- button values: every button is a command -----------------------------------------------

/**
 * Action ids. `k8s_run_<n>` carries the command as typed in `value`; `k8s_runz_<n>` carries it
 * deflated and base64url-encoded when it is longer than a value may be. `n` numbers the buttons
 * of a reply, so ids are unique in every block and message.
 */
export const RUN_ACTION = /^k8s_run(z?)_\d+$/;
export const SHARE_ACTION = /^k8s_share(z?)$/;

/** The value and whether it is compressed, or null when the command cannot fit a button. */
export function encodeCommand(command: string): { value: string; compressed: boolean } | null {
  if (command.length <= MAX_BUTTON_VALUE) return { value: command, compressed: false };
  const packed = deflateRawSync(Buffer.from(command, 'utf8')).toString('base64url');
  return packed.length <= MAX_BUTTON_VALUE ? { value: packed, compressed: true } : null;
}

/** The command a pressed button carries; null for a value we did not make. */
export function decodeCommand(actionId: string, value: string): string | null {
  const match = RUN_ACTION.exec(actionId) ?? SHARE_ACTION.exec(actionId);
  if (!match) return null;
  if (match[1] !== 'z') return value;
  try {
    return inflateRawSync(Buffer.from(value, 'base64url'), { maxOutputLength: 4 * 1024 * 1024 }).toString('utf8');
  } catch {
    return null;
  }
}

// ---- text conversion ------------------------------------------------------------------------

/** Slack's three control characters; anything else is literal. api.slack.com/reference/surfaces/formatting#escaping */
export function escapeSlack(text: string): string {
  // Most text has none of the three: skip the copies.
  if (!/[&<>]/.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const CODE_SPAN = /`[^`\n]+`/g;
const MD_LINK = /\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g;
const BARE_URL = /\bhttps?:\/\/[^\s<>()|]*[^\s<>()|.,;:!?'"]/g;
const BOLD = /\*\*(.+?)\*\*/gs;
const ZWSP = '\u200b';

/**
 * Rewrites each match of `pattern` with `match`, and the text between matches with `between`.
 * `marker` is a substring every match contains: text without it is all "between".
 */
function rewrite(
  text: string,
  marker: string,
  pattern: RegExp,
  match: (m: RegExpExecArray) => string,
  between: (s: string) => string,
): string {
  if (!text.includes(marker)) return between(text);
  let out = '';
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const end = m.index + m[0].length;
    out += between(text.slice(last, m.index)) + match(m);
    last = end;
    // `between` and `match` may use regular expressions of their own; carry on after this match.
    pattern.lastIndex = end;
  }
  return out + between(text.slice(last));
}

function slackLink(url: string, label?: string): string {
  const href = escapeSlack(url).replace(/\|/g, '%7C');
  return label === undefined ? `<${href}>` : `<${href}|${escapeSlack(label)}>`;
}

/**
 * Text outside code spans: links, bold, bare URLs; everything escaped. Only a link to a trusted
 * host (the knowledge's) becomes a link; any other stays literal text, and verbatim text is not
 * auto-linked by Slack.
 */
const withUrls = (segment: string) =>
  rewrite(segment, 'http', BARE_URL, (m) => (isTrustedLink(m[0]) ? slackLink(m[0]) : escapeSlack(m[0])), escapeSlack);
const link = (m: RegExpExecArray) => (isTrustedLink(m[2] as string) ? slackLink(m[2] as string, m[1] as string) : escapeSlack(m[0]));

function convertProse(text: string): string {
  const linked = rewrite(text, '](', MD_LINK, link, withUrls);
  return linked.includes('**') ? linked.replace(BOLD, (_m, inner: string) => `*${inner}*`) : linked;
}

/** Markdown-light (**bold**, `code`, [label](url)) to Slack mrkdwn, escaped. */
export function toMrkdwn(text: string): string {
  return rewrite(text, '`', CODE_SPAN, (m) => escapeSlack(m[0]), convertProse);
}

/** Markdown-light to plain_text (headers, buttons): no markers, links as `label (url)`. */
export function toPlain(text: string): string {
  const plain = plainInline(text);
  return plain.includes('`') ? plain.replace(/`([^`\n]+)`/g, '$1') : plain;
}

// ---- splitting ------------------------------------------------------------------------------

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Spans a cut should not fall inside: links, code spans, bold runs. */
function protectedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const re of [MD_LINK, CODE_SPAN, BOLD]) {
    for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/**
 * How much rendering lengthens text: a character weighs 1 plus the extra of any listed
 * substring that starts at it. `weight` is the same per position, for finding a cut.
 */
interface Weighing {
  weight: (text: string, i: number) => number;
  extra: readonly (readonly [string, number])[];
}

/** The most any one character weighs. */
const MAX_WEIGHT = 5;

/** True when `text` weighs at most `budget` in all (counts with indexOf, not per character). */
function fitsWhole(text: string, weighing: Weighing, budget: number): boolean {
  let total = text.length;
  if (total > budget) return false;
  for (const [needle, extra] of weighing.extra) {
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
      total += extra;
      if (total > budget) return false;
    }
  }
  return true;
}

/**
 * An upper bound of how long one character of Markdown-light renders: `&amp;` 5, `&lt;` and
 * `&gt;` 4, `|` 3 (`%7C` in a link), and the `h` of `http` 3 (a bare URL gains `<` and `>`).
 * Bold markers and link syntax only shrink.
 */
function markdownWeight(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 38) return 5;
  if (c === 60 || c === 62) return 4;
  if (c === 124) return 3;
  if (c === 104 && text.startsWith('http', i)) return 3;
  return 1;
}

/** The same for code inside a fence: escaping, and a zero-width guard after a backtick. */
function codeWeight(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c === 38 ? 5 : c === 60 || c === 62 ? 4 : c === 96 ? 2 : 1;
}

const MARKDOWN: Weighing = { weight: markdownWeight, extra: [['&', 4], ['<', 3], ['>', 3], ['|', 2], ['http', 2]] };
const CODE: Weighing = { weight: codeWeight, extra: [['&', 4], ['<', 3], ['>', 3], ['`', 1]] };

/**
 * Splits text into pieces whose rendered form fits `limit`, losing nothing
 * (`pieces.join('') === text`), in one pass: each piece takes as many characters as their
 * weights allow, then backs up to the best cut — after a blank line, a newline or a space,
 * and (for Markdown-light) outside links, code spans and bold runs when it can; mid-word only
 * inside an unbroken run, never inside a surrogate pair.
 */
function splitWeighted(text: string, limit: number, weighing: Weighing, protect: boolean, reserve: number): string[] {
  if (limit - reserve < 16) throw new RangeError(`split: limit ${limit} is too small`);
  // Most text fits whole: say so without weighing it character by character.
  if (text.length * MAX_WEIGHT <= limit - reserve || fitsWhole(text, weighing, limit - reserve)) return [text];
  const { weight } = weighing;
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let used = reserve;
    let end = start;
    while (end < text.length) {
      const w = weight(text, end);
      if (used + w > limit) break;
      used += w;
      end++;
    }
    if (end === text.length) {
      pieces.push(text.slice(start));
      break;
    }
    const cut = bestCut(text.slice(start, end + MAX_SECTION_TEXT), end - start, protect);
    pieces.push(text.slice(start, start + cut));
    start += cut;
  }
  return pieces.length === 0 ? [''] : pieces;
}

function bestCut(text: string, max: number, protect: boolean): number {
  if (max >= text.length) return text.length;
  const spans = protect ? protectedSpans(text) : [];
  const inside = (i: number) => spans.some(([a, b]) => i > a && i < b);
  const lastCut = (sep: string, floor: number, guarded = true): number | undefined => {
    if (max < sep.length) return undefined;
    for (let i = text.lastIndexOf(sep, max - sep.length); i >= 0; i = i === 0 ? -1 : text.lastIndexOf(sep, i - 1)) {
      const cut = i + sep.length;
      if (cut < floor) return undefined;
      if (!guarded || !inside(cut)) return cut;
    }
    return undefined;
  };
  const found =
    lastCut('\n\n', max / 2) ??
    lastCut('\n', max / 2) ??
    lastCut(' ', max / 4) ??
    lastCut('\n', 1, false) ??
    lastCut(' ', 1, false);
  if (found !== undefined) return found;
  return isLowSurrogate(text, max) ? max - 1 : max;
}

/** Splits Markdown-light into pieces whose mrkdwn fits `limit`. */
export function splitMarkdown(text: string, limit: number): string[] {
  return splitWeighted(text, limit, MARKDOWN, true, 0);
}

/** Splits code into pieces whose escaped, fence-guarded form fits `limit`, at line ends when it can. */
export function splitCode(code: string, limit: number): string[] {
  // 3: the zero-width guards a piece may get at its ends.
  return splitWeighted(code, limit, CODE, false, 3);
}

// ---- one Reply block -> Slack blocks --------------------------------------------------------

/** A rendered block with its plain text, for the message's notification fallback. */
interface Rendered {
  block: SlackBlock;
  plain: string;
}

const mrkdwn = (text: string): MrkdwnText => ({ type: 'mrkdwn', text, verbatim: true });
const plainText = (text: string): PlainText => ({ type: 'plain_text', text, emoji: true });
const section = (text: string, plain: string): Rendered => ({ block: { type: 'section', text: mrkdwn(text) }, plain });

/** Sections for Markdown-light text, the first one starting with `prefix` (already mrkdwn). */
function textSections(text: string, prefix = ''): Rendered[] {
  const out: Rendered[] = [];
  const pieces = splitMarkdown(text, MAX_SECTION_TEXT - prefix.length);
  pieces.forEach((piece, i) => {
    const body = toMrkdwn(piece).trim();
    const head = i === 0 ? prefix : '';
    if (body === '' && head.trim() === '') return;
    out.push(section(head + body, toPlain(piece).trim()));
  });
  return out;
}

/** Keeps a fence intact: a run of three backticks inside code would close it early. */
function guardFence(escapedCode: string): string {
  let body = escapedCode.replace(/`(?=``)/g, '`' + ZWSP);
  if (body.startsWith('`')) body = ZWSP + body;
  if (body.endsWith('`')) body += ZWSP;
  return body === '' || body.trim() === '' ? body + ZWSP : body;
}

const FENCE_OVERHEAD = '```\n\n```'.length;
/** Room for a part label such as "_service.yaml, part 12 of 34_\n" plus zero-width guards. */
const CODE_TITLE_ROOM = 200;

/** Fenced sections for code; several when it is long, each labelled "part i of n". */
function codeSections(code: string, filename: string | undefined): Rendered[] {
  const source = code.replace(/\n$/, '');
  const budget = MAX_SECTION_TEXT - FENCE_OVERHEAD - CODE_TITLE_ROOM;
  const title = filename === undefined ? '' : escapeSlack(toPlain(filename)).slice(0, CODE_TITLE_ROOM - 40);
  const parts = splitCode(source, budget);
  return parts.map((part, i) => {
    const label =
      parts.length > 1 ? `_${title === '' ? 'Code' : title}, part ${i + 1} of ${parts.length}_\n` : title === '' ? '' : `*${title}*\n`;
    const body = guardFence(escapeSlack(part.replace(/\n$/, '')));
    return section(`${label}\`\`\`\n${body}\n\`\`\``, part);
  });
}

/** A table wider than this (in characters) reads better as a list than as monospace. */
export const TABLE_MAX_MONO_WIDTH = 72;

function tableSections(columns: string[], rows: string[][]): Rendered[] {
  if (columns.length === 0) return [];
  const plainRows = rows.map((row) => columns.map((_, i) => toPlain(row[i] ?? '')));
  const header = columns.map(toPlain);
  if (alignedWidth(header, plainRows) <= TABLE_MAX_MONO_WIDTH) {
    // Monospace, the header repeated at the top of every part.
    const [head = '', ...body] = alignTable(header, plainRows).split('\n');
    const budget = MAX_SECTION_TEXT - FENCE_OVERHEAD - head.length - 2;
    const out: Rendered[] = [];
    let chunk: string[] = [];
    let used = 0;
    const flush = () => {
      const text = [head, ...chunk].join('\n');
      out.push(section('```\n' + guardFence(escapeSlack(text)) + '\n```', text));
      chunk = [];
      used = 0;
    };
    for (const line of body) {
      const size = escapeSlack(line).length + 1;
      if (chunk.length > 0 && used + size > budget) flush();
      chunk.push(line);
      used += size;
    }
    if (chunk.length > 0 || out.length === 0) flush();
    return out;
  }
  // Wide: one bullet per row, the first cell first, the others labelled by their column.
  const list = rows
    .map((row) => {
      const [first = '', ...others] = columns.map((_, i) => row[i] ?? '');
      const rest = others
        .map((cell, i) => (cell.trim() === '' ? '' : columns.length === 2 ? cell : `${columns[i + 1]}: ${cell}`))
        .filter((cell) => cell !== '')
        .join(' · ');
      return `• ${first}${rest === '' ? '' : ` — ${rest}`}`;
    })
    .join('\n');
  return textSections(`**${columns.join(' · ')}**\n${list}`);
}

function fieldSections(fields: { label: string; value: string }[]): Rendered[] {
  const out: Rendered[] = [];
  let group: { text: string; plain: string }[] = [];
  const flush = () => {
    if (group.length === 0) return;
    out.push({ block: { type: 'section', fields: group.map((g) => mrkdwn(g.text)) }, plain: group.map((g) => g.plain).join('\n') });
    group = [];
  };
  for (const field of fields) {
    const label = toPlain(field.label).trim();
    const text = `${label === '' ? '' : `*${escapeSlack(label)}*\n`}${toMrkdwn(field.value)}`;
    const plain = `${label}: ${toPlain(field.value)}`;
    if (text.trim() === '') continue;
    if (text.length > MAX_FIELD_TEXT) {
      // Too long to sit in a column: it gets sections of its own.
      flush();
      const title = `*${escapeSlack(label)}*\n`;
      if (label === '') out.push(...textSections(field.value));
      else if (title.length <= MAX_FIELD_TEXT / 4) out.push(...textSections(field.value, title));
      else out.push(...textSections(`**${field.label}**`), ...textSections(field.value));
      continue;
    }
    group.push({ text, plain });
    if (group.length === MAX_SECTION_FIELDS) flush();
  }
  flush();
  return out;
}

const TONE_EMOJI: Record<Tone, string> = {
  info: ':information_source:',
  success: ':white_check_mark:',
  warning: ':warning:',
  error: ':x:',
};

/** Cuts a label to fit a button, marking the cut. */
function buttonLabel(text: string): { text: string; cut: boolean } {
  if (text.length <= MAX_BUTTON_TEXT) return { text, cut: false };
  let out = '';
  for (const ch of Array.from(text)) {
    if (out.length + ch.length > MAX_BUTTON_TEXT - 1) break;
    out += ch;
  }
  return { text: out + '…', cut: true };
}

function choiceSections(options: Choice[], prompt: string | undefined, firstIndex: number): Rendered[] {
  const out: Rendered[] = prompt ? textSections(prompt) : [];
  const buttons: { button: SlackButton; plain: string }[] = [];
  const cutLabels: string[] = [];
  const unbuttonable: Choice[] = [];
  options.forEach((option, i) => {
    const encoded = encodeCommand(option.command);
    if (encoded === null) {
      unbuttonable.push(option);
      return;
    }
    const full = toPlain(option.label).trim() || toPlain(option.command).trim() || 'Run';
    const label = buttonLabel(full);
    if (label.cut) cutLabels.push(full);
    buttons.push({
      button: {
        type: 'button',
        text: plainText(label.text),
        action_id: `k8s_run${encoded.compressed ? 'z' : ''}_${firstIndex + i}`,
        value: encoded.value,
      },
      plain: full,
    });
  });
  for (let i = 0; i < buttons.length; i += MAX_ACTIONS_ELEMENTS) {
    const row = buttons.slice(i, i + MAX_ACTIONS_ELEMENTS);
    out.push({ block: { type: 'actions', elements: row.map((b) => b.button) }, plain: row.map((b) => `[${b.plain}]`).join(' ') });
  }
  if (cutLabels.length > 0) out.push(...textSections(cutLabels.map((l) => `• ${l}`).join('\n')));
  // A command too long even for a compressed button is shown to be sent as a message.
  for (const option of unbuttonable) {
    out.push(...textSections(`To do **${option.label}**, send this command:`), ...codeSections(option.command, undefined));
  }
  return out;
}

function renderBlock(block: Block, firstChoice: number): Rendered[] {
  switch (block.type) {
    case 'heading': {
      const text = toPlain(block.text).replace(/\s+/g, ' ').trim();
      if (text === '') return [];
      if (text.length <= MAX_HEADER_TEXT) return [{ block: { type: 'header', text: plainText(text) }, plain: text }];
      return textSections(`**${block.text}**`);
    }
    case 'text':
      return textSections(block.text);
    case 'code':
      return codeSections(block.code, block.filename);
    case 'fields':
      return fieldSections(block.fields);
    case 'table':
      return tableSections(block.columns, block.rows);
    case 'choices':
      return choiceSections(block.options, block.prompt, firstChoice);
    case 'note':
      return textSections(block.text, `${TONE_EMOJI[block.tone]} `);
  }
}

// ---- messages -------------------------------------------------------------------------------

export interface RenderOptions {
  /** A "Share in channel" button that re-runs this command publicly (slash-command replies). */
  share?: string;
  /** A context line shown first (who ran or pressed what), already Slack mrkdwn: escape user text. */
  byline?: string;
}

/** Defuses `@here`, `@channel` and `@everyone` in notification text. */
function defuseMentions(text: string): string {
  if (!text.includes('@')) return text;
  return text.replace(/@(here|channel|everyone)\b/gi, `@${ZWSP}$1`);
}

/** The notification fallback: the message's plain text, escaped, within FALLBACK_TEXT_MAX. */
export function fallbackText(plain: string): string {
  // Escaping only lengthens, so nothing past the limit can fit.
  let source = plain.slice(0, FALLBACK_TEXT_MAX + 1).replace(/[\ud800-\udbff]$/, '').replace(/\n{3,}/g, '\n\n').trim();
  if (source === '') return 'kube-concierge';
  let text = escapeSlack(defuseMentions(source));
  while (text.length > FALLBACK_TEXT_MAX) {
    source = Array.from(source)
      .slice(0, Math.floor(Array.from(source).length * 0.8))
      .join('');
    text = escapeSlack(defuseMentions(source)) + '…';
  }
  return text;
}

function toMessages(rendered: Rendered[]): SlackMessage[] {
  const messages: SlackMessage[] = [];
  for (let i = 0; i < rendered.length; i += MAX_BLOCKS_PER_MESSAGE) {
    const page = rendered.slice(i, i + MAX_BLOCKS_PER_MESSAGE);
    messages.push({ text: fallbackText(page.map((r) => r.plain).join('\n')), blocks: page.map((r) => r.block) });
  }
  return messages;
}

/** Reply -> one or more Slack messages, each within every Block Kit limit. */
export function renderSlack(reply: Reply, options: RenderOptions = {}): SlackMessage[] {
  const rendered: Rendered[] = [];
  if (options.byline) {
    rendered.push({ block: { type: 'context', elements: [mrkdwn(options.byline)] }, plain: '' });
  }
  let nextChoice = 0;
  for (const block of reply.blocks) {
    rendered.push(...renderBlock(block, nextChoice));
    if (block.type === 'choices') nextChoice += block.options.length;
  }
  if (rendered.length === 0) rendered.push(section('_(no answer)_', '(no answer)'));
  if (options.share !== undefined) {
    const encoded = encodeCommand(options.share);
    if (encoded !== null) {
      const button: SlackButton = {
        type: 'button',
        text: plainText('Share in channel'),
        action_id: encoded.compressed ? 'k8s_sharez' : 'k8s_share',
        value: encoded.value,
      };
      rendered.push({ block: { type: 'actions', elements: [button] }, plain: '' });
    }
  }
  return toMessages(rendered);
}

/** A one-section message (status lines such as "Looking…" and delivery errors). */
export function statusMessage(text: string): SlackMessage {
  return { text: fallbackText(toPlain(text)), blocks: textSections(text).map((r) => r.block) };
}
