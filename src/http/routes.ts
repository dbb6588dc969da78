// The HTTP routes every HTTP-facing adapter serves beside its own endpoint (PRODUCT.md fixes
// GET /healthz and GET /metrics).

import { liveness } from './health.js';
import { metricsResult, type Metrics } from './metrics.js';
import type { Route } from './response.js';

export function serviceRoutes(metrics: Metrics): Route[] {
  return [
    { method: 'GET', path: '/healthz', handle: liveness },
    { method: 'GET', path: '/metrics', handle: () => metricsResult(metrics) },
  ];
}
