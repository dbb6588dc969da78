// Prometheus metrics for the chat adapters: commands by platform, name and outcome, their
// latency, replies that could not be delivered, cluster API errors by reason and resource, and
// chat connections lost and re-established. Fed by `Runtime.observe` (once per handled command),
// the live cluster source and the adapters; served as text by GET /metrics.

import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { ProblemReason, ResourceKind } from '../cluster/source.js';
import type { HandledEvent } from '../core/context.js';
import type { HttpResult } from './response.js';

export interface Metrics {
  registry: Registry;
  /** Runtime.observe: one handled command. */
  observe(event: HandledEvent): void;
  /** A reply the platform refused or that never arrived (`code` as the platform names it). */
  deliveryFailed(platform: string, code: string): void;
  /** A cluster read that failed (live source), by why and what was read. */
  clusterProblem(event: ClusterProblemEvent): void;
  /** A chat connection that dropped and is being re-established (Discord gateway, Slack Socket Mode). */
  reconnected(platform: string): void;
}

export interface ClusterProblemEvent {
  resource: ResourceKind;
  reason: ProblemReason;
}

/** Latency buckets in seconds: the core answers in microseconds, cluster calls in up to seconds. */
const LATENCY_BUCKETS = [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const commands = new Counter({
    name: 'kube_concierge_commands_total',
    help: 'Commands handled, by platform, command (none when unrecognised) and outcome.',
    labelNames: ['platform', 'command', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'kube_concierge_command_duration_seconds',
    help: 'Time from receiving a command to its reply, by platform and command.',
    labelNames: ['platform', 'command'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'kube_concierge_delivery_failures_total',
    help: 'Replies the chat platform refused or that could not be sent, by platform and error code.',
    labelNames: ['platform', 'code'] as const,
    registers: [registry],
  });
  const clusterErrors = new Counter({
    name: 'kube_concierge_cluster_api_errors_total',
    help: 'Kubernetes API reads that failed, by reason (timeout, unreachable, forbidden, …) and resource.',
    labelNames: ['reason', 'resource'] as const,
    registers: [registry],
  });
  const reconnects = new Counter({
    name: 'kube_concierge_adapter_reconnects_total',
    help: 'Chat connections that dropped and were re-established, by platform.',
    labelNames: ['platform'] as const,
    registers: [registry],
  });
  return {
    registry,
    observe(event) {
      // Command names come from the registry, so the label set stays small.
      const command = event.command ?? 'none';
      commands.inc({ platform: event.platform, command, outcome: event.outcome });
      latency.observe({ platform: event.platform, command }, event.ms / 1000);
    },
    deliveryFailed(platform, code) {
      deliveries.inc({ platform, code: /^[a-z0-9_]{1,64}$/.test(code) ? code : 'other' });
    },
    clusterProblem(event) {
      // Both come from closed sets in cluster/source.ts.
      clusterErrors.inc({ reason: event.reason, resource: event.resource });
    },
    reconnected(platform) {
      reconnects.inc({ platform });
    },
  };
}

export async function metricsResult(metrics: Metrics): Promise<HttpResult> {
  return { status: 200, headers: { 'content-type': metrics.registry.contentType }, body: await metrics.registry.metrics() };
}
