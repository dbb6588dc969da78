// The dependency rules the architecture rests on: the core is platform-neutral and adapters
// do not know each other.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2]) as string,
  );
}

const PLATFORM = /^(@slack\/|discord\.js|@discordjs\/|@kubernetes\/client-node|node:readline|readline$)/;

describe('boundaries', () => {
  it('src/core imports no chat SDK, Kubernetes client, readline or adapter', () => {
    const offenders = sourceFiles(join(src, 'core')).flatMap((file) =>
      imports(file)
        .filter((spec) => PLATFORM.test(spec) || spec.includes('/adapters/'))
        .map((spec) => `${relative(src, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('no adapter imports another adapter', () => {
    const adapters = readdirSync(join(src, 'adapters'));
    const offenders = adapters.flatMap((adapter) =>
      sourceFiles(join(src, 'adapters', adapter)).flatMap((file) =>
        imports(file)
          .filter((spec) => adapters.some((other) => other !== adapter && new RegExp(`(^|/)adapters/${other}(/|$)|^\\.\\./${other}(/|$)`).test(spec)))
          .map((spec) => `${relative(src, file)} imports ${spec}`),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('the core talks to the cluster through the ClusterSource interface, never a concrete source', () => {
    const offenders = sourceFiles(join(src, 'core')).flatMap((file) =>
      imports(file)
        .filter((spec) => /cluster\/(live|dump)(\.js)?$/.test(spec))
        .map((spec) => `${relative(src, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('only src/cluster/live.ts loads the Kubernetes client, and only on first use (a dynamic import)', () => {
    const live = join(src, 'cluster', 'live.ts');
    const users = sourceFiles(src).filter((file) => imports(file).some((spec) => spec.startsWith('@kubernetes/client-node')));
    expect(users.map((f) => relative(src, f))).toEqual([relative(src, live)]);
    const text = readFileSync(live, 'utf8');
    expect(text).not.toMatch(/^import (?!type\b)[^;]*from '@kubernetes\/client-node'/m);
    expect(text).toContain("await import('@kubernetes/client-node')");
  });

  it('the rule itself catches an offending import', () => {
    expect(PLATFORM.test('@slack/bolt')).toBe(true);
    expect(PLATFORM.test('discord.js')).toBe(true);
    expect(PLATFORM.test('./reply.js')).toBe(false);
  });
});
