// A framework-agnostic HTTP answer: route handlers return one, and `sendResult` writes it to a
// node:http response. Bolt's customRoutes, a standalone server and tests all use the same handlers.

import type { IncomingMessage, ServerResponse } from 'node:http';

export interface HttpResult {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface Route {
  method: 'GET';
  path: string;
  handle(): HttpResult | Promise<HttpResult>;
}

export function jsonResult(status: number, value: unknown): HttpResult {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(value) + '\n' };
}

export function sendResult(res: ServerResponse, result: HttpResult): void {
  res.writeHead(result.status, { ...result.headers, 'content-length': String(Buffer.byteLength(result.body)) });
  res.end(result.body);
}

/** A node:http handler for one route; a handler that throws answers 500 without details. */
export function nodeHandler(route: Route): (req: IncomingMessage, res: ServerResponse) => void {
  return (_req, res) => {
    Promise.resolve()
      .then(() => route.handle())
      .then(
        (result) => sendResult(res, result),
        () => sendResult(res, jsonResult(500, { status: 'error' })),
      );
  };
}

/** A request listener serving `routes`, 404 for anything else (a standalone server). */
export function routeListener(routes: readonly Route[]): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((r) => r.path === path && r.method === req.method);
    if (route) return nodeHandler(route)(req, res);
    const known = routes.some((r) => r.path === path);
    sendResult(res, jsonResult(known ? 405 : 404, { status: known ? 'method not allowed' : 'not found' }));
  };
}
