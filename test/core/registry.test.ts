import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/core/command.js';
import { COMMANDS, createRegistry, registry } from '../../src/core/registry.js';

const commandsDir = new URL('../../src/core/commands/', import.meta.url);

describe('registry', () => {
  it('lists every command module in src/core/commands', async () => {
    const files = readdirSync(commandsDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    for (const file of files) {
      const module = (await import(new URL(file, commandsDir).href)) as Record<string, unknown>;
      const exported = Object.values(module).filter((v): v is Command => typeof v === 'object' && v !== null && 'run' in v);
      expect(exported.length, `${file} exports a command`).toBeGreaterThan(0);
      for (const command of exported) expect(COMMANDS, `${file}: ${command.name} is listed`).toContain(command);
    }
    expect(COMMANDS.length).toBe(files.length);
  });

  it('gives every command a summary, usage and examples that start with a command word', () => {
    for (const command of COMMANDS) {
      expect(command.summary.length).toBeGreaterThan(10);
      expect(command.usage.split(' ')[0]).toBe(command.name);
      expect(command.examples.length).toBeGreaterThan(0);
      for (const example of command.examples) expect(registry.find(example.split(' '))?.command).toBe(command);
    }
  });

  it('finds commands by name and alias, case-insensitively', () => {
    expect(registry.find(['HELP'])?.command.name).toBe('help');
    expect(registry.find(['?'])?.command.name).toBe('help');
    expect(registry.find(['nothing'])).toBeNull();
  });

  it('matches a multi-word alias before a single word', () => {
    const what: Command = { name: 'explain', aliases: ['what is'], summary: 's', usage: 'explain', examples: [], run: () => ({ command: null, blocks: [], outcome: 'ok', data: {} }) };
    const r = createRegistry([what]);
    expect(r.find(['What', 'is', 'a', 'nodeport'])).toEqual({ command: what, consumed: 2 });
  });

  it('refuses two commands claiming the same word', () => {
    const a: Command = { name: 'a', aliases: ['x'], summary: 's', usage: 'a', examples: [], run: () => ({ command: null, blocks: [], outcome: 'ok', data: {} }) };
    expect(() => createRegistry([a, { ...a, name: 'b' }])).toThrow('"x" is used twice');
  });

  it('suggests close command names and nothing for unrelated words', () => {
    expect(registry.suggest('hlep')).toEqual(['help']);
    expect(registry.suggest('HELPP')).toEqual(['help']);
    expect(registry.suggest('banana')).toEqual([]);
    expect(registry.suggest('x'.repeat(1000))).toEqual([]);
  });
});
