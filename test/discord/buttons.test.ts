// custom_id encoding: each carrier, uniqueness within a message, and ids we did not make.
import { describe, expect, it } from 'vitest';
import { commandFromEmbed, commandEmbed, compress, inlineCustomId, parseCustomId } from '../../src/adapters/discord/buttons.js';

describe('custom_id', () => {
  it('carries a short one-line command as is, colons and all', () => {
    expect(inlineCustomId('run', 'yaml nodeport ports=80:8080', new Set())).toBe('rc:yaml nodeport ports=80:8080');
    expect(parseCustomId('rc:yaml nodeport ports=80:8080')).toEqual({ action: 'run', command: 'yaml nodeport ports=80:8080' });
    expect(parseCustomId('sc:help')).toEqual({ action: 'share', command: 'help' });
    expect(parseCustomId('rc:')).toEqual({ action: 'run', command: '' });
  });

  it('adds a counter so the same command twice in a message gets two unique ids', () => {
    const taken = new Set(['rc:help']);
    expect(inlineCustomId('run', 'help', taken)).toBe('rc1:help');
    expect(parseCustomId('rc1:help')).toEqual({ action: 'run', command: 'help' });
    expect(parseCustomId('rc12:3:x')).toEqual({ action: 'run', command: '3:x' });
  });

  it('deflates a command with a newline (a pasted body), and reads it back', () => {
    const command = 'check\napiVersion: v1\nkind: Service';
    const id = inlineCustomId('run', command, new Set());
    expect(id).toBe(`rz:${compress(command)}`);
    expect(parseCustomId(id as string)).toEqual({ action: 'run', command });
  });

  it('returns null when even the deflated form is longer than 100 characters', () => {
    expect(inlineCustomId('run', 'q'.repeat(10) + Array.from({ length: 120 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join(''), new Set())).toBeNull();
  });

  it('shows a command in an embed exactly, and refuses one with a code fence', () => {
    const embed = commandEmbed('Next', 'which external  http ');
    expect(embed).toEqual({ title: 'Button “Next” runs:', description: '```\nwhich external  http \n```' });
    expect(commandFromEmbed(embed ?? undefined)).toBe('which external  http ');
    expect(commandEmbed('x', 'a ``` b')).toBeNull();
    expect(commandFromEmbed({ description: 'not ours' })).toBeNull();
    expect(commandFromEmbed(undefined)).toBeNull();
  });

  it('ignores ids it did not make and damaged ones', () => {
    for (const id of ['', 'hello', 'xc:help', 'rz:@@@not-base64', 're:x', 'rf:', 'rq:help']) expect(parseCustomId(id), id).toBeNull();
    expect(parseCustomId('re:3')).toEqual({ action: 'run', embed: 3 });
    expect(parseCustomId('sf:2')).toEqual({ action: 'share', file: 'command-2.txt' });
  });
});
