// The README's transcripts are real output. A fenced block right after `<!-- transcript -->` (or
// `<!-- transcript: <options> -->`, options for `npm start`) is replayed: the `k8s>` lines are
// typed into one shell session, a `$ npx kube-concierge …` line runs as in a terminal, and every
// line the README shows must appear, in order, in what the bot printed. A line that is only `…`
// or holds `…` marks text left out: the pieces around it must appear, in order, in one line.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/kube-concierge.js', import.meta.url));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

interface Transcript {
  /** The line of the marker, for the test's name. */
  line: number;
  options: string;
  body: string[];
}

function transcripts(): Transcript[] {
  const lines = readme.split('\n');
  const found: Transcript[] = [];
  lines.forEach((text, i) => {
    const marker = /^<!-- transcript(?::\s*(.*?))?\s*-->$/.exec(text.trim());
    if (!marker) return;
    const fence = /^(`{3,})/.exec(lines[i + 1] ?? '')?.[1];
    if (!fence) throw new Error(`README.md:${i + 1}: a transcript marker must be followed by a fenced block`);
    const end = lines.findIndex((l, j) => j > i + 1 && l.trimEnd() === fence);
    found.push({ line: i + 1, options: marker[1] ?? '', body: lines.slice(i + 2, end) });
  });
  return found;
}

/** Runs the bot as a terminal user would (no TTY): `args` as words, `input` on stdin. */
function bot(args: string[], input = ''): string {
  try {
    return execFileSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent', NO_COLOR: '1' } });
  } catch (error) {
    // Exit code 1 (a reply that is not ok) still printed the reply.
    return String((error as { stdout?: string }).stdout ?? '');
  }
}

/** What a `$ npx kube-concierge …` line prints; `"$(cat file)"` is the one shell form used. */
function oneShot(command: string): string {
  const words = command.replace(/\s+#.*$/, '').match(/"[^"]*"|\S+/g) ?? [];
  const args = words.map((w) => {
    const cat = /^"\$\(cat ([^)]+)\)"$/.exec(w);
    if (cat) return readFileSync(new URL(`../${cat[1]}`, import.meta.url), 'utf8').replace(/\n$/, '');
    return w.replace(/^"(.*)"$/, '$1');
  });
  return bot(args);
}

/** Runs a transcript and returns [shown, printed] line lists for comparison. */
function replay(t: Transcript): { shown: string[]; printed: string[] } {
  const shown: string[] = [];
  const printed: string[] = [];
  let session: string[] | null = null;
  const flush = () => {
    if (session === null) return;
    printed.push(...bot(t.options.split(/\s+/).filter(Boolean), session.join('\n') + '\n').split('\n'));
    session = null;
  };
  for (const line of t.body) {
    const typed = /^k8s> (.*)$/.exec(line);
    const shell = /^\$ (.*)$/.exec(line);
    if (typed) {
      session ??= [];
      session.push(typed[1] as string);
    } else if (shell) {
      flush();
      const command = shell[1] as string;
      if (/^npm start\b/.test(command)) session = [];
      else if (command.startsWith('npx kube-concierge ')) printed.push(...oneShot(command.slice('npx '.length).replace(/^kube-concierge /, '')).split('\n'));
      else throw new Error(`README.md transcript at line ${t.line}: cannot replay \`$ ${command}\``);
    } else if (
      line.trim() !== '' &&
      // What only a terminal shows: the banner, and the command a typed number stands for.
      !line.startsWith('→ ') &&
      !line.startsWith('kube-concierge — ')
    ) {
      shown.push(line.trimEnd());
    }
  }
  flush();
  return { shown, printed: printed.map((l) => l.trimEnd()) };
}

/** The first shown line not found, in order, in the printed lines; null when all are. */
function firstMissing(shown: string[], printed: string[]): string | null {
  let at = 0;
  for (const line of shown) {
    const pieces = line
      .split('…')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    if (pieces.length === 0) continue;
    const holds = (candidate: string) => {
      let from = 0;
      for (const piece of pieces) {
        const i = candidate.indexOf(piece, from);
        if (i < 0) return false;
        from = i + piece.length;
      }
      return line.includes('…') || candidate.trim() === line.trim();
    };
    const found = printed.findIndex((p, i) => i >= at && holds(p));
    if (found < 0) return line;
    at = found + 1;
  }
  return null;
}

describe('README transcripts', () => {
  const all = transcripts();

  it('has transcripts to check', () => {
    expect(all.length).toBeGreaterThanOrEqual(5);
  });

  for (const t of all) {
    it(`shows real output (README.md:${t.line})`, () => {
      const { shown, printed } = replay(t);
      expect(firstMissing(shown, printed)).toBeNull();
    });
  }
});
