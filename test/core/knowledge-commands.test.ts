// explain, compare and ask through the core, with the real knowledge/ folder.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ask as askCommand } from '../../src/core/commands/ask.js';
import { compare } from '../../src/core/commands/compare.js';
import { explain } from '../../src/core/commands/explain.js';
import { registry } from '../../src/core/registry.js';
import { choiceCommands } from '../../src/core/reply.js';
import { ask, builtInKnowledge } from '../helpers.js';

/** Commands other engineers are building; choices may offer them before they are merged. */
const COMING = new Set(['yaml', 'which']);

function expectChoicesRunnable(commands: string[]): void {
  for (const command of commands) {
    const first = command.split(' ')[0] as string;
    expect(registry.find(command.split(' ')) !== null || COMING.has(first), command).toBe(true);
  }
}

describe('explain', () => {
  it('explains a topic with its short answer, a diagram, links and related choices', async () => {
    const r = await ask('explain nodeport');
    expect(r.command).toBe('explain');
    expect(r.data.topic).toBe('nodeport');
    expect(r.text).toContain('30000-32767');
    expect(r.blocks.some((b) => b.type === 'code')).toBe(true);
    expect(r.text).toContain('https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport');
    expect(choiceCommands(r)).toContain('explain clusterip');
    expectChoicesRunnable(choiceCommands(r));
  });

  it('resolves aliases and misspellings', async () => {
    expect((await ask('explain nodeprot')).data.topic).toBe('nodeport');
    expect((await ask('explain lb')).data.topic).toBe('loadbalancer');
    expect((await ask('explain ing')).data.topic).toBe('ingress');
    expect((await ask('explain kubectl proxy')).text).toContain('/api/v1/namespaces/NAMESPACE/services/NAME:PORT/proxy/');
  });

  it('answers "what is" questions, also ones that are not a topic name', async () => {
    const headless = await ask('what is a headless service');
    expect(headless.command).toBe('explain');
    expect(headless.data.topic).toBe('headless');
    const range = await ask('what is the default nodeport range');
    expect(range.text).toContain('30000-32767');
  });

  it('turns "what is the difference between" into a comparison', async () => {
    const r = await ask('what is the difference between clusterip and nodeport');
    expect(r.data.topics).toEqual(['clusterip', 'nodeport']);
    expect(r.blocks.some((b) => b.type === 'table')).toBe(true);
  });

  it('asks what to explain when given nothing', async () => {
    const r = await ask('explain');
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain('What should I explain?');
  });
});

describe('compare', () => {
  it('puts two Service types side by side over every dimension', async () => {
    const r = await ask('compare nodeport lb');
    expect(r.command).toBe('compare');
    const table = r.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.map((row) => row[0])).toEqual([
      'What it is', 'Who can reach it', 'Address it gets', 'Ports', 'Protocols', 'Routing (L4 / L7)', 'Cost', 'Where it works', 'Production use', 'Builds on',
    ]);
    expect(r.text).toContain('30000-32767');
    expect(r.text).toContain('Costs money');
    expect(r.text).toMatch(/NodePort, which builds on ClusterIP/);
  });

  it('says Ingress is not a Service type', async () => {
    const r = await ask('compare ingress loadbalancer');
    expect(r.text).toContain('Ingress is not a Service type');
    expect(r.text).toContain('L7');
    expect(r.text).toContain('L4');
  });

  it('compares three or more and accepts fillers', async () => {
    const r = await ask('compare cluster ip, nodeport and load balancer vs ingress');
    expect(r.data.topics).toEqual(['clusterip', 'nodeport', 'loadbalancer', 'ingress']);
    expectChoicesRunnable(choiceCommands(r));
  });

  it('explains one topic when both names belong to it', async () => {
    const r = await ask('compare port targetPort');
    expect(r.data.topic).toBe('ports');
  });

  it('shows short answers for topics without compare dimensions', async () => {
    const r = await ask('compare externalTrafficPolicy internalTrafficPolicy');
    expect(r.text).toContain('preserves the client source IP');
    expect(r.text).toContain('same node');
  });

  it('refuses names it does not know, listing what it can compare', async () => {
    const r = await ask('compare banana');
    expect(r.outcome).toBe('invalid');
    expect(r.text).toContain("I don't know `banana`");
    expect(r.text).toContain('`nodeport`');
  });
});

