import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJsonInputLine, opensPaste, runJsonLines, runOnce, runShell } from '../../src/adapters/shell/index.js';
import { testRuntime } from '../helpers.js';

/** Feeds `input` to a shell mode and collects what it writes. */
async function drive(mode: (io: { input: PassThrough; output: PassThrough }) => Promise<unknown>, input: string): Promise<string> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const done = mode({ input: stdin, output: stdout });
  stdin.end(input);
  await done;
  return out;
}

const json = (input: string) => drive((io) => runJsonLines({ runtime: testRuntime(), ...io }), input);

describe('--json lines', () => {
  it('answers each line with exactly one JSON object carrying command, text, blocks and data', async () => {
    const out = await json('help\nfoo\n');
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({ command: 'help' });
    // Free text no command claims is a question for `ask`, which has no answer for "foo".
    expect(second).toMatchObject({ command: 'ask', outcome: 'invalid' });
    for (const reply of [first, second]) {
      expect(typeof reply?.text).toBe('string');
      expect(Array.isArray(reply?.blocks)).toBe(true);
      expect(typeof reply?.data).toBe('object');
    }
  });

  it('gives a choice block whose command, sent as the next line, is what pressing it does', async () => {
    const first = JSON.parse((await json('help help\n')).trim()) as { blocks: { type: string; options?: { command: string }[] }[] };
    const choices = first.blocks.filter((b) => b.type === 'choices');
    expect(choices.length).toBeGreaterThan(0);
    const command = choices[0]?.options?.[0]?.command as string;
    const next = JSON.parse((await json(`${command}\n`)).trim()) as { command: string; text: string };
    expect(next.command).toBe(command.split(' ')[0]);
  });

  it('decodes a line that is a JSON string, so pasted multi-line text fits on a line', async () => {
    expect(decodeJsonInputLine('"help\\nhelp"')).toBe('help\nhelp');
    expect(decodeJsonInputLine('"not json')).toBe('"not json');
    expect(decodeJsonInputLine('plain')).toBe('plain');
    const out = JSON.parse((await json('"help \\"help\\""\n')).trim()) as { text: string };
    expect(out.text).toContain('help [command]');
  });

  it('answers empty, binary, huge and unbalanced lines, one line each, and keeps going', async () => {
    const inputs = ['', '\u0000\u0001\u0002', 'x'.repeat(1024 * 1024), 'help "unclosed', 'help --nope', '"', 'help'];
    const lines = (await json(inputs.join('\n') + '\n')).trimEnd().split('\n');
    expect(lines).toHaveLength(inputs.length);
    const last = JSON.parse(lines.at(-1) ?? '') as { command: string; outcome: string };
    expect(last).toMatchObject({ command: 'help', outcome: 'ok' });
  });

  it('ends a line at \\n or \\r\\n only, so a stray carriage return does not make two replies', async () => {
    const lines = (await json('help\rexplain nodeport\r\nhelp')).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((l) => JSON.parse(l) as { command: string });
    expect(first?.command).not.toBe('explain');
    expect(second?.command).toBe('help');
  });

  it('writes exactly one JSON line per input line for arbitrary input (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          // A lone `\r` is part of its line: only `\n` ends one.
          fc.string({ unit: 'binary', maxLength: 200 }).map((s) => s.replace(/\n/g, ' ').replace(/\r$/, '')),
          { minLength: 1, maxLength: 8 },
        ),
        async (lines) => {
          const out = await json(lines.join('\n') + '\n');
          const outLines = out.split('\n');
          expect(outLines.pop()).toBe('');
          expect(outLines).toHaveLength(lines.length);
          for (const line of outLines) expect(() => JSON.parse(line)).not.toThrow();
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('one-shot', () => {
  it('prints the reply and returns 0 for a good command, 1 for a bad one', async () => {
    let code = -1;
    const out = await drive(async (io) => (code = await runOnce('help help', { runtime: testRuntime(), ...io, json: false })), '');
    expect(out).toContain('help [command]');
    expect(code).toBe(0);
    await drive(async (io) => (code = await runOnce('nonsense', { runtime: testRuntime(), ...io, json: true })), '');
    expect(code).toBe(1);
  });
});

describe('line shell', () => {
  it('runs a numbered choice when its number is typed', async () => {
    const out = await drive((io) => runShell({ runtime: testRuntime(), ...io }), 'help help\n9\n1\n');
    // `help help` offers its examples as choices; the first is `help`, the overview.
    expect(out).toContain('  1) help\n');
    expect(out).toContain('Ask a question in plain words');
    expect(out).toContain('There is no choice 9');
  });

  it('stops reading at exit or quit, piped or not', async () => {
    const out = await drive((io) => runShell({ runtime: testRuntime(), ...io }), 'help help\nquit\nhelp\n');
    expect(out).toContain('help [command]');
    expect(out).not.toContain('Ask a question in plain words');
    expect(out).not.toContain('quit');
  });

  it('shows a prompt, banner and history in interactive mode, and saves history', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const historyFile = join(mkdtempSync(join(tmpdir(), 'kc-hist-')), 'history');
    const out = await drive(
      (io) => runShell({ runtime: testRuntime(), ...io, interactive: true, historyFile }),
      'help help\n1\nexit\n',
    );
    expect(out).toContain('kube-concierge');
    expect(out).toContain('k8s> ');
    expect(out).toContain('→ help');
    expect(readFileSync(historyFile, 'utf8')).toContain('help help');
  });
});

describe('multi-line paste in the line shell', () => {
  const shell = (input: string) => drive((io) => runShell({ runtime: testRuntime(), ...io }), input);
  const service = ['apiVersion: v1', 'kind: Service', 'metadata:', '  name: web', 'spec:', '  selector: {app: web}', '  ports:', '  - port: 80', '    nodePort: 80'];

  it('collects the lines after a lone `check` up to an empty line, then answers the next command', async () => {
    const out = await shell(['check', ...service, '', 'help help', ''].join('\n'));
    expect(out).toContain('Checked Service `web`');
    expect(out).toMatch(/line 9 +error +nodePort 80 is outside/);
    expect(out).toContain('help [command]');
  });

  it('collects a fenced block up to its closing fence, blank lines included', async () => {
    const out = await shell(['lint ```yaml', ...service.slice(0, 2), '', ...service.slice(2), '```', 'help help', ''].join('\n'));
    expect(out).toContain('Checked Service `web`');
    expect(out).toContain('help [command]');
  });

  it('refuses a paste over the size limit whole, without keeping it', async () => {
    const line = 'x'.repeat(64 * 1024);
    const out = await shell(['check', ...Array<string>(40).fill(line), '', 'help help', ''].join('\n'));
    expect(out).toContain('I read at most 2.0 MB');
    expect(out).toContain('help [command]');
  });

  it('knows which lines open a paste', () => {
    const words = new Set(['check', 'lint']);
    expect(opensPaste('check', words)).toBe('blank');
    expect(opensPaste('  LINT ', words)).toBe('blank');
    expect(opensPaste('check ```yaml', words)).toBe('fence');
    expect(opensPaste('check ```a: 1```', words)).toBeNull();
    expect(opensPaste('check kind: Service', words)).toBeNull();
    expect(opensPaste('help', words)).toBeNull();
  });
});
