// The knowledge loader: the real knowledge/ folder loads and holds what other parts rely on;
// broken files (in temporary folders) stop loading with file:line and what is wrong.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_KNOWLEDGE, FACETS, KnowledgeError, loadKnowledge, saveBuiltInSnapshot, TreeError, type DecisionTree } from '../../src/knowledge/index.js';
import { countSentences } from '../../src/knowledge/topics.js';
import { builtInKnowledge } from '../helpers.js';
import { knowledgeFolder } from '../knowledge-folder.js';

/** Topic ids other parts of the bot refer to; renaming one breaks them. */
const REQUIRED_IDS = [
  'clusterip', 'nodeport', 'loadbalancer', 'externalname', 'headless', 'ingress', 'ingress-controller', 'gateway-api',
  'endpointslices', 'selectors', 'ports', 'dns', 'port-forward', 'external-traffic-policy', 'internal-traffic-policy',
  'session-affinity', 'protocols', 'bare-metal', 'lb-cost', 'ingress-tls', 'ingress-migration', 'network-policy', 'unreachable-service',
];
const COMPARABLE = ['clusterip', 'nodeport', 'loadbalancer', 'externalname', 'headless', 'ingress', 'gateway-api', 'port-forward'];

function topicFile(id: string, extra: { front?: string; body?: string } = {}): string {
  return [
    '---',
    `id: ${id}`,
    `title: Topic ${id}`,
    'aliases: [alias-' + id + ']',
    'related: []',
    'links:',
    '  - { title: Docs, url: "https://kubernetes.io/docs/" }',
    ...(extra.front ? [extra.front] : []),
    '---',
    extra.body ?? `The ${id} topic is short. It has two sentences.\n\n## Details\n\nMore words here.`,
    '',
  ].join('\n');
}

/** A knowledge folder with these topic files and a small tree whose recommendations explain `alpha`. */
const folder = (topics: Record<string, string>): string => knowledgeFolder({ topics });

function loadError(files: Record<string, string>): KnowledgeError {
  const dir = folder(files);
  try {
    loadKnowledge({ builtIn: dir });
  } catch (error) {
    if (error instanceof KnowledgeError) return error;
    throw error;
  }
  throw new Error('expected a KnowledgeError');
}

describe('the built-in knowledge folder', () => {
  const knowledge = builtInKnowledge();

  it('has every topic other parts refer to', () => {
    const ids = knowledge.topics.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED_IDS));
  });

  it('starts every topic with a 2-6 sentence answer and links to kubernetes.io', () => {
    for (const topic of knowledge.topics) {
      const n = countSentences(topic.summary);
      expect(n, topic.id).toBeGreaterThanOrEqual(2);
      expect(n, topic.id).toBeLessThanOrEqual(6);
      expect(topic.links.some((l) => l.url.startsWith('https://kubernetes.io/')), topic.id).toBe(true);
    }
  });

  it('fills every compare dimension for the things people compare', () => {
    for (const id of COMPARABLE) {
      const facets = knowledge.topic(id)?.compare;
      expect(facets, id).toBeDefined();
      expect(Object.keys(facets ?? {}).sort()).toEqual(Object.keys(FACETS).sort());
    }
  });

  it('states the facts the product promises', () => {
    const text = (id: string) => knowledge.topic(id)?.summary ?? '';
    expect(text('nodeport')).toContain('30000-32767');
    expect(text('ingress')).toContain('not a Service type');
    expect(text('headless')).toContain('clusterIP: None');
    expect(text('externalname')).toContain('CNAME');
    expect(text('external-traffic-policy')).toContain('preserves the client source IP');
    expect(text('port-forward')).toContain('/api/v1/namespaces/NAMESPACE/services/NAME:PORT/proxy/');
    expect(knowledge.topic('loadbalancer')?.compare?.buildsOn).toContain('NodePort');
    expect(knowledge.topic('nodeport')?.compare?.buildsOn).toContain('ClusterIP');
  });

  it('resolves ids, aliases and misspellings', () => {
    expect(knowledge.resolve('nodeprot')?.id).toBe('nodeport');
    expect(knowledge.resolve('lb')?.id).toBe('loadbalancer');
    expect(knowledge.resolve('ing')?.id).toBe('ingress');
    expect(knowledge.resolve('a headless service')?.id).toBe('headless');
    expect(knowledge.resolve('externalTrafficPolicy')?.id).toBe('external-traffic-policy');
    expect(knowledge.resolve('banana')).toBeUndefined();
    expect(knowledge.resolve('nodeprot', false)).toBeUndefined();
  });
});

