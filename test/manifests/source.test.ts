// Reading pastes: documents, positions, syntax repairs and the limits that keep it bounded.
import { describe, expect, it } from 'vitest';
import { addComments, dumpYaml } from '../../src/manifests/dump.js';
import { lineOf } from '../../src/manifests/positions.js';
import { MAX_EXPANDED_NODES, readDocuments, splitDocuments } from '../../src/manifests/source.js';
import { load } from 'js-yaml';

function read(text: string) {
  const r = readDocuments(text);
  if (!r.ok) throw new Error(r.refusal);
  return r;
}

describe('reading documents', () => {
  it('numbers non-empty documents and keeps lines relative to the paste', () => {
    const r = read('# header\n---\na: 1\n---\n---\n# only a comment\n---\nb:\n  c: [1, 2]\n');
    expect(r.documents.map((d) => [d.number, d.value])).toEqual([
      [1, { a: 1 }],
      [2, { b: { c: [1, 2] } }],
    ]);
    expect(r.emptyDocuments).toBeGreaterThan(0);
    const second = r.documents[1];
    expect(lineOf(second?.positions, ['b', 'c'])).toBe(9);
    expect(lineOf(second?.positions, ['b', 'c', 1])).toBe(9);
    expect(lineOf(second?.positions, ['b', 'missing', 'deeper'])).toBe(8);
  });

  it('cuts only at --- lines', () => {
    expect(splitDocuments('a: "---"\n---\nb: 1').map((c) => c.startLine)).toEqual([1, 2]);
  });

  it('keeps reading after a broken document', () => {
    const r = read('a: [1\n---\nb: 2\n');
    expect(r.documents[0]?.syntax).toMatchObject({ line: 1, reason: expect.stringContaining('flow collection') });
    expect(r.documents[0]?.value).toBeUndefined();
    expect(r.documents[1]?.value).toEqual({ b: 2 });
  });

  it('repairs a mis-indented line by indenting it like an earlier one', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n    name: web\n  namespace: shop\nspec: {}\n';
    const [doc] = read(text).documents;
    expect(doc?.syntax).toEqual({ line: 5, column: 3, reason: 'bad indentation of a mapping entry' });
    expect(doc?.repairs).toEqual([{ line: 5, change: 'indented it like line 4' }]);
    expect(doc?.value).toEqual({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'shop' }, spec: {} });
  });

  it('refuses alias expansion past the limit but counts shared anchors correctly', () => {
    const wide = `a: &a [${Array(100).fill('x').join(',')}]\n${Array.from({ length: 50 }, (_, i) => `k${i}: *a`).join('\n')}\n`;
    expect(read(wide).aliasCount).toBe(50);
    const levels = ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 7; i++) levels.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
    const bomb = readDocuments(levels.join('\n'));
    expect(bomb).toMatchObject({ ok: false, refusal: 'alias-bomb' });
    expect(10 ** 6).toBeGreaterThan(MAX_EXPANDED_NODES);
  });

  it('treats a BOM and CRLF line ends as ordinary text', () => {
    expect(read('\ufeffa: 1\r\nb: 2\r\n').documents[0]?.value).toEqual({ a: 1, b: 2 });
  });
});

describe('comments in dumped YAML', () => {
  it('adds comments above the lines of their paths without changing the value', () => {
    const value = { spec: { type: 'NodePort', ports: [{ name: 'http', port: 80 }] } };
    const text = addComments(dumpYaml(value), [
      { path: ['spec', 'type'], text: 'why' },
      { path: ['spec', 'ports', 0, 'port'], text: 'two\nlines' },
      { path: ['spec', 'missing'], text: 'skipped' },
    ]);
    expect(text).toBe('spec:\n  # why\n  type: NodePort\n  ports:\n    - name: http\n      # two\n      # lines\n      port: 80\n');
    expect(load(text)).toEqual(value);
  });
});
