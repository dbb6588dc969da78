// The local shell: an adapter like Slack and Discord, on the same path through the core.
// Three modes, as PRODUCT.md fixes them: interactive (prompt, history, numbered choices),
// `--json` lines (one JSON object per input line, nothing else on stdout), and one-shot.

import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { contextFor, type Runtime } from '../../core/context.js';
import { handle, MAX_INPUT_CHARS, oversizeReply } from '../../core/handle.js';
import { registry } from '../../core/registry.js';
import { choiceCommands, toPlainText, type Reply } from '../../core/reply.js';
import { renderForTerminal } from './render.js';

export interface ShellOptions {
  runtime: Runtime;
  /** The channel the shell acts as for the policy (`--channel`, default `shell`). */
  channel?: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** ANSI colours (a terminal without NO_COLOR). */
  color?: boolean;
  /** Prompt, banner, history and tab completion (stdin is a terminal). */
  interactive?: boolean;
  /** Where interactive history persists; null keeps it in memory only. */
  historyFile?: string | null;
  /** Aborted (SIGTERM): the reply in progress is still written, then no more input is read. */
  stop?: AbortSignal;
}

export const DEFAULT_HISTORY_FILE = join(homedir(), '.kube-concierge_history');
const HISTORY_SIZE = 1000;
const PROMPT = 'k8s> ';

function askCore(text: string, options: ShellOptions): Promise<Reply> {
  return handle(text, contextFor(options.runtime, { platform: 'shell', user: 'local', channel: options.channel ?? 'shell' }));
}

/** The `--json` wire form of a reply: one line, exactly the fields PRODUCT.md fixes, plus outcome. */
export function toJsonLine(reply: Reply): string {
  const wire: Record<string, unknown> = {
    command: reply.command,
    text: toPlainText(reply),
    blocks: reply.blocks,
    data: reply.data,
    outcome: reply.outcome,
  };
  if (reply.visibility) wire.visibility = reply.visibility;
  return JSON.stringify(wire);
}

/**
 * A `--json` input line: a line starting with `"` is a JSON string (so pasted YAML fits on one
 * line) and is decoded; if it does not decode, it is taken as typed.
 */
export function decodeJsonInputLine(line: string): string {
  if (!line.startsWith('"')) return line;
  try {
    const decoded: unknown = JSON.parse(line);
    return typeof decoded === 'string' ? decoded : line;
  } catch {
    return line;
  }
}

async function write(output: NodeJS.WritableStream, text: string): Promise<void> {
  if (!output.write(text)) await once(output, 'drain');
}

/** Closes `rl` when `stop` aborts, so that a loop waiting for the next line ends; returns the cleanup. */
function closeOnStop(rl: Interface, stop: AbortSignal | undefined): () => void {
  if (stop === undefined) return () => {};
  const close = () => rl.close();
  if (stop.aborted) close();
  else stop.addEventListener('abort', close, { once: true });
  return () => stop.removeEventListener('abort', close);
}

/**
 * The input's lines, split on `\n` only (a `\r` before it is dropped): readline would also end
 * a line at a lone `\r`, and `--json` promises one reply per line. Ends at EOF or when `stop`
 * fires, leaving input not yet taken.
 */
export async function* inputLines(input: NodeJS.ReadableStream, stop?: AbortSignal): AsyncGenerator<string> {
  input.setEncoding('utf8');
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<string>;
  const stopped = new Promise<IteratorResult<string>>((resolve) => {
    if (stop === undefined) return;
    const end = () => resolve({ done: true, value: undefined });
    if (stop.aborted) end();
    else stop.addEventListener('abort', end, { once: true });
  });
  const strip = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);
  let buffer = '';
  try {
    for (;;) {
      const next = await Promise.race([chunks.next(), stopped]);
      if (next.done) break;
      // Only the new chunk can hold the next newline: no rescanning of a long line.
      let from = buffer.length;
      buffer += next.value;
      for (let at = buffer.indexOf('\n', from); at !== -1; at = buffer.indexOf('\n', from)) {
        yield strip(buffer.slice(0, at));
        buffer = buffer.slice(at + 1);
        from = 0;
        if (stop?.aborted) return;
      }
    }
    if (buffer !== '' && !stop?.aborted) yield strip(buffer);
  } finally {
    void chunks.return?.();
  }
}

/** `--json` mode: one JSON line out for every line in, in order, until EOF (or `stop`). */
export async function runJsonLines(options: ShellOptions): Promise<void> {
  for await (const line of inputLines(options.input, options.stop)) {
    const reply = await askCore(decodeJsonInputLine(line), options);
    await write(options.output, toJsonLine(reply) + '\n');
    if (options.stop?.aborted) break;
  }
}

/** One command, printed, then done. Returns the exit code: 0 when the command succeeded. */
export async function runOnce(text: string, options: ShellOptions & { json: boolean }): Promise<number> {
  const reply = await askCore(text, options);
  await write(options.output, (options.json ? toJsonLine(reply) : renderForTerminal(reply, options.color ?? false)) + '\n');
  return reply.outcome === 'ok' ? 0 : 1;
}

