import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignedWidth,
  alignTable,
  choiceCommands,
  choices,
  code,
  echo,
  fields,
  isTrustedLink,
  trustLinkHosts,
  heading,
  note,
  paginate,
  paragraph,
  plainInline,
  reply,
  splitText,
  table,
  toPlainText,
} from '../../src/core/reply.js';

describe('toPlainText', () => {
  it('renders every block type', () => {
    const r = reply('x', [
      heading('Title'),
      paragraph('Some **bold** and a [link](https://kubernetes.io/docs/).'),
      code('a: 1\n', 'yaml'),
      fields({ Type: 'ClusterIP', Port: '80' }),
      table(['NAME', 'TYPE'], [['api', 'ClusterIP'], ['web-frontend', 'NodePort']]),
      choices([{ label: 'Show YAML', command: 'yaml clusterip api' }]),
      note('Careful', 'warning'),
      choices([{ label: 'help', command: 'help' }]),
    ]);
    expect(toPlainText(r)).toBe(
      [
        'Title',
        'Some bold and a link (https://kubernetes.io/docs/).',
        '```yaml\na: 1\n```',
        'Type: ClusterIP\nPort: 80',
        'NAME          TYPE\napi           ClusterIP\nweb-frontend  NodePort',
        'Options:\n  1) Show YAML — yaml clusterip api',
        'Warning: Careful',
        'Options:\n  2) help',
      ].join('\n\n'),
    );
    expect(choiceCommands(r)).toEqual(['yaml clusterip api', 'help']);
  });

  it('plainInline keeps a bare link once', () => {
    expect(plainInline('[https://k8s.io](https://k8s.io)')).toBe('https://k8s.io');
  });
});

describe('echo', () => {
  it('quotes input on one line, shortened, without backticks that could break out', () => {
    expect(echo('a`b\nc')).toBe("`a'b c`");
    expect(echo('x'.repeat(100), 10)).toBe('`xxxxxxxxx…`');
  });

  it('never cuts an emoji in half', () => {
    const cut = echo('😀'.repeat(50), 10);
    expect(cut).toBe('`' + '😀'.repeat(9) + '…`');
  });
});

describe('splitText', () => {
  it('keeps text that fits in one piece', () => {
    expect(splitText('short', 10)).toEqual(['short']);
    expect(splitText('', 10)).toEqual(['']);
  });

  it('breaks at line ends before the limit', () => {
    expect(splitText('aaaa\nbbbb\ncccc', 10)).toEqual(['aaaa\nbbbb\n', 'cccc']);
  });

  it('is lossless, within the limit, and never splits a surrogate pair (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), fc.integer({ min: 2, max: 300 }), (text, limit) => {
        const pieces = splitText(text, limit);
        expect(pieces.join('')).toBe(text);
        for (const piece of pieces) {
          expect(piece.length).toBeLessThanOrEqual(limit);
          expect(/^[\udc00-\udfff]/.test(piece)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('paginate', () => {
  it('fills pages up to the limit in order', () => {
    expect(paginate([3, 3, 3, 5, 1], 6, (n) => n)).toEqual([[3, 3], [3], [5, 1]]);
  });

  it('gives an oversized item a page of its own', () => {
    expect(paginate([1, 10, 1], 5, (n) => n)).toEqual([[1], [10], [1]]);
  });
});

describe('trustLinkHosts', () => {
  it('adds the hosts of a team overlay’s links, https only (this file’s module state only)', () => {
    expect(isTrustedLink('https://wiki.example.com/runbooks/ingress')).toBe(false);
    trustLinkHosts(['https://wiki.example.com/runbooks', 'http://plain.example.com/', 'not a url']);
    expect(isTrustedLink('https://wiki.example.com/runbooks/ingress')).toBe(true);
    expect(isTrustedLink('https://plain.example.com/')).toBe(false);
    expect(isTrustedLink('https://kubernetes.io/docs/')).toBe(true);
  });
});

describe('alignedWidth', () => {
  it('is the longest line alignTable prints (property)', () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', ' ', '**b**', '[l](https://k8s.io)', 'a\nb', 'x '));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 4 }), fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }), (columns, rows) => {
        const printed = Math.max(...alignTable(columns, rows).split('\n').map((line) => line.length));
        expect(alignedWidth(columns, rows)).toBe(printed);
      }),
      { numRuns: 500 },
    );
  });
});
