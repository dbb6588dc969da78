import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, splitBody, tokenize, unfence } from '../../src/core/parse.js';

describe('tokenize', () => {
  it('splits on spaces and groups quoted strings', () => {
    expect(tokenize('yaml ingress host="shop example" path=\'/a b\'').tokens).toEqual([
      'yaml',
      'ingress',
      'host=shop example',
      'path=/a b',
    ]);
  });

  it('treats curly quotes from chat clients like straight ones', () => {
    expect(tokenize('explain \u201cnode port\u201d').tokens).toEqual(['explain', 'node port']);
    expect(tokenize('explain \u2018lb\u2019 now').tokens).toEqual(['explain', 'lb', 'now']);
  });

  it('keeps apostrophes inside words', () => {
    expect(tokenize("why can't I reach it's port").tokens).toEqual(['why', "can't", 'I', 'reach', "it's", 'port']);
  });

  it('reads an unclosed quote to the end of the line and says so', () => {
    const result = tokenize('explain "node port');
    expect(result.tokens).toEqual(['explain', 'node port']);
    expect(result.unbalanced).toBe(true);
  });
});

describe('parse', () => {
  it('separates words, key=value options and flags', () => {
    const p = parse('service api -n payments port=8080 --all-namespaces');
    expect(p.words).toEqual(['service', 'api']);
    expect(p.options).toEqual({ port: '8080' });
    expect(p.flags).toEqual({ namespace: 'payments', 'all-namespaces': true });
    expect(p.unknownFlags).toEqual([]);
  });

  it('accepts --namespace=value and reports a flag without its value', () => {
    expect(parse('svc --namespace=web').flags).toEqual({ namespace: 'web' });
    const missing = parse('svc -n');
    expect(missing.flags).toEqual({});
    expect(missing.problems.join(' ')).toContain('`-n` needs a value');
  });

  it('collects unknown flags as typed and leaves negative numbers alone', () => {
    const p = parse('svc --colour -x port=-1 -5');
    expect(p.unknownFlags).toEqual(['--colour', '-x']);
    expect(p.words).toEqual(['svc', '-5']);
  });

  it('takes the lines after the command as a pasted block', () => {
    const p = parse('check\napiVersion: v1\nkind: Service\n');
    expect(p.words).toEqual(['check']);
    expect(p.body).toBe('apiVersion: v1\nkind: Service');
  });

  it('unwraps a fenced block pasted on the command line, as Slack sends it', () => {
    const p = parse('check ```apiVersion: v1\nkind: Service```');
    expect(p.line).toBe('check');
    expect(p.body).toBe('apiVersion: v1\nkind: Service');
  });

  it('unwraps a fenced block with a language tag on its own lines', () => {
    expect(splitBody('lint\n```yaml\na: 1\n```\n')).toEqual({ line: 'lint', body: 'a: 1\n' });
  });

  it('removes control characters and normalises line endings', () => {
    const p = parse('he\u0000lp\r\n\u001b[31mkind: x');
    expect(p.words).toEqual(['help']);
    expect(p.body).toBe('[31mkind: x');
  });

  it('unfence leaves text without fences untouched', () => {
    expect(unfence('a:\n  b: 1\n')).toBe('a:\n  b: 1\n');
  });

  it('never throws and keeps every token of the command line (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const p = parse(text);
        expect(p.words.length + Object.keys(p.options).length).toBeLessThanOrEqual(p.tokens.length);
        expect(p.text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a one-megabyte line in linear time', () => {
    const line = 'x'.repeat(1024 * 1024);
    const p = parse(`explain ${line}`);
    expect(p.words[1]).toHaveLength(1024 * 1024);
  });
});
