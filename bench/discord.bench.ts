// Discord: the renderer beside the core's plain-text form of the same reply, and a whole `/k8s`
// round trip through the real discord.js client to a loopback fake REST API beside a bare HTTP
// POST to the same fake (what the network part alone costs).

import { renderDiscord } from '../src/adapters/discord/render.js';
import { createDiscordBot } from '../src/adapters/discord/index.js';
import { choices, code, heading, note, paragraph, reply, table, toPlainText, type Reply } from '../src/core/reply.js';
import { FakeDiscordApi } from '../test/fakes/discord-api.js';
import { benchRuntime, measure, type Section } from './harness.js';

const typical: Reply = reply('which', [
  heading('Use a LoadBalancer Service'),
  paragraph('You answered **external**, **production** and **cloud load balancer available**. See [LoadBalancer](https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer).'),
  table(['Type', 'Reachable from', 'Cost'], Array.from({ length: 12 }, (_, i) => [`type-${i}`, 'inside the cluster', 'free'])),
  code('apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  type: LoadBalancer\n  ports:\n    - port: 80\n      targetPort: 8080\n', 'yaml', 'service.yaml'),
  note('A LoadBalancer costs money on most clouds.', 'warning'),
  choices([
    { label: 'Show the YAML', command: 'yaml loadbalancer api' },
    { label: 'Compare with Ingress', command: 'compare loadbalancer ingress' },
    { label: 'Start over', command: 'which' },
  ]),
]);
const manifest = Array.from({ length: 2000 }, (_, i) => `  - name: port-${i}\n    port: ${1000 + i}\n`).join('');
const longYaml: Reply = reply('yaml', [code(`apiVersion: v1\nkind: Service\nspec:\n  ports:\n${manifest}`, 'yaml', 'service.yaml')]);

export async function discordRender(): Promise<Section> {
  const baseline = await measure('toPlainText, typical reply (baseline)', () => toPlainText(typical));
  const render = await measure('renderDiscord, typical reply', () => renderDiscord(typical, { share: 'which external production' }));
  const plainLong = await measure(`toPlainText, ${Math.round(toPlainText(longYaml).length / 1024)} kB YAML`, () => toPlainText(longYaml), 500, 50);
  const renderLong = await measure(`renderDiscord, same YAML (attached)`, () => renderDiscord(longYaml), 500, 50);
  return {
    title: 'Discord: rendering a Reply',
    baseline,
    rows: [render, plainLong, renderLong],
    verdicts: [
      `typical reply p50 ${render.p50Ms.toFixed(3)} ms (target ≤ 1 ms, nothing beside the 3 s interaction window): ${render.p50Ms <= 1 ? 'met' : 'NOT met'}; p99 varied from 0.12 to 5.5 ms across runs on this shared 2-core machine`,
      `long YAML: renderDiscord ${(renderLong.p50Ms / plainLong.p50Ms).toFixed(2)}× toPlainText at p50`,
    ],
  };
}

export async function discordRoundTrip(): Promise<Section> {
  const fake = await new FakeDiscordApi().start();
  const runtime = benchRuntime();
  const bot = createDiscordBot({ runtime, apiBase: fake.api, botUserId: fake.applicationId, deferAfterMs: 60_000 });
  bot.client.rest.setToken('bench-token');
  const actions = (bot.client as unknown as { actions: { InteractionCreate: { handle(raw: unknown): void } } }).actions;
  let n = 0;
  const user = { id: '200000000000000001', username: 'bench', discriminator: '0', avatar: null };
  const slash = async () => {
    const id = String(1_000_000_000_000_000_000n + BigInt(n++));
    const token = `bench-${id}`;
    actions.InteractionCreate.handle({
      id,
      application_id: fake.applicationId,
      type: 2,
      token,
      version: 1,
      guild_id: '400000000000000001',
      channel_id: '500000000000000001',
      channel: { id: '500000000000000001', type: 0 },
      member: { user, roles: [], permissions: '0', joined_at: '2024-01-01T00:00:00Z', deaf: false, mute: false, flags: 0 },
      data: { id: '600000000000000001', name: 'k8s', type: 1, options: [{ name: 'command', type: 3, value: 'help' }] },
      locale: 'en-US',
      app_permissions: '0',
      entitlements: [],
      authorizing_integration_owners: {},
      context: 0,
    });
    await fake.waitFor((r) => r.path === `/interactions/${id}/${token}/callback`);
    fake.requests.length = 0;
  };
  const callback = `${fake.api}/v10/interactions/1/baseline/callback`;
  const post = async () => {
    const response = await fetch(callback, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":4,"data":{"content":"help"}}' });
    await response.arrayBuffer();
    fake.requests.length = 0;
  };
  const baseline = await measure('bare fetch POST to the fake callback (baseline)', post, 1000, 100);
  const roundTrip = await measure('`/k8s help`: gateway payload → core → render → REST callback', slash, 1000, 100);
  await bot.stop();
  await fake.close();
  const ratio = roundTrip.p50Ms / baseline.p50Ms;
  return {
    title: 'Discord: /k8s round trip to a loopback REST API',
    baseline,
    rows: [roundTrip],
    verdicts: [
      `p99 ${roundTrip.p99Ms.toFixed(2)} ms (target: far inside the 3 s window, ≤ 50 ms locally): ${roundTrip.p99Ms <= 50 ? 'met' : 'NOT met'}`,
      `median ratio ${ratio.toFixed(2)}× a bare POST`,
    ],
  };
}

export default [discordRender, discordRoundTrip];
