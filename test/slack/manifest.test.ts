// slack/manifest.yaml creates the app the adapter expects: the /k8s command, the events it
// listens to, interactivity for buttons, Socket Mode, and exactly the scopes its calls need.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { webApi } from '@slack/bolt';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/** web-api's Manifest type, reached through the arguments of apps.manifest.create. */
type Manifest = webApi.AppsManifestCreateArguments['manifest'];

const root = new URL('../../', import.meta.url).pathname;
const manifest = load(readFileSync(join(root, 'slack/manifest.yaml'), 'utf8'));

/** Which scopes each Web API method and event the adapter uses needs (docs.slack.dev/reference/methods, …/events). */
const SCOPE_OF: Record<string, string[]> = {
  'chat.postMessage': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'chat.update': ['chat:write'],
  'chat.delete': ['chat:write'],
  'auth.test': [],
  app_mention: ['app_mentions:read'],
  'message.im': ['im:history'],
  // Delivered for public channels with channels:read, for private ones with groups:read
  // (docs.slack.dev/reference/events/member_joined_channel).
  member_joined_channel: ['channels:read', 'groups:read'],
  'slash command': ['commands'],
};

describe('slack/manifest.yaml', () => {
  it('is the app the adapter expects (field names checked against web-api\'s Manifest type)', () => {
    const expected: Manifest = {
      display_information: {
        name: 'kube-concierge',
        description: 'Kubernetes networking help — Service types, YAML, linting and read-only cluster inspection.',
        background_color: '#326ce5',
      },
      features: {
        app_home: { home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
        bot_user: { display_name: 'kube-concierge', always_online: true },
        slash_commands: [
          { command: '/k8s', description: 'Kubernetes networking help', usage_hint: '[help | which | svc <namespace> | a question]', should_escape: false },
        ],
      },
      oauth_config: { scopes: { bot: ['commands', 'app_mentions:read', 'chat:write', 'im:history', 'channels:read', 'groups:read'] } },
      settings: {
        event_subscriptions: { bot_events: ['app_mention', 'message.im', 'member_joined_channel'] },
        interactivity: { is_enabled: true },
        org_deploy_enabled: false,
        socket_mode_enabled: true,
        token_rotation_enabled: false,
      },
    };
    expect(manifest).toEqual(expected);
  });

  it('asks for exactly the scopes of the calls and events the adapter uses', () => {
    const dir = join(root, 'src/adapters/slack');
    const source = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const methods = new Set([...source.matchAll(/\b(chat|auth|conversations|users|files|reactions|views)\.(\w+)\(/g)].map((m) => `${m[1]}.${m[2]}`));
    const events = [...source.matchAll(/app\.event\('(\w+)'/g)].map((m) => m[1] as string);
    // app.message() with channel_type im is the message.im subscription.
    const used = [...methods, ...events, ...(source.includes('app.message(') ? ['message.im'] : []), 'slash command'];
    const unknown = used.filter((m) => !(m in SCOPE_OF));
    expect(unknown).toEqual([]);
    const needed = new Set(used.flatMap((m) => SCOPE_OF[m] ?? []));
    const asked = (manifest as Manifest).oauth_config?.scopes?.bot ?? [];
    expect([...asked].sort()).toEqual([...needed].sort());
    const subscribed = (manifest as Manifest).settings?.event_subscriptions?.bot_events ?? [];
    expect([...subscribed].sort()).toEqual([...events, 'message.im'].sort());
  });
});
