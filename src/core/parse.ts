// text -> words, key=value options, flags and a pasted block. Never throws: whatever it cannot
// read becomes a `problem` the command core turns into a short reply.

/** Flags that take a value, by every spelling, mapped to their canonical name. */
const VALUE_FLAGS: Record<string, string> = {
  '-n': 'namespace',
  '--namespace': 'namespace',
  '-o': 'output',
  '--output': 'output',
};

/** Flags that are switches. */
const SWITCH_FLAGS: Record<string, string> = {
  '-A': 'all-namespaces',
  '--all-namespaces': 'all-namespaces',
  '--all': 'all-namespaces',
};

export interface ParsedInput {
  /** The text as the parser read it (control characters removed, trimmed). */
  text: string;
  /** The command line (the first line, or what stands before a code fence). */
  line: string;
  /** Every token of the command line in order, quotes removed (the command word included). */
  tokens: string[];
  /** Positional words (not key=value, not flags). */
  words: string[];
  /** key=value pairs; keys keep their spelling, later ones win. */
  options: Record<string, string>;
  /** Flags by canonical name (`namespace`, `all-namespaces`, ...). */
  flags: Record<string, string | true>;
  /** How each flag in `flags` was typed (`-n`, `--namespace`), for messages. */
  flagSpellings: Record<string, string>;
  /** Flags the parser does not know, as typed. */
  unknownFlags: string[];
  /** The pasted block after the command line (fences removed), if any. */
  body: string | null;
  /** Things the parser had to guess at, worded for the user. */
  problems: string[];
}

// C0 controls except tab and newline, DEL, C1 controls, and lone BOM/zero-width characters that
// chat clients and terminals paste invisibly.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u2060\ufeff]/g;

export function sanitize(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(/\u00a0/g, ' ');
}

const OPENING_QUOTES: Record<string, string> = { '"': '"', "'": "'", '\u201c': '\u201d', '\u2018': '\u2019', '\u201e': '\u201d' };

/** Shell-like split: whitespace separates, quotes group (also chat clients' curly quotes). */
export function tokenize(line: string): { tokens: string[]; unbalanced: boolean } {
  const tokens: string[] = [];
  let current = '';
  let inToken = false;
  let unbalanced = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    const close = OPENING_QUOTES[ch];
    if (close !== undefined) {
      const end = line.indexOf(close, i + 1);
      // A straight quote may also close a curly one (phones mix them).
      const altEnd = close === '\u201d' ? line.indexOf('"', i + 1) : close === '\u2019' ? line.indexOf("'", i + 1) : -1;
      const stop = end === -1 ? altEnd : altEnd === -1 ? end : Math.min(end, altEnd);
      if (stop === -1) {
        // An apostrophe inside a word ("what's") is not a quote.
        if ((ch === "'" || ch === '\u2019') && inToken) {
          current += ch;
          continue;
        }
        unbalanced = true;
        current += line.slice(i + 1);
        inToken = true;
        break;
      }
      if ((ch === "'" || ch === '\u2018') && inToken && /\w/.test(line[i + 1] ?? '')) {
        current += ch; // "don't", "it's": an apostrophe, even if a later quote exists
        continue;
      }
      current += line.slice(i + 1, stop);
      inToken = true;
      i = stop;
    } else if (ch === ' ' || ch === '\t') {
      if (inToken) tokens.push(current);
      current = '';
      inToken = false;
    } else {
      current += ch;
      inToken = true;
    }
  }
  if (inToken) tokens.push(current);
  return { tokens, unbalanced };
}

const FENCE = /```/;

/** Splits a message into its command line and a pasted block (a code fence or later lines). */
export function splitBody(text: string): { line: string; body: string | null } {
  const newline = text.indexOf('\n');
  const fence = text.search(FENCE);
  if (fence !== -1 && (newline === -1 || fence < newline)) {
    return { line: text.slice(0, fence).trim(), body: unfence(text.slice(fence)) };
  }
  if (newline === -1) return { line: text.trim(), body: null };
  const body = unfence(text.slice(newline + 1));
  return { line: text.slice(0, newline).trim(), body: body.trim() === '' ? null : body };
}

/** Removes Markdown code fences (```yaml ... ```), keeping what is inside them. */
export function unfence(block: string): string {
  if (!block.includes('```')) return block;
  const lines = block.split('\n');
  const kept: string[] = [];
  for (const raw of lines) {
    let line = raw;
    const trimmed = line.trim();
    if (/^```[\w+-]*$/.test(trimmed)) continue; // a fence line, possibly with a language tag
    if (trimmed.startsWith('```')) line = line.replace(/^\s*```(?:ya?ml\b)?\s?/, '');
    if (line.trimEnd().endsWith('```')) line = line.replace(/\s*```\s*$/, '');
    kept.push(line);
  }
  return kept.join('\n').replace(/^\n+/, '');
}

const OPTION = /^([A-Za-z][\w.-]{0,62})=(.*)$/s;
/** Whether a token is a `key=value` option (parse puts it in `options`, not in `words`). */
export const isOptionToken = (token: string): boolean => OPTION.test(token);

export function parse(input: string): ParsedInput {
  const text = sanitize(input).trim();
  const { line, body } = splitBody(text);
  const { tokens, unbalanced } = tokenize(line);
  const problems: string[] = [];
  if (unbalanced) problems.push('A quote was not closed, so I read it as running to the end of the line.');

  const words: string[] = [];
  const options: Record<string, string> = {};
  const flags: Record<string, string | true> = {};
  const flagSpellings: Record<string, string> = {};
  const unknownFlags: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const option = OPTION.exec(token);
    // A flag is a dash and a letter (`-n`, `--namespace`); "->", "--" and "-5" are words.
    if (/^--?[A-Za-z]/.test(token)) {
      const eq = token.indexOf('=');
      const spelled = eq > 0 ? token.slice(0, eq) : token;
      const valueFlag = VALUE_FLAGS[spelled];
      const switchFlag = SWITCH_FLAGS[spelled];
      if (valueFlag !== undefined) {
        const value = eq > 0 ? token.slice(eq + 1) : tokens[i + 1];
        if (value === undefined || value === '') {
          problems.push(`\`${spelled}\` needs a value, for example \`${spelled} payments\`.`);
        } else {
          flags[valueFlag] = value;
          flagSpellings[valueFlag] = spelled;
          if (eq <= 0) i++;
        }
      } else if (switchFlag !== undefined) {
        flags[switchFlag] = true;
        flagSpellings[switchFlag] = spelled;
      } else {
        unknownFlags.push(spelled);
      }
    } else if (option) {
      options[option[1] as string] = option[2] as string;
    } else {
      words.push(token);
    }
  }
  return { text, line, tokens, words, options, flags, flagSpellings, unknownFlags, body, problems };
}
