// The `/k8s` definition and its autocomplete come from the registry's own data.
import { describe, expect, it } from 'vitest';
import { AUTOCOMPLETE_CHOICES_MAX, COMMAND_DESCRIPTION_MAX } from '../../src/adapters/discord/limits.js';
import { autocomplete, commandDescription, optionDescription, slashCommand } from '../../src/adapters/discord/slash.js';
import type { Command } from '../../src/core/command.js';
import { createRegistry, registry } from '../../src/core/registry.js';
import { reply } from '../../src/core/reply.js';

const fake = (name: string, examples = [name], aliases: string[] = []): Command => ({
  name,
  aliases,
  summary: `the ${name} command`,
  usage: `${name} [x]`,
  examples,
  run: () => reply(name, []),
});
const numbered = (n: number) => createRegistry(Array.from({ length: n }, (_, i) => fake(`cmd${String(i).padStart(2, '0')}`)));

describe('/k8s definition', () => {
  it('is a chat-input command with one optional, autocompleted `command` string, for servers and DMs', () => {
    const two = createRegistry([fake('help', ['help']), fake('explain', ['explain nodeport'])]);
    expect(JSON.parse(JSON.stringify(slashCommand(two)))).toEqual({
      type: 1,
      name: 'k8s',
      description: 'Kubernetes networking help: help, explain',
      contexts: [0, 1],
      integration_types: [0],
      options: [
        { type: 3, name: 'command', description: 'A command or a question, e.g. explain nodeport, help', required: false, autocomplete: true, max_length: 6000 },
      ],
    });
    expect(slashCommand(registry).description.length).toBeLessThanOrEqual(COMMAND_DESCRIPTION_MAX);
  });

  it('lists command names and examples within Discord’s 100 characters, ending in … when some do not fit', () => {
    const many = createRegistry([fake('which', ['which external']), fake('compare', ['compare nodeport loadbalancer']), ...Array.from({ length: 20 }, (_, i) => fake(`command${i}`))]);
    const description = commandDescription(many);
    expect(description.length).toBeLessThanOrEqual(COMMAND_DESCRIPTION_MAX);
    expect(description).toMatch(/^Kubernetes networking help: which, compare, command0, .*, …$/);
    const option = optionDescription(many);
    expect(option.length).toBeLessThanOrEqual(COMMAND_DESCRIPTION_MAX);
    expect(option.startsWith('A command or a question, e.g. which external, compare nodeport loadbalancer, ')).toBe(true);
    expect(() => slashCommand(many)).not.toThrow();
  });
});

describe('autocomplete', () => {
  it('with nothing typed lists the commands with usage and summary', () => {
    const choices = autocomplete(registry, '');
    expect(choices.map((c) => c.value)).toEqual(registry.commands.slice(0, AUTOCOMPLETE_CHOICES_MAX).map((c) => c.name));
    expect(choices[0]).toEqual({ name: 'help [command] — List the commands, or show one command with examples.', value: 'help' });
  });

  it('matches names and aliases by prefix, then examples', () => {
    const r = createRegistry([fake('compare', ['compare nodeport lb'], ['vs']), fake('check', ['check'])]);
    expect(autocomplete(r, 'c').map((c) => c.value)).toEqual(['compare', 'check', 'compare nodeport lb']);
    expect(autocomplete(r, 'vs').map((c) => c.value)).toEqual(['compare']);
    expect(autocomplete(r, 'compare node').map((c) => c.value)).toEqual(['compare', 'compare nodeport lb']);
    expect(autocomplete(r, 'nodeport').map((c) => c.value)).toEqual(['compare nodeport lb']);
    expect(autocomplete(r, 'zzz')).toEqual([]);
  });

  it('returns 25 choices when 25 match, and still 25 when 26 do', () => {
    expect(autocomplete(numbered(25), '')).toHaveLength(AUTOCOMPLETE_CHOICES_MAX);
    const choices = autocomplete(numbered(26), '');
    expect(choices).toHaveLength(AUTOCOMPLETE_CHOICES_MAX);
    expect(choices[0]?.value).toBe('cmd00');
  });

  it('keeps choice names and values within 100 characters and skips examples that are longer', () => {
    const r = createRegistry([{ ...fake('yaml', ['yaml ' + 'x'.repeat(200), 'yaml ingress']), summary: 's'.repeat(300) }]);
    const choices = autocomplete(r, 'yaml');
    expect(choices.map((c) => c.value)).toEqual(['yaml', 'yaml ingress']);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });
});
