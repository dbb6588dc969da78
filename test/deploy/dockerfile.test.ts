// The container image, checked without a Docker engine: the build stage COPYs everything
// `npm run build` reads, the runtime stage's files alone start the bot, what dist/ imports is a
// production dependency, and the image runs as non-root with a HEALTHCHECK on a served route.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/http/metrics.js';
import { HEALTH_PATH, serviceRoutes } from '../../src/http/routes.js';
import { BUILT_IN_KNOWLEDGE } from '../../src/knowledge/index.js';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; dependencies: Record<string, string>; devDependencies: Record<string, string> };

interface Copy {
  from: string | null;
  sources: string[];
  dest: string;
}
interface Stage {
  base: string;
  name: string | null;
  copies: Copy[];
  lines: string[];
}

/** The Dockerfile's stages with their COPY instructions (continuation lines joined). */
function stages(): Stage[] {
  const instructions = read('Dockerfile')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const result: Stage[] = [];
  for (const line of instructions) {
    const [keyword, ...rest] = line.split(/\s+/);
    if (keyword === 'FROM') {
      const [base, as, name] = rest;
      result.push({ base: base ?? '', name: as?.toUpperCase() === 'AS' ? (name ?? null) : null, copies: [], lines: [] });
      continue;
    }
    const stage = result.at(-1);
    if (!stage) throw new Error(`instruction before FROM: ${line}`);
    stage.lines.push(line);
    if (keyword !== 'COPY') continue;
    const flags = rest.filter((w) => w.startsWith('--'));
    const paths = rest.filter((w) => !w.startsWith('--')).map((p) => p.replace(/^\.\//, '').replace(/\/$/, ''));
    const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length) ?? null;
    stage.copies.push({ from, sources: paths.slice(0, -1).map((p) => p.replace(/^\/app\//, '')), dest: paths.at(-1) ?? '' });
  }
  return result;
}

const [build, runtime] = stages() as [Stage, Stage];
const covered = (copies: Copy[], path: string) => copies.some((c) => c.sources.some((s) => path === s || path.startsWith(`${s}/`)));

/** What `npm ci` and `npm run build` read: the lock, the build script's files, tsconfig's inputs, the knowledge folder. */
function buildInputs(): string[] {
  const tsconfig = JSON.parse(read('tsconfig.build.json')) as { extends?: string; include: string[] };
  const scriptFiles = pkg.scripts.build?.split(/\s+/).filter((word) => /^[\w./-]+\.(js|json|ts|mjs)$/.test(word)) ?? [];
  return [
    'package.json',
    'package-lock.json',
    ...scriptFiles,
    ...(tsconfig.extends ? [tsconfig.extends.replace(/^\.\//, '')] : []),
    ...tsconfig.include,
    // scripts/snapshot-knowledge.js validates the built-in folder the compiled loader points at.
    relative(root, BUILT_IN_KNOWLEDGE),
  ];
}

describe('Dockerfile', () => {
  it('builds on a slim Node 20 base in two stages', () => {
    expect(build.base).toBe('node:20-bookworm-slim');
    expect(runtime.base).toBe(build.base);
    expect(build.lines).toContain('RUN npm ci --ignore-scripts --no-audit --no-fund');
    expect(build.lines.find((l) => l.startsWith('RUN npm run build'))).toContain('npm prune --omit=dev');
  });

  it('COPYs into the build stage everything `npm run build` reads, and .dockerignore keeps none of it out', () => {
    const inputs = buildInputs();
    expect(inputs).toEqual(expect.arrayContaining(['tsconfig.build.json', 'scripts/snapshot-knowledge.js', 'tsconfig.json', 'src', 'knowledge']));
    for (const input of inputs) expect(covered(build.copies, input), `${input} is not copied`).toBe(true);
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    const copied = [...build.copies, ...runtime.copies].filter((c) => c.from === null).flatMap((c) => c.sources);
    for (const source of copied) expect(ignored.filter((pattern) => source === pattern || source.startsWith(`${pattern}/`))).toEqual([]);
  });

  it('starts the bot from the runtime stage files alone (production dependencies, dist/ with its knowledge snapshot)', () => {
    const app = mkdtempSync(join(tmpdir(), 'kc-image-'));
    const copied: string[] = [];
    for (const copy of runtime.copies) {
      for (const source of copy.sources) {
        // node_modules comes from the build stage after `npm prune --omit=dev`; the next test checks that
        // dist/ needs nothing else, so here the repository's own stands in for it.
        if (source === 'node_modules') symlinkSync(join(root, 'node_modules'), join(app, 'node_modules'));
        else cpSync(join(root, source), join(app, copy.dest === '' || copy.dest === '.' ? source : copy.dest), { recursive: true });
        copied.push(source);
      }
    }
    expect(copied.sort()).toEqual(['bin', 'dist', 'knowledge', 'node_modules', 'package.json']);
    expect(readdirSync(join(app, 'dist'))).toContain('knowledge.snapshot.json');
    const run = (...args: string[]) => execFileSync(process.execPath, [join(app, 'bin/kube-concierge.js'), ...args], { cwd: app, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: app } });
    expect(run('--check-config')).toContain('configuration OK');
    expect(run('explain', 'nodeport')).toContain('NodePort');
  });

  it('imports only production dependencies from dist/', () => {
    const files = (readdirSync(join(root, 'dist'), { recursive: true }) as string[]).filter((f) => f.endsWith('.js'));
    const imported = new Set<string>();
    for (const file of files) {
      const text = readFileSync(join(root, 'dist', file), 'utf8');
      const specifiers = [
        ...text.matchAll(/^\s*(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
        ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
        // import('x'), and createRequire(import.meta.url)('x')
        ...text.matchAll(/(?:\bimport|createRequire\([^)]*\))\(\s*['"]([^'"]+)['"]\s*\)/g),
      ].map((m) => m[1] as string);
      for (const specifier of specifiers) {
        if (specifier.startsWith('.')) continue;
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] as string);
        if (!specifier.startsWith('node:') && !builtinModules.includes(name)) imported.add(name);
      }
    }
    expect(imported.size).toBeGreaterThan(5);
    for (const name of imported) expect(Object.keys(pkg.dependencies), `${name} is imported by dist/`).toContain(name);
  });

  it('runs as a non-root user with a HEALTHCHECK on a route the bot serves, arguments going to the bot', () => {
    expect(runtime.lines).toContain('USER 1000:1000');
    const healthcheck = runtime.lines.find((l) => l.startsWith('HEALTHCHECK')) ?? '';
    expect(healthcheck).toContain(`/healthz'`);
    expect(serviceRoutes(createMetrics()).map((r) => r.path)).toContain(HEALTH_PATH);
    expect(healthcheck).toContain(HEALTH_PATH);
    // deploy/ passes `args: ["--serve", "web"]`, which replaces CMD and keeps ENTRYPOINT.
    expect(runtime.lines).toContain('ENTRYPOINT ["node", "bin/kube-concierge.js"]');
    expect(runtime.lines.some((l) => l.startsWith('CMD'))).toBe(false);
  });
});
