// /readyz: required checks decide 200 or 503, optional ones (the cluster) only show in the body;
// starting and stopping answer 503; a slow or broken check cannot break the probe. The cluster
// check runs the real live source (client-node) against the fake Kubernetes API.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLiveSource } from '../../src/cluster/live.js';
import { clusterCheck, CHECK_TIMEOUT_MS, knowledgeCheck, Readiness, type ReadinessCheck } from '../../src/http/health.js';
import { loadFixture } from '../fakes/cluster-fixture.js';
import { startFakeKubeApi, type FakeKubeApi } from '../fakes/kube-api.js';
import { testRuntime } from '../helpers.js';

const check = (name: string, required: boolean, status: 'ok' | 'down'): ReadinessCheck => ({ name, required, check: () => ({ status, detail: status }) });
const answer = async (readiness: Readiness) => {
  const result = await readiness.result();
  return { status: result.status, body: JSON.parse(result.body) as { status: string; checks: Record<string, { status: string; detail: string }> } };
};

describe('Readiness', () => {
  it('is ready when every check is ok, degraded (still 200) when only an optional one is down', async () => {
    const readiness = new Readiness();
    readiness.add(check('chat', true, 'ok'));
    readiness.add(check('cluster', false, 'ok'));
    expect(await answer(readiness)).toMatchObject({ status: 200, body: { status: 'ready' } });
    readiness.add(check('cluster', false, 'down'));
    expect(await answer(readiness)).toMatchObject({ status: 200, body: { status: 'degraded', checks: { cluster: { status: 'down', required: false } } } });
  });

  it('answers 503 when a required check is down, while starting and while stopping', async () => {
    const readiness = new Readiness('starting');
    readiness.add(check('chat', true, 'ok'));
    expect(await answer(readiness)).toMatchObject({ status: 503, body: { status: 'starting' } });
    readiness.phase = 'stopping';
    expect(await answer(readiness)).toMatchObject({ status: 503, body: { status: 'stopping' } });
    readiness.phase = 'serving';
    readiness.add(check('chat', true, 'down'));
    expect(await answer(readiness)).toMatchObject({ status: 503, body: { status: 'not ready' } });
  });

  it('reports a check that throws as down and one that hangs as unknown, without details', async () => {
    vi.useFakeTimers();
    try {
      const readiness = new Readiness();
      readiness.add({ name: 'broken', required: false, check: () => { throw new Error('secret detail'); } });
      readiness.add({ name: 'slow', required: true, check: () => new Promise(() => {}) });
      const pending = answer(readiness);
      await vi.advanceTimersByTimeAsync(CHECK_TIMEOUT_MS);
      const { status, body } = await pending;
      expect(status).toBe(503);
      expect(body.checks).toEqual({
        broken: { status: 'down', detail: 'the check failed', required: false },
        slow: { status: 'unknown', detail: `no answer within ${CHECK_TIMEOUT_MS} ms`, required: true },
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts the knowledge base loaded at start-up', async () => {
    expect(await knowledgeCheck(testRuntime()).check()).toEqual({ status: 'ok', detail: expect.stringMatching(/^\d+ topics, \d+ lessons, decision tree$/) });
  });
});

describe('the cluster check', () => {
  let api: FakeKubeApi;
  beforeAll(async () => {
    api = await startFakeKubeApi(loadFixture());
  });
  afterAll(() => api.close());

  it('says "not configured" without a cluster', async () => {
    expect(await clusterCheck(testRuntime()).check()).toEqual({ status: 'ok', detail: 'not configured' });
  });

  it('reads one Node to learn that the API answers, and reuses a recent answer', async () => {
    const runtime = testRuntime();
    runtime.cluster = createLiveSource({ kubeconfig: api.kubeconfig() }) ?? undefined;
    const before = api.requests.length;
    expect(await clusterCheck(runtime).check()).toEqual({ status: 'ok', detail: 'the API answers' });
    expect(await clusterCheck(runtime).check()).toEqual({ status: 'ok', detail: 'the API answers' });
    expect(api.requests.slice(before).map((r) => `${r.path}?limit=${r.query.limit}`)).toEqual(['/api/v1/nodes?limit=1']);
  });

  it('reports an unreachable API as down (degraded, not unready), counts it, and logs it once', async () => {
    const closed = await startFakeKubeApi();
    const kubeconfig = closed.kubeconfig();
    await closed.close();
    const runtime = testRuntime();
    const problems: unknown[] = [];
    runtime.cluster = createLiveSource({ kubeconfig, log: runtime.log, onProblem: (e) => void problems.push(e) }) ?? undefined;
    const readiness = new Readiness();
    readiness.add(clusterCheck(runtime));
    expect(await answer(readiness)).toEqual({
      status: 200,
      body: { status: 'degraded', checks: { cluster: { status: 'down', detail: 'cannot read the API (unreachable)', required: false } } },
    });
    expect(problems).toEqual([{ resource: 'nodes', reason: 'unreachable' }]);
    expect(runtime.logLines.filter((l) => l.includes('cluster: the API cannot be read'))).toHaveLength(1);
  });

  it('a failed read marks the cluster down only when the API cannot be used at all', async () => {
    const runtime = testRuntime();
    const problems: unknown[] = [];
    api.faults.push({ path: /\/namespaces\/payments\/services$/, fault: { status: 403 } }, { path: /\/namespaces\/shop\/services$/, fault: { status: 503 } });
    try {
      const source = createLiveSource({ kubeconfig: api.kubeconfig(), onProblem: (e) => void problems.push(e) });
      runtime.cluster = source ?? undefined;
      expect((await source?.list('services', { namespace: 'payments' }))?.ok).toBe(false);
      expect(await clusterCheck(runtime).check()).toMatchObject({ status: 'ok' });
      expect((await source?.list('services', { namespace: 'shop' }))?.ok).toBe(false);
      expect(await clusterCheck(runtime).check()).toEqual({ status: 'down', detail: 'cannot read the API (server-error)' });
      expect(problems).toEqual([
        { resource: 'services', reason: 'forbidden' },
        { resource: 'services', reason: 'server-error' },
      ]);
    } finally {
      api.faults.length = 0;
    }
  });
});
