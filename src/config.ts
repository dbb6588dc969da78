// Environment + .env + policy file -> one validated, typed Config. Every failure is a
// ConfigError whose message is one line naming the setting, what is wrong and what would work.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { load, YAMLException } from 'js-yaml';
import { z } from 'zod';
import { ConfigError } from './lifecycle.js';

export { ConfigError };

// ---- shared value schemas -------------------------------------------------------------------

/** RFC 1123 label, as Kubernetes requires for namespace names. */
export const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const namespaceName = z
  .string()
  .regex(DNS1123_LABEL, { error: 'must be a namespace name (lowercase letters, digits and "-", at most 63)' });
const namespaceOrAll = z
  .string({ error: 'must be a namespace name or "*" for all namespaces' })
  .refine((v) => v === '*' || DNS1123_LABEL.test(v), { error: 'must be a namespace name or "*" for all namespaces' });
/** RFC 1123 subdomain: ingress classes and DNS domains. */
const DNS1123_SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const subdomain = (what: string, example: string) =>
  z.string().regex(DNS1123_SUBDOMAIN, { error: `must be ${what}: a lowercase DNS name such as ${example}` });

// ---- the policy file ------------------------------------------------------------------------

const ChannelPolicySchema = z.strictObject({
  namespaces: z.array(namespaceOrAll, { error: 'must be a list of namespaces, e.g. [shop, web] or ["*"]' }),
});

const DefaultsSchema = z.strictObject({
  namespace: namespaceName.default('default'),
  ingressClass: subdomain('an ingress class name', 'nginx').optional(),
  domain: subdomain('a domain', 'apps.example.com').optional(),
});

const WelcomeSchema = z.strictObject({
  /**
   * Discord: also greet on guildMemberAdd (someone joins the server), which needs the privileged
   * Server Members intent switched on in the developer portal. Off: the first message of a new
   * member in an onboarding channel is greeted instead.
   */
  discordMemberJoin: z.boolean({ error: 'must be true or false' }).default(false),
});

export const PolicySchema = z.strictObject({
  /** Channel id (Slack, Discord, or `shell`) -> what it may see. */
  channels: z.record(z.string().min(1), ChannelPolicySchema).default({}),
  /** Namespaces for chat channels with no entry of their own. */
  defaultNamespaces: z.array(namespaceOrAll).default([]),
  onboardingChannels: z.array(z.string({ error: 'must be channel ids; quote Discord ids, e.g. "112233445566778899"' }).min(1)).default([]),
  /** A team knowledge folder that extends and overrides the built-in one. */
  knowledge: z.string().min(1).optional(),
  defaults: DefaultsSchema.default({ namespace: 'default' }),
  /** The onboarding course: lesson ids in order (built-in or the team's); default: every lesson by its `order`. */
  course: z
    .array(z.string().regex(/^[a-z0-9]([a-z0-9-]{0,40}[a-z0-9])?$/, { error: 'must be a lesson id, e.g. nodeport' }), { error: 'must be a list of lesson ids' })
    .min(1, { error: 'must list at least one lesson; leave it out for the whole built-in course' })
    .optional(),
  /** How newcomers in onboardingChannels are greeted. */
  welcome: WelcomeSchema.default({ discordMemberJoin: false }),
});

export type Policy = z.infer<typeof PolicySchema>;

export const DEFAULT_POLICY: Policy = PolicySchema.parse({});

// ---- the environment ------------------------------------------------------------------------

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const EnvSchema = z.object({
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-\S+$/, { error: 'must be a bot token starting with xoxb-' }).optional(),
  SLACK_SIGNING_SECRET: z.string().regex(/^\S{8,}$/, { error: 'must be the app\'s signing secret (Basic Information page)' }).optional(),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-\S+$/, { error: 'must be an app-level token starting with xapp- (scope connections:write)' })
    .optional(),
  SLACK_API_URL: httpUrl.optional(),
  DISCORD_TOKEN: z.string().regex(/^\S{20,}$/, { error: 'must be the bot token from the Discord developer portal' }).optional(),
  DISCORD_APPLICATION_ID: z.string().regex(/^\d{15,21}$/, { error: 'must be the numeric application id' }).optional(),
  DISCORD_GUILD_ID: z.string().regex(/^\d{15,21}$/, { error: 'must be a numeric server (guild) id' }).optional(),
  DISCORD_API_BASE: httpUrl.optional(),
  KUBECONFIG: z.string().optional(),
  KUBE_CONCIERGE_CONFIG: z.string().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).optional(),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be between 1 and 65535' })
    .max(65535, { error: 'must be between 1 and 65535' })
    .default(3000),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  env: Env;
  policy: Policy;
  /** Absolute path of the policy file, or null when none was given. */
  policyFile: string | null;
}

export interface LoadOptions {
  /** `--config` from the command line; wins over KUBE_CONCIERGE_CONFIG. */
  configFile?: string | undefined;
  /** The process environment (tests pass their own). */
  env?: NodeJS.ProcessEnv;
  /** Where `.env` and relative paths are resolved. */
  cwd?: string;
}

