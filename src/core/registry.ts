// The explicit list of commands, lookup by name or alias, and "did you mean".

import { distance } from 'fastest-levenshtein';
import type { Command } from './command.js';
import { ask } from './commands/ask.js';
import { check } from './commands/check.js';
import { compare } from './commands/compare.js';
import { diagnose } from './commands/diagnose.js';
import { explain } from './commands/explain.js';
import { help } from './commands/help.js';
import { learn } from './commands/learn.js';
import { quiz } from './commands/quiz.js';
import { service } from './commands/service.js';
import { services } from './commands/services.js';
import { which } from './commands/which.js';
import { yaml } from './commands/yaml.js';

/** Every command the bot has. A test fails if a file in commands/ is missing here. */
export const COMMANDS: readonly Command[] = [help, which, explain, compare, ask, yaml, check, services, service, diagnose, learn, quiz];

export interface Registry {
  readonly commands: readonly Command[];
  /** The command named by the first word(s), and how many words named it. */
  find(words: readonly string[]): { command: Command; consumed: number } | null;
  byName(name: string): Command | undefined;
  /** Command names close to a mistyped word, best first. */
  suggest(word: string): string[];
}

/** Longest command word or alias we compare for suggestions; longer input is not a typo. */
const MAX_SUGGEST_LENGTH = 32;

export function createRegistry(commands: readonly Command[]): Registry {
  const names = new Map<string, Command>();
  const multiWord: { words: string[]; command: Command }[] = [];
  for (const command of commands) {
    for (const spelling of [command.name, ...command.aliases]) {
      const key = spelling.toLowerCase();
      if (names.has(key) || multiWord.some((m) => m.words.join(' ') === key)) {
        throw new Error(`command word "${key}" is used twice`);
      }
      if (key.includes(' ')) multiWord.push({ words: key.split(' '), command });
      else names.set(key, command);
    }
  }
  multiWord.sort((a, b) => b.words.length - a.words.length);

  return {
    commands,
    find(words) {
      const lower = words.slice(0, 4).map((w) => w.toLowerCase());
      for (const entry of multiWord) {
        if (entry.words.every((w, i) => lower[i] === w)) return { command: entry.command, consumed: entry.words.length };
      }
      const first = lower[0];
      const command = first === undefined ? undefined : names.get(first);
      return command ? { command, consumed: 1 } : null;
    },
    byName(name) {
      return commands.find((c) => c.name === name);
    },
    suggest(word) {
      const w = word.toLowerCase();
      if (w.length === 0 || w.length > MAX_SUGGEST_LENGTH) return [];
      // One edit for words of up to three letters, two for longer ones: "hlep" and "servcies"
      // are typos, "foo" is not.
      const allowed = w.length <= 3 ? 1 : 2;
      const scored: { name: string; d: number }[] = [];
      for (const command of commands) {
        const d = Math.min(...[command.name, ...command.aliases.filter((a) => !a.includes(' '))].map((s) => distance(w, s)));
        const prefix = w.length >= 3 && command.name.startsWith(w);
        if (d <= allowed || prefix) scored.push({ name: command.name, d: prefix ? 0 : d });
      }
      return scored.sort((a, b) => a.d - b.d || a.name.localeCompare(b.name)).map((s) => s.name);
    },
  };
}

export const registry: Registry = createRegistry(COMMANDS);
