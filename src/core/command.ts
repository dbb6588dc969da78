// The shape of a command module. A command's own data (name, aliases, summary, usage,
// examples) feeds `help`, platform registration and the tests.

import type { Knowledge } from '../knowledge/index.js';
import type { Context } from './context.js';
import type { ParsedInput } from './parse.js';
import type { Registry } from './registry.js';
import type { Reply } from './reply.js';

/** A flag a command accepts, by its canonical name in `ParsedInput.flags`. */
export type FlagName = 'namespace' | 'all-namespaces' | 'output';

export interface CommandInput {
  /** Positional words after the command word(s). */
  args: string[];
  options: Record<string, string>;
  flags: Partial<Record<FlagName, string | true>>;
  /** The pasted block (YAML) after the command line, if any. */
  body: string | null;
  /** The word(s) the user typed for the command (the name or an alias). */
  invokedAs: string;
  parsed: ParsedInput;
  /** The commands, for commands that talk about other commands (`help`). */
  registry: Registry;
  /** The free text this command was routed from; the command line is what was read of it. */
  said?: string;
}

/** A guess that free text means a command: how sure (0–1) and the canonical command to run. */
export interface Recognition {
  score: number;
  command: string;
}

export interface Command {
  name: string;
  /** Other words that run it; a multi-word alias ("what is") matches the first words. */
  aliases: string[];
  /** One line for `help` and slash-command autocomplete. */
  summary: string;
  /** Synopsis, e.g. `service <name> [-n namespace]`. */
  usage: string;
  /** Full command lines that work as typed; the first is the one `help` shows. */
  examples: string[];
  /** Flags it accepts; any other flag gets a reply naming the ones that work. */
  flags?: FlagName[];
  /**
   * Whether it reads a pasted block after the command line. Commands that do not take one get
   * the block's words appended to their arguments (a question over several lines).
   */
  takesBody?: boolean;
  /**
   * Whether its arguments may be a whole sentence describing a situation (`which I need to expose
   * my API on bare metal`), so a sentence after its name stays with it (see handle.ts).
   */
  readsSentence?: boolean;
  /**
   * The most words its arguments can hold (`service <name> [namespace]`: two). More words after its name, with no
   * other command claiming them, are a sentence that starts with the command word ("service uses targetPort: http but the
   * endpoints are empty"): a question for `ask` (see handle.ts).
   */
  maxWords?: number;
  /**
   * Words that, right after the command word, make it an English word that starts a question
   * ("which is cheaper…"): the message is then routed as free text, this command the fallback.
   */
  startsQuestion?: RegExp;
  /**
   * For a command that reads a sentence: whether these words tell it anything it works with (a
   * fact of the setup, a kind, a wish to expose). A sentence that tells it nothing, which nothing
   * else claims, is a question for the knowledge base ("which drain settings matter", see handle.ts).
   */
  understands?: (words: string, knowledge: Knowledge) => boolean;
  /**
   * Whether it reads its arguments as plain words (a question): flags and key=value words are
   * part of the text ("why does port-forward --address fail"), so none is refused.
   */
  takesText?: boolean;
  /** Free text this command probably means, with the canonical command line to run (see route.ts). */
  recognize?: (text: string, knowledge: Knowledge) => Recognition | null;
  run(input: CommandInput, ctx: Context): Reply | Promise<Reply>;
}
