// The Reply: what every command returns and the only thing adapters render.
// Blocks are a closed union; text inside blocks is "Markdown-light": **bold**, `code` and
// [label](https://link) — every renderer understands those three and nothing else.

export type Tone = 'info' | 'success' | 'warning' | 'error';

export interface Field {
  label: string;
  value: string;
}

/** A button. `command` is the full, canonical command that pressing it runs. */
export interface Choice {
  label: string;
  command: string;
}

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string }
  | { type: 'code'; code: string; language: string; filename?: string }
  | { type: 'fields'; fields: Field[] }
  | { type: 'table'; columns: string[]; rows: string[][] }
  | { type: 'choices'; options: Choice[]; prompt?: string }
  | { type: 'note'; text: string; tone: Tone };

export type BlockType = Block['type'];

/** Who sees the reply. Undefined means the platform's usual default. */
export type Visibility = 'private' | 'public';

/**
 * How a command ended, for metrics, logs and exit codes:
 * ok; invalid = the user's input was wrong; unavailable = something outside the bot failed
 * (cluster down, forbidden); error = a bug in the bot.
 */
export type Outcome = 'ok' | 'invalid' | 'unavailable' | 'error';

export interface Reply {
  /** The command that produced the reply, or null when no command was recognised. */
  command: string | null;
  blocks: Block[];
  outcome: Outcome;
  visibility?: Visibility;
  /** Structured data for scripts (`--json`), e.g. `which`'s recommendation. */
  data: Record<string, unknown>;
}

// ---- builders -------------------------------------------------------------------------------

export const heading = (text: string): Block => ({ type: 'heading', text });
export const paragraph = (text: string): Block => ({ type: 'text', text });
export const code = (source: string, language = 'text', filename?: string): Block =>
  filename === undefined ? { type: 'code', code: source, language } : { type: 'code', code: source, language, filename };
export const fields = (entries: Field[] | Record<string, string>): Block => ({
  type: 'fields',
  fields: Array.isArray(entries) ? entries : Object.entries(entries).map(([label, value]) => ({ label, value })),
});
export const table = (columns: string[], rows: string[][]): Block => ({ type: 'table', columns, rows });
export const choices = (options: Choice[], prompt?: string): Block =>
  prompt === undefined ? { type: 'choices', options } : { type: 'choices', options, prompt };
export const note = (text: string, tone: Tone = 'info'): Block => ({ type: 'note', text, tone });

export interface ReplyOptions {
  outcome?: Outcome;
  visibility?: Visibility;
  data?: Record<string, unknown>;
}

export function reply(command: string | null, blocks: Block[], options: ReplyOptions = {}): Reply {
  const result: Reply = { command, blocks, outcome: options.outcome ?? 'ok', data: options.data ?? {} };
  if (options.visibility) result.visibility = options.visibility;
  return result;
}

/**
 * A reply to input the bot cannot use: says what is wrong and what would work. Always private,
 * so a typo does not spam a channel.
 */
export function invalidInput(command: string | null, problem: string, hint?: string, suggestions: Choice[] = []): Reply {
  const blocks: Block[] = [note(problem, 'warning')];
  if (hint) blocks.push(paragraph(hint));
  if (suggestions.length > 0) blocks.push(choices(suggestions));
  return reply(command, blocks, { outcome: 'invalid', visibility: 'private' });
}

/**
 * User input quoted back in a reply: one line, at most `max` characters, inside backticks that
 * it cannot break out of.
 */
export function echo(input: string, max = 40): string {
  return inlineCode(input.replace(/\s+/g, ' ').trim(), max);
}

/**
 * The longest value `echoValue` quotes whole; a longer one is cut to this many characters, "…"
 * included. 63 is the longest Kubernetes name or label, so every valid one shows whole.
 */
export const VALUE_MAX = 63;

