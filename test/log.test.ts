import { describe, expect, it } from 'vitest';
import { createLogger, redactSecrets, terminalFormat } from '../src/log.js';

describe('redactSecrets', () => {
  it('removes configured secrets and anything shaped like a token', () => {
    const text = [
      'bot xoxb-123-456-abcdef',
      'app xapp-1-A0-123-abc',
      'discord MTAxMjM0NTY3ODkwMTIzNDU2Nw.GaBcDe.abcdefghijklmnopqrstuvwxyz0123',
      'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.payload.sig',
      'Authorization: Bot MTAxMjM0NTY3ODkwMTIzNDU2Nw.x.y',
      'signing s3cr3t-signing-value',
    ].join('\n');
    const out = redactSecrets(text, ['s3cr3t-signing-value']);
    expect(out).not.toMatch(/xoxb-1|xapp-1|MTAx|eyJ|s3cr3t/);
    expect(out).toContain('Bearer [redacted]');
  });
});

describe('createLogger', () => {
  it('writes JSON lines with secrets redacted wherever they appear', () => {
    const lines: string[] = [];
    const log = createLogger({ secrets: ['hunter2-signing'], write: (l) => void lines.push(l) });
    log.info({ token: 'anything', headers: { authorization: 'x' }, detail: 'uses hunter2-signing' }, 'xoxb-9-9-secret in message');
    log.error({ err: new Error('failed with xoxb-1-2-3') }, 'boom');
    const all = lines.join('');
    expect(all).not.toMatch(/hunter2|xoxb-|anything/);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ level: 30, msg: '[redacted] in message' });
  });
});

describe('terminalFormat', () => {
  it('prints a readable line, still redacted', async () => {
    const lines: string[] = [];
    const log = createLogger({ format: await terminalFormat(), write: (l) => void lines.push(l) });
    log.info({ command: 'help' }, 'handled with xoxb-1-2-3');
    const text = lines.join('').replace(/\u001b\[[0-9;]*m/g, '');
    expect(text).toMatch(/INFO.*handled with \[redacted\]/);
    expect(text).toContain('command: "help"');
    expect(() => JSON.parse(lines[0] ?? '')).toThrow();
  });
});
