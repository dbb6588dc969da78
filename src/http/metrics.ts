// Prometheus metrics for the chat adapters: commands by platform, name and outcome, their
// latency, and replies that could not be delivered. Fed by `Runtime.observe`, which the core
// calls once per handled command; served as text by GET /metrics.

import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { HandledEvent } from '../core/context.js';
import type { HttpResult } from './response.js';

export interface Metrics {
  registry: Registry;
  /** Runtime.observe: one handled command. */
  observe(event: HandledEvent): void;
  /** A reply the platform refused or that never arrived (`code` as the platform names it). */
  deliveryFailed(platform: string, code: string): void;
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
  };
}

export async function metricsResult(metrics: Metrics): Promise<HttpResult> {
  return { status: 200, headers: { 'content-type': metrics.registry.contentType }, body: await metrics.registry.metrics() };
}
