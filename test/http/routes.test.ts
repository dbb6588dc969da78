// The HTTP routes beside the chat adapters: framework-agnostic handlers on a standalone server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/http/metrics.js';
import { serviceRoutes } from '../../src/http/routes.js';
import { listenRoutes, type HttpServer } from '../../src/http/server.js';

const metrics = createMetrics();
let server: HttpServer;
let base: string;

beforeAll(async () => {
  server = await listenRoutes(0, [
    ...serviceRoutes(metrics),
    {
      method: 'GET',
      path: '/broken',
      handle: () => {
        throw new Error('secret detail');
      },
    },
  ]);
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.close());

describe('service routes', () => {
  it('answers /healthz with ok', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"status":"ok"}\n');
  });

  it('answers /readyz with ready when nothing is required', async () => {
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', checks: {} });
  });

  it('counts commands by platform, name and outcome, and their latency, in Prometheus text', async () => {
    metrics.observe({ platform: 'slack', command: 'help', outcome: 'ok', ms: 3 });
    metrics.observe({ platform: 'discord', command: null, outcome: 'invalid', ms: 0.2 });
    metrics.deliveryFailed('slack', 'not_in_channel');
    metrics.deliveryFailed('slack', 'Weird Code!');
    const text = await fetch(`${base}/metrics`).then((r) => r.text());
    expect(text).toContain('kube_concierge_commands_total{platform="slack",command="help",outcome="ok"} 1');
    expect(text).toContain('kube_concierge_commands_total{platform="discord",command="none",outcome="invalid"} 1');
    expect(text).toContain('kube_concierge_command_duration_seconds_bucket{le="0.005",platform="slack",command="help"} 1');
    expect(text).toContain('kube_concierge_command_duration_seconds_bucket{le="0.001",platform="slack",command="help"} 0');
    expect(text).toContain('kube_concierge_delivery_failures_total{platform="slack",code="not_in_channel"} 1');
    expect(text).toContain('kube_concierge_delivery_failures_total{platform="slack",code="other"} 1');
  });

  it('answers 404 for unknown paths, 405 for other methods, and 500 without details when a handler throws', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(405);
    const broken = await fetch(`${base}/broken`);
    expect(broken.status).toBe(500);
    expect(await broken.text()).not.toContain('secret');
  });

  it('refuses a port already in use', async () => {
    await expect(listenRoutes(server.port, [])).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
