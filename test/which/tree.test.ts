// The tree loader: the real knowledge/tree.yaml loads, and every kind of breakage in a tree
// fails with file:line and what is wrong.
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TREE_FILE, loadTree, parseTree, RECOMMENDATION_IDS, TreeError, treePaths } from '../../src/knowledge/tree.js';
import { builtInKnowledge } from '../helpers.js';
import { smallTree, type Json } from './small-tree.js';

const KNOWN_TOPIC_IDS = builtInKnowledge().topics.map((t) => t.id);

/** The error of loading `tree` (dumped to YAML), and the 1-based line of the first line containing `marker`. */
function failure(tree: Json, marker: string, topics: readonly string[] = KNOWN_TOPIC_IDS): { message: string; line: number } {
  const source = dump(tree, { lineWidth: -1 });
  const line = source.split('\n').findIndex((l) => l.includes(marker)) + 1;
  expect(line, `marker ${marker} in the dumped tree`).toBeGreaterThan(0);
  try {
    parseTree(source, 'tree.yaml', topics);
  } catch (error) {
    expect(error).toBeInstanceOf(TreeError);
    return { message: (error as Error).message, line };
  }
  throw new Error('the tree loaded');
}

const nodes = (tree: Json) => tree.nodes as Record<string, Json>;
const firstThen = (tree: Json) => nodes(tree).first?.then as Record<string, string>;

describe('the built-in tree', () => {
  it('loads and validates against the knowledge base topic ids', () => {
    const tree = loadTree(BUILT_IN_TREE_FILE, KNOWN_TOPIC_IDS);
    expect(tree.questions.map((q) => q.name)).toEqual(
      expect.arrayContaining(['audience', 'protocol', 'environment', 'stage', 'sharing', 'lbcost', 'sourceip', 'routing', 'metallb', 'target', 'address']),
    );
    expect(new Set(treePaths(tree).map((p) => p.recommendation))).toEqual(new Set(RECOMMENDATION_IDS));
  });

  it('fails when the knowledge base lacks a topic a recommendation explains', () => {
    const withoutBareMetal = KNOWN_TOPIC_IDS.filter((t) => t !== 'bare-metal');
    expect(() => loadTree(BUILT_IN_TREE_FILE, withoutBareMetal)).toThrow(/tree\.yaml:\d+: recommendations\.[\w+-]+\.topics\.\d+: "bare-metal" is not a topic/);
  });

  it('names a missing file', () => {
    expect(() => loadTree('/nonexistent/tree.yaml', KNOWN_TOPIC_IDS)).toThrow('the decision tree file does not exist');
  });
});

describe('tree validation', () => {
  it('accepts the small tree', () => {
    expect(parseTree(dump(smallTree()), 'tree.yaml', KNOWN_TOPIC_IDS).questions).toHaveLength(1);
  });

  it('reports a YAML syntax error with its line', () => {
    expect(() => parseTree('version: 1\nstart: first\nquestions:\n  k:\n   name: x\n  bad', 'tree.yaml', KNOWN_TOPIC_IDS)).toThrow(/^tree\.yaml:6: /);
  });

  it('reports a schema error at the line of the bad value', () => {
    const tree = smallTree();
    (tree.questions as Record<string, Json>).k = { ...(tree.questions as Record<string, Json>).k, text: '' };
    const { message, line } = failure(tree, "text: ''");
    expect(message).toBe(`tree.yaml:${line}: questions.k.text: must not be empty`);
  });

  it('reports an answer that leads nowhere', () => {
    const tree = smallTree();
    firstThen(tree).v0 = 'clusterpi';
    const { message, line } = failure(tree, 'v0: clusterpi');
    expect(message).toBe(`tree.yaml:${line}: nodes.first.then.v0: leads to "clusterpi", which is neither a node nor a recommendation`);
  });

  it('reports an answer without a branch', () => {
    const tree = smallTree();
    delete firstThen(tree).v3;
    const { message } = failure(tree, 'then:');
    expect(message).toContain('nodes.first.then: the answer "v3" leads nowhere');
  });

  it('reports a cycle with the edge that closes it', () => {
    const tree = smallTree();
    nodes(tree).second = { ask: 'k', then: { ...firstThen(tree), v0: 'first' } };
    firstThen(tree).v0 = 'second';
    const { message, line } = failure(tree, 'v0: first');
    expect(message).toBe(`tree.yaml:${line}: nodes.second.then.v0: leads back to "first": a cycle (first -> second -> first)`);
  });

  it('reports a node no answer leads to', () => {
    const tree = smallTree();
    nodes(tree).orphan = { recommend: 'nodeport' };
    const { message, line } = failure(tree, 'orphan:');
    expect(message).toBe(`tree.yaml:${line}: nodes.orphan: no answer leads to "orphan" (unreachable)`);
  });

  it('reports a recommendation no path ends in', () => {
    const tree = smallTree();
    firstThen(tree).v8 = 'clusterip';
    const { message } = failure(tree, 'port-forward:');
    expect(message).toMatch(/^tree\.yaml:\d+: recommendations\.port-forward: no path of the tree ends in "port-forward"/);
  });

  it('requires all nine recommendations', () => {
    const tree = smallTree();
    delete (tree.recommendations as Json).headless;
    expect(failure(tree, 'recommendations:').message).toContain('recommendations.headless');
  });

  it('reports a recommendation topic that is not in the knowledge base', () => {
    const tree = smallTree();
    (tree.recommendations as Record<string, Json>).ingress = { ...(tree.recommendations as Record<string, Json>).ingress, topics: ['ingress-magic'] };
    const { message, line } = failure(tree, '- ingress-magic');
    expect(message).toBe(`tree.yaml:${line}: recommendations.ingress.topics.0: "ingress-magic" is not a topic in the knowledge base`);
  });

  it('reports a phrase that means two answers', () => {
    const tree = smallTree();
    const options = (tree.questions as Record<string, { options: Json[] }>).k?.options ?? [];
    (options[1] as Json).synonyms = ['word0'];
    const { message } = failure(tree, '- word0');
    expect(message).toMatch(/questions\.k\.options\.1\.synonyms\.0: "word0" is already a synonym at line \d+/);
  });

  it('reports a question no node asks', () => {
    const tree = smallTree();
    (tree.questions as Record<string, Json>).z = { name: 'zed', text: 'Zed?', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] };
    expect(failure(tree, 'zed').message).toContain('questions.z: no node asks "z" (unused question)');
  });

  it('reports an assumption that is not an answer', () => {
    const tree = smallTree();
    (nodes(tree).first as Json).assume = 'v99';
    expect(failure(tree, 'assume: v99').message).toContain('nodes.first.assume: "v99" is not an answer to k');
  });

  it('reports an unknown question in a node and an unknown key', () => {
    const tree = smallTree();
    (nodes(tree).first as Json).ask = 'q';
    expect(failure(tree, 'ask: q').message).toContain('nodes.first.ask: "q" is not a question (k)');
    const typo = smallTree();
    (nodes(typo).first as Json).asks = 'k';
    expect(failure(typo, 'asks: k').message).toMatch(/nodes\.first: Unrecognized key: "asks"/);
  });

  it('reports several problems at once, in line order', () => {
    const tree = smallTree();
    firstThen(tree).v0 = 'nowhere';
    firstThen(tree).v1 = 'neither';
    const lines = failure(tree, 'v0: nowhere').message.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('"nowhere"');
    expect(lines[1]).toContain('"neither"');
  });
});