describe('broken knowledge', () => {
  it('reports a YAML syntax error at its line', () => {
    const error = loadError({ 'a.md': '---\nid: a\ntitle: [oops\n---\nText. More.\n' });
    expect(error.message).toMatch(/^\S*a\.md:\d+: YAML: /);
    expect(error.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a missing required key', () => {
    const error = loadError({ 'a.md': '---\nid: a\nlinks:\n  - { title: D, url: "https://kubernetes.io/" }\n---\nText one. Text two.\n' });
    expect(error.message).toMatch(/a\.md:\d+: title: is missing/);
  });

  it('reports an unknown key at its line', () => {
    const error = loadError({ 'a.md': topicFile('a', { front: 'colour: blue' }) });
    expect(error.message).toMatch(/a\.md:8: unknown key "colour"/);
  });

  it('reports a related topic that does not exist at the line of the item', () => {
    const text = topicFile('a').replace('related: []', 'related:\n  - b\n  - nope');
    const error = loadError({ 'a.md': text, 'b.md': topicFile('b') });
    expect(error.message).toMatch(/a\.md:7: related: no topic has the id "nope"/);
  });

  it('reports an alias used by two topics', () => {
    const error = loadError({ 'a.md': topicFile('a'), 'b.md': topicFile('b').replace('alias-b', 'alias-a') });
    expect(error.message).toMatch(/b\.md:\d+: "alias-a" already names topic "a"/);
  });

  it('reports a malformed link and a dangling explain reference with their lines', () => {
    const badLink = topicFile('a', { body: 'Short answer here. Two sentences.\n\n## Details\n\nSee [docs](http//x).\n' });
    expect(loadError({ 'a.md': badLink }).message).toMatch(/a\.md:13: link .* must be \[label\]\(https:/);
    const dangling = topicFile('a', { body: 'Short answer here. See `explain nowhere` too.\n' });
    expect(loadError({ 'a.md': dangling }).message).toMatch(/a\.md:9: `explain nowhere` refers to "nowhere"/);
  });

  it('reports a short answer of the wrong length and a file without front matter', () => {
    expect(loadError({ 'a.md': topicFile('a', { body: 'Only one sentence.\n' }) }).message).toMatch(/a\.md:9: the short answer has 1 sentence/);
    expect(loadError({ 'a.md': 'no front matter\n' }).message).toMatch(/a\.md:1: must start with a `---` line/);
    expect(loadError({ 'a.md': topicFile('a', { front: 'links: nope' }) }).message).toMatch(/a\.md:\d+: /);
  });

  it('reports a non-https link in front matter', () => {
    const text = topicFile('a').replace('https://kubernetes.io/docs/', 'ftp://example.com');
    expect(loadError({ 'a.md': text }).message).toMatch(/a\.md:7: links\.0\.url: must be an https:\/\/ URL/);
  });
});

describe('team overlay', () => {
  it('adds topics and overrides built-in ones by id', () => {
    const overlay = folder({
      'nodeport.md': topicFile('nodeport', { body: 'Our team never uses NodePort. Ask #platform instead.\n' }),
      'our-ingress.md': topicFile('our-ingress', { front: 'keywords: [team ingress class]' }),
    });
    const knowledge = loadKnowledge({ overlay });
    expect(knowledge.topic('nodeport')?.summary).toContain('Our team never uses NodePort');
    expect(knowledge.topic('our-ingress')).toBeDefined();
    expect(knowledge.topic('clusterip')).toBeDefined();
    expect(knowledge.folders).toHaveLength(2);
  });

  it('refuses an overlay alias that collides with a built-in topic, naming the overlay file', () => {
    const overlay = folder({ 'mine.md': topicFile('mine').replace('alias-mine', 'lb') });
    expect(() => loadKnowledge({ overlay })).toThrow(/mine\.md:\d+: "lb" already names topic "loadbalancer"/);
  });

  it('refuses a missing overlay folder', () => {
    expect(() => loadKnowledge({ overlay: join(tmpdir(), 'kc-no-such-folder') })).toThrow(/kc-no-such-folder: the team knowledge folder/);
  });
});

describe('build snapshot', () => {
  it('reuses validated topics only for identical bytes, and validates anything else in full', async () => {
    const dir = folder({ 'alpha.md': topicFile('alpha'), 'beta.md': topicFile('beta') });
    const snapshot = join(dir, 'snapshot.json');
    saveBuiltInSnapshot(dir, snapshot);

    const reused = loadKnowledge({ builtIn: dir, snapshot });
    expect(reused.topic('alpha')?.summary).toContain('The alpha topic is short');
    expect(reused.topic('alpha')?.file).toMatch(/topics\/alpha\.md$/);
    expect(reused.resolve('alias-beta')?.id).toBe('beta');
    expect(reused.search('alpha topic').hits[0]?.topic.id).toBe('alpha');
    expect(reused.tree.question('k')?.name).toBe('kind');

    writeFileSync(join(dir, 'topics', 'beta.md'), topicFile('beta', { front: 'colour: blue' }));
    expect(() => loadKnowledge({ builtIn: dir, snapshot })).toThrow(/beta\.md:8: unknown key "colour"/);
  });

  it('validates an edited tree in full, failing with its file and line', () => {
    const dir = folder({ 'alpha.md': topicFile('alpha') });
    const snapshot = join(dir, 'snapshot.json');
    saveBuiltInSnapshot(dir, snapshot);
    const treeFile = join(dir, 'tree.yaml');
    const source = readFileSync(treeFile, 'utf8');
    writeFileSync(treeFile, source.replace('start: first', 'start: nowhere'));
    const line = source.split('\n').findIndex((l) => l.startsWith('start:')) + 1;
    expect(() => loadKnowledge({ builtIn: dir, snapshot })).toThrow(TreeError);
    expect(() => loadKnowledge({ builtIn: dir, snapshot })).toThrow(new RegExp(`tree\\.yaml:${line}: start: "nowhere" is not a node`));
  });

  it('gives the same tree from the snapshot as from a full validation of the built-in folder', () => {
    const snapshot = join(mkdtempSync(join(tmpdir(), 'kc-snapshot-')), 'snapshot.json');
    saveBuiltInSnapshot(BUILT_IN_KNOWLEDGE, snapshot);
    const data = (tree: DecisionTree) => ({ ...tree, question: null, keyFor: null, node: null });
    expect(data(loadKnowledge({ snapshot }).tree)).toEqual(data(loadKnowledge({ snapshot: null }).tree));
  });

  it('refuses a knowledge folder without its decision tree', () => {
    const dir = folder({ 'alpha.md': topicFile('alpha') });
    rmSync(join(dir, 'tree.yaml'));
    expect(() => loadKnowledge({ builtIn: dir })).toThrow(/tree\.yaml: the decision tree file does not exist/);
  });
});

describe('team overlay clashes', () => {
  it('names the overlay file even when the clashing built-in topic sorts later', () => {
    const overlay = folder({ 'aaa.md': topicFile('aaa').replace('alias-aaa', 'nodeprot-typo-free-alias').replace('aliases: [', 'aliases: [websockets, ') });
    expect(() => loadKnowledge({ overlay })).toThrow(/aaa\.md:\d+: "websockets" already names topic "protocols"/);
  });
});