/**
 * A value taken from the user's input — a parameter, a YAML key or value, a name, a path through
 * pasted YAML — as inline code that it cannot break out of, at most `max` characters. Unlike
 * `echo` it keeps spaces as typed (a trailing non-breaking space may be the very problem), but
 * a line break becomes a space: a code span is one line.
 */
export function echoValue(value: unknown, max = VALUE_MAX): string {
  const text = String(value);
  return text === '' ? '""' : inlineCode(text.replace(/\r\n?|[\n\u2028\u2029]/g, ' '), max);
}

/** Text cut to at most `max` characters, "…" included, by code points (a surrogate pair stays whole). */
export function clip(text: string, max = VALUE_MAX): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Backticks become `'` (so the span cannot be closed early), then the text is clipped. */
function inlineCode(text: string, max: number): string {
  return `\`${clip(text.replace(/`/g, "'"), max)}\``;
}

// ---- links ----------------------------------------------------------------------------------

/**
 * The hosts a renderer may turn a `[label](url)` or bare URL into a real link for: exactly the
 * hosts the built-in knowledge links to (a test holds this list to knowledge/). Anything else,
 * and anything that arrives from a user's text, stays literal text, so a pasted
 * `[Reset your password](https://evil.example)` cannot become a masked link in a bot message.
 */
export const BUILT_IN_LINK_HOSTS: readonly string[] = [
  'cert-manager.io',
  'cloud.google.com',
  'developer.konghq.com',
  'docs.aws.amazon.com',
  'doc.traefik.io',
  'docs.cilium.io',
  'docs.digitalocean.com',
  'docs.docker.com',
  'docs.k3s.io',
  'docs.redhat.com',
  'docs.tigera.io',
  'gateway-api.sigs.k8s.io',
  'gateway.envoyproxy.io',
  'haproxy-ingress.github.io',
  'istio.io',
  'k3d.io',
  'kind.sigs.k8s.io',
  'kubernetes-sigs.github.io',
  'kubernetes.github.io',
  'kubernetes.io',
  'learn.microsoft.com',
  'linkerd.io',
  'metallb.io',
  'minikube.sigs.k8s.io',
  'network-policy-api.sigs.k8s.io',
  'projectcontour.io',
  'submariner.io',
  'www.haproxy.com',
];

const linkHosts = new Set(BUILT_IN_LINK_HOSTS);

/** Trusts the hosts of these links too: start-up passes every link of the loaded knowledge (a team overlay's included). */
export function trustLinkHosts(urls: Iterable<string>): void {
  for (const url of urls) {
    const host = httpsHost(url);
    if (host !== null) linkHosts.add(host);
  }
}

/** True when a renderer may make `url` a link: https, on a host the knowledge links to. */
export function isTrustedLink(url: string): boolean {
  const host = httpsHost(url);
  return host !== null && linkHosts.has(host);
}

function httpsHost(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

// ---- plain text -----------------------------------------------------------------------------

/** Markdown-light to plain text: drops bold markers, turns links into `label (url)`. */
export function plainInline(text: string): string {
  // Most text has neither marker: skip the regular expressions (every renderer calls this per cell and line).
  const unbolded = text.includes('**') ? text.replace(/\*\*(.+?)\*\*/gs, '$1') : text;
  if (!unbolded.includes('](')) return unbolded;
  return unbolded.replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, (_m, label: string, url: string) => (label === url ? url : `${label} (${url})`));
}

const TONE_PREFIX: Record<Tone, string> = { info: 'Note', success: 'Done', warning: 'Warning', error: 'Error' };

