import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parsePolicy } from '../src/config.js';
import { contextFor } from '../src/core/context.js';
import { testRuntime } from './helpers.js';

const dir = () => mkdtempSync(join(tmpdir(), 'kc-config-'));

function configError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('environment', () => {
  it('starts with nothing set: no chat platforms, port 3000, default policy', () => {
    const config = loadConfig({ env: {}, cwd: dir() });
    expect(config.env.PORT).toBe(3000);
    expect(config.policyFile).toBeNull();
    expect(config.policy.defaults.namespace).toBe('default');
  });

  it('reads .env, and the real environment wins over it', () => {
    const cwd = dir();
    writeFileSync(join(cwd, '.env'), 'PORT=4000\nLOG_LEVEL=debug\n# comment\n');
    const config = loadConfig({ env: { LOG_LEVEL: 'warn' }, cwd });
    expect(config.env.PORT).toBe(4000);
    expect(config.env.LOG_LEVEL).toBe('warn');
  });

  it('names the bad setting and what would work, in one line', () => {
    const cases: [Record<string, string>, string][] = [
      [{ PORT: 'eighty' }, 'environment: PORT must be a port number'],
      [{ PORT: '70000' }, 'environment: PORT must be between 1 and 65535'],
      [{ LOG_LEVEL: 'loud' }, 'environment: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent'],
      [{ SLACK_BOT_TOKEN: 'xoxp-user', SLACK_APP_TOKEN: 'xapp-1' }, 'environment: SLACK_BOT_TOKEN must be a bot token starting with xoxb-'],
      [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN'],
      [{ SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN is missing'],
      [{ SLACK_API_URL: 'ftp://x' }, 'environment: SLACK_API_URL must be an http(s) URL'],
      [{ DISCORD_GUILD_ID: 'my-server' }, 'environment: DISCORD_GUILD_ID must be a numeric server (guild) id'],
    ];
    for (const [env, expected] of cases) {
      const message = configError(() => loadConfig({ env, cwd: dir() }));
      expect(message).toContain(expected);
      expect(message).not.toContain('\n');
    }
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ env: { PORT: '', SLACK_BOT_TOKEN: ' ' }, cwd: dir() }).env.SLACK_BOT_TOKEN).toBeUndefined();
  });
});

describe('policy file', () => {
  it('loads the documented shape', () => {
    const policy = parsePolicy(
      `channels:
  C0123ABCD: { namespaces: [shop, web] }
  "112233445566778899": { namespaces: ["*"] }
defaultNamespaces: []
onboardingChannels: [C0999ONBRD]
knowledge: ./team-knowledge
defaults: { namespace: default, ingressClass: nginx, domain: apps.example.com }
`,
      'policy.yaml',
    );
    expect(policy.channels.C0123ABCD?.namespaces).toEqual(['shop', 'web']);
    expect(policy.defaults.ingressClass).toBe('nginx');
  });

  it('comes from --config, or KUBE_CONCIERGE_CONFIG', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'a.yaml'), 'defaults: { namespace: a }\n');
    writeFileSync(join(cwd, 'b.yaml'), 'defaults: { namespace: b }\n');
    expect(loadConfig({ env: { KUBE_CONCIERGE_CONFIG: 'b.yaml' }, cwd }).policy.defaults.namespace).toBe('b');
    expect(loadConfig({ env: { KUBE_CONCIERGE_CONFIG: 'b.yaml' }, cwd, configFile: 'a.yaml' }).policy.defaults.namespace).toBe('a');
  });

  it('names the file, the path of the bad setting and what is valid', () => {
    const cases: [string, string][] = [
      ['chanels: {}', 'p.yaml: (top level): unknown setting "chanels"; valid settings here: channels, defaultNamespaces, onboardingChannels, knowledge, defaults'],
      ['channels: { C1: { namespaces: [Shop] } }', 'p.yaml: channels.C1.namespaces.0: must be a namespace name or "*" for all namespaces'],
      ['channels: { C1: { namespace: [shop] } }', 'p.yaml: channels.C1: unknown setting "namespace"; valid settings here: namespaces'],
      ['channels: { C1: { namespaces: shop } }', 'p.yaml: channels.C1.namespaces: must be a list of namespaces'],
      ['defaults: { ingressClass: "Nginx Class" }', 'p.yaml: defaults.ingressClass: must be an ingress class name: a lowercase DNS name such as nginx'],
      ['onboardingChannels: C1', 'p.yaml: onboardingChannels: must be a list'],
      ['- a\n- b', 'p.yaml: must be a YAML mapping'],
      ['channels: { 112233445566778899: { namespaces: [shop] } }', 'p.yaml: channels: a channel id written as a bare number is too long for YAML to keep (it read 112233445566778900); quote Discord ids'],
      ['onboardingChannels: [112233445566778899]', 'p.yaml: onboardingChannels.0: must be channel ids; quote Discord ids'],
      ['defaults:\n  namespace: a\n   domain: b', 'p.yaml:3:'],
    ];
    for (const [text, expected] of cases) {
      const message = configError(() => parsePolicy(text, 'p.yaml'));
      expect(message).toContain(expected);
      expect(message).not.toContain('\n');
    }
  });

  it('keeps a bare-number channel id YAML can hold exactly, and every quoted one', () => {
    expect(Object.keys(parsePolicy('channels: { 1234: { namespaces: [a] }, "112233445566778899": { namespaces: [b] } }', 'p.yaml').channels)).toEqual([
      '1234',
      '112233445566778899',
    ]);
  });

  it('says when the file does not exist', () => {
    expect(configError(() => loadConfig({ env: {}, cwd: dir(), configFile: 'missing.yaml' }))).toBe('missing.yaml: no such file');
  });

  it('accepts an empty file as all defaults', () => {
    expect(parsePolicy('', 'p.yaml').channels).toEqual({});
  });
});

describe('namespace scope', () => {
  it('gives the shell every namespace without a policy file, and chat channels none', () => {
    const runtime = testRuntime();
    expect(contextFor(runtime, { platform: 'shell', user: 'u', channel: 'shell' }).namespaces).toEqual({ all: true });
    expect(contextFor(runtime, { platform: 'slack', user: 'u', channel: 'C1' }).namespaces).toEqual({ all: false, namespaces: [] });
  });

  it('follows the policy: listed channels, "*", and defaultNamespaces for the rest', () => {
    const runtime = testRuntime({
      channels: { C1: { namespaces: ['shop', 'web'] }, C2: { namespaces: ['*'] } },
      defaultNamespaces: ['public'],
      onboardingChannels: ['C9'],
    });
    const ctx = (channel: string) => contextFor(runtime, { platform: 'slack', user: 'u', channel });
    expect(ctx('C1').namespaces).toEqual({ all: false, namespaces: ['shop', 'web'] });
    expect(ctx('C2').namespaces).toEqual({ all: true });
    expect(ctx('C3').namespaces).toEqual({ all: false, namespaces: ['public'] });
    expect(ctx('C9').onboarding).toBe(true);
    expect(ctx('C1').onboarding).toBe(false);
    expect(contextFor(runtime, { platform: 'shell', user: 'u', channel: 'shell' }).namespaces).toEqual({ all: false, namespaces: ['public'] });
  });
});
