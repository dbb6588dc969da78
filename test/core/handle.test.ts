import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/core/command.js';
import { contextFor } from '../../src/core/context.js';
import { handle, MAX_INPUT_CHARS } from '../../src/core/handle.js';
import { COMMANDS, createRegistry } from '../../src/core/registry.js';
import { paragraph, reply, toPlainText } from '../../src/core/reply.js';
import { ask, SHELL, testRuntime } from '../helpers.js';

describe('help', () => {
  it('lists every command with its usage and summary', async () => {
    const r = await ask('help');
    expect(r.command).toBe('help');
    expect(r.outcome).toBe('ok');
    for (const command of COMMANDS) {
      expect(r.text).toContain(command.usage);
      expect(r.text).toContain(command.summary);
    }
  });

  it('answers to its aliases and to "what can you do"', async () => {
    expect((await ask('?')).command).toBe('help');
    expect((await ask('What can you do?')).command).toBe('help');
  });

  it('shows one command with its examples as choices', async () => {
    const r = await ask('help help');
    expect(r.text).toContain('help [command]');
    const options = r.blocks.flatMap((b) => (b.type === 'choices' ? b.options : []));
    expect(options.map((o) => o.command)).toEqual(COMMANDS.find((c) => c.name === 'help')?.examples);
  });

  it('says when a command does not exist and suggests close ones', async () => {
    const r = await ask('help hlp');
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain('There is no command `hlp`');
    expect(r.text).toContain('help help');
  });
});

describe('unknown input', () => {
  it('suggests the command a typo most likely meant, keeping the arguments', async () => {
    const r = await ask('hlep me');
    expect(r.command).toBeNull();
    expect(r.text).toContain("I don't know the command `hlep`");
    const options = r.blocks.flatMap((b) => (b.type === 'choices' ? b.options : []));
    expect(options[0]?.command).toBe('help me');
  });

  it('answers an empty or blank message with a hint', async () => {
    for (const text of ['', '   ', '\n\n', '\u0000\u0001']) {
      const r = await ask(text);
      expect(r.outcome).toBe('invalid');
      expect(r.text).toContain('help');
    }
  });

  it('refuses flags a command does not take, naming them', async () => {
    const r = await ask('help --verbose');
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain('`help` does not take `--verbose`');
    expect(r.text).toContain('Usage: `help [command]`');
  });

  it('refuses a message over the size limit without reading it', async () => {
    const r = await ask('x'.repeat(MAX_INPUT_CHARS + 1));
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain('I read at most 2.0 MB');
  });

  it('answers a one-megabyte line that is not a command briefly', async () => {
    const r = await ask('a'.repeat(1024 * 1024));
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain('long message');
    expect(r.text.length).toBeLessThan(400);
  });

  it('answers binary garbage without throwing', async () => {
    const garbage = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    const r = await ask(garbage);
    expect(['invalid', 'ok']).toContain(r.outcome);
    expect(r.text.length).toBeGreaterThan(0);
  });

  it('notes an unclosed quote and still answers', async () => {
    const r = await ask('help "help');
    expect(r.command).toBe('help');
    expect(r.text).toContain('A quote was not closed');
  });

  it('handles a command repeated ten thousand times on one line', async () => {
    const r = await ask(Array(10_000).fill('help').join(' '));
    expect(r.command).toBe('help');
    expect(r.text).toContain('`help` takes one command name');
  });

  it('keeps answering ten thousand commands in a row', async () => {
    const runtime = testRuntime();
    for (let i = 0; i < 10_000; i++) {
      const r = await ask(i % 2 ? 'help' : 'nope', runtime);
      expect(r.text.length).toBeGreaterThan(0);
    }
    expect((await ask('help', runtime)).outcome).toBe('ok');
  });
});

describe('a command that fails', () => {
  const boom: Command = {
    name: 'boom',
    aliases: [],
    summary: 'Fails.',
    usage: 'boom',
    examples: ['boom'],
    run() {
      throw new Error('secret internals at /srv/app.js:12');
    },
  };
  const registry = createRegistry([...COMMANDS, boom]);

  it('gets one clear sentence, no stack trace, and the error is logged', async () => {
    const runtime = testRuntime();
    const r = await handle('boom', contextFor(runtime, SHELL), registry);
    const text = toPlainText(r);
    expect(r.outcome).toBe('error');
    expect(text).toContain('Something went wrong while running `boom`');
    expect(text).not.toContain('secret internals');
    expect(text).not.toMatch(/at .*\.js:\d+/);
    expect(runtime.logLines.join('')).toContain('secret internals');
  });

  it('does not stop the next command', async () => {
    const ctx = contextFor(testRuntime(), SHELL);
    await handle('boom', ctx, registry);
    expect((await handle('help', ctx, registry)).outcome).toBe('ok');
  });
});

describe('free-text routing', () => {
  it('runs the command whose recognizer is most confident', async () => {
    const quiet: Command = {
      name: 'services',
      aliases: ['svc'],
      summary: 'Lists services.',
      usage: 'services [namespace]',
      examples: ['services'],
      recognize: (text) => {
        const m = /^(?:show |list )?services in (\S+)$/i.exec(text);
        return m ? { score: 0.9, command: `services ${m[1]}` } : null;
      },
      run: (input) => reply('services', [paragraph(`namespace ${input.args.join(',')}`)]),
    };
    const registry = createRegistry([...COMMANDS.filter((c) => c.name !== quiet.name), quiet]);
    const r = await handle('show services in payments', contextFor(testRuntime(), SHELL), registry);
    expect(r.command).toBe('services');
    expect(toPlainText(r)).toBe('namespace payments');
  });

  it('logs one line per command with platform, command, outcome and duration, never the text', async () => {
    const runtime = testRuntime();
    await ask('help the very private words', runtime);
    const line = JSON.parse(runtime.logLines.at(-1) ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ platform: 'shell', command: 'help', msg: 'command handled' });
    expect(typeof line.ms).toBe('number');
    expect(runtime.logLines.join('')).not.toContain('private words');
  });
});