/** Pads cells so columns line up in a monospace font. */
export function alignTable(columns: string[], rows: string[][]): string {
  const all = [columns, ...rows].map((row) => columns.map((_, i) => plainInline(row[i] ?? '')));
  const widths = columns.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  return all
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * The length of the longest line `alignTable(columns, rows)` would print, without printing it
 * (renderers that choose between monospace and a list only need the width).
 */
export function alignedWidth(columns: string[], rows: string[][]): number {
  const all = [columns, ...rows].map((row) => columns.map((_, i) => plainInline(row[i] ?? '')));
  // A cell with a line break makes more lines than rows: measure the printed table.
  if (all.some((row) => row.some((cell) => cell.includes('\n')))) {
    return Math.max(...alignTable(columns, rows).split('\n').map((line) => line.length));
  }
  const widths = columns.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  let widest = 0;
  for (const row of all) {
    // Cells before the last one with visible text are padded to their column; trailing blanks are trimmed.
    let start = 0;
    let line = 0;
    row.forEach((cell, i) => {
      const visible = cell.trimEnd().length;
      if (visible > 0) line = start + visible;
      start += (widths[i] ?? 0) + 2;
    });
    widest = Math.max(widest, line);
  }
  return widest;
}

/** One block as plain text; choices are numbered from `firstChoice`. */
export function blockToPlainText(block: Block, firstChoice = 1): string {
  switch (block.type) {
    case 'heading':
      return plainInline(block.text);
    case 'text':
      return plainInline(block.text);
    case 'code':
      return '```' + (block.language === 'text' ? '' : block.language) + '\n' + block.code.replace(/\n$/, '') + '\n```';
    case 'fields':
      return block.fields.map((f) => `${plainInline(f.label)}: ${plainInline(f.value)}`).join('\n');
    case 'table':
      return alignTable(block.columns, block.rows);
    case 'choices': {
      const lines = block.options.map((o, i) => {
        const label = plainInline(o.label);
        return `  ${firstChoice + i}) ${label === o.command ? label : `${label} — ${o.command}`}`;
      });
      return [block.prompt ? plainInline(block.prompt) : 'Options:', ...lines].join('\n');
    }
    case 'note':
      return `${TONE_PREFIX[block.tone]}: ${plainInline(block.text)}`;
    default:
      return assertNever(block);
  }
}

/** Renders every block with `render`, numbering choices across the whole reply. */
export function renderBlocks(blocks: Block[], render: (block: Block, firstChoice: number) => string): string {
  let next = 1;
  return blocks
    .map((block) => {
      const text = render(block, next);
      if (block.type === 'choices') next += block.options.length;
      return text;
    })
    .join('\n\n');
}

/** The whole reply as plain text, choices numbered `1)`, `2)`, … across the reply. */
export function toPlainText(reply: Reply): string {
  return renderBlocks(reply.blocks, blockToPlainText);
}

/** The commands of every choice in the reply, in the order they are numbered. */
export function choiceCommands(reply: Reply): string[] {
  return reply.blocks.flatMap((b) => (b.type === 'choices' ? b.options.map((o) => o.command) : []));
}

export function assertNever(value: never): never {
  throw new Error(`unhandled block: ${JSON.stringify(value)}`);
}

// ---- size budgets ---------------------------------------------------------------------------

/** True when `text[i]` is the second half of a surrogate pair (never split there). */
function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Splits text into pieces of at most `limit` UTF-16 units without losing anything:
 * `pieces.join('') === text`. Prefers to break after a blank line, then after a newline, then
 * after a space; only an unbroken run longer than `limit` is cut mid-word (never inside a
 * surrogate pair).
 */
export function splitText(text: string, limit: number): string[] {
  if (limit < 2) throw new RangeError('limit must be at least 2');
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = window.lastIndexOf('\n\n') + 2;
    if (cut < limit / 2) cut = window.lastIndexOf('\n') + 1;
    if (cut < limit / 4) cut = window.lastIndexOf(' ') + 1;
    if (cut <= 0) cut = limit;
    if (isLowSurrogate(rest, cut)) cut = cut > 1 ? cut - 1 : cut + 1; // keep the pair together
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/**
 * Groups items into pages whose measured size stays within `limit`, keeping order. An item that
 * alone exceeds the limit gets a page of its own (the caller splits it further).
 */
export function paginate<T>(items: T[], limit: number, size: (item: T) => number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    const s = size(item);
    if (page.length > 0 && used + s > limit) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += s;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