function loadHistory(file: string | null | undefined): string[] {
  if (!file) return [];
  try {
    // readline keeps the newest entry first.
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(-HISTORY_SIZE).reverse();
  } catch {
    return [];
  }
}

function saveHistory(file: string | null | undefined, rl: Interface): void {
  if (!file) return;
  const history = (rl as Interface & { history?: string[] }).history ?? [];
  try {
    writeFileSync(file, [...history].reverse().join('\n') + '\n', { mode: 0o600 });
  } catch {
    // History is a convenience; an unwritable home directory must not break the shell.
  }
}

const EXIT_WORDS = new Set(['exit', 'quit', 'bye', ':q']);
const CONTINUATION_PROMPT = '...> ';

/**
 * A line that starts a multi-line paste: a command that reads a pasted block (`check`) typed
 * alone, which collects lines up to an empty one; or a line that opens a ``` fence, which
 * collects up to the closing fence (so YAML with blank lines fits too).
 */
export function opensPaste(line: string, bodyWords: ReadonlySet<string>): 'blank' | 'fence' | null {
  if (bodyWords.has(line.trim().toLowerCase())) return 'blank';
  return (line.match(/```/g) ?? []).length % 2 === 1 ? 'fence' : null;
}

/** The line-by-line shell: interactive in a terminal, plain text when piped. */
export async function runShell(options: ShellOptions): Promise<void> {
  const interactive = options.interactive ?? false;
  const commandWords = registry.commands.flatMap((c) => [c.name, ...c.aliases.filter((a) => !a.includes(' '))]);
  const bodyWords = new Set(registry.commands.filter((c) => c.takesBody).flatMap((c) => [c.name, ...c.aliases]));
  const rl = createInterface({
    input: options.input,
    output: interactive ? options.output : undefined,
    terminal: interactive,
    crlfDelay: Infinity,
    prompt: PROMPT,
    historySize: HISTORY_SIZE,
    history: interactive ? loadHistory(options.historyFile) : [],
    removeHistoryDuplicates: true,
    completer: (line: string): [string[], string] => {
      if (line.includes(' ')) return [[], line];
      const hits = commandWords.filter((w) => w.startsWith(line.toLowerCase()));
      return [hits, line];
    },
  });
  // Start listening before the first await, or lines that arrive meanwhile are lost.
  const lines = rl[Symbol.asyncIterator]();
  const release = closeOnStop(rl, options.stop);
  const say = (text: string) => write(options.output, text + '\n');

  if (interactive) {
    await say(renderForTerminal(
      { command: null, outcome: 'ok', data: {}, blocks: [{ type: 'text', text: '**kube-concierge** — Kubernetes networking help. Type `help`, a command, or a question; `exit` to leave.' }] },
      options.color ?? false,
    ));
    rl.prompt();
  }

  let lastChoices: string[] = [];
  let paste: { lines: string[]; size: number; until: 'blank' | 'fence' } | null = null;
  for await (const raw of lines) {
    if (options.stop?.aborted) break;
    const line = raw.trim();
    let text = raw;
    if (paste) {
      const ends = paste.until === 'blank' ? line === '' : line.endsWith('```');
      // Past the core's limit lines are only counted, not kept: the paste is refused whole.
      if (paste.size <= MAX_INPUT_CHARS && (paste.until === 'fence' || !ends)) paste.lines.push(raw);
      paste.size += raw.length + 1;
      if (!ends) continue;
      const { lines: pasted, size } = paste;
      paste = null;
      if (interactive) rl.setPrompt(PROMPT);
      if (size > MAX_INPUT_CHARS) {
        await say(renderForTerminal(oversizeReply(size), options.color ?? false));
        if (interactive) rl.prompt();
        continue;
      }
      text = pasted.join('\n');
    } else {
      if (interactive && line === '') {
        rl.prompt();
        continue;
      }
      if (EXIT_WORDS.has(line.toLowerCase())) break;
      const until = opensPaste(raw, bodyWords);
      if (until) {
        paste = { lines: [raw], size: raw.length + 1, until };
        if (interactive) {
          await say(until === 'blank' ? 'Paste the YAML, then an empty line to finish.' : 'Paste the rest, then the closing ``` to finish.');
          rl.setPrompt(CONTINUATION_PROMPT);
          rl.prompt();
        }
        continue;
      }
    }
    // Typing the number of a choice presses that button.
    if (text === raw && /^\d{1,3}$/.test(line) && lastChoices.length > 0) {
      const picked = lastChoices[Number(line) - 1];
      if (picked === undefined) {
        await say(`There is no choice ${line}; pick 1 to ${lastChoices.length}, or type a command.`);
        if (interactive) rl.prompt();
        continue;
      }
      text = picked;
      if (interactive) await say(`→ ${picked}`);
    }
    const reply = await askCore(text, options);
    const commands = choiceCommands(reply);
    if (commands.length > 0 || reply.outcome === 'ok') lastChoices = commands;
    await say(renderForTerminal(reply, options.color ?? false) + (interactive ? '\n' : ''));
    if (options.stop?.aborted) break;
    if (interactive) rl.prompt();
  }
  release();
  if (interactive) saveHistory(options.historyFile, rl);
  rl.close();
}
