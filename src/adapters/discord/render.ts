// Reply -> Discord messages. Pure: no discord.js client, no I/O; the adapter sends what this
// returns. An array, because a long reply splits.
//
// Layout. The reply's text goes into message `content` as Discord Markdown, in block order:
// headings (`###`), paragraphs, fields as `**label:** value` lines, notes as quotes with a tone
// emoji, tables and code as fenced code blocks. Content rather than embeds, because embeds always
// render below the content (the blocks would lose their order), and content copies cleanly.
// Links become `[label](<url>)` and bare URLs `<url>`, which suppresses link previews. Characters
// that Discord's Markdown reads but Markdown-light does not (`_ ~ | \` and a leading `>` or `#`)
// are escaped.
//
// Limits (limits.ts), all counted here because discord.js's builders do not:
// - content: blocks are packed into messages of at most 2000 characters; a longer block is split
//   losslessly (code and tables into several fenced blocks, each ≤ 2000 with its fence and a
//   "part i of n" caption). Code needing more than CODE_MESSAGES_MAX messages, or containing a
//   code fence, is attached as a file instead; nothing is ever cut.
// - buttons: each choices block starts a new action row; rows hold 5 buttons, a message 5 rows;
//   more buttons continue in the next message. Labels are cut to 80 characters (the label only:
//   the command is always whole).
// - custom_id: see buttons.ts. Commands too long for the id go into an embed of the same message
//   (≤ 10 embeds, ≤ 6000 characters in total), or into an attached `command-k.txt` file.
// - files: ≤ 10 per message and ≤ 10 MiB in total per message (a larger file is split into parts).
// - a reply that would take more than MESSAGES_PER_REPLY_MAX messages is a wall of text: it goes
//   out whole as `answer.txt` (its plain-text form), with all its buttons.

import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed } from 'discord.js';
import { alignTable, isTrustedLink, plainInline, splitText, toPlainText, type Block, type Reply, type Tone } from '../../core/reply.js';
import {
  commandEmbed,
  commandFileName,
  embedCustomId,
  embedLength,
  fileCustomId,
  inlineCustomId,
  type ButtonAction,
} from './buttons.js';
import {
  ACTION_ROWS_MAX,
  BUTTON_LABEL_MAX,
  BUTTONS_PER_ROW_MAX,
  CONTENT_MAX,
  EMBED_TOTAL_MAX,
  EMBEDS_PER_MESSAGE_MAX,
  FILE_BYTES_MAX,
  FILES_PER_MESSAGE_MAX,
} from './limits.js';

export interface DiscordFile {
  name: string;
  data: Buffer;
}

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** One Discord message, as plain API data; the adapter adds flags and allowed_mentions. */
export interface DiscordMessage {
  content: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  files: DiscordFile[];
}

export interface RenderOptions {
  /** Adds a "Share" button that runs this command again publicly (for private answers). */
  share?: string | undefined;
}

/** A code block that would take more messages than this is attached as a file instead. */
export const CODE_MESSAGES_MAX = 3;
/** A reply longer than this many messages is a wall of text: it is attached whole as a file. */
export const MESSAGES_PER_REPLY_MAX = 5;
export const SHARE_LABEL = 'Share';

const TONE_EMOJI: Record<Tone, string> = { info: 'ℹ️', success: '✅', warning: '⚠️', error: '❌' };

// ---- Markdown-light -> Discord Markdown -----------------------------------------------------

const INLINE = /(`[^`\n]+`)|\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)|\*\*(.+?)\*\*|(https?:\/\/[^\s<>]+)/gis;

/**
 * Escapes what Discord's Markdown would read but Markdown-light means literally; `[` and `]`
 * too, or Discord would make a masked link of `[label](<url>)` text itself.
 */
function escapePlain(text: string): string {
  return text.replace(/[\\*_~|`[\]]/g, '\\$&');
}

/**
 * A URL that must not become a link. Discord links every bare http(s) URL in content, escaped or
 * not, except inside a code span; so it goes into one (a backtick in it percent-encoded).
 */
function literalUrl(url: string): string {
  return `\`${url.replace(/`/g, '%60')}\``;
}