/** Reads `.env` from `cwd` if present. Variables already in the environment win over the file. */
export function readDotEnv(cwd: string): Record<string, string> {
  const file = resolve(cwd, '.env');
  if (!existsSync(file)) return {};
  try {
    const parsed: Record<string, string> = {};
    for (const [key, value] of Object.entries(parseEnv(readFileSync(file, 'utf8')))) if (value !== undefined) parsed[key] = value;
    return parsed;
  } catch (error) {
    throw new ConfigError(`.env: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
}

export function loadConfig(options: LoadOptions = {}): Config {
  const cwd = options.cwd ?? process.cwd();
  const merged: Record<string, string> = { ...readDotEnv(cwd) };
  for (const [key, value] of Object.entries(options.env ?? process.env)) {
    if (value !== undefined) merged[key] = value;
  }
  // An empty variable means "not set", as it does for most tools.
  for (const key of Object.keys(merged)) if (merged[key]?.trim() === '') delete merged[key];

  const envResult = EnvSchema.safeParse(merged);
  if (!envResult.success) {
    const issue = envResult.error.issues[0];
    throw new ConfigError(`environment: ${issue?.path.join('.') ?? '?'} ${issue?.message ?? 'is invalid'}`);
  }
  const env = envResult.data;
  checkEnvCombinations(env);

  const configFile = options.configFile ?? env.KUBE_CONCIERGE_CONFIG;
  if (configFile === undefined) return { env, policy: DEFAULT_POLICY, policyFile: null };
  const policyFile = resolve(cwd, configFile);
  return { env, policy: loadPolicyFile(policyFile, configFile), policyFile };
}

function checkEnvCombinations(env: Env): void {
  if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
    throw new ConfigError(
      'environment: SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is; set one of them',
    );
  }
  if (!env.SLACK_BOT_TOKEN && (env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET)) {
    throw new ConfigError('environment: SLACK_BOT_TOKEN is missing; Slack needs the bot token (xoxb-…) as well');
  }
}

/** Reads and validates a policy file; `shown` is the name used in messages (as the user typed it). */
export function loadPolicyFile(path: string, shown = path): Policy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${shown}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'unreadable'})`}`);
  }
  return parsePolicy(text, shown);
}

export function parsePolicy(text: string, shown: string): Policy {
  let raw: unknown;
  try {
    raw = text.trim() === '' ? {} : load(text, { filename: shown });
  } catch (error) {
    if (error instanceof YAMLException) {
      const at = error.mark ? `:${error.mark.line + 1}:${error.mark.column + 1}` : '';
      throw new ConfigError(`${shown}${at}: ${error.reason}`);
    }
    throw new ConfigError(`${shown}: is not YAML`);
  }
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(`${shown}: must be a YAML mapping with settings such as channels, defaults, onboardingChannels`);
  }
  checkChannelKeys(raw as Record<string, unknown>, text, shown);
  const result = PolicySchema.safeParse(raw);
  if (result.success) return result.data;
  // A misspelt key also makes the right one "missing"; the misspelling is the useful report.
  const issues = result.error.issues;
  const issue = (issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]) as z.core.$ZodIssue;
  throw new ConfigError(`${shown}: ${describeIssue(issue, PolicySchema)}`);
}

/**
 * YAML reads an unquoted Discord id as a number, and past 2^53 it silently loses digits
 * (112233445566778899 becomes 112233445566778900): the channel's entry would never match. A
 * numeric key whose digits are not in the file is such a loss.
 */
function checkChannelKeys(raw: Record<string, unknown>, text: string, shown: string): void {
  const channels = raw['channels'];
  if (typeof channels !== 'object' || channels === null) return;
  for (const key of Object.keys(channels)) {
    if (/^\d+$/.test(key) && !text.includes(key)) {
      throw new ConfigError(
        `${shown}: channels: a channel id written as a bare number is too long for YAML to keep (it read ${key}); quote Discord ids, e.g. "112233445566778899": { namespaces: [shop] }`,
      );
    }
  }
}

/** One issue as `path: problem`, listing the valid settings for unknown keys. */
export function describeIssue(issue: z.core.$ZodIssue, root: z.ZodType): string {
  const where = issue.path.length === 0 ? '(top level)' : issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const at = schemaAt(root, issue.path);
    const valid = at instanceof z.ZodObject ? Object.keys(at.shape).join(', ') : '';
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return `${where}: unknown setting ${keys}${valid ? `; valid settings here: ${valid}` : ''}`;
  }
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    return `${where}: must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping' : `a ${issue.expected}`}`;
  }
  return `${where}: ${issue.message}`;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodDefault || current instanceof z.ZodOptional) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function schemaAt(root: z.ZodType, path: PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(root);
  for (const segment of path) {
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(segment)];
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return undefined;
    if (current === undefined) return undefined;
    current = unwrap(current);
  }
  return current;
}

/** Chat platforms configured in the environment. */
export function chatPlatforms(env: Env): { slack: boolean; discord: boolean } {
  return { slack: env.SLACK_BOT_TOKEN !== undefined, discord: env.DISCORD_TOKEN !== undefined };
}
