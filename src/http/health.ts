// Liveness: the process is up and its event loop answers. (Readiness, which also checks the
// cluster source, can join here as another function returning an HttpResult.)

import { jsonResult, type HttpResult } from './response.js';

export function liveness(): HttpResult {
  return jsonResult(200, { status: 'ok' });
}
