// A `fetch` for Bolt and the Web API client built on node:http(s) with keep-alive agents, run on
// a worker thread. Every answer goes out through it (respond() to a response_url,
// chat.postMessage, …). Sending a request and reading its response costs about as much CPU as
// Bolt's whole acknowledgement of a slash command; on the worker that work no longer shares the
// event loop (or the CPU share) of the acknowledgements (BENCHMARKS.md, Slack). Node 20's global
// fetch costs several times more again. It implements what those callers use: method, headers,
// a string or byte body, an AbortSignal, and a standard Response back.

import { Worker } from 'node:worker_threads';

export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface NodeFetch extends FetchFunction {
  /** Stops the worker; requests still open fail. */
  close(): Promise<void>;
}

/** Statuses whose Response must have no body (fetch spec, "null body status"). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

interface Outgoing {
  id: number;
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
}

type Incoming =
  | { id: number; status: number; statusText: string; rawHeaders: string[]; body: Uint8Array }
  | { id: number; error: string };

// The worker, as plain CommonJS so it runs the same from dist/ and under vitest (no loader).
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const http = require('node:http');
const https = require('node:https');
const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
const open = new Map();
parentPort.on('message', (m) => {
  if (m.abort !== undefined) {
    open.get(m.abort)?.destroy();
    open.delete(m.abort);
    return;
  }
  const fail = (error) => {
    if (!open.delete(m.id)) return;
    parentPort.postMessage({ id: m.id, error: String((error && error.code) || (error && error.message) || error) });
  };
  const secure = m.url.startsWith('https:');
  let req;
  try {
    req = (secure ? https : http).request(m.url, { method: m.method, headers: m.headers, agent: secure ? agents.https : agents.http }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', fail);
      res.on('end', () => {
        if (!open.delete(m.id)) return;
        const body = new Uint8Array(Buffer.concat(chunks));
        parentPort.postMessage({ id: m.id, status: res.statusCode, statusText: res.statusMessage || '', rawHeaders: res.rawHeaders, body }, [body.buffer]);
      });
    });
  } catch (error) {
    open.set(m.id, null);
    return fail(error);
  }
  open.set(m.id, req);
  req.on('error', fail);
  req.end(m.body);
});
`;

function headerRecord(headers: RequestInit['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(headers).forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

function toResponse(message: Extract<Incoming, { status: number }>): Response {
  const headers = new Headers();
  for (let i = 0; i < message.rawHeaders.length; i += 2) headers.append(message.rawHeaders[i] as string, message.rawHeaders[i + 1] as string);
  const status = message.status;
  return new Response(NULL_BODY.has(status) ? null : message.body, { status, statusText: message.statusText, headers });
}

export function createNodeFetch(): NodeFetch {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (r: Response) => void; reject: (e: unknown) => void }>();

  const failAll = (error: unknown) => {
    for (const { reject } of waiting.values()) reject(new TypeError('fetch failed', { cause: error }));
    waiting.clear();
  };
  const start = (): Worker => {
    const started = new Worker(WORKER_SOURCE, { eval: true });
    // Only answers in flight keep the process alive (they hold it through their promises' callers).
    started.unref();
    started.on('message', (message: Incoming) => {
      const entry = waiting.get(message.id);
      if (entry === undefined) return;
      waiting.delete(message.id);
      if ('error' in message) entry.reject(new TypeError('fetch failed', { cause: new Error(message.error) }));
      else entry.resolve(toResponse(message));
    });
    started.on('error', failAll);
    started.on('exit', () => {
      if (worker === started) worker = null;
      failAll(new Error('the fetch worker stopped'));
    });
    return started;
  };

  const fetchFn = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    if (input instanceof Request) return fetch(input, init); // not used by Bolt; keep full semantics
    const url = new URL(String(input));
    const body = init.body;
    if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array) && !(body instanceof URLSearchParams)) {
      return fetch(url, init); // FormData, streams (file uploads): the global fetch handles them
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return fetch(url, init);
    const payload = body === undefined || body === null ? undefined : body instanceof Uint8Array ? body : String(body);
    const headers = headerRecord(init.headers);
    if (body instanceof URLSearchParams && headers['content-type'] === undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
    }
    if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
    const signal = init.signal ?? undefined;
    signal?.throwIfAborted();
    const thread = (worker ??= start());
    const id = nextId++;
    const request: Outgoing = { id, url: url.href, method: init.method ?? 'GET', headers, body: payload };
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => {
        if (!waiting.delete(id)) return;
        thread.postMessage({ abort: id });
        reject(signal?.reason);
      };
      const settle = <T>(done: (value: T) => void) => (value: T) => {
        signal?.removeEventListener('abort', onAbort);
        done(value);
      };
      waiting.set(id, { resolve: settle(resolve), reject: settle(reject) });
      signal?.addEventListener('abort', onAbort, { once: true });
      thread.postMessage(request);
    });
  };

  return Object.assign(fetchFn, {
    async close() {
      const running = worker;
      worker = null;
      if (running !== null) await running.terminate();
    },
  });
}
