// The HTTP routes every chat mode serves beside its own endpoint, on PORT: in Slack's HTTP mode
// on the same server as POST /slack/events, otherwise on a small server of their own
// (PRODUCT.md fixes GET /healthz and GET /metrics; deploy/ probes /healthz and /readyz).

import { liveness, Readiness } from './health.js';
import { metricsResult, type Metrics } from './metrics.js';
import type { Route } from './response.js';

export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';
export const METRICS_PATH = '/metrics';

export function serviceRoutes(metrics: Metrics, readiness: Readiness = new Readiness()): Route[] {
  return [
    { method: 'GET', path: HEALTH_PATH, handle: liveness },
    { method: 'GET', path: READY_PATH, handle: () => readiness.result() },
    { method: 'GET', path: METRICS_PATH, handle: () => metricsResult(metrics) },
  ];
}
