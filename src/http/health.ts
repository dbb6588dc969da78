// Liveness and readiness.
//
// - GET /healthz: the process is up and its event loop answers. Nothing else: a liveness probe
//   that checked Slack or the cluster would restart a healthy bot whenever they hiccup.
// - GET /readyz: this process can take events. Required checks (the chat connections, the
//   knowledge base) decide the status code; optional ones (the cluster) are reported in the body
//   only. A cluster API that is down or slow makes /readyz say "degraded" with 200, not 503:
//   every replica shares the same API, so failing readiness would take the whole bot out of its
//   Service, while help, which, yaml, check, explain and compare need no cluster and the cluster
//   commands themselves answer "cannot reach the API" in one sentence.

import type { ReadProblem } from '../cluster/source.js';
import type { Runtime } from '../core/context.js';
import { jsonResult, type HttpResult } from './response.js';

export function liveness(): HttpResult {
  return jsonResult(200, { status: 'ok' });
}

export type CheckStatus = 'ok' | 'down' | 'unknown';

export interface CheckResult {
  status: CheckStatus;
  /** A few words for operators; never a token, a stack or a message text. */
  detail: string;
}

export interface ReadinessCheck {
  name: string;
  /** A required check that is not ok makes /readyz answer 503; an optional one only shows in the body. */
  required: boolean;
  check(): CheckResult | Promise<CheckResult>;
}

/** starting: services are still connecting; stopping: draining after SIGTERM. Both answer 503. */
export type Phase = 'starting' | 'serving' | 'stopping';

/** A check slower than this is reported as unknown, so the probe itself never times out. */
export const CHECK_TIMEOUT_MS = 1000;

export class Readiness {
  private readonly checks = new Map<string, ReadinessCheck>();

  constructor(public phase: Phase = 'serving') {}

  /** Adds a check, replacing one of the same name. */
  add(check: ReadinessCheck): void {
    this.checks.set(check.name, check);
  }

  async result(): Promise<HttpResult> {
    const entries = await Promise.all([...this.checks.values()].map(async (c) => [c, await runCheck(c)] as const));
    const failedRequired = entries.some(([c, r]) => c.required && r.status !== 'ok');
    const failedOptional = entries.some(([c, r]) => !c.required && r.status === 'down');
    const status =
      this.phase !== 'serving' ? this.phase : failedRequired ? 'not ready' : failedOptional ? 'degraded' : 'ready';
    const checks = Object.fromEntries(entries.map(([c, r]) => [c.name, { ...r, required: c.required }]));
    return jsonResult(status === 'ready' || status === 'degraded' ? 200 : 503, { status, checks });
  }
}

async function runCheck(check: ReadinessCheck): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      Promise.resolve().then(() => check.check()),
      new Promise<CheckResult>((resolve) => {
        timer = setTimeout(() => resolve({ status: 'unknown', detail: `no answer within ${CHECK_TIMEOUT_MS} ms` }), CHECK_TIMEOUT_MS);
      }),
    ]);
  } catch {
    return { status: 'down', detail: 'the check failed' };
  } finally {
    clearTimeout(timer);
  }
}

/** The knowledge base and decision tree, validated at start-up (a broken one stops start-up). */
export function knowledgeCheck(runtime: Runtime): ReadinessCheck {
  return {
    name: 'knowledge',
    required: true,
    check: () => {
      const topics = runtime.knowledge.topics.length;
      return topics > 0
        ? { status: 'ok', detail: `${topics} topics, ${runtime.knowledge.course.length} lessons, decision tree` }
        : { status: 'down', detail: 'no topics loaded' };
    },
  };
}

/** Words for a cluster problem in /readyz: the reason only (the full sentence, with the server address, is logged). */
function clusterDetail(problem: ReadProblem): string {
  return `cannot read the API (${problem.reason})`;
}

/** Whether the cluster API answers, when one is configured; optional (see the top of this file). */
export function clusterCheck(runtime: Runtime): ReadinessCheck {
  return {
    name: 'cluster',
    required: false,
    check: async () => {
      const cluster = runtime.cluster;
      if (cluster === undefined) return { status: 'ok', detail: 'not configured' };
      if (cluster.probe === undefined) return { status: 'ok', detail: cluster.kind === 'dump' ? 'a dump file' : cluster.kind };
      const problem = await cluster.probe();
      return problem === null ? { status: 'ok', detail: 'the API answers' } : { status: 'down', detail: clusterDetail(problem) };
    },
  };
}
