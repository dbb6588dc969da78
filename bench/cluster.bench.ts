// Cluster: `services all` over 10,000 Services and their EndpointSlices served by the fake API
// server, against `kubectl get svc -A` on the same server in the same run (when kubectl is on
// PATH). Wall time of the whole process and its peak RSS. Both run as child processes spawned
// asynchronously, because the fake API server answers from this process.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeKubeApi, type KubeObject } from '../test/fakes/kube-api.js';
import { summarize, type Measurement, type Section } from './harness.js';

const bin = new URL('../bin/kube-concierge.js', import.meta.url).pathname;
const rssHook = new URL('./report-rss.mjs', import.meta.url).pathname;

export const SERVICES = 10_000;
const NAMESPACES = 50;
const RUNS = 7;
const RSS_TARGET_MB = 250;

/** 10,000 Services in 50 namespaces (ClusterIP, some NodePort and LoadBalancer) with one EndpointSlice each. */
export function largeCluster(count = SERVICES): Record<string, KubeObject[]> {
  const services: KubeObject[] = [];
  const endpointslices: KubeObject[] = [];
  for (let i = 0; i < count; i++) {
    const namespace = `team-${String(i % NAMESPACES).padStart(2, '0')}`;
    const name = `svc-${String(i).padStart(5, '0')}`;
    const type = i % 20 === 0 ? 'LoadBalancer' : i % 10 === 0 ? 'NodePort' : 'ClusterIP';
    const nodePort = type === 'ClusterIP' ? {} : { nodePort: 30000 + (i % 2768) };
    services.push({
      metadata: { name, namespace, uid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, resourceVersion: String(1000 + i), creationTimestamp: '2026-10-01T00:00:00Z', labels: { app: name, team: namespace } },
      spec: {
        type,
        clusterIP: `10.96.${(i >> 8) & 255}.${i & 255}`,
        clusterIPs: [`10.96.${(i >> 8) & 255}.${i & 255}`],
        ipFamilies: ['IPv4'],
        ipFamilyPolicy: 'SingleStack',
        sessionAffinity: 'None',
        internalTrafficPolicy: 'Cluster',
        selector: { app: name },
        ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP', ...nodePort }],
      },
      status: { loadBalancer: type === 'LoadBalancer' && i % 40 === 0 ? { ingress: [{ ip: `203.0.113.${i % 250}` }] } : {} },
    });
    endpointslices.push({
      metadata: { name: `${name}-abcde`, namespace, labels: { 'kubernetes.io/service-name': name, 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io' } },
      addressType: 'IPv4',
      ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
      endpoints: [1, 2].map((n) => ({
        addresses: [`10.${100 + n}.${(i >> 8) & 255}.${i & 255}`],
        conditions: { ready: n === 1 || i % 7 !== 0, serving: true, terminating: false },
        nodeName: `node-${(i + n) % 20}`,
        targetRef: { kind: 'Pod', name: `${name}-pod-${n}`, namespace },
      })),
    });
  }
  return { services, endpointslices };
}

interface Run {
  ms: number;
  rssBytes: number | null;
  /** User + system CPU time: steadier than wall time on a busy machine. */
  cpuMs: number | null;
  stdout: string;
}

function spawnTimed(command: string, args: string[], env: Record<string, string>, rssFile: string | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) return reject(new Error(`${command} exited ${code}: ${stderr.slice(0, 500)}`));
      let rssBytes: number | null = null;
      let cpuMs: number | null = null;
      if (rssFile) {
        const [rss, cpu] = readFileSync(rssFile, 'utf8').split(' ');
        rssBytes = Number(rss);
        cpuMs = Number(cpu);
      } else {
        // `/usr/bin/time -f '%M %U %S'` prints peak RSS (kB) and CPU seconds as the last line of stderr.
        const last = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(stderr.trim().split('\n').at(-1) ?? '');
        if (last) {
          rssBytes = Number(last[1]) * 1024;
          cpuMs = (Number(last[2]) + Number(last[3])) * 1000;
        }
      }
      resolve({ ms, rssBytes, cpuMs, stdout });
    });
  });
}

function hasCommand(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.status === 0;
}

interface Contender {
  name: string;
  once: () => Promise<Run>;
  check: (run: Run) => void;
}

/**
 * Runs the contenders alternately (a, b, a, b, …) after one checked warm-up each, so a change in
 * machine load during the benchmark hits both alike.
 */
