// A `fetch` for Bolt and the Web API client built on node:http(s) with keep-alive agents.
// Every answer goes out through it (respond() to a response_url, chat.postMessage, …); Node 20's
// global fetch costs several times more CPU per call, which at hundreds of commands a second
// slows the acknowledgements that share the event loop (BENCHMARKS.md, Slack). It implements
// what those callers use: method, headers, a string or byte body, an AbortSignal, and a
// standard Response back.

import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** Statuses whose Response must have no body (fetch spec, "null body status"). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

function headerRecord(headers: RequestInit['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(headers).forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

function toResponse(res: IncomingMessage, body: Buffer): Response {
  const headers = new Headers();
  for (let i = 0; i < res.rawHeaders.length; i += 2) headers.append(res.rawHeaders[i] as string, res.rawHeaders[i + 1] as string);
  const status = res.statusCode ?? 502;
  return new Response(NULL_BODY.has(status) ? null : body, { status, statusText: res.statusMessage ?? '', headers });
}

export function createNodeFetch(): FetchFunction {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  return async (input, init = {}) => {
    if (input instanceof Request) return fetch(input, init); // not used by Bolt; keep full semantics
    const url = new URL(String(input));
    const body = init.body;
    if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array) && !(body instanceof URLSearchParams)) {
      return fetch(url, init); // FormData, streams (file uploads): the global fetch handles them
    }
    const payload = body === undefined || body === null ? undefined : body instanceof Uint8Array ? body : String(body);
    const headers = headerRecord(init.headers);
    if (body instanceof URLSearchParams && headers['content-type'] === undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
    }
    if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
    const secure = url.protocol === 'https:';
    const signal = init.signal ?? undefined;
    signal?.throwIfAborted();
    return new Promise<Response>((resolve, reject) => {
      const req = (secure ? httpsRequest : httpRequest)(
        url,
        { method: init.method ?? 'GET', headers, agent: secure ? agents.https : agents.http, signal },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve(toResponse(res, Buffer.concat(chunks))));
          res.on('error', reject);
        },
      );
      req.on('error', (error) => reject(signal?.aborted ? (signal.reason ?? error) : new TypeError('fetch failed', { cause: error })));
      req.end(payload);
    });
  };
}
