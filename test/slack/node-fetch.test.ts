// The node:http fetch (on a worker thread) that Bolt and the Web API client use: a standard Response
// back, aborts and refused connections reported the way global fetch reports them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeFetch } from '../../src/adapters/slack/node-fetch.js';

let server: Server;
let base: string;
const seen: { method?: string; headers: Record<string, unknown>; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method, headers: req.headers, body });
      if (req.url === '/empty') return void res.writeHead(204).end();
      if (req.url === '/hang') return; // never answers
      res.writeHead(429, { 'retry-after': '7', 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'] });
      res.end(JSON.stringify({ ok: false, echo: body }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await fetchFn.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const fetchFn = createNodeFetch();

describe('createNodeFetch', () => {

  it('sends method, headers and body, and returns status, headers and body as a Response', async () => {
    const response = await fetchFn(`${base}/api/chat.postMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body: '{"text":"é"}',
    });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(429);
    expect(response.ok).toBe(false);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await response.json()).toEqual({ ok: false, echo: '{"text":"é"}' });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', headers: { authorization: 'Bearer t', 'content-length': '13' } });
  });

  it('sends URLSearchParams as a form', async () => {
    await fetchFn(`${base}/form`, { method: 'POST', body: new URLSearchParams({ a: '1 2' }) });
    expect(seen.at(-1)).toMatchObject({ body: 'a=1+2', headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' } });
  });

  it('gives a 204 no body', async () => {
    const response = await fetchFn(`${base}/empty`);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  it('rejects with the abort reason when its signal fires', async () => {
    const controller = new AbortController();
    const pending = fetchFn(`${base}/hang`, { signal: controller.signal });
    await new Promise<void>((resolve) => server.once('request', () => resolve()));
    controller.abort(new Error('stopped'));
    await expect(pending).rejects.toThrow('stopped');
  });

  it('rejects a refused connection as fetch does', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise((resolve) => closed.close(resolve));
    await expect(fetchFn(url)).rejects.toThrow(new TypeError('fetch failed'));
  });

  it('fails a request open when it is closed, and starts again on the next request', async () => {
    const own = createNodeFetch();
    const pending = own(`${base}/hang`);
    await new Promise<void>((resolve) => server.once('request', () => resolve()));
    await own.close();
    await expect(pending).rejects.toThrow(new TypeError('fetch failed'));
    expect((await own(`${base}/empty`)).status).toBe(204);
    await own.close();
  });
});