async function measureAlternately(contenders: Contender[]): Promise<(Measurement & { peakRss: number | null; cpuMs: number | null })[]> {
  for (const c of contenders) c.check(await c.once()); // warm-up: file cache, kubectl's discovery cache
  const runs: Run[][] = contenders.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [j, c] of contenders.entries()) runs[j]?.push(await c.once());
  }
  return contenders.map((c, j) => {
    const mine = runs[j] ?? [];
    const peaks = mine.map((r) => r.rssBytes).filter((r): r is number => r !== null);
    const peakRss = peaks.length > 0 ? Math.max(...peaks) : null;
    const cpu = mine.map((r) => r.cpuMs).filter((r): r is number => r !== null).sort((a, b) => a - b);
    const cpuMs = cpu.length > 0 ? (cpu[Math.floor(cpu.length / 2)] as number) : null;
    return {
      ...summarize(c.name, mine.map((r) => r.ms)),
      peakRss,
      cpuMs,
      extra: { 'peak RSS': peakRss === null ? 'n/a' : `${Math.round(peakRss / 1048576)} MB`, 'median CPU': cpuMs === null ? 'n/a' : `${Math.round(cpuMs)} ms` },
    };
  });
}

export async function servicesAll(): Promise<Section> {
  const api = await startFakeKubeApi(largeCluster());
  const dir = mkdtempSync(join(tmpdir(), 'kc-bench-'));
  try {
    const kubeconfig = api.kubeconfig({ dir });
    const rssFile = join(dir, 'rss');
    const bot: Contender = {
      name: `kube-concierge --json services all (${SERVICES.toLocaleString('en-US')} Services)`,
      once: () => spawnTimed(process.execPath, ['--import', rssHook, bin, '--json', 'services', 'all'], { KUBECONFIG: kubeconfig, BENCH_RSS_FILE: rssFile, HOME: dir }, rssFile),
      check: (run) => {
        const reply = JSON.parse(run.stdout) as { outcome: string; data: { total: number } };
        if (reply.outcome !== 'ok' || reply.data.total !== SERVICES) throw new Error(`services all answered ${run.stdout.slice(0, 300)}`);
      },
    };
    const timeRss = hasCommand('/usr/bin/time', ['-f', '%M %U %S', 'true']);
    const kubectl = hasCommand('kubectl', ['version', '--client']);
    const args = ['get', 'svc', '-A', '--kubeconfig', kubeconfig, '--cache-dir', join(dir, 'kubectl-cache')];
    const reference: Contender = kubectl
      ? {
          name: 'kubectl get svc -A (baseline)',
          once: () => (timeRss ? spawnTimed('/usr/bin/time', ['-f', '%M %U %S', 'kubectl', ...args], {}, null) : spawnTimed('kubectl', args, {}, null)),
          check: (run) => {
            const lines = run.stdout.trimEnd().split('\n').length;
            if (lines !== SERVICES + 1) throw new Error(`kubectl printed ${lines} lines`);
          },
        }
      : { name: "node -e '' (baseline; kubectl not found)", once: () => spawnTimed(process.execPath, ['-e', ''], {}, null), check: () => {} };
    const [baseline, measured] = await measureAlternately([reference, bot]);
    if (!baseline || !measured) throw new Error('no measurement');

    const ratio = measured.p50Ms / baseline.p50Ms;
    const rssMb = measured.peakRss === null ? null : measured.peakRss / 1048576;
    const verdicts = [
      kubectl
        ? `median time ${ratio.toFixed(2)}× kubectl get svc -A (target ≤ 1×): ${ratio <= 1 ? 'met' : 'NOT met'}`
        : 'kubectl not found: the time target (≤ kubectl get svc -A) was not checked',
      measured.cpuMs !== null && baseline.cpuMs !== null
        ? `median CPU time ${(measured.cpuMs / baseline.cpuMs).toFixed(2)}× the baseline's (user + system; steadier than wall time when the machine is busy)`
        : 'CPU time of the baseline not measured',
      rssMb === null ? 'peak RSS not measured' : `peak RSS ${Math.round(rssMb)} MB (target ≤ ${RSS_TARGET_MB} MB): ${rssMb <= RSS_TARGET_MB ? 'met' : 'NOT met'}`,
      `requests per run: ${Math.ceil(SERVICES / 500)} pages of Services + ${Math.ceil(SERVICES / 500)} of EndpointSlices (limit=500), both sides through the same fake API server`,
    ];
    return { title: `Cluster: services all over ${SERVICES.toLocaleString('en-US')} Services`, baseline, rows: [measured], verdicts };
  } finally {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export default [servicesAll];