function inline(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    out += escapePlain(text.slice(last, match.index));
    const [whole, code, label, url, bold, bare] = match;
    if (code !== undefined) out += code;
    else if (label !== undefined && url !== undefined) {
      // Only a trusted host (the knowledge's) gets a link; anything else is shown as typed.
      if (!isTrustedLink(url)) out += `\\[${escapePlain(label)}\\](${literalUrl(url)})`;
      else out += label === url ? `<${url}>` : `[${escapePlain(label)}](<${url}>)`;
    } else if (bold !== undefined) out += `**${inline(bold)}**`;
    else if (bare !== undefined) {
      // Sentence punctuation after a URL is not part of it.
      const trimmed = bare.replace(/[.,;:!?)]+$/, '');
      out += `${isTrustedLink(trimmed) ? `<${trimmed}>` : literalUrl(trimmed)}${escapePlain(bare.slice(trimmed.length))}`;
    } else out += escapePlain(whole);
    last = (match.index ?? 0) + whole.length;
  }
  return out + escapePlain(text.slice(last));
}

/** Markdown-light text as Discord Markdown; a leading `>`, `#` or `-#` on a line stays literal. */
export function discordMarkdown(text: string): string {
  return inline(text)
    .split('\n')
    .map((line) => (/^\s*(>|#|-#)/.test(line) ? line.replace(/^(\s*)/, '$1\\') : line))
    .join('\n');
}

// ---- blocks -> items ------------------------------------------------------------------------

interface PlannedButton {
  action: ButtonAction;
  label: string;
  command: string;
  style: ButtonStyle.Primary | ButtonStyle.Secondary;
}

type Item =
  | { kind: 'text'; text: string }
  | { kind: 'file'; file: DiscordFile; caption: string }
  | { kind: 'buttons'; buttons: PlannedButton[] }
  | { kind: 'break' };

/** Lone surrogates cannot travel as UTF-8; Discord text never contains them anyway. */
function wellFormed(text: string): string {
  return text.replace(/\p{Cs}/gu, '\uFFFD');
}

function fence(code: string, language: string): string {
  return '```' + language + '\n' + code.replace(/\n$/, '') + '\n```';
}

const LANGUAGE_EXTENSION: Record<string, string> = { yaml: 'yaml', yml: 'yaml', json: 'json', bash: 'sh', sh: 'sh', shell: 'sh' };

function fileNameFor(filename: string | undefined, language: string): string {
  const base = (filename ?? '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+/, '').slice(-64);
  return base !== '' ? base : `snippet.${LANGUAGE_EXTENSION[language] ?? 'txt'}`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Text as one or more files of at most FILE_BYTES_MAX bytes each (UTF-8: ≤ 3 bytes per unit). */
function fileItems(name: string, text: string, what: string): Item[] {
  const parts = Buffer.byteLength(text, 'utf8') <= FILE_BYTES_MAX ? [text] : splitText(text, Math.floor(FILE_BYTES_MAX / 3));
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return parts.map((part, i) => {
    const dot = name.lastIndexOf('.');
    const partName = parts.length === 1 ? name : `${dot > 0 ? name.slice(0, dot) : name}.part${i + 1}${dot > 0 ? name.slice(dot) : ''}`;
    const data = Buffer.from(part, 'utf8');
    const whole = parts.length === 1 ? `${lines} line${lines === 1 ? '' : 's'}, ${formatBytes(data.length)}` : `part ${i + 1} of ${parts.length}, ${formatBytes(data.length)}`;
    return { kind: 'file', file: { name: partName, data }, caption: `📎 ${what} is attached as \`${partName}\` (${whole}).` };
  });
}

/**
 * Fenced code in pieces of at most CONTENT_MAX characters each, with a caption per piece when
 * there are several; `header` (a table's column line) is repeated in every piece. Null when it
 * would take more than CODE_MESSAGES_MAX messages.
 */
function fencedPieces(code: string, language: string, label: string, header = '', singleCaption = ''): string[] | null {
  const single = singleCaption + fence(header + code, language);
  if (single.length <= CONTENT_MAX) return [single];
  const caption = (i: number, n: number) => `-# ${label}, part ${i} of ${n}\n`;
  const overhead = fence(header, language).length + caption(CODE_MESSAGES_MAX, CODE_MESSAGES_MAX).length;
  const budget = CONTENT_MAX - overhead;
  if (budget < 2 || code.length > budget * CODE_MESSAGES_MAX) return null;
  const pieces = splitText(code, budget);
  if (pieces.length > CODE_MESSAGES_MAX) return null;
  return pieces.map((piece, i) => caption(i + 1, pieces.length) + fence(header + piece, language));
}

function codeItems(code: string, language: string, filename: string | undefined): Item[] {
  const lang = language === 'text' ? '' : language.replace(/[^\w+-]/g, '');
  const name = fileNameFor(filename, language);
  // One piece is captioned with its file name; several pieces carry "name, part i of n" instead.
  const shown = escapePlain((filename ?? '').replace(/\s+/g, ' ').trim());
  const caption = shown ? `-# ${shown}\n` : '';
  const pieces = code.includes('```') ? null : fencedPieces(code, lang, shown || lang || 'code', '', caption);
  if (pieces === null) return fileItems(name, code, filename ? 'The file' : 'The code');
  return pieces.map((piece) => ({ kind: 'text', text: piece }));
}

function tableItems(columns: string[], rows: string[][]): Item[] {
  const text = alignTable(columns, rows);
  const newline = text.indexOf('\n');
  const header = newline === -1 ? '' : text.slice(0, newline + 1);
  const body = newline === -1 ? text : text.slice(newline + 1);
  const pieces = text.includes('```') ? null : fencedPieces(body, '', 'table', header);
  if (pieces === null) return fileItems('table.txt', text, 'The table');
  return pieces.map((text) => ({ kind: 'text', text }));
}

/** A text that may exceed the content limit, in lossless pieces. */
function textItems(text: string): Item[] {
  if (text.trim() === '') return [];
  return splitText(text, CONTENT_MAX).map((piece) => ({ kind: 'text', text: piece }));
}

export function buttonLabel(label: string, command: string): string {
  const flat = (s: string) => plainInline(s).replace(/`/g, '').replace(/\s+/g, ' ').trim();
  const text = flat(label) || flat(command) || 'Run';
  const chars = Array.from(text);
  if (text.length <= BUTTON_LABEL_MAX) return text;
  // Cut by code points so a surrogate pair is never split; leave room for the ellipsis.
  let cut = '';
  for (const ch of chars) {
    if (cut.length + ch.length > BUTTON_LABEL_MAX - 1) break;
    cut += ch;
  }
  return `${cut}…`;
}

function blockItems(block: Block): Item[] {
  switch (block.type) {
    case 'heading': {
      const text = block.text.replace(/\s+/g, ' ').trim();
      return text === '' ? [] : textItems(`### ${inline(text)}`);
    }
    case 'text':
      return textItems(discordMarkdown(block.text));
    case 'code':
      return codeItems(block.code, block.language, block.filename);
    case 'fields':
      return textItems(block.fields.map((f) => `**${inline(f.label)}:** ${discordMarkdown(f.value)}`).join('\n'));
    case 'table':
      return tableItems(block.columns, block.rows);
    case 'choices': {
      const items = block.prompt ? textItems(discordMarkdown(block.prompt)) : [];
      if (block.options.length === 0) return items;
      const buttons = block.options.map(
        (o): PlannedButton => ({ action: 'run', label: buttonLabel(o.label, o.command), command: wellFormed(o.command), style: ButtonStyle.Secondary }),
      );
      return [...items, { kind: 'break' }, { kind: 'buttons', buttons }];
    }
    case 'note':
      return textItems(
        discordMarkdown(block.text)
          .split('\n')
          .map((line, i) => `> ${i === 0 ? `${TONE_EMOJI[block.tone]} ` : ''}${line}`)
          .join('\n'),
      );
  }
}

// ---- packing items into messages ------------------------------------------------------------

class MessageDraft {
  content = '';
  embeds: APIEmbed[] = [];
  embedChars = 0;
  rows: APIButtonComponentWithCustomId[][] = [];
  files: DiscordFile[] = [];
  fileBytes = 0;
  ids = new Set<string>();
  commandFiles = 0;
  /** The next button starts a new row (a new choices block). */
  newRow = true;

  get empty(): boolean {
    return this.content === '' && this.embeds.length === 0 && this.rows.length === 0 && this.files.length === 0;
  }

  fitsText(text: string): boolean {
    return this.content.length + (this.content === '' ? 0 : 2) + text.length <= CONTENT_MAX;
  }

  addText(text: string): void {
    this.content += (this.content === '' ? '' : '\n\n') + text;
  }

  fitsFile(file: DiscordFile): boolean {
    return this.files.length < FILES_PER_MESSAGE_MAX && this.fileBytes + file.data.length <= FILE_BYTES_MAX;
  }

  addFile(file: DiscordFile): void {
    this.files.push(file);
    this.fileBytes += file.data.length;
  }

  fitsButton(): boolean {
    const last = this.rows[this.rows.length - 1];
    const needsRow = this.newRow || last === undefined || last.length >= BUTTONS_PER_ROW_MAX;
    return !needsRow || this.rows.length < ACTION_ROWS_MAX;
  }

  fitsEmbed(embed: APIEmbed): boolean {
    return this.embeds.length < EMBEDS_PER_MESSAGE_MAX && this.embedChars + embedLength(embed) <= EMBED_TOTAL_MAX;
  }

  addButton(button: PlannedButton, customId: string): void {
    const last = this.rows[this.rows.length - 1];
    const component: APIButtonComponentWithCustomId = { type: ComponentType.Button, style: button.style, label: button.label, custom_id: customId };
    if (this.newRow || last === undefined || last.length >= BUTTONS_PER_ROW_MAX) this.rows.push([component]);
    else last.push(component);
    this.newRow = false;
    this.ids.add(customId);
  }

  /**
   * Adds the button if this message can carry it; false when it cannot (the caller starts a new
   * message), or 'never' when no message could.
   */
  tryButton(button: PlannedButton): boolean | 'never' {
    if (!this.fitsButton()) return false;
    const inlineId = inlineCustomId(button.action, button.command, this.ids);
    if (inlineId !== null) {
      this.addButton(button, inlineId);
      return true;
    }
    const embed = commandEmbed(button.label, button.command);
    if (embed !== null && embedLength(embed) <= EMBED_TOTAL_MAX) {
      if (!this.fitsEmbed(embed)) return false;
      this.addButton(button, embedCustomId(button.action, this.embeds.length));
      this.embeds.push(embed);
      this.embedChars += embedLength(embed);
      return true;
    }
    const file = { name: commandFileName(this.commandFiles + 1), data: Buffer.from(button.command, 'utf8') };
    if (file.data.length > FILE_BYTES_MAX) return 'never';
    if (!this.fitsFile(file)) return false;
    this.commandFiles++;
    this.addButton(button, fileCustomId(button.action, this.commandFiles));
    this.addFile(file);
    return true;
  }

  toMessage(): DiscordMessage {
    return {
      content: this.content,
      embeds: this.embeds,
      components: this.rows.map((components) => ({ type: ComponentType.ActionRow, components })),
      files: this.files,
    };
  }
}

function pack(items: Item[]): DiscordMessage[] {
  const messages: DiscordMessage[] = [];
  let draft = new MessageDraft();
  const next = () => {
    if (!draft.empty) messages.push(draft.toMessage());
    draft = new MessageDraft();
  };
  for (const item of items) {
    switch (item.kind) {
      case 'text':
        if (!draft.fitsText(item.text)) next();
        draft.addText(item.text);
        break;
      case 'file':
        if (!draft.fitsText(item.caption) || !draft.fitsFile(item.file)) next();
        draft.addText(item.caption);
        draft.addFile(item.file);
        break;
      case 'break':
        draft.newRow = true;
        break;
      case 'buttons':
        for (const button of item.buttons) {
          let added = draft.tryButton(button);
          if (added === false) {
            next();
            added = draft.tryButton(button);
          }
          if (added !== true) {
            // Only a command over 10 MiB gets here; the core reads at most 2 MiB, so it could not run.
            const note = `> ${TONE_EMOJI.warning} The option “${escapePlain(button.label)}” is too long to offer as a button.`;
            if (!draft.fitsText(note)) next();
            draft.addText(note);
          }
        }
        break;
    }
  }
  next();
  return messages;
}

/** The reply as Discord messages, each within every Discord limit. Never empty. */
export function renderDiscord(reply: Reply, options: RenderOptions = {}): DiscordMessage[] {
  const items = reply.blocks.flatMap(blockItems);
  if (options.share !== undefined) {
    const share: PlannedButton = { action: 'share', label: SHARE_LABEL, command: wellFormed(options.share), style: ButtonStyle.Primary };
    items.push({ kind: 'break' }, { kind: 'buttons', buttons: [share] });
  }
  let messages = pack(items);
  if (messages.length > MESSAGES_PER_REPLY_MAX) {
    // The whole answer as one file, with every button still offered.
    const buttons = items.filter((item) => item.kind === 'buttons' || item.kind === 'break');
    messages = pack([...fileItems('answer.txt', toPlainText(reply), 'This answer is long, so the whole of it'), ...buttons]);
  }
  return messages.length > 0 ? messages : [{ content: 'Nothing to show.', embeds: [], components: [], files: [] }];
}