describe('ask and free text', () => {
  it('answers with the best topic and offers the next two', async () => {
    const r = await ask('ask how do I keep the client source ip');
    expect(r.data.topic).toBe('external-traffic-policy');
    expect(r.text).toContain('externalTrafficPolicy');
    const commands = choiceCommands(r);
    expect(commands[0]).toBe('explain external-traffic-policy');
    expect(commands.filter((c) => c.startsWith('explain ')).length).toBeGreaterThanOrEqual(3);
    expectChoicesRunnable(commands);
  });

  it('offers next topics that continue the answer, not ones that merely share a word (m5)', async () => {
    const r = await ask('why is my external ip stuck on pending');
    expect(r.data.topic).toBe('loadbalancer');
    const next = choiceCommands(r).slice(1, 3);
    expect(next).toEqual(['explain bare-metal', 'explain unreachable-service']);
  });

  it('answers free text as a question, even when it starts like a command typo', async () => {
    const r = await ask("i can't reach my service");
    expect(r.command).toBe('ask');
    expect(r.data.topic).toBe('unreachable-service');
    expect((await ask('what about istio')).command).toBe('ask');
    expect((await ask('hlep me')).text).toContain("I don't know the command `hlep`");
  });

  it('keeps flags in a question as words', async () => {
    const r = await ask('why does kubectl port-forward --address 0.0.0.0 -n shop not work');
    expect(r.command).toBe('ask');
    expect(r.outcome).toBe('ok');
    expect(r.data.topic).toBe('port-forward');
  });

  it('says when it is not sure and offers the closest topics', async () => {
    const r = await ask('how do I bake sourdough bread');
    expect(r.data.confidence).toBe('low');
    expect(r.text).toMatch(/don't have an answer|not sure/);
    expect(choiceCommands(r).length).toBeGreaterThan(0);
  });

  it('routes comparisons and topic questions from free text', async () => {
    expect((await ask('nodeport vs lb?')).command).toBe('compare');
    expect((await ask('difference between clusterip and nodeport')).command).toBe('compare');
    expect((await ask('should I use a nodeport or a loadbalancer')).command).toBe('compare');
    expect((await ask("what's a headless service?")).command).toBe('explain');
    expect((await ask('explain ingress')).command).toBe('explain');
    expect((await ask('how does kube-proxy work')).data.topic).toBe('kube-proxy');
  });

  it('leaves other commands\' phrasings alone', () => {
    for (const text of ['svc in payments', 'show services in payments', 'yaml for an ingress', 'which service type should I use', 'give me the yaml for a nodeport', 'list services -n shop']) {
      expect(explain.recognize?.(text, builtInKnowledge()) ?? null, text).toBeNull();
      expect(compare.recognize?.(text, builtInKnowledge()) ?? null, text).toBeNull();
    }
    expect(askCommand.recognize).toBeUndefined();
  });

  it('answers any text without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('', 'ask ', 'explain ', 'compare ', 'what is '), fc.string({ maxLength: 200 }), async (prefix, text) => {
        const r = await ask(prefix + text);
        expect(['ok', 'invalid']).toContain(r.outcome);
        expect(r.text.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('huge input', () => {
  it('answers a megabyte after explain, compare and ask briefly', async () => {
    const words = 'nodeport lb ingress banana '.repeat(40_000);
    for (const command of ['explain', 'compare', 'ask']) {
      const r = await ask(`${command} ${words}`);
      expect(['ok', 'invalid']).toContain(r.outcome);
      expect(r.text.length).toBeLessThan(20_000);
    }
  });
});
